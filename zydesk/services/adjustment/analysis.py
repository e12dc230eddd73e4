"""分析研判 (能上能下 第二十六条) for one 领导班子 or the county's 干部队伍: the figures, the tables and the charts.

    result = analyse(db, 2025)                       # the county
    result = analyse(db, 2025, unit="城关镇")          # one unit's 领导班子
    result.charts / result.as_json()

Read in a few set-based queries (the leaders on 31 December, their leadership history, the adjusted cases and
their later appraisals); the rules are pure (zydesk/core/adjustment/analysis.py). Near-limit lists are the
scan's own 第十九、二十条 rules run over the same leaders, so they agree with `zydesk scan`.
"""
from __future__ import annotations

import datetime as dt
import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Integer, String, cast, select, type_coerce
from sqlalchemy.orm import Session

from zydesk.charts.model import Chart, ChartKind, Series
from zydesk.core.adjustment import Facts, Finding, Step, evaluate
from zydesk.core.adjustment import analysis as core
from zydesk.core.adjustment import facts as F
from zydesk.core.adjustment.personal import a19, a20
from zydesk.core.idnumber import mask
from zydesk.core.security.roles import Permission
from zydesk.errors import FieldError, UserError, ValidationError
from zydesk.services.settings import get_setting
from zydesk.storage import models_adjustment as M
from zydesk.storage.models import Appraisal, Cadre, Post, Unit
from zydesk.storage.models_care import Exchange, Talk, Training
from zydesk.storage.uow import Database

TARGETS_KEY = "analysis.structure_targets"
TALK_DAYS_KEY = "analysis.follow_up_talk_days"  # 调整后未谈心谈话: days after the 决定 (default core.TALK_DAYS)
CARE_KEYS = {"谈心谈话": "talks", "培训": "training", "交流挂职": "exchanges"}  # JSON keys of core.CARE_KINDS
TREND_YEARS = 10  # the ranking line looks back this many years


@dataclass
class Analysis:
    year: int
    date: dt.date
    unit: str | None  # None: the county's 干部队伍
    structure: core.Structure
    members: list[core.Member]  # the team (one unit) or empty (county)
    teams: list[core.TeamTable]  # every 领导班子 (county) or the one unit's
    gaps: list[core.Gap]
    near_limit: list[Finding]
    trajectory: list[core.RankPoint]
    follow_up: list[core.FollowUp]
    charts: list[Chart]
    settings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def subject(self) -> str:
        return f"{self.unit}领导班子" if self.unit else "全县干部队伍"

    def as_json(self, full_ids: bool = False) -> dict[str, Any]:
        """The figures of every chart with the tables; ID numbers masked unless full_ids (cadre_id to join)."""
        def idn(n: str) -> str:
            return n if full_ids else mask(n)

        s = self.structure
        return {
            "year": self.year, "date": self.date.isoformat(), "unit": self.unit, "subject": self.subject,
            "article": core.A26.as_json(),
            "structure": {"size": s.size, "principals": s.principals, "average_age": s.average_age,
                          "counts": {d: [{"label": k, "count": n} for k, n in rows] for d, rows in s.counts.items()},
                          "pyramid": [{"band": b, "男": m, "女": w} for b, m, w in s.pyramid]},
            "members": [{"cadre_id": m.cadre_id, "name": m.name, "id_number": idn(m.id_number), "post": m.post,
                         "level": m.level, "gender": m.gender, "age": core.age_on(m.birth_date, self.date),
                         "education": m.education, "political_status": m.political_status,
                         "ethnicity": m.ethnicity, "post_start": _iso(m.post_start),
                         "level_start": _iso(m.level_start)} for m in self.members],
            "teams": [{"unit_id": t.unit_id, "unit": t.unit, "size": t.size, "women": t.women, "young": t.young,
                       "non_party": t.non_party, "average_age": t.average_age, "lacks": list(t.lacks)}
                      for t in self.teams],
            "gaps": [{"unit_id": g.unit_id, "unit": g.unit, "size": g.size, "lacks": list(g.lacks)} for g in self.gaps],
            "near_limit": [f.as_json(full_ids) for f in self.near_limit],
            "trajectory": [{"year": p.year, "rank": p.rank, "group_size": p.group_size, "group": p.group,
                            "award": p.award, "is_last": p.is_last, "vetoed": p.vetoed} for p in self.trajectory],
            "follow_up": [{"cadre_id": f.adjusted.cadre_id, "name": f.adjusted.name,
                           "id_number": idn(f.adjusted.id_number), "unit": f.adjusted.unit, "post": f.adjusted.post,
                           "case_kind": f.adjusted.case_kind, "method": f.adjusted.method,
                           "decided": f.adjusted.decided.isoformat(), "now": f.adjusted.now,
                           "status": f.adjusted.status, "grades": [{"year": y, "grade": g} for y, g in f.grades],
                           "attention": f.attention, "no_talk": f.no_talk,
                           "care": {CARE_KEYS[k]: {"count": t.count, "latest": _iso(t.latest)} for k, t in f.care}}
                          for f in self.follow_up],
            "charts": [c.as_json() for c in self.charts],
            "settings": list(self.settings), "notes": list(self.notes),
        }


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _raw(col: Any) -> Any:
    return cast(col, String)  # ISO text on every backend


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _on(date: dt.date) -> Any:
    return ((Post.start_date.is_(None)) | (Post.start_date <= date)) & (
        (Post.end_date.is_(None)) | (Post.end_date > date))


