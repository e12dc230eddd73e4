"""能上能下 scan: gather the year's facts in a few set-based queries, run the pure rules.

    result = scan(session, 2025)                 # cadres in post on 2025-12-31
    result = scan(session, 2025, dt.date(2026, 3, 31))
    result.findings / result.notes / result.as_json()

No query runs per cadre: every table is read once, filtered by year, and joined in memory.
"""
from __future__ import annotations

import datetime as dt
import json
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Integer, String, and_, cast, or_, select, type_coerce
from sqlalchemy.orm import Session

from zydesk.core.adjustment import DeterminationKind, Facts, Finding, Status, Step, evaluate
from zydesk.core.adjustment import facts as F
from zydesk.core.adjustment.determinations import PRIOR_KINDS
from zydesk.core.adjustment.monitoring import DEFAULT_NAMED_INDICATORS
from zydesk.core.task_state import TaskState
from zydesk.services.settings import get_setting
from zydesk.storage import models_adjustment as M
from zydesk.storage.models import Appraisal, Cadre, Discipline, Post, Unit, Vote
from zydesk.storage.models_ranking import MonitoringRank

# Local settings (zydesk.services.settings). The policy names no ages: the defaults are the statutory
# retirement ages (退休年龄界限); 任职年龄界限 stricter than that must be set locally.
AGE_LIMITS_KEY = "adjustment.age_limits"
AGE_WARN_KEY = "adjustment.age_warn_months"
TERMS_KEY = "adjustment.terms"
INDICATORS_KEY = "adjustment.named_indicators"
DEFAULT_AGE_LIMITS = [
    {"level": level, "gender": g, "age": 60 if g == "男" or "处" in level else 55}
    for level in ("正处级", "副处级", "正科级", "副科级") for g in ("男", "女")
]
DEFAULT_TERMS = {"term_years": 5, "max_terms": 2, "max_years_at_level": 15}
AGE_NOTE = ("年龄界限为本地设置：政策未规定具体年龄；默认值取法定退休年龄（男60岁，科级女干部55岁、处级女干部60岁），"
            "未计入渐进式延迟退休，任职年龄界限须按本地规定设定。")
VOTE_TYPES_THIS_YEAR = ("班子年度测评", "个人年度测评", "领导干部大会测评", "试用期满测评", "一报告两评议")


@dataclass
class ScanResult:
    year: int
    date: dt.date
    findings: list[Finding]
    notes: list[str] = field(default_factory=list)  # footnotes (免责 exclusions, missing data)
    settings: list[str] = field(default_factory=list)  # readings and local settings used
    seconds: float = 0.0
    cases: dict[int, str] = field(default_factory=dict)  # cadre id → "方案3：待审核" (cases of this year)
    missing: list[str] = field(default_factory=list)  # the notes naming data of the year not yet entered

    def as_json(self, full_ids: bool = False) -> dict[str, Any]:
        """The findings, and the notes the text output prints (免责 footnotes, data not yet entered, readings);
        ID numbers masked unless full_ids."""
        findings = [{**f.as_json(full_ids), "tolerance_note": f.tolerance_note} for f in self.findings]
        return {"year": self.year, "date": self.date.isoformat(), "findings": findings,
                "notes": list(self.notes), "missing": list(self.missing), "settings": list(self.settings)}


def _rows(session: Session, stmt: Any) -> Any:
    """Run a Core select on the session's connection: plain rows, without the ORM's per-row loading layer."""
    return session.connection().execute(stmt)


def default_date(year: int) -> dt.date:
    """The scan looks at the cadres in post at the end of the year."""
    return dt.date(year, 12, 31)


