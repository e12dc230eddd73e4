"""The printed 干部任免审批表: the national form's fixed grid on two A4 pages.

Page 1: 姓名 性别 出生年月（岁） and the photo box; 民族 籍贯 出生地; 入党时间 参加工作时间 健康状况; 专业技术职务
熟悉专业有何专长; 学历学位 (全日制教育 / 在职教育, each with 毕业院校系及专业); 现任 拟任 拟免职务; 简历.
Page 2: 奖惩情况, 年度考核结果, 任免理由, 家庭主要成员及重要社会关系, 呈报单位, 审批机关意见, 行政机关任免意见;
填表人 under the grid.

Every cell's text wraps, then shrinks down to 小五; what still does not fit is named by `too_long(form)` so
the program says so before printing (and is clipped to its cell, never drawn over a neighbour). 简历 keeps
to page 1 down to 五号; longer, it continues at the top of page 2 (简历（续）), whose other rows give up
their spare height for it.

    layout(form) → Sheet (pages of Boxes with their fitted text, too_long)
    render_renmian([form, …]) → Rendered (two pages per form, one PDF)
"""
from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from zydesk.lrmx.model import RenmianForm, ResumeLine
from zydesk.printing import fonts as fontmod
from zydesk.printing.fonts import FANGSONG, SONGTI, XBS, FontSet
from zydesk.printing.forms import Fit, fit_text
from zydesk.printing.output import Rendered
from zydesk.printing.text import Line, Span, baseline_for_top, baseline_in_box, break_lines, draw_line, shape
from zydesk.printing.units import PAGE_H, PAGE_W, SIZE, mm

TITLE = "干部任免审批表"
LEFT, WIDTH = 22 * mm, 166 * mm
TOP, BOTTOM = PAGE_H - 18 * mm, 16 * mm
TITLE_H = 16 * mm
PAD_X, PAD_Y = 1.5 * mm, 1.0 * mm
SIZE_TEXT, SIZE_MIN = SIZE["小四"], SIZE["小五"]
RESUME_KEEP = SIZE["五号"]  # 简历 shrinks to this on page 1 before it continues on page 2
LINE_W, FRAME_W = 0.75, 1.25

# page 1: columns (mm) and row heights (mm); the photo spans rows 1–4 of the last column
COLS1 = (20.0, 24.0, 18.0, 24.0, 22.0, 26.0, 32.0)
ROWS1 = (13.0, 13.0, 13.0, 13.0, 15.0, 15.0, 14.0, 14.0, 14.0)
# page 2: columns of the family table (label, 称谓, 姓名, 年龄, 政治面貌, 工作单位及职务)
COLS2 = (20.0, 18.0, 22.0, 14.0, 24.0, 68.0)
FAMILY_ROWS, FAMILY_HEAD, FAMILY_ROW, FAMILY_ROW_MIN = 7, 10.0, 9.0, 6.5
FOOT_H = 8 * mm  # 填表人 under the grid


@dataclass
class Seal:
    """意见 text at the top, （盖章） and the date at the bottom right."""

    date: str = ""


@dataclass
class ResumeRow:
    head: str  # 1998.07--2001.09 on an entry's first row
    line: Line
    indent: float  # where the text starts (the width of the dates)


@dataclass
class Box:
    """One cell: its rectangle (points, top edge) and what goes in it."""

    x: float
    top: float
    w: float
    h: float
    text: str = ""
    field: str = ""  # the caption a too-long message names; "" for the printed labels
    style: str = FANGSONG
    align: str = "center"
    valign: str = "middle"
    paragraph: bool = False  # wrap at the preferred size before shrinking
    seal: Seal | None = None
    photo: bytes | None = None
    resume: list[ResumeRow] | None = None
    resume_size: float = 0.0
    fit: Fit | None = None
    alternates: tuple[str, ...] = ()  # a label's shorter layouts for a row that gave up height (任免\n理由)

    @property
    def rect(self) -> tuple[float, float, float, float]:
        """(x0, top, x1, bottom) in PDF points from the page's top-left corner, as pdfplumber reports."""
        return self.x, PAGE_H - self.top, self.x + self.w, PAGE_H - self.top + self.h


