"""What the 容错纠错 tab shows: the case list model (plain CaseRow objects, coloured by deadline) and the
case view (HTML: facts, the 第八条 timeline with due dates and articles, records, conclusion, protections)."""
from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ui.theme import colours
from zydesk.core.tolerance import rules
from zydesk.core.tolerance.values import Step, StepState, is_tolerated
from zydesk.services.tolerance.cases import CaseDetail, CaseRow

Index = QModelIndex | QPersistentModelIndex
OVERDUE_BG = QColor(colours.OVERDUE_BG)
SOON_BG = QColor(colours.SOON_BG)


# ---- the case list --------------------------------------------------------------------------------------

def _current_due(r: CaseRow) -> str:
    c = r.current
    if c is None or c.due is None:
        return ""
    return c.due.isoformat() + ("*" if c.estimated else "")


def _days_left(r: CaseRow) -> str:
    c = r.current
    if c is None or c.days_left is None:
        return ""
    return f"逾期 {-c.days_left} 个工作日" if c.days_left < 0 else f"{c.days_left} 个工作日"


def _flags(r: CaseRow) -> str:
    flags = []
    if r.late_application:
        flags.append("逾期申请")
    if r.overdue:
        flags.append("有逾期环节")
    if any(s.estimated for s in r.steps if s.due is not None):
        flags.append("依据未录入节假日安排推算")
    return "；".join(flags)


COLUMNS: list[tuple[str, Callable[[CaseRow], str]]] = [
    ("案件编号", lambda r: r.number),
    ("申请人", lambda r: r.applicant),
    ("事由", lambda r: r.matter),
    ("状态", lambda r: r.status),
    ("当前环节", lambda r: r.current.step if r.current else ""),
    ("期限", _current_due),
    ("依据", lambda r: str(r.current.citation) if r.current and r.current.due else ""),
    ("剩余", _days_left),
    ("认定结论", lambda r: r.conclusion_text),
    ("提示", _flags),
]