def scan(session: Session, year: int, date: dt.date | None = None, state: TaskState | None = None) -> ScanResult:
    started = time.perf_counter()
    state = state or TaskState()
    facts, notes, used = load_facts(session, year, date or default_date(year), state)
    missing = _missing_data(session, facts)
    notes = missing + notes
    state.check()
    state.progress(9, 10, "逐条比对")
    ev = evaluate(facts)
    cases = {cid: f"方案{pid}：{Status(st).label}" for pid, cid, st in _rows(session,
        select(M.Proposal.id, M.Proposal.cadre_id, M.Proposal.status).where(M.Proposal.year == year)
        .order_by(M.Proposal.id))}
    state.progress(10, 10, "完成")
    return ScanResult(year, facts.date, ev.findings, notes + ev.notes, used, time.perf_counter() - started, cases,
                      missing)


def load_facts(session: Session, year: int, date: dt.date, state: TaskState | None = None
               ) -> tuple[Facts, list[str], list[str]]:
    state = state or TaskState()
    notes: list[str] = []
    years = (year - 1, year)
    state.progress(0, 10, "读取在任干部")
    unit_rows = {i: (n, k) for i, n, k in _rows(session, select(Unit.id, Unit.name, Unit.kind))}
    cadres = _cadres_on(session, date, unit_rows)
    units = {i: n for i, (n, _k) in unit_rows.items()}
    state.check()
    state.progress(1, 10, "读取考核排名")
    ranks = unit_rank_facts(session, years)
    state.progress(2, 10, "读取民主测评与年度考核")
    leaders = _current_leaders(date)
    loads = json.loads  # the counts as stored text, decoded in C (the ORM's JSON type decodes row by row)
    votes = [F.VoteFact(y, t, u, c, loads(counts) if counts else {}) for y, t, u, c, counts in _rows(session,
        select(Vote.year, Vote.vote_type, Vote.unit_id, Vote.cadre_id, _raw(Vote.counts)).where(
            or_(and_(Vote.year == year, Vote.vote_type.in_(VOTE_TYPES_THIS_YEAR)),
                and_(Vote.year == year - 1, Vote.vote_type == "领导干部大会测评")),
            or_(Vote.cadre_id.is_(None), Vote.cadre_id.in_(leaders))))]
    appraisals = {(c, y): g for c, y, g in _rows(session,
        select(Appraisal.cadre_id, Appraisal.year, Appraisal.grade).where(
            Appraisal.year.in_(years), Appraisal.grade.in_(("不称职", "基本称职"))))}
    state.check()
    state.progress(3, 10, "读取重点工作、监测考评、扶贫考核")
    key_tasks = [F.KeyTaskRank(*row) for row in _rows(session,
        select(M.KeyTaskRank.year, M.KeyTaskRank.task, M.KeyTaskRank.unit_id, M.KeyTaskRank.city_rank,
               M.KeyTaskRank.city_count, M.KeyTaskRank.leader_id).where(M.KeyTaskRank.year.in_(years)))]
    monitoring = _monitoring(session, years)
    poverty = [F.PovertyFact(y, u, k, g, t, a, e, s, bool(fr), i) for i, y, u, k, g, t, a, e, s, fr in _rows(session,
        select(M.PovertyAssessment.id, M.PovertyAssessment.year, M.PovertyAssessment.unit_id,
               M.PovertyAssessment.kind, M.PovertyAssessment.grade, M.PovertyAssessment.task_done,
               M.PovertyAssessment.id_accuracy, M.PovertyAssessment.exit_accuracy,
               M.PovertyAssessment.satisfaction, M.PovertyAssessment.fraud).where(
            M.PovertyAssessment.year.in_(years)))]
    state.check()
    state.progress(4, 10, "读取责任认定")
    determinations = _determinations(session, dt.date(year - 1, 1, 1), date)
    art17_cadres = {r.cadre_id for d in determinations if d.article == 17 for r in d.responsible}
    handlings = _handlings(session, art17_cadres, date)
    linked = {n for d in determinations for n in (d.tolerance_case, *(r.tolerance_case for r in d.responsible)) if n}
    tolerance_cases = _tolerance(session, linked)
    tolerance = _conclusions(session, linked - set(tolerance_cases))
    state.progress(5, 10, "读取健康状况与个人申请")
    health = [F.HealthFact(c, s, e, n or "") for c, s, e, n in _rows(session,
        select(M.HealthRecord.cadre_id, M.HealthRecord.start_date, M.HealthRecord.end_date, M.HealthRecord.note)
        .where(or_(M.HealthRecord.end_date.is_(None), M.HealthRecord.end_date > date)))]
    requests = [F.RequestFact(c, d, r, n or "") for c, d, r, n in _rows(session,
        select(M.PersonalRequest.cadre_id, M.PersonalRequest.date, M.PersonalRequest.request,
               M.PersonalRequest.note).where(M.PersonalRequest.date.between(dt.date(year, 1, 1), date)))]
    state.check()
    state.progress(6, 10, "读取任职经历")
    history = [F.PostSpan(c, u, t, lv, _day(st), _day(en)) for c, u, t, lv, st, en in _rows(session,
        select(Post.cadre_id, Post.unit_id, Post.title, Post.level, _raw(Post.start_date), _raw(Post.end_date))
        .where(Post.is_leadership.is_(True), Post.cadre_id.in_(leaders)))]
    state.progress(7, 10, "读取本地设置")
    age_limits = [F.AgeLimit(a["level"], a["gender"], int(a["age"]))
                  for a in get_setting(session, AGE_LIMITS_KEY, DEFAULT_AGE_LIMITS, year)]
    warn = int(get_setting(session, AGE_WARN_KEY, 6, year))
    terms = F.TermSettings(**{**DEFAULT_TERMS, **get_setting(session, TERMS_KEY, {}, year)})
    indicators = tuple(get_setting(session, INDICATORS_KEY, list(DEFAULT_NAMED_INDICATORS), year))
    used = [AGE_NOTE, "年龄界限：" + "，".join(f"{a.level}{a.gender}{a.age}岁" for a in age_limits)
            + f"；到龄提示期 {warn} 个月。",
            (f"任期：每届 {terms.term_years} 年，同一职位最多 {terms.max_terms} 个任期，"
             f"同一层次最高任职年限 {terms.max_years_at_level} 年（本地设置）。"),
            "主要负责人：扫描日在该单位担任正职领导职务的干部（镇为党委书记和镇长）。",
            "末位：同组最低名次，并列者均为末位；一票否决单位按考核排名设置处理。"]
    postponements = _postponements(session, date)
    facts = Facts(year=year, date=date, cadres=cadres, ranks=ranks, votes=votes, appraisals=appraisals,
                  key_tasks=key_tasks, monitoring=monitoring, poverty=poverty, determinations=determinations,
                  handlings=handlings, tolerance=tolerance, tolerance_cases=tolerance_cases, health=health, requests=requests,
                  post_history=history, age_limits=age_limits, postponements=postponements,
                  age_warn_months=warn, terms=terms, named_indicators=indicators, unit_names=units,
                  unit_kinds={i: k for i, (_n, k) in unit_rows.items()})
    return facts, notes, used


