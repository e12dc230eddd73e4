"""Pages of the 关心关爱 tab: one list + form per register (第二十五条至第二十九条) and the year's coverage
(who had no 谈心谈话, 体检, 培训; leave not taken, 调休 owed; each unit's share)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.care.models import MISSING_COLUMNS, register_columns, unit_columns
from ui.context import AppContext
from ui.ops import QueryOp, WriteOp
from ui.widgets.forms import FormDialog
from ui.widgets.row_model import RowTableModel, selected_row, table_view
from ui.widgets.year_pages import YearPageBase
from zydesk.core.incentives.care import ID_LABEL, Register
from zydesk.core.security.roles import Permission
from zydesk.services.handle import Database
from zydesk.services.incentives import care as svc
from zydesk.services.reading import read

CHANGES = "care"


class Page(YearPageBase):
    def reload(self) -> None:
        raise NotImplementedError


def _button(text: str, slot: Any) -> QPushButton:
    b = QPushButton(text)
    b.clicked.connect(slot)
    return b


class RegisterPage(Page):
    """One register: the year's records, 新增/修改/删除 through a form, import and template through the
    window's 文件 menu actions (the same error list and 错误清单)."""

    def __init__(self, ctx: AppContext, year_box: QSpinBox, reg: Register) -> None:
        super().__init__(ctx, year_box)
        self.reg = reg
        self.model: RowTableModel[svc.RecordRow] = RowTableModel(register_columns(reg))
        self.view = table_view(self.model)
        self.view.doubleClicked.connect(lambda _i: self.edit_current())
        self.count = QLabel()
        may_write = ctx.db.principal.may(Permission.ENTER)
        row = QHBoxLayout()
        self.add_button = _button("新增…", self.add_dialog)
        self.edit_button = _button("修改…", self.edit_current)
        self.delete_button = _button("删除", self.delete_current)
        self.import_button = _button("从Excel导入", self.start_import)
        self.template_button = _button("下载导入模板", self.start_template)
        for b in (self.add_button, self.edit_button, self.delete_button, self.import_button):
            b.setVisible(may_write)  # the services refuse it anyway; the window only hides it
            row.addWidget(b)
        row.addWidget(self.template_button)
        row.addStretch(1)
        row.addWidget(self.count)
        lay = QVBoxLayout(self)
        intro = QLabel(f"{reg.citation}：{reg.notes}")
        intro.setWordWrap(True)
        lay.addWidget(intro)
        lay.addLayout(row)
        lay.addWidget(self.view, 1)

    def reload(self) -> None:
        key, year = self.reg.key, self.year()
        QueryOp(self.ctx, lambda db, _s: read(db, svc.list_records, key, year), self._show, parent=self).run()

    def _show(self, rows: list[svc.RecordRow]) -> None:
        self.model.set_rows(rows)
        self.count.setText(f"{self.year()}年度 {len(rows)} 条")

    # ----- the form -----
    def form_dialog(self, record: svc.RecordRow | None) -> FormDialog:
        reg = self.reg
        widgets: dict[str, QLineEdit | QComboBox] = {}
        fields: list[tuple[str, QWidget, bool]] = []
        ident = QLineEdit(record.id_masked if record else "")
        ident.setEnabled(record is None)  # a record stays with its cadre
        ident.setPlaceholderText("18位公民身份号码")
        fields.append((ID_LABEL, ident, True))
        for f in reg.fields:
            current = record.texts.get(f.label, "") if record else ""
            if f.type in ("choice", "bool"):
                box = QComboBox()
                options = list(f.choices) if f.type == "choice" else ["是", "否"]
                box.addItems(([""] if not f.required and f.type == "choice" else []) + options)
                if current:
                    box.setCurrentText(current)
                elif f.name == "year":
                    box.setCurrentText(str(self.year()))
                widgets[f.label] = box
                fields.append((f.label, box, f.required))
            else:
                edit = QLineEdit(current)
                if not current and f.name == "year":
                    edit.setText(str(self.year()))
                if f.type == "date":
                    edit.setPlaceholderText("如 2026-12-31")
                widgets[f.label] = edit
                fields.append((f.label, edit, f.required))
        key, rid = reg.key, record.id if record else None
        version = record.version if record else None  # as read: a save over a newer change is refused

        def save(_form: Any) -> Any:
            texts = {label: (w.currentText() if isinstance(w, QComboBox) else w.text()) for label, w in widgets.items()}
            if rid is None:
                texts[ID_LABEL] = ident.text()
            return lambda db, _s: svc.save_record(db, key, texts, rid, version)

        title = f"{'修改' if record else '新增'}{reg.title}记录"
        return FormDialog(self, title, fields, save, ctx=self.ctx, changes=CHANGES, saved=lambda _r: self.reload())

    def add_dialog(self) -> FormDialog:
        d = self.form_dialog(None)
        d.open()
        return d

    def edit_current(self) -> FormDialog | None:
        record = selected_row(self.view, self.model)
        if record is None:
            return None
        d = self.form_dialog(record)
        d.open()
        return d

    def delete_current(self) -> None:
        record = selected_row(self.view, self.model)
        if record is None:
            return
        answer = QMessageBox.question(self, f"删除{self.reg.title}记录", f"删除{record.name}的这条记录？")
        if answer != QMessageBox.StandardButton.Yes:
            return
        key, rid = self.reg.key, record.id
        WriteOp(self.ctx, lambda db, _s: svc.delete_record(db, key, rid), CHANGES,
                lambda _r: self.reload(), parent=self).run()

    # ----- Excel, through the window's 文件 menu actions -----
    def _window_action(self, name: str) -> None:
        act = getattr(self.window(), name, None)
        if callable(act):
            act(self.reg.key, self.reg.title)

    def start_import(self) -> None:
        self._window_action("start_import")

    def start_template(self) -> None:
        self._window_action("start_template")


