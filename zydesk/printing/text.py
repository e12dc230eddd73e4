"""Chinese text set on a grid: line breaking with 禁则 (no 。，） at a line start, no （《 at a line end),
justification, per-character font fallback, and the flowables built on it (paragraphs and tables).

reportlab's own Paragraph knows neither the 公文 character grid nor per-character font fallback, and is
slow for long name lists; these flowables are small and do exactly what the forms and 公文 need.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from zydesk.printing.fonts import FANGSONG, HEITI, FontSet, ascent_descent

# 禁则 (kinsoku): closing marks never start a line, opening marks never end one.
NO_START = frozenset("，。、；：？！）》」』】〕〉〗］｝”’…—·～%‰℃,.;:?!)]}")
NO_END = frozenset("（《「『【〔〈〖［｛“‘([{")
# a number keeps its unit: 2016年, 28日, 15号 (a date may still break after 年 or 月, never inside a number)
NUMBER_UNITS = frozenset("年月日号时分秒")
LATIN_INNER = frozenset(".,:/-")  # 3.5, 1,000, 10:30, 2025-03-01, 1/2
BLACK = colors.black
RED = colors.Color(0.9, 0, 0)  # 红色 marks and lines (GB/T 9704: red)


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def can_break(chars: Sequence[str], i: int) -> bool:
    """May a line end between chars[i - 1] and chars[i]? 禁则, and no break inside a Latin word or number
    (2016, 35%, 3.5, 2025-03-01), between a number and its 年/月/日/号, or in 〔2016〕15号."""
    p, c = chars[i - 1], chars[i]
    if c in NO_START or p in NO_END:
        return False
    if _latin(c) and (_latin(p) or p == "〕"):
        return False
    if p.isdigit() and p.isascii() and c in NUMBER_UNITS:
        return False
    if p in LATIN_INNER and _latin(c) and i >= 2 and _latin(chars[i - 2]):
        return False
    return not (c in LATIN_INNER and _latin(p) and i + 1 < len(chars) and _latin(chars[i + 1]))


@dataclass(frozen=True)
class Span:
    """A piece of text in one style (and colour)."""

    text: str
    style: str = FANGSONG
    color: Any = None


class Glyph(NamedTuple):
    ch: str
    font: str
    color: Any
    w: float  # advance without character spacing


_width_cache: dict[tuple[str, str, float], float] = {}


def _w(ch: str, font: str, size: float) -> float:
    key = (ch, font, size)
    w = _width_cache.get(key)
    if w is None:
        w = pdfmetrics.stringWidth(ch, font, size)
        _width_cache[key] = w
    return w


def shape(spans: Sequence[Span], fonts: FontSet, size: float) -> list[Glyph]:
    out: list[Glyph] = []
    for span in spans:
        for font, run in fonts.runs(span.text, span.style):
            for ch in run:
                out.append(Glyph(ch, font, span.color, 0.0 if ch == "\n" else _w(ch, font, size)))
    return out


@dataclass
class Line:
    glyphs: list[Glyph]
    last: bool  # last line of a paragraph (or before a forced break): not justified
    indent: float = 0.0


def break_lines(glyphs: list[Glyph], width: float, cs: float = 0.0, first_indent: float = 0.0) -> list[Line]:
    """Greedy line breaking on the character grid with 禁则; "\n" forces a break.

    When the character that overflows may not start a line (。”） …) or the line would end with an opening
    mark, characters are pulled down from the end of the line to the last place a break is allowed (the
    shortened line is justified). Only when the line has no such place (a cell one or two characters
    wide) do the closing marks hang past the edge instead (draw_line squeezes them in when it can); a
    single word wider than the line is split where the line is full."""
    lines: list[Line] = []
    seg: list[Glyph] = []
    indent = first_indent
    for g in glyphs:
        if g.ch == "\n":
            lines.extend(_break_segment(seg, width, cs, indent))
            seg, indent = [], 0.0
        else:
            seg.append(g)
    lines.extend(_break_segment(seg, width, cs, indent))
    return lines


def _break_segment(seg: list[Glyph], width: float, cs: float, indent: float) -> list[Line]:
    n = len(seg)
    if n == 0:
        return [Line([], True, indent)]
    chars = [g.ch for g in seg]
    out: list[Line] = []
    start = 0
    while True:
        # on a grid each character takes size + cs; with a negative cs (28 × 3号 in 156 mm) the last
        # character's spacing may lie beyond the edge, or only 27 characters would fit
        avail = width - indent + 0.01 - min(cs, 0.0)
        used, end = 0.0, start
        while end < n:
            add = seg[end].w + (cs if end > start else 0.0)
            if used + add > avail:
                break
            used += add
            end += 1
        if end == n:
            out.append(Line(seg[start:], True, indent))
            return out
        end = max(end, start + 1)  # a single character wider than the line still goes on it
        cut = end
        while cut > start and not can_break(chars, cut):
            cut -= 1  # pull characters down to the next line
        if cut == start:  # nowhere to break: let closing marks hang, else break where the line is full
            cut = end
            while cut < n and cut - end < 2 and chars[cut] in NO_START:
                cut += 1
            if cut < n and not can_break(chars, cut):
                cut = end
        if cut == n:
            out.append(Line(seg[start:], True, indent))
            return out
        out.append(Line(seg[start:cut], False, indent))
        start, indent = cut, 0.0


def draw_line(canv: Canvas, line: Line, x: float, baseline: float, width: float, size: float, cs: float,
              align: str, bold: float = 0.0) -> None:
    """bold > 0 strokes the outlines with that line width (a heavier face when no bold font exists)."""
    glyphs = line.glyphs
    if not glyphs:
        return
    natural = sum(g.w for g in glyphs) + cs * (len(glyphs) - 1)
    avail = width - line.indent
    gap = cs
    if align == "justify" and not line.last and len(glyphs) > 1 and natural < avail:
        gap = cs + (avail - natural) / (len(glyphs) - 1)
        natural = avail
    elif natural > avail + 0.01 and len(glyphs) > 1 and (natural - avail) / (len(glyphs) - 1) <= size / 4:
        # a hanging closing mark: squeeze the line into its width (full-width marks have room to spare)
        gap = cs - (natural - avail) / (len(glyphs) - 1)
        natural = avail
    if align == "center":
        x0 = x + line.indent + (avail - natural) / 2
    elif align == "right":
        x0 = x + width - natural
    else:
        x0 = x + line.indent
    # Runs of one font and colour, and within them one chunk per font subset, each placed at the position
    # computed here: PDF text extractors (pdfminer) drop the character spacing at the end of each Tj, so
    # placing chunks explicitly keeps every reader's positions identical to ours.
    doc = canv._doc
    t = canv.beginText(x0, baseline)
    t.setCharSpace(gap)
    if bold:
        canv.saveState()
        canv.setLineWidth(bold)
        t.setTextRenderMode(2)
    i = 0
    xx = x0
    while i < len(glyphs):
        j = i
        font, color = glyphs[i].font, glyphs[i].color
        while j < len(glyphs) and glyphs[j].font == font and glyphs[j].color == color:
            j += 1
        text = "".join(g.ch for g in glyphs[i:j])
        t.setFont(font, size)
        t.setFillColor(color or BLACK)
        if bold:
            t.setStrokeColor(color or BLACK)
        if gap == 0:  # no character spacing: nothing for an extractor to get wrong
            t.setTextOrigin(xx, baseline)
            t.textOut(text)
            xx += sum(g.w for g in glyphs[i:j])
        else:
            k = i
            for _subset, chunk in _splitter(font).splitString(text, doc):
                n = len(chunk)
                t.setTextOrigin(xx, baseline)
                t.textOut(text[k - i:k - i + n])
                xx += sum(g.w for g in glyphs[k:k + n]) + gap * n
                k += n
        i = j
    canv.drawText(t)
    if bold:
        canv.restoreState()


_fonts_by_name: dict[str, Any] = {}


def _splitter(font: str) -> Any:
    f = _fonts_by_name.get(font)
    if f is None:
        f = _fonts_by_name[font] = pdfmetrics.getFont(font)
    return f


def baseline_in_box(fonts: FontSet, style: str, size: float, box_top: float, box_h: float) -> float:
    """Baseline that centres the em box (what PDF text extraction reports) vertically in a box."""
    _, desc = ascent_descent(fonts.name(style))
    em_top = box_top - (box_h - size) / 2
    return em_top - size * (1 + desc / 1000)


def baseline_for_top(fonts: FontSet, style: str, size: float, em_top: float) -> float:
    """Baseline putting the em box's top edge at em_top."""
    _, desc = ascent_descent(fonts.name(style))
    return em_top - size * (1 + desc / 1000)


