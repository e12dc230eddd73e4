"""优秀干部评选 and 资格审查: the 第十条 unit quotas of a whole year, the 记功 suggestions, one 资格审查,
and a round of 60 nominees (nominate, check, view). Targets: views ≤ 1 s, one review ≤ 1 s (it ranks
every unit of three years to know the unit's awards)."""
from __future__ import annotations

import datetime as dt
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import best_ms, scale

Report = Callable[..., None]
YEAR = 2025


def _best(fn: Callable[[], Any], repeat: int = 3) -> float:
    return best_ms(fn, repeat)


def run(report: Report) -> None:
    from bench.accounts import open_db
    from bench.synth import copy_db
    from zydesk.core.incentives.promotion import review
    from zydesk.services.incentives import excellent as svc
    from zydesk.services.incentives.promotion import gather_facts
    from zydesk.storage import cipher

    chosen = scale()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{chosen}-excellent.sqlite"
        copy_db(chosen, path)
        db = open_db(path)
        try:
            with db.read() as s:
                n_units = len(svc.unit_quotas(s, YEAR))
            t = _best(lambda: _read(db, lambda s: svc.unit_quotas(s, YEAR)))
            report(f"第十条：全部单位优秀名额（{n_units:,} 个单位）", t, "ms", "≤ 1000 ms")
            t = _best(lambda: _read(db, lambda s: svc.merit_suggestions(s, YEAR)))
            report("记功建议：连续三年优秀（全部干部）", t, "ms", "≤ 1000 ms")

            con = cipher.open_file(path)
            # DISTINCT: a cadre may hold two current posts, and a person can be nominated only once a year.
            leaders = [r[0] for r in con.execute(
                "SELECT DISTINCT cadre_id FROM post WHERE end_date IS NULL"
                " AND (level IN ('正科级','副科级') OR is_frontline = 1)"
                " AND cadre_id NOT IN (SELECT n.cadre_id FROM excellent_nomination n"
                "                      JOIN excellent_round r ON r.id = n.round_id WHERE r.year = ?)"
                " ORDER BY cadre_id LIMIT 60", (YEAR,))]
            con.close()
            on = dt.date(YEAR + 1, 3, 1)
            per = _best(lambda: _read(db, lambda s: [review(gather_facts(s, c, on)) for c in leaders[:10]]), 2) / 10
            awards = _best(lambda: _read(db, lambda s: svc.unit_awards(s, range(on.year - 3, on.year))), 2)
            report("资格审查：一名干部（读取事实 + 逐条审查）", per, "ms", "≤ 1000 ms",
                   f"{awards:.0f} ms（单位考核排名：近三年全部单位）")

            t0 = time.perf_counter()
            ids = [svc.nominate(db, YEAR, c) for c in leaders]
            nominate = (time.perf_counter() - t0) * 1000 / len(ids)
            t0 = time.perf_counter()
            for nid in ids:
                svc.check_nominee(db, nid)
            check = (time.perf_counter() - t0) * 1000 / len(ids)
            report(f"评选：推荐一人（{len(ids)} 人平均）", nominate, "ms", "≤ 100 ms")
            report("评选：资格审核一人（含写入）", check, "ms", "≤ 200 ms")
            t = _best(lambda: _read(db, lambda s: svc.round_view(s, YEAR)))
            report(f"评选：本年度名额与被推荐人列表（{len(ids)} 人）", t, "ms", "≤ 500 ms")
        finally:
            db.dispose()


def _read(db: Any, fn: Callable[[Any], Any]) -> Any:
    with db.read() as s:
        return fn(s)
