"""Landscape table pages (the ranking table of each assessment group): A4 landscape, a centred title,
a line of particulars, a bordered table that breaks across pages with its header repeated, a footnote,
and page numbers "— 1 —". Built on the printing engine's fonts and GridTable."""
from __future__ import annotations

import io
from dataclasses import dataclass, field

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Flowable, Frame, PageTemplate, Spacer

from zydesk.printing import fonts as fontmod
from zydesk.printing.fonts import FANGSONG, HEITI, SONGTI, XBS, FontSet
from zydesk.printing.output import Rendered
from zydesk.printing.text import Column, GridTable, Span, TableStyle, TextBlock, shape
from zydesk.printing.units import SIZE, mm

LAND_W, LAND_H = 297 * mm, 210 * mm
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 20 * mm, 22 * mm, 22 * mm


@dataclass
class LandscapeTable:
    title: str
    columns: list[tuple[str, float, str]]  # (title, width in mm or 0 = the rest, align)
    rows: list[list[str]]
    subtitle: str = ""  # particulars under the title (类别, 名额公式…)
    footnote: list[str] = field(default_factory=list)


def _block(text: str, fonts: FontSet, style: str, size: float, align: str = "left") -> TextBlock:
    return TextBlock([Span(text, style)], fonts, size=size, leading=size * 1.6, align=align)


def _story(tables: list[LandscapeTable], fonts: FontSet) -> list[Flowable]:
    story: list[Flowable] = []
    for i, t in enumerate(tables):
        if i:  # the next group follows on the same page when its title, header and a few rows fit
            story += [Spacer(0, 6 * mm), CondPageBreak(50 * mm)]
        story.append(_block(t.title, fonts, XBS, SIZE["小二"], "center"))
        story.append(Spacer(0, 3 * mm))
        if t.subtitle:
            story.append(_block(t.subtitle, fonts, FANGSONG, SIZE["小四"]))
            story.append(Spacer(0, 2 * mm))
        cols = [Column(title, w * mm, align) for title, w, align in t.columns]
        size = SIZE["小四"]
        style = TableStyle(size=size, leading=size * 1.3, pad_v=1.5, pad_h=3, header_style=HEITI,
                           body_style=FANGSONG)
        # the notes go under the table and take its last rows with them to a new page, never alone
        notes: list[Flowable] = []
        for line in t.footnote:
            notes += [Spacer(0, 1.5 * mm), _block(line, fonts, FANGSONG, SIZE["五号"])]
        story.append(GridTable(cols, t.rows, fonts, style, tail=notes))
    return story


def render_landscape(tables: list[LandscapeTable], title: str, fonts: FontSet | None = None) -> Rendered:
    fonts = fonts or fontmod.fresh()
    buf = io.BytesIO()
    pages = [0]

    def on_page(canv: Canvas, doc: BaseDocTemplate) -> None:
        pages[0] = doc.page
        text = f"— {doc.page} —"
        size = SIZE["四号"]
        width = sum(g.w for g in shape([Span(text, SONGTI)], fonts, size))
        x = (LAND_W - width) / 2
        for font, run in fonts.runs(text, SONGTI):
            canv.setFont(font, size)
            canv.drawString(x, MARGIN_BOTTOM - 10 * mm, run)
            x += canv.stringWidth(run, font, size)

    frame = Frame(MARGIN_X, MARGIN_BOTTOM, LAND_W - 2 * MARGIN_X, LAND_H - MARGIN_TOP - MARGIN_BOTTOM,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="表格")
    doc = BaseDocTemplate(buf, pagesize=(LAND_W, LAND_H), title=title, creator="ZYDesk", invariant=1,
                          leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM)
    doc.addPageTemplates([PageTemplate(id="横向表格", frames=[frame], onPage=on_page)])
    doc.build(_story(tables, fonts))
    return Rendered(buf.getvalue(), pages[0], set(fonts.missing), title)