def _raw(col: Any) -> Any:
    """Read a column without the ORM's per-value conversion (dates come back as ISO text, parsed in C below)."""
    return cast(col, String)  # ISO text on every backend


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _on(date: dt.date) -> Any:
    """A post open on the date."""
    return and_(or_(Post.start_date.is_(None), Post.start_date <= date),
                or_(Post.end_date.is_(None), Post.end_date > date))


def _current_leaders(date: dt.date) -> Any:
    """Subquery: ids of the cadres with a leadership post open on the date (the rules' population)."""
    return select(Post.cadre_id).where(Post.is_leadership.is_(True), _on(date))


def _cadres_on(session: Session, date: dt.date, units: dict[int, tuple[str, str]]) -> list[F.CadreFact]:
    """Cadres 在职 with a leadership post open on the date (one set-based join; unit names from `units`)."""
    rows = _rows(session, select(
        Cadre.id, Cadre.name, Cadre.id_number, Cadre.gender, _raw(Cadre.birth_date), Post.unit_id, Post.id,
        Post.title, Post.level, type_coerce(Post.is_principal, Integer), _raw(Post.start_date))
        .join(Post, Post.cadre_id == Cadre.id)
        .where(Cadre.status == "在职", Post.is_leadership.is_(True), _on(date)).order_by(Cadre.id, Post.id))
    day = dt.date.fromisoformat
    out = []
    for i, n, idn, g, b, u, pid, t, lv, pr, st in rows:
        un, uk = units[u]
        out.append(F.CadreFact(i, n, idn, g, day(b), u, un, uk, pid, t, lv, bool(pr), True, _day(st)))
    return out


