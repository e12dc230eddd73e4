"""编号 in the print preview: a line under the toolbar says the document's 文号 (or that it prints as a draft)
and 编号… takes one from the registry — the issuing body, 成文日期 (default today) and, for 请示/报告, the
签发人 — stored with the document; the preview then shows the document again with its number."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ui.context import AppContext
from ui.ops import QueryOp, WriteOp
from ui.theme import mark
from ui.widgets.fit import add_foot, fit_to_screen, scroll_body
from ui.widgets.forms import dialog_buttons
from zydesk.core.security.roles import Permission
from zydesk.services import numbering

Key = tuple[str, str | int]  # (print form name, its year / proposal id / case number)


class NumberDialog(QDialog):
    """发文机关, 成文日期 and (上行文) 签发人 for a document's number."""

    def __init__(self, parent: QWidget | None, status: numbering.NumberStatus) -> None:
        super().__init__(parent)
        self.status = status
        self.setWindowTitle(f"编号 — {status.kind.title}")
        layout = scroll_body(self)
        intro = QLabel("从发文字号登记簿取下一个文号，连同成文日期" + ("和签发人" if status.kind.signer else "")
                       + "存档。以后每次打印都沿用这个文号，不会再取第二个。")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.body = QComboBox()
        for prefix, name in status.bodies:
            self.body.addItem(f"{name}（{prefix}）", prefix)
        self.body.setCurrentIndex(self.body.findData(status.prefix))  # none chosen when the usual body is unknown
        form.addRow("发文机关", self.body)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy年M月d日")
        form.addRow("成文日期", self.date)
        self.signer = QLineEdit()
        self.signer.setPlaceholderText("签发领导姓名（不填则留空手写）")
        if status.kind.signer:
            form.addRow("签发人", self.signer)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        mark(self.message, "error")
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.buttons = dialog_buttons(self, "编号")
        add_foot(self, self.buttons)
        fit_to_screen(self, 460, 300)

    def prefix(self) -> str:
        return str(self.body.currentData() or "")

    def written_date(self) -> dt.date:
        d = self.date.date()
        return dt.date(d.year(), d.month(), d.day())


class NumberBar(QWidget):
    """The preview's line about the 文号, with 编号… while the document has none."""

    def __init__(self, ctx: AppContext, parent: QWidget, key: Key, reload: Callable[[], None]) -> None:
        super().__init__(parent)
        self.ctx, self.key, self._reload = ctx, key, reload
        self.status: numbering.NumberStatus | None = None
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.number_button = QPushButton("编号…")
        self.number_button.setVisible(False)
        self.number_button.clicked.connect(self.open_dialog)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.note, 1)
        row.addWidget(self.number_button)
        self.refresh()

    def refresh(self) -> None:
        kind, key = self.key
        QueryOp(self.ctx, lambda db, _s: numbering.status(db, kind, key), self.show_status, parent=self).run()

    def show_status(self, status: numbering.NumberStatus) -> None:
        self.status = status
        self.note.setText(status.note())
        mark(self.note, "good" if status.issued else "warning")
        self.number_button.setVisible(status.issued is None
                                      and self.ctx.db.principal.may(Permission.NUMBER))

    def open_dialog(self) -> None:
        if self.status is None:
            return
        dialog = NumberDialog(self, self.status)
        dialog.buttons.accepted.disconnect()
        dialog.buttons.accepted.connect(lambda: self.take(dialog))
        dialog.open()

    def take(self, dialog: NumberDialog) -> None:
        kind, key = self.key
        prefix, date, signer = dialog.prefix(), dialog.written_date(), dialog.signer.text()

        def done(_result: tuple[numbering.IssuedView, bool]) -> None:
            dialog.accept()
            self.refresh()
            self._reload()

        (WriteOp(self.ctx, lambda db, _s: numbering.take_number(db, kind, key, prefix, date, signer), "numbers",
                 success=done, parent=self)
         .failure(dialog.message.setText).run())
