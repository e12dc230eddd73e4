"""The banner beside a 年度 box when that year is sealed (its award notice or 表彰决定 has a 文号): 
"已封存（紫发〔2026〕3号）", with 解除封存… (a 审核员, a reason required) and 重新封存."""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ui.context import AppContext
from ui.ops import QueryOp, WriteOp
from ui.theme import mark
from ui.widgets.fit import add_foot, fit_to_screen, scroll_body
from ui.widgets.forms import dialog_buttons
from zydesk.core.incentives.seal import SealArea, SealState
from zydesk.core.security.roles import Permission
from zydesk.services import seals

CHANGES = frozenset({"numbers", "seals", "*"})  # what can seal or release a year
_OWN_TIP = "zydesk_own_tooltip"  # a widget's tooltip while its year is open


def lock_widgets(widgets: Iterable[QWidget], note: str, hint: QLabel | None = None) -> None:
    """Disable the edits of a sealed year, the tooltip naming the 文号 (`note` from the service); "" enables
    them again with their own tooltips. `hint`, a label beside the buttons, says it without hovering."""
    for w in widgets:
        if w.property(_OWN_TIP) is None:
            w.setProperty(_OWN_TIP, w.toolTip())
        w.setEnabled(not note)
        w.setToolTip(note or str(w.property(_OWN_TIP)))
    if hint is not None:
        hint.setText(note)
        hint.setVisible(bool(note))


def locked_hint() -> QLabel:
    """The label beside a sealed year's disabled buttons (hidden while the year is open)."""
    label = QLabel()
    mark(label, "warning")
    label.setVisible(False)
    return label


class ReasonDialog(QDialog):
    """Why the year is released (kept in the audit trail)."""

    def __init__(self, parent: QWidget | None, state: SealState) -> None:
        super().__init__(parent)
        self.setWindowTitle("解除封存")
        layout = scroll_body(self)
        text = QLabel(f"{state.year}年度{state.area.value}已随{state.number}印发。解除封存后可以更改，"
                      "理由记入审计记录；改完后请重新封存（作废原文号、重新编号的，编号后自动封存）。")
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addWidget(QLabel("理由（必填）："))
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(80)
        layout.addWidget(self.reason)
        self.message = QLabel()
        self.message.setWordWrap(True)
        mark(self.message, "error")
        layout.addWidget(self.message)
        self.buttons = dialog_buttons(self, "解除封存")
        add_foot(self, self.buttons)
        fit_to_screen(self, 460, 300)


class SealBanner(QWidget):
    """Shows the state of the year in `year_box` for `area`; hidden while the year has no number."""

    def __init__(self, ctx: AppContext, area: SealArea, year_box: QSpinBox) -> None:
        super().__init__()
        self.ctx, self.area, self.year_box = ctx, area, year_box
        self.state: SealState | None = None
        self.label = QLabel()
        self.unlock_button = QPushButton("解除封存…")
        self.lock_button = QPushButton("重新封存")
        may = ctx.db.principal.may(Permission.DECIDE)
        self._may = may
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.unlock_button)
        row.addWidget(self.lock_button)
        self.unlock_button.clicked.connect(self.ask_unlock)
        self.lock_button.clicked.connect(self.relock)
        year_box.valueChanged.connect(lambda _v: self.reload())
        ctx.events.data_changed.connect(lambda what: self.reload() if what in CHANGES else None)
        self.show_state(None)
        self.reload()

    def reload(self) -> None:
        area, year = self.area, int(self.year_box.value())
        QueryOp(self.ctx, lambda db, _s: seals.year_state(db, area, year), self.show_state, parent=self).run()

    def show_state(self, state: SealState | None) -> None:
        self.state = state
        shown = state is not None and bool(state.number)
        self.setVisible(shown)
        if state is None or not shown:
            return
        text = state.label()  # a long reason is cut short here; the whole of it is in the tooltip
        self.label.setText(self.label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, 420))
        mark(self.label, "warning" if state.sealed else "hint")
        self.label.setToolTip("已编号印发的年度封存：更改须审核员先解除封存。" if state.sealed else text)
        self.unlock_button.setVisible(state.sealed and self._may)
        self.lock_button.setVisible(not state.sealed and self._may)

    def ask_unlock(self) -> None:
        if self.state is None:
            return
        dialog = ReasonDialog(self, self.state)
        dialog.buttons.accepted.disconnect()
        dialog.buttons.accepted.connect(lambda: self.unlock(dialog.reason.toPlainText(), dialog))
        dialog.open()

    def unlock(self, reason: str, dialog: ReasonDialog | None = None) -> None:
        area, year = self.area, int(self.year_box.value())

        def done(state: SealState) -> None:
            if dialog is not None:
                dialog.accept()
            self.show_state(state)

        op = WriteOp(self.ctx, lambda db, _s: seals.unlock(db, area, year, reason), "seals", success=done, parent=self)
        if dialog is not None:
            op.failure(dialog.message.setText)
        op.run()

    def relock(self) -> None:
        area, year = self.area, int(self.year_box.value())
        WriteOp(self.ctx, lambda db, _s: seals.lock(db, area, year), "seals", success=self.show_state,
                parent=self).run()
