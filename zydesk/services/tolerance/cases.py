"""容错纠错 case files: one function per step of 第八条, each one transaction.

Every write asks the state machine (zydesk.core.tolerance.machine) whether the case allows the action, so
a step cannot be skipped or done again and a record is kept only at its stage; dates are checked against
the step before and today. Input problems are a ValidationError whose FieldErrors name the form's fields.
This module is the area's entry point: it re-exports the reads (zydesk.services.tolerance.reads) and the
protections of 第十一条/第十二条 that other modules call (zydesk.services.tolerance.protect).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from itertools import pairwise

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from zydesk.core.dates import add_months
from zydesk.core.security.roles import Permission
from zydesk.core.tolerance import machine, rules
from zydesk.core.tolerance.values import CaseAction, CaseStatus, Conclusion
from zydesk.core.workdays import Calendar
from zydesk.errors import FieldError, UserError, ValidationError
from zydesk.services.conflicts import check_version, stale_as_conflict
from zydesk.services.settings import check_versions, get_setting, put_setting
from zydesk.services.tolerance.protect import (
    ImpactPeriod,
    Protection,
    case_conclusion,
    impact_period,
    is_matter_tolerated,
    protection_notes,
    protections,
)
from zydesk.services.tolerance.reads import (
    CASE_PREFIX_KEY,
    DEFAULT_PREFIX,
    FILING_DAYS_KEY,
    CaseDetail,
    CaseList,
    CaseRow,
    ToleranceSettings,
    action_facts,
    case_detail,
    case_list,
    case_rows,
    case_years,
    cases_json,
    filter_rows,
    find_cadre,
    get_case,
    load_settings,
    overdue_count,
    startup_reminders,
)
from zydesk.services.workdays import load_calendar
from zydesk.storage.models import Cadre, Unit
from zydesk.storage.models_printing import DocNumber, IssuingBody
from zydesk.storage.models_tolerance import (
    ToleranceCase,
    ToleranceClarification,
    ToleranceCorrection,
    ToleranceEvidence,
    ToleranceFiling,
    ToleranceFollowup,
    ToleranceHearing,
)
from zydesk.storage.uow import Database, retried

# the area's entry point: its own steps and the re-exported reads and protections
__all__ = ["AMEND_DATES", "AMEND_TEXT", "CASE_PREFIX_KEY", "CLARIFY_KINDS", "DEFAULT_PREFIX", "FILING_DAYS_KEY",
           "REFER", "REQUIRED", "CaseDetail", "CaseInput", "CaseList", "CaseRow", "FilingInput", "ImpactPeriod",
           "Protection", "Registered", "ToleranceSettings", "accept_case", "action_facts", "add_clarification",
           "add_correction", "add_evidence", "add_followup", "add_hearing", "allocate_case_number", "amend_case",
           "case_conclusion", "case_detail", "case_list", "case_rows", "case_years", "cases_json", "close_case",
           "conclude_case", "feedback_case", "file_case", "filter_rows", "find_cadre", "get_case", "impact_period",
           "is_matter_tolerated", "load_settings", "overdue_count", "protection_notes", "protections", "refuse_case",
           "register_case", "report_case", "save_settings", "set_circumstances", "set_exclusions", "startup_reminders",
           "validate_case_input"]

# ---- case numbers -------------------------------------------------------------------------------------

def allocate_case_number(session: Session, year: int, title: str = "", source: str = "") -> tuple[str, int]:
    """Next 紫容〔YEAR〕N号 for the year, in the caller's transaction.

    When the document-number registry (zydesk.printing.registry) has an issuing body whose 代字 is the
    case prefix (add one under 发文机关 with 代字 紫容), the number is also recorded there, in the same
    transaction as the case, so the registry's 登记簿 lists every case number without gaps. Otherwise the
    case register is its own sequence. Either way (year, seq) is unique in tolerance_case."""
    prefix = get_setting(session, CASE_PREFIX_KEY, DEFAULT_PREFIX)
    seq = session.scalar(select(func.max(ToleranceCase.seq)).where(ToleranceCase.year == year)) or 0
    body_id = session.scalar(select(IssuingBody.id).where(IssuingBody.prefix == prefix, IssuingBody.active.is_(True)))
    if body_id is not None:
        seq = max(seq, session.scalar(select(func.max(DocNumber.seq)).where(
            DocNumber.prefix == prefix, DocNumber.year == year)) or 0)
    seq += 1
    number = f"{prefix}〔{year}〕{seq}号"
    if body_id is not None:
        uow = session.info.get("uow")
        session.add(DocNumber(body_id=body_id, prefix=prefix, year=year, seq=seq, title=title or "容错认定案件",
                              source=source or "tolerance-case", status="已用", issued_at=dt.datetime.now(),
                              issued_by=getattr(uow, "user", "") or ""))
    return number, seq


# ---- inputs -------------------------------------------------------------------------------------------

@dataclass
class CaseInput:
    applicant_type: str  # 单位 / 组织 / 个人
    applicant_name: str
    matter: str
    accountability_started: dt.date | None
    host_body: str
    host_kind: str
    applied_on: dt.date | None
    circumstances: list[int] = field(default_factory=list)
    applicant_unit_id: int | None = None
    applicant_cadre_id: int | None = None
    accountability_concluded: dt.date | None = None
    late_reason: str | None = None
    evidence: list[str] = field(default_factory=list)
    note: str | None = None
    applicant_id_number: str | None = None  # 公民身份号码: links the cadre when no id is given


@dataclass(frozen=True)
class Registered:
    case_id: int
    number: str
    late: bool
    application_due: dt.date
    out_of_scope: str | None


@dataclass(frozen=True)
class FilingInput:
    role: str
    recipient: str
    sent_on: dt.date | None


REQUIRED = "必填"


def _raise(errors: list[FieldError]) -> None:
    if errors:
        raise ValidationError(errors)


def _required(**values: object) -> list[FieldError]:
    """必填 for each label whose value is empty (labels are the form's field names)."""
    return [FieldError(label, REQUIRED) for label, v in values.items()
            if v is None or (isinstance(v, str) and not v.strip())]


def _dates(label: str, what: str, day: dt.date, after: dt.date | None, after_what: str,
           today: dt.date) -> list[FieldError]:
    return [FieldError(label, p) for p in rules.check_step_date(what, day, after, after_what, today)]


def _allowed(case: ToleranceCase, action: CaseAction) -> None:
    machine.require(action_facts(case), action)


def validate_case_input(session: Session, data: CaseInput, calendar: Calendar, today: dt.date) -> list[FieldError]:
    errors: list[FieldError] = []

    def bad(label: str, message: str) -> None:
        errors.append(FieldError(label, message))

    if data.applicant_type not in rules.APPLICANT_TYPES:
        bad("申请人类型", f"应为{'、'.join(rules.APPLICANT_TYPES)}之一")
    if data.applicant_type == "个人" and data.applicant_cadre_id is None and not data.applicant_name.strip():
        bad("申请人名称", "个人申请须选择干部或填写姓名")
    if data.applicant_type == "单位" and data.applicant_unit_id is None and not data.applicant_name.strip():
        bad("申请人名称", "单位申请须选择单位或填写单位名称")
    if data.applicant_cadre_id is not None and session.get(Cadre, data.applicant_cadre_id) is None:
        bad("公民身份号码", "所选干部不存在")
    if data.applicant_unit_id is not None and session.get(Unit, data.applicant_unit_id) is None:
        bad("关联单位", "所选单位不存在")
    if not data.matter.strip():
        bad("问责追责事由", REQUIRED)
    if not data.host_body.strip():
        bad("主办单位", f"须填写启动问责追责的单位（{rules.cite(10)}）")
    if data.host_kind not in rules.HOST_KINDS:
        bad("主办单位类别", f"应为{'、'.join(rules.HOST_KINDS)}之一")
    wrong = [i for i in data.circumstances if not 1 <= i <= 18]
    if wrong:
        bad("容错情形", f"应为第六条第（一）至（十八）项，{wrong} 不在其中")
    started, applied = data.accountability_started, data.applied_on
    errors += _required(启动问责追责日期=started, 申请日期=applied)
    if started is None or applied is None:
        return errors
    errors += _dates("申请日期", "申请", applied, started, "启动问责追责", today)
    if started > today:
        bad("启动问责追责日期", "晚于今天")
    if data.accountability_concluded and data.accountability_concluded < started:
        bad("问责处理完毕日期", "早于启动问责追责日期")
    due = rules.a08_1_application_due(calendar, started)
    if applied > due and not (data.late_reason or "").strip():
        bad("逾期登记理由", f"逾期申请：应在启动问责追责后7个工作日内（{due.isoformat()}前）提出"
                      f"（{rules.cite(8, 1)}）；如仍登记，请填写登记理由")
    return errors


def _applicant_name(session: Session, data: CaseInput) -> str:
    if data.applicant_name.strip():
        return data.applicant_name.strip()
    if data.applicant_cadre_id is not None:
        cadre = session.get(Cadre, data.applicant_cadre_id)
        return cadre.name if cadre else ""
    if data.applicant_unit_id is not None:
        unit = session.get(Unit, data.applicant_unit_id)
        return unit.name if unit else ""
    return ""


def register_case(db: Database, data: CaseInput, today: dt.date | None = None) -> Registered:
    """第八条（一）: register a written application. A late one needs a reason and stays flagged 逾期申请."""
    db.require(Permission.ENTER)
    today = today or dt.date.today()
    for _attempt in range(5):
        try:
            return _register(db, data, today)
        except IntegrityError:  # another PC took the same number at the same moment: take the next one
            continue
    raise UserError("案件编号分配冲突，请稍后重试。")


def _link_cadre(session: Session, data: CaseInput) -> list[FieldError]:
    """A 公民身份号码 typed in the form links the applicant's cadre record (and gives the name)."""
    if data.applicant_cadre_id is not None or not (data.applicant_id_number or "").strip():
        return []
    found = find_cadre(session, data.applicant_id_number or "")
    if found is None:
        return [FieldError("公民身份号码", "干部档案中没有这个号码")]
    data.applicant_cadre_id = found[0]
    return []


def _register(db: Database, data: CaseInput, today: dt.date) -> Registered:
    with db.uow("登记容错申请", Permission.ENTER) as uow:
        s = uow.session
        calendar = load_calendar(s)
        errors = _link_cadre(s, data)
        _raise(errors + validate_case_input(s, data, calendar, today))
        assert data.applied_on is not None and data.accountability_started is not None
        number, seq = allocate_case_number(s, data.applied_on.year,
                                           f"容错认定案件：{_applicant_name(s, data)} {data.matter.strip()[:40]}")
        due = rules.a08_1_application_due(calendar, data.accountability_started)
        late = data.applied_on > due
        case = ToleranceCase(
            number=number, year=data.applied_on.year, seq=seq, status=CaseStatus.APPLIED,
            applicant_type=data.applicant_type, applicant_unit_id=data.applicant_unit_id,
            applicant_cadre_id=data.applicant_cadre_id, applicant_name=_applicant_name(s, data),
            matter=data.matter.strip(), accountability_started=data.accountability_started,
            accountability_concluded=data.accountability_concluded, host_body=data.host_body.strip(),
            host_kind=data.host_kind, circumstances=sorted(set(data.circumstances)), applied_on=data.applied_on,
            late_reason=((data.late_reason or "").strip() or None) if late else None, exclusions=[],
            note=data.note)
        for title in data.evidence:
            if title.strip():
                case.evidence.append(ToleranceEvidence(stage="申请", title=title.strip(), received_on=data.applied_on))
        s.add(case)
        uow.commit()
        return Registered(case.id, number, late, due, rules.a16_out_of_scope(data.accountability_concluded))


def accept_case(db: Database, case_id: int, on: dt.date | None, note: str | None = None,
                today: dt.date | None = None) -> None:
    """第八条（二）受理. Refused when out of scope (第十六条) or a 第七条 exclusion is already confirmed."""
    db.require(Permission.DECIDE)
    today = today or dt.date.today()
    with db.uow("受理容错申请", Permission.DECIDE) as uow:
        case = get_case(uow.session, case_id)
        _allowed(case, CaseAction.ACCEPT)
        if not case.circumstances:
            raise UserError(f"受理前须对照{rules.cite(6)}选定申请所称的容错情形")
        _raise(_required(受理日期=on))
        assert on is not None
        _raise(_dates("受理日期", "受理", on, case.applied_on, "申请", today))
        case.status, case.accepted, case.accepted_on, case.acceptance_note = CaseStatus.ACCEPTED, True, on, note
        uow.commit()


def refuse_case(db: Database, case_id: int, on: dt.date | None, reason: str, today: dt.date | None = None) -> None:
    """第八条（二）: not within the scope — 解释答复 within 3 working days. Ends the case."""
    db.require(Permission.DECIDE)
    today = today or dt.date.today()
    with db.uow("不予受理容错申请", Permission.DECIDE) as uow:
        case = get_case(uow.session, case_id)
        _allowed(case, CaseAction.REFUSE)
        errors = _required(答复日期=on)
        if not reason.strip():
            errors.append(FieldError("解释答复的理由", f"不予受理须写明解释答复的理由（{rules.cite(8, 2)}）"))
        _raise(errors)
        assert on is not None
        _raise(_dates("答复日期", "不予受理", on, case.applied_on, "申请", today))
        case.status, case.accepted, case.accepted_on = CaseStatus.REFUSED, False, on
        case.acceptance_note = reason.strip()
        case.closed_on = on
        uow.commit()


def set_circumstances(db: Database, case_id: int, items: list[int]) -> None:
    with db.uow("修改容错情形", Permission.ENTER) as uow:
        case = get_case(uow.session, case_id)
        _allowed(case, CaseAction.CIRCUMSTANCES)
        if any(not 1 <= i <= 18 for i in items):
            raise ValidationError([FieldError("容错情形", "应为第六条第（一）至（十八）项")])
        case.circumstances = sorted(set(items))
        uow.commit()


def set_exclusions(db: Database, case_id: int, keys: list[str]) -> None:
    """第七条 checklist: confirmed items force 不予容错 (or 不予受理 before acceptance)."""
    db.require(Permission.DECIDE)
    known = {e.key for e in rules.EXCLUSIONS}
    if set(keys) - known:
        raise ValidationError([FieldError("已确认的情形", f"未知的第七条情形：{'、'.join(sorted(set(keys) - known))}")])
    with db.uow("确认第七条情形", Permission.DECIDE) as uow:
        case = get_case(uow.session, case_id)
        _allowed(case, CaseAction.EXCLUSIONS)
        case.exclusions = [e.key for e in rules.EXCLUSIONS if e.key in keys]
        uow.commit()


def add_evidence(db: Database, case_id: int, title: str, source: str | None = None,
                 received_on: dt.date | None = None) -> None:
    with db.uow("登记证据材料", Permission.ENTER) as uow:
        case = get_case(uow.session, case_id)
        _allowed(case, CaseAction.EVIDENCE)
        _raise(_required(材料名称=title))
        stage = "申请" if case.status == CaseStatus.APPLIED else "核查"
        case.evidence.append(ToleranceEvidence(stage=stage, title=title.strip(), source=source,
                                               received_on=received_on))
        uow.commit()


def add_hearing(db: Database, case_id: int, heard_on: dt.date | None, party: str, summary: str) -> None:
    """第八条（三）: 充分听取有关单位、组织或个人的申诉意见."""
    with db.uow("登记申诉意见", Permission.ENTER) as uow:
        case = get_case(uow.session, case_id)
        _allowed(case, CaseAction.HEARING)
        _raise(_required(听取日期=heard_on, 申诉人=party, 申诉意见=summary))
        assert heard_on is not None
        if case.accepted_on and heard_on < case.accepted_on:
            raise ValidationError([FieldError("听取日期", "听取申诉意见的日期早于受理日期")])
        case.hearings.append(ToleranceHearing(heard_on=heard_on, party=party.strip(), summary=summary.strip()))
        uow.commit()


def report_case(db: Database, case_id: int, on: dt.date | None, summary: str, today: dt.date | None = None) -> None:
    """第八条（三）: the 调查报告 is formed."""
    db.require(Permission.ENTER)
    today = today or dt.date.today()
    with db.uow("形成调查报告", Permission.ENTER) as uow:
        case = get_case(uow.session, case_id)
        _allowed(case, CaseAction.INVESTIGATE)
        _raise(_required(调查报告日期=on, 调查报告主要结论=summary))
        assert on is not None
        _raise(_dates("调查报告日期", "调查报告", on, case.accepted_on, "受理", today))
        case.status, case.report_on, case.report_summary = CaseStatus.REPORTED, on, summary.strip()
        uow.commit()


def conclude_case(db: Database, case_id: int, on: dt.date | None, conclusion: str, reason: str,
                  mitigation: str | None = None, handling: str | None = None, impact_months: int | None = None,
                  today: dt.date | None = None) -> None:
    """第八条（四）认定; 第十二条 免责 / 减责（从轻、减轻, with any 影响期）; 第七条 forces 不予容错."""
    db.require(Permission.DECIDE)
    today = today or dt.date.today()
    with db.uow("作出容错认定", Permission.DECIDE) as uow:
        case = get_case(uow.session, case_id)
        _allowed(case, CaseAction.CONCLUDE)
        _raise(_required(认定日期=on, 认定理由=reason))
        assert on is not None
        errors = [FieldError("认定结论", p) for p in rules.a12_check_conclusion(
            conclusion, mitigation, list(case.exclusions or []), list(case.circumstances or []), impact_months)]
        errors += _dates("认定日期", "认定", on, case.report_on, "调查报告", today)
        _raise(errors)
        case.status, case.concluded_on, case.conclusion = CaseStatus.CONCLUDED, on, Conclusion(conclusion)
        case.mitigation = mitigation if conclusion == Conclusion.REDUCED else None
        case.conclusion_reason = reason.strip()
        case.handling = (handling or "").strip() or None
        case.impact_months = impact_months
        case.impact_end = add_months(on, impact_months) if impact_months else None
        uow.commit()


def feedback_case(db: Database, case_id: int, on: dt.date | None, publicity: str | None = None,
                  today: dt.date | None = None) -> None:
    """第八条（五）: feedback to the applicant; a 免责 conclusion is made public within a certain scope."""
    db.require(Permission.ENTER)
    today = today or dt.date.today()
    with db.uow("反馈认定结果", Permission.ENTER) as uow:
        case = get_case(uow.session, case_id)
        _allowed(case, CaseAction.FEEDBACK)
        errors = _required(反馈日期=on)
        if case.conclusion == Conclusion.EXEMPTED and not (publicity or "").strip():
            errors.append(FieldError("公开范围和方式", f"属于免责的，应当在一定范围内公开（{rules.cite(8, 5)}）："
                                                 "请填写公开的范围和方式"))
        _raise(errors)
        assert on is not None
        _raise(_dates("反馈日期", "反馈", on, case.concluded_on, "认定", today))
        case.status, case.feedback_on = CaseStatus.FED_BACK, on
        case.publicity = (publicity or "").strip() or None
        uow.commit()


def file_case(db: Database, case_id: int, recipients: list[FilingInput], today: dt.date | None = None) -> None:
    """第八条（六）报备: each recipient recorded; 同级党委、政府 and the 纪检监察机关、组织人事部门 are required."""
    db.require(Permission.ENTER)
    today = today or dt.date.today()
    roles = {r.role: r for r in rules.FILING_ROLES}
    errors: list[FieldError] = []
    given = {f.role: f for f in recipients if f.recipient.strip()}
    for f in recipients:
        if f.role not in roles:
            errors.append(FieldError("报备对象", f"未知的报备对象“{f.role}”"))
    for r in rules.FILING_ROLES:
        if r.required and r.role not in given:
            errors.append(FieldError(r.label, f"须填写{r.mode}对象“{r.role}”（{rules.cite(8, 6)}）"))
    if any(f.sent_on is None for f in given.values()):
        errors += _required(报备日期=None)
    with db.uow("报备认定结果", Permission.ENTER) as uow:
        case = get_case(uow.session, case_id)
        _allowed(case, CaseAction.FILE)
        _raise(errors)
        for f in given.values():
            assert f.sent_on is not None
            errors += _dates("报备日期", f"{f.role}报备", f.sent_on, case.feedback_on, "反馈", today)
        _raise(errors)
        for f in given.values():
            case.filings.append(ToleranceFiling(role=f.role, mode=roles[f.role].mode, recipient=f.recipient.strip(),
                                                sent_on=f.sent_on))
        case.status, case.filed_on = CaseStatus.FILED, max(f.sent_on for f in given.values() if f.sent_on)
        uow.commit()


def add_correction(db: Database, case_id: int, form: str, decided_on: dt.date | None,
                   requirement: str | None = None, handling_item: int | None = None,
                   handling_body: str | None = None) -> int:
    """第九条 measure for a tolerated case; the 第十条 handling body is proposed from the form unless given."""
    db.require(Permission.DECIDE)
    measure = rules.a09_measure_by_form(form)
    item, body, _why = rules.a10_proposed_handling(form)
    with db.uow("登记纠错措施", Permission.DECIDE) as uow:
        case = get_case(uow.session, case_id)
        _allowed(case, CaseAction.CORRECTION)
        errors = _required(决定日期=decided_on)
        if decided_on and case.concluded_on and decided_on < case.concluded_on:
            errors.append(FieldError("决定日期", "纠错措施的决定日期早于认定日期"))
        if handling_item is not None and handling_item not in rules.HANDLING_BODIES:
            errors.append(FieldError("主办单位", "主办单位应为第十条第（一）至（六）项之一"))
        _raise(errors)
        row = ToleranceCorrection(measure_item=measure.item, measure=form,
                                  handling_item=handling_item if handling_item is not None else item,
                                  handling_body=(handling_body or "").strip() or body, decided_on=decided_on,
                                  requirement=requirement)
        case.corrections.append(row)
        uow.session.flush()
        uow.commit()
        return row.id


def add_followup(db: Database, correction_id: int | None, on: dt.date | None, text: str,
                 closes: bool = False) -> None:
    """整改情况 on a correction; closes=True marks it 整改到位."""
    db.require(Permission.ENTER)
    _raise(_required(纠错措施=correction_id, 日期=on, 整改情况=text))
    assert on is not None
    with db.uow("登记整改情况", Permission.ENTER) as uow:
        row = uow.session.get(ToleranceCorrection, correction_id)
        if row is None:
            raise ValidationError([FieldError("纠错措施", "纠错措施不存在")])
        if row.closed_on is not None:
            raise UserError(f"该纠错措施已于{row.closed_on.isoformat()}整改到位，不能再登记")
        if on < row.decided_on:
            raise ValidationError([FieldError("日期", "整改情况日期早于纠错措施的决定日期")])
        row.followups.append(ToleranceFollowup(on=on, text=text.strip(), closes=closes))
        if closes:
            row.closed_on = on
        uow.commit()


def close_case(db: Database, case_id: int, on: dt.date | None, today: dt.date | None = None) -> None:
    db.require(Permission.DECIDE)
    today = today or dt.date.today()
    with db.uow("案件办结", Permission.DECIDE) as uow:
        case = get_case(uow.session, case_id)
        _allowed(case, CaseAction.CLOSE)
        _raise(_required(办结日期=on))
        assert on is not None
        _raise(_dates("办结日期", "办结", on, case.filed_on, "报备", today))
        case.status, case.closed_on = CaseStatus.CLOSED, on
        uow.commit()


CLARIFY_KINDS = ("澄清", "查处")
REFER = "移送查处"


def add_clarification(db: Database, kind: str, subject: str, method: str, on: dt.date | None, summary: str,
                      cadre_id: int | None = None, unit_id: int | None = None, case_id: int | None = None,
                      id_number: str | None = None) -> int:
    """第十三条（一）澄清 (谈心鼓励 / 召开会议 / 通报) or （三）查处 of a malicious accusation (移送查处).
    Without a case, a 公民身份号码 links the cadre whose page then shows 已澄清（第十三条）."""
    db.require(Permission.ENTER)
    errors: list[FieldError] = []
    if kind not in CLARIFY_KINDS:
        errors.append(FieldError("类别", "应为“澄清”（第十三条第（一）项）或“查处”（第十三条第（三）项）"))
    if kind == "澄清" and method not in rules.CLARIFY_METHODS:
        errors.append(FieldError("澄清方式", f"应为{'、'.join(rules.CLARIFY_METHODS)}之一（{rules.cite(13, 1)}）"))
    errors += _required(对象=subject, 日期=on, 情况=summary)
    with db.uow("登记澄清保护" if kind == "澄清" else "登记诬告查处", Permission.ENTER) as uow:
        if case_id is not None:
            case = get_case(uow.session, case_id)
            _allowed(case, CaseAction.CLARIFY)
            cadre_id = cadre_id if cadre_id is not None else case.applicant_cadre_id
        if (id_number or "").strip():
            found = find_cadre(uow.session, id_number or "")
            if found is None:
                errors.append(FieldError("公民身份号码", "干部档案中没有这个号码"))
            else:
                cadre_id = found[0]
        _raise(errors)
        row = ToleranceClarification(kind=kind, subject=subject.strip(), method=method if kind == "澄清" else REFER,
                                     on=on, summary=summary.strip(), cadre_id=cadre_id, unit_id=unit_id,
                                     case_id=case_id)
        uow.session.add(row)
        uow.session.flush()
        uow.commit()
        return row.id


# ---- 更正: fixing a data-entry mistake (not a step of the procedure) -----------------------------------

AMEND_TEXT = {"applicant_name": "申请人名称", "matter": "问责追责事由", "host_body": "主办单位", "host_kind": "主办单位类别",
              "late_reason": "逾期登记理由", "acceptance_note": "受理说明或不予受理理由", "report_summary": "调查报告主要结论",
              "conclusion_reason": "认定理由", "handling": "处理方式", "publicity": "公开范围和方式", "note": "备注"}
AMEND_DATES = {"accountability_started": "启动问责追责日期", "accountability_concluded": "问责处理完毕日期",
               "applied_on": "申请日期", "accepted_on": "受理日期", "report_on": "调查报告日期",
               "concluded_on": "认定日期", "feedback_on": "反馈日期", "filed_on": "报备日期"}
_ORDER = ("accountability_started", "applied_on", "accepted_on", "report_on", "concluded_on", "feedback_on")


@retried
def amend_case(db: Database, case_id: int, changes: dict[str, object], reason: str,
               today: dt.date | None = None, version: int | None = None) -> list[str]:
    """`version`: the case's version as the form read it (CaseDetail.case["version"]): a correction over
    someone else's newer change is refused with who and when (EditConflict)."""
    with stale_as_conflict(db, "ToleranceCase", case_id):
        return _amend_case(db, case_id, changes, reason, today, version)


def _amend_case(db: Database, case_id: int, changes: dict[str, object], reason: str,
                today: dt.date | None, version: int | None) -> list[str]:
    """Correct recorded facts (a typo, a wrong date) with a reason; the status, the conclusion and the
    第七条 items are decisions and are not corrected here. Dates keep the order of the procedure and a
    step not yet done gets no date. Returns the labels changed; the audit keeps before, after and reason."""
    db.require(Permission.ENTER)
    today = today or dt.date.today()
    if not reason.strip():
        raise ValidationError([FieldError("更正理由", "更正须写明理由（将记入操作日志）")])
    unknown = set(changes) - set(AMEND_TEXT) - set(AMEND_DATES)
    if unknown:
        raise UserError(f"不能更正的项目：{'、'.join(sorted(unknown))}")
    with db.uow("更正案件记录", Permission.ENTER) as uow:
        case = get_case(uow.session, case_id)
        check_version(uow.session, case, version, case_id)
        _allowed(case, CaseAction.AMEND)
        new = {k: getattr(case, k) for k in (*AMEND_TEXT, *AMEND_DATES)}
        for key, value in changes.items():
            if key in AMEND_TEXT:
                value = (str(value).strip() if value is not None else "") or None
            new[key] = value
        errors: list[FieldError] = []
        for key in ("applicant_name", "matter", "host_body", "host_kind"):
            if not new[key]:
                errors.append(FieldError(AMEND_TEXT[key], "不能为空"))
        if new["host_kind"] and new["host_kind"] not in rules.HOST_KINDS:
            errors.append(FieldError("主办单位类别", f"应为{'、'.join(rules.HOST_KINDS)}之一"))
        for key, label in AMEND_DATES.items():
            value = new[key]
            if value is not None and not isinstance(value, dt.date):
                errors.append(FieldError(label, "不是日期"))
            elif getattr(case, key) is None and value is not None and key != "accountability_concluded":
                errors.append(FieldError(label, "该环节尚未办理，请通过办理环节登记，不能以更正补录"))
            elif getattr(case, key) is not None and value is None and key != "accountability_concluded":
                errors.append(FieldError(label, "已办理环节的日期不能删除"))
            elif isinstance(value, dt.date) and value > today:
                errors.append(FieldError(label, f"{value.isoformat()} 晚于今天"))
        if not errors:
            dates = [(AMEND_DATES[k], new[k]) for k in _ORDER if new[k] is not None]
            for (a_label, a), (b_label, b) in pairwise(dates):
                if b < a:
                    errors.append(FieldError(b_label, f"{b} 早于«{a_label}» {a}"))
            if new["filed_on"] is not None and new["feedback_on"] is not None and new["filed_on"] < new["feedback_on"]:
                errors.append(FieldError("报备日期", "早于«反馈日期»"))
            due = rules.a08_1_application_due(load_calendar(uow.session), new["accountability_started"])
            if new["applied_on"] > due and not new["late_reason"]:
                errors.append(FieldError("逾期登记理由", f"更正后为逾期申请（应在{due.isoformat()}前提出，"
                                                   f"{rules.cite(8, 1)}），须填写逾期登记理由"))
        _raise(errors)
        changed = [label for key, label in {**AMEND_TEXT, **AMEND_DATES}.items() if new[key] != getattr(case, key)]
        if not changed:
            return []
        for key in (*AMEND_TEXT, *AMEND_DATES):
            setattr(case, key, new[key])
        if case.impact_months and case.concluded_on:
            case.impact_end = add_months(case.concluded_on, case.impact_months)
        uow.audit("ToleranceCase", str(case.id), after={"更正理由": reason.strip(), "更正项目": changed},
                  action="更正案件记录")
        uow.commit()
        return changed


def save_settings(db: Database, value: ToleranceSettings) -> None:
    """Both settings in one transaction (all-years values)."""

    db.require(Permission.POLICY_SETTINGS)
    errors = []
    if not 0 <= value.filing_workdays <= 10:
        errors.append(FieldError("报备期限", f"应为反馈后 0 至 10 个工作日（0 即与反馈同时，{rules.cite(8, 6)}）"))
    prefix = value.case_prefix.strip()
    if not prefix or any(ch in prefix for ch in "〔〕[]()（）0123456789号"):
        errors.append(FieldError("案件编号前缀", "案件编号前缀只写代字（如 紫容），不含年份、序号和括号"))
    _raise(errors)
    with db.uow("修改容错纠错设置", Permission.POLICY_SETTINGS) as uow:
        check_versions(uow.session, value.versions)  # as the dialog read them
        for key, v in ((FILING_DAYS_KEY, value.filing_workdays), (CASE_PREFIX_KEY, prefix)):
            put_setting(uow.session, key, v)
        uow.commit()
