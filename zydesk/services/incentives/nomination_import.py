"""The 第九条 selection from a sheet: a nomination row may also carry how far the nominee got (阶段 up to
当选 or 未通过), the votes or score of the review and the city recommendation. The importer walks the
same state machine as the page (zydesk.core.incentives.excellent.transition_problem), runs the same
eligibility review (a09_nominee_checks) where a step needs it, and counts electeds against the “左右”
range as it goes; every refusal names the row and column. A row of a nominee already on record updates it
(stages only forward), so a sheet exported and imported again changes nothing."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from zydesk.core.incentives import excellent as core
from zydesk.core.incentives.excellent import CheckLine, QuotaReport, Tolerance
from zydesk.core.incentives.values import STAGE_ORDER, Stage
from zydesk.services.incentives.excellent import (
    NominationRow,
    _add_reserve,
    _move,
    add_nominations,
    nomination_row_problems,
    nominee_facts,
    round_view,
    selection_date,
)
from zydesk.storage.models import Cadre, Unit
from zydesk.storage.models_excellent import ExcellentNomination, ExcellentRound, ExcellentStageChange

STAGES: tuple[str, ...] = (*STAGE_ORDER, Stage.REJECTED)
ELIGIBLE_TEXT = {True: core.OK, False: core.FAIL}


@dataclass(frozen=True)
class SelectionRow:
    """A row of the nominations sheet: the nomination itself and the selection columns (None: keep)."""

    base: NominationRow
    stage: str | None = None
    eligible: bool | None = None  # 资格审核 as the sheet states it (checked against the review)
    votes: int | None = None
    score: Decimal | None = None
    reason: str = ""
    city: bool | None = None


@dataclass
class SelectionPlan:
    """What to write for one row: a new nomination (base) and/or the steps of an existing one."""

    base: NominationRow | None
    cadre_id: int
    year: int
    steps: list[str] = field(default_factory=list)
    reason: str = ""
    checks: list[CheckLine] | None = None  # a review run by the import, to store
    votes: int | None = None
    score: Decimal | None = None
    city: bool | None = None
    overrun: str | None = None
    nomination_id: int | None = None  # an existing nomination
    before: dict[str, Any] | None = None  # its selection fields, for the audit trail

    def after(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.steps:
            out["stage"] = self.steps[-1]
        if self.checks is not None:
            out["eligible"] = core.is_eligible(self.checks)
        if self.votes is not None:
            out["votes"] = self.votes
        if self.score is not None:
            out["score"] = str(self.score)
        if self.city is not None:
            out["city_recommended"] = self.city
        return out


def _report_with(rep: QuotaReport, extra: dict[str, int]) -> QuotaReport:
    tol = Tolerance(rep.lines[0].high - rep.lines[0].target if rep.lines else 1, rep.total_high - rep.total_target)
    return core.a09_quota_report({q.category: q.target for q in rep.lines},
                                 {q.category: q.filled + extra.get(q.category, 0) for q in rep.lines}, tol,
                                 rep.total_target)


def plan_selection(session: Session, rows: Sequence[SelectionRow]) -> tuple[list[SelectionPlan],
                                                                           list[tuple[int, str, str]], int]:
    """(plans, problems as (row index, header, message), unchanged rows). Must not write."""
    cadres = dict(session.execute(select(Cadre.id_number, Cadre.id)).all())
    units = dict(session.execute(select(Unit.name, Unit.id)).all())
    existing = {(y, n.cadre_id): n for n, y in session.execute(
        select(ExcellentNomination, ExcellentRound.year).join(ExcellentRound,
                                                              ExcellentRound.id == ExcellentNomination.round_id))}
    new_index = [i for i, r in enumerate(rows)
                 if (r.base.year, cadres.get(r.base.id_number.strip().upper())) not in existing]
    problems = [(new_index[j], h, m) for j, h, m in
                nomination_row_problems(session, [rows[i].base for i in new_index])]
    bad = {i for i, _, _ in problems}
    reports: dict[int, QuotaReport] = {}
    elected: dict[int, dict[str, int]] = {}
    plans: list[SelectionPlan] = []
    unchanged = 0
    seen: dict[tuple[int, int], int] = {}
    for i, r in enumerate(rows):
        if i in bad:
            continue
        b = r.base
        cid = cadres[b.id_number.strip().upper()]
        old = existing.get((b.year, cid))

        def err(header: str, message: str, i: int = i) -> None:
            problems.append((i, header, message))

        if old is not None:
            if (b.year, cid) in seen:
                err("公民身份号码", f"与第{seen[(b.year, cid)]}行重复")
                continue
            seen[(b.year, cid)] = b.row
            if units.get(b.unit_name.strip()) != old.unit_id:
                err("推荐单位", "与已有推荐的推荐单位不同（推荐单位不能通过导入修改）")
                continue
            if b.category.strip() and b.category.strip() != old.category:
                err("类别", f"该干部已按“{old.category}”类别推荐，类别不能通过导入修改")
                continue
            n = old
            category = old.category
        else:
            n = ExcellentNomination(cadre_id=cid, unit_id=units[b.unit_name.strip()], stage=Stage.NOMINATED)
            category = b.category.strip() or ""
        stage = str(n.stage)
        target = r.stage or stage
        plan = SelectionPlan(None if old is not None else b, cid, b.year, reason=r.reason.strip(), city=r.city)
        if old is not None:
            plan.nomination_id = old.id
            plan.before = {"stage": stage, "eligible": old.eligible, "votes": old.votes,
                           "score": None if old.score is None else str(old.score),
                           "city_recommended": old.city_recommended}
        checked, eligible = n.checked_at is not None, bool(n.eligible)
        if old is not None and n.checked_at is not None and r.eligible is not None and r.eligible == n.eligible:
            pass  # the review on record says what the sheet says
        elif r.eligible is not None or (target != stage and target not in (Stage.NOMINATED, Stage.REJECTED)):
            rnd = session.scalar(select(ExcellentRound).where(ExcellentRound.year == b.year))
            on = selection_date(rnd) if rnd is not None else dt.date.today()
            plan.checks = core.a09_nominee_checks(nominee_facts(session, n, b.year, on))
            checked, eligible = True, core.is_eligible(plan.checks)
            if r.eligible is not None and r.eligible != eligible:
                failing = "；".join(f"{c.citation} {c.rule}：{c.evidence}" for c in plan.checks if c.blocking)
                err("资格审核", f"按第九条审核的结果为“{ELIGIBLE_TEXT[eligible]}”" + (f"：{failing}" if failing else ""))
                continue
        votes = r.votes if r.votes is not None else n.votes
        score = r.score if r.score is not None else (None if n.score is None else Decimal(n.score))
        if (r.votes is not None and r.votes != n.votes) or (r.score is not None and score != n.score):
            # scores are entered at 审核 or 评审: before the walk passes 评审, or while standing there
            if stage not in (Stage.NOMINATED, Stage.CHECKED, Stage.REVIEWED):
                err("票数" if r.votes is not None else "得分", f"当前处于“{stage}”阶段，不能再修改票数或得分")
                continue
            plan.votes, plan.score = r.votes, r.score
        if target not in STAGES:
            continue  # already reported as not in the list
        if target != stage:
            if target != Stage.REJECTED and stage in STAGE_ORDER and target in STAGE_ORDER \
                    and STAGE_ORDER.index(target) < STAGE_ORDER.index(stage):
                err("阶段", f"已处于“{stage}”阶段，不能退回“{target}”")
                continue
            walk: list[str] = [Stage.REJECTED] if target == Stage.REJECTED else \
                list(STAGE_ORDER[STAGE_ORDER.index(stage) + 1:STAGE_ORDER.index(target) + 1]) \
                if stage in STAGE_ORDER else [target]
            at = stage
            problem = None
            for step in walk:
                overrun = None
                if step == Stage.ELECTED:
                    if b.year not in reports:
                        reports[b.year] = round_view(session, b.year).report
                    overrun = core.overrun_if_added(_report_with(reports[b.year], elected.get(b.year, {})),
                                                    category or old_category(session, cid))
                problem = core.transition_problem(core.StageFacts(
                    at, checked, eligible, votes is not None or score is not None, overrun, plan.reason), step)
                if problem:
                    break
                plan.overrun = overrun
                at = step
            if problem:
                err("阶段", f"不能进入“{target}”：{problem}")
                continue
            plan.steps = walk
            if target == Stage.ELECTED:
                cat = category or old_category(session, cid)
                elected.setdefault(b.year, {})[cat] = elected.get(b.year, {}).get(cat, 0) + 1
        final = target
        if r.city and core.NomineeAction.CITY not in core.allowed_actions(final):
            err("择优推荐市级", "只能从当选者中择优推荐上报全市评选")
            continue
        if r.city is not None and r.city == bool(n.city_recommended):
            plan.city = None
        if old is not None and not plan.steps and plan.checks is None and plan.votes is None \
                and plan.score is None and plan.city is None:
            unchanged += 1
            continue
        plans.append(plan)
    return plans, problems, unchanged


def old_category(session: Session, cadre_id: int) -> str:
    """The category a new nominee would be counted in (the first its post allows)."""
    from zydesk.services.incentives.excellent import category_choices

    choices = category_choices(session, cadre_id)
    return choices[0][0] if choices else ""


def write_selection(session: Session, plans: Sequence[SelectionPlan], by: str) -> None:
    """Write checked plans inside the importer's unit of work, in file order (electeds count in that order)."""
    add_nominations(session, [p.base for p in plans if p.base is not None], by)
    session.flush()
    for p in plans:
        n = session.scalar(select(ExcellentNomination).join(ExcellentRound, ExcellentRound.id ==
                                                            ExcellentNomination.round_id)
                           .where(ExcellentRound.year == p.year, ExcellentNomination.cadre_id == p.cadre_id))
        assert n is not None
        if p.checks is not None:
            n.checks = [x.as_json() | {"blocking": x.blocking} for x in p.checks]
            n.eligible = core.is_eligible(p.checks)
            n.checked_at = dt.datetime.now()
        if p.votes is not None:
            n.votes = p.votes
        if p.score is not None:
            n.score = p.score
        for step in p.steps:
            _move(session, n, step, p.reason or "导入", by)
            if step == Stage.ELECTED:
                if p.overrun:
                    n.overrun_reason = f"{p.overrun}；理由：{p.reason}"
                _add_reserve(session, n.cadre_id, "优秀干部", f"{p.year}年度“敢担当、善作为”优秀干部",
                             dt.date.today(), "第二十条：优先列入科级后备干部人选")
        if p.city is not None:
            n.city_recommended = p.city
        session.flush()


