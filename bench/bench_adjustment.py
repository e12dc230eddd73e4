"""能上能下: full scan of the city-scale database (50,000 cadres, 10 years) — target ≤ 2 s.

The synthetic city has no 能上能下 registers of its own, so a private copy gets some: 2,000 责任认定
(with 通报 series and a few tolerance links), 重点工作 rankings, 扶贫 assessments and health/requests.
"""
from __future__ import annotations

import datetime as dt
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench import scale

Report = Callable[..., None]
YEAR = 2025


def _seed_registers(path: Path) -> dict[str, int]:
    rnd = random.Random(7)
    from zydesk.storage import cipher

    con = cipher.open_file(path)
    try:
        units = [r[0] for r in con.execute("SELECT id FROM unit")]
        leaders = [r for r in con.execute(
            "SELECT cadre_id, unit_id FROM post WHERE end_date IS NULL AND is_leadership = 1")]
        items = [(10, 1, "环保通报"), (10, 1, "认定"), (11, 1, "认定"), (12, 1, "重大"), (12, 3, "认定"),
                 (13, 5, "认定"), (14, 2, "通报"), (15, 1, "认定"), (17, 6, "认定"), (17, 9, "认定")]
        det_rows, resp_rows = [], []
        first = (con.execute("SELECT max(id) FROM adj_determination").fetchone()[0] or 0) + 1
        for i in range(first, first + 2000):
            art, item, kind = rnd.choice(items)
            cadre, unit = rnd.choice(leaders)
            year = rnd.choice((YEAR - 1, YEAR))
            det_rows.append((i, dt.date(year, rnd.randint(1, 12), rnd.randint(1, 28)).isoformat(), unit, art, item,
                             kind, "合成认定", f"合成〔{year}〕{i}号", None, int(rnd.random() < 0.01)))
            resp_rows.append((i, cadre, rnd.choice(("主要负责人", "分管领导", "相关责任人"))))
        con.executemany("INSERT INTO adj_determination (id, date, unit_id, article, item, kind, description, source,"
                        " tolerance_case, fraud) VALUES (?,?,?,?,?,?,?,?,?,?)", det_rows)
        con.executemany("INSERT INTO adj_determination_cadre (determination_id, cadre_id, role) VALUES (?,?,?)",
                        resp_rows)
        tasks = []
        for year in (YEAR - 1, YEAR):
            for t in range(40):
                for rank, unit in enumerate(rnd.sample(units, 10), 1):
                    cadre = rnd.choice(leaders)[0]
                    tasks.append((year, f"重点工作{t}", unit, rank, 10, cadre))
        con.executemany("INSERT OR IGNORE INTO adj_key_task_rank (year, task, unit_id, city_rank, city_count,"
                        " leader_id) VALUES (?,?,?,?,?,?)", tasks)
        towns = [r[0] for r in con.execute("SELECT id FROM unit WHERE kind = '镇'")]
        pov = [(year, u, "镇扶贫绩效考核", rnd.choice(("好", "较好", "一般", "较差")), int(rnd.random() > 0.02),
                rnd.randint(85, 100), rnd.randint(85, 100), rnd.randint(75, 100), 0)
               for year in (YEAR - 1, YEAR) for u in towns]
        con.executemany("INSERT OR IGNORE INTO adj_poverty (year, unit_id, kind, grade, task_done, id_accuracy, exit_accuracy,"
                        " satisfaction, fraud) VALUES (?,?,?,?,?,?,?,?,?)", pov)
        con.executemany("INSERT INTO adj_health (cadre_id, start_date, note) VALUES (?,?,?)",
                        [(rnd.choice(leaders)[0], f"{YEAR - 1}-0{rnd.randint(1, 9)}-01", "合成") for _ in range(50)])
        con.executemany("INSERT INTO adj_request (cadre_id, date, request, note) VALUES (?,?,?,?)",
                        [(rnd.choice(leaders)[0], f"{YEAR}-0{rnd.randint(1, 9)}-01", "转任非领导职务", "")
                         for _ in range(50)])
        con.commit()
        return {"determinations": len(det_rows), "key_tasks": len(tasks), "poverty": len(pov)}
    finally:
        con.close()


def run(report: Report) -> None:
    from sqlalchemy import text

    from bench import backend
    from bench.synth import copy_db
    from zydesk.core.adjustment import evaluate
    from zydesk.services.adjustment.scan import load_facts, scan
    chosen = scale()
    L = backend.label
    with tempfile.TemporaryDirectory() as tmp, backend.cluster():
        path = Path(tmp) / f"{chosen}-adjustment.sqlite"
        copy_db(chosen, path)
        _seed_registers(path)
        db = backend.store(path)
        try:
            times, loads, evals, result = [], [], [], None
            for _ in range(5):
                with db.read() as s:
                    t0 = time.perf_counter()
                    result = scan(s, YEAR)
                    times.append(time.perf_counter() - t0)
                with db.read() as s:
                    t0 = time.perf_counter()
                    facts, _, _ = load_facts(s, YEAR, dt.date(YEAR, 12, 31))
                    t1 = time.perf_counter()
                    evaluate(facts)
                    loads.append(t1 - t0)
                    evals.append(time.perf_counter() - t1)
            assert result is not None
            with db.engine.connect() as con:  # the floor: the same database read directly
                t0 = time.perf_counter()
                con.execute(text("SELECT c.id, c.name, p.title FROM cadre c JOIN post p ON p.cadre_id = c.id "
                                 "WHERE p.end_date IS NULL AND p.is_leadership")).fetchall()
                con.execute(text("SELECT year, vote_type, unit_id, cadre_id, counts FROM vote WHERE year = :y"),
                            {"y": YEAR}).fetchall()
                floor = time.perf_counter() - t0
            direct = "PostgreSQL" if backend.on_server() else "SQLCipher"
            report(L(f"能上能下：全量扫描（{len(facts.cadres):,} 名在任领导干部）"), min(times) * 1000, "ms", "≤ 2000 ms",
                   f"{floor * 1000:.0f} ms（{direct} 直接读在任干部与测评）")
            report(L("  其中：读取事实（集合查询）"), min(loads) * 1000, "ms")
            report(L("  其中：规则比对（纯函数）"), min(evals) * 1000, "ms")
            report(L("  情形条数"), len(result.findings), "条")
            # Stress: every cadre in post treated as a leader, so all 50,000 go through every rule.
            with db.engine.begin() as con:
                con.execute(text("UPDATE post SET is_leadership = true"))
            stress = []
            for _ in range(5):
                with db.read() as s:
                    t0 = time.perf_counter()
                    big = scan(s, YEAR)
                    stress.append(time.perf_counter() - t0)
            with db.read() as s:
                n = len(load_facts(s, YEAR, dt.date(YEAR, 12, 31))[0].cadres)
            report(L(f"能上能下：压力情形（{n:,} 名在任干部全部按领导职务比对）"), min(stress) * 1000, "ms", "≤ 2000 ms")
            report(L("  情形条数（压力情形）"), len(big.findings), "条")
        finally:
            db.dispose()