@dataclass
class Sheet:
    form: RenmianForm
    pages: list[list[Box]]
    too_long: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def box(self, name: str) -> list[Box]:
        """The value boxes of a field (简历 may have two, one per page)."""
        return [b for page in self.pages for b in page if b.field == name]


# --- values as the form prints them ----------------------------------------------------------------

def _ym(text: str) -> tuple[int, int] | None:
    digits = re.sub(r"\D", "", text)
    if len(digits) < 6:
        return None
    y, m = int(digits[:4]), int(digits[4:6])
    return (y, m) if 1900 <= y <= 2200 and 1 <= m <= 12 else None


def month(text: str) -> str:
    """198005 → 1980.05; anything else as written (入党时间 may be a word)."""
    ym = _ym(text) if re.fullmatch(r"\s*\d{4}[.\-/年]?\d{2}(\d{2})?[月日]?\s*", text or "") else None
    return f"{ym[0]}.{ym[1]:02d}" if ym else (text or "").strip()


def age(birth: str, at: dt.date) -> int | None:
    ym = _ym(birth)
    if ym is None:
        return None
    return at.year - ym[0] - (1 if at.month < ym[1] else 0)


def age_date(form: RenmianForm, today: dt.date | None = None) -> dt.date:
    """计算年龄时间 of the form, else today."""
    digits = re.sub(r"\D", "", form.ji_suan_nian_ling_shi_jian)
    ym = _ym(digits)
    if ym is not None:
        day = int(digits[6:8]) if len(digits) >= 8 and 1 <= int(digits[6:8]) <= 28 else 1
        return dt.date(ym[0], ym[1], day)
    return today or dt.date.today()


def cn_date(text: str) -> str:
    """20261204 → 2026年12月4日; 202612 → 2026年12月; else ""."""
    digits = re.sub(r"\D", "", text)
    ym = _ym(digits)
    if ym is None:
        return ""
    if len(digits) >= 8 and 1 <= int(digits[6:8]) <= 31:
        return f"{ym[0]}年{ym[1]}月{int(digits[6:8])}日"
    return f"{ym[0]}年{ym[1]}月"


def _lines(*parts: str) -> str:
    out: list[str] = []
    for p in parts:
        p = (p or "").strip()
        if p and p not in out:
            out.append(p)
    return "\n".join(out)


# --- fitting ---------------------------------------------------------------------------------------

def _steps(high: float, low: float) -> list[float]:
    out, s = [], high
    while s >= low - 1e-6:
        out.append(round(s, 2))
        s -= 0.5
    return out


def _fit_paragraph(text: str, style: str, fonts: FontSet, width: float, height: float) -> Fit:
    """Wrap at the preferred size; shrink only when the wrapped text is too tall."""
    for s in _steps(SIZE_TEXT, SIZE_MIN):
        lines = break_lines(shape([Span(text, style)], fonts, s), width)
        if len(lines) * s * 1.35 <= height + 0.01:
            return Fit(s, lines, s * 1.35)
    s = SIZE_MIN
    return Fit(s, break_lines(shape([Span(text, style)], fonts, s), width), s * 1.35, overflow=True)


def _fit(box: Box, fonts: FontSet) -> Fit:
    w, h = box.w - 2 * PAD_X, box.h - 2 * PAD_Y
    if box.seal is not None:
        h -= 2.4 * SIZE_TEXT * 1.5  # the stamp and date lines
    if not box.text:
        return Fit(SIZE_TEXT, [], SIZE_TEXT * 1.3)
    if box.paragraph:
        return _fit_paragraph(box.text, box.style, fonts, w, max(h, 0.0))
    return fit_text(box.text, box.style, fonts, w, max(h, 0.0), SIZE_TEXT, SIZE_MIN)


