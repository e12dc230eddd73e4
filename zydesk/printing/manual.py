"""The user manual as a book: title page, 目录 with page numbers, chapters with 黑体 headings, body in 仿宋,
screenshots scaled to the type area with numbered captions, page numbers at the foot.

The manual is plain data (`Manual` of `Chapter`s of blocks); `parse_chapter` reads one chapter from the
Markdown-like source in docs/manual (see its docstring for what it understands). Quoted articles and
images are handed in by the caller, so this module reads no policy text and no folder of its own.
Lines are set with the document engine's Chinese line breaking (zydesk.printing.text).
"""
from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, Image, KeepTogether, PageBreak, PageTemplate, Spacer

from zydesk.printing import fonts as fontmod
from zydesk.printing.fonts import FANGSONG, HEITI, KAITI, XBS, FontSet
from zydesk.printing.output import Rendered
from zydesk.printing.text import Column, GridTable, Span, TableStyle, TextBlock, baseline_in_box, draw_line, shape
from zydesk.printing.text import Line as TextLine
from zydesk.printing.units import PAGE_H, PAGE_W, SIZE, mm

MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 25 * mm, 25 * mm, 22 * mm
AREA_W = PAGE_W - 2 * MARGIN_X
AREA_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM
BODY, LEADING = SIZE["小四"], 21.0
SMALL = SIZE["五号"]
SCREEN_PX = 1100  # a screenshot this wide (or wider: the whole window) fills the type area; smaller ones keep the scale
MAX_IMAGE_H = AREA_H * 0.62
GREY = colors.Color(0.45, 0.45, 0.45)


# --- the manual as data -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Para:
    text: str  # **…** marks words set in 黑体


@dataclass(frozen=True)
class Section:
    title: str
    level: int = 2  # 2: 节 (in the 目录), 3: a smaller heading


@dataclass(frozen=True)
class Items:
    items: tuple[str, ...]
    numbered: bool = False


@dataclass(frozen=True)
class Note:
    text: str  # set as 提示：…


@dataclass(frozen=True)
class Quote:
    heading: str  # 《容错纠错实施细则》第八条
    text: str


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Figure:
    name: str  # the image's file name, for the 截图缺失 box
    caption: str
    png: bytes | None  # None: the screenshot is missing, a box says so


Block = Para | Section | Items | Note | Quote | Table | Figure


@dataclass(frozen=True)
class Chapter:
    title: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Manual:
    title: str
    subtitle: str
    organ: str
    edition: str  # 版本 0.4.0 · 2026年12月
    chapters: tuple[Chapter, ...]
    missing_images: tuple[str, ...] = field(default=())


# --- reading a chapter's source ---------------------------------------------------------------------

FIGURE = re.compile(r"^!\[(?P<cap>[^\]]*)\]\((?P<name>[^)]+)\)\s*$")
_ARTICLE = re.compile(r"^\[\[条款\s+(?P<doc>\S+)\s+(?P<art>\d+)\]\]\s*$")
_NUMBERED = re.compile(r"^\d+[.．]\s*")


def _join(lines: Sequence[str]) -> str:
    """Lines of one paragraph as one text: Chinese lines join directly, Latin words keep a space."""
    out = ""
    for line in (s.strip() for s in lines):
        if out and line and out[-1].isascii() and out[-1].isalnum() and line[0].isascii() and line[0].isalnum():
            out += " "
        out += line
    return out


