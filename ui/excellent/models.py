"""Table models of the 优秀干部评选 tab, over plain rows from zydesk.services.incentives.excellent / promotion."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ui.theme import colours
from ui.widgets.row_model import CENTER, Column, RowTableModel
from zydesk.core.incentives.excellent import CATEGORY_TITLES, CheckLine, QuotaLine, UnitQuota, fraction_text
from zydesk.services.incentives.excellent import DirectRated, HonourRow, NomineeRow, ReserveRow, SuggestionRow

Index = QModelIndex | QPersistentModelIndex
RED = QColor(colours.ERROR)
AMBER = QColor(colours.AMBER)
GREEN = QColor(colours.GOOD)


def eligible_text(n: NomineeRow) -> str:
    return {True: "符合", False: "不符合", None: "未审核"}[n.eligible]


@dataclass(frozen=True)
class QuotaRow:
    line: QuotaLine
    nominated: int  # nominees of the category not rejected

    @property
    def category(self) -> str:
        return self.line.category

    @property
    def filled(self) -> int:
        return self.line.filled

    @property
    def status(self) -> str:
        return self.line.status


QUOTA_COLUMNS: list[Column[QuotaRow]] = [
    Column("类别", lambda q: CATEGORY_TITLES[q.category], width=10),
    Column("已当选", lambda q: q.filled, align=CENTER, width=5),
    Column("名额", lambda q: q.line.target, align=CENTER, width=4),
    Column("“左右”范围", lambda q: f"{q.line.low}—{q.line.high}", align=CENTER, width=7),
    Column("已推荐", lambda q: q.nominated, align=CENTER, width=5),
    Column("状态", lambda q: q.status, width=6),
]

NOMINEE_COLUMNS: list[Column[NomineeRow]] = [
    Column("姓名", lambda n: n.name, width=5),
    Column("公民身份号码", lambda n: n.id_masked, width=12),
    Column("现任职务", lambda n: n.post, width=14),
    Column("推荐单位", lambda n: n.unit, width=10),
    Column("类别", lambda n: n.category, width=7),
    Column("阶段", lambda n: n.stage, align=CENTER, width=4),
    Column("资格", eligible_text, align=CENTER, width=5,
           tooltip=lambda n: "\n".join(f"第{c['article']}条 [{c['verdict']}] {c['evidence']}" for c in n.checks)
           or None),
    Column("票数", lambda n: n.votes, width=4),
    Column("得分", lambda n: n.score, width=5),
    Column("推荐市级", lambda n: "是" if n.city_recommended else "", align=CENTER, width=5),
    Column("超额理由", lambda n: n.overrun_reason, tooltip=lambda n: n.overrun_reason or None, width=16),
]

CHECK_COLUMNS: list[Column[CheckLine]] = [
    Column("依据", lambda x: str(x.citation), width=8),
    Column("审查项目", lambda x: x.rule, width=12),
    Column("结论", lambda x: x.verdict, align=CENTER, width=6),
    Column("事实和说明", lambda x: x.evidence, tooltip=lambda x: x.evidence, width=50),
]

UNIT_QUOTA_COLUMNS: list[Column[UnitQuota]] = [
    Column("单位", lambda q: q.unit_name, width=12),
    Column("单位类型", lambda q: q.unit_kind, width=6),
    Column("参考人数", lambda q: q.appraised, tooltip=lambda q: "参加考核人数，不含直接评定人员", width=5),
    Column("比例", lambda q: f"{fraction_text(q.rate * 100)}%" + ("（一等奖）" if q.first_prize else ""), width=8),
    Column("优秀名额", lambda q: q.quota, width=5),
    Column("已用", lambda q: q.used, width=4),
    Column("直接评定（不占名额）", lambda q: "、".join(q.direct), width=14),
    Column("计算", lambda q: q.evidence(), tooltip=lambda q: q.evidence(), width=40),
]

DIRECT_COLUMNS: list[Column[DirectRated]] = [
    Column("姓名", lambda d: d.name, width=5),
    Column("单位", lambda d: d.unit, width=12),
    Column("依据（第十条）", lambda d: d.evidence, tooltip=lambda d: d.evidence, width=60),
]

SUGGESTION_COLUMNS: list[Column[SuggestionRow]] = [
    Column("姓名", lambda x: x.name, width=5),
    Column("单位", lambda x: x.unit, width=12),
    Column("建议", lambda x: x.kind, width=6),
    Column("依据", lambda x: x.evidence, tooltip=lambda x: x.evidence, width=40),
    Column("处理", lambda x: x.decision or "待处理", width=5),
]

HONOUR_COLUMNS: list[Column[HonourRow]] = [
    Column("奖励", lambda h: h.kind, width=8),
    Column("对象", lambda h: h.subject, width=10),
    Column("状态", lambda h: h.status, width=5),
    Column("事由", lambda h: h.reason, tooltip=lambda h: h.reason or None, width=24),
    Column("报批过程", lambda h: h.chain, tooltip=lambda h: h.chain or None, width=40),
]

RESERVE_COLUMNS: list[Column[ReserveRow]] = [
    Column("姓名", lambda r: r.name, width=5),
    Column("现任职务", lambda r: r.post, width=14),
    Column("来源", lambda r: r.source, width=6),
    Column("来源说明", lambda r: r.source_ref, width=16),
    Column("列入日期", lambda r: r.added_on, width=8),
    Column("移出日期", lambda r: r.removed_on, width=8),
    Column("移出理由", lambda r: r.removal_reason, width=16),
]


class QuotaModel(RowTableModel[QuotaRow]):
    """Filled / target per category; a count outside the “左右” range is coloured."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(QUOTA_COLUMNS, (), parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and 0 <= index.row() < self.rowCount():
            status = self.rows[index.row()].status
            if status == "超出":
                return QBrush(RED)
            if status == "未满":
                return QBrush(AMBER)
            return QBrush(GREEN)
        return super().data(index, role)


class VerdictModel(RowTableModel[CheckLine]):
    """Check lines, 不符合 in red, 优先/倾斜/可破格 in green."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(CHECK_COLUMNS, (), parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and 0 <= index.row() < self.rowCount():
            line = self.rows[index.row()]
            if line.verdict == "不符合":
                return QBrush(RED if line.blocking else AMBER)
            if line.verdict == "需组织认定":
                return QBrush(AMBER)
            if line.verdict in ("优先", "倾斜", "可破格"):
                return QBrush(GREEN)
            return None
        return super().data(index, role)


class WarnModel(RowTableModel[Any]):
    """Rows for which `warn(row)` holds are shown in red (a unit over its 优秀 quota)."""

    def __init__(self, columns: list[Column[Any]], warn: Any, parent: Any = None) -> None:
        super().__init__(columns, (), parent)
        self.warn = warn

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and 0 <= index.row() < self.rowCount():
            return QBrush(RED) if self.warn(self.rows[index.row()]) else None
        return super().data(index, role)
