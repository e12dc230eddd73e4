"""演示数据: a fictitious Ziyang County (17 towns, about 80 county units, about 2,000 cadres, five years).

`fill_demo` runs the modules in DEMO_MODULES in order inside one unit of work (all or nothing).
The same generator with larger `DemoSizes` builds the synthetic city database of the benchmarks
(bench/synth.py), so every module must honour `state.sizes` and stay roughly linear in it.

An area adds `zydesk/demo/<area>.py` to DEMO_MODULES. Such a module defines
- `STEPS`: how many times it calls `state.step()` (progress), and
- `fill(db, rng, state)`: writes with Core bulk inserts through `state.session` (the open unit of
  work; never commit), draws every random choice from `rng` (same seed, same county), reads what
  earlier modules made from `state.data` ("units": list[DemoUnit], "cadres": list[DemoCadre], see
  zydesk.demo.master), adds `state.counts["名称"] = n` for the summary, and may append a sentence to
  `state.data["cases"]` for each case planted on purpose (they go into the audit entry).
"""
from __future__ import annotations

import importlib
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from zydesk.core.security.roles import Permission
from zydesk.errors import UserError
from zydesk.storage.models import Cadre, Setting, Unit
from zydesk.storage.sequences import follow_given_ids
from zydesk.storage.uow import Database, UnitOfWork

DEMO_MODULES: list[str] = ["zydesk.demo.master", "zydesk.demo.records", "zydesk.demo.ranking", "zydesk.demo.adjustment",
                           "zydesk.demo.tolerance", "zydesk.demo.excellent", "zydesk.demo.care"]

Progress = Callable[[int, int], None]

# Seconds spent in each module (and the commit) by the last fill_demo in this process: the benchmark shows them.
timings: dict[str, float] = {}


@dataclass(frozen=True)
class DemoSizes:
    units: int = 100
    cadres: int = 2000
    first_year: int = 2021
    last_year: int = 2025

    @property
    def years(self) -> range:
        return range(self.first_year, self.last_year + 1)


COUNTY = DemoSizes()
CITY = DemoSizes(units=2000, cadres=50_000, first_year=2016, last_year=2025)


@dataclass
class DemoState:
    """Shared between the demo modules: the open unit of work, sizes, what earlier modules wrote."""

    uow: UnitOfWork
    sizes: DemoSizes
    steps: int
    progress: Progress | None = None
    done: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    data: dict[str, Any] = field(default_factory=dict)  # e.g. "units", "cadres", "posts" as plain rows

    @property
    def session(self) -> Session:
        return self.uow.session

    def step(self) -> None:
        self.done += 1
        if self.progress is not None:
            self.progress(min(self.done, self.steps), self.steps)


def has_data(db: Database) -> bool:
    """True if the database holds any unit or cadre (demo data goes only into an empty database)."""
    with db.read() as s:
        return bool(s.scalar(select(func.count()).select_from(Unit)) or
                    s.scalar(select(func.count()).select_from(Cadre)))


def fill_demo(db: Database, progress: Progress | None = None, *, seed: int = 2016,
              sizes: DemoSizes = COUNTY) -> str:
    """Fill an empty database; returns a summary in Chinese. All or nothing (one transaction)."""
    db.require(Permission.ENTER)
    rng = random.Random(seed)
    modules = [importlib.import_module(name) for name in DEMO_MODULES]
    with db.uow("填入演示数据", Permission.ENTER) as uow:
        if uow.session.scalar(select(func.count()).select_from(Unit)) or \
                uow.session.scalar(select(func.count()).select_from(Cadre)):
            raise UserError("数据库中已有数据，演示数据只能填入空数据库。")
        state = DemoState(uow=uow, sizes=sizes, steps=sum(getattr(m, "STEPS", 1) for m in modules) + 1,
                          progress=progress)
        timings.clear()
        for module in modules:
            t0 = time.perf_counter()
            module.fill(db, rng, state)
            timings[module.__name__] = time.perf_counter() - t0
        uow.session.execute(insert(Setting), [{"key": "demo", "year": None, "value": True}])
        follow_given_ids(uow.session.connection())  # the ids above were given here, not by the server
        summary = summarize(state.counts)
        t0 = time.perf_counter()
        uow.audit("演示数据", None, after={"规模": sizes.__dict__, "种子": seed, "数量": state.counts,
                                         "特意设置的情形": state.data.get("cases", [])})
        state.step()  # before the commit: a cancel raised from the progress callback still rolls back
        uow.commit()
        timings["commit"] = time.perf_counter() - t0
    return summary


_MEASURE = {"单位": "个", "干部": "人"}


def summarize(counts: dict[str, int]) -> str:
    return "，".join(f"{name} {n} {_MEASURE.get(name, '条')}" for name, n in counts.items()) or "无"
