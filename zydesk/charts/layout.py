"""Where every mark of a chart goes: the one layout both renderers draw, so screen and print agree.

    prims = layout(chart, width, height, measure)    # measure(text, size, bold) -> width
    for p in prims: draw p (Box, Stroke, Label, Dot)

Coordinates: origin top-left, y downwards, in the renderer's unit (points in the PDF, pixels on screen).
Fills are grey levels with hatching (model.style_of), every value is written next to its bar or point, so the
chart reads in black-and-white print. Hatching is laid out here as strokes clipped to the bar.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from zydesk.charts.model import Chart, ChartKind, label, nice_ticks, style_of

Measure = Callable[[str, float, bool], float]


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float
    grey: float  # fill, 0 black … 1 white
    outline: bool = True


@dataclass(frozen=True)
class Stroke:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float = 0.6
    grey: float = 0.0


@dataclass(frozen=True)
class Label:
    x: float
    y: float  # baseline
    text: str
    size: float
    align: str = "left"  # left / center / right: which point of the text x is
    bold: bool = False


@dataclass(frozen=True)
class Dot:
    x: float
    y: float
    shape: str  # circle / square / triangle / diamond
    r: float


Prim = Box | Stroke | Label | Dot


def _hatch(x: float, y: float, w: float, h: float, kind: str, gap: float) -> list[Stroke]:
    """Hatch lines inside the rectangle (clipped by hand: the renderers draw plain strokes)."""
    out: list[Stroke] = []
    if w <= 0 or h <= 0 or not kind:
        return out
    if kind == "-":
        yy = y + gap / 2
        while yy < y + h:
            out.append(Stroke(x, yy, x + w, yy, 0.4))
            yy += gap
        return out
    for sign in {"/": (1,), "\\": (-1,), "x": (1, -1)}.get(kind, ()):
        # "/" lines are u + v = c, "\\" lines u - v = c (u, v from the box's top-left, v downwards)
        c = gap / 2 if sign == 1 else -h + gap / 2
        end = w + h if sign == 1 else w
        while c < end:
            pts = set()
            for u in (0.0, w):
                v = u - c if sign == -1 else c - u
                if 0 <= v <= h:
                    pts.add((u, v))
            for v in (0.0, h):
                u = c + v if sign == -1 else c - v
                if 0 <= u <= w:
                    pts.add((u, v))
            if len(pts) >= 2:
                (au, av), (bu, bv) = min(pts), max(pts)
                out.append(Stroke(x + au, y + av, x + bu, y + bv, 0.4))
            c += gap
    return out


def _bar(x: float, y: float, w: float, h: float, index: int, gap: float) -> list[Prim]:
    grey, hatch, _m = style_of(index)
    if h < 0:
        y, h = y + h, -h
    return [Box(x, y, w, h, grey), *_hatch(x, y, w, h, hatch, gap)]


def _fit(text: str, room: float, size: float, measure: Measure, many: bool = False) -> tuple[list[str], float]:
    """A label in the room: smaller type first (down to 75%), then two lines (or as many as it takes)."""
    s = size
    while s > size * 0.75 and measure(text, s, False) > room:
        s -= 0.5
    if measure(text, s, False) <= room or len(text) < 2:
        return [text], s
    if not many:
        half = (len(text) + 1) // 2
        return [text[:half], text[half:]], s
    lines, cur = [], ""
    for ch in text:
        if cur and measure(cur + ch, s, False) > room:
            lines.append(cur)
            cur = ""
        cur += ch
    return [*lines, cur], s


def layout(chart: Chart, width: float, height: float, measure: Measure, size: float = 10.5, title: bool = True
           ) -> list[Prim]:
    """The marks of the chart in a width × height box; title=False when a caption under it names the chart."""
    out: list[Prim] = []
    ts = size * 1.2
    top = 0.0
    if title:
        top = ts * 1.2
        out.append(Label(width / 2, top, chart.title, ts, "center", True))
        top += ts * 0.6
    multi = len(chart.series) > 1 and chart.kind is not ChartKind.PYRAMID
    if multi:
        top += size * 1.4
        items = [(s.name, i) for i, s in enumerate(chart.series)]
        total = sum(size * 1.6 + measure(n, size, False) + size * 1.2 for n, _i in items)
        x = (width - total) / 2
        for name, i in items:
            if chart.kind is ChartKind.LINE:
                out.append(Stroke(x, top - size * 0.35, x + size * 1.2, top - size * 0.35, 1.2))
                out.append(Dot(x + size * 0.6, top - size * 0.35, style_of(i)[2], size * 0.3))
            else:
                out.extend(_bar(x, top - size * 0.85, size * 1.2, size * 0.85, i, size * 0.3))
            out.append(Label(x + size * 1.6, top, name, size))
            x += size * 1.6 + measure(name, size, False) + size * 1.2
    bottom = height
    if chart.note:  # under the chart, smaller type first, then as many lines as it takes
        lines, ns = _fit(chart.note, width, size * 0.85, measure, many=True)
        bottom -= ns * 1.3 * len(lines) + size * 0.3
        for k, text in enumerate(lines):
            out.append(Label(width / 2, bottom + size * 0.3 + ns * 1.3 * k + ns, text, ns, "center"))
    if chart.kind is ChartKind.PYRAMID:
        out.extend(_pyramid(chart, top + size * 0.6, width, bottom, measure, size))
    else:
        out.extend(_vertical(chart, top + size * 0.6, width, bottom, measure, size))
    return out


def _vertical(chart: Chart, top: float, width: float, bottom: float, measure: Measure, size: float) -> list[Prim]:
    out: list[Prim] = []
    small = size * 0.9
    n = max(len(chart.categories), 1)
    lo, hi = chart.value_range()
    inverted = chart.inverted
    if chart.kind is ChartKind.LINE:
        lo, hi = (min(lo, 1.0), hi) if inverted else (lo, hi)
        if hi == lo:
            hi = lo + 1
    ticks = nice_ticks(lo, hi * 1.12 if not inverted else hi)
    if inverted:
        ticks = [t for t in nice_ticks(lo, hi) if t >= 0] or [lo, hi]
        if ticks[0] == 0 and lo >= 1:
            ticks[0] = 1.0
    if chart.y_label:
        out.append(Label(0, top + size * 0.2, chart.y_label, small))
        top += size * 1.2
    tick_w = max(measure(label(t), small, False) for t in ticks)
    x0 = tick_w + size * 0.8
    x1 = width - size * 0.8
    slot = (x1 - x0) / n
    cat_lines = [_fit(c, slot - 2, size, measure) for c in chart.categories]
    rows = max((len(ls) for ls, _s in cat_lines), default=1)
    y1 = bottom - size * 1.3 * rows - (size * 1.5 if chart.x_label else 0.0) - size * 0.3
    y0 = top + size * 1.3  # room for the value label over the tallest bar
    t_lo, t_hi = ticks[0], ticks[-1]
    span = (t_hi - t_lo) or 1.0

    def ypos(v: float) -> float:
        f = (v - t_lo) / span
        return y0 + (y1 - y0) * f if inverted else y1 - (y1 - y0) * f

    for t in ticks:
        y = ypos(t)
        out.append(Stroke(x0, y, x1, y, 0.3, 0.8))
        out.append(Label(x0 - size * 0.4, y + small * 0.35, label(t), small, "right"))
    out.append(Stroke(x0, y0 - size * 0.3, x0, y1, 0.8))
    base = ypos(max(t_lo, 0.0)) if not inverted else y1
    out.append(Stroke(x0, base, x1, base, 0.8))
    for i, (lines, s) in enumerate(cat_lines):
        cx = x0 + slot * (i + 0.5)
        for k, text in enumerate(lines):
            out.append(Label(cx, y1 + size * 1.25 * (k + 1), text, s, "center"))
    if chart.x_label:
        out.append(Label((x0 + x1) / 2, bottom - size * 0.3, chart.x_label, small, "center"))
    gap = size * 0.45
    if chart.kind is ChartKind.BAR:
        k = len(chart.series)
        group = slot * (0.7 if k > 1 else 0.55)
        bw = group / max(k, 1)
        for si, ser in enumerate(chart.series):
            for i, v in enumerate(ser.values):
                if v is None:
                    continue
                x = x0 + slot * i + (slot - group) / 2 + bw * si
                out.extend(_bar(x, ypos(v), bw, base - ypos(v), si, gap))
                out.append(Label(x + bw / 2, ypos(v) - size * 0.3, label(v, chart.unit if k == 1 else ""),
                                 small if k == 1 else size * 0.8, "center"))
    elif chart.kind is ChartKind.STACKED:
        bw = slot * 0.55
        for i in range(len(chart.categories)):
            x = x0 + slot * i + (slot - bw) / 2
            acc = 0.0
            for si, ser in enumerate(chart.series):
                v = ser.values[i] or 0
                if not v:
                    continue
                ya, yb = ypos(acc), ypos(acc + v)
                out.extend(_bar(x, yb, bw, ya - yb, si, gap))
                if ya - yb > size * 1.1:  # the part's own figure on a white patch, so it reads on any fill
                    txt = label(v)
                    tw = measure(txt, size * 0.8, False)
                    cy = (ya + yb) / 2
                    out.append(Box(x + bw / 2 - tw / 2 - 1.5, cy - size * 0.5, tw + 3, size * 0.95, 1.0, False))
                    out.append(Label(x + bw / 2, cy + size * 0.3, txt, size * 0.8, "center"))
                acc += v
            out.append(Label(x + bw / 2, ypos(acc) - size * 0.3, label(acc, chart.unit), small, "center"))
    else:  # LINE
        for si, ser in enumerate(chart.series):
            _g, _h, marker = style_of(si)
            prev: tuple[float, float] | None = None
            for i, v in enumerate(ser.values):
                if v is None:
                    prev = None
                    continue
                p = (x0 + slot * (i + 0.5), ypos(v))
                if prev is not None:
                    out.append(Stroke(prev[0], prev[1], p[0], p[1], 1.4))
                prev = p
            for i, v in enumerate(ser.values):
                if v is not None:
                    x, y = x0 + slot * (i + 0.5), ypos(v)
                    out.append(Dot(x, y, marker, size * 0.32))
                    out.append(Label(x, y - size * 0.6, label(v, chart.unit), small, "center"))
    return out


def _pyramid(chart: Chart, top: float, width: float, bottom: float, measure: Measure, size: float) -> list[Prim]:
    out: list[Prim] = []
    small = size * 0.9
    left, right = chart.series
    mid_w = max((measure(c, size, False) for c in chart.categories), default=size) + size * 1.2
    cx0, cx1 = (width - mid_w) / 2, (width + mid_w) / 2
    heads = top + size
    out.append(Label(cx0 - size * 0.3, heads, left.name, size, "right", True))
    out.append(Label(cx1 + size * 0.3, heads, right.name, size, "left", True))
    y0 = heads + size * 0.6
    y1 = bottom - (size * 1.5 if chart.x_label else 0.0)
    n = max(len(chart.categories), 1)
    row = (y1 - y0) / n
    room = cx0 - size * 3.0  # leave the value label's room outside the longest bar
    top_v = max([v or 0 for s in chart.series for v in s.values] + [1])
    scale = room / top_v
    bh = row * 0.7
    for i, cat in enumerate(chart.categories):
        r = n - 1 - i  # the first category (youngest) at the bottom
        y = y0 + row * r + (row - bh) / 2
        out.append(Label(width / 2, y + bh / 2 + size * 0.35, cat, size, "center"))
        lv, rv = left.values[i] or 0, right.values[i] or 0
        if lv:
            out.extend(_bar(cx0 - lv * scale, y, lv * scale, bh, 0, size * 0.45))
        if rv:
            out.extend(_bar(cx1, y, rv * scale, bh, 1, size * 0.45))
        out.append(Label(cx0 - lv * scale - size * 0.3, y + bh / 2 + small * 0.35, label(lv, chart.unit), small,
                         "right"))
        out.append(Label(cx1 + rv * scale + size * 0.3, y + bh / 2 + small * 0.35, label(rv, chart.unit), small))
    out.append(Stroke(cx0, y0, cx0, y1, 0.8))
    out.append(Stroke(cx1, y0, cx1, y1, 0.8))
    if chart.x_label:
        out.append(Label(width / 2, bottom - size * 0.3, chart.x_label, small, "center"))
    return out
