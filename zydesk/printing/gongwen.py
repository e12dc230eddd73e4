"""党政机关公文 per GB/T 9704-2012: the document model (plain dataclasses) and its renderer.

    doc = Gongwen(organ_mark="中共紫阳县委组织部文件", doc_number="紫组发〔2025〕3号",
                  title="关于表彰……的决定", recipients="各镇党委，县委各部门：",
                  body=[Paragraph("……"), Heading("一、表彰名单", 1), NameTable(...)],
                  signature="中共紫阳县委组织部", date=dt.date(2025, 3, 1),
                  cc="县委办公室。", printer="中共紫阳县委组织部办公室", print_date=dt.date(2025, 3, 1))
    rendered = render_gongwen(doc)   # → Rendered(pdf=..., pages=..., missing=...)

Geometry (mm from the type area, 版心 156 × 225 at 28 mm from the left and 37 mm from the top):
organ mark top 35 mm below the 版心 top; 发文字号 two blank lines under it; red line 4 mm under the 发文字号;
title two blank lines under the red line; 版记's last line on the 版心's bottom edge; page number 7 mm under it.
"""
from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    FrameActionFlowable,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Spacer,
)

from zydesk.charts.model import Chart
from zydesk.errors import UserError
from zydesk.printing import fonts as fontmod
from zydesk.printing.fonts import FANGSONG, HEITI, KAITI, SONGTI, XBS, FontSet
from zydesk.printing.output import Rendered
from zydesk.printing.text import (
    RED,
    Column,
    GridTable,
    Line,
    Span,
    TableStyle,
    TextBlock,
    _w,
    baseline_for_top,
    break_lines,
    can_break,
    draw_line,
    shape,
)
from zydesk.printing.units import (
    AREA_BOTTOM,
    AREA_H,
    AREA_W,
    AREA_X,
    BODY,
    CHARS_PER_LINE,
    LINE,
    PAGE_H,
    PAGE_W,
    SMALL,
    TITLE,
    mm,
)

# --- the document model ----------------------------------------------------------------------------


@dataclass
class Paragraph:
    """A body paragraph, first line indented two characters. lead is a run-in heading drawn in lead_style
    (第一条 in 黑体, （一） in 楷体…)."""

    text: str
    lead: str = ""
    lead_style: str = HEITI


@dataclass
class Heading:
    """In-body heading. level 1 一、 (黑体), 2 （一） (楷体), 3 1. and 4 （1） (仿宋), all indented two
    characters; level 0 is a centred 黑体 heading (第一章　总则)."""

    text: str
    level: int = 1


@dataclass
class NameTable:
    """A bordered list (names, units, posts) that breaks across pages with its header repeated.
    columns: (title, width in mm or 0 for "the rest", alignment: center/left/right/justify)."""

    columns: list[tuple[str, float, str]]
    rows: list[list[str]]
    size: float = SMALL
    caption: str = ""


@dataclass
class Break:
    """Start a new page."""


@dataclass
class Figure:
    """A chart (zydesk.charts.model.Chart) across the text area, its 图N caption centred under it in 黑体;
    the figure and its caption stay on one page."""

    chart: Chart
    caption: str = ""


Block = Paragraph | Heading | NameTable | Break | Figure


@dataclass
class Attachment:
    """An attachment printed after the main text, on a new page: 附件1 top left, its title, its body."""

    title: str
    body: list[Block] = field(default_factory=list)
    label: str = ""  # 附件1; filled in from the position when empty


@dataclass
class Gongwen:
    title: str
    body: list[Block] = field(default_factory=list)
    organ_mark: str = ""  # 发文机关标志 (中共紫阳县委办公室文件); empty = no 版头
    doc_number: str = ""  # 发文字号 (紫办发〔2016〕15号)
    issuer: str = ""  # 签发人 of a 上行文 (请示, 报告): the 发文字号 then moves left, 签发人 on its right
    copy_no: str = ""  # 份号, 6 digits
    secrecy: str = ""  # 密级和保密期限 (秘密★1年)
    urgency: str = ""  # 紧急程度 (特急 / 加急)
    recipients: str = ""  # 主送机关, ends with a full-width colon
    attachment_names: list[str] = field(default_factory=list)  # 附件说明; default: titles of attachments
    signature: str = ""  # 发文机关署名
    date: dt.date | None = None  # 成文日期
    note: str = ""  # 附注 (without the parentheses)
    attachments: list[Attachment] = field(default_factory=list)
    cc: str = ""  # 抄送 (机关名称，以句号结尾)
    printer: str = ""  # 印发机关
    print_date: dt.date | None = None  # 印发日期
    author: str = ""  # PDF metadata


