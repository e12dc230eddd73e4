"""容错认定 procedure as pure rules: the status machine, the working-day deadlines of 第八条, the 第七条
exclusions, 第十六条 scope, the conclusion rules of 第十二条 and the 第九条 → 第十条 handling body.

Nothing here touches the database: the service builds a CaseFacts and a Calendar and asks.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from zydesk.core.citation import Citation, Doc, cn_number
from zydesk.core.tolerance import policy
from zydesk.core.tolerance.values import CaseAction, CaseStatus, Conclusion, Mitigation, Step, StepState
from zydesk.core.workdays import ESTIMATE_NOTE, Calendar, add_workdays, workdays_between
from zydesk.errors import UserError

# cn_number and policy are re-exported: the tab and the documents use them through rules
__all__ = ["ACCEPTED", "ACTIONS", "APPLICANT_TYPES", "APPLIED", "CLARIFY_METHODS", "CLOSED", "CONCLUDED", "CONCLUSIONS",
           "EXCLUSIONS", "FED_BACK", "FILED", "FILING_ROLES", "HANDLING_BODIES", "HOST_KINDS", "IN_FORCE", "MEASURES",
           "MITIGATIONS", "NEXT_ACTIONS", "OPEN_STATUSES", "PROTECTIONS", "REFUSED", "REPORTED", "STATUSES", "A",
           "Action", "CaseFacts", "Exclusion", "FilingRole", "Measure", "StepRefused", "StepView",
           "a06_circumstance_text", "a07_allowed_conclusions", "a07_exclusion_reason", "a08_1_application_due",
           "a08_5_feedback_due_set", "a08_check_action", "a08_timeline", "a09_measure_by_form", "a10_proposed_handling", "a12_check_conclusion",
           "a16_out_of_scope", "check_step_date", "cite", "cn_number", "policy", "roman"]

cite = Doc.TOLERANCE.cite


# ---- statuses and the machine -------------------------------------------------------------------------

APPLIED = CaseStatus.APPLIED
ACCEPTED = CaseStatus.ACCEPTED
REFUSED = CaseStatus.REFUSED
REPORTED = CaseStatus.REPORTED
CONCLUDED = CaseStatus.CONCLUDED
FED_BACK = CaseStatus.FED_BACK
FILED = CaseStatus.FILED
CLOSED = CaseStatus.CLOSED
STATUSES = tuple(CaseStatus)
OPEN_STATUSES = (APPLIED, ACCEPTED, REPORTED, CONCLUDED, FED_BACK, FILED)
# position in the procedure; 不予受理 sits where 受理 does but ends the case
_RANK = {APPLIED: 0, ACCEPTED: 1, REFUSED: 1, REPORTED: 2, CONCLUDED: 3, FED_BACK: 4, FILED: 5, CLOSED: 6}


@dataclass(frozen=True)
class Action:
    name: CaseAction
    source: CaseStatus  # the status it starts from
    target: CaseStatus
    citation: Citation


A = CaseAction
ACTIONS: dict[CaseAction, Action] = {a.name: a for a in (
    Action(A.ACCEPT, APPLIED, ACCEPTED, cite(8, 2)),
    Action(A.REFUSE, APPLIED, REFUSED, cite(8, 2)),
    Action(A.INVESTIGATE, ACCEPTED, REPORTED, cite(8, 3)),
    Action(A.CONCLUDE, REPORTED, CONCLUDED, cite(8, 4)),
    Action(A.FEEDBACK, CONCLUDED, FED_BACK, cite(8, 5)),
    Action(A.FILE, FED_BACK, FILED, cite(8, 6)),
    Action(A.CLOSE, FILED, CLOSED, cite(9)),
)}
NEXT_ACTIONS: dict[CaseStatus, tuple[CaseAction, ...]] = {
    APPLIED: (A.ACCEPT, A.REFUSE), ACCEPTED: (A.INVESTIGATE,), REPORTED: (A.CONCLUDE,), CONCLUDED: (A.FEEDBACK,),
    FED_BACK: (A.FILE,), FILED: (A.CLOSE,), REFUSED: (), CLOSED: (),
}


class StepRefused(UserError):
    """An action that skips a step or goes back."""


def a08_check_action(status: str, action: str) -> Action:
    """The action if it is the next step from status; otherwise StepRefused saying why (in Chinese)."""
    if action not in ACTIONS:
        raise StepRefused(f"未知的办理环节“{action}”")
    act = ACTIONS[CaseAction(action)]
    status = CaseStatus(status)
    if status == act.source:
        return act
    if status in (REFUSED, CLOSED):
        end = "已不予受理并答复" if status == REFUSED else "已办结"
        raise StepRefused(f"案件{end}，程序已经结束，不能再办理“{action}”。")
    expected = "或".join(f"“{a}”（{ACTIONS[a].citation}）" for a in NEXT_ACTIONS[status])
    if _RANK[act.source] > _RANK[status]:
        raise StepRefused(f"案件当前为“{status}”，下一步应办理{expected}，不能跳过直接办理“{action}”。")
    raise StepRefused(f"案件当前为“{status}”，“{action}”环节已经办理过，不能退回重办。"
                      f"下一步应办理{expected}。")


# ---- reference lists -----------------------------------------------------------------------------------

APPLICANT_TYPES = ("单位", "组织", "个人")
CONCLUSIONS: tuple[Conclusion, ...] = tuple(Conclusion)
MITIGATIONS: tuple[Mitigation, ...] = tuple(Mitigation)
HOST_KINDS = ("主管部门党组织", "纪检监察机关（机构）", "组织人事部门", "县委、县政府", "其他问责追责单位")


def a06_circumstance_text(item: int) -> str:
    return policy.SIX[item - 1]


@dataclass(frozen=True)
class Exclusion:
    key: str
    text: str  # the words of 第七条


EXCLUSIONS: tuple[Exclusion, ...] = (
    Exclusion("政绩工程", "打着改革创新旗号搞劳民伤财的“政绩工程”、“形象工程”"),
    Exclusion("以权谋私", "借干事创业之名以权谋私"),
    Exclusion("贪污贿赂", "贪污贿赂"),
    Exclusion("与民争利", "与民争利"),
    Exclusion("有令不行", "政令不畅，在推进落实中有令不行、有禁不止"),
    Exclusion("失职渎职", "失职渎职"),
    Exclusion("为政不为", "为政不为"),
    Exclusion("明知故犯", "明知故犯"),
    Exclusion("破坏发展环境", "影响、干扰、破坏发展环境"),
)
_EXCLUSION_TEXT = {e.key: e.text for e in EXCLUSIONS}


def a07_exclusion_reason(keys: list[str]) -> str:
    """Why only 不予容错 is possible, quoting 第七条."""
    named = "、".join(f"“{_EXCLUSION_TEXT.get(k, k)}”" for k in keys)
    return f"已确认存在{named}的情形，依据{cite(7)}不属于容错范围，只能认定为“不予容错”。"


@dataclass(frozen=True)
class Measure:
    item: int  # 第九条（一）–（五）
    form: str
    handling_item: int | None  # 第十条（一）–（六）


MEASURES: tuple[Measure, ...] = (
    Measure(1, "谈心谈话", 1), Measure(1, "提醒谈话", 1),
    Measure(2, "函询谈话", 2), Measure(2, "约谈", 2),
    Measure(3, "诫勉谈话", 3), Measure(3, "责令纠错", 3),
    Measure(4, "通报批评并在民主生活会上作出情况说明", 4),
    Measure(5, "组织处理", 5), Measure(5, "从严审查处理", None),
)
HANDLING_BODIES = {
    1: "主管部门党组织认定实施",
    2: "纪检监察机关（机构）和组织、人事部门分别认定，会同主管部门党组织实施",
    3: "纪检监察机关（机构）认定，会同主管部门党组织实施",
    4: "纪检监察机关（机构）、组织、人事部门分别认定实施",
    5: "组织、人事部门认定实施",
    6: "纪检监察机关（机构）认定实施",
}


def a09_measure_by_form(form: str) -> Measure:
    for m in MEASURES:
        if m.form == form:
            return m
    raise UserError(f"“{form}”不是第九条所列的纠错方式")


def a10_proposed_handling(form: str) -> tuple[int | None, str, str]:
    """(第十条 item, body, why) proposed for a 第九条 form; the clerk may edit it.
    从严审查处理 has no item of its own in 第十条: the 纪检监察机关 is proposed, citing 第九条第（五）项."""
    m = a09_measure_by_form(form)
    if m.handling_item is None:
        return None, "纪检监察机关（机构）", f"{cite(9, 5)}从严审查处理，第十条未单列，按纪检监察职责提出"
    return m.handling_item, HANDLING_BODIES[m.handling_item], f"{cite(9, m.item)} → {cite(10, m.handling_item)}"


@dataclass(frozen=True)
class FilingRole:
    role: str
    mode: str  # 报送 / 抄送
    required: bool

    @property
    def label(self) -> str:
        """报送同级党委 / 抄送主管部门: how the form and its errors name this recipient."""
        return f"{self.mode}{self.role}"


# 第八条（六）: 报同级党委、政府，并抄送其主管部门、上级单位和纪检监察机关、组织人事部门.
FILING_ROLES: tuple[FilingRole, ...] = (
    FilingRole("同级党委", "报送", True), FilingRole("同级政府", "报送", True),
    FilingRole("主管部门", "抄送", False), FilingRole("上级单位", "抄送", False),
    FilingRole("纪检监察机关", "抄送", True), FilingRole("组织人事部门", "抄送", True),
)
PROTECTIONS: tuple[str, ...] = policy.ELEVEN
CLARIFY_METHODS = ("谈心鼓励", "召开会议", "通报")


# ---- scope --------------------------------------------------------------------------------------------

IN_FORCE = dt.date(*policy.IN_FORCE)


def a16_out_of_scope(accountability_concluded: dt.date | None) -> str | None:
    """第十六条: accountability concluded before the rules took effect (2016-11-28) is out of scope.
    A procedure concluded on 2016-11-28 itself was not concluded 施行前, so it is in scope."""
    if accountability_concluded is not None and accountability_concluded < IN_FORCE:
        return (f"该事项的问责追责已于{accountability_concluded.isoformat()}处理完毕，早于本细则施行之日"
                f"（{IN_FORCE.isoformat()}），依据{cite(16)}不适用容错纠错规定。")
    return None


# ---- conclusion ---------------------------------------------------------------------------------------

def a07_allowed_conclusions(exclusions: list[str]) -> tuple[tuple[Conclusion, ...], str]:
    if exclusions:
        return (Conclusion.NOT_TOLERATED,), a07_exclusion_reason(exclusions)
    return CONCLUSIONS, ""


def a12_check_conclusion(conclusion: str, mitigation: str | None, exclusions: list[str], circumstances: list[int],
                     impact_months: int | None) -> list[str]:
    problems: list[str] = []
    if conclusion not in CONCLUSIONS:
        return [f"认定结论应为{'、'.join(CONCLUSIONS)}之一"]
    allowed, why = a07_allowed_conclusions(exclusions)
    if conclusion not in allowed:
        problems.append(why)
    if conclusion != Conclusion.NOT_TOLERATED and not circumstances:
        problems.append(f"认定容错须对照{cite(6)}至少一项容错情形")
    if conclusion == Conclusion.REDUCED and mitigation not in MITIGATIONS:
        problems.append(f"容错减责须写明“从轻”或“减轻”（{cite(12)}）")
    if conclusion != Conclusion.REDUCED and mitigation:
        problems.append("只有容错减责才有从轻、减轻之分")
    if impact_months is not None:
        if conclusion != Conclusion.REDUCED:
            problems.append(f"只有容错减责的认定才有影响期（{cite(12)}）")
        elif not 0 < impact_months <= 60:
            problems.append("影响期应为 1 至 60 个月")
    return problems


# ---- timeline -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class CaseFacts:
    status: str
    accountability_started: dt.date
    applied_on: dt.date
    accepted: bool | None = None
    accepted_on: dt.date | None = None
    report_on: dt.date | None = None
    concluded_on: dt.date | None = None
    feedback_on: dt.date | None = None
    filed_on: dt.date | None = None
    accountability_concluded: dt.date | None = None
    late_reason: str | None = None
    exclusions: list[str] = field(default_factory=list)
    conclusion: str | None = None  # 认定结论, once made


@dataclass(frozen=True)
class StepView:
    step: Step
    label: str
    citation: Citation
    rule: str  # “启动问责追责后 7 个工作日内”
    due: dt.date | None
    done: dt.date | None
    state: StepState
    overdue: bool  # not done and past due
    late: bool  # done after due
    days_left: int | None  # working days from today to due (negative: overdue by)
    estimated: bool = False
    estimated_years: tuple[int, ...] = ()
    # False: the text sets no time limit for this step; `due` is then only the program's reminder date, the
    # step is never overdue or late, and reminder_passed says the reminder date has gone by.
    statutory: bool = True
    reminder_passed: bool = False

    @property
    def estimate_note(self) -> str:
        if not self.estimated:
            return ""
        return f"{ESTIMATE_NOTE}（{'、'.join(f'{y}年' for y in self.estimated_years)}）"

    def as_json(self) -> dict[str, object]:
        return {"step": self.step, "due": self.due.isoformat() if self.due else None,
                "done": self.done.isoformat() if self.done else None, "overdue": self.overdue,
                "late": self.late, "estimated": self.estimated, "estimated_years": list(self.estimated_years),
                "state": self.state, "days_left": self.days_left, **self.citation.as_json(),
                "citation": str(self.citation), "statutory": self.statutory, "reminder_passed": self.reminder_passed}


# step, label, item of 第八条, working days, base description
_STEPS = (
    (Step.APPLICATION, "提出书面申请", 1, 7, "启动问责追责后"),
    (Step.ACCEPTANCE, "受理或不予受理（解释答复）", 2, 3, "提交申请后"),
    (Step.INVESTIGATION, "形成调查报告", 3, 30, "受理后"),
    (Step.CONCLUSION, "作出认定结论", 4, 10, "核查结束（调查报告形成）后"),
    (Step.FEEDBACK, "反馈认定结果", 5, 3, "作出认定结论后"),  # 容错免责、容错减责 only (a08_5_feedback_due_set)
    (Step.FILING, "报同级党委、政府并抄送", 6, 0, "与反馈同时"),
)


FEEDBACK_DAYS = 3
NOT_TOLERATED_FEEDBACK = f"不予容错的，按照有关规定办理（本项未设时限；认定后{FEEDBACK_DAYS}个工作日提醒反馈，不计逾期）"


def a08_5_feedback_due_set(conclusion: str | None) -> bool:
    """第八条第（五）项：属于容错情形的，主办单位在3个工作日内反馈给申请单位、组织或本人。……不予容错的，按照有关规定办理。

    The 3 working days bind 容错免责 and 容错减责 only. For 不予容错 the text sets no limit: the program
    keeps the same date as a reminder, never as a breach. Before the conclusion the step has no date anyway."""
    return conclusion != Conclusion.NOT_TOLERATED


def a08_timeline(case: CaseFacts, calendar: Calendar, today: dt.date, filing_days: int = 0) -> list[StepView]:
    """Each step's due date is counted from the actual date of the step before it; a step whose
    predecessor is not done yet has no due date. 报备 is due with the feedback (filing_days after it).
    A 不予容错 case's feedback has a reminder date, not a deadline (a08_5_feedback_due_set)."""
    refused = case.status == REFUSED
    feedback_set = a08_5_feedback_due_set(case.conclusion)
    dones = [case.applied_on, case.accepted_on, case.report_on, case.concluded_on, case.feedback_on,
             case.filed_on]
    bases = [case.accountability_started, case.applied_on, case.accepted_on if case.accepted else None,
             case.report_on, case.concluded_on, case.feedback_on]
    views: list[StepView] = []
    current_found = False
    for i, (step, label, item, days, rule_base) in enumerate(_STEPS):
        done = dones[i]
        base = bases[i]
        if step == Step.ACCEPTANCE and refused:
            label = "不予受理（已解释答复）"
        if refused and i >= 2:
            views.append(StepView(step, label, cite(8, item), "", None, None, StepState.NOT_APPLICABLE, False, False,
                                  None))
            continue
        statutory = feedback_set or step != Step.FEEDBACK
        n = filing_days if step == Step.FILING else days
        rule = f"{rule_base}{n}个工作日内" if step != Step.FILING else (
            "与反馈同时" if n == 0 else f"反馈后{n}个工作日内")
        if not statutory:
            rule = NOT_TOLERATED_FEEDBACK
        due = result = None
        if base is not None:
            result = add_workdays(calendar, base, n)
            due = result.due
        elif step == Step.FILING and case.concluded_on is not None and feedback_set:
            # feedback not yet given: 报备 is due when the feedback is (a 不予容错 feedback has no due date)
            result = add_workdays(calendar, add_workdays(calendar, case.concluded_on, FEEDBACK_DAYS).due, n)
            due = result.due
        if done is not None:
            state = StepState.DONE
        elif not current_found and case.status not in (CLOSED,):
            state, current_found = StepState.CURRENT, True
        else:
            state = StepState.PENDING
        # 报备 waits on the feedback: before it is given only the feedback counts as overdue
        past = done is None and due is not None and today > due and (base is not None)
        overdue = past and statutory
        late = statutory and done is not None and due is not None and done > due
        days_left = workdays_between(calendar, today, due) if (due is not None and done is None and statutory) \
            else None
        views.append(StepView(step, label, cite(8, item), rule, due, done, state, overdue, late, days_left,
                              result.estimated if result else False,
                              result.estimated_years if result else (), statutory, past and not statutory))
    return views


def a08_1_application_due(calendar: Calendar, accountability_started: dt.date) -> dt.date:
    return add_workdays(calendar, accountability_started, 7).due


def check_step_date(what: str, day: dt.date, after: dt.date | None, after_what: str, today: dt.date) -> list[str]:
    problems = []
    if day > today:
        problems.append(f"{what}日期 {day.isoformat()} 晚于今天，不能预先登记")
    if after is not None and day < after:
        problems.append(f"{what}日期 {day.isoformat()} 早于{after_what}日期 {after.isoformat()}")
    return problems


def roman(item: int) -> str:
    """（十二） for display of an item number."""
    return f"（{cn_number(item)}）"
