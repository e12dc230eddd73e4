"""The step form of a 调整方案: which fields each step of 第二十四条 records (labels match the service's errors)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QWidget

from ui.widgets.forms import FieldForm
from zydesk.core.adjustment import Step
from zydesk.core.adjustment.procedure import REQUIRED

# key → (label, kind); kinds: line, text, date, method, list (one opinion per line)
EXTRA: dict[Step, list[tuple[str, str, str]]] = {
    Step.REVIEW: [("explained_date", "说明理由日期", "date")],
    Step.SUBMIT: [("superior_opinion", "上级主管部门意见", "text")],
    Step.DECIDE: [("deciding_body", "决定机关", "line"), ("new_unit", "新任单位", "line"),
             ("new_title", "新任职务（或职级）名称", "line"),
             ("new_level", "新职务层次（或职级）", "line")],
}
KINDS = {"reason": "text", "opinions": "list", "method": "method", "until": "date", "process": "text", "basis": "text",
         "result": "text", "suggestion": "text", "statement": "text", "opinion": "text", "record": "text",
         "committee_opinion": "text"}
HINTS: dict[Step, str] = {
    Step.REPORT: "各镇、县直部门书面报告县委组织部：认定的过程、依据、结果和初步调整建议（第二十四条第（一）项）。",
    Step.REVIEW: "核实、研判，听取党委（党组）、分管领导和干部群众意见；提出建议前须向本人说明理由并记录其陈述（第（二）项）。",
    Step.SUBMIT: "提出明确意见报县委审批；双重管理的，作出决定前须记录上级主管部门的意见（第（三）项）。",
    Step.DECIDE: "按干部管理权限和任免程序作出决定；决定后原职务终止，新职务（职级）开始，并写入组织处理及影响期（第（四）项）。",
    Step.TALK: "对决定调整的干部进行谈话，告知理由，做好思想工作（第（五）项）。",
    Step.POSTPONE: "确因工作需要延迟免职（退休）：党委（党组）研究提出意见，报上一级党组织同意（第十九条）。",
    Step.WITHDRAW: "撤销本调整方案（作出决定前）：写明理由，如情形有误、已另行处理。撤销后不能恢复。",
}


class StepForm(FieldForm):
    def __init__(self, step: Step, methods: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.inputs: dict[str, tuple[str, QWidget]] = {}
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.add("办理日期", self.date, required=True, aliases=("日期",))
        for key, label in REQUIRED.get(step, ()):
            self._field(key, label, KINDS.get(key, "line"), methods, required=True)
        for key, label, kind in EXTRA.get(step, []):
            self._field(key, label, kind, methods, required=key == "explained_date")
        if step == Step.DECIDE:
            body = self.inputs["deciding_body"][1]
            assert isinstance(body, QLineEdit)
            body.setText("中共紫阳县委")

    def _field(self, key: str, label: str, kind: str, methods: list[str], required: bool) -> None:
        w: QWidget
        if kind == "method":
            w = QComboBox()
            w.addItems(methods)
        elif kind in ("text", "list"):
            w = QPlainTextEdit()
            w.setFixedHeight(54)
            if kind == "list":
                w.setPlaceholderText("党委（党组）、分管领导、干部群众的意见，每行一条，如：城关镇党委：同意")
        elif kind == "date":
            w = QLineEdit()
            w.setPlaceholderText("2026-03-01")
        else:
            w = QLineEdit()
        aliases = ("调整方式",) if key == "method" else ()
        self.add(label, w, required=required, aliases=aliases)
        self.inputs[key] = (kind, w)

    def values(self) -> tuple[dt.date, dict[str, Any]]:
        out: dict[str, Any] = {}
        for key, (_kind, w) in self.inputs.items():
            if isinstance(w, QComboBox):
                out[key] = w.currentText()
            elif isinstance(w, QPlainTextEdit):
                out[key] = w.toPlainText().strip()  # a "list" is parsed by the service, one entry a line
            elif isinstance(w, QLineEdit):
                out[key] = w.text().strip()
        q = self.date.date()
        return dt.date(q.year(), q.month(), q.day()), out

    def fill(self, values: dict[str, str]) -> None:
        """For tests and for re-opening a refused step."""
        for key, value in values.items():
            _kind, w = self.inputs[key]
            if isinstance(w, QComboBox):
                w.setCurrentText(value)
            elif isinstance(w, QPlainTextEdit):
                w.setPlainText(value)
            elif isinstance(w, QLineEdit):
                w.setText(value)
