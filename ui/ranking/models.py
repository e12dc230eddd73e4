"""Table models of the 单位考核排名 tab, over plain rows from zydesk.services.incentives.ranking*."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ui.theme import colours
from ui.widgets.row_model import CENTER, Column, RowTableModel
from zydesk.core.incentives.ranking import FIRST, UnitResult
from zydesk.services.incentives.ranking import HistoryCell, HistoryRow

Index = QModelIndex | QPersistentModelIndex
SCORE_COLUMN = 1


def flags_text(u: UnitResult) -> str:
    return "、".join(x for x, f in (("否决", u.vetoed), ("直接", u.direct), ("优先", u.priority),
                                   ("并列", u.tied), ("待裁定", u.pending), ("末位", u.is_last)) if f)


def award_text(u: UnitResult) -> str:
    text = u.award or ("待裁定" if u.pending else "—")
    return text + ("（人工调整）" if u.override is not None else "")


RANK_COLUMNS: list[Column[UnitResult]] = [
    Column("单位", lambda u: u.name, width=12),
    Column("得分", lambda u: f"{u.score:.2f}" if u.score is not None else "未录入",
           align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, width=7),
    Column("名次", lambda u: u.rank if u.rank is not None else "—", align=CENTER, width=4),
    Column("标记", flags_text, width=5),
    Column("奖项", award_text, width=6),
    Column("依据", lambda u: u.basis_text, tooltip=lambda u: u.note, width=14),
    Column("说明", lambda u: u.note, tooltip=lambda u: u.note, width=40),
]


class RankingModel(RowTableModel[UnitResult]):
    """The ranked units of one group. The score cell is editable: the edit goes to `on_score`
    (a service call); the tab re-ranks and sets new rows."""

    def __init__(self, on_score: Callable[[UnitResult, str], bool] | None = None, parent: Any = None) -> None:
        super().__init__(RANK_COLUMNS, (), parent)
        self.on_score = on_score
        self.locked = False  # a sealed year: scores are shown, not edited

    def flags(self, index: Index) -> Qt.ItemFlag:
        f = super().flags(index)
        if index.isValid() and index.column() == SCORE_COLUMN and self.on_score is not None and not self.locked:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and 0 <= index.row() < self.rowCount() and 0 <= index.column() < self.columnCount():
            u = self.rows[index.row()]
            if role == Qt.ItemDataRole.EditRole and index.column() == SCORE_COLUMN:
                return "" if u.score is None else f"{u.score:.2f}"
            if role == Qt.ItemDataRole.ForegroundRole:
                if u.vetoed:
                    return QBrush(QColor(colours.ERROR))
                if u.override is not None or u.pending:
                    return QBrush(QColor(colours.ACCENT))
                return None
            if role == Qt.ItemDataRole.BackgroundRole and u.award == FIRST:
                return QBrush(QColor(colours.HIGHLIGHT_BG))
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != SCORE_COLUMN
                or self.on_score is None or self.locked or not (0 <= index.row() < self.rowCount())):
            return False
        return self.on_score(self.rows[index.row()], str(value))


def history_columns(years: Sequence[int]) -> list[Column[HistoryRow]]:
    def cell(y: int) -> Callable[[HistoryRow], str]:
        def text(r: HistoryRow) -> str:
            c: HistoryCell | None = r.cells.get(y)
            return "" if c is None else c.text()
        return text

    cols: list[Column[HistoryRow]] = [Column("单位", lambda r: r.unit, width=12), Column("类别", lambda r: r.group)]
    cols += [Column(f"{y}年", cell(y), width=12) for y in years]
    cols += [
        Column("连续末位年数", lambda r: r.last_run, align=CENTER),
        Column("近三年一等奖次数", lambda r: r.first_prizes_3y, align=CENTER),
        Column("连续一等奖年数", lambda r: r.first_streak, align=CENTER),
        Column("提示", lambda r: r.marks, width=16),
    ]
    return cols


class HistoryModel(RowTableModel[HistoryRow]):
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and 0 <= index.row() < self.rowCount():
            text = super().data(index, Qt.ItemDataRole.DisplayRole) or ""
            if "末位" in text or "否决" in text:
                return QBrush(QColor(colours.ERROR))
            return None
        return super().data(index, role)
