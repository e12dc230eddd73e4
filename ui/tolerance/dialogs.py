"""Dialogs of the 容错纠错 tab: one per step of 第八条 and per record (evidence, 申诉意见, 纠错, 澄清),
and the holiday-schedule editor. Each collects input and starts one writing operation; the service
checks it, and what it refuses comes back into the dialog (each FieldError beside its field), which
stays open so nothing typed is lost."""
from __future__ import annotations

import datetime as dt
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
    QWidget,
)

from ui.context import AppContext
from ui.ops import QueryOp, WriteOp
from ui.theme import mark
from ui.widgets.fit import add_foot, fit_to_screen, free_area, scroll_body
from ui.widgets.forms import FieldForm, dialog_buttons, read_date
from zydesk.errors import FieldError, UserError, ValidationError
from zydesk.services.reading import read
from zydesk.services.tolerance import holidays


class NotedForm(FieldForm):
    """A FieldForm that also takes full-width notes between its fields (the article a field rests on)."""

    def add_note(self, widget: QWidget) -> None:
        self._grid.addWidget(widget, self._rows, 0, 1, 3)
        self._rows += 1
        self._grid.addWidget(self.foot, self._rows, 0, 1, 3)


def show_failure(form: FieldForm, line: QLabel, exc: BaseException) -> bool:
    """A refusal shown in the dialog: FieldErrors beside their fields, any other UserError on `line`.
    False for anything else (an internal error: the operation shows it)."""
    if isinstance(exc, ValidationError):
        form.show_errors(exc.errors)
        return True
    if isinstance(exc, UserError):
        mark(line, "error")
        line.setText(str(exc))
        return True
    return False


CHECKLIST_WIDTH = 600  # px of text per line a checklist is measured for