def unit_rank_facts(session: Session, years: Iterable[int]) -> dict[tuple[int, int], F.RankFact]:
    """Adapter over the rankings area: (unit_id, year) → the fields 第七条第（一）项 reads."""
    from zydesk.services.incentives.ranking import ranking_history

    out = {}
    for key, r in ranking_history(session, list(years)).items():
        out[key] = F.RankFact(r.rank if r.rank is not None else r.group_size, r.group, r.group_size, r.is_last,
                              r.award, r.vetoed)
    return out


def _monitoring(session: Session, years: Iterable[int]) -> list[F.MonitoringFact]:
    leaders = {(u, w): c for u, w, c in _rows(session,
        select(M.LeaderAssignment.unit_id, M.LeaderAssignment.work, M.LeaderAssignment.cadre_id))}
    rows = _rows(session, select(
        MonitoringRank.year, MonitoringRank.indicator, MonitoringRank.unit_id, MonitoringRank.province_rank,
        MonitoringRank.city_rank, MonitoringRank.province_count, MonitoringRank.city_count,
        MonitoringRank.retreat_province_rank).where(MonitoringRank.year.in_(list(years))).order_by(MonitoringRank.id))
    return [F.MonitoringFact(y, ind, u, pr, cr, pc, cc, rr, leaders.get((u, ind))) for y, ind, u, pr, cr, pc, cc, rr
            in rows]


def _determinations(session: Session, since: dt.date, until: dt.date) -> list[F.Determination]:
    D, DC = M.Determination, M.DeterminationCadre
    resp: dict[int, list[F.Responsible]] = defaultdict(list)
    for did, cid, role, case in _rows(session,
            select(DC.determination_id, DC.cadre_id, DC.role, DC.tolerance_case).join(D, D.id == DC.determination_id)
            .where(D.date.between(since, until)).order_by(DC.id)):
        resp[did].append(F.Responsible(cid, role, case or None))
    return [F.Determination(i, d, u, a, it, tuple(resp.get(i, ())), desc or "", src or "", kind or DeterminationKind.DETERMINED, case,
                            bool(fraud))
            for i, d, u, a, it, desc, src, kind, case, fraud in _rows(session,
                select(D.id, D.date, D.unit_id, D.article, D.item, D.description, D.source, D.kind,
                       D.tolerance_case, D.fraud).where(D.date.between(since, until)).order_by(D.date, D.id))]


def _handlings(session: Session, cadre_ids: set[int], until: dt.date) -> list[F.HandlingFact]:
    if not cadre_ids:
        return []
    kinds = or_(*(Discipline.kind.contains(k) for k in PRIOR_KINDS))
    return [F.HandlingFact(c, k, d, r or "") for c, k, d, r in _rows(session,
        select(Discipline.cadre_id, Discipline.kind, Discipline.decision_date, Discipline.reason).where(
            Discipline.cadre_id.in_(cadre_ids), Discipline.decision_date <= until, kinds))]