def parse_chapter(source: str, quote: Callable[[str, int], Quote],
                  image: Callable[[str], bytes | None]) -> Chapter:
    """One chapter from its source:

        # 章标题                     (the first line)
        ## 节标题  /  ### 小标题
        一段文字，可以跨行；空行分段。**黑体字**
        - 列表项            1. 编号的步骤
        > 提示文字
        | 表头 | 表头 |   (the |---| line under it is skipped)
        ![图题](images/文件名.png)
        [[条款 容错纠错实施细则 8]]

    `quote(doc, article)` gives an article's words, `image(name)` a PNG's bytes (None when missing).
    """
    title = ""
    blocks: list[Block] = []
    para: list[str] = []
    items: list[str] = []
    numbered = False
    note: list[str] = []
    table: list[tuple[str, ...]] = []

    def flush() -> None:
        nonlocal items, note, table, para
        if para:
            blocks.append(Para(_join(para)))
        if items:
            blocks.append(Items(tuple(items), numbered))
        if note:
            blocks.append(Note(_join(note)))
        if table:
            blocks.append(Table(table[0], tuple(table[1:])))
        para, items, note, table = [], [], [], []

    for raw in source.splitlines():
        line = raw.rstrip()
        stripped = line.strip()
        if not stripped:
            flush()
            continue
        if line.startswith("# ") and not title:
            title = line[2:].strip()
        elif line.startswith("## ") or line.startswith("### "):
            flush()
            level = 3 if line.startswith("### ") else 2
            blocks.append(Section(line[level + 1:].strip(), level))
        elif m := FIGURE.match(stripped):
            flush()
            blocks.append(Figure(m["name"].rsplit("/", 1)[-1], m["cap"], image(m["name"])))
        elif m := _ARTICLE.match(stripped):
            flush()
            blocks.append(quote(m["doc"], int(m["art"])))
        elif stripped.startswith(">"):
            if not note:
                flush()
            note.append(stripped[1:])
        elif stripped.startswith("|"):
            if not table:
                flush()
            cells = tuple(c.strip() for c in stripped.strip("|").split("|"))
            if not all(set(c) <= set("-: ") for c in cells):
                table.append(cells)
        elif stripped.startswith("- ") or _NUMBERED.match(stripped):
            is_numbered = not stripped.startswith("- ")
            if para or note or table or (items and numbered != is_numbered):
                flush()
            numbered = is_numbered
            items.append(stripped[2:] if stripped.startswith("- ") else _NUMBERED.sub("", stripped, count=1))
        elif items and raw.startswith("  "):  # a list item going on on the next line
            items[-1] = _join([items[-1], stripped])
        elif note:
            note.append(stripped)
        else:
            if items or table:
                flush()
            para.append(stripped)
    flush()
    return Chapter(title or "（无标题）", tuple(blocks))


# --- numbering ----------------------------------------------------------------------------------------

_DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十 (enough for chapter numbers)."""
    if n < 10:
        return _DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[ones] if ones else "")


# --- flowables ------------------------------------------------------------------------------------------

def _spans(text: str, style: str = FANGSONG) -> list[Span]:
    """**…** in 黑体, the rest in the given style."""
    out = []
    for i, piece in enumerate(text.split("**")):
        if piece:
            out.append(Span(piece, HEITI if i % 2 else style))
    return out


class Heading(TextBlock):
    """A chapter or section heading; the book notes its page for the 目录 and the PDF's bookmarks."""

    def __init__(self, text: str, level: int, fonts: FontSet, size: float, before: float, after: float) -> None:
        super().__init__([Span(text, HEITI)], fonts, size=size, leading=size * 1.5, align="left",
                         space_before=before, space_after=after, keep_with_next=True)
        self.toc_text, self.toc_level = text, level


class TocLine(Flowable):
    """目录 line: the title, a dotted leader, the page number at the right edge."""

    def __init__(self, text: str, level: int, page: int | None, fonts: FontSet) -> None:
        super().__init__()
        self.text, self.level, self.page, self.fonts = text, level, page, fonts
        self.size = SIZE["四号"] if level == 1 else BODY
        self.style = HEITI if level == 1 else FANGSONG
        self.height = self.size * (2.0 if level == 1 else 1.75)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.height

    def draw(self) -> None:
        canv, size = self.canv, self.size
        indent = 0.0 if self.level == 1 else 2 * size
        number = str(self.page) if self.page is not None else ""
        title = shape([Span(self.text, self.style)], self.fonts, size)
        digits = shape([Span(number, FANGSONG)], self.fonts, size)
        base = baseline_in_box(self.fonts, self.style, size, self.height, self.height)
        draw_line(canv, TextLine(title, True), indent, base, self.width - indent, size, 0.0, "left")
        draw_line(canv, TextLine(digits, True), 0, base, self.width, size, 0.0, "right")
        start = indent + sum(g.w for g in title) + size * 0.5
        end = self.width - sum(g.w for g in digits) - size * 0.5
        if number and end > start:
            canv.saveState()
            canv.setStrokeColor(GREY)
            canv.setLineWidth(0.6)
            canv.setDash(0.6, 2.4)
            canv.line(start, base + size * 0.1, end, base + size * 0.1)
            canv.restoreState()


