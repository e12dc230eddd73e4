"""Reads of 容错纠错 for the tab, the CLI and the printed documents: each case as a plain row with its
timeline of 第八条 deadlines (counted in working days), one case in full, the start-up reminders, and the
local settings. zydesk.services.tolerance.cases re-exports these names."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from zydesk.core.tolerance import machine, rules
from zydesk.core.tolerance.machine import ActionFacts
from zydesk.core.tolerance.rules import CaseFacts, StepView
from zydesk.core.tolerance.values import CaseAction, CaseStatus, Conclusion, StepState
from zydesk.core.workdays import Calendar
from zydesk.errors import UserError
from zydesk.services.settings import get_setting, setting_versions
from zydesk.services.unit_list import UnitChoice, unit_choices
from zydesk.services.workdays import load_calendar
from zydesk.storage.models import Cadre
from zydesk.storage.models_tolerance import ToleranceCase, ToleranceClarification

# Readings that are settings (docs/policy-readings.md, ## 容错纠错)
FILING_DAYS_KEY = "tolerance.filing_workdays"  # 报备 “同时” with the feedback: 0 working days after it
CASE_PREFIX_KEY = "tolerance.case_prefix"  # 紫容〔2026〕3号
DEFAULT_PREFIX = "紫容"



def case_facts(case: ToleranceCase) -> CaseFacts:
    return CaseFacts(status=case.status, accountability_started=case.accountability_started,
                     applied_on=case.applied_on, accepted=case.accepted, accepted_on=case.accepted_on,
                     report_on=case.report_on, concluded_on=case.concluded_on, feedback_on=case.feedback_on,
                     filed_on=case.filed_on, accountability_concluded=case.accountability_concluded,
                     late_reason=case.late_reason, exclusions=list(case.exclusions or []),
                     conclusion=case.conclusion)


def action_facts(case: ToleranceCase) -> ActionFacts:
    """What the state machine (zydesk.core.tolerance.machine) needs to know about a stored case."""
    return ActionFacts.of(case.status, case.conclusion, case.accountability_concluded, list(case.exclusions or []),
                          [c.measure for c in case.corrections if c.closed_on is None])


def filing_days(session: Session) -> int:
    return int(get_setting(session, FILING_DAYS_KEY, 0))


def get_case(session: Session, case_id: int) -> ToleranceCase:
    case = session.get(ToleranceCase, case_id)
    if case is None:
        raise UserError(f"案件（编号 {case_id}）不存在，可能已被他人删除")
    return case


# ---- reads --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class CaseRow:
    id: int
    number: str
    year: int
    applicant: str
    applicant_type: str
    unit_id: int | None
    cadre_id: int | None
    matter: str
    status: CaseStatus
    conclusion: Conclusion | None
    late_application: bool
    steps: list[StepView]
    overdue: bool
    current: StepView | None  # the step waiting to be done
    due_soon: bool  # current step due within 2 working days and not overdue
    mitigation: str | None = None  # 从轻 / 减轻 of a 容错减责

    @property
    def conclusion_text(self) -> str:
        """容错减责（从轻）, 容错免责, 不予容错 or empty."""
        return (self.conclusion or "") + (f"（{self.mitigation}）" if self.mitigation else "")


def _row(case: ToleranceCase, calendar: Calendar, today: dt.date, filing_days: int,
         unit_of_cadre: dict[int, int]) -> CaseRow:
    steps = rules.a08_timeline(case_facts(case), calendar, today, filing_days)
    current = next((s for s in steps if s.state == StepState.CURRENT), None)
    overdue = any(s.overdue for s in steps)
    soon = current is not None and not current.overdue and current.days_left is not None \
        and 0 <= current.days_left <= 2
    unit_id = case.applicant_unit_id or unit_of_cadre.get(case.applicant_cadre_id or 0)
    return CaseRow(case.id, case.number, case.year, case.applicant_name, case.applicant_type, unit_id,
                   case.applicant_cadre_id, case.matter, CaseStatus(case.status),
                   Conclusion(case.conclusion) if case.conclusion else None, steps[0].late, steps,
                   overdue, current, soon, case.mitigation)


def _unit_of_cadres(session: Session) -> dict[int, int]:
    from zydesk.storage.models import Post

    return dict(session.execute(select(Post.cadre_id, Post.unit_id).where(Post.end_date.is_(None))
                                .order_by(Post.start_date.asc().nulls_first(), Post.id)).all())


def case_rows(session: Session, today: dt.date | None = None, year: int | None = None,
              overdue_only: bool = False, status: str | None = None, unit_id: int | None = None,
              due_this_week: bool = False) -> list[CaseRow]:
    """Cases newest first, each with its timeline; the filters of the tab and of `zydesk cases`."""
    today = today or dt.date.today()
    calendar = load_calendar(session)
    days = filing_days(session)
    q = select(ToleranceCase).order_by(ToleranceCase.year.desc(), ToleranceCase.seq.desc())
    if year is not None:
        q = q.where(ToleranceCase.year == year)
    if status:
        q = q.where(ToleranceCase.status == status)
    units = _unit_of_cadres(session)
    rows = [_row(c, calendar, today, days, units) for c in session.scalars(q)]
    return filter_rows(rows, today, overdue_only=overdue_only, unit_id=unit_id, due_this_week=due_this_week)


def filter_rows(rows: list[CaseRow], today: dt.date, *, year: int | None = None, status: str | None = None,
                overdue_only: bool = False, unit_id: int | None = None,
                due_this_week: bool = False) -> list[CaseRow]:
    """The same filters over rows already computed (the tab computes all rows once per refresh)."""
    if year is not None:
        rows = [r for r in rows if r.year == year]
    if status:
        rows = [r for r in rows if r.status == status]
    if overdue_only:
        rows = [r for r in rows if r.overdue]
    if unit_id is not None:
        rows = [r for r in rows if r.unit_id == unit_id]
    if due_this_week:
        monday = today - dt.timedelta(days=today.weekday())
        sunday = monday + dt.timedelta(days=6)
        rows = [r for r in rows if r.current and r.current.due and monday <= r.current.due <= sunday]
    return rows


def cases_json(rows: list[CaseRow]) -> dict[str, object]:
    return {"cases": [{"number": r.number, "status": r.status, "applicant": r.applicant,
                       "late_application": r.late_application,
                       "steps": [s.as_json() for s in r.steps], "conclusion": r.conclusion,
                       "mitigation": r.mitigation} for r in rows]}


@dataclass(frozen=True)
class CaseList:
    """What the tab shows in one read: the filtered rows, the overdue count of all cases (the tab's
    title), and the choices of the year and unit filters."""

    rows: list[CaseRow]
    overdue: int
    years: list[int]
    units: list[UnitChoice]


def case_list(session: Session, today: dt.date | None = None, *, year: int | None = None,
              status: str | None = None, overdue_only: bool = False, unit_id: int | None = None,
              due_this_week: bool = False) -> CaseList:
    today = today or dt.date.today()
    everything = case_rows(session, today=today)
    rows = filter_rows(everything, today, year=year, status=status, overdue_only=overdue_only, unit_id=unit_id,
                       due_this_week=due_this_week)
    return CaseList(rows, sum(1 for r in everything if r.overdue), case_years(session), unit_choices(session))


def overdue_count(session: Session, today: dt.date | None = None) -> int:
    return sum(1 for r in case_rows(session, today) if r.overdue)


@dataclass(frozen=True)
class CaseDetail:
    row: CaseRow
    case: dict[str, object]  # plain copy of the case columns
    circumstances: list[tuple[int, str]]
    exclusions: list[str]
    evidence: list[dict[str, object]]
    hearings: list[dict[str, object]]
    filings: list[dict[str, object]]
    corrections: list[dict[str, object]]
    clarifications: list[dict[str, object]]
    next_actions: tuple[CaseAction, ...]  # the steps of 第八条 that come next
    scope_problem: str | None
    allowed_conclusions: tuple[Conclusion, ...]
    conclusion_limit: str
    allowed: frozenset[CaseAction]  # what the case allows now (zydesk.core.tolerance.machine)
    refused: dict[CaseAction, str]  # why each other action is not allowed


def case_detail(session: Session, case_id: int, today: dt.date | None = None) -> CaseDetail:
    today = today or dt.date.today()
    case = get_case(session, case_id)
    row = _row(case, load_calendar(session), today, filing_days(session), _unit_of_cadres(session))
    plain = {c.key: getattr(case, c.key) for c in ToleranceCase.__table__.columns}
    allowed, why = rules.a07_allowed_conclusions(list(case.exclusions or []))
    facts = action_facts(case)
    refused = {a: r for a in CaseAction if (r := machine.refusal(facts, a)) is not None}
    clar = session.scalars(select(ToleranceClarification).where(ToleranceClarification.case_id == case_id)).all()
    return CaseDetail(
        row=row, case=plain,
        circumstances=[(i, rules.a06_circumstance_text(i)) for i in case.circumstances or []],
        exclusions=list(case.exclusions or []),
        evidence=[{"stage": e.stage, "title": e.title, "source": e.source, "received_on": e.received_on}
                  for e in case.evidence],
        hearings=[{"heard_on": h.heard_on, "party": h.party, "summary": h.summary} for h in case.hearings],
        filings=[{"role": f.role, "mode": f.mode, "recipient": f.recipient, "sent_on": f.sent_on}
                 for f in case.filings],
        corrections=[{"id": c.id, "item": c.measure_item, "measure": c.measure, "handling_item": c.handling_item,
                      "handling_body": c.handling_body, "decided_on": c.decided_on, "requirement": c.requirement,
                      "closed_on": c.closed_on,
                      "followups": [{"on": f.on, "text": f.text, "closes": f.closes} for f in c.followups]}
                     for c in case.corrections],
        clarifications=[{"kind": c.kind, "method": c.method, "on": c.on, "subject": c.subject,
                         "summary": c.summary} for c in clar],
        next_actions=rules.NEXT_ACTIONS.get(CaseStatus(case.status), ()),
        scope_problem=rules.a16_out_of_scope(case.accountability_concluded),
        allowed_conclusions=allowed, conclusion_limit=why,
        allowed=frozenset(a for a in CaseAction if a not in refused), refused=refused,
    )


@dataclass(frozen=True)
class Reminder:
    text: str
    case_id: int | None  # the case the reminder is about (the window opens it), None for the calendar


def startup_reminders(session: Session, today: dt.date | None = None) -> list[str]:
    """What the main window shows at start-up: the calendar reminder (November/December), the 关心关爱
    coverage still missing this year (October on), then overdue steps and steps due within 2 working days,
    each with its article."""
    return [r.text for r in reminder_items(session, today)]


def reminder_items(session: Session, today: dt.date | None = None) -> list[Reminder]:
    """startup_reminders, each with the case it is about."""
    from zydesk.services import workdays

    today = today or dt.date.today()
    from zydesk.services.incentives import care

    out = [Reminder(text, None) for text in workdays.startup_reminders(session, today)]
    out += [Reminder(text, None) for text in care.startup_reminders(session, today)]  # 关心关爱, Oct–Dec
    for row in case_rows(session, today):
        messages: list[str] = []
        for step in row.steps:
            if step.overdue:
                messages.append(f"{row.number}（{row.applicant}）“{step.step}”已逾期：期限 {step.due}，"
                                f"依据{step.citation}（{step.rule}）")
            elif step.reminder_passed:
                messages.append(f"{row.number}（{row.applicant}）不予容错，尚未“{step.step}”：提醒日 {step.due} 已过。"
                                f"{step.citation}：{step.rule}")
        cur = row.current
        if row.due_soon and cur is not None:
            left = "今天到期" if cur.days_left == 0 else f"还剩 {cur.days_left} 个工作日"
            messages.append(f"{row.number}（{row.applicant}）“{cur.step}”将于 {cur.due} 到期，{left}，"
                            f"依据{cur.citation}")
        out.extend(Reminder(text, row.id) for text in messages)
    return out


# ---- small reads for forms ----------------------------------------------------------------------------

def find_cadre(session: Session, id_number: str) -> tuple[int, str] | None:
    """(id, name) of the cadre with this 公民身份号码, for linking an applicant."""
    row = session.execute(select(Cadre.id, Cadre.name).where(Cadre.id_number == id_number.strip().upper())).first()
    return (row[0], row[1]) if row else None


def case_years(session: Session) -> list[int]:
    return list(session.scalars(select(ToleranceCase.year).distinct().order_by(ToleranceCase.year.desc())))


# ---- settings (readings of the policy, docs/policy-readings.md) ---------------------------------------

@dataclass(frozen=True)
class ToleranceSettings:
    filing_workdays: int  # 报备: working days after the feedback (0 = “同时”, the same day)
    case_prefix: str
    # the settings' versions as read (settings.setting_versions): a save over a newer change is refused
    versions: dict[str, int] = field(default_factory=dict, compare=False)


def load_settings(session: Session) -> ToleranceSettings:
    return ToleranceSettings(filing_days(session), str(get_setting(session, CASE_PREFIX_KEY, DEFAULT_PREFIX)),
                             setting_versions(session, (FILING_DAYS_KEY, CASE_PREFIX_KEY)))