def cn_date(d: dt.date) -> str:
    """2016年11月28日 (Arabic numerals, no leading zeros)."""
    return f"{d.year}年{d.month}月{d.day}日"


def doc_number(prefix: str, year: int, seq: int) -> str:
    """紫办发〔2016〕15号: the year in full inside 〔〕, no leading zeros."""
    return f"{prefix}〔{year}〕{seq}号"


_DRAFT = re.compile(r"^\S+〔\d{4}〕[\s\u3000]+号$")
_NUMBER = re.compile(r"^\s*(\S+?)\s*[〔\[［(（【]\s*(\d{4})\s*[〕\]］)）】]\s*0*(\d+)\s*号?\s*$")


def normalize_doc_number(text: str) -> str:
    """紫办发[2016]015号, 紫办发（2016）15 → 紫办发〔2016〕15号 (GB/T 9704: 〔〕, no leading zeros).
    A draft whose sequence number is left blank (紫发〔2025〕　号) stays as it is; anything else that is
    not a document number is refused with a message."""
    if not text.strip():
        return ""
    if _DRAFT.match(text):  # a draft with the number left blank for the registry: 紫发〔2025〕　号
        return text
    m = _NUMBER.match(text)
    if m is None or int(m.group(3)) == 0:
        raise UserError(f"发文字号“{text}”格式不对，应如：紫办发〔2016〕15号（机关代字、〔年份〕、序号、号）。")
    return doc_number(m.group(1), int(m.group(2)), int(m.group(3)))


# --- title line breaking ---------------------------------------------------------------------------

TITLE_BREAK = "｜"  # the clerk's own line break, typed in a one-line title field (a "\n" in the text works too)
_TITLE_BREAKS = re.compile("[\n｜]")


def plain_title(title: str) -> str:
    """The title without the clerk's line-break marks (for the PDF's properties, lists and the register)."""
    return _TITLE_BREAKS.sub("", title)


def balance_title(title: str, fonts: FontSet, size: float = TITLE, width: float = AREA_W,
                  style: str = XBS) -> list[str]:
    """Break a title into lines: exactly where the clerk put a break mark (｜ or a line end), and a part longer
    than a line into as few lines as needed, of nearly equal length, each ending between two words
    (zydesk.printing.words: jieba plus the county's terms) and keeping the 禁则 (no closing mark at a
    line start, no opening mark at a line end), preferring breaks at 《》 boundaries."""
    parts = [p.strip() for p in _TITLE_BREAKS.split(title)]
    lines = [line for p in parts if p for line in _balance(p, fonts, size, width, style)]
    return lines or [title]


def _balance(title: str, fonts: FontSet, size: float, width: float, style: str) -> list[str]:
    glyphs = shape([Span(title, style)], fonts, size)
    widths = [g.w for g in glyphs]
    n = len(widths)
    total = sum(widths)
    if total <= width or n < 2:
        return [title]
    from zydesk.printing.words import word_breaks  # jieba: loaded only for a title of more than one line

    between = word_breaks(title)
    lines = _best_lines(title, widths, size, width, lambda j: j in between and can_break(title, j))
    if lines is None:  # no way between words (a word longer than a line): the 禁则 alone
        lines = _best_lines(title, widths, size, width, lambda j: can_break(title, j))
    return lines or [title]


