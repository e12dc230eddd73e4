"""Table models over plain rows (tuples, NamedTuples, dataclasses) — the one way tables are shown.

    COLUMNS = [Column("姓名", lambda r: r.name), Column("年龄", lambda r: r.age, align=RIGHT)]
    model = RowTableModel(COLUMNS)
    model.set_rows(rows)          # rows come from a read service, never from SQL in a widget
    view.setModel(model)
    model.row_at(index.row())     # the plain row behind a table row

`LazyRowModel` is the same for long lists: it holds only the ordered keys and loads the rows of a
page when the view first asks for them, so 50,000 rows cost a list of ints until scrolled to.
"""
from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

from ui.widgets.fit import ColumnFit

R = TypeVar("R")
K = TypeVar("K")
Index = QModelIndex | QPersistentModelIndex

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # data(index, ROW_ROLE) → the plain row


def display(value: Any) -> str:
    """How a plain value reads in a cell: dates as 2016-11-28, booleans as 是/否, None as empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


@dataclass(frozen=True)
class Column(Generic[R]):
    title: str
    value: Callable[[R], Any]
    align: Qt.AlignmentFlag | None = None  # default: numbers right, the rest left
    tooltip: Callable[[R], str | None] | None = None
    width: int | None = None  # a hint for views (characters), see apply_widths


class _RowModelBase(QAbstractTableModel, Generic[R]):
    def __init__(self, columns: Sequence[Column[R]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)

    def _row(self, row: int) -> R | None:
        raise NotImplementedError

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self.rowCount()) or not (
                0 <= index.column() < len(self.columns)):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.TextAlignmentRole, ROW_ROLE):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        if role == ROW_ROLE:
            return row
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(col.value(row))
        if role == Qt.ItemDataRole.ToolTipRole:
            return col.tooltip(row) if col.tooltip else None
        if col.align is not None:
            return int(col.align.value)
        value = col.value(row)
        numeric = isinstance(value, (int, float, Decimal)) and not isinstance(value, bool)
        return int((RIGHT if numeric else LEFT).value)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title if 0 <= section < len(self.columns) else None
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def row_at(self, row: int) -> R | None:
        return self._row(row) if 0 <= row < self.rowCount() else None


class RowTableModel(_RowModelBase[R]):
    """All rows in memory (lists of hundreds or a few thousand)."""

    def __init__(self, columns: Sequence[Column[R]], rows: Sequence[R] = (), parent: Any = None) -> None:
        super().__init__(columns, parent)
        self._rows: list[R] = list(rows)

    def set_rows(self, rows: Sequence[R], columns: Sequence[Column[R]] | None = None) -> None:
        """New rows (and, if given, new columns) in one reset."""
        self.beginResetModel()
        self._rows = list(rows)
        if columns is not None:
            self.columns = list(columns)
        self.endResetModel()

    @property
    def rows(self) -> list[R]:
        return self._rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def _row(self, row: int) -> R | None:
        return self._rows[row]


class LazyRowModel(_RowModelBase[R], Generic[K, R]):
    """Ordered keys in memory; rows loaded page by page on first display, a bounded number kept.

    load(keys) → rows for those keys (same order; missing keys may be left out, e.g. deleted meanwhile).
    """

    def __init__(self, columns: Sequence[Column[R]], load: Callable[[Sequence[K]], Sequence[R]],
                 key: Callable[[R], K], page_size: int = 200, max_pages: int = 40, parent: Any = None) -> None:
        super().__init__(columns, parent)
        self._load = load
        self._key = key
        self.page_size = page_size
        self.max_pages = max_pages
        self._keys: list[K] = []
        self._pages: OrderedDict[int, list[R | None]] = OrderedDict()
        self.pages_loaded = 0  # for tests and the benchmark: how many loads happened

    def set_keys(self, keys: Sequence[K], first_rows: Sequence[R] | None = None) -> None:
        """Replace the list. first_rows (rows of the first page, loaded off the GUI thread) avoid a load."""
        self.beginResetModel()
        self._keys = list(keys)
        self._pages.clear()
        if first_rows is not None:
            self._store(0, first_rows)
        self.endResetModel()

    @property
    def keys(self) -> list[K]:
        return self._keys

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def row_of_key(self, key: K) -> int | None:
        try:
            return self._keys.index(key)
        except ValueError:
            return None

    def invalidate(self) -> None:
        """Reload rows on next display (the data changed; the keys did not)."""
        self._pages.clear()
        if self._keys:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._keys) - 1, len(self.columns) - 1))

    def _store(self, page: int, rows: Sequence[R]) -> list[R | None]:
        keys = self._keys[page * self.page_size:(page + 1) * self.page_size]
        by_key = {self._key(r): r for r in rows}
        stored = [by_key.get(k) for k in keys]
        self._pages[page] = stored
        self._pages.move_to_end(page)
        while len(self._pages) > self.max_pages:
            self._pages.popitem(last=False)
        return stored

    def _row(self, row: int) -> R | None:
        page, offset = divmod(row, self.page_size)
        rows = self._pages.get(page)
        if rows is None:
            keys = self._keys[page * self.page_size:(page + 1) * self.page_size]
            rows = self._store(page, self._load(keys))
            self.pages_loaded += 1
        else:
            self._pages.move_to_end(page)
        return rows[offset] if offset < len(rows) else None


def apply_widths(view: Any, columns: Sequence[Column[Any]]) -> None:
    """Column widths from the characters hint, measured in the view's font (CJK glyphs are wide)."""
    metrics = view.fontMetrics()
    char = metrics.horizontalAdvance("中")
    for i, col in enumerate(columns):
        if col.width:
            view.setColumnWidth(i, col.width * char + 16)


def table_view(model: QAbstractItemModel | None = None, *, read_only: bool = True) -> QTableView:
    """The list view every page uses: whole rows, one at a time, alternating colours, no row numbers, the
    last column stretched, widths from the model's Columns."""
    view = QTableView()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    if read_only:
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    if model is not None:
        view.setModel(model)
        columns = getattr(model, "columns", None)
        if columns:
            apply_widths(view, columns)
        ColumnFit(view)  # 依据/期限 always shown; a right click on the header shows or hides the others
    return view


def selected_row(view: QTableView, model: _RowModelBase[R]) -> R | None:
    """The plain row behind the view's selected row, if any."""
    rows = view.selectionModel().selectedRows()
    return model.row_at(rows[0].row()) if rows else None