def _missing_data(session: Session, f: Facts) -> list[str]:
    """Say which sources of the year hold no data, so an empty result is not mistaken for a clean one."""
    from sqlalchemy import exists

    y = f.year
    lacking = []
    if not any(year == y for (_u, year) in f.ranks):
        lacking.append("年度目标责任考核得分（第七条第（一）项）")
    have = {t for t in VOTE_TYPES_THIS_YEAR
            if session.scalar(select(exists().where(Vote.year == y, Vote.vote_type == t)))}
    for vote_type, cite_text in (("班子年度测评", "第七条第（二）项"), ("个人年度测评", "第七条第（三）项"),
                                 ("领导干部大会测评", "第七条第（六）项")):
        if vote_type not in have:
            lacking.append(f"{vote_type}（{cite_text}）")
    if not session.scalar(select(exists().where(Appraisal.year == y))):
        lacking.append("年度考核等次（第七条第（四）项）")
    if not any(k.year == y for k in f.key_tasks):
        lacking.append("重点工作全市排名（第七条第（五）项）")
    if not any(m.year == y for m in f.monitoring):
        lacking.append("县域经济社会发展监测考评（第八条）")
    if not any(p.year == y for p in f.poverty):
        lacking.append("扶贫绩效考核（第九条）")
    if not lacking:
        return []
    return [f"{y}年度尚未录入：{'、'.join(lacking)}。这些条款本次无法比对，未列出情形不等于没有情形。"]


def _postponements(session: Session, until: dt.date) -> list[F.Postponement]:
    """第十九条 延迟 recorded on age cases by the scan date (few rows: the step data is JSON, read in Python)."""
    out = []
    for cadre_id, data in _rows(session,
            select(M.Proposal.cadre_id, M.ProposalStep.data)
            .join(M.ProposalStep, M.ProposalStep.proposal_id == M.Proposal.id)
            .where(M.ProposalStep.step == Step.POSTPONE.value, M.ProposalStep.date <= until)):
        until = data.get("until")
        if until:
            out.append(F.Postponement(cadre_id, dt.date.fromisoformat(str(until)), str(data.get("consent_body", "")),
                                      str(data.get("consent_doc", ""))))
    return out


def _conclusions(session: Session, cases: set[str]) -> dict[str, str | None]:
    """The tolerance area's answer for numbers not found as cases here (outcome only, applicant unknown)."""
    if not cases:
        return {}
    from zydesk.services.tolerance import protect  # the tolerance area's answer for other areas

    return {c: protect.case_conclusion(session, c) for c in sorted(cases)}


def _tolerance(session: Session, cases: set[str]) -> dict[str, F.ToleranceFact]:
    """The linked tolerance cases: outcome, conclusion date and applicant (the rules apply each to its
    applicant only, and only when concluded by the scan date). An unknown number is simply absent."""
    if not cases:
        return {}
    from zydesk.core.tolerance.values import Conclusion
    from zydesk.storage.models_tolerance import ToleranceCase as T

    as_linked: dict[str, list[str]] = defaultdict(list)  # stored number → the numbers as the records give them
    for c in cases:
        as_linked[c.strip()].append(c)
    out = {}
    for number, conclusion, on, cadre_id, unit_id, name in _rows(session, select(
            T.number, T.conclusion, T.concluded_on, T.applicant_cadre_id, T.applicant_unit_id, T.applicant_name)
            .where(T.number.in_(sorted(as_linked)))):
        outcome = Conclusion(conclusion).outcome if conclusion else None
        for linked in as_linked[number]:
            out[linked] = F.ToleranceFact(number, outcome, on, cadre_id, unit_id, name or "")
    return out


def latest_year(session: Session) -> int | None:
    """The last year with 年度考核 results or votes: the year a clerk most likely wants to scan."""
    from sqlalchemy import func

    years = [session.scalar(select(func.max(Appraisal.year))), session.scalar(select(func.max(Vote.year)))]
    found = [y for y in years if y is not None]
    return max(found) if found else None