def _best_lines(title: str, widths: list[float], size: float, width: float,
                allowed: Callable[[int], bool]) -> list[str] | None:
    """The fewest lines, then the most even ones, breaking only where allowed(j) says (j = characters before
    the break); None when no break pattern fits the width."""
    n = len(widths)
    total = sum(widths)
    prefix = [0.0]
    for w in widths:
        prefix.append(prefix[-1] + w)

    def ok_break(j: int) -> bool:  # a line never starts with a space (one may end it: it is trimmed)
        return not title[j].isspace() and allowed(j)

    # nesting depth before each position: breaking inside （） is worse than inside 《》
    paren, book = [0] * (n + 1), [0] * (n + 1)
    for i, ch in enumerate(title):
        paren[i + 1] = paren[i] + (ch in "（(") - (ch in "）)")
        book[i + 1] = book[i] + (ch == "《") - (ch == "》")

    def penalty(j: int) -> float:
        p = 2.0 * (paren[j] > 0) + 0.5 * (book[j] > 0)
        if title[j - 1] in "》、，" or title[j] == "《" or title[j - 1].isspace():
            p -= 0.3
        if title[j - 2:j] == "关于" or title[j:j + 2] == "关于":
            p -= 0.2
        return p

    inf = float("inf")
    for k in range(2, n + 1):
        target = total / k
        best = [[inf] * (n + 1) for _ in range(k + 1)]
        back = [[0] * (n + 1) for _ in range(k + 1)]
        best[0][0] = 0.0
        for lines in range(1, k + 1):
            for j in range(1, n + 1):
                if j < n and not ok_break(j):
                    continue
                for i in range(j - 1, -1, -1):
                    w = prefix[j] - prefix[i]
                    if w > width + 0.01:
                        break
                    if best[lines - 1][i] == inf:
                        continue
                    cost = best[lines - 1][i] + ((w - target) / size) ** 2 + (penalty(j) if j < n else 0)
                    if cost < best[lines][j]:
                        best[lines][j], back[lines][j] = cost, i
        if best[k][n] < inf:
            cuts, j = [], n
            for lines in range(k, 0, -1):
                i = back[lines][j]
                cuts.append(title[i:j].rstrip())
                j = i
            return list(reversed(cuts))
    return None


# --- flowables for the parts of a 公文 --------------------------------------------------------------


class _Fixed(Flowable):
    """A block of fixed height drawn by a function (版头, signature, page furniture)."""

    def __init__(self, height: float, draw_fn: Callable[[Any, float, float], None],  # (canvas, width, height)
                 keep_with_next: bool = False) -> None:
        super().__init__()
        self._h = height
        self._draw_fn = draw_fn
        self.keepWithNext = keep_with_next

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self._h

    def draw(self) -> None:
        self._draw_fn(self.canv, self.width, self._h)


def _centered(canv: Canvas, fonts: FontSet, text: str, style: str, size: float, cx: float, em_top: float,
              color: Any = None, hscale: float = 100.0) -> float:
    """Draw text centred on cx with its em box top at em_top; returns its natural width."""
    glyphs = shape([Span(text, style, color)], fonts, size)
    width = sum(g.w for g in glyphs) * hscale / 100
    x = cx - width / 2
    base = baseline_for_top(fonts, style, size, em_top)
    bold = fonts.bold(style, size)
    canv.saveState()
    for font, run in fonts.runs(text, style):
        t = canv.beginText(x, base)
        t.setFont(font, size)
        t.setHorizScale(hscale)
        t.setFillColor(color or (0, 0, 0))
        if bold:
            canv.setLineWidth(bold)
            t.setStrokeColor(color or (0, 0, 0))
            t.setTextRenderMode(2)
        t.textOut(run)
        canv.drawText(t)
        x += sum(_w(ch, font, size) for ch in run) * hscale / 100
    canv.restoreState()
    return width


@dataclass
class Geometry:
    """Where the 版头 parts land, in points below the type area's top (all positive)."""

    mark_top: float = 35 * mm
    mark_size: float = 15 * mm  # the mark's em height; squeezed horizontally to fit mark_max_width
    mark_max_width: float = 150 * mm
    red_gap: float = 4 * mm
    red_width: float = 0.75  # pt; the standard leaves the thickness open

    def number_top(self) -> float:
        """Em top of the 发文字号: two blank lines under the mark, centred in the third grid line."""
        return self.mark_top + self.mark_size + 2 * LINE + (LINE - BODY) / 2

    def red_line(self) -> float:
        return self.number_top() + BODY + self.red_gap


