"""An editable Word copy (.docx) of a 公文, laid out per GB/T 9704-2012 as far as Word allows.

    data = write_docx(gongwen)        # bytes of a .docx; the PDF stays the record of what was issued

The clerk edits the wording in Word or WPS before the leader signs, so the copy keeps the layout in
Word's own terms rather than fixed positions: A4, margins giving the 版心 (156 × 225 mm at 28 mm left,
37 mm top), a document grid of 22 lines × 28 characters, fonts by their Windows names with East Asian
attributes, indents in characters, the red line as a paragraph border, NameTable as a table whose header
repeats, attachments each from a new page, the 版记 as a table at the foot of the last page, and page
numbers “— 1 —” in different odd and even footers. Charts are pictures drawn from the same layout as the
PDF (zydesk/charts/layout.py), with Pillow.
"""
from __future__ import annotations

import datetime as dt
import io
import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx import Document as new_document
from docx.document import Document
from docx.enum.section import WD_SECTION_START
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Pt, RGBColor, Twips
from docx.table import Table
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run

from zydesk.charts.model import Chart
from zydesk.printing import fonts as fontmod
from zydesk.printing.fonts import FANGSONG, HEITI, KAITI, SONGTI, XBS, FontSet
from zydesk.printing.gongwen import (
    Block,
    Break,
    Figure,
    Gongwen,
    Heading,
    NameTable,
    Paragraph,
    balance_title,
    cn_date,
    normalize_doc_number,
    plain_title,
)
from zydesk.printing.units import AREA_W, BODY, CHARS_PER_LINE, LINES_PER_PAGE, SMALL, TITLE

# --- geometry in twips (1/20 pt) -------------------------------------------------------------------

TWIPS_PER_MM = 1440 / 25.4
PAGE_W, PAGE_H = 11906, 16838  # A4
LEFT, TOP = round(28 * TWIPS_PER_MM), round(37 * TWIPS_PER_MM)
AREA_W_TW, AREA_H_TW = round(156 * TWIPS_PER_MM), round(225 * TWIPS_PER_MM)
RIGHT, BOTTOM = PAGE_W - LEFT - AREA_W_TW, PAGE_H - TOP - AREA_H_TW
# Word counts the lines of a page as floor(height / pitch): round down so all 22 fit
LINE_PITCH = AREA_H_TW // LINES_PER_PAGE
# 28 三号 characters a line: every character is condensed (rPr spacing, twentieths of a point, rounded
# down so all 28 fit). A character grid (linesAndChars with a negative charSpace) would do the same in Word,
# but other word processors give each character two cells of such a grid and double the pages.
CHAR_SPACING = math.floor((AREA_W_TW / 20 / CHARS_PER_LINE - BODY) * 20)
RED = RGBColor(0xE6, 0x00, 0x00)  # zydesk.printing.text.RED
MARK_EM_MM = 15.0  # 发文机关标志: em box 15 mm high, at most 150 mm wide
MARK_MAX_MM = 150.0


@dataclass(frozen=True)
class Faces:
    """The Windows names of the typefaces, as Word and WPS look them up."""

    fangsong: str = "仿宋_GB2312"
    heiti: str = "黑体"
    kaiti: str = "楷体_GB2312"
    songti: str = "宋体"
    xbs: str = "方正小标宋简体"

    def of(self, style: str) -> str:
        return {FANGSONG: self.fangsong, HEITI: self.heiti, KAITI: self.kaiti, SONGTI: self.songti,
                XBS: self.xbs}[style]


def faces_for(fonts: FontSet | None = None) -> Faces:
    """仿宋_GB2312 / 楷体_GB2312 when this PC prints with those files, else 仿宋 / 楷体 (the faces every
    Windows has since Vista); the others have one name."""
    fonts = fonts or fontmod.current()

    def gb2312(style: str) -> bool:
        name = Path(fonts.styles[style].file.path).name.upper()
        return "GB2312" in name

    return Faces(fangsong="仿宋_GB2312" if gb2312(FANGSONG) else "仿宋",
                 kaiti="楷体_GB2312" if gb2312(KAITI) else "楷体")


