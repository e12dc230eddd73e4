"""Demo master data: units, cadres and their posts (current and past)."""
from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass
from typing import TypedDict

from sqlalchemy import func, select

from zydesk.core.idnumber import make_id_number
from zydesk.demo import DemoState
from zydesk.demo.catalogue import (
    COUNTIES,
    COUNTY_UNITS,
    TOWN_INSTITUTIONS,
    head_titles,
    local_name,
    person_name,
    short_name,
    town_names,
)
from zydesk.storage.base import table_of
from zydesk.storage.models import Cadre, Post, Unit
from zydesk.storage.uow import Database

STEPS = 3


@dataclass(slots=True)
class DemoUnit:
    id: int
    name: str
    base: str  # the catalogue name (as in the home county)
    kind: str
    group: str
    county: int  # index into COUNTIES
    is_town: bool
    principal_title: str
    deputy_title: str
    weight: float  # share of the cadres
    quality: float  # drives scores and votes (higher is better)
    leaders: list[tuple[str, str, bool]]  # (title, level, principal) in order of precedence


@dataclass(slots=True)
class DemoCadre:
    id: int
    name: str
    unit: DemoUnit
    male: bool
    birth: dt.date
    work_start: dt.date
    quality: float  # drives appraisals and personal votes
    title: str
    level: str
    principal: bool
    leadership: bool
    start: dt.date  # of the current post
    lead_since: dt.date | None  # first day in a leadership post (votes on the person start then)


def _town_leaders() -> list[tuple[str, str, bool]]:
    return [("党委书记", "正科级", True), ("党委副书记、镇长", "正科级", True), ("人大主席", "正科级", False),
            ("党委副书记", "副科级", False), ("纪委书记", "副科级", False), ("副镇长", "副科级", False),
            ("组织委员", "副科级", False), ("副镇长", "副科级", False), ("宣传委员", "副科级", False),
            ("武装部部长", "副科级", False), ("副镇长", "副科级", False)]


def build_units(rng: random.Random, count: int, first_id: int) -> list[DemoUnit]:
    """Towns and county units, county by county (one county holds about 100 with its town institutions)."""
    counties = max(1, math.ceil(count / 100)) if count > 100 else 1
    counties = min(counties, len(COUNTIES))
    per_county = math.ceil(count / counties)
    units: list[DemoUnit] = []
    for c in range(counties):
        county = COUNTIES[c][0]
        multi = counties > 1
        towns = town_names(c, rng)
        entries: list[tuple[str, str, str, str, bool]] = [(t + "镇", t + "镇", "镇", "镇", True) for t in towns]
        entries += [(name, name, kind, group, False) for name, kind, group in COUNTY_UNITS]
        entries += [(t + "镇" + inst, t + "镇" + inst, "县直事业单位", "县直事业单位", False)
                    for inst in TOWN_INSTITUTIONS for t in towns]
        for base, name, kind, group, is_town in entries[:per_county]:
            if len(units) == count:
                break
            shown = local_name(name, county) if multi else name
            if is_town:
                principal, deputy = "党委书记", "副镇长"
                leaders = _town_leaders()
                weight = 3.0
            else:
                principal, deputy = head_titles(base, kind)
                in_town = base.endswith(TOWN_INSTITUTIONS)
                weight = {"县直部门": 1.2, "县直事业单位": 0.6 if in_town else 1.0, "县属国有企业": 0.8}[kind]
                if in_town:
                    leaders = [(principal, "副科级", True)]
                elif kind == "县属国有企业":
                    leaders = [(principal, "正科级", True), ("总经理", "正科级", False)] + [(deputy, "副科级", False)] * 2
                else:
                    leaders = [(principal, "正科级", True)] + [(deputy, "副科级", False)] * rng.randint(2, 4)
            units.append(DemoUnit(id=first_id + len(units), name=shown, base=base, kind=kind,
                                  group=f"{county}·{group}" if multi else group, county=c,
                                  is_town=is_town, principal_title=principal, deputy_title=deputy,
                                  weight=weight * rng.uniform(0.7, 1.3), quality=rng.gauss(0, 1), leaders=leaders))
    if len(units) < count:
        raise ValueError(f"演示数据最多生成 {len(units)} 个单位，要求 {count} 个")
    return units


