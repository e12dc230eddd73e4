"""Bordered table forms (审批表, 登记表, 推荐表): a fixed grid declared as rows of cells.

    form = Form(
        title="紫阳县干部容错纠错申请审批表",
        columns=[22, 30, 22, 30, 22, 30],            # mm; scaled to the form width
        rows=[
            Row(10, [Label("姓名"), Cell(name), Label("性别"), Cell("男"), Label("出生年月"), Cell("1980.05")]),
            Row(40, [Label("申请\\n理由"), Cell(text, colspan=5, align="justify", valign="top")]),
            Row(45, [Label("单位\\n意见"), Seal(colspan=5)]),   # 意见 + （盖章） + 年 月 日
        ],
    )
    render_form(form)  # → Rendered

Text in a cell shrinks to fit on one line (down to the cell's minimum size), then wraps; a row that does
not fit on the page starts a new page (rows joined by a rowspan stay together), with `repeat_rows`
header rows and the title marked （续表）. `Row(page_break=True)` starts page 2 on purpose.
"""
from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from typing import TypedDict, Unpack

from reportlab.pdfgen.canvas import Canvas

from zydesk.printing import fonts as fontmod
from zydesk.printing.fonts import FANGSONG, XBS, FontSet
from zydesk.printing.output import Rendered
from zydesk.printing.text import Line, Span, baseline_for_top, baseline_in_box, break_lines, draw_line, shape
from zydesk.printing.units import AREA_H, AREA_TOP, AREA_W, AREA_X, PAGE_H, PAGE_W, SIZE, mm


@dataclass
class Cell:
    """A grid cell. size is the preferred size, min_size the smallest it shrinks to before wrapping."""

    text: str = ""
    colspan: int = 1
    rowspan: int = 1
    align: str = "center"  # center / left / right / justify
    valign: str = "middle"  # top / middle / bottom
    style: str = FANGSONG
    size: float | None = None
    min_size: float | None = None
    border: bool = True


class CellLook(TypedDict, total=False):
    """Cell's look fields, for the cell helpers' keyword arguments."""

    align: str
    valign: str
    style: str
    size: float | None
    min_size: float | None
    border: bool


def Label(text: str, colspan: int = 1, rowspan: int = 1, **kw: Unpack[CellLook]) -> Cell:  # noqa: N802 - reads as a type
    """A label cell (姓名, 出生年月): centred; "\\n" stacks it vertically (申请\\n理由)."""
    return Cell(text, colspan, rowspan, **kw)


@dataclass
class Seal(Cell):
    """意见 + 盖章 + 年 月 日: the opinion text at the top, the stamp line and the date at the bottom right
    (a blank 年　月　日 to be filled by hand when date is None)."""

    opinion: str = ""
    stamp: str = "（盖章）"
    signer: str = ""  # e.g. 负责人（签字）：
    date: dt.date | None = None


@dataclass
class Row:
    height: float  # mm (the minimum; a wrapped cell never makes a row taller: the text shrinks instead)
    cells: list[Cell]
    page_break: bool = False  # start a new page before this row


@dataclass
class Form:
    title: str
    columns: list[float]  # mm
    rows: list[Row]
    subtitle_left: str = ""  # line between title and grid: 填报单位：×××
    subtitle_right: str = ""  # … and at its right: 填报时间：　年　月　日
    footnote: str = ""  # under the grid: 填表说明
    size: float = SIZE["小四"]
    min_size: float = SIZE["小五"]  # 9 pt: smaller is hard to read on a printed form
    title_size: float = SIZE["小二"]
    repeat_rows: int = 0  # header rows repeated on continuation pages
    area: tuple[float, float, float, float] = (AREA_X / mm, (PAGE_H - AREA_TOP) / mm, AREA_W / mm, AREA_H / mm)
    line_width: float = 0.75


@dataclass
class _Placed:
    cell: Cell
    row: int
    col: int
    x: float
    w: float


@dataclass
class Fit:
    size: float
    lines: list[Line]
    leading: float
    overflow: bool = False


def fit_text(text: str, style: str, fonts: FontSet, width: float, height: float, size: float,
             min_size: float) -> Fit:
    """The largest size ≥ min_size at which text fits without extra line breaks (one line, or the lines its
    "\n" ask for); else the largest at which it fits wrapped; else min_size wrapped (overflow=True)."""
    if not text:
        return Fit(size, [], size * 1.3)
    wanted = text.count("\n") + 1
    steps = []
    s = size
    while s >= min_size - 1e-6:
        steps.append(round(s, 2))
        s -= 0.5
    for s in steps:
        lines = break_lines(shape([Span(text, style)], fonts, s), width)
        leading = s * (1.3 if wanted == 1 else 1.35)
        if len(lines) == wanted and wanted * leading <= height + 0.01:
            return Fit(s, lines, leading)
    for s in steps:
        lines = break_lines(shape([Span(text, style)], fonts, s), width)
        leading = s * 1.35
        if len(lines) * leading <= height + 0.01:
            return Fit(s, lines, leading)
    s = min_size
    return Fit(s, break_lines(shape([Span(text, style)], fonts, s), width), s * 1.35, overflow=True)