class TextBlock(Flowable):
    """A paragraph on the grid: first-line indent in characters, justified, splits across pages."""

    def __init__(self, spans: Sequence[Span], fonts: FontSet, *, size: float, leading: float,
                 indent_chars: float = 0, left_chars: float = 0, right_chars: float = 0, align: str = "justify",
                 char_space: float | None = None, grid_chars: int | None = None, space_before: float = 0,
                 space_after: float = 0, keep_with_next: bool = False, bold: float = 0.0,
                 _lines: list[Line] | None = None) -> None:
        super().__init__()
        self.spans = list(spans)
        self.fonts = fonts
        self.size, self.leading = size, leading
        self.indent_chars, self.left_chars, self.right_chars = indent_chars, left_chars, right_chars
        self.align = align
        self.char_space = char_space
        self.grid_chars = grid_chars
        self.spaceBefore, self.spaceAfter = space_before, space_after
        self.keepWithNext = keep_with_next
        self.bold = bold
        self._preset = _lines
        self._lines: list[Line] | None = None
        self._for_width: float | None = None
        # the grid position follows the main text's font (a run-in 黑体 lead shares its baseline)
        self.style0 = self.spans[-1].style if self.spans else FANGSONG

    def _cs(self, width: float) -> float:
        if self.char_space is not None:
            return self.char_space
        if self.grid_chars:
            return width / self.grid_chars - self.size
        return 0.0

    def _inner(self, avail: float) -> float:
        return avail - (self.left_chars + self.right_chars) * (self.size + self._cs(avail))

    def lines(self, avail: float) -> list[Line]:
        if self._preset is not None:  # a piece of a split paragraph keeps its lines
            return self._preset
        if self._lines is None or self._for_width != avail:
            cs = self._cs(avail)
            glyphs = shape(self.spans, self.fonts, self.size)
            self._lines = break_lines(glyphs, self._inner(avail), cs, self.indent_chars * (self.size + cs))
            self._for_width = avail
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._avail = availWidth
        n = len(self.lines(availWidth))
        self.height = n * self.leading
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lines = self.lines(availWidth)
        n = int((availHeight + 0.01) // self.leading)
        if n <= 0 or n >= len(lines):
            return [] if n <= 0 else [self]
        first = self._clone(lines[:n])
        first.spaceAfter = 0
        rest = self._clone(lines[n:])
        rest.spaceBefore = 0
        return [first, rest]

    def _clone(self, lines: list[Line]) -> TextBlock:
        return TextBlock(self.spans, self.fonts, size=self.size, leading=self.leading, indent_chars=self.indent_chars,
                         left_chars=self.left_chars, right_chars=self.right_chars, align=self.align,
                         char_space=self.char_space, grid_chars=self.grid_chars, space_before=self.spaceBefore,
                         space_after=self.spaceAfter, bold=self.bold, _lines=lines)

    def draw(self) -> None:
        avail = self._avail
        cs = self._cs(avail)
        x = self.left_chars * (self.size + cs)
        width = self._inner(avail)
        top = self.height
        for line in self.lines(avail):
            base = baseline_in_box(self.fonts, self.style0, self.size, top, self.leading)
            draw_line(self.canv, line, x, base, width, self.size, cs, self.align, self.bold)
            top -= self.leading


# --- tables ----------------------------------------------------------------------------------------

@dataclass
class Column:
    title: str
    width: float  # points; the last column may be 0 = take what is left
    align: str = "center"


@dataclass
class TableStyle:
    size: float = 14.0
    leading: float = 20.0
    pad_v: float = 4.0
    pad_h: float = 3.0
    header_style: str = HEITI
    body_style: str = FANGSONG
    line_width: float = 0.5
    min_row: float = 0.0


@dataclass
class _Row:
    cells: list[list[Line]]
    height: float
    header: bool


class GridTable(Flowable):
    """A bordered table of text rows that breaks across pages, repeating its header row(s).

    An optional caption is drawn above the first part only. The table starts on the current page when
    the caption, the header and min_rows rows fit there (a table is never moved whole to the next page
    just because it is long); only that much is kept together. `tail` (the notes under the table) is drawn
    under the last row and never left alone on a page: the last rows go over with it."""

    def __init__(self, columns: list[Column], rows: list[list[str]], fonts: FontSet,
                 style: TableStyle | None = None, header_rows: list[list[str]] | None = None,
                 caption: Flowable | None = None, min_rows: int = 3, tail: list[Flowable] | None = None) -> None:
        super().__init__()
        self.tail = tail or []
        self.columns, self.rows, self.fonts = columns, rows, fonts
        self.style = style or TableStyle()
        self.header_rows = header_rows  # defaults to the column titles
        self.caption = caption
        self.min_rows = min_rows
        self._cap_h = 0.0
        self._laid: list[_Row] | None = None
        self._head: list[_Row] = []
        self._widths: list[float] = []

    def _layout_row(self, texts: list[str], header: bool, widths: list[float]) -> _Row:
        st = self.style
        cells = []
        n = 1
        for text, w in zip(texts, widths):
            glyphs = shape([Span(text, st.header_style if header else st.body_style)], self.fonts, st.size)
            lines = break_lines(glyphs, w - 2 * st.pad_h)
            cells.append(lines)
            n = max(n, len(lines))
        return _Row(cells, max(n * st.leading + 2 * st.pad_v, st.min_row), header)

    def _ensure(self, avail: float) -> None:
        if self._laid is not None and self._widths and abs(sum(self._widths) - avail) < 0.01:
            return
        fixed = sum(c.width for c in self.columns)
        widths = [c.width for c in self.columns]
        if 0 in widths:
            widths[widths.index(0)] = avail - fixed
        else:  # scale to the frame width
            widths = [w * avail / fixed for w in widths]
        self._widths = widths
        heads = self.header_rows if self.header_rows is not None else [[c.title for c in self.columns]]
        self._head = [self._layout_row(h, True, widths) for h in heads]
        if self._laid is None:
            self._laid = [self._layout_row(r, False, widths) for r in self.rows]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._ensure(availWidth)
        assert self._laid is not None
        self.width = availWidth
        self._cap_h = self.caption.wrap(availWidth, availHeight)[1] if self.caption is not None else 0.0
        self.height = (self._cap_h + sum(r.height for r in self._head) + sum(r.height for r in self._laid)
                       + self._tail_h(availWidth))
        return availWidth, self.height

    def _tail_h(self, width: float) -> float:
        return float(sum(f.wrap(width, 10_000)[1] for f in self.tail))

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._ensure(availWidth)
        assert self._laid is not None
        cap_h = self.caption.wrap(availWidth, availHeight)[1] if self.caption is not None else 0.0
        h = cap_h + sum(r.height for r in self._head)
        n = 0
        for row in self._laid:
            if h + row.height > availHeight + 0.01:
                break
            h += row.height
            n += 1
        if n >= len(self._laid):
            if h + self._tail_h(availWidth) <= availHeight + 0.01:
                return [self]
            n = len(self._laid) - min(2, len(self._laid))  # the notes would stand alone: two rows go with them
        if n < max(1, min(self.min_rows, len(self._laid))):
            return []  # not even the caption, the header and a few rows: start on the next page
        return [self._part(self._laid[:n], self.caption, []), self._part(self._laid[n:], None, self.tail)]

    def _part(self, laid: list[_Row], caption: Flowable | None, tail: list[Flowable]) -> GridTable:
        part = GridTable(self.columns, [], self.fonts, self.style, self.header_rows, caption, self.min_rows, tail)
        part._laid, part._head, part._widths = laid, self._head, self._widths
        return part

    def draw(self) -> None:
        assert self._laid is not None
        canv, st = self.canv, self.style
        if self.caption is not None:
            self.caption.drawOn(canv, 0, self.height - self._cap_h)
        canv.saveState()
        canv.setLineWidth(st.line_width)
        y = table_top = self.height - self._cap_h
        xs = [0.0]
        for w in self._widths:
            xs.append(xs[-1] + w)
        for row in [*self._head, *self._laid]:
            for i, lines in enumerate(row.cells):
                col = self.columns[i]
                # vertically centred text block within the cell
                block_h = len(lines) * st.leading
                top = y - (row.height - block_h) / 2
                for line in lines:
                    style = st.header_style if row.header else st.body_style
                    base = baseline_in_box(self.fonts, style, st.size, top, st.leading)
                    align = "center" if row.header else col.align
                    draw_line(canv, line, xs[i] + st.pad_h, base, self._widths[i] - 2 * st.pad_h, st.size, 0.0,
                              "left" if align == "justify" and len(lines) == 1 else align)
                    top -= st.leading
            canv.line(0, y, xs[-1], y)
            y -= row.height
        canv.line(0, y, xs[-1], y)
        for x in xs:
            canv.line(x, table_top, x, y)
        canv.restoreState()
        for f in self.tail:
            _w_, fh = f.wrap(xs[-1], 10_000)
            f.drawOn(canv, 0, y - fh)
            y -= fh