class MissingImage(Flowable):
    """A framed box where a screenshot should be: 截图缺失 and its file name."""

    def __init__(self, name: str, fonts: FontSet) -> None:
        super().__init__()
        self.name, self.fonts = name, fonts
        self.height = 40 * mm

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(GREY)
        canv.setDash(3, 3)
        canv.rect(0, 0, self.width, self.height)
        canv.restoreState()
        glyphs = shape([Span(f"截图缺失：{self.name}", KAITI)], self.fonts, BODY)
        base = baseline_in_box(self.fonts, KAITI, BODY, self.height, self.height)
        draw_line(canv, TextLine(glyphs, True), 0, base, self.width, BODY, 0.0, "center")


class QuoteBox(Flowable):
    """An article of the policy: a grey rule at the left, the heading in 黑体, the words in 楷体. A long
    article goes on on the next page in a box of its own."""

    PAD = 6.0

    def __init__(self, parts: list[TextBlock]) -> None:
        super().__init__()
        self.parts = parts
        self.spaceBefore, self.spaceAfter = 4.0, 8.0

    @classmethod
    def of(cls, quote: Quote, fonts: FontSet) -> QuoteBox:
        parts = [TextBlock([Span(quote.heading, HEITI)], fonts, size=SMALL, leading=17, align="left",
                           keep_with_next=True)]
        for text in quote.text.splitlines() or [""]:
            parts.append(TextBlock([Span(text.strip(), KAITI)], fonts, size=SMALL, leading=17,
                                   indent_chars=0 if len(parts) == 1 else 2))
        return cls(parts)

    def _inner(self, width: float) -> float:
        return width - 3 * self.PAD

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        inner = self._inner(availWidth)
        self.height = sum(p.wrap(inner, availHeight)[1] for p in self.parts) + 2 * self.PAD
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        inner, room = self._inner(availWidth), availHeight - 2 * self.PAD
        first: list[TextBlock] = []
        rest = list(self.parts)
        while rest:
            h = rest[0].wrap(inner, room)[1]
            if h <= room + 0.01:
                first.append(rest.pop(0))
                room -= h
                continue
            pieces = rest[0].split(inner, room)
            if len(pieces) == 2 and len(rest[0].lines(inner)) >= 4 and isinstance(pieces[1], TextBlock) \
                    and len(pieces[1].lines(inner)) == 1:  # no last line alone at the top of the next page
                pieces = rest[0].split(inner, room - rest[0].leading)
            if len(pieces) == 2 and isinstance(pieces[0], TextBlock) and isinstance(pieces[1], TextBlock):
                first.append(pieces[0])
                rest[0] = pieces[1]
            break
        if not rest:
            return [self]
        if len(first) <= 1:  # nothing but the heading fits: the whole box starts on the next page
            return []
        head, tail = QuoteBox(first), QuoteBox(rest)
        head.spaceAfter, tail.spaceBefore = 0.0, 0.0
        return [head, tail]

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setFillColor(colors.Color(0.96, 0.96, 0.96))
        canv.setStrokeColor(colors.Color(0.96, 0.96, 0.96))
        canv.rect(0, 0, self.width, self.height, fill=1, stroke=0)
        canv.setFillColor(GREY)
        canv.rect(0, 0, 2.5, self.height, fill=1, stroke=0)
        canv.restoreState()
        y = self.height - self.PAD
        for part in self.parts:
            h = part.height
            part.drawOn(canv, 2 * self.PAD, y - h)
            y -= h