def _place(form: Form, width: float) -> tuple[list[list[_Placed]], list[float]]:
    scale = width / (sum(form.columns) * mm)
    xs = [0.0]
    for c in form.columns:
        xs.append(xs[-1] + c * mm * scale)
    ncols = len(form.columns)
    busy: dict[tuple[int, int], bool] = {}
    placed: list[list[_Placed]] = []
    for r, row in enumerate(form.rows):
        col = 0
        out = []
        for cell in row.cells:
            while busy.get((r, col)):
                col += 1
            if col + cell.colspan > ncols:
                raise ValueError(f"表格“{form.title}”第{r + 1}行的单元格超出了{ncols}列")
            for rr in range(r, r + cell.rowspan):
                for cc in range(col, col + cell.colspan):
                    busy[(rr, cc)] = True
            out.append(_Placed(cell, r, col, xs[col], xs[col + cell.colspan] - xs[col]))
            col += cell.colspan
        placed.append(out)
    return placed, xs


def _groups(form: Form) -> list[list[int]]:
    """Rows that must stay on one page together (joined by rowspans)."""
    groups: list[list[int]] = []
    reach = -1
    for r, row in enumerate(form.rows):
        if r > reach or not groups:
            groups.append([r])
        else:
            groups[-1].append(r)
        reach = max(reach, r + max((c.rowspan for c in row.cells), default=1) - 1)
    return groups


