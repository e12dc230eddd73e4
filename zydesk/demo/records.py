"""Demo records: annual appraisals, democratic votes, unit scores, commendations, discipline.

Besides the ordinary spread, a few cases are planted on purpose so that the policy checks have
something to find, including cases that sit exactly on a threshold (which must NOT trigger):
- 班子年度测评: one unit with 好+较好 below 2/3, one exactly at 2/3, one with 差 above 1/3,
  one with 差 exactly 1/3 (第七条第（二）项 of 能上能下);
- 个人年度测评: one leader with 基本称职+不称职 at 30% and 不称职 above 15%, one with 不称职 exactly
  15% (第七条第（三）项);
- 年度考核: a leader 不称职 in the last year, two leaders 基本称职 two years running (第七条第（四）项);
- 领导干部大会测评: one town principal and one department head last two years running (第七条第（六）项);
- 年度目标责任考核: one town last in its group two years running (第七条第（一）项), two 一票否决,
  one of them on a unit that also earned 表彰净加分 that year.
Their names are kept in state.data["cases"] (and in the audit entry), for whoever wants to look.
"""
from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from zydesk.core.dates import add_months
from zydesk.demo import DemoState
from zydesk.demo.catalogue import COUNTIES
from zydesk.demo.master import DemoCadre, DemoUnit
from zydesk.services.codes import discipline_periods
from zydesk.storage.base import table_of
from zydesk.storage.models import Appraisal, Commendation, Discipline, UnitScore, Vote
from zydesk.storage.uow import Database

STEPS = 5


def split(n: int, shares: list[float]) -> list[int]:
    """n votes over options in proportion to shares (largest remainder, sums to n)."""
    total = sum(shares)
    raw = [n * s / total for s in shares]
    counts = [int(x) for x in raw]
    for i in sorted(range(len(raw)), key=lambda i: counts[i] - raw[i])[: n - sum(counts)]:
        counts[i] += 1
    return counts


def _clamp(x: float, lo: float, hi: float) -> float:
    return min(hi, max(lo, x))


def _day_in(rng: random.Random, year: int, lo_month: int = 1, hi_month: int = 12) -> dt.date:
    return dt.date(year, rng.randint(lo_month, hi_month), rng.randint(1, 28))


def who(c: DemoCadre) -> str:
    return f"{c.unit.name}{c.title}{c.name}"


