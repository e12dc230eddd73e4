"""Page geometry of GB/T 9704-2012 and the Chinese type sizes (字号), in PDF points."""
from __future__ import annotations

from reportlab.lib import units

mm: float = units.mm  # reportlab has no types: say what it is once, here

PAGE_W, PAGE_H = 210 * mm, 297 * mm
MARGIN_TOP = 37 * mm  # 天头
MARGIN_LEFT = 28 * mm  # 订口
AREA_W, AREA_H = 156 * mm, 225 * mm  # 版心
AREA_X = MARGIN_LEFT
AREA_TOP = PAGE_H - MARGIN_TOP  # y of the type area's top edge (PDF origin bottom-left)
AREA_BOTTOM = AREA_TOP - AREA_H
LINES_PER_PAGE = 22
CHARS_PER_LINE = 28
LINE = AREA_H / LINES_PER_PAGE  # one grid line: 28.95 pt

SIZE = {
    "初号": 42.0, "小初": 36.0, "一号": 26.0, "小一": 24.0, "二号": 22.0, "小二": 18.0,
    "三号": 16.0, "小三": 15.0, "四号": 14.0, "小四": 12.0, "五号": 10.5, "小五": 9.0,
}
BODY = SIZE["三号"]
TITLE = SIZE["二号"]
SMALL = SIZE["四号"]

__all__ = ["mm", "PAGE_W", "PAGE_H", "MARGIN_TOP", "MARGIN_LEFT", "AREA_W", "AREA_H", "AREA_X", "AREA_TOP",
           "AREA_BOTTOM", "LINES_PER_PAGE", "CHARS_PER_LINE", "LINE", "SIZE", "BODY", "TITLE", "SMALL"]
