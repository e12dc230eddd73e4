"""Demo data of 关心关爱 (《鼓励激励实施办法》第二十五条至第二十九条): for the last demo year and the current
year, talks and health checks for most cadres (a few units lag, so the coverage page has names to show),
courses for about a third, leave rows with some days owed, a few exchanges and 先进典型."""
from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any

from sqlalchemy import insert

from zydesk.demo import DemoState
from zydesk.demo.master import DemoCadre
from zydesk.storage.models_care import Exchange, Exemplar, HealthCheck, Leave, Talk, Training
from zydesk.storage.uow import Database

STEPS = 1
CADRES = 3000  # the city-scale benchmark county gets records for its first cadres only: the fill stays quick
COURSES = ("县委党校中青年干部培训班", "市委党校科级干部进修班", "省委党校专题培训班", "西北大学乡村振兴专题研修班")
TALKERS = ("单位主要负责人", "县委组织部干部科", "分管县级领导")
CHECKERS = ("县总工会", "县人民医院体检中心")


def _day(rng: random.Random, year: int, last: dt.date | None = None) -> dt.date:
    end = last or dt.date(year, 12, 31)
    start = dt.date(year, 1, 1)
    return start + dt.timedelta(days=rng.randrange(max((end - start).days, 1)))


def fill(db: Database, rng: random.Random, state: DemoState) -> None:
    cadres: list[DemoCadre] = state.data["cadres"][:CADRES]
    today = dt.date.today()
    years = sorted({state.sizes.last_year, today.year})
    lagging = {u.id for u in rng.sample(state.data["units"], k=max(len(state.data["units"]) // 10, 1))}
    talks: list[dict[str, Any]] = []
    checks: list[dict[str, Any]] = []
    courses: list[dict[str, Any]] = []
    leave: list[dict[str, Any]] = []
    for year in years:
        last = today if year == today.year else None
        for c in cadres:
            share = 0.5 if c.unit.id in lagging else 0.95
            if rng.random() < share:
                talks.append({"cadre_id": c.id, "date": _day(rng, year, last), "talker": rng.choice(TALKERS),
                              "note": ""})
            if rng.random() < share:
                checks.append({"cadre_id": c.id, "date": _day(rng, year, last), "organiser": rng.choice(CHECKERS)})
            if rng.random() < 0.35:
                start = _day(rng, year, last)
                courses.append({"cadre_id": c.id, "start_date": start, "end_date": start + dt.timedelta(days=14),
                                "course": rng.choice(COURSES), "organiser": "", "full_time": True, "note": ""})
            entitled = Decimal(5 if (today.year - c.work_start.year) < 10 else 10)
            overtime = Decimal(rng.choice((0, 0, 1, 2, 3)))
            leave.append({"cadre_id": c.id, "year": year, "entitled": entitled,
                          "taken": entitled if rng.random() < 0.8 else entitled - Decimal(rng.randint(1, 4)),
                          "overtime": overtime, "compensated": overtime if rng.random() < 0.7 else Decimal(0),
                          "note": ""})
    young = [c for c in cadres if c.birth.year >= 1985][:20]
    exchanges = [{"cadre_id": c.id, "kind": "挂职锻炼" if i % 2 else "双向交流",
                  "start_date": dt.date(state.sizes.last_year, 3, 1), "end_date": None,
                  "place": "安康市发展和改革委员会" if i % 2 else "县财政局", "place_kind": "上级机关" if i % 2 else "",
                  "note": ""} for i, c in enumerate(young)]
    exemplars = [{"cadre_id": c.id, "year": state.sizes.last_year, "title": "优秀共产党员",
                  "recommended_as": ("党代表", "人大代表", "政协委员", "")[i % 4], "recommended_on": None, "note": ""}
                 for i, c in enumerate(rng.sample(cadres, k=min(12, len(cadres))))]
    s = state.session
    for model, rows in ((Talk, talks), (HealthCheck, checks), (Training, courses), (Leave, leave),
                        (Exchange, exchanges), (Exemplar, exemplars)):
        if rows:
            s.execute(insert(model), rows)
    state.counts["谈心谈话"] = len(talks)
    state.counts["体检记录"] = len(checks)
    state.counts["培训记录"] = len(courses)
    state.step()