def fill(db: Database, rng: random.Random, state: DemoState) -> None:
    s = state.session
    years = list(state.sizes.years)
    last = years[-1]
    units: list[DemoUnit] = state.data["units"]
    cadres: list[DemoCadre] = state.data["cadres"]
    cases: list[str] = state.data.setdefault("cases", [])
    size = {u.id: 0 for u in units}
    for c in cadres:
        size[c.unit.id] += 1
    leaders = [c for c in cadres if c.leadership]
    deputies = [c for c in leaders if not c.principal and c.lead_since and c.lead_since.year <= last - 2]

    # --- discipline first: a cadre disciplined in a year is not 优秀 that year
    periods = discipline_periods(s)
    by_category: dict[str, list[tuple[str, int | None]]] = {}
    for (category, kind), months in periods.items():
        if kind not in ("开除", "开除党籍"):
            by_category.setdefault(category, []).append((kind, months))
    bodies = {"党纪处分": "中共{}纪律检查委员会", "政务处分": "{}监察委员会", "组织处理": "中共{}委组织部"}
    reasons = {"党纪处分": ("违反中央八项规定精神，违规接受宴请", "违反组织纪律，个人有关事项报告不实",
                            "违反廉洁纪律，违规收受礼金"),
               "政务处分": ("履职不力，扶贫项目资金监管失职", "工作失职，安全生产监管不到位",
                            "违规发放津贴补贴"),
               "组织处理": ("落实脱贫攻坚责任不力，整改不到位", "工作作风漂浮，群众反映强烈", "信访问题处置不当")}
    disc_rows: list[dict[str, object]] = []
    disciplined: set[tuple[int, int]] = set()
    seen: set[tuple[int, str, str, dt.date]] = set()
    categories = list(by_category)
    for i in range(max(len(categories), round(len(cadres) * 0.012))):
        cadre = rng.choice(cadres)
        category = categories[i] if i < len(categories) else rng.choices(categories, weights=(3, 3, 4))[0]
        kind, months = rng.choice(by_category[category])
        decided = _day_in(rng, rng.choice(years))
        if decided < cadre.work_start or (cadre.id, category, kind, decided) in seen:
            continue
        seen.add((cadre.id, category, kind, decided))
        disciplined.add((cadre.id, decided.year))
        county = COUNTIES[cadre.unit.county][0]
        disc_rows.append({"cadre_id": cadre.id, "category": category, "kind": kind, "decision_date": decided,
                          "deciding_body": bodies[category].format(county),
                          "reason": rng.choice(reasons[category]),
                          "effect_end": add_months(decided, months) if months else None})

    # --- annual appraisals
    special: dict[tuple[int, int], str] = {}
    if len(deputies) >= 3:
        a, b, c = rng.sample(deputies, 3)
        special[(a.id, last)] = "不称职"
        special[(b.id, last - 1)] = special[(b.id, last)] = "基本称职"
        special[(c.id, last - 1)] = special[(c.id, last)] = "基本称职"
        cases.append(f"{last}年度考核不称职：{who(a)}")
        cases.append(f"{last - 1}—{last}年连续基本称职：{who(b)}、{who(c)}")
    appraisal_rows: list[dict[str, object]] = []
    for cadre in cadres:
        for year in years:
            if cadre.work_start.year > year:
                continue
            grade = special.get((cadre.id, year))
            if grade is None:
                if cadre.work_start.year == year:
                    grade = "不定等次"  # 新录用人员试用期内只写评语
                else:
                    score = cadre.quality + rng.gauss(0, 0.8)
                    grade = ("优秀" if score > 1.25 else "不称职" if score < -3.4 else "基本称职" if score < -2.9
                             else "称职")
                    if grade == "优秀" and (cadre.id, year) in disciplined:
                        grade = "称职"
            appraisal_rows.append({"cadre_id": cadre.id, "year": year, "grade": grade,
                                   "note": "新录用人员，试用期内不定等次" if grade == "不定等次" else None})
    s.execute(table_of(Appraisal).insert(), appraisal_rows)
    state.step()

    # --- democratic votes
    votes: list[dict[str, object]] = []

    def vote(year: int, kind: str, counts: dict[str, int], unit: DemoUnit | None = None,
             cadre: DemoCadre | None = None) -> None:
        votes.append({"year": year, "vote_type": kind, "unit_id": unit.id if unit else None,
                      "cadre_id": cadre.id if cadre else None, "counts": counts})

    team_opts = ["好", "较好", "一般", "差"]
    planted_team: dict[tuple[int, int], list[int]] = {}
    towns = [u for u in units if u.is_town]
    depts = [u for u in units if u.kind == "县直部门"]
    if len(towns) >= 3 and len(depts) >= 2:
        t1, t2 = rng.sample(towns, 2)
        d1, d2 = rng.sample(depts, 2)
        planted_team[(t1.id, last)] = [12, 17, 10, 6]  # 29/45 < 2/3
        planted_team[(d1.id, last)] = [10, 10, 4, 6]  # 20/30 = 2/3 exactly: not below
        planted_team[(t2.id, last - 1)] = [8, 8, 6, 14]  # 差 14/36 > 1/3
        planted_team[(d2.id, last - 1)] = [12, 8, 0, 10]  # 差 10/30 = 1/3 exactly: not above
        cases.append(f"{last}年班子测评好和较好达不到三分之二：{t1.name}（29/45）；恰为三分之二：{d1.name}（20/30）")
        cases.append(f"{last - 1}年班子测评差票超过三分之一：{t2.name}（14/36）；恰为三分之一：{d2.name}（10/30）")
    report_units = [u for u in units if u.is_town or u.kind == "县直部门"]
    for year in years:
        for u in units:
            n = max(15, size[u.id] + rng.randint(5, 20))
            if (u.id, year) in planted_team:
                counts = planted_team[(u.id, year)]
            else:
                good = _clamp(0.62 + 0.1 * u.quality + rng.gauss(0, 0.05), 0.35, 0.92)
                counts = split(n, [good, (1 - good) * 0.7, (1 - good) * 0.25, (1 - good) * 0.05])
            vote(year, "班子年度测评", dict(zip(team_opts, counts)), unit=u)
        for u in report_units:
            n = max(15, size[u.id] + rng.randint(5, 20))
            ok = _clamp(0.8 + 0.06 * u.quality + rng.gauss(0, 0.04), 0.5, 0.98)
            vote(year, "一报告两评议", dict(zip(["满意", "基本满意", "不满意"], split(n, [ok, (1 - ok) * 0.8, (1 - ok) * 0.2]))),
                 unit=u)

    person_opts = ["优秀", "称职", "基本称职", "不称职"]
    planted_person: dict[tuple[int, int], list[int]] = {}
    if len(deputies) >= 5:
        p1, p2 = rng.sample(deputies, 2)
        planted_person[(p1.id, last)] = [10, 18, 5, 7]  # 12/40 = 30% and 不称职 7/40 > 15%
        planted_person[(p2.id, last)] = [12, 16, 6, 6]  # 30% but 不称职 6/40 = 15% exactly: not above
        cases.append(f"{last}年个人测评基本称职和不称职30%且不称职超过15%：{who(p1)}；不称职恰为15%：{who(p2)}")
    for c in leaders:
        since = c.lead_since or c.start
        for year in years:
            if since.year > year:
                continue
            if (c.id, year) in planted_person:
                counts = planted_person[(c.id, year)]
            else:
                n = max(15, size[c.unit.id] + rng.randint(5, 20))
                exc = _clamp(0.45 + 0.1 * c.quality + rng.gauss(0, 0.06), 0.12, 0.85)
                counts = split(n, [exc, (1 - exc) * 0.88, (1 - exc) * 0.1, (1 - exc) * 0.02])
            vote(year, "个人年度测评", dict(zip(person_opts, counts)), cadre=c)

    # 全县领导干部大会测评: 镇党政正职 and 县直部门主要负责人; one of each last two years running.
    heads = [c for c in leaders if c.principal and (c.unit.is_town or c.unit.kind == "县直部门")]
    weak: set[int] = set()
    for pool in ([c for c in heads if c.unit.is_town], [c for c in heads if not c.unit.is_town]):
        settled = [c for c in pool if c.start.year <= last - 1]
        if len(settled) >= 2:
            w = rng.choice(settled)
            weak.add(w.id)
            cases.append(f"{last - 1}—{last}年领导干部大会测评连续两次末位：{who(w)}")
    for year in years:
        n = rng.randint(180, 240)
        for c in heads:
            if c.start.year > year:
                continue
            if c.id in weak and year >= last - 1:
                good = 0.25
            else:
                good = _clamp(0.6 + 0.1 * c.quality + rng.gauss(0, 0.05), 0.4, 0.92)
            vote(year, "领导干部大会测评", dict(zip(team_opts, split(n, [good, (1 - good) * 0.65, (1 - good) * 0.28,
                                                                    (1 - good) * 0.07]))), cadre=c)

    # 试用期满测评 a year after a leadership post began; some by 同意/不同意.
    for c in leaders:
        year = c.start.year + 1
        if year not in state.sizes.years:
            continue
        n = max(15, size[c.unit.id] + rng.randint(5, 20))
        if rng.random() < 0.2:
            yes = _clamp(0.9 + rng.gauss(0, 0.05), 0.6, 1.0)
            trial = dict(zip(["同意", "不同意"], split(n, [yes, 1 - yes])))
        else:
            fit = _clamp(0.85 + 0.05 * c.quality + rng.gauss(0, 0.05), 0.5, 1.0)
            trial = dict(zip(["称职", "基本称职", "不称职"], split(n, [fit, (1 - fit) * 0.8, (1 - fit) * 0.2])))
        vote(year, "试用期满测评", trial, cadre=c)
    s.execute(table_of(Vote).insert(), votes)
    state.step()

    # --- 年度目标责任考核
    scores: dict[tuple[int, int], float] = {}
    for year in years:
        for u in units:
            scores[(u.id, year)] = _clamp(90 + 3 * u.quality + rng.gauss(0, 2), 70, 99.5)
    flags: dict[tuple[int, int], dict[str, object]] = {}
    if len(towns) >= 3 and len(depts) >= 2 and len(years) >= 3:
        laggard = rng.choice(towns)
        for year in (last - 1, last):
            floor = min(scores[(u.id, year)] for u in towns if u is not laggard)
            scores[(laggard.id, year)] = floor - rng.uniform(0.5, 2.0)
        cases.append(f"{last - 1}—{last}年目标责任考核连续两年“镇”类末位：{laggard.name}")
        veto_town, veto_dept = rng.choice([t for t in towns if t is not laggard]), rng.choice(depts)
        flags[(veto_town.id, last - 2)] = {"vetoed": True, "veto_reason": "发生较大安全生产责任事故"}
        flags[(veto_dept.id, last)] = {"vetoed": True, "veto_reason": "信访稳定工作被一票否决", "commend_plus": True}
        cases.append(f"一票否决：{veto_town.name}（{last - 2}年）、{veto_dept.name}（{last}年，当年另有表彰净加分）")
    for year in years:
        for u in units:
            f = flags.setdefault((u.id, year), {})
            if not f.get("vetoed"):
                if rng.random() < 0.03:
                    f["commend_plus"] = True
                if u.kind == "县直部门" and rng.random() < 0.05:
                    f["excess_plus"] = True
    score_rows = [{"year": year, "unit_id": u.id, "score": Decimal(f"{scores[(u.id, year)]:.2f}"),
                   "vetoed": bool(flags[(u.id, year)].get("vetoed")),
                   "veto_reason": flags[(u.id, year)].get("veto_reason"),
                   "commend_plus": bool(flags[(u.id, year)].get("commend_plus")),
                   "excess_plus": bool(flags[(u.id, year)].get("excess_plus"))}
                  for year in years for u in units]
    s.execute(table_of(UnitScore).insert(), score_rows)
    state.step()

    # --- commendations, individual and collective, at every level
    levels = ["中央/国务院", "中央国家部委", "省委省政府", "市委市政府", "县委县政府"]
    person_titles = {
        "中央/国务院": [("全国脱贫攻坚先进个人", "中共中央、国务院")],
        "中央国家部委": [("全国农业农村系统先进个人", "农业农村部"), ("全国民政系统先进工作者", "民政部")],
        "省委省政府": [("陕西省脱贫攻坚奖", "中共陕西省委、陕西省人民政府"), ("陕西省优秀共产党员", "中共陕西省委")],
        "市委市政府": [("安康市优秀共产党员", "中共安康市委"), ("安康市“敢担当、善作为”优秀干部", "中共安康市委、安康市人民政府"),
                    ("安康市脱贫攻坚先进个人", "中共安康市委、安康市人民政府")],
        "县委县政府": [("{c}优秀共产党员", "中共{c}委"), ("嘉奖", "{c}人民政府"), ("记三等功", "{c}人民政府"),
                    ("{c}“敢担当、善作为”优秀干部", "中共{c}委、{c}人民政府")],
    }
    unit_titles = {
        "中央/国务院": [("全国脱贫攻坚先进集体", "中共中央、国务院")],
        "中央国家部委": [("全国文明单位", "中央精神文明建设指导委员会"), ("全国巾帼文明岗", "全国妇联")],
        "省委省政府": [("陕西省先进基层党组织", "中共陕西省委"), ("陕西省脱贫攻坚先进集体", "中共陕西省委、陕西省人民政府")],
        "市委市政府": [("安康市目标责任考核优秀单位", "中共安康市委、安康市人民政府"), ("安康市文明单位", "中共安康市委、安康市人民政府")],
        "县委县政府": [("脱贫攻坚先进部门", "中共{c}委、{c}人民政府"), ("重点工作单项考核奖", "中共{c}委、{c}人民政府")],
    }
    com_rows: list[dict[str, object]] = []
    com_seen: set[tuple[object, ...]] = set()

    def commend(subject: str, who: DemoCadre | DemoUnit, level: str, year: int) -> None:
        title, issuer = rng.choice((person_titles if subject == "个人" else unit_titles)[level])
        county = COUNTIES[who.unit.county if isinstance(who, DemoCadre) else who.county][0]
        when = _day_in(rng, year)
        key = (subject, who.id, title, when)
        if key in com_seen or (isinstance(who, DemoCadre) and when < who.work_start):
            return
        com_seen.add(key)
        com_rows.append({"subject_type": subject, "cadre_id": who.id if subject == "个人" else None,
                         "unit_id": who.id if subject == "单位" else None, "title": title.format(c=county),
                         "level": level, "issuer": issuer.format(c=county), "date": when})

    weights = (2, 6, 12, 25, 55)
    for year in years:
        for k in range(max(5, round(len(cadres) * 0.04))):
            level = levels[k] if k < len(levels) else rng.choices(levels, weights=weights)[0]
            commend("个人", rng.choice(cadres), level, year)
        for k in range(max(5, round(len(units) * 0.08))):
            level = levels[k] if k < len(levels) else rng.choices(levels, weights=weights)[0]
            commend("单位", rng.choice(units), level, year)
    for (unit_id, year), f in flags.items():  # a net plus comes from a national or provincial commendation
        if f.get("commend_plus"):
            commend("单位", units[unit_id - units[0].id], rng.choice(levels[:3]), year)
    s.execute(table_of(Commendation).insert(), com_rows)
    state.step()

    s.execute(table_of(Discipline).insert(), disc_rows)
    state.step()
    state.counts.update({"年度考核": len(appraisal_rows), "民主测评": len(votes), "目标责任考核": len(score_rows),
                         "表彰": len(com_rows), "处分和组织处理": len(disc_rows)})