def _quotas(units: list[DemoUnit], total: int) -> list[int]:
    """Cadres per unit, proportional to weight, at least one, summing to total."""
    weights = sum(u.weight for u in units)
    quotas = [max(1, round(total * u.weight / weights)) for u in units]
    order = sorted(range(len(units)), key=lambda i: -quotas[i])
    i = 0
    while sum(quotas) != total:
        j = order[i % len(order)]
        step = 1 if sum(quotas) < total else -1
        if quotas[j] + step >= 1:
            quotas[j] += step
        i += 1
    return quotas


def years_before(d: dt.date, n: int) -> dt.date:
    return dt.date(d.year - n, d.month, min(d.day, 28))


def _date_between(rng: random.Random, lo: dt.date, hi: dt.date) -> dt.date:
    if hi <= lo:
        return lo
    return lo + dt.timedelta(days=rng.randrange((hi - lo).days + 1))


_STAFF_LEVELS_YOUNG = (("一级科员", 4), ("二级科员", 3), ("科员", 2), ("办事员", 1))
_STAFF_LEVELS_MID = (("四级主任科员", 4), ("三级主任科员", 2), ("一级科员", 4))
_STAFF_LEVELS_OLD = (("一级主任科员", 2), ("二级主任科员", 3), ("三级主任科员", 3), ("四级主任科员", 3))


def _staff_level(rng: random.Random, age: int) -> str:
    table = _STAFF_LEVELS_YOUNG if age < 30 else _STAFF_LEVELS_MID if age < 40 else _STAFF_LEVELS_OLD
    return rng.choices([x for x, _ in table], weights=[w for _, w in table])[0]


class CadreRow(TypedDict):
    """One cadre as the bulk insert takes it."""

    id: int
    name: str
    id_number: str
    gender: str
    birth_date: dt.date
    ethnicity: str
    native_place: str
    political_status: str
    party_date: dt.date | None
    work_start: dt.date
    education: str
    health: str
    status: str


class _People:
    """Cadre attributes: name, a unique valid ID number, birth and work dates, education …"""

    def __init__(self, rng: random.Random, ref_year: int) -> None:
        self.rng = rng
        self.ref_year = ref_year
        self.used: set[tuple[str, dt.date, int, bool]] = set()

    def id_number(self, region: str, birth: dt.date, male: bool) -> str:
        while True:
            seq = self.rng.randrange(100)
            key = (region, birth, seq, male)
            if key not in self.used:
                self.used.add(key)
                return make_id_number(region, birth, seq, male)

    def row(self, cadre_id: int, home: int, male: bool, age: int) -> CadreRow:
        rng = self.rng
        birth = dt.date(self.ref_year - age, rng.randint(1, 12), rng.randint(1, 28))
        origin = home if rng.random() < 0.85 else rng.randrange(len(COUNTIES))
        county, region = COUNTIES[origin]
        work_start = dt.date(birth.year + rng.randint(20, 24), rng.choice((7, 8, 9, 12)), 1)
        work_start = min(work_start, dt.date(self.ref_year - 1, 7, 1))  # the youngest started last year, not in the future
        roll = rng.random()
        if roll < (0.97 if age >= 35 else 0.75):
            political, party = "中共党员", _date_between(rng, dt.date(birth.year + 19, 1, 1),
                                                         dt.date(min(birth.year + 35, self.ref_year), 6, 30))
        elif roll < 0.8:
            political, party = rng.choice(("民盟盟员", "九三学社社员", "民进会员", "无党派人士")), None
        else:
            political, party = ("共青团员" if age < 28 else "群众"), None
        education = rng.choices(("研究生", "大学", "大专", "中专"), weights=(10, 65, 20, 5))[0]
        return {
            "id": cadre_id,
            "name": person_name(rng, male),
            "id_number": self.id_number(region, birth, male),
            "gender": "男" if male else "女",
            "birth_date": birth,
            "ethnicity": rng.choices(("汉族", "回族", "土家族", "满族"), weights=(96, 2, 1, 1))[0],
            "native_place": "陕西" + county[:-1],
            "political_status": political,
            "party_date": party,
            "work_start": work_start,
            "education": education,
            "health": rng.choices(("健康", "良好", "一般"), weights=(90, 8, 2))[0],
            "status": "在职",
        }