# the fields of core.Targets with their labels on the form and their allowed ranges
TARGET_FIELDS: tuple[tuple[str, str, int, int], ...] = (
    ("women_min", "女干部至少", 0, 10), ("young_age", "年轻干部年龄（以下）", 25, 60),
    ("young_min", "年轻干部至少", 0, 10), ("non_party_min", "党外干部至少", 0, 10),
    ("min_team", "比对的班子人数（及以上）", 1, 30))


def structure_targets(db: Database, year: int | None = None) -> core.Targets:
    """The 班子结构目标 in force for the year (the all-years value, else the defaults)."""
    with db.read() as s:
        return core.Targets.from_setting(get_setting(s, TARGETS_KEY, {}, year))


TALK_DAYS_FIELD = ("调整后谈心谈话期限（天）", 1, 730)


def follow_up_talk_days(db: Database, year: int | None = None) -> int:
    """Days after a 决定 with no 谈心谈话 before 调整后未谈心谈话 is flagged (setting, default core.TALK_DAYS)."""
    with db.read() as s:
        return int(get_setting(s, TALK_DAYS_KEY, core.TALK_DAYS, year))


def save_structure_targets(db: Database, values: dict[str, int], year: int | None = None,
                           talk_days: int | None = None) -> None:
    """Set the 班子结构目标 and, when given, the 调整后谈心谈话 days (readings of 第二十六条 that change results:
    审核员)."""
    db.require(Permission.POLICY_SETTINGS)  # before the input is looked at: a refusal comes first
    errors = []
    for key, label, lo, hi in TARGET_FIELDS:
        v = values.get(key)
        if not isinstance(v, int) or not lo <= v <= hi:
            errors.append(FieldError(label, f"应为 {lo}—{hi} 之间的整数"))
    label, lo, hi = TALK_DAYS_FIELD
    if talk_days is not None and not lo <= talk_days <= hi:
        errors.append(FieldError(label, f"应为 {lo}—{hi} 之间的整数"))
    unknown = sorted(set(values) - {k for k, *_r in TARGET_FIELDS})
    if unknown:
        errors.append(FieldError("班子结构目标", f"未知的项：{'、'.join(unknown)}"))
    if errors:
        raise ValidationError(errors)
    from zydesk.services.settings import put_setting

    with db.uow("修改班子结构目标", Permission.POLICY_SETTINGS) as uow:
        put_setting(uow.session, TARGETS_KEY, dict(values), year)
        if talk_days is not None:
            put_setting(uow.session, TALK_DAYS_KEY, talk_days, year)
        uow.commit()


def unit_names(db: Database) -> list[str]:
    """The units a clerk can choose, in the unit list's order."""
    with db.read() as s:
        return list(s.scalars(select(Unit.name).where(Unit.active.is_(True)).order_by(Unit.sort_order, Unit.id)))


