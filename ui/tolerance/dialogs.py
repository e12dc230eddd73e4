"""Dialogs of the 容错纠错 tab: one per step of 第八条 and per record (evidence, 申诉意见, 纠错, 澄清),
and the holiday-schedule editor. Each collects input and calls one service function; a refusal
(UserError) is shown inside the dialog, which stays open so nothing typed is lost."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.forms import dialog_buttons
from zydesk.core.dates import DateFormatError, parse_date
from zydesk.errors import UserError

ERROR_STYLE = "color: #c0392b;"
NOTE_STYLE = "color: #555;"


class ActionDialog(QDialog):
    """A small form: add_* builds fields, on_submit(values) calls the service; UserError stays in the dialog."""

    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.on_submit: Callable[[dict[str, Any]], None] = lambda v: None
        self._getters: dict[str, Callable[[], Any]] = {}
        self.widgets: dict[str, QWidget] = {}
        self._layout = QVBoxLayout(self)
        if intro:
            head = QLabel(intro)
            head.setWordWrap(True)
            head.setStyleSheet(NOTE_STYLE)
            self._layout.addWidget(head)
        from PySide6.QtWidgets import QFormLayout

        self._form = QFormLayout()
        self._layout.addLayout(self._form)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self._layout.addWidget(self.error)
        buttons = dialog_buttons(self, on_ok=self.submit)
        self._layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _add(self, label: str, widget: QWidget, getter: Callable[[], Any]) -> QWidget:
        self._form.addRow(label + "：", widget)
        self.widgets[label] = widget
        self._getters[label] = getter
        return widget

    def add_note(self, text: str, error: bool = False) -> QLabel:
        note = QLabel(text)
        note.setWordWrap(True)
        note.setStyleSheet(ERROR_STYLE if error else NOTE_STYLE)
        self._form.addRow(note)
        return note

    def add_date(self, label: str, default: dt.date | None = None) -> QLineEdit:
        edit = QLineEdit(default.isoformat() if default else "")
        edit.setPlaceholderText("如 2026-10-08")

        def get() -> dt.date | None:
            text = edit.text().strip()
            if not text:
                return None
            try:
                return parse_date(text)
            except DateFormatError as exc:
                raise UserError(f"«{label}»：{exc}") from None

        self._add(label, edit, get)
        return edit

    def add_line(self, label: str, default: str = "", placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(default)
        edit.setPlaceholderText(placeholder)
        self._add(label, edit, lambda: edit.text().strip())
        return edit

    def add_text(self, label: str, default: str = "") -> QPlainTextEdit:
        edit = QPlainTextEdit(default)
        edit.setFixedHeight(80)
        self._add(label, edit, lambda: edit.toPlainText().strip())
        return edit

    def add_combo(self, label: str, items: list[str], current: str | None = None) -> QComboBox:
        box = QComboBox()
        box.addItems(items)
        if current:
            box.setCurrentText(current)
        self._add(label, box, box.currentText)
        return box

    def add_spin(self, label: str, lo: int, hi: int, value: int, suffix: str = "") -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(lo, hi)
        spin.setValue(value)
        spin.setSuffix(suffix)
        self._add(label, spin, spin.value)
        return spin

    def add_check(self, label: str, text: str, checked: bool = False) -> QCheckBox:
        box = QCheckBox(text)
        box.setChecked(checked)
        self._add(label, box, box.isChecked)
        return box

    def add_checklist(self, label: str, items: list[tuple[Any, str]], checked: set[Any]) -> QListWidget:
        """Checkable items with their full text (第六条 items, 第七条 exclusions)."""
        lst = QListWidget()
        lst.setWordWrap(True)
        for key, text in items:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in checked else Qt.CheckState.Unchecked)
            lst.addItem(item)
        lst.setMinimumHeight(180)

        def get() -> list[Any]:
            return [lst.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lst.count())
                    if lst.item(i).checkState() == Qt.CheckState.Checked]

        self._add(label, lst, get)
        return lst

    def add_widget(self, label: str, widget: QWidget, getter: Callable[[], Any]) -> QWidget:
        return self._add(label, widget, getter)

    def values(self) -> dict[str, Any]:
        return {label: get() for label, get in self._getters.items()}

    def submit(self) -> None:
        self.error.clear()
        try:
            self.on_submit(self.values())
        except UserError as exc:
            self.error.setText(str(exc))
            return
        self.accept()


def require(values: dict[str, Any], *labels: str) -> None:
    missing = [label for label in labels if values.get(label) in (None, "", [])]
    if missing:
        raise UserError("请填写：" + "、".join(missing))


# ---- holiday schedule editor ----------------------------------------------------------------------------

_SPLIT = re.compile(r"\s*(?:至|到|~|～|—|－－|\s)\s*")


def parse_ranges(text: str) -> list[tuple[dt.date, dt.date]]:
    """One holiday range a line: "2027-01-01 至 2027-01-03" (or a single date)."""
    ranges = []
    for n, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#")[0].strip()
        if not line:
            continue
        parts = [p for p in _SPLIT.split(line) if p]
        try:
            dates = [parse_date(p) for p in parts]
        except DateFormatError as exc:
            raise UserError(f"放假区间第{n}行：{exc}") from None
        if len(dates) not in (1, 2):
            raise UserError(f"放假区间第{n}行应为“开始日期 至 结束日期”")
        ranges.append((dates[0], dates[-1]))
    return ranges


def parse_days(text: str) -> list[dt.date]:
    days = []
    for n, raw in enumerate(re.split(r"[\n,，、;；]", text), start=1):
        part = raw.split("#")[0].strip()
        if part:
            try:
                days.append(parse_date(part))
            except DateFormatError as exc:
                raise UserError(f"调休上班日第{n}项：{exc}") from None
    return days


class CalendarDialog(QDialog):
    """节假日安排: the years known (built-in / entered / missing), and entry of one year's notice."""

    def __init__(self, db: Any, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from zydesk.services import workdays

        self.db = db
        self.svc = workdays
        self.setWindowTitle("节假日安排（工作日计算依据）")
        layout = QVBoxLayout(self)
        intro = QLabel("期限按工作日计算：双休日、法定节假日不计，调休上班日计入。内置日历随程序提供；"
                       "国务院办公厅每年发布次年放假安排后，请在此录入，录入的安排优先于内置日历。"
                       "未录入的年份按双休日推算，相关期限标注「依据未录入节假日安排推算」。")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(["年份", "来源", "放假天数", "调休上班日", "全年工作日"])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setMaximumHeight(170)
        self.table.itemSelectionChanged.connect(self._pick)
        layout.addWidget(self.table)
        self.form = ActionDialog("", "")  # reuse the field builders inside this dialog
        self.form.setParent(self)
        self.form.setWindowFlags(Qt.WindowType.Widget)
        for child in self.form.findChildren(QDialogButtonBox):
            child.hide()
        self.year = self.form.add_spin("年份", 2000, 2100, today.year + 1 if today.month >= 11 else today.year)
        self.year.valueChanged.connect(lambda _v: self.load_year())
        self.notice = self.form.add_line("通知文号", placeholder="如 国办发明电〔2026〕7号")
        self.ranges = self.form.add_text("放假区间")
        self.ranges.setPlaceholderText("每行一个区间，如\n2027-01-01 至 2027-01-03\n2027-02-06 至 2027-02-14")
        self.ranges.setFixedHeight(150)
        self.makeup = self.form.add_text("调休上班日")
        self.makeup.setPlaceholderText("每行一个日期，如 2027-02-20")
        layout.addWidget(self.form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton("保存该年安排", QDialogButtonBox.ButtonRole.ApplyRole)
        self.save_button.clicked.connect(self.save)
        self.delete_button = buttons.addButton("删除录入（恢复内置/推算）", QDialogButtonBox.ButtonRole.ActionRole)
        self.delete_button.clicked.connect(self.delete)
        close = buttons.addButton("关闭", QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 680)
        self.changed = False
        self.refresh()
        self.load_year()

    def refresh(self) -> None:
        current = self.year.value()
        years = sorted(set(range(current - 3, current + 2)))
        with self.db.read() as s:
            rows = self.svc.year_overview(s, years)
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for j, value in enumerate((row.year, row.source, row.holidays, row.makeup_days, row.workdays)):
                item = QTableWidgetItem(str(value))
                if row.source == "未录入":
                    item.setBackground(Qt.GlobalColor.yellow)
                self.table.setItem(i, j, item)

    def _pick(self) -> None:
        items = self.table.selectedItems()
        if items:
            self.year.setValue(int(self.table.item(items[0].row(), 0).text()))

    def load_year(self) -> None:
        year = self.year.value()
        with self.db.read() as s:
            schedule = self.svc.year_schedule(s, year)
        if schedule is None:
            self.ranges.setPlainText("")
            self.makeup.setPlainText("")
            self.message.setText(f"{year} 年尚无节假日安排（按双休日推算）。")
            return
        self.ranges.setPlainText("\n".join(a.isoformat() if a == b else f"{a.isoformat()} 至 {b.isoformat()}"
                                           for a, b in schedule.holiday_ranges()))
        self.makeup.setPlainText("\n".join(d.isoformat() for d in sorted(schedule.makeup_days)))
        self.message.setText(f"{year} 年现用：{schedule.source}。")

    def save(self) -> None:
        self.message.setStyleSheet("")
        try:
            ranges = parse_ranges(self.ranges.toPlainText())
            days = parse_days(self.makeup.toPlainText())
            self.svc.set_year_schedule(self.db, self.year.value(), ranges, days, self.notice.text())
        except UserError as exc:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(str(exc))
            return
        self.changed = True
        self.refresh()
        self.message.setText(f"已保存 {self.year.value()} 年节假日安排，相关期限已按新安排重新计算。")

    def delete(self) -> None:
        try:
            self.svc.delete_year_schedule(self.db, self.year.value())
        except UserError as exc:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(str(exc))
            return
        self.changed = True
        self.refresh()
        self.load_year()
