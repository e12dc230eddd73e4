"""Generating the synthetic databases (demo generator, Core bulk inserts, one transaction)."""
from __future__ import annotations

import tempfile
from pathlib import Path

from bench import Report
from bench.synth import generate, sizes
from zydesk.demo import timings as demo_timings


def run(report: Report) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for scale, label, target in (("county", "县级", "≤ 5 s"), ("city", "市级", "≤ 60 s")):
            path = Path(tmp) / f"{scale}.sqlite"
            t = generate(scale, path)
            s = sizes(scale)
            report(f"合成数据：{label}建库（迁移到最新结构）", t["migrate"], "s")
            report(f"合成数据：{label}填入（{s.cadres:,} 干部、{s.units:,} 单位、{len(s.years)} 年）", t["fill"], "s",
                   target=target)
            report(f"合成数据：{label}文件大小", path.stat().st_size / 2**20, "MB")
            if scale == "city":  # where the time goes: each demo module, then the commit
                for name, seconds in demo_timings.items():
                    report(f"合成数据：{label}填入 — {name.rsplit('.', 1)[-1]}", seconds, "s")