def analyse(db: Database, year: int, unit: str | None = None) -> Analysis:
    """分析研判 of `year` (the leaders in post on 31 December): the county, or one unit's 领导班子."""
    if not 2000 <= year <= 2100:
        raise UserError(f"年度 {year} 不在 2000—2100 之间")
    with db.read(Permission.READ) as s:
        return analyse_session(s, year, unit)


def analyse_session(s: Session, year: int, unit: str | None = None) -> Analysis:
    started = time.perf_counter()
    date = dt.date(year, 12, 31)
    unit_id: int | None = None
    if unit is not None:
        unit_id = s.scalar(select(Unit.id).where(Unit.name == unit.strip()))
        if unit_id is None:
            raise UserError(f"没有名为“{unit}”的单位")
    units = {i: (n, k) for i, n, k in s.connection().execute(select(Unit.id, Unit.name, Unit.kind))}
    members, history = _members(s, date, unit_id, units)
    targets = core.Targets.from_setting(get_setting(s, TARGETS_KEY, {}, year))
    teams_by_unit: dict[int, list[core.Member]] = defaultdict(list)
    for m in members:
        teams_by_unit[m.unit_id].append(m)
    struct = core.structure(members, date)
    teams = core.team_table(teams_by_unit, targets, date)
    gaps = core.a26_team_gaps(teams_by_unit, targets, date)
    near, used = _near_limit(s, year, date, members, history)
    trajectory: list[core.RankPoint] = []
    if unit_id is not None:
        from zydesk.services.incentives.ranking import ranking_history

        years = list(range(year - TREND_YEARS + 1, year + 1))
        trajectory = core.rank_trajectory(ranking_history(s, years), unit_id, years)
        while trajectory and trajectory[0].rank is None and trajectory[0].group_size is None:
            trajectory.pop(0)  # years before the unit's first score
    follow = core.a26_follow_up(_adjusted(s, date, unit_id), _appraisals(s, year, date, unit_id), year)
    on = min(date, dt.date.today())  # a decision of this year is not older than it is today
    talk_days = int(get_setting(s, TALK_DAYS_KEY, core.TALK_DAYS, year))
    follow = core.a26_care_since(follow, _care(s, {f.adjusted.cadre_id for f in follow}, on), on, talk_days)
    notes = []
    if not members:
        notes.append(f"{date:%Y年%m月%d日}没有在任的领导干部记录，结构无从分析。")
    notes.append("“调整后跟踪”列出已作出调整决定的干部此后各年的年度考核等次，以及决定日以来关心关爱登记簿中的"
                 "谈心谈话、培训、交流挂职记录（次数和最近日期）。")
    care_setting = (f"调整后谈心谈话（本地设置，政策未规定）：决定日起超过{talk_days}天仍无谈心谈话记录的在职干部标为"
                    f"“{core.NO_TALK}”，按{on:%Y年%m月%d日}计算。")
    result = Analysis(year, date, unit.strip() if unit else None, struct,
                      sorted(members, key=lambda m: core.member_order(m, date))
                      if unit_id is not None else [],
                      teams, gaps, near, trajectory, follow, [], [targets.describe(), *used, care_setting], notes)
    result.charts = charts(result, targets)
    result.seconds = time.perf_counter() - started
    return result


def _members(s: Session, date: dt.date, unit_id: int | None, units: dict[int, tuple[str, str]]
             ) -> tuple[list[core.Member], list[F.PostSpan]]:
    """Leaders on the date (in one unit, or all) and the leadership history of those cadres."""
    stmt = (select(Cadre.id, Cadre.name, Cadre.id_number, Cadre.gender, _raw(Cadre.birth_date), Cadre.education,
                   Cadre.ethnicity, Cadre.political_status, Post.unit_id, Post.id, Post.title, Post.level,
                   type_coerce(Post.is_principal, Integer), _raw(Post.start_date))
            .join(Post, Post.cadre_id == Cadre.id)
            .where(Cadre.status == "在职", Post.is_leadership.is_(True), _on(date)))
    if unit_id is not None:
        stmt = stmt.where(Post.unit_id == unit_id)
    rows = s.connection().execute(stmt).all()
    ids = {r[0] for r in rows}
    hist_stmt = select(Post.cadre_id, Post.unit_id, Post.title, Post.level, _raw(Post.start_date),
                       _raw(Post.end_date)).where(Post.is_leadership.is_(True))
    if unit_id is not None:
        hist_stmt = hist_stmt.where(Post.cadre_id.in_(ids))
    history = [F.PostSpan(c, u, t, lv, _day(st), _day(en)) for c, u, t, lv, st, en
               in s.connection().execute(hist_stmt) if c in ids]
    first_at: dict[tuple[int, str], dt.date] = {}
    for p in history:
        if p.start is not None and p.start <= date:
            key = (p.cadre_id, p.level)
            if key not in first_at or p.start < first_at[key]:
                first_at[key] = p.start
    day = dt.date.fromisoformat
    out = []
    for cid, name, idn, g, b, edu, eth, pol, u, _pid, title, lv, pr, st in rows:
        start = _day(st)
        out.append(core.Member(cid, name, idn, u, units[u][0], title, lv, bool(pr), g, day(b), edu, eth, pol,
                               start, first_at.get((cid, lv), start)))
    return out, history