class CoveragePage(Page):
    """The year's coverage: each unit's share of cadres with a talk, a check, a course; who is missing."""

    def __init__(self, ctx: AppContext, year_box: QSpinBox) -> None:
        super().__init__(ctx, year_box)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.units: RowTableModel[Any] = RowTableModel(unit_columns(["谈心谈话", "体检", "培训"]))
        self.missing: RowTableModel[Any] = RowTableModel(MISSING_COLUMNS)
        self.what = QComboBox()
        self.what.addItems(["全部", "谈心谈话", "体检", "培训", "年休假未休", "调休补休尚欠"])
        self.what.currentTextChanged.connect(lambda _t: self._filter())
        self._lines: list[tuple[str, str, str, str, str]] = []
        split = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(QLabel("各单位覆盖比例（在职干部中当年有记录的比例；日期在1月1日至12月31日之间的记录计入该年度）："))
        tl.addWidget(table_view(self.units), 1)
        bottom = QWidget()
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        pick = QHBoxLayout()
        pick.addWidget(QLabel("名单："))
        pick.addWidget(self.what)
        pick.addStretch(1)
        bl.addLayout(pick)
        bl.addWidget(table_view(self.missing), 1)
        split.addWidget(top)
        split.addWidget(bottom)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(split, 1)

    def reload(self) -> None:
        year = self.year()
        QueryOp(self.ctx, lambda db, _s: _coverage(db, year), self._show, parent=self).run()

    def _show(self, rep: svc.CoverageReport) -> None:
        parts = [f"{c.what} {len(c.covered)}/{c.total}（{c.percent}%，{c.citation}）" for c in rep.coverages]
        self.summary.setText(f"{rep.year}年度在职干部 {len(rep.people)} 人。" + "；".join(parts) +
                             f"；年休假或调休未落实 {len(rep.leave)} 人（第二十八条）。")
        self.units.set_rows(rep.units)
        lines: list[tuple[str, str, str, str, str]] = []
        for c in rep.coverages:
            for cid in c.missing:
                p = rep.person(cid)
                lines.append((c.what, p.name, p.unit or "", f"{rep.year}年度没有{c.what}记录", str(c.citation)))
        for b in rep.leave:
            p = rep.person(b.cadre_id)
            if b.leave_not_taken > 0:
                lines.append(("年休假未休", p.name, p.unit or "", f"未休 {svc._days(b.leave_not_taken)} 天",
                              str(b.citation)))
            if b.rest_owed > 0:
                lines.append(("调休补休尚欠", p.name, p.unit or "", f"尚欠 {svc._days(b.rest_owed)} 天",
                              str(b.citation)))
        self._lines = lines
        self._filter()

    def _filter(self) -> None:
        what = self.what.currentText()
        self.missing.set_rows([x for x in self._lines if what == "全部" or x[0] == what])


def _coverage(db: Database, year: int) -> svc.CoverageReport:
    return read(db, svc.coverage, year)
