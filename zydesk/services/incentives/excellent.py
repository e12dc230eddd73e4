"""优秀干部评选 (第九条), 第十条 individual honours and the 科级后备干部 list: load facts, call
zydesk.core.incentives.excellent, persist. Other modules ask `is_excellent_cadre(session, cadre_id, year)`.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from zydesk.core.dates import add_months
from zydesk.core.idnumber import mask
from zydesk.core.incentives import excellent as core
from zydesk.core.incentives.excellent import (
    CATEGORIES,
    CATEGORY_TITLES,
    DEFAULT_TARGETS,
    DEFAULT_TOTAL,
    CheckLine,
    CommendationFact,
    DisciplineFact,
    NomineeFacts,
    PostFacts,
    QuotaReport,
    Tolerance,
    UnitQuota,
)
from zydesk.core.incentives.seal import SealArea
from zydesk.core.incentives.values import AppraisalGrade, AwardGrade, Stage
from zydesk.core.security.roles import Permission
from zydesk.errors import FieldError, UserError, ValidationError
from zydesk.services.codes import discipline_periods
from zydesk.services.conflicts import check_version, stale_as_conflict
from zydesk.services.fields import typed_date
from zydesk.services.seals import ensure_open
from zydesk.services.settings import get_setting, put_setting
from zydesk.storage import locks
from zydesk.storage.models import Appraisal, Cadre, Commendation, Discipline, Post, Unit, UnitScore
from zydesk.storage.models_excellent import (
    CommendationTag,
    ExcellentNomination,
    ExcellentQuota,
    ExcellentRound,
    ExcellentStageChange,
    Honour,
    HonourStep,
    HonourSuggestionDecision,
    ReserveEntry,
)
from zydesk.storage.uow import Database, retried

# Settings (readings of the policy; see docs/policy-readings.md).
S_TARGETS = "excellent.targets"  # {category: n}, per year
S_TOTAL = "excellent.total_target"
S_TOL_CATEGORY = "excellent.tolerance_category"
S_TOL_OVERALL = "excellent.tolerance_overall"
S_RATE = "excellent.appraisal_quota_rate"  # {unit kind: "15%"} or "15%", per year
S_RATE_FIRST = "excellent.appraisal_quota_rate_first_prize"  # units rated 一等奖
S_ROUNDING = "excellent.appraisal_quota_rounding"  # 向下取整 / 四舍五入
DEFAULT_RATE, DEFAULT_RATE_FIRST, DEFAULT_ROUNDING = "15%", "20%", "向下取整"


REJECTED = core.REJECTED


# ---------------------------------------------------------------- adapters to other areas
def unit_rank_facts(session: Session, years: Iterable[int]) -> dict[tuple[int, int], Any]:
    """(unit_id, year) → RankFact (award, vetoed, rank…) from the rankings area."""
    from zydesk.services.incentives.ranking import ranking_history

    return ranking_history(session, list(years))


def unit_awards(session: Session, years: Iterable[int]) -> dict[tuple[int, int], str | None]:
    return {k: f.award for k, f in unit_rank_facts(session, years).items()}


# 第十一条 items of the 容错纠错实施细则 that matter here.
ITEM_PROMOTION = 3  # 干部提拔任用不受影响 (withheld until a 减责 影响期 ends, 第十二条)
ITEM_HONOURS = 6  # 个人评优评先、表彰奖励不受影响


@dataclass(frozen=True)
class ToleranceFact:
    number: str
    years: frozenset[int]  # years in which a discipline for this matter may have been decided
    applies: bool  # the 第十一条 item asked about applies on the day
    note: str


def tolerance_protections(session: Session, cadre_id: int, on: dt.date, item: int
                          ) -> tuple[bool, list[ToleranceFact]]:
    """(True, the cadre's 容错 conclusions made by `on`). The flag says the 容错 register was consulted."""
    from zydesk.services.tolerance.cases import protections

    out = []
    for p in protections(session, cadre_id=cadre_id, on=on):
        applies = any(i.citation.item == item for i in p.applies)
        out.append(ToleranceFact(p.number, frozenset(range(p.accountability_year, p.concluded_on.year + 1)),
                                 applies, p.note))
    return True, out


# ---------------------------------------------------------------- facts
def current_post(session: Session, cadre_id: int) -> tuple[Post, Unit] | None:
    row = session.execute(select(Post, Unit).join(Unit, Unit.id == Post.unit_id)
                          .where(Post.cadre_id == cadre_id, Post.end_date.is_(None))
                          .order_by(Post.id.desc())).first()
    return (row[0], row[1]) if row else None


def post_facts(session: Session, cadre_id: int) -> PostFacts | None:
    found = current_post(session, cadre_id)
    if found is None:
        return None
    p, u = found
    return PostFacts(u.kind, p.title, p.level, p.is_principal, p.is_leadership, p.is_frontline)


def discipline_facts(session: Session, cadre_ids: Sequence[int], on: dt.date, item: int = ITEM_HONOURS
                     ) -> tuple[bool, dict[int, list[DisciplineFact]], dict[int, list[str]]]:
    """(tolerance module present, disciplines per cadre, notes of 容错 conclusions matched to none).

    A discipline is the tolerated matter when it was decided in a year between the start of the
    accountability and the 容错 conclusion (the two registers share no key; the evidence says so)."""
    periods = discipline_periods(session)
    enabled = False
    protected: dict[int, list[ToleranceFact]] = {}
    for cid in cadre_ids:
        enabled, protected[cid] = tolerance_protections(session, cid, on, item)
    out: dict[int, list[DisciplineFact]] = {cid: [] for cid in cadre_ids}
    used: set[tuple[int, str]] = set()
    rows = session.scalars(select(Discipline).where(Discipline.cadre_id.in_(list(cadre_ids)))
                           .order_by(Discipline.decision_date))
    for d in rows:
        end = d.effect_end
        months = periods.get((d.category, d.kind))
        if end is None and months is not None:
            end = add_months(d.decision_date, months)
        match = next((t for t in protected.get(d.cadre_id, []) if d.decision_date.year in t.years), None)
        tolerated = bool(match and match.applies)
        note = ""
        if match:
            used.add((d.cadre_id, match.number))
            note = f"按年度对应{match.note}，请核实" if match.applies else ""
        out[d.cadre_id].append(DisciplineFact(
            d.id, d.category, d.kind, d.decision_date, end, tolerated=tolerated, tolerance_note=note,
            permanent=end is None and "开除" in d.kind))
    unmatched = {cid: [t.note for t in ts if (cid, t.number) not in used] for cid, ts in protected.items()}
    return enabled, out, unmatched


def appraisals_of(session: Session, cadre_ids: Sequence[int]) -> dict[int, dict[int, str]]:
    out: dict[int, dict[int, str]] = {cid: {} for cid in cadre_ids}
    for cid, year, grade in session.execute(select(Appraisal.cadre_id, Appraisal.year, Appraisal.grade)
                                            .where(Appraisal.cadre_id.in_(list(cadre_ids)))):
        out[cid][year] = grade
    return out


def commendation_facts(session: Session, cadre_ids: Sequence[int]) -> dict[int, list[CommendationFact]]:
    out: dict[int, list[CommendationFact]] = {cid: [] for cid in cadre_ids}
    rows = session.execute(select(Commendation, CommendationTag)
                           .outerjoin(CommendationTag, CommendationTag.commendation_id == Commendation.id)
                           .where(Commendation.subject_type == "个人", Commendation.cadre_id.in_(list(cadre_ids)))
                           .order_by(Commendation.date, Commendation.id))
    for c, tag in rows:
        if c.cadre_id is None:  # not reached: the query asks for these cadres only
            continue
        out[c.cadre_id].append(CommendationFact(c.id, c.title, c.level, c.date, c.issuer or "",
                                                tag.field if tag else "", tag.kind if tag else ""))
    return out


# ---------------------------------------------------------------- rounds and quotas
def tolerance_setting(session: Session, year: int) -> Tolerance:
    return Tolerance(int(get_setting(session, S_TOL_CATEGORY, 1, year)),
                     int(get_setting(session, S_TOL_OVERALL, 3, year)))


def _round(session: Session, year: int) -> ExcellentRound | None:
    return session.scalar(select(ExcellentRound).where(ExcellentRound.year == year))


def ensure_round(db: Database, year: int) -> int:
    """The year's round, created with the quota settings (default 第九条) if it does not exist."""
    with db.uow("建立优秀干部评选", Permission.ENTER) as uow:
        r = _round_in(uow.session, year)
        uow.commit()
        return r.id


def set_round(db: Database, year: int, targets: Mapping[str, int], total: int, tol: Tolerance,
              selection_date: dt.date | str | None = None, as_default: bool = False) -> None:
    """Change the round's quotas and tolerance; as_default also makes them the setting for new rounds."""
    db.require(Permission.POLICY_SETTINGS)
    errors = [FieldError(CATEGORY_TITLES.get(c, c), "名额应为非负整数") for c, n in targets.items()
              if c not in CATEGORIES or int(n) < 0]
    selection_date = typed_date(selection_date, "评选基准日", errors)
    if total < 0 or tol.per_category < 0 or tol.overall < 0:
        errors.append(FieldError("容差", "应为非负整数"))
    if errors:
        raise ValidationError(errors)
    with db.uow("修改优秀干部名额", Permission.POLICY_SETTINGS) as uow:
        ensure_open(uow.session, SealArea.EXCELLENT, year)
        r = _round_in(uow.session, year)
        for q in r.quotas:
            if q.category in targets:
                q.target = int(targets[q.category])
        r.total_target, r.tol_category, r.tol_overall = total, tol.per_category, tol.overall
        r.selection_date = selection_date
        if as_default:
            for key, value in ((S_TARGETS, {q.category: q.target for q in r.quotas}), (S_TOTAL, total),
                               (S_TOL_CATEGORY, tol.per_category), (S_TOL_OVERALL, tol.overall)):
                put_setting(uow.session, key, value)
        uow.commit()


def _report(r: ExcellentRound, noms: Sequence[ExcellentNomination]) -> QuotaReport:
    filled = {c: 0 for c in CATEGORIES}
    for n in noms:
        if n.stage == Stage.ELECTED:
            filled[n.category] += 1
    return core.a09_quota_report({q.category: q.target for q in r.quotas}, filled,
                             Tolerance(r.tol_category, r.tol_overall), r.total_target)


@dataclass(frozen=True)
class NomineeRow:
    id: int
    cadre_id: int
    name: str
    id_number: str
    id_masked: str
    unit: str  # 推荐单位
    post: str
    category: str
    stage: str
    eligible: bool | None
    votes: int | None
    score: Decimal | None
    city_recommended: bool
    deeds: str
    attachments: tuple[str, ...]
    checks: tuple[dict[str, Any], ...]
    overrun_reason: str
    version: int = 1  # as read: the edit form passes it back, so a save over a newer change is refused


@dataclass(frozen=True)
class RoundView:
    year: int
    exists: bool
    report: QuotaReport
    nominated: dict[str, int]
    nominees: list[NomineeRow] = field(default_factory=list)
    selection_date: dt.date | None = None


def round_view(session: Session, year: int) -> RoundView:
    r = _round(session, year)
    if r is None:
        tol = tolerance_setting(session, year)
        targets = {**DEFAULT_TARGETS, **(get_setting(session, S_TARGETS, {}, year) or {})}
        rep = core.a09_quota_report(targets, {}, tol, int(get_setting(session, S_TOTAL, DEFAULT_TOTAL, year)))
        return RoundView(year, False, rep, {c: 0 for c in CATEGORIES})
    rows = session.execute(
        select(ExcellentNomination, Cadre, Unit)
        .join(Cadre, Cadre.id == ExcellentNomination.cadre_id).join(Unit, Unit.id == ExcellentNomination.unit_id)
        .where(ExcellentNomination.round_id == r.id)
        .order_by(ExcellentNomination.category, Unit.sort_order, ExcellentNomination.id)).all()
    noms = [n for n, _, _ in rows]
    posts = {p.cadre_id: f"{u.name}{p.title}" for p, u in session.execute(
        select(Post, Unit).join(Unit, Unit.id == Post.unit_id)
        .where(Post.cadre_id.in_([n.cadre_id for n in noms]), Post.end_date.is_(None))
        .order_by(Post.start_date.asc().nulls_first(), Post.id))}  # two open posts (a data error): the latest shows
    order = {c: i for i, c in enumerate(CATEGORIES)}
    nominees = sorted((NomineeRow(
        n.id, c.id, c.name, c.id_number, mask(c.id_number), u.name, posts.get(c.id, ""), n.category, n.stage,
        n.eligible, n.votes, n.score, n.city_recommended, n.deeds, tuple(n.attachments or ()),
        tuple(n.checks or ()), n.overrun_reason or "", n.version) for n, c, u in rows),
        key=lambda x: (order.get(x.category, 9), x.id))
    nominated = {c: sum(1 for n in noms if n.category == c and n.stage != core.REJECTED) for c in CATEGORIES}
    return RoundView(year, True, _report(r, noms), nominated, nominees, r.selection_date)


# ---------------------------------------------------------------- nominations
def category_choices(session: Session, cadre_id: int) -> list[tuple[str, str]]:
    """(category, why) the current post fits, the default first."""
    pf = post_facts(session, cadre_id)
    return [(c, core.category_reason(pf, c)) for c in core.derive_categories(pf)] if pf else []


def _nominate(s: Session, r: ExcellentRound, cadre_id: int, unit_id: int | None, category: str | None,
              deeds: str, attachments: Sequence[str], by: str) -> ExcellentNomination:
    cadre = s.get(Cadre, cadre_id)
    if cadre is None:
        raise UserError(f"干部（编号 {cadre_id}）不存在")
    choices = [c for c, _ in category_choices(s, cadre_id)]
    if not choices:
        raise UserError(f"{cadre.name}的现任职务不属于任何评选类别（镇党政正职、部门正职、科级干部、基层一线），"
                        "请先核对任职信息")
    if category in (None, ""):
        category = choices[0]
    if category not in choices:
        raise UserError(f"{cadre.name}的现任职务不符合“{category}”类别，可选：{'、'.join(choices)}")
    if s.scalar(select(ExcellentNomination.id).where(ExcellentNomination.round_id == r.id,
                                                     ExcellentNomination.cadre_id == cadre_id)):
        raise UserError(f"{cadre.name}已在{r.year}年度评选中被推荐（每人只计入一个类别）")
    if unit_id is None:
        found = current_post(s, cadre_id)
        assert found is not None
        unit_id = found[1].id
    elif s.get(Unit, unit_id) is None:
        raise UserError(f"推荐单位（编号 {unit_id}）不存在")
    pf = post_facts(s, cadre_id)
    assert pf is not None
    n = ExcellentNomination(round_id=r.id, cadre_id=cadre_id, unit_id=unit_id, category=category,
                            category_basis=core.category_reason(pf, category), deeds=deeds.strip(),
                            attachments=[a.strip() for a in attachments if a.strip()], stage=Stage.NOMINATED,
                            city_recommended=False, created_at=dt.datetime.now())
    s.add(n)
    s.flush()
    s.add(ExcellentStageChange(nomination_id=n.id, from_stage=None, to_stage=Stage.NOMINATED, at=dt.datetime.now(),
                               by=by, reason=None))
    return n


def nominate(db: Database, year: int, cadre_id: int | None, *, unit_id: int | None = None,
             category: str | None = None, deeds: str = "", attachments: Sequence[str] = ()) -> int:
    db.require(Permission.ENTER)
    if cadre_id is None:
        raise ValidationError([FieldError("干部", "请先查找并选择干部")])
    ensure_round(db, year)
    with db.uow("推荐优秀干部", Permission.ENTER) as uow:
        ensure_open(uow.session, SealArea.EXCELLENT, year)
        r = _round(uow.session, year)
        assert r is not None
        n = _nominate(uow.session, r, cadre_id, unit_id, category, deeds, attachments, db.user)
        uow.commit()
        return n.id


@retried
def update_nomination(db: Database, nomination_id: int, *, deeds: str | None = None,
                      attachments: Sequence[str] | None = None, category: str | None = None,
                      version: int | None = None) -> None:
    """`version`: the nomination's version as the form read it (NomineeRow.version): a save over someone
    else's newer change is refused with who and when (EditConflict)."""
    with stale_as_conflict(db, "ExcellentNomination", nomination_id):
        _update_nomination(db, nomination_id, deeds, attachments, category, version)


def _update_nomination(db: Database, nomination_id: int, deeds: str | None, attachments: Sequence[str] | None,
                       category: str | None, version: int | None) -> None:
    with db.uow("修改优秀干部推荐", Permission.ENTER) as uow:
        s = uow.session
        n = _open_nomination(s, nomination_id)
        check_version(s, n, version, nomination_id)
        if deeds is not None:
            n.deeds = deeds.strip()
        if attachments is not None:
            n.attachments = [a.strip() for a in attachments if a.strip()]
        if category is not None and category != n.category:
            if n.stage not in core.CATEGORY_STAGES:
                raise UserError("进入评审后不能再改类别")
            choices = [c for c, _ in category_choices(s, n.cadre_id)]
            if category not in choices:
                raise UserError(f"现任职务不符合“{category}”类别，可选：{'、'.join(choices)}")
            pf = post_facts(s, n.cadre_id)
            assert pf is not None
            n.category, n.category_basis = category, core.category_reason(pf, category)
        uow.commit()


def _nomination(s: Session, nomination_id: int) -> ExcellentNomination:
    n = s.get(ExcellentNomination, nomination_id)
    if n is None:
        raise UserError(f"推荐记录（编号 {nomination_id}）不存在，可能已被删除")
    return n


def _open_nomination(s: Session, nomination_id: int) -> ExcellentNomination:
    """The nomination, to change: refused when its year's selection is sealed by the decision's 文号."""
    n = _nomination(s, nomination_id)
    r = s.get(ExcellentRound, n.round_id)
    ensure_open(s, SealArea.EXCELLENT, r.year if r is not None else None)
    return n


def nominee_facts(s: Session, n: ExcellentNomination, year: int, on: dt.date) -> NomineeFacts:
    enabled, discs, notes = discipline_facts(s, [n.cadre_id], on, ITEM_HONOURS)
    found = current_post(s, n.cadre_id)
    unit = found[1] if found else s.get(Unit, n.unit_id)
    assert unit is not None
    rank = unit_rank_facts(s, [year]).get((unit.id, year))
    score = s.scalar(select(UnitScore).where(UnitScore.year == year, UnitScore.unit_id == unit.id))
    return NomineeFacts(year=year, on=on, appraisals=appraisals_of(s, [n.cadre_id])[n.cadre_id],
                        disciplines=discs[n.cadre_id], tolerance_notes=tuple(notes[n.cadre_id]),
                        unit_name=unit.name,
                        unit_award=rank.award if rank else None,
                        unit_vetoed=bool(score and score.vetoed), veto_reason=(score.veto_reason or "") if score else "",
                        tolerance_enabled=enabled)


def selection_date(r: ExcellentRound) -> dt.date:
    """The date discipline is checked for: set on the round, else today."""
    return r.selection_date or dt.date.today()


def check_nominee(db: Database, nomination_id: int) -> list[CheckLine]:
    """Run the 第九条 eligibility check, store it and move 推荐 → 审核."""
    with db.uow("优秀干部资格审核", Permission.ENTER) as uow:
        s = uow.session
        n = _open_nomination(s, nomination_id)
        r = s.get(ExcellentRound, n.round_id)
        assert r is not None
        lines = core.a09_nominee_checks(nominee_facts(s, n, r.year, selection_date(r)))
        n.checks = [x.as_json() | {"blocking": x.blocking} for x in lines]
        n.eligible = core.is_eligible(lines)
        n.checked_at = dt.datetime.now()
        if n.stage == Stage.NOMINATED:
            _move(s, n, Stage.CHECKED, "资格审核", db.user)
        uow.commit()
        return lines


def _move(s: Session, n: ExcellentNomination, target: str, reason: str | None, by: str) -> None:
    s.add(ExcellentStageChange(nomination_id=n.id, from_stage=n.stage, to_stage=target, at=dt.datetime.now(),
                               by=by, reason=reason or None))
    n.stage = target


def enter_score(db: Database, nomination_id: int, votes: int | str | None = None,
                score: Decimal | str | None = None) -> None:
    db.require(Permission.ENTER)
    errors = []
    v: int | None = None
    sc: Decimal | None = None
    if votes not in (None, ""):
        try:
            v = int(str(votes).strip())
            if v < 0:
                raise ValueError
        except ValueError:
            errors.append(FieldError("票数", f"“{votes}”应为非负整数"))
    if score not in (None, ""):
        try:
            sc = Decimal(str(score).strip())
            if not sc.is_finite() or sc < 0 or sc > 1000 or sc != sc.quantize(Decimal("0.01")):
                raise InvalidOperation
        except InvalidOperation:
            errors.append(FieldError("得分", f"“{score}”应为0至1000之间、最多两位小数的数"))
    if v is None and sc is None and not errors:
        errors.append(FieldError("票数/得分", "至少填写一项"))
    if errors:
        raise ValidationError(errors)
    with db.uow("录入评审结果", Permission.ENTER) as uow:
        n = _open_nomination(uow.session, nomination_id)
        if core.NomineeAction.SCORE not in core.allowed_actions(n.stage):
            raise UserError(f"当前处于“{n.stage}”阶段，只能在审核、评审阶段录入票数或得分")
        n.votes, n.score = v, sc
        uow.commit()


@retried
def advance(db: Database, nomination_id: int, target: str | None = None, reason: str = "") -> str:
    """Move a nominee to the next stage (or to 未通过). Electing past the tolerance needs a reason.
    A winner is put on the reserve list (第二十条)."""
    with db.uow("推进评选阶段", Permission.DECIDE) as uow:
        s = uow.session
        n = _open_nomination(s, nomination_id)
        r = s.get(ExcellentRound, n.round_id)
        assert r is not None
        uow.lock(locks.SELECTION, r.year)  # two clerks electing in one round take turns over its quota
        s.refresh(n)
        target = target or core.NEXT.get(n.stage, "")
        overrun = None
        if target == Stage.ELECTED:
            noms = list(s.scalars(select(ExcellentNomination).where(ExcellentNomination.round_id == r.id)))
            overrun = core.overrun_if_added(_report(r, noms), n.category)
        problem = core.transition_problem(core.StageFacts(
            n.stage, n.checked_at is not None, bool(n.eligible), n.votes is not None or n.score is not None,
            overrun, reason), target)
        if problem:
            raise UserError(problem)
        if overrun:
            n.overrun_reason = f"{overrun}；理由：{reason.strip()}"
        _move(s, n, target, reason, db.user)
        if target == Stage.ELECTED:
            _add_reserve(s, n.cadre_id, "优秀干部", f"{r.year}年度“敢担当、善作为”优秀干部", dt.date.today(),
                         "第二十条：优先列入科级后备干部人选")
        uow.commit()
        return target


def election_overrun(session: Session, nomination_id: int) -> str | None:
    """Why electing this nominee would go past the “左右” tolerance (the clerk must then give a reason)."""
    n = _nomination(session, nomination_id)
    r = session.get(ExcellentRound, n.round_id)
    assert r is not None
    noms = list(session.scalars(select(ExcellentNomination).where(ExcellentNomination.round_id == r.id)))
    return core.overrun_if_added(_report(r, noms), n.category)


def set_city_recommended(db: Database, nomination_id: int, flag: bool) -> None:
    with db.uow("择优推荐上报市级评选", Permission.DECIDE) as uow:
        n = _open_nomination(uow.session, nomination_id)
        if flag and core.NomineeAction.CITY not in core.allowed_actions(n.stage):
            raise UserError("只能从当选者中择优推荐上报全市评选")
        n.city_recommended = flag
        uow.commit()


def delete_nomination(db: Database, nomination_id: int) -> None:
    with db.uow("撤回优秀干部推荐", Permission.ENTER) as uow:
        n = _open_nomination(uow.session, nomination_id)
        if core.NomineeAction.WITHDRAW not in core.allowed_actions(n.stage):
            raise UserError(f"已进入“{n.stage}”阶段，不能撤回；可设为未通过并填写理由")
        uow.session.delete(n)
        uow.commit()


def stage_history(session: Session, nomination_id: int) -> list[ExcellentStageChange]:
    return list(session.scalars(select(ExcellentStageChange).where(
        ExcellentStageChange.nomination_id == nomination_id).order_by(ExcellentStageChange.id)))


def is_excellent_cadre(session: Session, cadre_id: int, year: int) -> bool:
    """Named county “敢担当、善作为”优秀干部 in `year` (bonus 第十六条, promotion 第二十条)."""
    return (session.scalar(select(func.count(ExcellentNomination.id))
                           .join(ExcellentRound, ExcellentRound.id == ExcellentNomination.round_id)
                           .where(ExcellentNomination.cadre_id == cadre_id, ExcellentRound.year == year,
                                  ExcellentNomination.stage == Stage.ELECTED)) or 0) > 0


def excellent_years(session: Session, cadre_id: int) -> list[int]:
    return sorted(session.scalars(select(ExcellentRound.year)
                                  .join(ExcellentNomination, ExcellentNomination.round_id == ExcellentRound.id)
                                  .where(ExcellentNomination.cadre_id == cadre_id,
                                         ExcellentNomination.stage == Stage.ELECTED)))


@dataclass(frozen=True)
class NominationRow:
    """One parsed row of the `nominations` import (年度*, 公民身份号码*, 推荐单位*, 类别, 事迹)."""

    row: int
    year: int
    id_number: str
    unit_name: str
    category: str = ""
    deeds: str = ""


def nomination_row_problems(session: Session, rows: Sequence[NominationRow]) -> list[tuple[int, str, str]]:
    """(index of the row, column header, message) for every problem; nothing is written."""
    out: list[tuple[int, str, str]] = []
    years = {r.year for r in rows}
    units = dict(session.execute(select(Unit.name, Unit.id)).all())
    cadres = dict(session.execute(select(Cadre.id_number, Cadre.id)
                                  .where(Cadre.id_number.in_([r.id_number.strip().upper() for r in rows]))).all())
    existing = {(y, c) for y, c in session.execute(
        select(ExcellentRound.year, ExcellentNomination.cadre_id)
        .join(ExcellentNomination, ExcellentNomination.round_id == ExcellentRound.id)
        .where(ExcellentRound.year.in_(years)))}
    seen: dict[tuple[int, int], int] = {}
    for i, r in enumerate(rows):
        cid = cadres.get(r.id_number.strip().upper())
        if r.unit_name.strip() not in units:
            out.append((i, "推荐单位", f"“{r.unit_name}”不在单位名录中"))
        if cid is None:
            out.append((i, "公民身份号码", "干部名录中没有该号码"))
            continue
        if (r.year, cid) in existing:
            out.append((i, "公民身份号码", f"该干部已在{r.year}年度被推荐（每人只计入一个类别）"))
        if (r.year, cid) in seen:
            out.append((i, "公民身份号码", f"与第{seen[(r.year, cid)]}行重复"))
        seen[(r.year, cid)] = r.row
        choices = [c for c, _ in category_choices(session, cid)]
        if not choices:
            out.append((i, "类别", "现任职务不属于任何评选类别"))
        elif r.category.strip() and r.category.strip() not in choices:
            out.append((i, "类别", f"“{r.category}”与现任职务不符，可选：{'、'.join(choices)}"))
    return out


def _round_in(s: Session, year: int) -> ExcellentRound:
    r = _round(s, year)
    if r is None:
        targets = {**DEFAULT_TARGETS, **(get_setting(s, S_TARGETS, {}, year) or {})}
        tol = tolerance_setting(s, year)
        r = ExcellentRound(year=year, total_target=int(get_setting(s, S_TOTAL, DEFAULT_TOTAL, year)),
                           tol_category=tol.per_category, tol_overall=tol.overall)
        r.quotas = [ExcellentQuota(category=c, target=int(targets[c])) for c in CATEGORIES]
        s.add(r)
        s.flush()
    return r


def add_nominations(s: Session, rows: Sequence[NominationRow], by: str) -> None:
    """Write checked rows inside the caller's unit of work (the Excel importer's or import_nominations')."""
    units = dict(s.execute(select(Unit.name, Unit.id)).all())
    cadres = dict(s.execute(select(Cadre.id_number, Cadre.id)).all())
    for r in rows:
        _nominate(s, _round_in(s, r.year), cadres[r.id_number.strip().upper()], units[r.unit_name.strip()],
                  r.category.strip() or None, r.deeds, (), by)


@retried
def import_nominations(db: Database, rows: Sequence[NominationRow]) -> int:
    """All or nothing: every row is checked first; errors name the row and column."""
    with db.uow("导入优秀干部推荐", Permission.ENTER) as uow:
        uow.lock(locks.IMPORT, "excellent-nominations")
        for year in sorted({r.year for r in rows}):
            ensure_open(uow.session, SealArea.EXCELLENT, year)
        problems = nomination_row_problems(uow.session, rows)
        if problems:
            raise ValidationError([FieldError(h, m, rows[i].row) for i, h, m in problems])
        add_nominations(uow.session, rows, db.user)
        uow.audit("ExcellentNomination", None, after={"导入条数": len(rows)})
        uow.commit()
    return len(rows)


# ---------------------------------------------------------------- 第十条
@dataclass(frozen=True)
class DirectRated:
    cadre_id: int
    name: str
    unit_id: int
    unit: str
    evidence: str


def _unit_at_year_end(session: Session, year: int, cadre_ids: Sequence[int] | None = None
                      ) -> dict[int, tuple[int, str, str]]:
    """cadre id → (unit id, unit name, unit kind) of the post held on 31 December of the year."""
    end = dt.date(year, 12, 31)
    out: dict[int, tuple[int, str, str]] = {}
    stmt = (select(Post.cadre_id, Unit.id, Unit.name, Unit.kind, Post.start_date)
            .join(Unit, Unit.id == Post.unit_id)
            .where((Post.start_date.is_(None)) | (Post.start_date <= end),
                   (Post.end_date.is_(None)) | (Post.end_date > end))
            .order_by(Post.start_date.asc().nulls_first(), Post.id))
    if cadre_ids is not None:
        stmt = stmt.where(Post.cadre_id.in_(list(cadre_ids)))
    rows = session.connection().execute(stmt)  # plain rows: tens of thousands at city scale
    for cid, uid, name, kind, _ in rows:
        out[cid] = (uid, name, kind)  # the latest start wins
    return out


def violations_in(session: Session, year: int, cadre_ids: Sequence[int]) -> dict[int, list[str]]:
    """违纪违规 of the year (disciplines decided in it), tolerated ones left out."""
    with_any = sorted(set(session.scalars(select(Discipline.cadre_id).where(
        Discipline.cadre_id.in_(list(cadre_ids)), Discipline.decision_date >= dt.date(year, 1, 1),
        Discipline.decision_date <= dt.date(year, 12, 31)))))
    out: dict[int, list[str]] = {cid: [] for cid in cadre_ids}
    if not with_any:
        return out
    _, discs, _ = discipline_facts(session, with_any, dt.date(year, 12, 31), ITEM_HONOURS)
    for cid, ds in discs.items():
        out[cid] = [f"{d.decision_date.isoformat()} {d.category}·{d.kind}" for d in ds
                    if d.decision_date.year == year and not d.tolerated]
    return out


def directly_rated(session: Session, year: int,
                   units: Mapping[int, tuple[int, str, str]] | None = None) -> list[DirectRated]:
    coms = session.scalars(select(Commendation).where(
        Commendation.subject_type == "个人", Commendation.level.in_(core.DIRECT_LEVELS),
        Commendation.date >= dt.date(year, 1, 1), Commendation.date <= dt.date(year, 12, 31)))
    by_cadre: dict[int, list[CommendationFact]] = {}
    for c in coms:
        if c.cadre_id is not None:
            by_cadre.setdefault(c.cadre_id, []).append(CommendationFact(c.id, c.title, c.level, c.date))
    viol = violations_in(session, year, list(by_cadre))
    names = dict(session.execute(select(Cadre.id, Cadre.name).where(Cadre.id.in_(list(by_cadre)))).all())
    if units is None:
        units = _unit_at_year_end(session, year, list(by_cadre))
    out = []
    for cid, cs in by_cadre.items():
        ok, why = core.a10_direct_rating(year, cs, viol.get(cid, []))
        if ok and cid in units:
            out.append(DirectRated(cid, names[cid], units[cid][0], units[cid][1], why))
    return sorted(out, key=lambda d: (d.unit, d.name))


def _rates(session: Session, key: str, default: str, year: int) -> Callable[[str], Fraction]:
    """The rate setting of the year (one value, or one per unit kind) as kind → exact rate."""
    value = get_setting(session, key, default, year)

    def rate(kind: str) -> Fraction:
        return core.parse_rate(value.get(kind, default) if isinstance(value, dict) else value)
    return rate


QUOTA_ROUNDINGS = ("向下取整", "四舍五入")
F_RATE, F_RATE_FIRST, F_ROUNDING = "优秀比例", "获一等奖单位的比例", "名额取整"


@dataclass(frozen=True)
class QuotaRates:
    """The year's 第十条 rates as the clerk typed them (a per-kind setting shows as stored)."""

    rate: str
    rate_first: str
    rounding: str


def _rate_text(value: Any) -> str:
    return value if isinstance(value, str) else str(value)


def quota_rates(session: Session, year: int) -> QuotaRates:
    return QuotaRates(_rate_text(get_setting(session, S_RATE, DEFAULT_RATE, year)),
                      _rate_text(get_setting(session, S_RATE_FIRST, DEFAULT_RATE_FIRST, year)),
                      str(get_setting(session, S_ROUNDING, DEFAULT_ROUNDING, year)))


def _rate_problem(text: str) -> str | None:
    try:
        r = core.parse_rate(text)
    except (ValueError, ZeroDivisionError):
        return f"“{text.strip()}”不是比例：应写成 15% 或 0.15 的形式"
    return None if 0 <= r <= 1 else "比例应在 0 至 100% 之间"


def save_quota_rates(db: Database, year: int, rates: QuotaRates) -> None:
    """Check and save the year's 第十条 rates and rounding together (all or nothing)."""
    db.require(Permission.POLICY_SETTINGS)
    errors = [FieldError(label, problem) for label, text in ((F_RATE, rates.rate), (F_RATE_FIRST, rates.rate_first))
              if (problem := _rate_problem(text)) is not None]
    if rates.rounding not in QUOTA_ROUNDINGS:
        errors.append(FieldError(F_ROUNDING, "应为：" + "、".join(QUOTA_ROUNDINGS)))
    if errors:
        raise ValidationError(errors)
    with db.uow("修改第十条优秀名额比例", Permission.POLICY_SETTINGS) as uow:
        for key, value in ((S_RATE, rates.rate.strip()), (S_RATE_FIRST, rates.rate_first.strip()),
                           (S_ROUNDING, rates.rounding)):
            put_setting(uow.session, key, value, year)
        uow.commit()


def unit_quotas(session: Session, year: int) -> list[UnitQuota]:
    """Each unit's 优秀 quota (第十条: computed without the directly rated) and the places used."""
    units = _unit_at_year_end(session, year)
    grades = dict(session.connection().execute(
        select(Appraisal.cadre_id, Appraisal.grade).where(Appraisal.year == year)).all())
    direct = directly_rated(session, year, units)
    direct_ids = {d.cadre_id for d in direct}
    awards = unit_awards(session, [year])
    rounding = str(get_setting(session, S_ROUNDING, DEFAULT_ROUNDING, year))
    normal_rate = _rates(session, S_RATE, DEFAULT_RATE, year)
    first_rate = _rates(session, S_RATE_FIRST, DEFAULT_RATE_FIRST, year)
    info: dict[int, tuple[str, str]] = {}
    appraised: dict[int, int] = {}
    used: dict[int, int] = {}
    for cid, grade in grades.items():
        if cid not in units:
            continue
        uid, name, kind = units[cid]
        info[uid] = (name, kind)
        if cid in direct_ids:
            continue
        appraised[uid] = appraised.get(uid, 0) + 1
        used[uid] = used.get(uid, 0) + (grade == AppraisalGrade.EXCELLENT)
    direct_names: dict[int, list[str]] = {}
    for d in direct:
        info.setdefault(d.unit_id, (d.unit, units[d.cadre_id][2]))
        direct_names.setdefault(d.unit_id, []).append(d.name)
    out = []
    for uid, (name, kind) in info.items():
        first = awards.get((uid, year)) == AwardGrade.FIRST
        rate = (first_rate if first else normal_rate)(kind)
        out.append(core.a10_unit_quota(uid, name, kind, appraised.get(uid, 0), direct_names.get(uid, []),
                                   used.get(uid, 0), rate, first, rounding))
    order = dict(session.execute(select(Unit.id, Unit.sort_order)).all())
    return sorted(out, key=lambda q: (order.get(q.unit_id, 0), q.unit_name))


# ---------------------------------------------------------------- 记功 suggestions and honours
@dataclass(frozen=True)
class SuggestionRow:
    cadre_id: int
    name: str
    unit: str
    year: int
    kind: str
    evidence: str
    decision: str  # "" = pending, 采纳 / 忽略


def merit_suggestions(session: Session, year: int, include_decided: bool = False) -> list[SuggestionRow]:
    rows = session.execute(select(Appraisal.cadre_id, Appraisal.year, Appraisal.grade)
                           .where(Appraisal.year.between(year - 2, year),
                                  Appraisal.grade == AppraisalGrade.EXCELLENT)).all()
    by: dict[int, dict[int, str]] = {}
    for cid, y, g in rows:
        by.setdefault(cid, {})[y] = g
    decided = {(d.cadre_id, d.kind): d.decision for d in session.scalars(
        select(HonourSuggestionDecision).where(HonourSuggestionDecision.year == year))}
    found = {cid: sug for cid, grades in by.items() if (sug := core.a10_suggest_merit(cid, year, grades)) is not None}
    names = dict(session.execute(select(Cadre.id, Cadre.name).where(Cadre.id.in_(list(found)))).all())
    units = _unit_at_year_end(session, year, list(found))
    out = []
    for cid, sug in found.items():
        decision = decided.get((cid, sug.kind), "")
        if decision and not include_decided:
            continue
        out.append(SuggestionRow(cid, names[cid], units.get(cid, (0, "", ""))[1], year, sug.kind,
                                 f"{sug.evidence}（{sug.citation}）", decision))
    return sorted(out, key=lambda x: (x.unit, x.name))


def decide_suggestion(db: Database, cadre_id: int, year: int, accept: bool, reason: str = "") -> int | None:
    """Accept (opens a 记三等功 proposal, returns its id) or dismiss (reason recorded) a suggestion."""
    with db.uow("采纳记功建议" if accept else "忽略记功建议", Permission.DECIDE) as uow:
        s = uow.session
        sug = next((x for x in merit_suggestions(s, year, include_decided=True) if x.cadre_id == cadre_id), None)
        if sug is None:
            raise UserError("该干部没有本年度的记功建议")
        if sug.decision:
            raise UserError(f"该建议已{sug.decision}")
        honour_id = None
        if accept:
            h = _new_honour(s, year, sug.kind, cadre_id, None, sug.evidence, db.user)
            honour_id = h.id
        elif not reason.strip():
            raise UserError("忽略建议须填写理由")
        s.add(HonourSuggestionDecision(cadre_id=cadre_id, year=year, kind=sug.kind,
                                       decision="采纳" if accept else "忽略", evidence=sug.evidence,
                                       reason=reason.strip() or None, honour_id=honour_id,
                                       at=dt.datetime.now(), by=db.user))
        uow.commit()
        return honour_id


def _new_honour(s: Session, year: int, kind: str, cadre_id: int | None, unit_id: int | None, reason: str,
                by: str) -> Honour:
    if kind not in core.HONOUR_KINDS:
        raise UserError(f"奖励种类“{kind}”无效，可选：{'、'.join(core.HONOUR_KINDS)}")
    collective = kind.endswith("集体")
    if collective and unit_id is None:
        raise UserError(f"“{kind}”授予集体，须选择单位")
    if not collective and cadre_id is None:
        raise UserError(f"“{kind}”授予个人，须选择干部")
    h = Honour(year=year, kind=kind, cadre_id=None if collective else cadre_id,
               unit_id=unit_id if collective else None, reason=reason.strip(), status="报批中",
               created_at=dt.datetime.now())
    s.add(h)
    s.flush()
    return h


def propose_honour(db: Database, year: int, kind: str, *, cadre_id: int | None = None, unit_id: int | None = None,
                   reason: str = "") -> int:
    with db.uow("提出奖励", Permission.DECIDE) as uow:
        h = _new_honour(uow.session, year, kind, cadre_id, unit_id, reason, db.user)
        uow.commit()
        return h.id


APPROVAL_RESULTS = ("同意", "不同意", "批准")


def add_honour_step(db: Database, honour_id: int, step: str, body: str, result: str, on: dt.date | str,
                    opinion: str = "", document_no: str = "") -> None:
    """按程序报批: one more step. 批准 closes it as approved, 不同意 as not approved."""
    db.require(Permission.DECIDE)
    errors: list[FieldError] = []
    day = typed_date(on, "日期", errors, required=True)
    if errors:
        raise ValidationError(errors)
    assert day is not None
    on = day
    if result not in APPROVAL_RESULTS:
        raise UserError(f"审批结果应为{'、'.join(APPROVAL_RESULTS)}之一")
    if not step.strip() or not body.strip():
        raise UserError("审批环节和审批机关必填")
    with db.uow("奖励报批", Permission.DECIDE) as uow:
        h = uow.session.get(Honour, honour_id)
        if h is None:
            raise UserError(f"奖励（编号 {honour_id}）不存在")
        if h.status != "报批中":
            raise UserError(f"该奖励已{h.status}，不能再添加审批环节")
        if h.steps and on < h.steps[-1].on:
            raise UserError("审批日期早于上一环节")
        h.steps.append(HonourStep(step=step.strip(), body=body.strip(), result=result, opinion=opinion or None,
                                  on=on))
        if result == "批准":
            h.status, h.document_no = "已批准", document_no.strip() or None
        elif result == "不同意":
            h.status = "未批准"
        uow.commit()


@dataclass(frozen=True)
class HonourRow:
    id: int
    year: int
    kind: str
    subject: str
    reason: str
    status: str
    chain: str


def honours(session: Session, year: int) -> list[HonourRow]:
    hs = list(session.scalars(select(Honour).where(Honour.year == year).order_by(Honour.id)))
    names = dict(session.execute(select(Cadre.id, Cadre.name)).all())
    units = dict(session.execute(select(Unit.id, Unit.name)).all())
    return [HonourRow(h.id, h.year, h.kind, names.get(h.cadre_id or 0) or units.get(h.unit_id or 0, ""), h.reason,
                      h.status, " → ".join(f"{x.step}（{x.body}，{x.result}，{x.on.isoformat()}）" for x in h.steps))
            for h in hs]


# ---------------------------------------------------------------- reserve list
RESERVE_SOURCES = ("优秀干部", "组织推荐", "民主推荐", "个人自荐", "其他")


def _add_reserve(s: Session, cadre_id: int, source: str, ref: str, on: dt.date, note: str) -> ReserveEntry | None:
    active = s.scalar(select(ReserveEntry).where(ReserveEntry.cadre_id == cadre_id, ReserveEntry.removed_on.is_(None)))
    if active is not None:
        return None
    e = ReserveEntry(cadre_id=cadre_id, source=source, source_ref=ref or None, added_on=on, note=note or None)
    s.add(e)
    return e


def add_reserve(db: Database, cadre_id: int | None, source: str, added_on: dt.date | str, note: str = "",
                ref: str = "") -> int:
    db.require(Permission.DECIDE)
    errors: list[FieldError] = []
    if cadre_id is None:
        errors.append(FieldError("干部", "请先查找并选择干部"))
    day = typed_date(added_on, "列入日期", errors, required=True)
    if errors:
        raise ValidationError(errors)
    assert cadre_id is not None and day is not None
    added_on = day
    if source not in RESERVE_SOURCES:
        raise UserError(f"来源应为{'、'.join(RESERVE_SOURCES)}之一")
    with db.uow("列入科级后备干部", Permission.DECIDE) as uow:
        s = uow.session
        if s.get(Cadre, cadre_id) is None:
            raise UserError(f"干部（编号 {cadre_id}）不存在")
        e = _add_reserve(s, cadre_id, source, ref, added_on, note)
        if e is None:
            raise UserError("该干部已在科级后备干部名单中")
        uow.commit()
        return e.id


def remove_reserve(db: Database, entry_id: int, reason: str, on: dt.date | None = None) -> None:
    db.require(Permission.DECIDE)
    if not reason.strip():
        raise UserError("移出科级后备干部名单须填写理由")
    with db.uow("移出科级后备干部", Permission.DECIDE) as uow:
        e = uow.session.get(ReserveEntry, entry_id)
        if e is None:
            raise UserError(f"后备干部记录（编号 {entry_id}）不存在")
        if e.removed_on is not None:
            raise UserError("该记录已移出名单")
        on = on or dt.date.today()
        if on < e.added_on:
            raise UserError("移出日期早于列入日期")
        e.removed_on, e.removal_reason = on, reason.strip()
        uow.commit()


@dataclass(frozen=True)
class ReserveRow:
    id: int
    cadre_id: int
    name: str
    post: str
    source: str
    source_ref: str
    added_on: dt.date
    removed_on: dt.date | None
    removal_reason: str


def reserve_list(session: Session, include_removed: bool = False) -> list[ReserveRow]:
    stmt = select(ReserveEntry, Cadre).join(Cadre, Cadre.id == ReserveEntry.cadre_id).order_by(
        ReserveEntry.added_on, ReserveEntry.id)
    if not include_removed:
        stmt = stmt.where(ReserveEntry.removed_on.is_(None))
    rows = session.execute(stmt).all()
    posts = {p.cadre_id: f"{u.name}{p.title}" for p, u in session.execute(
        select(Post, Unit).join(Unit, Unit.id == Post.unit_id)
        .where(Post.cadre_id.in_([c.id for _, c in rows]), Post.end_date.is_(None))
        .order_by(Post.start_date.asc().nulls_first(), Post.id))}
    return [ReserveRow(e.id, c.id, c.name, posts.get(c.id, ""), e.source, e.source_ref or "", e.added_on,
                       e.removed_on, e.removal_reason or "") for e, c in rows]