def _header(doc: Gongwen, fonts: FontSet, geo: Geometry) -> Flowable:
    # two blank lines under the red line, rounded to whole grid lines so the text below stays on the grid
    height = round((geo.red_line() + 2 * LINE) / LINE) * LINE

    def draw(canv: Canvas, width: float, h: float) -> None:
        top = h  # flowable coordinates: y up from the bottom of this block
        # 份号, 密级和保密期限, 紧急程度: 3号黑体 flush left, one grid line each, from the first line
        line_no = 0
        for text in (doc.copy_no, doc.secrecy, doc.urgency):
            if text:
                base = baseline_for_top(fonts, HEITI, BODY, top - line_no * LINE - (LINE - BODY) / 2)
                draw_line(canv, _line(fonts, text, HEITI, BODY), 0, base, width, BODY, 0, "left")
                line_no += 1
        natural = sum(g.w for g in shape([Span(doc.organ_mark, XBS)], fonts, geo.mark_size))
        hscale = min(100.0, geo.mark_max_width / natural * 100) if natural else 100.0
        _centered(canv, fonts, doc.organ_mark, XBS, geo.mark_size, width / 2, top - geo.mark_top, RED, hscale)
        if doc.issuer:  # 上行文: 发文字号 one character from the left, 签发人 one from the right, one line
            base = baseline_for_top(fonts, FANGSONG, BODY, top - geo.number_top())
            if doc.doc_number:
                draw_line(canv, _line(fonts, normalize_doc_number(doc.doc_number), FANGSONG, BODY), BODY, base,
                          width - BODY, BODY, 0, "left")
            signed = Line(shape([Span("签发人：", FANGSONG), Span(doc.issuer, KAITI)], fonts, BODY), True)
            draw_line(canv, signed, 0, base, width - BODY, BODY, 0, "right")
        elif doc.doc_number:
            _centered(canv, fonts, normalize_doc_number(doc.doc_number), FANGSONG, BODY, width / 2,
                      top - geo.number_top())
        canv.saveState()
        canv.setStrokeColor(RED)
        canv.setLineWidth(geo.red_width)
        y = top - geo.red_line()
        canv.line(0, y, width, y)
        canv.restoreState()

    return _Fixed(height, draw, keep_with_next=True)


def _line(fonts: FontSet, text: str, style: str, size: float) -> Line:
    return Line(shape([Span(text, style)], fonts, size), True)


def _body(blocks: list[Block], fonts: FontSet) -> list[Flowable]:
    """Blocks as flowables. A run of headings starts a new page unless it fits with two lines of what
    follows (no heading alone at the foot of a page; the paragraph itself may still break)."""
    out: list[Flowable] = []
    run = 0
    for i, b in enumerate(blocks):
        if isinstance(b, Heading):
            if run == 0:
                k = 1
                while i + k < len(blocks) and isinstance(blocks[i + k], Heading):
                    k += 1
                after = blocks[i + k] if i + k < len(blocks) else None
                # a table under the headings needs its caption, header and first rows (GridTable.min_rows)
                need = 2 if not isinstance(after, NameTable) else bool(after.caption) + 1 + min(3, len(after.rows))
                if isinstance(after, Figure):  # a figure under the headings: the whole figure and its caption
                    from zydesk.printing.charts import figure_height

                    need = round(figure_height(after.chart, LINE) / LINE) + bool(after.caption)
                out.append(CondPageBreak((k + need) * LINE - 0.5))
            run += 1
        else:
            run = 0
        out.extend(_body_block(b, fonts))
    return out


class HeadingBlock(TextBlock):
    """An in-body heading: at the end of the text it goes over to the signature's page with what follows."""


def _body_block(b: Block, fonts: FontSet) -> list[Flowable]:
    common: dict[str, Any] = {"size": BODY, "leading": LINE, "grid_chars": CHARS_PER_LINE}
    if isinstance(b, Paragraph):
        spans = [Span(b.lead, b.lead_style), Span(b.text)] if b.lead else [Span(b.text)]
        return [TextBlock(spans, fonts, indent_chars=2, **common)]
    if isinstance(b, Heading):
        if b.level == 0:
            return [HeadingBlock([Span(b.text, HEITI)], fonts, align="center", **common)]
        style = {1: HEITI, 2: KAITI}.get(b.level, FANGSONG)
        return [HeadingBlock([Span(b.text, style)], fonts, indent_chars=2, **common)]
    if isinstance(b, NameTable):
        # the caption is part of the table (drawn over its first part), not kept with it: a caption kept
        # with a long table would move the whole table to the next page
        caption = TextBlock([Span(b.caption, HEITI)], fonts, align="center", **common) if b.caption else None
        cols = [Column(t, w * mm, a) for t, w, a in b.columns]
        st = TableStyle(size=b.size, leading=b.size * 1.45, pad_v=(LINE - b.size * 1.45) / 2)
        return [GridTable(cols, b.rows, fonts, st, caption=caption)]
    if isinstance(b, Break):
        return [PageBreak()]
    if isinstance(b, Figure):
        from zydesk.printing.charts import ChartFlowable, figure_height

        parts: list[Flowable] = [ChartFlowable(b.chart, fonts, figure_height(b.chart, LINE), title=not b.caption)]
        if b.caption:
            parts.append(TextBlock([Span(b.caption, HEITI)], fonts, align="center", size=SMALL, leading=LINE))
        return [KeepTogether(parts)]
    raise TypeError(f"unknown block {b!r}")