class FormRenderer:
    def __init__(self, form: Form, fonts: FontSet) -> None:
        self.form, self.fonts = form, fonts
        x, top, w, h = form.area
        self.x, self.top, self.w, self.h = x * mm, PAGE_H - top * mm, w * mm, h * mm
        self.overflow: list[str] = []

    def render(self) -> tuple[bytes, int]:
        form, fonts = self.form, self.fonts
        buf = io.BytesIO()
        canv = Canvas(buf, pagesize=(PAGE_W, PAGE_H), invariant=1, initialFontName=fonts.name(FANGSONG))
        canv.setTitle(form.title)
        canv.setCreator("ZYDesk")
        placed, _ = _place(form, self.w)
        heights = [row.height * mm for row in form.rows]
        pages = 1
        y = self._page_top(canv, first=True)
        for group in _groups(form):
            gh = sum(heights[r] for r in group)
            new_page = form.rows[group[0]].page_break or (y - gh < self.top - self.h - 0.01 and
                                                          y < self._grid_top_first - 0.01)
            if new_page and group[0] != 0:
                canv.showPage()
                pages += 1
                y = self._page_top(canv, first=False)
                for r in range(min(form.repeat_rows, group[0])):
                    self._draw_row(canv, placed[r], heights, r, y, repeat=True)
                    y -= heights[r]
            for r in group:
                self._draw_row(canv, placed[r], heights, r, y)
                y -= heights[r]
        if form.footnote:
            lines = break_lines(shape([Span(form.footnote)], fonts, SIZE["五号"]), self.w)
            for line in lines:
                y -= SIZE["五号"] * 1.6
                draw_line(canv, line, self.x, y + 3, self.w, SIZE["五号"], 0, "left")
        canv.showPage()
        canv.save()
        return buf.getvalue(), pages

    def _page_top(self, canv: Canvas, first: bool) -> float:
        form, fonts = self.form, self.fonts
        y = self.top
        title = form.title if first else f"{form.title}（续表）"
        size = form.title_size if first else SIZE["四号"]
        base = baseline_for_top(fonts, XBS, size, y)
        draw_line(canv, Line(shape([Span(title, XBS)], fonts, size), True), self.x, base, self.w, size, 0,
                  "center", fonts.bold(XBS, size))
        y -= size * 1.8
        if first and (form.subtitle_left or form.subtitle_right):
            s = SIZE["小四"]
            base = baseline_for_top(fonts, FANGSONG, s, y)
            if form.subtitle_left:
                draw_line(canv, Line(shape([Span(form.subtitle_left)], fonts, s), True), self.x, base, self.w, s,
                          0, "left")
            if form.subtitle_right:
                draw_line(canv, Line(shape([Span(form.subtitle_right)], fonts, s), True), self.x, base, self.w,
                          s, 0, "right")
            y -= s * 1.8
        if first:
            self._grid_top_first = y
        return y

    def _draw_row(self, canv: Canvas, cells: list[_Placed], heights: list[float], r: int, y: float,
                  repeat: bool = False) -> None:
        for p in cells:
            h = sum(heights[r:r + p.cell.rowspan])
            self._draw_cell(canv, p, self.x + p.x, y, p.w, h)

    def _draw_cell(self, canv: Canvas, p: _Placed, x: float, top: float, w: float, h: float) -> None:
        cell, form, fonts = p.cell, self.form, self.fonts
        canv.saveState()
        canv.setLineWidth(form.line_width)
        if cell.border:
            canv.rect(x, top - h, w, h, stroke=1, fill=0)
        canv.restoreState()
        pad = 1.5 * mm
        size = cell.size or form.size
        min_size = cell.min_size or form.min_size
        if isinstance(cell, Seal):
            self._draw_seal(canv, cell, x + pad, top - pad, w - 2 * pad, h - 2 * pad, size, min_size)
            return
        fit = fit_text(cell.text, cell.style, fonts, w - 2 * pad, h - 2 * pad, size, min_size)
        if fit.overflow:  # keep the text inside its box (clipped) and say so before printing
            self.overflow.append(cell.text[:12] + ("…" if len(cell.text) > 12 else ""))
            canv.saveState()
            path = canv.beginPath()
            path.rect(x, top - h, w, h)
            canv.clipPath(path, stroke=0, fill=0)
            self._draw_fit(canv, fit, cell.style, x + pad, top - pad, w - 2 * pad, h - 2 * pad, cell.align, "top")
            canv.restoreState()
            return
        self._draw_fit(canv, fit, cell.style, x + pad, top - pad, w - 2 * pad, h - 2 * pad, cell.align,
                       cell.valign)

    def _draw_fit(self, canv: Canvas, fit: Fit, style: str, x: float, top: float, w: float, h: float,
                  align: str, valign: str) -> None:
        block = len(fit.lines) * fit.leading
        if valign == "middle":
            y = top - (h - block) / 2
        elif valign == "bottom":
            y = top - h + block
        else:
            y = top
        for line in fit.lines:
            base = baseline_in_box(self.fonts, style, fit.size, y, fit.leading)
            draw_line(canv, line, x, base, w, fit.size, 0, align)
            y -= fit.leading

    def _draw_seal(self, canv: Canvas, cell: Seal, x: float, top: float, w: float, h: float, size: float,
                   min_size: float) -> None:
        fonts = self.fonts
        lead = size * 1.6
        reserved = 3 * lead  # stamp, date and a little air at the bottom
        if cell.opinion:
            glyphs = shape([Span(cell.opinion, cell.style)], fonts, size)
            fit = fit_text(cell.opinion, cell.style, fonts, w, max(h - reserved, lead), size, min_size)
            lines = fit.lines if len(fit.lines) > 1 or cell.align != "center" else \
                break_lines(glyphs, w, 0, 2 * size)
            self._draw_fit(canv, Fit(fit.size, lines, fit.leading), cell.style, x, top, w, h - reserved,
                           "justify", "top")
        date = f"{cell.date.year}年{cell.date.month}月{cell.date.day}日" if cell.date else "年　　月　　日"
        right_in = 2 * size
        y_date = top - h + lead
        base = baseline_in_box(fonts, cell.style, size, y_date, lead)
        draw_line(canv, Line(shape([Span(date, cell.style)], fonts, size), True), x, base, w - right_in, size, 0,
                  "right")
        base = baseline_in_box(fonts, cell.style, size, y_date + lead, lead)
        if cell.stamp:
            draw_line(canv, Line(shape([Span(cell.stamp, cell.style)], fonts, size), True), x, base,
                      w - right_in - 2 * size, size, 0, "right")
        if cell.signer:
            draw_line(canv, Line(shape([Span(cell.signer, cell.style)], fonts, size), True), x, base, w, size, 0,
                      "left")


def render_form(form: Form, fonts: FontSet | None = None) -> Rendered:
    fonts = fonts or fontmod.fresh()
    renderer = FormRenderer(form, fonts)
    pdf, pages = renderer.render()
    notes = [f"单元格“{t}”文字太多，缩到最小字号仍放不下，超出部分未打印。" for t in renderer.overflow]
    return Rendered(pdf, pages, set(fonts.missing), form.title, notes)


__all__ = ["Cell", "Label", "Seal", "Row", "Form", "Fit", "fit_text", "render_form"]
