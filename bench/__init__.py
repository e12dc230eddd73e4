"""Benchmarks: `python -m bench [--only NAME] [--scale county|city]`.

Each `bench/bench_<area>.py` defines `run(report)`; `report(name, value, unit, target="", floor="")`
prints one aligned line: what was measured, the figure, the floor beside it (what the platform alone
needs for the same work) and the target. `bench.synth.make_db(scale)` gives a cached synthetic database.
Speed is measured here, never in the test suite.
"""
from __future__ import annotations

import os
import time
import unicodedata
from collections.abc import Callable

SCALES = ("county", "city")
SCALE_NAMES = {"county": "县级（2,000 名干部，100 个单位，5 年）", "city": "市级（50,000 名干部，2,000 个单位，10 年）"}
DEFAULT_SCALE = "city"

Report = Callable[..., None]

NAME_WIDTH = 56
VALUE_WIDTH = 12


def best_ms(fn: Callable[[], object], repeat: int = 5) -> float:
    """The fastest of `repeat` runs, in milliseconds (the least disturbed by other work on the machine)."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times) * 1000


def scale() -> str:
    """The scale chosen with --scale (passed to each benchmark through the environment)."""
    value = os.environ.get("ZYDESK_BENCH_SCALE", DEFAULT_SCALE)
    return value if value in SCALES else DEFAULT_SCALE


def width(text: str) -> int:
    """Display width: CJK characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, cols: int) -> str:
    return text + " " * max(0, cols - width(text))


def format_value(value: float) -> str:
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.3f}"


def format_line(name: str, value: float, unit: str, target: str = "", floor: str = "") -> str:
    figure = f"{format_value(value):>{VALUE_WIDTH}} {pad(unit, 4)}"
    tail = "".join(f"  {label} {text}" for label, text in (("下限", floor), ("目标", target)) if text)
    return f"{pad(name, NAME_WIDTH)} {figure}{tail}".rstrip()


def report(name: str, value: float, unit: str, target: str = "", floor: str = "") -> None:
    print(format_line(name, value, unit, target, floor), flush=True)
