"""Registers of the 能上能下 tab: 责任认定 of a year (list + entry form), and small dialogs for
第二十二条 health and 第二十三条 personal requests. Bulk data comes through the Excel imports."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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

from ui.context import AppContext
from ui.widgets.forms import DATE_HINT, FieldForm, FormDialog, combo, dialog_buttons, line, read_date
from ui.widgets.row_model import Column, RowTableModel, apply_widths
from zydesk.core.adjustment.determinations import ITEMS, KINDS
from zydesk.core.citation import Doc
from zydesk.errors import FieldError, UserError, ValidationError
from zydesk.services.adjustment.facts import (
    REQUESTS,
    ROLES,
    DeterminationData,
    DeterminationRow,
    add_determination,
    add_health,
    add_request,
    cadre_by_id_number,
    find_cadre,
    list_determinations,
)
from zydesk.services.unit_list import unit_choices

ITEM_LABELS = {f"{Doc.ADJUSTMENT.cite(a, i)} {text}": (a, i) for (a, i), text in ITEMS.items()}
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
        self.model: RowTableModel[DeterminationRow] = RowTableModel(DET_COLUMNS)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        apply_widths(self.table, DET_COLUMNS)
        with ctx.db.read() as s:
            self.units = unit_choices(s, active_only=False)
        self.form = FieldForm()
        f = self.form
        f.add("认定日期", line(placeholder=DATE_HINT), required=True, aliases=("日期",))
        f.add("单位", combo([n for _, n in self.units]))
        items = combo(ITEM_LABELS, allow_empty=False)
        items.setSizeAdjustPolicy(items.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        items.setMinimumContentsLength(18)  # the full item text shows in the drop-down
        f.add("条款", items, required=True)
        f.add("认定类型", combo(KINDS, "认定", allow_empty=False), required=True)
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
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([700, 500])
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        ctx.events.data_changed.connect(self._changed)
        self.reload()

    def _changed(self, what: str) -> None:
        if what in ("units", "*"):
            with self.ctx.db.read() as s:
                self.units = unit_choices(s, active_only=False)
            box = self.form.widgets["单位"]
            current = box.currentText()  # type: ignore[attr-defined]
            box.clear()  # type: ignore[attr-defined]
            box.addItems(["", *(n for _, n in self.units)])  # type: ignore[attr-defined]
            box.setCurrentText(current)  # type: ignore[attr-defined]
        if what in ("adjustment-facts", "*"):
            self.reload()

    def reload(self) -> None:
        with self.ctx.db.read() as s:
            self.model.set_rows(list_determinations(s, self.year.value()))

    def read(self) -> DeterminationData:
        f, errors = self.form, []
        date = read_date(f, "认定日期", errors, month_ok=False)
        if date is None and not errors:
            errors.append(FieldError("认定日期", "必须填写"))
        unit_name = f.widgets["单位"].currentText()  # type: ignore[attr-defined]
        unit_id = next((i for i, n in self.units if n == unit_name), None)
        article, item = ITEM_LABELS[f.widgets["条款"].currentText()]  # type: ignore[attr-defined]
        people: list[tuple[int, str]] = []
        text = f.widgets["责任人"].toPlainText()  # type: ignore[attr-defined]
        with self.ctx.db.read() as s:
            for n, raw in enumerate(x for x in text.splitlines() if x.strip()):
                parts = raw.split()
                if len(parts) != 2 or parts[1] not in ROLES:
                    errors.append(FieldError("责任人", f"第{n + 1}行应为“公民身份号码（或姓名） 责任类型”"))
                    continue
                try:
                    people.append((find_cadre(s, parts[0], unit_id), parts[1]))
                except ValidationError as exc:
                    errors += [FieldError("责任人", f"第{n + 1}行：{e.message}") for e in exc.errors]
        if errors:
            raise ValidationError(errors)
        assert date is not None
        return DeterminationData(date, unit_id, article, item, people,
                                 f.widgets["情况说明"].toPlainText(),  # type: ignore[attr-defined]
                                 f.widgets["认定文件"].text(),  # type: ignore[attr-defined]
                                 f.widgets["认定类型"].currentText(),  # type: ignore[attr-defined]
                                 f.widgets["容错案件编号"].text() or None,  # type: ignore[attr-defined]
                                 f.widgets["弄虚作假或隐瞒不报"].isChecked())  # type: ignore[attr-defined]

    def save(self) -> None:
        self.form.clear_errors()
        try:
            data = self.read()
            add_determination(self.ctx.db, data)
        except ValidationError as exc:
            self.form.show_errors([FieldError(_FIELD.get(e.field, e.field), e.message, e.row) for e in exc.errors])
            return
        except UserError as exc:
            QMessageBox.warning(self, "责任认定", str(exc))
            return
        self.year.setValue(data.date.year)
        self.reload()
        self.ctx.changed("adjustment-facts")

    def health(self) -> None:
        FormDialog(self, "登记健康状况（第二十二条）",
                   [("公民身份号码", line(), True), ("不能正常履职起始日", line(placeholder=DATE_HINT), True),
                    ("恢复履职日期", line(placeholder="尚未恢复的留空"), False), ("说明", line(), False)],
                   self._save_health, "登记").exec()

    def _save_health(self, form: FieldForm) -> None:
        errors: list[FieldError] = []
        start = read_date(form, "不能正常履职起始日", errors, month_ok=False)
        end = read_date(form, "恢复履职日期", errors, month_ok=False)
        if start is None and not errors:
            errors.append(FieldError("不能正常履职起始日", "必须填写"))
        cid = self._cadre(form, errors)
        if errors:
            raise ValidationError(errors)
        assert start is not None and cid is not None
        add_health(self.ctx.db, cid, start, end, form.widgets["说明"].text())  # type: ignore[attr-defined]

    def request(self) -> None:
        FormDialog(self, "登记个人申请（第二十三条）",
                   [("公民身份号码", line(), True), ("申请日期", line(placeholder=DATE_HINT), True),
                    ("申请事项", combo(REQUESTS, allow_empty=False), True), ("说明", line(), False)],
                   self._save_request, "登记").exec()

    def _save_request(self, form: FieldForm) -> None:
        errors: list[FieldError] = []
        date = read_date(form, "申请日期", errors, month_ok=False)
        if date is None and not errors:
            errors.append(FieldError("申请日期", "必须填写"))
        cid = self._cadre(form, errors)
        if errors:
            raise ValidationError(errors)
        assert date is not None and cid is not None
        add_request(self.ctx.db, cid, date, form.widgets["申请事项"].currentText(),  # type: ignore[attr-defined]
                    form.widgets["说明"].text())  # type: ignore[attr-defined]

    def _cadre(self, form: FieldForm, errors: list[FieldError]) -> int | None:
        with self.ctx.db.read() as s:
            try:
                return cadre_by_id_number(s, form.widgets["公民身份号码"].text())  # type: ignore[attr-defined]
            except ValidationError as exc:
                errors += exc.errors
                return None


_FIELD = {"条款": "条款", "认定类型": "认定类型", "责任类型": "责任人", "认定文件": "认定文件", "单位": "单位"}


class SettingsDialog(QDialog):
    """本地设置 of 第十九条 and 第二十条: the policy names no ages or terms, so the county sets them here."""

    def __init__(self, parent: QWidget, ctx: AppContext) -> None:
        super().__init__(parent)
        from zydesk.services.adjustment.facts import load_local_settings

        self.ctx = ctx
        self.setWindowTitle("能上能下：本地设置")
        with ctx.db.read() as s:
            cur = load_local_settings(s)
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
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        from zydesk.services.adjustment.facts import LocalSettings, parse_age_lines, save_local_settings

        self.form.clear_errors()
        sp = self.spins
        try:
            save_local_settings(self.ctx.db, LocalSettings(
                parse_age_lines(self.ages.toPlainText()), sp["提示期"].value(), sp["每届年限"].value(),
                sp["任期数"].value(), sp["最高任职年限"].value()))
        except ValidationError as exc:
            self.form.show_errors(exc.errors)
            return
        self.ctx.changed("settings")
        super().accept()