class ActionDialog(QDialog):
    """A small form: add_* builds fields; on OK, on_submit(values) starts the write (see ToleranceTab._exec)."""

    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.on_submit: Callable[[dict[str, Any]], None] = lambda v: None
        self._getters: dict[str, Callable[[], Any]] = {}
        self._dates: set[str] = set()
        self.widgets: dict[str, QWidget] = {}
        layout = scroll_body(self)
        if intro:
            head = QLabel(intro)
            head.setWordWrap(True)
            mark(head, "muted")
            layout.addWidget(head)
        self.form = NotedForm()
        layout.addWidget(self.form)
        self.error = QLabel()
        mark(self.error, "error")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = dialog_buttons(self, on_ok=self.submit)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        add_foot(self, buttons)
        self.setMinimumWidth(min(640, free_area(parent).width()))

    def _add(self, label: str, widget: QWidget, getter: Callable[[], Any]) -> QWidget:
        self.form.add(label, widget)
        self.widgets[label] = widget
        self._getters[label] = getter
        return widget

    def add_note(self, text: str, error: bool = False) -> QLabel:
        note = QLabel(text)
        note.setWordWrap(True)
        mark(note, "error" if error else "muted")
        self.form.add_note(note)
        return note

    def add_date(self, label: str, default: dt.date | None = None) -> QLineEdit:
        edit = QLineEdit(default.isoformat() if default else "")
        edit.setPlaceholderText("如 2026-10-08")
        self._dates.add(label)
        self._add(label, edit, lambda: None)  # read in values(), which collects format errors
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
        box.addItems([str(i) for i in items])
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
        # every item in view without scrolling the list (第六条 has 12, most wrap to two lines): the dialog's
        # body scrolls instead when the screen is small
        fm = lst.fontMetrics()
        lines = sum(-(-fm.horizontalAdvance(text) // CHECKLIST_WIDTH) for _k, text in items)
        lst.setMinimumWidth(CHECKLIST_WIDTH + 60)
        lst.setMinimumHeight(max(180, lines * fm.lineSpacing() + len(items) * 6 + 8))

        def get() -> list[Any]:
            return [lst.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lst.count())
                    if lst.item(i).checkState() == Qt.CheckState.Checked]

        self._add(label, lst, get)
        return lst

    def add_widget(self, label: str, widget: QWidget, getter: Callable[[], Any]) -> QWidget:
        return self._add(label, widget, getter)

    def values(self) -> dict[str, Any]:
        """What the clerk entered; a date that cannot be read is a ValidationError for its field."""
        errors: list[FieldError] = []
        out = {label: (read_date(self.form, label, errors, month_ok=False) if label in self._dates else get())
               for label, get in self._getters.items()}
        if errors:
            raise ValidationError(errors)
        return out

    def submit(self) -> None:
        if not self.ok_button.isEnabled():  # the last OK is still being written
            return
        self.form.clear_errors()
        self.error.clear()
        try:
            values = self.values()
        except ValidationError as exc:
            self.form.show_errors(exc.errors)
            return
        self.ok_button.setEnabled(False)
        self.on_submit(values)

    def take_failure(self, exc: BaseException) -> bool:
        """The write was refused (or failed): the form can be corrected and sent again."""
        self.ok_button.setEnabled(True)
        return show_failure(self.form, self.error, exc)


# ---- holiday schedule editor ----------------------------------------------------------------------------

class CalendarDialog(QDialog):
    """节假日安排: the years known (built-in / entered / missing), and entry of one year's notice."""

    def __init__(self, ctx: AppContext, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("节假日安排（工作日计算依据）")
        layout = scroll_body(self)
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
        self.form = FieldForm()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year + 1 if today.month >= 11 else today.year)
        self.year.valueChanged.connect(lambda _v: self.load_year())
        self.notice = QLineEdit()
        self.notice.setPlaceholderText("如 国办发明电〔2026〕7号")
        self.ranges = QPlainTextEdit()
        self.ranges.setPlaceholderText("每行一个区间，如\n2027-01-01 至 2027-01-03\n2027-02-06 至 2027-02-14")
        self.ranges.setFixedHeight(150)
        self.makeup = QPlainTextEdit()
        self.makeup.setPlaceholderText("每行一个日期，如 2027-02-20")
        self.makeup.setFixedHeight(80)
        for label, widget in (("年份", self.year), ("通知文号", self.notice), (holidays.RANGES, self.ranges),
                              (holidays.MAKEUP, self.makeup)):
            self.form.add(label, widget)
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
        add_foot(self, buttons)
        fit_to_screen(self, 720, 680)
        self.load_year()

    def load_year(self, then: str = "") -> None:
        """Read the overview and the year shown; `then` replaces the message (after a save)."""
        year = self.year.value()
        QueryOp(self.ctx, lambda db, _s: read(db, holidays.calendar_view, year),
                lambda view: self._show(view, then), parent=self).run()

    def _show(self, view: holidays.CalendarView, then: str) -> None:
        self.table.setRowCount(len(view.overview))
        for i, row in enumerate(view.overview):
            for j, value in enumerate((row.year, row.source, row.holidays, row.makeup_days, row.workdays)):
                item = QTableWidgetItem(str(value))
                if row.source == "未录入":
                    item.setBackground(Qt.GlobalColor.yellow)
                self.table.setItem(i, j, item)
        y = view.year
        if y.year != self.year.value():  # the clerk moved on to another year meanwhile
            return
        self.ranges.setPlainText(y.ranges)
        self.makeup.setPlainText(y.makeup)
        mark(self.message, "")
        if then:
            self.message.setText(then)
        elif y.source is None:
            self.message.setText(f"{y.year} 年尚无节假日安排（按双休日推算）。")
        else:
            self.message.setText(f"{y.year} 年现用：{y.source}。")

    def _pick(self) -> None:
        items = self.table.selectedItems()
        first = self.table.item(items[0].row(), 0) if items else None
        if first is not None:
            self.year.setValue(int(first.text()))

    def _failed(self, exc: BaseException) -> bool:
        return show_failure(self.form, self.message, exc)

    def save(self) -> None:
        self.form.clear_errors()
        year, ranges, makeup = self.year.value(), self.ranges.toPlainText(), self.makeup.toPlainText()
        notice = self.notice.text()
        WriteOp(self.ctx, lambda db, _s: holidays.save_year(db, year, ranges, makeup, notice), changes="workdays",
                success=lambda _r: self.load_year(f"已保存 {year} 年节假日安排，相关期限已按新安排重新计算。"),
                parent=self).on_error(self._failed).run()

    def delete(self) -> None:
        self.form.clear_errors()
        year = self.year.value()
        WriteOp(self.ctx, lambda db, _s: holidays.delete_year(db, year), changes="workdays",
                success=lambda _r: self.load_year(), parent=self).on_error(self._failed).run()
