"""班子结构目标… : the local targets the 分析研判 holds each 领导班子 to (the policy names none)."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QSpinBox, QWidget

from ui.context import AppContext
from ui.ops import QueryOp, WriteOp
from ui.widgets.fit import add_foot, scroll_body
from ui.widgets.forms import FieldForm, dialog_buttons
from zydesk.core.adjustment.analysis import TALK_DAYS, Targets
from zydesk.errors import FieldError, ValidationError
from zydesk.services.adjustment.analysis import (
    TALK_DAYS_FIELD,
    TARGET_FIELDS,
    follow_up_talk_days,
    save_structure_targets,
    structure_targets,
)

SUFFIX = {"young_age": " 岁", "min_team": " 人"}


def open_targets(parent: QWidget, ctx: AppContext) -> None:
    """Read the targets in force, then open the dialog with them."""
    def show(current: tuple[Targets, int]) -> None:
        TargetsDialog(parent, ctx, *current).exec()

    QueryOp(ctx, lambda db, _s: (structure_targets(db), follow_up_talk_days(db)), show, parent=parent).run()


class TargetsDialog(QDialog):
    def __init__(self, parent: QWidget, ctx: AppContext, current: Targets, talk_days: int = TALK_DAYS) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._busy = False
        self.setWindowTitle("分析研判：班子结构目标")
        note = QLabel("《能上能下实施办法》第二十六条要求定期分析研判领导班子，未规定班子结构的配备标准。以下目标由"
                      "本县设定（适用于所有年度），分析结果和报告中注明所用目标；修改须有审核员角色。"
                      "调整后跟踪中，决定日起超过所设天数仍无谈心谈话记录的干部标为“调整后未谈心谈话”。")
        note.setWordWrap(True)
        self.form = FieldForm()
        self.spins: dict[str, QSpinBox] = {}
        for key, label, lo, hi in TARGET_FIELDS:
            box = QSpinBox()
            box.setRange(lo, hi)
            box.setValue(int(getattr(current, key)))
            box.setSuffix(SUFFIX.get(key, " 名"))
            self.spins[key] = box
            self.form.add(label, box, required=True)
        label, lo, hi = TALK_DAYS_FIELD
        self.talk_days = QSpinBox()
        self.talk_days.setRange(lo, hi)
        self.talk_days.setValue(talk_days)
        self.talk_days.setSuffix(" 天")
        self.form.add(label, self.talk_days, required=True)
        layout = scroll_body(self)
        layout.addWidget(note)
        layout.addWidget(self.form)
        add_foot(self, dialog_buttons(self, "保存"))

    def accept(self) -> None:
        if self._busy:
            return
        self._busy = True
        self.form.clear_errors()
        values = {k: b.value() for k, b in self.spins.items()}
        days = self.talk_days.value()
        (WriteOp(self.ctx, lambda db, _s: save_structure_targets(db, values, talk_days=days), "settings", lambda _r: self._saved(),
                 parent=self).on_error(self._refused).failure(self._failed).run())

    def _saved(self) -> None:
        self._busy = False
        super().accept()

    def _refused(self, exc: BaseException) -> bool:
        self._busy = False
        if isinstance(exc, ValidationError):
            self.form.show_errors(exc.errors)
            return True
        return False

    def _failed(self, message: str) -> None:
        """A refusal (no 审核员 role, the file busy) at the foot of the form; the dialog stays open."""
        self._busy = False
        self.form.show_errors([FieldError("班子结构目标", message)])