def _near_limit(s: Session, year: int, date: dt.date, members: list[core.Member], history: list[F.PostSpan]
                ) -> tuple[list[Finding], list[str]]:
    """第十九条 (age) and 第二十条 (terms) findings over these leaders, with the scan's settings and 延迟 records."""
    from zydesk.services.adjustment.scan import (
        AGE_LIMITS_KEY,
        AGE_WARN_KEY,
        DEFAULT_AGE_LIMITS,
        DEFAULT_TERMS,
        TERMS_KEY,
        _postponements,
    )

    cadres = [F.CadreFact(m.cadre_id, m.name, m.id_number, m.gender, m.birth_date, m.unit_id, m.unit, "", 0,
                          m.post, m.level, m.is_principal, True, m.post_start) for m in members]
    limits = [F.AgeLimit(a["level"], a["gender"], int(a["age"]))
              for a in get_setting(s, AGE_LIMITS_KEY, DEFAULT_AGE_LIMITS, year)]
    warn = int(get_setting(s, AGE_WARN_KEY, 6, year))
    terms = F.TermSettings(**{**DEFAULT_TERMS, **get_setting(s, TERMS_KEY, {}, year)})
    facts = Facts(year=year, date=date, cadres=cadres, post_history=history, age_limits=limits,
                  postponements=_postponements(s, date), age_warn_months=warn, terms=terms)
    found = evaluate(facts, (a19, a20)).findings
    used = [(f"临近界限：第十九条年龄界限（提示期 {warn} 个月）与第二十条任期（每届 {terms.term_years} 年、"
             f"最多 {terms.max_terms} 届、同一层次最高 {terms.max_years_at_level} 年）按能上能下扫描的本地设置。")]
    return found, used


def _adjusted(s: Session, date: dt.date, unit_id: int | None) -> list[core.Adjusted]:
    """Cases with a recorded 决定 on or before the date, with the cadre's post on the date."""
    P, PS = M.Proposal, M.ProposalStep
    stmt = (select(P.cadre_id, Cadre.name, Cadre.id_number, Cadre.status, Unit.name, P.post_id, P.case_kind,
                   P.proposed_method, PS.date, PS.data)
            .join(PS, PS.proposal_id == P.id).join(Cadre, Cadre.id == P.cadre_id).join(Unit, Unit.id == P.unit_id)
            .where(PS.step == Step.DECIDE.value, PS.date <= date).order_by(PS.date))
    if unit_id is not None:
        stmt = stmt.where(P.unit_id == unit_id)
    rows = s.execute(stmt).all()
    if not rows:
        return []
    ids = {r[0] for r in rows}
    post_ids = {r[5] for r in rows if r[5] is not None}
    titles = {i: t for i, t in s.execute(select(Post.id, Post.title).where(Post.id.in_(post_ids)))} if post_ids else {}
    now: dict[int, str] = {}
    for cid, uname, title in s.execute(select(Post.cadre_id, Unit.name, Post.title).join(Unit, Unit.id == Post.unit_id)
                                       .where(Post.cadre_id.in_(ids), _on(date))
                                       .order_by(Post.start_date.asc().nulls_first(), Post.id)):
        text = title if title.startswith(uname) else f"{uname}{title}"
        now[cid] = f"{now[cid]}、{text}" if cid in now else text
    return [core.Adjusted(cid, name, idn, uname, titles.get(pid, "") if pid else "", kind,
                          str((data or {}).get("method") or method or ""), decided, now.get(cid, ""), status)
            for cid, name, idn, status, uname, pid, kind, method, decided, data in rows]