def resume_rows(entries: Sequence[ResumeLine], fonts: FontSet, size: float, width: float) -> list[ResumeRow]:
    """简历 at a size: the dates at the left, the text beside them, continuation rows under the text."""
    indent = sum(g.w for g in shape([Span("0000.00--0000.00", FANGSONG)], fonts, size)) + size
    rows: list[ResumeRow] = []
    for e in entries:
        if e.start:
            head = f"{e.start}--{e.end}"
            lines = break_lines(shape([Span(e.text, FANGSONG)], fonts, size), width - indent)
            rows.append(ResumeRow(head, lines[0], indent))
            rows.extend(ResumeRow("", ln, indent) for ln in lines[1:])
        else:
            rows.extend(ResumeRow("", ln, 0.0) for ln in break_lines(shape([Span(e.text, FANGSONG)], fonts, size),
                                                                     width))
    return rows


def _lead(size: float) -> float:
    return size * 1.45


def _capacity(height: float, size: float) -> int:
    return max(0, int((height - 2 * PAD_Y + 0.01) // _lead(size)))


# --- the grid --------------------------------------------------------------------------------------

def _xs(cols: Sequence[float]) -> list[float]:
    xs = [LEFT]
    for c in cols:
        xs.append(xs[-1] + c * mm)
    return xs


def _label(x: float, top: float, w: float, h: float, text: str, *alternates: str) -> Box:
    return Box(x, top, w, h, text, style=SONGTI, alternates=alternates)


def _value(x: float, top: float, w: float, h: float, text: str, name: str, align: str = "center",
           paragraph: bool = False) -> Box:
    return Box(x, top, w, h, text, field=name, align=align, valign="middle" if not paragraph else "top",
               paragraph=paragraph)


def _page_one(form: RenmianForm, at: dt.date) -> tuple[list[Box], Box]:
    xs = _xs(COLS1)
    tops = [TOP - TITLE_H]
    for h in ROWS1:
        tops.append(tops[-1] - h * mm)

    def span(c0: int, c1: int) -> tuple[float, float]:
        return xs[c0], xs[c1 + 1] - xs[c0]

    def L(r: int, c0: int, c1: int, text: str, rows: int = 1) -> Box:  # noqa: N802 - a grid cell
        x, w = span(c0, c1)
        return _label(x, tops[r], w, tops[r] - tops[r + rows], text)

    def V(r: int, c0: int, c1: int, text: str, name: str, align: str = "center", paragraph: bool = False,
          rows: int = 1) -> Box:  # noqa: N802
        x, w = span(c0, c1)
        return _value(x, tops[r], w, tops[r] - tops[r + rows], text, name, align, paragraph)

    born = month(form.chu_sheng_nian_yue)
    years = age(form.chu_sheng_nian_yue, at)
    birth = f"{born}\n（{years}岁）" if born and years is not None else born
    x, w = span(6, 6)
    photo = Box(x, tops[0], w, tops[0] - tops[4], "" if form.photo else "照　片", style=SONGTI,
                photo=form.photo or None)
    boxes = [
        L(0, 0, 0, "姓　名"), V(0, 1, 1, form.xing_ming, "姓名"), L(0, 2, 2, "性　别"),
        V(0, 3, 3, form.xing_bie, "性别"), L(0, 4, 4, "出生年月\n（　岁）"), V(0, 5, 5, birth, "出生年月"), photo,
        L(1, 0, 0, "民　族"), V(1, 1, 1, form.min_zu, "民族"), L(1, 2, 2, "籍　贯"),
        V(1, 3, 3, form.ji_guan, "籍贯"), L(1, 4, 4, "出 生 地"), V(1, 5, 5, form.chu_sheng_di, "出生地"),
        L(2, 0, 0, "入　党\n时　间"), V(2, 1, 1, month(form.ru_dang_shi_jian), "入党时间"),
        L(2, 2, 2, "参加工\n作时间"), V(2, 3, 3, month(form.can_jia_gong_zuo_shi_jian), "参加工作时间"),
        L(2, 4, 4, "健康状况"), V(2, 5, 5, form.jian_kang_zhuang_kuang, "健康状况"),
        L(3, 0, 0, "专业技\n术职务"), V(3, 1, 2, form.zhuan_ye_ji_shu_zhi_wu, "专业技术职务"),
        L(3, 3, 3, "熟悉专业\n有何专长"), V(3, 4, 5, form.shu_xi_zhuan_ye_you_he_zhuan_chang, "熟悉专业有何专长"),
        L(4, 0, 0, "学　历\n学　位", rows=2),
        L(4, 1, 1, "全日制\n教　育"), V(4, 2, 3, _lines(form.quan_ri_zhi_xue_li, form.quan_ri_zhi_xue_wei),
                                     "全日制教育"),
        L(4, 4, 4, "毕业院校\n系及专业"),
        V(4, 5, 6, _lines(form.quan_ri_zhi_xue_li_yuan_xiao, form.quan_ri_zhi_xue_wei_yuan_xiao),
          "全日制教育毕业院校系及专业", align="left"),
        L(5, 1, 1, "在　职\n教　育"), V(5, 2, 3, _lines(form.zai_zhi_xue_li, form.zai_zhi_xue_wei), "在职教育"),
        L(5, 4, 4, "毕业院校\n系及专业"),
        V(5, 5, 6, _lines(form.zai_zhi_xue_li_yuan_xiao, form.zai_zhi_xue_wei_yuan_xiao),
          "在职教育毕业院校系及专业", align="left"),
        L(6, 0, 1, "现　任　职　务"), V(6, 2, 6, form.xian_ren_zhi_wu, "现任职务", align="left"),
        L(7, 0, 1, "拟　任　职　务"), V(7, 2, 6, form.ni_ren_zhi_wu, "拟任职务", align="left"),
        L(8, 0, 1, "拟　免　职　务"), V(8, 2, 6, form.ni_mian_zhi_wu, "拟免职务", align="left"),
    ]
    x, w = span(0, 0)
    boxes.append(_label(x, tops[9], w, tops[9] - (BOTTOM + 0.0), "简\n\n\n\n\n\n历"))
    x, w = span(1, 6)
    resume = Box(x, tops[9], w, tops[9] - BOTTOM, field="简历", align="left", valign="top")
    boxes.append(resume)
    return boxes, resume


@dataclass
class _Band:
    """A row of page 2: its height and the least it may give up to (for 简历（续）)."""

    name: str
    height: float
    least: float


BANDS2 = (_Band("奖惩情况", 46, 22), _Band("年度考核结果", 20, 13), _Band("任免理由", 30, 16),
          _Band("家庭", FAMILY_HEAD + FAMILY_ROWS * FAMILY_ROW, FAMILY_HEAD + FAMILY_ROWS * FAMILY_ROW),
          _Band("呈报单位", 34, 26), _Band("审批", 52, 36))


def _page_two(form: RenmianForm, at: dt.date, resume_height: float) -> tuple[list[Box], Box | None, bool]:
    """resume_height (points): the room 简历（续） takes at the top; the other rows give it up in proportion
    to what each can spare."""
    xs = _xs(COLS2)
    slack = sum(b.height - b.least for b in BANDS2) * mm
    heights = {b.name: b.height * mm - resume_height * (b.height - b.least) * mm / slack for b in BANDS2}
    boxes: list[Box] = []
    top = TOP
    label_w = xs[1] - xs[0]
    body_x, body_w = xs[1], xs[-1] - xs[1]
    resume: Box | None = None
    if resume_height > 0:
        boxes.append(_label(xs[0], top, label_w, resume_height, "简历\n（续）", "简历（续）"))
        resume = Box(body_x, top, body_w, resume_height, field="简历", align="left", valign="top")
        boxes.append(resume)
        top -= resume_height
    for name, label, text in (("奖惩情况", "奖\n惩\n情\n况", form.jiang_cheng_qing_kuang),
                              ("年度考核结果", "年度考\n核结果", form.nian_du_kao_he_jie_guo),
                              ("任免理由", "任\n免\n理\n由", form.ren_mian_li_you)):
        h = heights[name]
        boxes += [_label(xs[0], top, label_w, h, label, name[:2] + "\n" + name[2:]),
                  _value(body_x, top, body_w, h, text, name, "left", True)]
        top -= h
    # 家庭主要成员及重要社会关系
    h = heights["家庭"]
    members = list(form.family)
    n = max(FAMILY_ROWS, len(members))
    head = FAMILY_HEAD * mm
    row_h = (h - head) / n
    boxes.append(_label(xs[0], top, label_w, h, "家\n庭\n主\n要\n成\n员\n及\n重\n要\n社\n会\n关\n系"))
    for i, caption in enumerate(("称　谓", "姓　名", "年龄", "政治面貌", "工作单位及职务")):
        boxes.append(_label(xs[i + 1], top, xs[i + 2] - xs[i + 1], head, caption))
    y = top - head
    for r in range(n):
        m = members[r] if r < len(members) else None
        years = age(m.chu_sheng_ri_qi, at) if m else None
        cells = (m.cheng_wei, m.xing_ming, "" if years is None else str(years), m.zheng_zhi_mian_mao,
                 m.gong_zuo_dan_wei_ji_zhi_wu) if m else ("",) * 5
        for i, text in enumerate(cells):
            boxes.append(_value(xs[i + 1], y, xs[i + 2] - xs[i + 1], row_h, text, "家庭主要成员及重要社会关系",
                                align="left" if i == 4 else "center"))
        y -= row_h
    top -= h
    crowded = row_h < FAMILY_ROW_MIN * mm - 0.01  # more members than the table can hold legibly
    # 呈报单位; 审批机关意见 | 行政机关任免意见
    h = heights["呈报单位"]
    boxes.append(_label(xs[0], top, label_w, h, "呈\n报\n单\n位", "呈报\n单位"))
    boxes.append(Box(body_x, top, body_w, h, form.cheng_bao_dan_wei, field="呈报单位", align="left",
                     valign="top", paragraph=True, seal=Seal(cn_date(form.tian_biao_shi_jian))))
    top -= h
    h = heights["审批"]
    half = (WIDTH - 2 * label_w) / 2
    boxes += [_label(LEFT, top, label_w, h, "审\n批\n机\n关\n意\n见", "审批\n机关\n意见", "审批机\n关意见"),
              Box(LEFT + label_w, top, half, h, field="审批机关意见", seal=Seal()),
              _label(LEFT + label_w + half, top, label_w, h, "行政机\n关任免\n意　见"),
              Box(LEFT + 2 * label_w + half, top, half, h, field="行政机关任免意见", seal=Seal())]
    return boxes, resume, crowded


def layout(form: RenmianForm, fonts: FontSet | None = None, today: dt.date | None = None) -> Sheet:
    """Where everything goes, each cell's text fitted; `too_long` names the fields that do not fit."""
    fonts = fonts or fontmod.current()
    at = age_date(form, today)
    page1, resume1 = _page_one(form, at)
    entries = form.resume_lines
    width = resume1.w - 2 * PAD_X
    slack = sum(b.height - b.least for b in BANDS2) * mm
    too_long: list[str] = []
    first: list[ResumeRow] = []
    rest: list[ResumeRow] = []
    chosen = 0.0
    for s in _steps(SIZE_TEXT, RESUME_KEEP):  # on page 1 alone
        rows = resume_rows(entries, fonts, s, width)
        if len(rows) <= _capacity(resume1.h, s):
            first, chosen = rows, s
            break
    else:
        for s in _steps(SIZE_TEXT, SIZE_MIN):  # continued on page 2
            rows = resume_rows(entries, fonts, s, width)
            n1 = _capacity(resume1.h, s)
            if len(rows) <= n1 + _capacity(slack, s):
                first, rest, chosen = rows[:n1], rows[n1:], s
                break
        else:
            chosen = SIZE_MIN
            rows = resume_rows(entries, fonts, chosen, width)
            n1 = _capacity(resume1.h, chosen)
            first, rest = rows[:n1], rows[n1:n1 + _capacity(slack, chosen)]
            too_long.append("简历")
    resume1.resume, resume1.resume_size = first, chosen
    cont = len(rest) * _lead(chosen) + 2 * PAD_Y if rest else 0.0
    page2, resume2, crowded = _page_two(form, at, cont)
    if crowded:
        too_long.append("家庭主要成员及重要社会关系")
    if resume2 is not None:
        resume2.resume, resume2.resume_size = rest, chosen
    sheet = Sheet(form, [page1, page2], too_long)
    for page in sheet.pages:
        for box in page:
            if box.resume is not None or box.photo is not None:
                continue
            box.fit = _fit(box, fonts)
            for text in box.alternates:  # a label takes the layout that lets it stay largest
                fit = _fit(Box(box.x, box.top, box.w, box.h, text, style=box.style), fonts)
                if (box.fit.overflow and not fit.overflow) or fit.size > box.fit.size + 0.01:
                    box.text, box.fit = text, fit
            wanted = box.field or box.text.replace("\n", "")
            if box.fit.overflow and wanted not in too_long:
                too_long.append(wanted)
    if form.photo:
        try:
            ImageReader(io.BytesIO(form.photo)).getSize()
        except Exception:  # noqa: BLE001 - any decoding failure is the same answer: no photo printed
            sheet.notes.append("照片无法读取，打印的表中照片栏为空。")
            photo = next(b for b in page1 if b.photo is not None)
            photo.photo, photo.text = None, "照　片"
            photo.fit = _fit(photo, fonts)
    return sheet


def too_long(form: RenmianForm, fonts: FontSet | None = None, today: dt.date | None = None) -> list[str]:
    """The fields whose text does not fit its box even at the smallest size (say so before printing)."""
    return layout(form, fonts, today).too_long


def too_long_message(form: RenmianForm, fields: Sequence[str]) -> str:
    names = "、".join(f"“{f}”" for f in fields)
    who = form.xing_ming or "（无姓名）"
    return f"{who}的干部任免审批表：{names}文字太多，缩到最小字号仍放不下，超出部分不会打印；请精简后再打印。"


# --- drawing ---------------------------------------------------------------------------------------

def _draw_fit(canv: Canvas, fonts: FontSet, fit: Fit, box: Box, top: float, height: float) -> None:
    x, w = box.x + PAD_X, box.w - 2 * PAD_X
    block = len(fit.lines) * fit.leading
    y = top - (height - block) / 2 if box.valign == "middle" and not fit.overflow else top
    align = box.align
    if align == "left" and len(fit.lines) > 1:
        align = "justify"
    for line in fit.lines:
        base = baseline_in_box(fonts, box.style, fit.size, y, fit.leading)
        draw_line(canv, line, x, base, w, fit.size, 0, align)
        y -= fit.leading


def _one_line(canv: Canvas, fonts: FontSet, text: str, x: float, base: float, w: float, size: float,
              align: str, style: str = FANGSONG) -> None:
    draw_line(canv, Line(shape([Span(text, style)], fonts, size), True), x, base, w, size, 0, align)


def _draw_box(canv: Canvas, fonts: FontSet, box: Box) -> None:
    canv.rect(box.x, box.top - box.h, box.w, box.h, stroke=1, fill=0)
    inner_top, inner_h = box.top - PAD_Y, box.h - 2 * PAD_Y
    if box.photo is not None:
        img = ImageReader(io.BytesIO(box.photo))
        iw, ih = img.getSize()
        scale = min((box.w - 2 * mm) / iw, (box.h - 2 * mm) / ih)
        w, h = iw * scale, ih * scale
        canv.drawImage(img, box.x + (box.w - w) / 2, box.top - box.h + (box.h - h) / 2, w, h)
        return
    if box.resume is not None:
        s = box.resume_size
        y = inner_top
        for row in box.resume:
            base = baseline_in_box(fonts, FANGSONG, s, y, _lead(s))
            if row.head:
                _one_line(canv, fonts, row.head, box.x + PAD_X, base, row.indent, s, "left")
            draw_line(canv, Line(row.line.glyphs, row.line.last, 0.0), box.x + PAD_X + row.indent, base,
                      box.w - 2 * PAD_X - row.indent, s, 0, "justify")
            y -= _lead(s)
        return
    fit = box.fit
    if fit is None:
        return
    if fit.overflow:  # said before printing; kept inside its own cell
        canv.saveState()
        path = canv.beginPath()
        path.rect(box.x, box.top - box.h, box.w, box.h)
        canv.clipPath(path, stroke=0, fill=0)
    height = inner_h - (2.4 * SIZE_TEXT * 1.5 if box.seal is not None else 0.0)
    _draw_fit(canv, fonts, fit, box, inner_top, height)
    if fit.overflow:
        canv.restoreState()
    if box.seal is not None:
        s = SIZE_TEXT
        lead = s * 1.5
        bottom = box.top - box.h + PAD_Y + 0.4 * lead
        right = box.w - 2 * PAD_X - 2 * s
        date = box.seal.date or "年　　月　　日"
        _one_line(canv, fonts, date, box.x + PAD_X, baseline_in_box(fonts, FANGSONG, s, bottom + lead, lead),
                  right, s, "right")
        _one_line(canv, fonts, "（盖章）", box.x + PAD_X,
                  baseline_in_box(fonts, FANGSONG, s, bottom + 2 * lead, lead), right - 2 * s, s, "right")


def draw_sheet(canv: Canvas, sheet: Sheet, fonts: FontSet) -> None:
    """Two pages of one form onto the canvas (the caller shows the next page after)."""
    for n, page in enumerate(sheet.pages):
        if n:
            canv.showPage()
        canv.setLineWidth(LINE_W)
        if n == 0:
            size = SIZE["二号"]
            base = baseline_for_top(fonts, XBS, size, TOP - 1 * mm)
            draw_line(canv, Line(shape([Span(TITLE, XBS)], fonts, size), True), LEFT, base, WIDTH, size,
                      size * 0.3, "center", fonts.bold(XBS, size))
        for box in page:
            _draw_box(canv, fonts, box)
        grid_top = max(b.top for b in page)
        grid_bottom = min(b.top - b.h for b in page)
        canv.saveState()
        canv.setLineWidth(FRAME_W)
        canv.rect(LEFT, grid_bottom, WIDTH, grid_top - grid_bottom, stroke=1, fill=0)
        canv.restoreState()
        if n == 1:
            s = SIZE_TEXT
            base = baseline_for_top(fonts, FANGSONG, s, grid_bottom - 3 * mm)
            _one_line(canv, fonts, f"填表人：{sheet.form.tian_biao_ren}", LEFT, base, WIDTH, s, "left")


def render_renmian(forms: Sequence[RenmianForm], fonts: FontSet | None = None, today: dt.date | None = None,
                   title: str = TITLE) -> Rendered:
    """The forms one after another in one PDF (two pages each); what does not fit is said in the notes."""
    fonts = fonts or fontmod.fresh()
    buf = io.BytesIO()
    canv = Canvas(buf, pagesize=(PAGE_W, PAGE_H), invariant=1, initialFontName=fonts.name(FANGSONG))
    canv.setTitle(title)
    canv.setCreator("ZYDesk")
    notes: list[str] = []
    pages = 0
    for i, form in enumerate(forms):
        sheet = layout(form, fonts, today)
        if i:
            canv.showPage()
        draw_sheet(canv, sheet, fonts)
        pages += len(sheet.pages)
        if sheet.too_long:
            notes.append(too_long_message(form, sheet.too_long))
        notes += [f"{form.xing_ming}：{n}" for n in sheet.notes]
    canv.showPage()
    canv.save()
    return Rendered(buf.getvalue(), pages, set(fonts.missing), title, notes)


__all__ = ["Box", "Sheet", "TITLE", "age", "age_date", "cn_date", "layout", "month", "render_renmian",
           "resume_rows", "too_long", "too_long_message"]