def export_selection(session: Session, year: int | None) -> list[tuple[Any, ...]]:
    """The rows of the nominations sheet, selection columns included."""
    last_reason = {nid: reason for nid, reason in session.execute(
        select(ExcellentStageChange.nomination_id, ExcellentStageChange.reason).order_by(ExcellentStageChange.id))}
    q = (select(ExcellentRound.year, Cadre.id_number, Unit.name, ExcellentNomination)
         .join(ExcellentNomination, ExcellentNomination.round_id == ExcellentRound.id)
         .join(Cadre, Cadre.id == ExcellentNomination.cadre_id)
         .join(Unit, Unit.id == ExcellentNomination.unit_id))
    if year is not None:
        q = q.where(ExcellentRound.year == year)
    out = []
    for y, idn, unit, n in session.execute(q.order_by(ExcellentRound.year, ExcellentNomination.id)):
        keeps_reason = n.stage == Stage.REJECTED or (n.stage == Stage.ELECTED and n.overrun_reason)
        out.append((y, idn, unit, n.category, n.deeds or None, n.stage,
                    None if n.checked_at is None else ELIGIBLE_TEXT[bool(n.eligible)], n.votes,
                    None if n.score is None else Decimal(n.score),
                    last_reason.get(n.id) if keeps_reason else None, n.city_recommended or None))
    return out