def fill(db: Database, rng: random.Random, state: DemoState) -> None:
    s = state.session
    sizes = state.sizes
    last = sizes.last_year
    first_unit = (s.scalar(select(func.max(Unit.id))) or 0) + 1
    first_cadre = (s.scalar(select(func.max(Cadre.id))) or 0) + 1
    next_post = (s.scalar(select(func.max(Post.id))) or 0) + 1

    units = build_units(rng, sizes.units, first_unit)
    s.execute(table_of(Unit).insert(), [
        {"id": u.id, "name": u.name, "short_name": short_name(u.base), "kind": u.kind,
         "assessment_group": u.group, "sort_order": i * 10, "active": True}
        for i, u in enumerate(units)])
    state.step()

    people = _People(rng, last)
    cadre_rows: list[CadreRow] = []
    cadres: list[DemoCadre] = []
    post_rows: list[dict[str, object]] = []
    latest = dt.date(last, 10, 31)
    for unit, quota in zip(units, _quotas(units, sizes.cadres)):
        for k in range(quota):
            cadre_id = first_cadre + len(cadres)
            if k < len(unit.leaders):
                title, level, principal = unit.leaders[k]
                leadership = True
                age = rng.randint(38, 56) if principal else rng.randint(30, 55)
                male = rng.random() < (0.85 if principal else 0.7)
            else:
                leadership, principal = False, False
                age = rng.randint(22, 59)
                male = rng.random() < 0.55
                level = _staff_level(rng, age)
                title = {"科员": "科员", "办事员": "办事员"}.get(level, level)
            row = people.row(cadre_id, unit.county, male, age)
            work_start = row["work_start"]
            if leadership:
                lo = max(work_start.replace(year=work_start.year + 6), dt.date(sizes.first_year - 6, 1, 1))
            else:
                lo = max(work_start, dt.date(sizes.first_year - 12, 1, 1))
            start = _date_between(rng, min(lo, latest), latest)
            frontline = unit.is_town or (not leadership and rng.random() < 0.05)
            if frontline and not unit.is_town:
                title = "驻村第一书记"
            cadre = DemoCadre(cadre_id, row["name"], unit, male, row["birth_date"],
                              work_start, rng.gauss(0, 1), title, level, principal, leadership, start,
                              start if leadership else None)
            cadres.append(cadre)
            cadre_rows.append(row)
            # Earlier posts: the step below the current one, often in another unit.
            history = rng.random() < (0.5 if leadership else 0.15)
            prev_start = _date_between(rng, years_before(start, 6), years_before(start, 2))
            if history and prev_start >= work_start:
                prev_unit = unit if rng.random() < 0.4 else rng.choice(units)
                if principal:
                    prev_title, prev_level, prev_lead = prev_unit.deputy_title, "副科级", True
                elif leadership:
                    prev_title, prev_level, prev_lead = "四级主任科员", "四级主任科员", False
                else:
                    prev_level = "一级科员" if level != "办事员" else "办事员"
                    prev_title, prev_lead = ("科员" if prev_level == "一级科员" else "办事员"), False
                if prev_lead:
                    cadre.lead_since = prev_start
                post_rows.append({"id": next_post, "cadre_id": cadre_id, "unit_id": prev_unit.id,
                                  "title": prev_title, "level": prev_level, "is_principal": False,
                                  "is_leadership": prev_lead, "is_frontline": prev_unit.is_town,
                                  "start_date": prev_start, "end_date": start})
                next_post += 1
            post_rows.append({"id": next_post, "cadre_id": cadre_id, "unit_id": unit.id, "title": title,
                              "level": level, "is_principal": principal, "is_leadership": leadership,
                              "is_frontline": frontline, "start_date": start, "end_date": None})
            next_post += 1
    s.execute(table_of(Cadre).insert(), cadre_rows)
    state.step()
    s.execute(table_of(Post).insert(), post_rows)
    state.step()
    state.data["units"] = units
    state.data["cadres"] = cadres
    state.counts.update({"单位": len(units), "干部": len(cadres), "任职记录": len(post_rows)})
