"""A chart on screen: the shared layout (zydesk/charts/layout.py) drawn with QPainter.

QtCharts ships only in PySide6-Addons, which an installation need not have; the chart is a few rectangles,
lines and labels, so it is drawn here, the same marks the printed report draws.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from zydesk.charts.layout import Box, Dot, Label, Stroke, layout
from zydesk.charts.model import Chart

LABEL_PX = 12.0  # label size in pixels (the window's body text is 13–14 px)


def _grey(g: float) -> QColor:
    return QColor.fromRgbF(g, g, g)


class ChartView(QWidget):
    """Shows one Chart; an empty view says what it waits for."""

    def __init__(self, chart: Chart | None = None, parent: QWidget | None = None, placeholder: str = "") -> None:
        super().__init__(parent)
        self.chart = chart
        self.placeholder = placeholder
        self.setMinimumSize(260, 190)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._fonts: dict[tuple[float, bool], QFont] = {}

    def sizeHint(self) -> QSize:
        return QSize(420, 250)

    def set_chart(self, chart: Chart | None) -> None:
        self.chart = chart
        self.setToolTip(chart.title if chart else "")
        self.update()

    def _font(self, size: float, bold: bool) -> QFont:
        key = (round(size, 1), bold)
        f = self._fonts.get(key)
        if f is None:
            f = QFont(self.font())
            f.setPixelSize(max(8, round(size)))
            f.setBold(bold)
            self._fonts[key] = f
        return f

    def measure(self, text: str, size: float, bold: bool) -> float:
        return QFontMetricsF(self._font(size, bold)).horizontalAdvance(text)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        if self.chart is None:
            p.setPen(_grey(0.45))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.placeholder)
            p.end()
            return
        for m in layout(self.chart, float(self.width() - 8), float(self.height() - 4), self.measure, LABEL_PX):
            if isinstance(m, Box):
                p.setPen(QPen(QColor("black"), 0.8) if m.outline else Qt.PenStyle.NoPen)
                p.setBrush(_grey(m.grey))
                p.drawRect(QRectF(m.x + 4, m.y + 2, m.w, m.h))
            elif isinstance(m, Stroke):
                p.setPen(QPen(_grey(m.grey), max(m.width, 0.6)))
                p.drawLine(QPointF(m.x1 + 4, m.y1 + 2), QPointF(m.x2 + 4, m.y2 + 2))
            elif isinstance(m, Dot):
                self._dot(p, m)
            elif isinstance(m, Label):
                font = self._font(m.size, m.bold)
                p.setFont(font)
                p.setPen(QColor("black"))
                w = QFontMetricsF(font).horizontalAdvance(m.text)
                x = m.x + 4 - (w / 2 if m.align == "center" else w if m.align == "right" else 0)
                p.drawText(QPointF(x, m.y + 2), m.text)
        p.end()

    @staticmethod
    def _dot(p: QPainter, m: Dot) -> None:
        x, y, r = m.x + 4, m.y + 2, m.r
        p.setPen(QPen(QColor("black"), 1.2))
        p.setBrush(QColor("black") if m.shape in ("square", "triangle") else QColor("white"))
        if m.shape == "circle":
            p.drawEllipse(QPointF(x, y), r, r)
        elif m.shape == "square":
            p.drawRect(QRectF(x - r, y - r, 2 * r, 2 * r))
        else:
            pts = ([(x, y - r * 1.2), (x - r * 1.1, y + r * 0.8), (x + r * 1.1, y + r * 0.8)] if m.shape == "triangle"
                   else [(x, y - r * 1.3), (x - r * 1.3, y), (x, y + r * 1.3), (x + r * 1.3, y)])
            p.drawPolygon(QPolygonF([QPointF(a, b) for a, b in pts]))
