"""Charts in the PDF: the shared layout (zydesk/charts/layout.py) drawn with reportlab as vector paths.

Text goes through the project's FontSet, run by run, so a character the style's font lacks takes the
fallback font (no tofu) and every font is embedded as a subset like the rest of the document.
"""
from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from zydesk.charts.layout import Box, Dot, Label, Stroke, layout
from zydesk.charts.model import Chart
from zydesk.printing.fonts import HEITI, SONGTI, FontSet
from zydesk.printing.text import _w

LABEL_SIZE = 10.5  # 五号


def measure_with(fonts: FontSet) -> Any:
    def measure(text: str, size: float, bold: bool) -> float:
        style = HEITI if bold else SONGTI
        return sum(_w(ch, font, size) for font, run in fonts.runs(text, style) for ch in run)
    return measure


def draw_chart(canv: Any, chart: Chart, fonts: FontSet, x: float, y: float, width: float, height: float,
               size: float = LABEL_SIZE, title: bool = True) -> None:
    """Draw the chart in the box whose bottom-left corner is (x, y) (PDF coordinates, y upwards)."""
    measure = measure_with(fonts)
    top = y + height

    def px(u: float) -> float:
        return x + u

    def py(v: float) -> float:
        return top - v

    canv.saveState()
    for p in layout(chart, width, height, measure, size, title):
        if isinstance(p, Box):
            canv.setFillGray(p.grey)
            canv.setStrokeGray(0)
            canv.setLineWidth(0.6)
            canv.rect(px(p.x), py(p.y + p.h), p.w, p.h, stroke=1 if p.outline else 0, fill=1)
        elif isinstance(p, Stroke):
            canv.setStrokeGray(p.grey)
            canv.setLineWidth(p.width)
            canv.line(px(p.x1), py(p.y1), px(p.x2), py(p.y2))
        elif isinstance(p, Dot):
            _dot(canv, px(p.x), py(p.y), p.shape, p.r)
        elif isinstance(p, Label):
            _text(canv, fonts, measure, p, px(p.x), py(p.y))
    canv.restoreState()


def _dot(canv: Any, x: float, y: float, shape: str, r: float) -> None:
    canv.setFillGray(1 if shape in ("circle", "diamond") else 0)
    canv.setStrokeGray(0)
    canv.setLineWidth(0.9)
    if shape == "circle":
        canv.circle(x, y, r, stroke=1, fill=1)
    elif shape == "square":
        canv.rect(x - r, y - r, 2 * r, 2 * r, stroke=1, fill=1)
    else:
        pts = ([(x, y + r * 1.2), (x - r * 1.1, y - r * 0.8), (x + r * 1.1, y - r * 0.8)] if shape == "triangle"
               else [(x, y + r * 1.3), (x - r * 1.3, y), (x, y - r * 1.3), (x + r * 1.3, y)])
        path = canv.beginPath()
        path.moveTo(*pts[0])
        for q in pts[1:]:
            path.lineTo(*q)
        path.close()
        canv.drawPath(path, stroke=1, fill=1)


def _text(canv: Any, fonts: FontSet, measure: Any, p: Label, x: float, y: float) -> None:
    w = measure(p.text, p.size, p.bold)
    if p.align == "center":
        x -= w / 2
    elif p.align == "right":
        x -= w
    canv.setFillGray(0)
    for font, run in fonts.runs(p.text, HEITI if p.bold else SONGTI):
        canv.setFont(font, p.size)
        canv.drawString(x, y, run)
        x += sum(_w(ch, font, p.size) for ch in run)


class ChartFlowable(Flowable):
    """A chart as a figure in a document: the full width of the text area, height by its kind."""

    def __init__(self, chart: Chart, fonts: FontSet, height: float, title: bool = True) -> None:
        super().__init__()
        self.chart, self.fonts, self.height_pt, self.title = chart, fonts, height, title

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width_pt = availWidth
        return availWidth, self.height_pt

    def draw(self) -> None:
        draw_chart(self.canv, self.chart, self.fonts, 0, 0, self.width_pt, self.height_pt, title=self.title)


def figure_height(chart: Chart, line: float) -> float:
    """A whole number of grid lines (the body keeps its line grid below the figure): a pyramid 8, others 6."""
    return (8 if chart.kind.value == "pyramid" else 6) * line
