"""Registers of the 能上能下 tab: 责任认定 of a year (list + entry form), and small dialogs for
第二十二条 health and 第二十三条 personal requests. Bulk data comes through the Excel imports."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ui.context import AppContext
from ui.ops import QueryOp, WriteOp
from ui.widgets.fit import add_foot, scroll_body
from ui.widgets.forms import DATE_HINT, FieldForm, combo, dialog_buttons, line
from ui.widgets.row_model import Column, RowTableModel, apply_widths
from zydesk.core.adjustment.determinations import KINDS
from zydesk.core.task_state import TaskState
from zydesk.errors import ValidationError
from zydesk.services.adjustment.entry import (
    ITEM_LABELS,
    DeterminationForm,
    add_determination_form,
    add_health_form,
    add_request_form,
    save_settings_form,
)
from zydesk.services.adjustment.facts import (
    REQUESTS,
    DeterminationRow,
    LocalSettings,
    determination_years,
    list_determinations,
    load_local_settings,
)
from zydesk.services.handle import Database
from zydesk.services.reading import read
from zydesk.services.unit_list import UnitChoice, unit_choices

DET_COLUMNS: list[Column[DeterminationRow]] = [
    Column("认定日期", lambda r: r.date, width=7),
    Column("单位", lambda r: r.unit, width=8),
    Column("条款", lambda r: r.citation, width=9),
    Column("类型", lambda r: r.kind, width=5),
    Column("责任人", lambda r: r.people, width=16),
    Column("认定文件", lambda r: r.source, width=12),
    Column("容错案件", lambda r: r.tolerance_case, width=7),
    Column("弄虚作假", lambda r: "是" if r.fraud else "", width=4),
]


class DeterminationsPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        self.year.setSuffix(" 年度")
        self.year.valueChanged.connect(self.reload)
        self._opened = False  # the first read moves to the latest year with records
        self.years: list[int] = []
        self.empty = QLabel()  # what an empty year means, and where the records are
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.model: RowTableModel[DeterminationRow] = RowTableModel(DET_COLUMNS)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        apply_widths(self.table, DET_COLUMNS)
        self.form = FieldForm()
        f = self.form
        f.add("认定日期", line(placeholder=DATE_HINT), required=True, aliases=("日期",))
        f.add("单位", combo([]))
        items = combo(ITEM_LABELS, allow_empty=False)
        items.setSizeAdjustPolicy(items.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        items.setMinimumContentsLength(18)  # the full item text shows in the drop-down
        f.add("条款", items, required=True)
        f.add("认定类型", combo(KINDS, KINDS[0], allow_empty=False), required=True)
        people = QPlainTextEdit()
        people.setPlaceholderText("每行一人：公民身份号码或姓名 责任类型（主要负责人/分管领导/相关责任人）")
        people.setFixedHeight(70)
        f.add("责任人", people, required=True, aliases=("责任类型",))
        f.add("认定文件", line(placeholder="如 紫安委〔2025〕3号"), required=True)
        desc = QPlainTextEdit()
        desc.setFixedHeight(54)
        f.add("情况说明", desc)
        f.add("容错案件编号", line())
        fraud = QCheckBox("第十六条")
        fraud.setToolTip("报告中弄虚作假、隐瞒不报或不及时报告（第十六条：严肃追责）")
        f.add("弄虚作假或隐瞒不报", fraud)
        save = QPushButton("登记责任认定")
        save.clicked.connect(self.save)
        right = QWidget()
        rl = QVBoxLayout(right)
        intro = QLabel("登记一份责任认定（第十条至第十五条第（一）（二）项、第十七条）。批量登记请用“导入 → 责任认定”。")
        intro.setWordWrap(True)
        rl.addWidget(intro)
        rl.addWidget(self.form)
        rl.addWidget(save)
        rl.addStretch(1)
        bar = QHBoxLayout()
        bar.addWidget(QLabel("认定年度："))
        bar.addWidget(self.year)
        bar.addStretch(1)
        for text, slot in (("登记健康状况…", self.health), ("登记个人申请…", self.request)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            bar.addWidget(b)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.addLayout(bar)
        ll.addWidget(self.table)
        ll.addWidget(self.empty)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([700, 500])
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        ctx.events.data_changed.connect(self._changed)
        self.load_units()
        self.reload()

    def _changed(self, what: str) -> None:
        if what in ("units", "*"):
            self.load_units()
        if what in ("adjustment-facts", "*"):
            self.reload()

    def load_units(self) -> None:
        QueryOp(self.ctx, lambda db, _s: read(db, unit_choices, active_only=False), self._show_units,
                parent=self).run()

    def _show_units(self, units: list[UnitChoice]) -> None:
        box = self.form.widget("单位", QComboBox)
        current = box.currentText()
        box.clear()
        box.addItems(["", *(n for _, n in units)])
        box.setCurrentText(current)

    def reload(self) -> None:
        year = self.year.value()

        def job(db: Database, _s: TaskState) -> tuple[int, list[DeterminationRow], list[int]]:
            return year, read(db, list_determinations, year), read(db, determination_years)

        QueryOp(self.ctx, job, self._show, parent=self).run()

    def _show(self, found: tuple[int, list[DeterminationRow], list[int]]) -> None:
        year, rows, years = found
        self.years = years
        if not self._opened:
            self._opened = True
            if not rows and years and year != years[0]:
                self.year.setValue(years[0])  # reloads: the register opens where the records are
                return
        self.model.set_rows(rows)
        if rows:
            self.empty.hide()
            return
        where = f"有记录的年度：{'、'.join(str(y) for y in years)}（在“认定年度”中选择）。" if years else \
            "还没有登记任何责任认定：可在右侧逐份登记，或用“文件 → 导入 → 责任认定”批量导入。"
        self.empty.setText(f"{year} 年度没有责任认定记录。{where}")
        self.empty.show()

    def typed(self) -> DeterminationForm:
        """The form as typed; the service parses and checks it."""
        f = self.form
        return DeterminationForm(
            date=f.text("认定日期"),
            unit=f.text("单位"),
            item=f.text("条款"),
            kind=f.text("认定类型"),
            people=f.text("责任人"),
            source=f.text("认定文件"),
            description=f.text("情况说明"),
            tolerance_case=f.text("容错案件编号"),
            fraud=f.widget("弄虚作假或隐瞒不报", QCheckBox).isChecked())

    def save(self) -> None:
        self.form.clear_errors()
        typed = self.typed()
        (WriteOp(self.ctx, lambda db, _s: add_determination_form(db, typed), "adjustment-facts", self.year.setValue,
                 parent=self)
         .on_error(lambda exc: _show_field_errors(self.form, exc))
         .failure(warning(self, "责任认定")).run())

    def health(self) -> None:
        OpFormDialog(self, self.ctx, "登记健康状况（第二十二条）",
                     [("公民身份号码", line(), True), ("不能正常履职起始日", line(placeholder=DATE_HINT), True),
                      ("恢复履职日期", line(placeholder="尚未恢复的留空"), False), ("说明", line(), False)],
                     _health_op, "登记").exec()

    def request(self) -> None:
        OpFormDialog(self, self.ctx, "登记个人申请（第二十三条）",
                     [("公民身份号码", line(), True), ("申请日期", line(placeholder=DATE_HINT), True),
                      ("申请事项", combo(REQUESTS, allow_empty=False), True), ("说明", line(), False)],
                     _request_op, "登记").exec()


Write = Callable[[Database, TaskState], Any]


def _health_op(form: FieldForm) -> Write:
    args = [form.text(k) for k in ("公民身份号码", "不能正常履职起始日", "恢复履职日期", "说明")]
    return lambda db, _s: add_health_form(db, *args)


def _request_op(form: FieldForm) -> Write:
    args = [form.text(k) for k in ("公民身份号码", "申请日期", "申请事项", "说明")]
    return lambda db, _s: add_request_form(db, *args)


def warning(parent: QWidget, title: str) -> Callable[[str], None]:
    """An operation's failure shown in a message box titled for the page."""
    def show(message: str) -> None:
        QMessageBox.warning(parent, title, message)

    return show


