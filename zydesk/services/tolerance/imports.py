"""Registering earlier paper cases from a spreadsheet (import kind `tolerance-cases`).

Rows arrive already converted by column type (dates as dates); this checks each row as the procedure of
第八条 would have (dates in step order, none skipped, 第七条/第十六条 left to the clerk) and builds the
case records. All-or-nothing: any problem is reported as 第N行 «列名»: 说明 and nothing is written.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from zydesk.core.idnumber import mask
from zydesk.core.tolerance import rules
from zydesk.core.tolerance.values import CaseStatus, Conclusion, is_tolerated
from zydesk.services.workdays import load_calendar
from zydesk.storage.models import Cadre, Unit
from zydesk.storage.models_tolerance import ToleranceCase

NUMBER = re.compile(r"^(.{1,10})〔(\d{4})〕(\d{1,4})号$")
# The date columns in the order of the procedure, with the status each one reaches.
DATE_STEPS: tuple[tuple[str, str, str], ...] = (
    ("accountability_started", "问责启动日期", ""),
    ("applied_on", "申请日期", CaseStatus.APPLIED),
    ("accepted_on", "受理日期", CaseStatus.ACCEPTED),
    ("report_on", "核查完成日期", CaseStatus.REPORTED),
    ("concluded_on", "认定日期", CaseStatus.CONCLUDED),
    ("feedback_on", "反馈日期", CaseStatus.FED_BACK),
    ("filed_on", "报备日期", CaseStatus.FILED),
)
# the conclusion as written, or its short form (免责 / 减责)
SHORT_CONCLUSIONS: dict[str, Conclusion] = {**{c.value: c for c in Conclusion},
                                            **{c.outcome.value: c for c in Conclusion}}
IMPORTED_LATE = "历史纸质案件导入（逾期情况见原案卷）"
DEFAULT_HOST = "（原案卷未登记）"

Err = Callable[[int, str, str], None]


@dataclass
class PlannedCase:
    values: dict[str, Any]


def parse_circumstances(text: str | None) -> list[int]:
    """"4,12" / "4、12" / "（四）（十二）" → [4, 12]; ValueError with a Chinese message if not."""
    if text is None or not str(text).strip():
        return []
    parts = [p for p in re.split(r"[,，、;；\s]+", str(text).strip()) if p]
    items = []
    for p in parts:
        p = p.strip("()（）第项")
        if not p.isdigit() or not 1 <= int(p) <= 18:
            raise ValueError(f"“{p}”不是第六条的项号（1–18），多项用逗号分隔，如 4,12")
        items.append(int(p))
    return sorted(set(items))


def check_case_rows(session: Session, rows: Sequence[dict[str, Any]], err: Err,
                    today: dt.date | None = None) -> list[PlannedCase]:
    """rows: one dict per data row, keyed by field (number, applicant_type, id_number, unit_name, dates,
    conclusion, circumstances, matter, host_body). err(i, header, message) for each problem."""
    today = today or dt.date.today()
    calendar = load_calendar(session)
    existing = set(session.scalars(select(ToleranceCase.number)))
    taken = {(y, n) for y, n in session.execute(select(ToleranceCase.year, ToleranceCase.seq))}
    cadres = {idn: (cid, name) for cid, idn, name in session.execute(select(Cadre.id, Cadre.id_number, Cadre.name))}
    units = {name: uid for uid, name in session.execute(select(Unit.id, Unit.name))}
    seen: dict[str, int] = {}
    planned: list[PlannedCase] = []
    for i, row in enumerate(rows):
        bad = False

        def fail(header: str, message: str) -> None:
            nonlocal bad
            bad = True
            err(i, header, message)

        number = (row.get("number") or "").strip()
        m = NUMBER.match(number)
        year = seq = 0
        if not m:
            fail("案件编号", f"“{number}”不是案件编号的格式，应如 紫容〔2026〕3号")
        else:
            year, seq = int(m[2]), int(m[3])
            if number in existing or (year, seq) in taken:
                fail("案件编号", f"{number} 已在案件登记簿中")
            if number in seen:
                fail("案件编号", f"与本文件中另一行重复（{number}）")
            seen[number] = i
        kind = row.get("applicant_type")
        cadre_id = unit_id = None
        name = ""
        if kind == "个人":
            idn = row.get("id_number")
            if not idn:
                fail("公民身份号码", "个人申请须填写公民身份号码")
            elif idn not in cadres:
                fail("公民身份号码", f"没有公民身份号码为 {mask(idn)} 的干部，请先导入干部信息")
            else:
                cadre_id, name = cadres[idn]
        elif kind in ("单位", "组织"):
            name = (row.get("unit_name") or "").strip()
            if not name:
                fail("单位名称", f"{kind}申请须填写单位名称")
            unit_id = units.get(name) if kind == "单位" else None
        # dates in procedure order, none skipped
        dates = {f: row.get(f) for f, _h, _s in DATE_STEPS}
        status = ""
        gap: str | None = None
        previous: tuple[str, dt.date] | None = None
        for field, header, reached in DATE_STEPS:
            value = dates[field]
            if value is None:
                gap = gap or header
                continue
            if gap is not None:
                fail(header, f"已填{header}，但缺少前一环节的{gap}（第八条各环节不能跳过）")
            if value > today:
                fail(header, f"{value.isoformat()} 晚于今天")
            if previous is not None and value < previous[1]:
                fail(header, f"{value.isoformat()} 早于{previous[0]} {previous[1].isoformat()}")
            previous = (header, value)
            status = reached or status
        for required in ("accountability_started", "applied_on"):
            if dates[required] is None:
                fail(dict((f, h) for f, h, _s in DATE_STEPS)[required], "必填")
        conclusion_raw = (row.get("conclusion") or "").strip()
        conclusion = SHORT_CONCLUSIONS.get(conclusion_raw) if conclusion_raw else None
        if conclusion_raw and conclusion is None:
            fail("认定结论", f"“{conclusion_raw}”应为 {'、'.join(Conclusion)} 之一")
        if dates["concluded_on"] is not None and not conclusion_raw:
            fail("认定结论", "已填认定日期，须填写认定结论")
        if conclusion_raw and dates["concluded_on"] is None:
            fail("认定日期", "已填认定结论，须填写认定日期")
        try:
            circumstances = parse_circumstances(row.get("circumstances"))
        except ValueError as exc:
            fail("容错情形", str(exc))
            circumstances = []
        if is_tolerated(conclusion) and not circumstances:
            fail("容错情形", f"认定容错的案件须填写对照的{rules.cite(6)}项号")
        refusal = (row.get("refusal_reason") or "").strip() or None
        if refusal:
            if dates["accepted_on"] is None:
                fail("受理日期", "不予受理的案件须填写答复日期（填在“受理日期”列）")
            later = [h for f, h, _s in DATE_STEPS[3:] if dates[f] is not None]
            if later or conclusion_raw:
                fail("不予受理理由", f"不予受理的案件不应再有{'、'.join(later) or '认定结论'}")
            status = CaseStatus.REFUSED
        if bad:
            continue
        late = None
        started, applied = dates["accountability_started"], dates["applied_on"]
        assert started is not None and applied is not None
        if applied > rules.a08_1_application_due(calendar, started):
            late = IMPORTED_LATE
        planned.append(PlannedCase(dict(
            number=number, year=year, seq=seq, status=status, applicant_type=kind, applicant_cadre_id=cadre_id,
            applicant_unit_id=unit_id, applicant_name=name, matter=(row.get("matter") or "").strip() or "（原案卷未登记）",
            accountability_started=started, host_body=(row.get("host_body") or "").strip() or DEFAULT_HOST,
            host_kind="其他问责追责单位", circumstances=circumstances, applied_on=applied, late_reason=late,
            accepted=(not refusal) if dates["accepted_on"] else None, accepted_on=dates["accepted_on"],
            acceptance_note=refusal, closed_on=dates["accepted_on"] if refusal else None,
            report_on=dates["report_on"], exclusions=[], concluded_on=dates["concluded_on"], conclusion=conclusion,
            feedback_on=dates["feedback_on"], filed_on=dates["filed_on"], note="由Excel导入的历史案件")))
    return planned


def write_cases(session: Session, planned: Sequence[PlannedCase]) -> None:
    for p in planned:
        session.add(ToleranceCase(**p.values))
    session.flush()


def export_case_rows(session: Session, year: int | None) -> list[list[Any]]:
    """Rows in the columns of the import kind (a round trip gives the same cases)."""
    q = select(ToleranceCase).order_by(ToleranceCase.year, ToleranceCase.seq)
    if year is not None:
        q = q.where(ToleranceCase.year == year)
    ids = {cid: idn for cid, idn in session.execute(select(Cadre.id, Cadre.id_number))}
    out = []
    for c in session.scalars(q):
        out.append([c.number, c.applicant_type, ids.get(c.applicant_cadre_id or 0),
                    None if c.applicant_type == "个人" else c.applicant_name, c.accountability_started,
                    c.applied_on, c.accepted_on, c.report_on, c.concluded_on,
                    c.conclusion, c.feedback_on, c.filed_on, ",".join(str(i) for i in c.circumstances or []),
                    c.matter, c.host_body, None if c.accepted is not False else c.acceptance_note])
    return out
