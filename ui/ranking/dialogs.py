"""Dialogs of the 单位考核排名 tab. They only collect input; the tab calls the services."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ui.widgets.fit import add_foot, scroll_body
from ui.widgets.forms import dialog_buttons
from zydesk.core.incentives.awards import (
    F_GRADE,
    F_POINTS,
    F_RECOMMENDED,
    F_TASK,
    F_VILLAGE,
    KIND_BASIS,
    RECORDED_KINDS,
    REFORM_GRADES,
    kind_fields,
)
from zydesk.core.incentives.ranking import AWARDS, UnitResult, override_problem
from zydesk.services.incentives.awards import RecordedAwardData
from zydesk.services.incentives.ranking import ScoreRecord

NO_AWARD = "不授奖"


class ScoreDialog(QDialog):
    def __init__(self, unit: UnitResult, record: ScoreRecord | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"考核得分 — {unit.name}")
        form = QFormLayout()
        self.score = QLineEdit("" if unit.score is None else f"{unit.score:.2f}")
        self.score.setPlaceholderText("如 95.50，留空为删除得分")
        self.vetoed = QCheckBox("本年度有“一票否决”情形")
        self.vetoed.setChecked(record.vetoed if record else False)
        self.veto_reason = QLineEdit(record.veto_reason if record else "")
        self.commend = QCheckBox("获表彰而得市对县考核净加分（第五条第（一）项第2目）")
        self.excess = QCheckBox("争取到超额完成任务净加分（第五条第（一）项第3目）")
        self.commend.setChecked(record.commend_plus if record else False)
        self.excess.setChecked(record.excess_plus if record else False)
        form.addRow("得分：", self.score)
        form.addRow("", self.vetoed)
        form.addRow("否决事由：", self.veto_reason)
        form.addRow("", self.commend)
        form.addRow("", self.excess)
        lay = scroll_body(self)
        lay.addLayout(form)
        add_foot(self, dialog_buttons(self))


class OverrideDialog(QDialog):
    """人工调整: the award and a reason (确定 is enabled only when the service would take them)."""

    def __init__(self, unit: UnitResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"人工调整奖项 — {unit.name}")
        self.award = QComboBox()
        self.award.addItems([*AWARDS, NO_AWARD])
        self.award.setCurrentText(unit.award or NO_AWARD)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText("必填：调整的理由和依据（如会议纪要文号）")
        computed = unit.computed_award or NO_AWARD
        info = QLabel(f"计算结果：{computed}（{unit.basis_text}）\n{unit.note}")
        info.setWordWrap(True)
        form = QFormLayout()
        form.addRow("调整为：", self.award)
        form.addRow("理由：", self.reason)
        lay = scroll_body(self)
        lay.addWidget(info)
        lay.addLayout(form)
        lay.addWidget(QLabel("人工调整记入审计记录，排名表和打印件中注明“人工调整”。"))
        self.buttons = dialog_buttons(self)
        add_foot(self, self.buttons)
        self.reason.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        ok = override_problem(self.chosen(), self.reason_text()) is None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def chosen(self) -> str | None:
        text = self.award.currentText()
        return None if text == NO_AWARD else text


class TieBreakDialog(QDialog):
    def __init__(self, group: str, tied: Sequence[UnitResult], places: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"一等奖名额并列裁定 — {group}")
        lay = scroll_body(self)
        lay.addWidget(QLabel(f"以下 {len(tied)} 个单位得分相同，争 {places} 个一等奖名额。请选择 {places} 个单位，并填写理由："))
        self.boxes: list[tuple[QCheckBox, int]] = []
        for u in tied:
            box = QCheckBox(f"{u.name}（得分 {u.score:.2f}）" if u.score is not None else u.name)
            lay.addWidget(box)
            self.boxes.append((box, u.unit_id))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText("必填：裁定理由")
        lay.addWidget(self.reason)
        add_foot(self, dialog_buttons(self))

    def winners(self) -> list[int]:
        return [uid for box, uid in self.boxes if box.isChecked()]


class RecordedAwardDialog(QDialog):
    def __init__(self, year: int, units: Sequence[tuple[int, str]], tasks: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"录入{year}年度奖项")
        self.year = year
        self.kind = QComboBox()
        self.kind.addItems(list(RECORDED_KINDS))
        self.unit = QComboBox()
        for uid, name in units:
            self.unit.addItem(name, uid)
        self.grade = QComboBox()
        self.grade.addItems(list(REFORM_GRADES))
        self.task = QComboBox()
        self.task.addItems(list(tasks))
        self.village = QLineEdit()
        self.points = QLineEdit()
        self.points.setPlaceholderText("如 2.5")
        self.recommended = QCheckBox("择优推荐参加全市评选")
        self.reason = QLineEdit()
        self.basis = QLabel()
        form = QFormLayout()
        form.addRow("奖项：", self.kind)
        form.addRow("依据：", self.basis)
        form.addRow("单位（先进村填所属镇）：", self.unit)
        form.addRow("等次：", self.grade)
        form.addRow("重点工作：", self.task)
        form.addRow("村名：", self.village)
        form.addRow("争取加分：", self.points)
        form.addRow("", self.recommended)
        form.addRow("事由：", self.reason)
        self.form = form
        lay = scroll_body(self)
        lay.addLayout(form)
        add_foot(self, dialog_buttons(self))
        self.kind.currentTextChanged.connect(self._kind_changed)
        self._kind_changed(self.kind.currentText())

    def _kind_changed(self, kind: str) -> None:
        self.basis.setText(str(KIND_BASIS.get(kind, "")))
        fields = kind_fields(kind)
        for w, name in ((self.grade, F_GRADE), (self.task, F_TASK), (self.village, F_VILLAGE),
                        (self.points, F_POINTS), (self.recommended, F_RECOMMENDED)):
            self.form.setRowVisible(w, name in fields)

    def data(self) -> RecordedAwardData:
        """The entry as typed; the service checks it (争取加分 included) and names each bad field."""
        return RecordedAwardData(self.year, self.kind.currentText(), int(self.unit.currentData()),
                                 grade=self.grade.currentText(), task=self.task.currentText(),
                                 village=self.village.text(), plus_points=self.points.text(),
                                 recommended=self.recommended.isChecked(), reason=self.reason.text())


class AmountDialog(QDialog):
    def __init__(self, kinds: Sequence[str], grades: dict[str, Sequence[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("奖金标准")
        self.kind = QComboBox()
        self.kind.addItems(list(kinds))
        self.grade = QComboBox()
        self.grade.setEditable(True)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText("元，如 20000")
        self._grades = grades
        form = QFormLayout()
        form.addRow("奖项：", self.kind)
        form.addRow("等次/项目：", self.grade)
        form.addRow("金额（元）：", self.amount)
        lay = scroll_body(self)
        lay.addLayout(form)
        add_foot(self, dialog_buttons(self))
        self.kind.currentTextChanged.connect(self._kind_changed)
        self._kind_changed(self.kind.currentText())

    def _kind_changed(self, kind: str) -> None:
        self.grade.clear()
        self.grade.addItems(list(self._grades.get(kind, [""])))