def _signature(doc: Gongwen, fonts: FontSet) -> list[Flowable]:
    """署名 centred over the 成文日期, the date four characters in from the right (room for the seal)."""
    if not (doc.signature or doc.date):
        return []
    date_text = cn_date(doc.date) if doc.date else ""
    cs = AREA_W / CHARS_PER_LINE - BODY
    char = BODY + cs

    def draw(canv: Canvas, width: float, h: float) -> None:
        date_w = sum(g.w for g in shape([Span(date_text)], fonts, BODY)) + cs * max(len(date_text) - 1, 0)
        right = width - 4 * char
        centre = right - date_w / 2
        rows = [t for t in (doc.signature, date_text) if t]
        for i, text in enumerate(rows):
            glyphs = shape([Span(text)], fonts, BODY)
            w = sum(g.w for g in glyphs) + cs * (len(glyphs) - 1)
            x = min(centre - w / 2, width - w)
            base = baseline_for_top(fonts, FANGSONG, BODY, h - (2 + i) * LINE - (LINE - BODY) / 2)
            draw_line(canv, Line(glyphs, True), x, base, w, BODY, cs, "left")

    rows = 2 + (1 if doc.signature else 0) + (1 if date_text else 0)  # two blank lines for the seal
    return [_Fixed(rows * LINE, draw)]


class Colophon(Flowable):
    """版记: 抄送 and 印发 between full-width lines, the last line on the bottom edge of the type area.
    Takes the rest of the page; when too little is left it moves to a new page."""

    def __init__(self, doc: Gongwen, fonts: FontSet) -> None:
        super().__init__()
        self.doc, self.fonts = doc, fonts

    def _layout(self, width: float) -> list[list[Any]]:  # ["cc", label, width, lines] / ["print", printer, date]
        char = SMALL
        rows: list[list[Any]] = []
        if self.doc.cc:
            label = "抄送："
            lw = sum(g.w for g in shape([Span(label)], self.fonts, SMALL))
            glyphs = shape([Span(self.doc.cc)], self.fonts, SMALL)
            lines = break_lines(glyphs, width - 2 * char - lw)
            rows.append(["cc", label, lw, lines])
        rows.append(["print", self.doc.printer, cn_date(self.doc.print_date) + "印发" if self.doc.print_date else ""])
        return rows

    def _needed(self, width: float) -> float:
        rows = self._layout(width)
        n = sum(len(r[3]) if r[0] == "cc" else 1 for r in rows)
        return n * LINE

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        need = self._needed(availWidth)
        self.height = availHeight if availHeight + 0.01 >= need else need
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        canv, fonts, width = self.canv, self.fonts, self.width
        rows = self._layout(width)
        char = SMALL
        y = self._needed(width)
        canv.saveState()
        canv.setLineWidth(0.35 * mm)
        canv.line(0, y, width, y)
        for idx, row in enumerate(rows):
            if row[0] == "cc":
                _, label, lw, lines = row
                for k, line in enumerate(lines):
                    base = baseline_for_top(fonts, FANGSONG, SMALL, y - (LINE - SMALL) / 2)
                    if k == 0:
                        draw_line(canv, _line(fonts, label, FANGSONG, SMALL), char, base, lw, SMALL, 0, "left")
                    draw_line(canv, line, char + lw, base, width - 2 * char - lw, SMALL, 0,
                              "justify" if not line.last else "left")
                    y -= LINE
            else:
                _, printer, date_text = row
                base = baseline_for_top(fonts, FANGSONG, SMALL, y - (LINE - SMALL) / 2)
                if printer:
                    draw_line(canv, _line(fonts, printer, FANGSONG, SMALL), char, base, width, SMALL, 0, "left")
                if date_text:
                    draw_line(canv, _line(fonts, date_text, FANGSONG, SMALL), 0, base, width - char, SMALL, 0,
                              "right")
                y -= LINE
            if idx < len(rows) - 1:
                canv.setLineWidth(0.25 * mm)
                canv.line(0, y, width, y)
        canv.setLineWidth(0.35 * mm)
        canv.line(0, 0, width, 0)
        canv.restoreState()


