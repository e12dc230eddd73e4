"""数据 → 代码表与影响期: the code tables and the default 影响期 of each kind of discipline, editable."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.ops import QueryOp, WriteOp
from ui.theme import mark
from ui.widgets.fit import add_foot, close_box, fit_to_screen, scroll_body
from ui.widgets.forms import FormDialog
from ui.widgets.row_model import Column, RowTableModel, table_view
from zydesk.services import code_tables as ct
from zydesk.services.codes import load_codes
from zydesk.services.reading import read

CODE_COLUMNS: list[Column[ct.CodeRow]] = [
    Column("名称", lambda r: r.label),
    Column("状态", lambda r: "启用" if r.active else "停用"),
    Column("说明", lambda r: r.note),
]
PERIOD_COLUMNS: list[Column[ct.PeriodRow]] = [
    Column("类别", lambda r: r.category),
    Column("处理种类", lambda r: r.kind),
    Column("影响期（月）", lambda r: "无" if r.months is None else r.months),
    Column("依据", lambda r: r.source),
]
NO_PERIOD = 0  # the spin box's 0 reads 无 (no 影响期)


def _table_view(model: RowTableModel[Any]) -> QTableView:
    view = table_view(model)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class _FormDialog(FormDialog):
    """The shared form dialog, a little wider for the 依据 texts."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        fit_to_screen(self, 560)


class CodeTablesPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tables = QListWidget()
        self.keys = list(ct.TABLE_TITLES)
        self.tables.addItems([ct.TABLE_TITLES[k] for k in self.keys])
        self.tables.setMaximumWidth(9 * self.fontMetrics().horizontalAdvance("中"))
        self.model: RowTableModel[ct.CodeRow] = RowTableModel(CODE_COLUMNS)
        self.view = _table_view(self.model)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        mark(self.hint, "hint")
        self.add_button = QPushButton("新增…")
        self.toggle_button = QPushButton("停用")
        self.up_button = QPushButton("上移")
        self.down_button = QPushButton("下移")
        self.note_button = QPushButton("修改说明…")
        buttons = QHBoxLayout()
        for b in (self.add_button, self.toggle_button, self.up_button, self.down_button, self.note_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.hint)
        right.addWidget(self.view, 1)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.tables)
        layout.addLayout(right, 1)
        self.tables.currentRowChanged.connect(lambda _r: self.reload())
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self.add_button.clicked.connect(self.add_code)
        self.toggle_button.clicked.connect(self.toggle)
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(+1))
        self.note_button.clicked.connect(self.edit_note)
        self.tables.setCurrentRow(self.keys.index("position_level"))

    @property
    def table(self) -> str:
        return self.keys[max(self.tables.currentRow(), 0)]

    def current(self) -> ct.CodeRow | None:
        return self.model.row_at(self.view.currentIndex().row())

    def reload(self, select_id: int | None = None) -> None:
        table = self.table
        QueryOp(self.ctx, lambda db, _s: read(db, ct.code_rows, table),
                lambda rows: self._show(table, rows, select_id), parent=self).run()

    def _show(self, table: str, rows: list[ct.CodeRow], select_id: int | None) -> None:
        if table != self.table:  # the clerk chose another table meanwhile
            return
        self.model.set_rows(rows)
        self.hint.setText(ct.table_hint(table))
        if select_id is not None:
            for n, row in enumerate(self.model.rows):
                if row.id == select_id:
                    self.view.selectRow(n)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.current()
        allowed = ct.allowed_actions(self.table, row)
        self.add_button.setEnabled(ct.ADD in allowed)
        self.toggle_button.setEnabled(ct.TOGGLE in allowed)
        self.toggle_button.setText("启用" if row is not None and not row.active else "停用")
        for b in (self.up_button, self.down_button):
            b.setEnabled(ct.MOVE in allowed)
        self.note_button.setEnabled(ct.NOTE in allowed)

    def _write(self, op: Callable[[Any, Any], Any], select_id: int | None = None) -> None:
        def refused(text: str) -> None:
            QMessageBox.warning(self, "代码表", text)
            self.reload(select_id)

        WriteOp(self.ctx, op, "codes", lambda _r: self.reload(select_id), parent=self).failure(refused).run()

    def add_code(self) -> None:
        name, note = QLineEdit(), QLineEdit()
        table = self.table

        def save(_form: Any) -> Callable[[Any, Any], int]:
            label, text = name.text(), note.text()  # read here, on the GUI thread
            return lambda db, _s: ct.add_code(db, table, label, text)

        _FormDialog(self, f"新增{ct.TABLE_TITLES[table]}", [("名称", name, True), ("说明", note, False)], save,
                    ctx=self.ctx, changes="codes", saved=self.reload).exec()

    def toggle(self) -> None:
        row = self.current()
        if row is not None:
            self._write(lambda db, _s: ct.set_code_active(db, row.id, not row.active), row.id)

    def move_row(self, step: int) -> None:  # 上移/下移
        row = self.current()
        if row is not None:
            self._write(lambda db, _s: ct.move_code(db, row.id, step), row.id)

    def edit_note(self) -> None:
        row = self.current()
        if row is None:
            return
        note = QLineEdit(row.note or "")

        def save(_form: Any) -> Callable[[Any, Any], None]:
            text = note.text()
            return lambda db, _s: ct.set_code_note(db, row.id, text)

        _FormDialog(self, f"说明：{row.label}", [("说明", note, False)], save, ctx=self.ctx, changes="codes",
                    saved=lambda _r: self.reload(row.id)).exec()


class PeriodsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model: RowTableModel[ct.PeriodRow] = RowTableModel(PERIOD_COLUMNS)
        self.view = _table_view(self.model)
        hint = QLabel("影响期自决定之日起算（决定当日不计入），到期日为起算后第 N 个月的同一日，当天仍在影响期内。"
                      "导入或登记处分时未填“影响期满日期”的，按本表计算。")
        hint.setWordWrap(True)
        mark(hint, "hint")
        self.edit_button = QPushButton("修改…")
        self.add_button = QPushButton("新增处理种类…")
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.edit_button.clicked.connect(self.edit)
        self.add_button.clicked.connect(self.add)
        self.view.doubleClicked.connect(lambda _i: self.edit())
        self.reload()

    def reload(self) -> None:
        QueryOp(self.ctx, lambda db, _s: read(db, ct.period_rows), self.model.set_rows, parent=self).run()

    @staticmethod
    def _months_box(months: int | None) -> QSpinBox:
        box = QSpinBox()
        box.setRange(NO_PERIOD, ct.MAX_MONTHS)
        box.setSpecialValueText("无")
        box.setSuffix(" 个月")
        box.setValue(months or NO_PERIOD)
        return box

    def edit(self) -> None:
        row = self.model.row_at(self.view.currentIndex().row())
        if row is None:
            return
        months, source = self._months_box(row.months), QLineEdit(row.source)

        def save(_form: Any) -> Callable[[Any, Any], None]:
            n, text = months.value() or None, source.text()
            return lambda db, _s: ct.save_period(db, row.id, n, text)

        _FormDialog(self, f"影响期：{row.category} {row.kind}",
                    [("影响期（月）", months, False), ("依据", source, True)], save,
                    ctx=self.ctx, changes="codes", saved=lambda _r: self.reload()).exec()

    def add(self) -> None:
        QueryOp(self.ctx, lambda db, _s: read(db, load_codes).get("discipline_category", []), self._add,
                parent=self).run()

    def _add(self, categories: list[str]) -> None:
        category, kind = QComboBox(), QLineEdit()
        category.addItems(categories)
        months, source = self._months_box(None), QLineEdit()

        def save(_form: Any) -> Callable[[Any, Any], int]:
            values = category.currentText(), kind.text(), months.value() or None, source.text()
            return lambda db, _s: ct.add_period(db, *values)

        _FormDialog(self, "新增处理种类", [("类别", category, True), ("处理种类", kind, True),
                                        ("影响期（月）", months, False), ("依据", source, True)], save,
                    ctx=self.ctx, changes="codes", saved=lambda _r: self.reload()).exec()


def open_code_tables(ctx: AppContext, parent: QWidget | None = None) -> QDialog:
    dialog = QDialog(parent)
    dialog.setWindowTitle("代码表与影响期")
    tabs = QTabWidget(dialog)
    tabs.addTab(CodeTablesPage(ctx), "代码表")
    tabs.addTab(PeriodsPage(ctx), "处分和组织处理影响期")
    layout = scroll_body(dialog)
    layout.addWidget(tabs)
    add_foot(dialog, close_box(dialog))
    fit_to_screen(dialog, 900, 560)
    dialog.show()
    return dialog