def _figure(fig: Figure, label: str, fonts: FontSet) -> Flowable:
    caption = TextBlock([Span(f"{label}　{fig.caption}", KAITI)], fonts, size=SMALL, leading=16, align="center",
                        space_before=3, space_after=10)
    if fig.png is None:
        return KeepTogether([MissingImage(fig.name, fonts), caption])
    from reportlab.lib.utils import ImageReader

    reader = ImageReader(io.BytesIO(fig.png))
    px_w, px_h = reader.getSize()
    w = AREA_W * min(1.0, px_w / SCREEN_PX)
    h = w * px_h / px_w
    if h > MAX_IMAGE_H:
        w, h = w * MAX_IMAGE_H / h, MAX_IMAGE_H
    img = Image(io.BytesIO(fig.png), width=w, height=h)
    img.hAlign = "CENTER"
    img.spaceBefore = 4
    return KeepTogether([img, caption])


def _table(table: Table, fonts: FontSet) -> Flowable:
    """Every column but the last as wide as its longest cell (at most 40 % of the line); the last takes the rest."""
    n = max(len(table.header), *(len(r) for r in table.rows)) if table.rows else len(table.header)
    style = TableStyle(size=SMALL, leading=16, pad_v=3, pad_h=4)

    def cell(row: tuple[str, ...], i: int) -> str:
        return row[i] if i < len(row) else ""

    columns = []
    for i in range(n):
        longest = max(len(cell(r, i)) for r in (table.header, *table.rows))
        width = 0.0 if i == n - 1 else min(longest * SMALL + 2 * style.pad_h + 2, AREA_W * 0.4)
        columns.append(Column(cell(table.header, i), width, "left"))
    rows = [[cell(r, i) for i in range(n)] for r in table.rows]
    return GridTable(columns, rows, fonts, style, min_rows=2)


def _chapter_flowables(number: int, chapter: Chapter, fonts: FontSet) -> list[Flowable]:
    out: list[Flowable] = [Heading(f"第{chinese_number(number)}章　{chapter.title}", 1, fonts, SIZE["二号"], 0, 18)]
    section = figure = 0
    for block in chapter.blocks:
        if isinstance(block, Section):
            if block.level == 2:
                section += 1
                out.append(Heading(f"{number}.{section}　{block.title}", 2, fonts, SIZE["小三"], 12, 6))
            else:
                out.append(Heading(block.title, 3, fonts, SIZE["四号"] - 1, 8, 4))
        elif isinstance(block, Para):
            out.append(TextBlock(_spans(block.text), fonts, size=BODY, leading=LEADING, indent_chars=2,
                                 space_after=4))
        elif isinstance(block, Items):
            for i, item in enumerate(block.items, 1):
                mark = f"{i}．" if block.numbered else "●　"
                hang = 1.5 if block.numbered else 2
                out.append(TextBlock([Span(mark), *_spans(item)], fonts, size=BODY, leading=LEADING,
                                     left_chars=hang + (0.5 if block.numbered else 0), indent_chars=-hang,
                                     space_after=2))
            out.append(Spacer(0, 4))
        elif isinstance(block, Note):
            out.append(TextBlock([Span("提示：", HEITI), *_spans(block.text, KAITI)], fonts, size=BODY,
                                 leading=LEADING, left_chars=1, space_before=2, space_after=6))
        elif isinstance(block, Quote):
            out.append(QuoteBox.of(block, fonts))
        elif isinstance(block, Table):
            out.extend([_table(block, fonts), Spacer(0, 8)])
        elif isinstance(block, Figure):
            figure += 1
            out.append(_figure(block, f"图{number}-{figure}", fonts))
    return out


