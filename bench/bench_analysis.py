"""分析研判 (能上能下 第二十六条): the county analysis over the city-scale database — target ≤ 2 s — and the
charts drawn on screen (the GUI thread paints them: a paint must stay far below the 100 ms stall limit).

The floor is SQLCipher alone reading what the analysis reads: the leaders in post with their fields and the
leadership history.
"""
from __future__ import annotations

import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from bench import Report, scale

YEAR = 2025


def run(report: Report) -> None:
    from bench.accounts import open_db
    from bench.synth import copy_db
    from zydesk.services.adjustment.analysis import analyse
    from zydesk.storage import cipher

    chosen = scale()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{chosen}-analysis.sqlite"
        copy_db(chosen, path)
        db = open_db(path)
        try:
            times, result = [], None
            for _ in range(5):
                t0 = time.perf_counter()
                result = analyse(db, YEAR)
                times.append(time.perf_counter() - t0)
            assert result is not None
            unit = next((t.unit for t in result.teams if t.size >= 3), result.teams[0].unit)
            unit_times = []
            for _ in range(3):
                t0 = time.perf_counter()
                one = analyse(db, YEAR, unit)
                unit_times.append(time.perf_counter() - t0)
            con = cipher.open_file(path)
            t0 = time.perf_counter()
            con.execute("SELECT c.id, c.name, c.id_number, c.gender, c.birth_date, c.education, c.ethnicity, "
                        "c.political_status, p.unit_id, p.title, p.level, p.is_principal, p.start_date "
                        "FROM cadre c JOIN post p ON p.cadre_id = c.id WHERE c.status = '在职' AND "
                        "p.is_leadership = 1 AND (p.start_date IS NULL OR p.start_date <= ?) AND "
                        "(p.end_date IS NULL OR p.end_date > ?)", (f"{YEAR}-12-31", f"{YEAR}-12-31")).fetchall()
            con.execute("SELECT cadre_id, unit_id, title, level, start_date, end_date FROM post "
                        "WHERE is_leadership = 1").fetchall()
            floor = time.perf_counter() - t0
            con.close()
            report(f"分析研判：全县干部队伍（{result.structure.size:,} 名领导干部，{len(result.teams):,} 个班子）",
                   min(times) * 1000, "ms", "≤ 2000 ms", f"{floor * 1000:.0f} ms（SQLCipher 直接读在任干部与任职经历）")
            report(f"  一个单位（{unit}，含 10 年排名走势）", min(unit_times) * 1000, "ms")
            report("  结构缺项的班子", len(result.gaps), "个")
            report("  临近年龄和任期界限的情形", len(result.near_limit), "条")
            _paint(report, result.charts + one.charts)
        finally:
            db.dispose()


def _paint(report: Report, charts: Sequence[object]) -> None:
    """Each chart painted by the window's renderer at the size the page gives it (offscreen)."""
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from ui.widgets.chart import ChartView
    from zydesk.charts.model import Chart

    app = QApplication.instance() or QApplication([])
    views = [ChartView(c) for c in charts if isinstance(c, Chart)]
    image = QImage(380, 230, QImage.Format.Format_ARGB32)
    worst = 0.0
    for _round in range(3):
        for v in views:
            v.resize(380, 230)
            t0 = time.perf_counter()
            v.render(image)
            worst = max(worst, time.perf_counter() - t0) if _round else worst
    report(f"  图表绘制（{len(views)} 幅，最慢一幅）", worst * 1000, "ms", "≤ 100 ms")
    del app