# --- small XML helpers -----------------------------------------------------------------------------

def _set(el: BaseOxmlElement, **attrs: str | int) -> BaseOxmlElement:
    for k, v in attrs.items():
        el.set(qn(f"w:{k}"), str(v))
    return el


# the order the schema gives the children of these elements (Word refuses a file with them out of order)
_ORDER = {
    "pPr": "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd tabs "
           "suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi "
           "adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection "
           "textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange",
    "rPr": "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof "
           "snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd fitText "
           "vertAlign rtl cs em lang eastAsianLayout specVanish oMath",
    "tblPr": "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc tblCellSpacing "
             "tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption tblDescription",
    "trPr": "cnfStyle divId gridBefore gridAfter wBefore wAfter cantSplit trHeight tblHeader tblCellSpacing jc hidden",
}


def _child(parent: BaseOxmlElement, tag: str, **attrs: str | int) -> BaseOxmlElement:
    """parent's w:tag, created in its schema place when missing, with attrs set."""
    el = parent.find(qn(f"w:{tag}"))
    if el is None:
        el = OxmlElement(f"w:{tag}")
        order = _ORDER[parent.tag.rpartition("}")[2]].split()
        later = order[order.index(tag) + 1:]
        parent.insert_element_before(el, *(f"w:{t}" for t in later))
    return _set(el, **attrs)


def _font(run: Run, face: str, size: float, color: RGBColor | None = None, scale: int = 100) -> Run:
    """The face for every script (ascii, hAnsi, eastAsia) so Word and WPS use it for 汉字 and digits."""
    run.font.name = face
    run.font.size = Pt(size)
    rpr = run._r.get_or_add_rPr()
    _set(rpr.get_or_add_rFonts(), ascii=face, hAnsi=face, eastAsia=face, cs=face, hint="eastAsia")
    if color is not None:
        run.font.color.rgb = color
    if scale != 100:
        _child(rpr, "w", val=scale)
    return run


def _chars(text: str) -> float:
    """Width in body characters: 汉字 and full-width marks one, Latin letters and digits half."""
    return sum(0.5 if ord(ch) < 0x2000 else 1.0 for ch in text)


