"""Models of the 能上能下 tab: findings grouped by article (expandable to their evidence), proposals."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ui.theme import colours
from ui.widgets.row_model import Column, RowTableModel
from ui.widgets.tree_model import NodeTreeModel, TreeNode
from zydesk.core.adjustment import Finding, Verdict
from zydesk.core.adjustment.finding import ARTICLE_TITLES
from zydesk.core.citation import cn_number
from zydesk.services.adjustment.proposals import ProposalRow

Index = QModelIndex | QPersistentModelIndex
HEADERS = ("条款 / 依据", "干部", "单位", "职务", "结论", "容错", "调整方案")
FINDING_ROLE = Qt.ItemDataRole.UserRole + 2
VERDICT_COLOURS = {Verdict.SHOULD: colours.ERROR, Verdict.NEEDS_REVIEW: colours.AMBER,
                   Verdict.WARN_FIRST: colours.CURRENT, Verdict.AGE_NOTICE: colours.MUTED}


def detail_lines(f: Finding) -> list[str]:
    lines = [f"依据：{f.evidence}", f"可采取的方式：{'、'.join(f.methods)}"]
    if f.role:
        lines.append(f"责任类型：{f.role}")
    if f.tolerance:
        lines.append(f"容错：{f.tolerance_note or f.tolerance}（已附容错结论）")
    return lines


class FindingsModel(NodeTreeModel[Finding]):
    """Article (第七条 年度目标责任考核 · N 条) → finding → evidence lines."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.cases: dict[int, str] = {}  # cadre id → the case already started for the cadre

    def set_findings(self, findings: Sequence[Finding], cases: dict[int, str] | None = None) -> None:
        self.cases = dict(cases or {})
        self.beginResetModel()
        root: TreeNode[Finding] = TreeNode()
        groups: dict[int, TreeNode[Finding]] = {}
        for f in findings:
            art = f.citation.article
            g = groups.get(art)
            if g is None:
                g = groups[art] = TreeNode(f"第{cn_number(art)}条 {ARTICLE_TITLES.get(art, '')}", root)
            node = TreeNode("", g, f)
            for text in detail_lines(f):
                TreeNode(text, node)
        for g in root.children:
            g.text += f"（{len(g.children)} 条）"
        self._root = root
        self.endResetModel()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(HEADERS):
            return HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        f = node.item
        if role == FINDING_ROLE:
            return f
        if f is None:  # an article group or an evidence line: text in the first column only
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return node.text if index.column() == 0 else None
            if role == Qt.ItemDataRole.FontRole and node.parent is self._root:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (str(f.citation), f.cadre.name, f.unit, f.post, f.verdict, f.tolerance or "",
                      self.cases.get(f.cadre.id, ""))
            if role == Qt.ItemDataRole.ToolTipRole:
                return f.evidence
            return values[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 4:
            colour = VERDICT_COLOURS.get(f.verdict)
            return None if colour is None else QBrush(QColor(colour))
        return None

    def finding_at(self, index: Index) -> Finding | None:
        return self._node(index).item if index.isValid() else None

    def finding_count(self) -> int:
        return sum(len(g.children) for g in self._root.children)


def filter_findings(findings: Sequence[Finding], unit: str | None, verdict: str | None) -> list[Finding]:
    return [f for f in findings if (not unit or f.unit == unit) and (not verdict or f.verdict == verdict)]


PROPOSAL_COLUMNS: list[Column[ProposalRow]] = [
    Column("编号", lambda r: r.id, width=4),
    Column("干部", lambda r: r.cadre, width=6),
    Column("单位", lambda r: r.unit, width=10),
    Column("类别", lambda r: r.case_kind, width=8),
    Column("依据条款", lambda r: r.citations, width=14),
    Column("拟调整方式", lambda r: r.method, width=7),
    Column("当前步骤", lambda r: r.status_label, width=6),
]


class ProposalsModel(RowTableModel[ProposalRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(PROPOSAL_COLUMNS, (), parent)
