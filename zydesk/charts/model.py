"""A chart as plain data: what it shows, not how it is drawn.

    Chart(ChartKind.BAR, "学历结构", categories=["研究生", "大学"], series=[Series("人数", [3, 40])],
          x_label="学历", y_label="人数", unit="人")

The Qt renderer (ui/widgets/chart.py) and the reportlab renderer (zydesk/printing/charts.py) draw the same
description; `as_json()` carries the figures each chart shows, so the CLI output and the drawing agree.
Kinds:
- BAR: one or more series side by side per category (vertical bars);
- STACKED: the series stacked per category (a total per bar);
- PYRAMID: exactly two series drawn left and right of a middle axis per category (an age pyramid, men/women);
- LINE: one point per category and series; `inverted` puts the smallest value at the top (a rank: 1 is best).
No pie charts: a bar reads better in black and white and with small counts.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum


class ChartKind(StrEnum):
    BAR = "bar"
    STACKED = "stacked"
    PYRAMID = "pyramid"
    LINE = "line"


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float | None]  # one per category; None = no value (a gap in a line, nothing drawn)

    def __post_init__(self) -> None:
        object.__setattr__(self, "values", tuple(self.values))


@dataclass(frozen=True)
class Chart:
    kind: ChartKind
    title: str
    categories: Sequence[str]  # kept as tuples
    series: Sequence[Series]
    x_label: str = ""
    y_label: str = ""
    unit: str = ""  # 人, 名, % — written after each direct label
    inverted: bool = False  # LINE: smaller values at the top (ranks)
    note: str = ""  # a line under the chart (what a value means, the setting used)

    def __post_init__(self) -> None:
        object.__setattr__(self, "categories", tuple(self.categories))
        object.__setattr__(self, "series", tuple(self.series))
        for s in self.series:
            if len(s.values) != len(self.categories):
                raise ValueError(f"{self.title}：{s.name} 有 {len(s.values)} 个值，类别 {len(self.categories)} 个")
        if self.kind is ChartKind.PYRAMID and len(self.series) != 2:
            raise ValueError(f"{self.title}：金字塔图需要两组数据")

    @property
    def empty(self) -> bool:
        return not self.categories or all(not v for s in self.series for v in s.values)

    def totals(self) -> list[float]:
        """Per category, the sum of the series (the height of a stacked bar)."""
        return [sum(s.values[i] or 0 for s in self.series) for i in range(len(self.categories))]

    def value_range(self) -> tuple[float, float]:
        """The smallest and largest value the axis must hold (0 included except for lines)."""
        if self.kind is ChartKind.STACKED:
            vals = self.totals()
        else:
            vals = [v for s in self.series for v in s.values if v is not None]
        if not vals:
            return (0.0, 1.0)
        lo, hi = min(vals), max(vals)
        if self.kind is not ChartKind.LINE:
            lo = min(lo, 0.0)
        return (lo, hi)

    def as_json(self) -> dict[str, object]:
        return {"kind": self.kind.value, "title": self.title, "categories": list(self.categories),
                "series": [{"name": s.name, "values": list(s.values)} for s in self.series],
                "x_label": self.x_label, "y_label": self.y_label, "unit": self.unit,
                "inverted": self.inverted, "note": self.note}


def label(value: float | None, unit: str = "") -> str:
    """A direct label: 12人, 3.5%; whole numbers without decimals."""
    if value is None:
        return ""
    text = str(int(value)) if float(value).is_integer() else f"{value:.1f}"
    return text + unit


def nice_ticks(lo: float, hi: float, most: int = 6) -> list[float]:
    """Round axis ticks covering lo..hi (1, 2 or 5 × 10ⁿ steps), at most `most` + 1 of them."""
    if hi <= lo:
        hi = lo + 1
    span = hi - lo
    step = 1.0
    for mult in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000):
        step = float(mult)
        if span / step <= most:
            break
    if span < 1:
        step = 0.2
    start = (lo // step) * step
    ticks = []
    t = start
    while t < hi + step * 0.999:
        ticks.append(round(t, 6))
        t += step
    return ticks


# Black-and-white readable fills: grey levels (0 black … 1 white) and a hatch per series, the same on screen
# and in print. A series' index picks both.
GREYS: tuple[float, ...] = (0.35, 0.8, 1.0, 0.55, 0.95, 0.2)
HATCHES: tuple[str, ...] = ("", "/", "x", "\\", "-", "")  # "" plain, "/" "\\" diagonals, "x" cross, "-" lines
MARKERS: tuple[str, ...] = ("circle", "square", "triangle", "diamond")


def style_of(index: int) -> tuple[float, str, str]:
    """(grey, hatch, marker) of the series at this position."""
    return GREYS[index % len(GREYS)], HATCHES[index % len(HATCHES)], MARKERS[index % len(MARKERS)]