class _Writer:
    def __init__(self, doc: Gongwen, faces: Faces, fonts: FontSet | None) -> None:
        self.gw, self.faces, self.fonts = doc, faces, fonts
        self.d: Document = new_document()
        self.break_next = False  # a Break: the next paragraph starts a new page

    # paragraphs
    def para(self, *, align: str = "justify", first: float = 0, left: float = 0, right: float = 0,
             hanging: float = 0, keep_next: bool = False, page_break: bool = False,
             char_size: float = BODY) -> DocxParagraph:
        """A paragraph on the grid; indents in characters of char_size (Word's *Chars attributes plus
        twips for programs that read only those)."""
        p = self.d.add_paragraph()
        if self.break_next:
            page_break, self.break_next = True, False
        pf = p.paragraph_format
        pf.alignment = {"justify": WD_ALIGN_PARAGRAPH.JUSTIFY, "left": WD_ALIGN_PARAGRAPH.LEFT,
                        "center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}[align]
        pf.keep_with_next = keep_next or None
        pf.page_break_before = page_break or None
        if first or left or right or hanging:
            ind = _child(p._p.get_or_add_pPr(), "ind")
            tw = round(char_size * 20)
            if left:
                _set(ind, left=round(left * tw), leftChars=round(left * 100))
            if right:
                _set(ind, right=round(right * tw), rightChars=round(right * 100))
            if first:
                _set(ind, firstLine=round(first * tw), firstLineChars=round(first * 100))
            if hanging:
                _set(ind, hanging=round(hanging * tw), hangingChars=round(hanging * 100))
        return p

    def run(self, p: DocxParagraph, text: str, style: str = FANGSONG, size: float = BODY,
            color: RGBColor | None = None, scale: int = 100) -> Run:
        return _font(p.add_run(text), self.faces.of(style), size, color, scale)

    def blank(self, n: int = 1, keep_next: bool = False) -> None:
        for _ in range(n):
            self.para(keep_next=keep_next)

    # the document
    def build(self) -> bytes:
        self.setup()
        gw = self.gw
        if gw.organ_mark:
            self.header()
        self.title(gw.title)
        if gw.title or gw.recipients:  # a blank line under the title, as in the PDF (also without 主送机关)
            self.blank()
        if gw.recipients:
            self.run(self.para(align="left"), gw.recipients)
        self.body(gw.body, ends_text=True)
        self.closing()
        for i, att in enumerate(gw.attachments):
            label = att.label or (f"附件{i + 1}" if len(gw.attachments) > 1 else "附件")
            self.run(self.para(align="left", keep_next=True, page_break=True), label, HEITI)
            self.blank(keep_next=True)
            self.title(att.title)
            self.blank(keep_next=True)
            self.body(att.body)
        if gw.cc or gw.printer or gw.print_date:
            self.colophon()
        elif self.ends_with_table():
            self.para()  # Word wants the document to end with a paragraph
        out = io.BytesIO()
        self.d.save(out)
        return out.getvalue()

    def setup(self) -> None:
        d = self.d
        props = d.core_properties
        props.title, props.author, props.comments = plain_title(self.gw.title), self.gw.author or self.gw.signature, ""
        props.created = props.modified = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
        normal = d.styles["Normal"]
        _font_style(normal.element, self.faces.fangsong, BODY)
        pf = normal.paragraph_format
        pf.space_before, pf.space_after, pf.line_spacing = Pt(0), Pt(0), 1.0
        pf.widow_control = True
        defaults = d.styles.element.find(qn("w:docDefaults"))
        if defaults is not None:  # the grid's character pitch is counted from the default size
            rpr = defaults.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
            if rpr is not None:
                _style_fonts(rpr, self.faces.fangsong, BODY)
                _child(rpr, "spacing", val=CHAR_SPACING)
            spacing = defaults.find(qn("w:pPrDefault") + "/" + qn("w:pPr") + "/" + qn("w:spacing"))
            if spacing is not None:
                _set(spacing, after=0, line=240, lineRule="auto")
        for section in d.sections:
            section.start_type = WD_SECTION_START.NEW_PAGE
            section.page_width, section.page_height = Twips(PAGE_W), Twips(PAGE_H)
            section.left_margin, section.right_margin = Twips(LEFT), Twips(RIGHT)
            section.top_margin, section.bottom_margin = Twips(TOP), Twips(BOTTOM)
            section.header_distance = Twips(round(15 * TWIPS_PER_MM))
            # the number's top 7 mm under the 版心: its line (4号 on one grid line) ends about 21 mm up
            section.footer_distance = Twips(BOTTOM - round(7 * TWIPS_PER_MM) - LINE_PITCH)
            _child(section._sectPr, "docGrid", type="lines", linePitch=LINE_PITCH)
            self.page_numbers(section.footer.paragraphs[0], odd=True)
            self.page_numbers(section.even_page_footer.paragraphs[0], odd=False)
        d.settings.odd_and_even_pages_header_footer = True

    def page_numbers(self, p: DocxParagraph, odd: bool) -> None:
        """— 1 — in 4号宋体, one character in from the right (odd pages) or the left (even pages)."""
        pf = p.paragraph_format
        pf.alignment = WD_ALIGN_PARAGRAPH.RIGHT if odd else WD_ALIGN_PARAGRAPH.LEFT
        ind = _child(p._p.get_or_add_pPr(), "ind")
        tw = round(SMALL * 20)
        if odd:
            _set(ind, right=tw, rightChars=100)
        else:
            _set(ind, left=tw, leftChars=100)
        self.run(p, "— ", SONGTI, SMALL)
        self.field(p, "PAGE", "1")
        self.run(p, " —", SONGTI, SMALL)

    def field(self, p: DocxParagraph, code: str, shown: str) -> None:
        for kind, text in (("begin", None), ("instr", f" {code} "), ("separate", None), ("shown", shown),
                           ("end", None)):
            r = self.run(p, "", SONGTI, SMALL)
            if kind == "instr":
                el = OxmlElement("w:instrText")
                el.set(qn("xml:space"), "preserve")
                el.text = text
                r._r.append(el)
            elif kind == "shown":
                r.text = shown
            else:
                r._r.append(_set(OxmlElement("w:fldChar"), fldCharType=kind))

    def header(self) -> None:
        """份号/密级/紧急 flush left, the red organ mark 35 mm under the 版心 top, 发文字号 (签发人) and the red line."""
        gw = self.gw
        above = [t for t in (gw.copy_no, gw.secrecy, gw.urgency) if t]
        for t in above:
            self.run(self.para(align="left", keep_next=True), t, HEITI)
        em = MARK_EM_MM * 72 / 25.4
        p = self.para(align="center", keep_next=True)
        pf = p.paragraph_format
        pf.line_spacing = Pt(em * 1.2)  # exactly: off the grid, the mark's own height
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        before_mm = 35.0 - len(above) * (LINE_PITCH / TWIPS_PER_MM) - MARK_EM_MM * 0.1
        pf.space_before = Twips(max(0, round(before_mm * TWIPS_PER_MM)))
        _child(p._p.get_or_add_pPr(), "snapToGrid", val=0)
        scale = min(100, int(MARK_MAX_MM / (_chars(gw.organ_mark) * MARK_EM_MM) * 100))
        self.run(p, gw.organ_mark, XBS, round(em * 2) / 2, RED, scale)
        self.blank(2, keep_next=True)
        number = normalize_doc_number(gw.doc_number)
        if gw.issuer:  # 上行文: 发文字号 one character from the left, 签发人 one from the right, one line
            p = self.para(align="left", left=1, keep_next=True)
            p.paragraph_format.tab_stops.add_tab_stop(Twips(AREA_W_TW - round(BODY * 20) * 2),
                                                      WD_TAB_ALIGNMENT.RIGHT)
            self.run(p, number + "\t签发人：")
            self.run(p, gw.issuer, KAITI)
        else:
            p = self.para(align="center", keep_next=True)
            self.run(p, number)
        # the red line 4 mm under the 发文字号, 0.75 pt, across the 版心
        pbdr = _child(p._p.get_or_add_pPr(), "pBdr")
        pbdr.append(_set(OxmlElement("w:bottom"), val="single", sz=6, space=11, color="E60000"))
        self.blank(2, keep_next=True)

    def title(self, text: str) -> None:
        """2号小标宋, centred, in the lines the PDF has (the clerk's own breaks, ｜ or \\n, included)."""
        p = self.para(align="center", keep_next=True)
        pf = p.paragraph_format  # 2号 lines one grid line apart, as in the PDF (on the grid they would take two)
        pf.line_spacing, pf.line_spacing_rule = Twips(LINE_PITCH), WD_LINE_SPACING.EXACTLY
        _child(p._p.get_or_add_pPr(), "snapToGrid", val=0)
        # broken between words and balanced as in the PDF (Word would break inside a word), measured with two
        # characters to spare: the PC's 小标宋 and Latin digits may be wider than the faces measured here
        lines = balance_title(text, self.fonts or fontmod.current(), width=AREA_W - 2 * TITLE)
        for i, line in enumerate(lines):
            r = self.run(p, line, XBS, TITLE)
            if i < len(lines) - 1:
                r.add_break(WD_BREAK.LINE)

    def body(self, blocks: Iterable[Block], ends_text: bool = False) -> None:
        items = list(blocks)
        for i, b in enumerate(items):
            last = ends_text and i == len(items) - 1
            self.block(b, keep_next=last or isinstance(b, Heading))

    def block(self, b: Block, keep_next: bool = False) -> None:
        if isinstance(b, Paragraph):
            p = self.para(first=2, keep_next=keep_next)
            if b.lead:
                self.run(p, b.lead, b.lead_style)
            self.run(p, b.text)
        elif isinstance(b, Heading):
            if b.level == 0:
                self.run(self.para(align="center", keep_next=True), b.text, HEITI)
            else:
                style = {1: HEITI, 2: KAITI}.get(b.level, FANGSONG)
                self.run(self.para(first=2, keep_next=True), b.text, style)
        elif isinstance(b, NameTable):
            self.table(b)
        elif isinstance(b, Break):
            self.break_next = True
        elif isinstance(b, Figure):
            self.figure(b)
        else:
            raise TypeError(f"unknown block {b!r}")

    def table(self, t: NameTable) -> None:
        """A bordered table: 4号 text, header in 黑体 repeated on every page, rows never split."""
        if t.caption:
            self.run(self.para(align="center", keep_next=True), t.caption, HEITI)
        elif self.break_next or self.ends_with_table():  # a table has no page break of its own; two tables
            self.para()  # in a row would join into one
        fixed = sum(w for _, w, _ in t.columns)
        rest = [c for c in t.columns if not c[1]]
        spare = max(156.0 - fixed, 10.0) / max(len(rest), 1)
        widths = [round((w or spare) * TWIPS_PER_MM) for _, w, _ in t.columns]
        table: Table = self.d.add_table(rows=1 + len(t.rows), cols=len(t.columns))
        table.style = self.d.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        tblpr = table._tbl.tblPr
        _child(tblpr, "tblW", w=sum(widths), type="dxa")
        _child(tblpr, "tblLayout", type="fixed")
        for k, w in enumerate(widths):
            table.columns[k].width = Twips(w)
        aligns = {"center": WD_ALIGN_PARAGRAPH.CENTER, "left": WD_ALIGN_PARAGRAPH.LEFT,
                  "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}
        for r, row in enumerate([[c[0] for c in t.columns], *t.rows]):
            tr = table.rows[r]
            trpr = tr._tr.get_or_add_trPr()
            _child(trpr, "cantSplit")
            if r == 0:
                _child(trpr, "tblHeader")  # repeated at the top of every page
            for k, cell in enumerate(tr.cells):
                cell.width = Twips(widths[k])
                p = cell.paragraphs[0]
                p.paragraph_format.alignment = (WD_ALIGN_PARAGRAPH.CENTER if r == 0
                                                else aligns.get(t.columns[k][2], WD_ALIGN_PARAGRAPH.LEFT))
                text = row[k] if k < len(row) else ""
                self.run(p, str(text), HEITI if r == 0 else FANGSONG, t.size)

    def ends_with_table(self) -> bool:
        body = self.d.element.body
        last = [el for el in body if el.tag != qn("w:sectPr")]
        return bool(last) and last[-1].tag == qn("w:tbl")

    def figure(self, f: Figure) -> None:
        png = chart_png(f.chart, self.fonts or fontmod.current(), title=not f.caption)  # as the PDF: one title
        p = self.para(align="center", keep_next=bool(f.caption))
        if png is not None:
            _child(p._p.get_or_add_pPr(), "snapToGrid", val=0)
            p.add_run().add_picture(io.BytesIO(png), width=Twips(AREA_W_TW))
        else:
            self.run(p, f"〔此处为图：{f.caption or f.chart.title}，请见PDF文本〕", FANGSONG)
        if f.caption:
            self.run(self.para(align="center"), f.caption, HEITI, SMALL)

    def closing(self) -> None:
        """附件说明, two blank lines for the seal, 署名 centred over the 成文日期 (four characters from the
        right), 附注; kept on one page with the text's last lines."""
        gw = self.gw
        names = gw.attachment_names or [a.title for a in gw.attachments]
        if names:
            self.blank(keep_next=True)
            many = len(names) > 1
            for i, name in enumerate(names):
                label = ("附件：" if i == 0 else "") + (f"{i + 1}．" if many else "") + name
                self.run(self.para(align="left", left=5 + many, hanging=(3 if i == 0 else 0) + many,
                                   keep_next=True), label)
        date_text = cn_date(gw.date) if gw.date else ""
        if gw.signature or date_text:
            self.blank(2, keep_next=True)
            if gw.signature:
                shift = (_chars(date_text) - _chars(gw.signature)) / 2 if date_text else 0.0
                p = self.para(align="right", right=max(0.0, 4 + shift), keep_next=bool(date_text or gw.note))
                self.run(p, gw.signature)
            if date_text:
                self.run(self.para(align="right", right=4, keep_next=bool(gw.note)), date_text)
        if gw.note:
            self.run(self.para(align="left", first=2), f"（{gw.note}）")

    def colophon(self) -> None:
        """版记: 抄送 and 印发机关/印发日期 in 4号仿宋 between full-width rules (0.35/0.25/0.35 mm), as a table
        anchored to the foot of the 版心 on the last page."""
        gw = self.gw
        if self.ends_with_table():
            self.para()
        rows = (1 if gw.cc else 0) + 1
        table = self.d.add_table(rows=rows, cols=1)
        tbl = table._tbl
        tblpr = tbl.tblPr
        style = tblpr.find(qn("w:tblStyle"))
        if style is not None:
            tblpr.remove(style)
        _child(tblpr, "tblpPr", leftFromText=0, rightFromText=0, topFromText=0, bottomFromText=0,
               vertAnchor="margin", horzAnchor="margin", tblpXSpec="center", tblpYSpec="bottom")
        _child(tblpr, "tblOverlap", val="never")
        _child(tblpr, "tblW", w=AREA_W_TW, type="dxa")
        borders = _child(tblpr, "tblBorders")
        for side, sz in (("top", 8), ("left", 0), ("bottom", 8), ("right", 0), ("insideH", 6), ("insideV", 0)):
            borders.append(_set(OxmlElement(f"w:{side}"), val="single" if sz else "nil", sz=sz, space=0,
                                color="000000"))
        _child(tblpr, "tblLayout", type="fixed")
        mar = _child(tblpr, "tblCellMar")
        mar.append(_set(OxmlElement("w:left"), w=0, type="dxa"))
        mar.append(_set(OxmlElement("w:right"), w=0, type="dxa"))
        table.columns[0].width = Twips(AREA_W_TW)
        cells = [r.cells[0] for r in table.rows]
        for c in cells:
            c.width = Twips(AREA_W_TW)
        char = round(SMALL * 20)
        if gw.cc:
            p = cells[0].paragraphs[0]
            label = "抄送："
            _set(_child(p._p.get_or_add_pPr(), "ind"), left=char * 4, leftChars=400, hanging=char * 3,
                 hangingChars=300, right=char, rightChars=100)
            p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            self.run(p, label, FANGSONG, SMALL)
            self.run(p, gw.cc, FANGSONG, SMALL)
        p = cells[-1].paragraphs[0]
        _set(_child(p._p.get_or_add_pPr(), "ind"), left=char, leftChars=100, right=char, rightChars=100)
        p.paragraph_format.tab_stops.add_tab_stop(Twips(AREA_W_TW - 2 * char), WD_TAB_ALIGNMENT.RIGHT)
        date_text = cn_date(gw.print_date) + "印发" if gw.print_date else ""
        self.run(p, f"{gw.printer}\t{date_text}", FANGSONG, SMALL)
        # the paragraph the table is anchored to: as small as can be, so it never makes a page of its own
        end = self.d.add_paragraph()
        _child(end._p.get_or_add_pPr(), "snapToGrid", val=0)
        end.paragraph_format.line_spacing = Pt(1)
        end.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        _font(end.add_run(""), self.faces.fangsong, 1)
        _child(_child(end._p.get_or_add_pPr(), "rPr"), "sz", val=2)


def _font_style(style_el: Any, face: str, size: float) -> None:
    _style_fonts(style_el.get_or_add_rPr(), face, size)


def _style_fonts(rpr: BaseOxmlElement, face: str, size: float) -> None:
    """The face for every script, no theme fonts (a theme font wins over a named one), the size, zh-CN."""
    fonts = _child(rpr, "rFonts")
    for attr in list(fonts.attrib):
        del fonts.attrib[attr]
    _set(fonts, ascii=face, hAnsi=face, eastAsia=face, cs=face, hint="eastAsia")
    _child(rpr, "sz", val=round(size * 2))
    _child(rpr, "szCs", val=round(size * 2))
    _child(rpr, "lang", val="en-US", eastAsia="zh-CN", bidi="ar-SA")


# --- charts as pictures ----------------------------------------------------------------------------

def chart_png(chart: Chart, fonts: FontSet, dpi: int = 200, title: bool = True) -> bytes | None:
    """The chart drawn from the shared layout with Pillow, as the PDF draws it with reportlab; None when
    it cannot be drawn (the caller leaves a paragraph naming the figure)."""
    try:
        from PIL import Image, ImageDraw, ImageFont
    except ImportError:  # pragma: no cover - Pillow comes with reportlab
        return None
    from zydesk.charts.layout import Box, Dot, Label, Stroke, layout
    from zydesk.printing.charts import LABEL_SIZE, figure_height, measure_with
    from zydesk.printing.units import LINE

    width, height = AREA_W, figure_height(chart, LINE)
    k = dpi / 72
    img = Image.new("RGB", (round(width * k), round(height * k)), "white")
    draw = ImageDraw.Draw(img)
    measure = measure_with(fonts)
    files = {name: file for file, name in dict(fontmod._loaded).items()}  # reportlab name → its file
    cache: dict[tuple[str, float], ImageFont.FreeTypeFont] = {}

    def grey(g: float) -> tuple[int, int, int]:
        v = round(max(0.0, min(1.0, g)) * 255)
        return v, v, v

    def face(name: str, size: float) -> ImageFont.FreeTypeFont:
        key = (name, size)
        if key not in cache:
            f = files[name]
            cache[key] = ImageFont.truetype(f.path, max(1, round(size * k)), index=f.index)
        return cache[key]

    for p in layout(chart, width, height, measure, LABEL_SIZE, title):
        if isinstance(p, Box):
            draw.rectangle([p.x * k, p.y * k, (p.x + p.w) * k, (p.y + p.h) * k], fill=grey(p.grey),
                           outline=(0, 0, 0) if p.outline else None, width=max(1, round(0.6 * k)))
        elif isinstance(p, Stroke):
            draw.line([p.x1 * k, p.y1 * k, p.x2 * k, p.y2 * k], fill=grey(p.grey), width=max(1, round(p.width * k)))
        elif isinstance(p, Dot):
            x, y, r = p.x * k, p.y * k, p.r * k
            fill = (255, 255, 255) if p.shape in ("circle", "diamond") else (0, 0, 0)
            lw = max(1, round(0.9 * k))
            if p.shape == "circle":
                draw.ellipse([x - r, y - r, x + r, y + r], fill=fill, outline=(0, 0, 0), width=lw)
            elif p.shape == "square":
                draw.rectangle([x - r, y - r, x + r, y + r], fill=fill, outline=(0, 0, 0), width=lw)
            else:
                pts = ([(x, y - r * 1.2), (x - r * 1.1, y + r * 0.8), (x + r * 1.1, y + r * 0.8)]
                       if p.shape == "triangle" else
                       [(x, y - r * 1.3), (x - r * 1.3, y), (x, y + r * 1.3), (x + r * 1.3, y)])
                draw.polygon(pts, fill=fill, outline=(0, 0, 0), width=lw)
        elif isinstance(p, Label):
            w = measure(p.text, p.size, p.bold)
            x = p.x - (w / 2 if p.align == "center" else w if p.align == "right" else 0)
            for name, run in fonts.runs(p.text, HEITI if p.bold else SONGTI):
                if name not in files:
                    return None
                f = face(name, p.size)
                draw.text((x * k, p.y * k), run, font=f, fill=(0, 0, 0), anchor="ls")
                x += f.getlength(run) / k
    out = io.BytesIO()
    img.save(out, "PNG", dpi=(dpi, dpi))
    return out.getvalue()


def write_docx(doc: Gongwen, fonts: FontSet | None = None, faces: Faces | None = None) -> bytes:
    """The 公文 as the bytes of a .docx (Office Open XML), for Word and WPS."""
    normalize_doc_number(doc.doc_number)  # a malformed number is refused here too, before anything is written
    return _Writer(doc, faces or faces_for(fonts), fonts).build()


__all__ = ["Faces", "chart_png", "faces_for", "write_docx"]