class ColophonOnEvenPage(FrameActionFlowable):
    """Goes right before the 版记: a 公文 is printed on both sides, so its 版记 must end it on an even page.

    When the 版记 would share an odd page with the text, it moves alone to the next (even) page. When it
    would stand alone on an odd page, that page is left blank and the 版记 goes to the next one; the blank
    page and the 版记's page then carry no page number (GB/T 9704-2012 7.5: 公文的版记页前有空白页的，
    空白页和版记页均不编排页码)."""

    _ZEROSIZE = True
    width = height = 0

    def __init__(self, colophon: Colophon) -> None:
        self.colophon = colophon

    def frameAction(self, frame: Frame) -> None:
        page = int(self.canv.getPageNumber())
        fits = frame._y - frame._y1p + 0.01 >= self.colophon._needed(frame._getAvailableWidth())
        lands = page if fits else page + 1  # where the 版记 would go
        if lands % 2 == 0:
            return
        if fits and not frame._atTop:  # it would share an odd page: alone on the next page
            frame.add_generated_content(PageBreak())
            return
        frame.add_generated_content(*[PageBreak() for _ in range(1 if fits else 2)])
        unnumbered = getattr(getattr(self.canv, "_doctemplate", None), "unnumbered", None)
        if unnumbered is not None:
            unnumbered.update({lands, lands + 1})


# --- page furniture and the document template --------------------------------------------------------

PAGE_NUMBER_GAP = 7 * mm


def draw_page_number(canv: Canvas, fonts: FontSet, page: int) -> None:
    """— 1 — in 4号宋体, 7 mm under the type area; odd pages right, even pages left, one character in."""
    text = f"— {page} —"
    glyphs = shape([Span(text, SONGTI)], fonts, SMALL)
    w = sum(g.w for g in glyphs)
    x = AREA_X + AREA_W - SMALL - w if page % 2 else AREA_X + SMALL
    base = baseline_for_top(fonts, SONGTI, SMALL, AREA_BOTTOM - PAGE_NUMBER_GAP)
    draw_line(canv, Line(glyphs, True), x, base, w, SMALL, 0, "left")


def type_area_frame() -> Frame:
    return Frame(AREA_X, AREA_BOTTOM, AREA_W, AREA_H, leftPadding=0, rightPadding=0, topPadding=0,
                 bottomPadding=0, id="版心", showBoundary=0)


def build_pdf(story: list[Flowable], fonts: FontSet, *, title: str, author: str = "",
              page_numbers: bool = True) -> tuple[bytes, int]:
    buf = io.BytesIO()
    pages = [0]

    def on_page_end(canv: Canvas, doc: BaseDocTemplate) -> None:
        # at the page's end: whether it carries a number is known only once its content is placed
        pages[0] = doc.page
        if page_numbers and doc.page not in getattr(doc, "unnumbered", ()):
            draw_page_number(canv, fonts, doc.page)

    template = BaseDocTemplate(buf, pagesize=(PAGE_W, PAGE_H), leftMargin=AREA_X, rightMargin=PAGE_W - AREA_X - AREA_W,
                               topMargin=PAGE_H - AREA_BOTTOM - AREA_H, bottomMargin=AREA_BOTTOM, title=title,
                               author=author, creator="ZYDesk", invariant=1,
                               initialFontName=fonts.name(FANGSONG))  # no unembedded Helvetica
    template.unnumbered = set()  # pages left without a number (a blank page before the 版记, and the 版记's)
    template.addPageTemplates([PageTemplate(id="公文", frames=[type_area_frame()], onPageEnd=on_page_end)])
    template.build(story)
    return buf.getvalue(), pages[0]