def _appraisals(s: Session, year: int, date: dt.date, unit_id: int | None) -> dict[tuple[int, int], str]:
    adjusted = select(M.Proposal.cadre_id)
    if unit_id is not None:
        adjusted = adjusted.where(M.Proposal.unit_id == unit_id)
    return {(c, y): g for c, y, g in s.execute(select(Appraisal.cadre_id, Appraisal.year, Appraisal.grade)
                                               .where(Appraisal.year <= year, Appraisal.cadre_id.in_(adjusted)))}


def _care(s: Session, ids: set[int], on: dt.date) -> list[tuple[int, str, dt.date]]:
    """(cadre_id, kind, date) of the adjusted cadres' 谈心谈话, 培训 and 交流挂职 up to the date."""
    if not ids:
        return []
    out: list[tuple[int, str, dt.date]] = []
    for kind, cid_col, day_col in (("谈心谈话", Talk.cadre_id, Talk.date),
                                   ("培训", Training.cadre_id, Training.start_date),
                                   ("交流挂职", Exchange.cadre_id, Exchange.start_date)):
        rows = s.execute(select(cid_col, _raw(day_col)).where(cid_col.in_(ids), day_col <= on))
        out += [(c, kind, dt.date.fromisoformat(d)) for c, d in rows]
    return out


def charts(a: Analysis, targets: core.Targets) -> list[Chart]:
    """The charts of the report, from the figures of the result (the JSON carries the same figures)."""
    st = a.structure
    who = a.subject
    out = [Chart(ChartKind.PYRAMID, f"{who}年龄结构（{st.size}人）", [b for b, _m, _w in st.pyramid],
                 [Series("男", [m for _b, m, _w in st.pyramid]), Series("女", [w for _b, _m, w in st.pyramid])],
                 x_label="人数", y_label="年龄段", unit="人",
                 note=f"平均年龄 {st.average_age} 岁；年龄按{a.date:%Y年%m月%d日}计算。" if st.average_age else "")]
    for dim, title in (("学历", "学历结构"), ("政治面貌", "政治面貌"), ("性别", "性别结构"), ("民族", "民族结构")):
        rows = st.counts[dim]
        out.append(Chart(ChartKind.BAR, f"{who}{title}", [k for k, _n in rows], [Series("人数", [n for _k, n in rows])],
                         x_label=dim, y_label="人数", unit="人"))
    post, level = st.counts["任现职年限"], st.counts["任现级年限"]
    cats = [k for k, _n in post]
    level_map = dict(level)
    cats += [k for k, _n in level if k not in cats]
    out.append(Chart(ChartKind.BAR, f"{who}任职年限", cats,
                     [Series("任现职", [dict(post).get(k, 0) for k in cats]),
                      Series("任现级", [level_map.get(k, 0) for k in cats])], x_label="年限", y_label="人数", unit="人"))
    if a.unit is None:
        lacks = {"女干部": 0, f"{targets.young_age}岁以下干部": 0, "党外干部": 0}
        for g in a.gaps:
            for text in g.lacks:
                for k in lacks:
                    if text.startswith(k.replace("干部", "")):
                        lacks[k] += 1
        out.append(Chart(ChartKind.BAR, "领导班子结构缺项（班子数）", [f"缺{k}" for k in lacks],
                         [Series("班子数", list(lacks.values()))], x_label="缺项", y_label="班子数", unit="个",
                         note=f"{targets.min_team}人及以上的班子；目标为本地设置，见“班子结构”。"))
    elif a.trajectory:
        out.append(Chart(ChartKind.LINE, f"{a.unit}年度目标责任考核名次", [str(p.year) for p in a.trajectory],
                         [Series("类别内名次", [p.rank for p in a.trajectory])], x_label="年度", y_label="名次",
                         unit="", inverted=True,
                         note="名次越小越靠前；无点的年度为一票否决或未录入得分。" + "；".join(
                             f"{p.year}年{p.group}共{p.group_size}个" for p in a.trajectory[-1:] if p.group)))
    return out