def _show_field_errors(form: FieldForm, exc: BaseException) -> bool:
    """A ValidationError goes beside the form's fields (True: handled); anything else to a message box."""
    if isinstance(exc, ValidationError) and isValid(form):
        form.show_errors(exc.errors)
        return True
    return False


class OpFormDialog(QDialog):
    """A small form whose OK runs a writing service off the GUI thread: its ValidationError keeps the dialog
    open with each message beside its field, another refusal shows in a message box; success closes it."""

    def __init__(self, parent: QWidget, ctx: AppContext, title: str, fields: list[tuple[str, QWidget, bool]],
                 write: Callable[[FieldForm], Write], ok_text: str = "确定",
                 changes: str = "adjustment-facts") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.form = FieldForm()
        for label, widget, required in fields:
            self.form.add(label, widget, required=required)
        self._write = write
        self._changes = changes
        self._busy = False
        layout = scroll_body(self)
        layout.addWidget(self.form)
        add_foot(self, dialog_buttons(self, ok_text))

    def accept(self) -> None:
        if self._busy:  # one save at a time
            return
        self._busy = True
        self.form.clear_errors()
        (WriteOp(self.ctx, self._write(self.form), self._changes, lambda _r: self._saved(), parent=self)
         .on_error(self._refused).failure(warning(self, self.windowTitle())).run())

    def _saved(self) -> None:
        self._busy = False
        super().accept()

    def _refused(self, exc: BaseException) -> bool:
        self._busy = False
        return _show_field_errors(self.form, exc)