def _title_page(manual: Manual, fonts: FontSet) -> list[Flowable]:
    def centred(text: str, style: str, size: float, before: float) -> TextBlock:
        return TextBlock([Span(text, style)], fonts, size=size, leading=size * 1.6, align="center",
                         space_before=before, bold=fonts.bold(style, size))

    return [centred(manual.organ, KAITI, SIZE["三号"], 60 * mm),
            centred(manual.title, XBS, SIZE["一号"], 20 * mm),
            centred(manual.subtitle, HEITI, SIZE["二号"], 8 * mm),
            centred(manual.edition, FANGSONG, SIZE["三号"], 70 * mm),
            PageBreak()]


class _Book(BaseDocTemplate):
    """Notes the page of every heading (for the 目录) and puts it in the PDF's bookmarks."""

    def __init__(self, buf: io.BytesIO, title: str) -> None:
        super().__init__(buf, pagesize=(PAGE_W, PAGE_H), leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                         topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=title, author="中共紫阳县委组织部")
        self.entries: list[tuple[int, str, int]] = []

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        if isinstance(flowable, Heading) and 1 <= flowable.toc_level <= 2:
            key = f"h{len(self.entries)}"
            canv: Any = self.canv
            canv.bookmarkPage(key)
            canv.addOutlineEntry(flowable.toc_text, key, flowable.toc_level - 1, closed=flowable.toc_level > 1)
            self.entries.append((flowable.toc_level, flowable.toc_text, self.page))


def _footer(fonts: FontSet) -> Callable[[Canvas, BaseDocTemplate], None]:
    def on_page(canv: Canvas, doc: BaseDocTemplate) -> None:
        if doc.page == 1:  # the title page has no number
            return
        glyphs = shape([Span(f"— {doc.page} —", FANGSONG)], fonts, SMALL)
        draw_line(canv, TextLine(glyphs, True), MARGIN_X, MARGIN_BOTTOM / 2, AREA_W, SMALL, 0.0, "center")
    return on_page


def _toc_entries(manual: Manual) -> list[tuple[int, str]]:
    entries: list[tuple[int, str]] = []
    for n, chapter in enumerate(manual.chapters, 1):
        entries.append((1, f"第{chinese_number(n)}章　{chapter.title}"))
        section = 0
        for block in chapter.blocks:
            if isinstance(block, Section) and block.level == 2:
                section += 1
                entries.append((2, f"{n}.{section}　{block.title}"))
    return entries


def _build(manual: Manual, fonts: FontSet, pages: dict[str, int]) -> tuple[bytes, int, list[tuple[int, str, int]]]:
    story = _title_page(manual, fonts)
    story.append(Heading("目　录", 0, fonts, SIZE["二号"], 0, 14))
    story.extend(TocLine(text, level, pages.get(text), fonts) for level, text in _toc_entries(manual))
    for n, chapter in enumerate(manual.chapters, 1):
        story.append(PageBreak())
        story.extend(_chapter_flowables(n, chapter, fonts))
    buf = io.BytesIO()
    book = _Book(buf, manual.title)
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, AREA_W, AREA_H, 0, 0, 0, 0, id="正文")
    book.addPageTemplates([PageTemplate(id="页", frames=[frame], onPage=_footer(fonts))])
    book.build(story)
    return buf.getvalue(), book.page, book.entries


def render_manual(manual: Manual, fonts: FontSet | None = None) -> Rendered:
    """The manual as a PDF. Built twice: the first pass finds the page of every heading, the second
    prints them in the 目录 (it has as many lines either way, so nothing moves)."""
    fonts = fonts or fontmod.fresh()
    _pdf, _n, entries = _build(manual, fonts, {})
    pdf, pages, _entries = _build(manual, fonts, {text: page for _level, text, page in entries})
    notes = [f"截图缺失：{name}" for name in manual.missing_images]
    return Rendered(pdf, pages, set(fonts.missing), manual.title, notes)


__all__ = ["Chapter", "Figure", "Items", "Manual", "Note", "Para", "Quote", "Section", "Table", "chinese_number",
           "parse_chapter", "render_manual"]