def story_for(doc: Gongwen, fonts: FontSet, geo: Geometry | None = None) -> list[Flowable]:
    geo = geo or Geometry()
    normalize_doc_number(doc.doc_number)  # refuse a malformed number before any drawing
    if doc.copy_no and not (doc.copy_no.isdigit() and len(doc.copy_no) == 6):
        raise UserError(f"份号“{doc.copy_no}”应为6位阿拉伯数字，如 000123。")
    story: list[Flowable] = []
    if doc.organ_mark:
        story.append(_header(doc, fonts, geo))
    for line in balance_title(doc.title, fonts):
        story.append(TextBlock([Span(line, XBS)], fonts, size=TITLE, leading=LINE, align="center",
                                   bold=fonts.bold(XBS, TITLE),
                               keep_with_next=True))
    if doc.title or doc.recipients:  # a blank line under the title, before the 主送机关 or, without one, the body
        story.append(Spacer(0, LINE))
    if doc.recipients:
        story.append(TextBlock([Span(doc.recipients)], fonts, size=BODY, leading=LINE, grid_chars=CHARS_PER_LINE,
                               align="left"))
    story.extend(_body(doc.body, fonts))
    names = doc.attachment_names or [a.title for a in doc.attachments]
    tail: list[Flowable] = []
    if names:
        tail.append(Spacer(0, LINE))
        # 附件：1．名称 — a name that wraps lines up under its own first character
        many = len(names) > 1
        for i, name in enumerate(names):
            label = ("附件：" if i == 0 else "") + (f"{i + 1}．" if many else "") + name
            tail.append(TextBlock([Span(label)], fonts, size=BODY, leading=LINE, grid_chars=CHARS_PER_LINE,
                                  left_chars=5 + many, indent_chars=-(3 if i == 0 else 0) - many, align="left"))
    tail.extend(_signature(doc, fonts))
    if doc.note:  # 附注 under the date, on the signature's page
        tail.append(TextBlock([Span(f"（{doc.note}）")], fonts, size=BODY, leading=LINE, grid_chars=CHARS_PER_LINE,
                              indent_chars=2, align="left"))
    if tail:
        # the signature never stands on a page without text: the body's last two lines go with it
        if story and isinstance(story[-1], TextBlock):
            last = story.pop()
            lines = last.lines(AREA_W)
            carried: list[Flowable] = [last]
            if len(lines) > 2:
                story.append(last._clone(lines[:-2]))
                carried = [last._clone(lines[-2:])]
            elif len(lines) == 1 and story and type(story[-1]) is TextBlock:  # 特此通知。: a line of the one before
                before = story.pop()
                more = before.lines(AREA_W)
                if len(more) > 1:
                    story.append(before._clone(more[:-1]))
                    before = before._clone(more[-1:])
                carried = [before, last]
            # the headings over that text go with it (a heading never stands alone at the foot of a page)
            while story and isinstance(story[-1], (HeadingBlock, CondPageBreak)):
                item = story.pop()
                if isinstance(item, HeadingBlock):
                    carried.insert(0, item)
            tail = carried + tail
        if story and isinstance(story[-1], GridTable) and not story[-1].tail:
            story[-1].tail = tail  # a table ending the text: its last rows go over with the signature
        else:
            story.append(KeepTogether(tail))
    for i, att in enumerate(doc.attachments):
        story.append(PageBreak())
        label = att.label or (f"附件{i + 1}" if len(doc.attachments) > 1 else "附件")
        story.append(TextBlock([Span(label, HEITI)], fonts, size=BODY, leading=LINE, align="left",
                               keep_with_next=True))
        story.append(Spacer(0, LINE))
        for line in balance_title(att.title, fonts):
            story.append(TextBlock([Span(line, XBS)], fonts, size=TITLE, leading=LINE, align="center",
                                   bold=fonts.bold(XBS, TITLE),
                                   keep_with_next=True))
        story.append(Spacer(0, LINE))
        story.extend(_body(att.body, fonts))
    if doc.cc or doc.printer or doc.print_date:
        colophon = Colophon(doc, fonts)
        story += [ColophonOnEvenPage(colophon), colophon]
    return story


def render_gongwen(doc: Gongwen, fonts: FontSet | None = None, geo: Geometry | None = None) -> Rendered:
    fonts = fonts or fontmod.fresh()
    story = story_for(doc, fonts, geo)
    title = plain_title(doc.title)
    pdf, pages = build_pdf(story, fonts, title=title, author=doc.author or doc.signature)
    return Rendered(pdf, pages, set(fonts.missing), title)


__all__ = ["Paragraph", "Heading", "NameTable", "Break", "Figure", "Block", "Attachment", "Gongwen", "Geometry",
           "render_gongwen", "balance_title", "plain_title", "TITLE_BREAK", "cn_date", "doc_number",
           "normalize_doc_number", "build_pdf",
           "story_for"]