def open_settings(parent: QWidget, ctx: AppContext) -> None:
    """Read the current 本地设置, then open the dialog with them."""
    def show(current: LocalSettings) -> None:
        SettingsDialog(parent, ctx, current).exec()

    QueryOp(ctx, lambda db, _s: read(db, load_local_settings), show, parent=parent).run()


class SettingsDialog(QDialog):
    """本地设置 of 第十九条 and 第二十条: the policy names no ages or terms, so the county sets them here."""

    def __init__(self, parent: QWidget, ctx: AppContext, cur: LocalSettings) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._busy = False
        self.versions = cur.versions
        self.setWindowTitle("能上能下：本地设置")
        note = QLabel("《能上能下实施办法》第十九条只说“达到任职年龄界限或者退休年龄界限”，未规定具体年龄；"
                      "第二十条只说“任期年限、届数和最高任职年限”。以下数值由本县设定，扫描结果中注明所用数值。")
        note.setWordWrap(True)
        self.form = FieldForm()
        self.ages = QPlainTextEdit("\n".join(f"{lv} {g} {a}" for lv, g, a in cur.age_limits))
        self.ages.setPlaceholderText("每行：职务层次 性别 年龄，如“正科级 男 60”")
        self.ages.setFixedHeight(140)
        self.form.add("年龄界限", self.ages, required=True)
        self.spins: dict[str, QSpinBox] = {}
        for label, value, suffix in (("提示期", cur.warn_months, " 个月内到龄即列出"),
                                     ("每届年限", cur.term_years, " 年"), ("任期数", cur.max_terms, " 个任期（同一职位）"),
                                     ("最高任职年限", cur.max_years_at_level, " 年（同一层次）")):
            box = QSpinBox()
            box.setRange(0, 80)
            box.setValue(value)
            box.setSuffix(suffix)
            self.spins[label] = box
            self.form.add(label, box, required=True)
        buttons = dialog_buttons(self, "保存")
        layout = scroll_body(self)
        layout.addWidget(note)
        layout.addWidget(self.form)
        add_foot(self, buttons)

    def accept(self) -> None:
        if self._busy:
            return
        self._busy = True
        self.form.clear_errors()
        ages, sp = self.ages.toPlainText(), {k: b.value() for k, b in self.spins.items()}
        versions = self.versions  # as read: another clerk's newer change is not overwritten
        (WriteOp(self.ctx, lambda db, _s: save_settings_form(db, ages, sp["提示期"], sp["每届年限"], sp["任期数"],
                                                             sp["最高任职年限"], versions),
                 "settings", lambda _r: self._saved(), parent=self)
         .on_error(self._refused).failure(warning(self, self.windowTitle())).run())

    def _saved(self) -> None:
        self._busy = False
        super().accept()

    def _refused(self, exc: BaseException) -> bool:
        self._busy = False
        return _show_field_errors(self.form, exc)