class CaseListModel(QAbstractTableModel):
    """Plain CaseRow objects; overdue rows red, rows due within 2 working days yellow."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[CaseRow] = []

    def set_rows(self, rows: Sequence[CaseRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows) or not 0 <= index.column() < len(COLUMNS):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[index.column()][1](row)
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.overdue:
                return OVERDUE_BG
            if row.due_soon:
                return SOON_BG
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            c = row.current
            if c is None:
                return None
            tip = f"{c.step}：{c.rule}（{c.citation}）"
            if c.estimated:
                tip += f"\n{c.estimate_note}"
            return tip
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return COLUMNS[section][0]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.rows):
            return str(section + 1)
        return None


# ---- the case view -------------------------------------------------------------------------------------

_STATE_STYLE = {StepState.DONE: f"color:{colours.GOOD}", StepState.CURRENT: f"color:{colours.CURRENT};font-weight:bold",
                StepState.PENDING: f"color:{colours.HINT}", StepState.NOT_APPLICABLE: f"color:{colours.FAINT}"}


def day_text(value: object) -> str:
    """2026-10-08 for a date, the text itself otherwise, empty for None."""
    return value.isoformat() if isinstance(value, dt.date) else ("" if value is None else str(value))


def case_html(d: CaseDetail) -> str:
    c, r = d.case, d.row
    e = html.escape
    parts = [(f"<h3>{e(r.number)}　{e(r.applicant)}（{e(str(c['applicant_type']))}）　"
              f"<span style='color:{colours.CURRENT}'>{e(r.status)}</span></h3>"),
             (f"<p><b>事由：</b>{e(str(c['matter']))}<br><b>主办单位：</b>{e(str(c['host_body']))}"
              f"（{e(str(c['host_kind']))}）　<b>启动问责追责：</b>{day_text(c['accountability_started'])}")]
    if c["accountability_concluded"]:
        parts.append(f"　<b>问责处理完毕：</b>{day_text(c['accountability_concluded'])}")
    parts.append("</p>")
    if d.scope_problem:
        parts.append(f"<p style='color:{colours.ERROR}'>{e(d.scope_problem)}</p>")
    if r.late_application:
        parts.append(f"<p style='color:{colours.ERROR}'>逾期申请（{rules.cite(8, 1)}：启动问责追责后7个工作日内）。"
                     f"登记理由：{e(str(c['late_reason'] or ''))}</p>")
    parts.append("<p><b>申请所称容错情形（第六条）：</b></p><ul>")
    for item, text in d.circumstances:
        parts.append(f"<li>第六条第{rules.roman(item)}项　{e(text)}</li>")
    if not d.circumstances:
        parts.append("<li>（未选定）</li>")
    parts.append("</ul>")
    # timeline
    parts.append("<p><b>办理时限（第八条，按工作日计算，起算日不计入）：</b></p>"
                 "<table border='1' cellspacing='0' cellpadding='3'><tr><th>环节</th><th>依据</th><th>时限</th>"
                 "<th>期限</th><th>完成</th><th>状态</th></tr>")
    for s in r.steps:
        status: str = s.state
        if s.overdue:
            status = (f"<span style='color:{colours.ERROR};font-weight:bold'>"
                      f"已逾期 {-(s.days_left or 0)} 个工作日</span>")
        elif s.state == StepState.CURRENT and s.days_left is not None:
            status = f"<span style='{_STATE_STYLE[StepState.CURRENT]}'>当前，剩 {s.days_left} 个工作日</span>"
        elif s.late:
            text = "逾期申请" if s.step == Step.APPLICATION else "已完成（超期）"
            status = f"<span style='color:{colours.ERROR}'>{text}</span>"
        else:
            status = f"<span style='{_STATE_STYLE.get(s.state, '')}'>{s.state}</span>"
        due = day_text(s.due) or ("前一环节完成后起算" if s.state != StepState.NOT_APPLICABLE else "")
        if s.estimated:
            due += f"<br><span style='color:{colours.AMBER}'>{e(s.estimate_note)}</span>"
        parts.append(f"<tr><td>{e(s.step)}：{e(s.label)}</td><td>{s.citation}</td><td>{e(s.rule)}</td>"
                     f"<td>{due}</td><td>{day_text(s.done)}</td><td>{status}</td></tr>")
    parts.append("</table>")
    if c["acceptance_note"]:
        parts.append(f"<p><b>{'受理说明' if c['accepted'] else '不予受理理由'}：</b>{e(str(c['acceptance_note']))}</p>")
    if d.exclusions:
        parts.append(f"<p style='color:{colours.ERROR}'><b>第七条情形：</b>{e(d.conclusion_limit)}</p>")
    if c["report_summary"]:
        parts.append(f"<p><b>调查报告：</b>{e(str(c['report_summary']))}</p>")
    if c["conclusion"]:
        line = f"<b>认定结论：</b>{e(str(c['conclusion']))}"
        if c["mitigation"]:
            line += f"（{e(str(c['mitigation']))}）"
        if c["handling"]:
            line += f"，处理：{e(str(c['handling']))}"
        if c["impact_months"]:
            line += f"，影响期 {c['impact_months']} 个月，至 {day_text(c['impact_end'])}（{rules.cite(12)}）"
        parts.append(f"<p>{line}<br>认定理由：{e(str(c['conclusion_reason'] or ''))}</p>")
    if is_tolerated(c["conclusion"]):
        items = "；".join(f"{rules.roman(i)}{t.rstrip('；。')}" for i, t in enumerate(rules.PROTECTIONS, start=1))
        line = f"<b>保护（{rules.cite(11)}）：</b>{e(items)}。"
        if c["impact_end"]:
            line += (f"<br>影响期内（至{day_text(c['impact_end'])}）第十一条第（三）项提拔任用暂不适用，"
                     f"期满后不受影响（{rules.cite(12)}）。")
        parts.append(f"<p style='color:{colours.GOOD}'>{line}</p>")
    if c["publicity"]:
        parts.append(f"<p><b>公开范围（{rules.cite(8, 5)}）：</b>{e(str(c['publicity']))}</p>")

    def listing(title: str, rows: list[dict[str, object]], fmt: Callable[[dict[str, object]], str]) -> None:
        if rows:
            parts.append(f"<p><b>{title}</b></p><ul>" + "".join(f"<li>{fmt(x)}</li>" for x in rows) + "</ul>")

    listing("证据材料", d.evidence, lambda x: f"[{x['stage']}] {e(str(x['title']))} "
            f"{e(str(x['source'] or ''))} {day_text(x['received_on'])}")
    listing("申诉意见（第八条第（三）项）", d.hearings,
            lambda x: f"{day_text(x['heard_on'])} {e(str(x['party']))}：{e(str(x['summary']))}")
    listing("报备（第八条第（六）项）", d.filings,
            lambda x: f"{x['mode']} {e(str(x['role']))}：{e(str(x['recipient']))}（{day_text(x['sent_on'])}）")

    def corr(x: dict[str, object]) -> str:
        head = (f"第九条第{rules.roman(int(str(x['item'])))}项 {e(str(x['measure']))}，主办："
                f"{e(str(x['handling_body']))}"
                + (f"（第十条第{rules.roman(int(str(x['handling_item'])))}项）" if x["handling_item"] else "")
                + f"，{day_text(x['decided_on'])}决定")
        head += f"，<span style='color:{colours.GOOD}'>{day_text(x['closed_on'])}整改到位</span>" if x["closed_on"] \
            else f"，<span style='color:{colours.AMBER}'>整改中</span>"
        follow = x["followups"]
        assert isinstance(follow, list)
        return head + "".join(f"<br>　{day_text(f['on'])} {e(str(f['text']))}" for f in follow)

    listing("纠错措施（第九条、第十条）", d.corrections, corr)
    listing("澄清保护（第十三条）", d.clarifications,
            lambda x: f"{day_text(x['on'])} {x['kind']}（{e(str(x['method']))}）{e(str(x['subject']))}：{e(str(x['summary']))}")
    return "".join(parts)
