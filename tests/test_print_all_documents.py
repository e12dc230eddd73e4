"""Every document of `zydesk print --list` that is a 公文, built from the demo county (or the sample) and read
back from the PDF with pdfplumber, against GB/T 9704-2012: 发文字号 on every 下行文/上行文/函 and 签发人 on a
上行文, the 成文日期 in Arabic numerals, the 版记 at the foot of the last page, the last page even (a blank page
before the 版记 when needed, neither numbered), and no title line ending inside a word.

Set ZYDESK_PRINT_DUMP to a folder to keep each PDF (and look at it: pdftoppm -r 60 -png x.pdf x).
"""
from __future__ import annotations

import datetime as dt
import io
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pdfplumber
from sqlalchemy import select

from zydesk.printing import catalog
from zydesk.printing.gongwen import Gongwen, cn_date, plain_title
from zydesk.printing.output import render
from zydesk.printing.units import AREA_BOTTOM, AREA_W, LINE, PAGE_H, TITLE, mm
from zydesk.printing.words import splits_term, word_breaks
from zydesk.storage.uow import Database

DUMP = os.environ.get("ZYDESK_PRINT_DUMP")

# Forms that are not 公文: tables and forms keep their own layouts (GB/T 9704 does not apply).
NOT_GONGWEN: dict[str, str] = {
    "adjustment-review": "干部调整审核审批表：审批表（表格）",
    "adjustment-talk": "谈话通知及记录：表格，谈话时填写",
    "bonus-plan": "奖金分配方案：报备用的表格",
    "excellent-nomination": "优秀干部推荐审批表：审批表（表格）",
    "numbers": "发文字号登记簿：登记簿（表格）",
    "promotion-review": "干部选拔资格审查表：审查表（表格）",
    "ranking-table": "排名表：横向表格（通报的附件在通报里另排）",
    "renmian": "干部任免审批表：全国统一的表式",
    "sample-form": "示例审批表：表格样张",
    "tolerance-application": "容错免责申请书：申请人填写的表式",
    "tolerance-register": "容错认定案件登记簿：登记簿（表格）",
}

DOWN, UP, LETTER, UNNUMBERED = "下行文", "上行文", "函", "不编发文字号"


@dataclass(frozen=True)
class Doc:
    kind: str  # DOWN / UP / LETTER need a 发文字号 (UP also 签发人); UNNUMBERED says why in `why`
    params: Callable[[dict[str, Any]], dict[str, Any]]  # from what the demo county holds
    why: str = ""


GONGWEN: dict[str, Doc] = {
    "notice": Doc(DOWN, lambda c: {"sample": True}),
    "name-list": Doc(DOWN, lambda c: {"rows": 60}),
    "award-notice": Doc(DOWN, lambda c: {"year": c["ranking_year"], "number": "紫发〔2026〕3号"}),
    "excellent-decision": Doc(DOWN, lambda c: {"year": c["excellent_year"], "number": "紫发〔2026〕4号"}),
    "adjustment-decision": Doc(DOWN, lambda c: {"proposal": c["proposal"], "allocate": True}),
    "adjustment-submission": Doc(UP, lambda c: {"proposal": c["proposal"], "allocate": True, "issuer": "李明"}),
    "tolerance-conclusion": Doc(DOWN, lambda c: {"case": c["concluded"], "number": True}),
    "tolerance-filing": Doc(LETTER, lambda c: {"case": c["concluded"], "number": True}),
    "tolerance-acceptance": Doc(UNNUMBERED, lambda c: {"case": c["concluded"]},
                                "告知申请人本人的通知书：标注案件编号，不是发给机关的公文"),
    "tolerance-feedback": Doc(UNNUMBERED, lambda c: {"case": c["concluded"]},
                              "告知申请人本人的告知书：标注案件编号"),
    "tolerance-refusal": Doc(UNNUMBERED, lambda c: {"case": c["refused"]}, "告知申请人本人的告知书：标注案件编号"),
    "tolerance-report": Doc(UNNUMBERED, lambda c: {"case": c["concluded"]},
                            "调查组的调查报告：由调查人签名，存入案卷，不对外行文"),
    "adjustment-report": Doc(UNNUMBERED, lambda c: {"proposal": c["proposal"]},
                             "干部所在单位的报告：不印版头，由该单位用本单位文号和签发人行文"),
    "adjustment-findings": Doc(UNNUMBERED, lambda c: {"year": c["findings_year"]}, "情形清单：工作用的清单"),
    "analysis": Doc(UNNUMBERED, lambda c: {"year": c["findings_year"]}, "分析研判报告：组织部内部研判材料"),
}

_ZH_NUMERALS = re.compile(r"[〇零一二三四五六七八九十]{2,4}年[一二三四五六七八九十]{1,2}月")


def test_every_form_is_a_gongwen_or_listed_as_not_one() -> None:
    forms = set(catalog.load_all())
    assert forms == set(GONGWEN) | set(NOT_GONGWEN), "a form of `zydesk print --list` is in neither list"
    assert not set(GONGWEN) & set(NOT_GONGWEN)


def _context(db: Database) -> dict[str, Any]:
    """Which year, case and proposal of the demo county each document is built from (a proposal is started
    from the 2025 scan's first finding that allows one)."""
    from zydesk.errors import UserError
    from zydesk.services.adjustment.proposals import start_proposal
    from zydesk.services.adjustment.scan import scan
    from zydesk.storage.models_tolerance import ToleranceCase

    with db.read() as s:
        cases = list(s.execute(select(ToleranceCase.number, ToleranceCase.status, ToleranceCase.concluded_on,
                                      ToleranceCase.applicant_type)))
        findings = scan(s, 2025).findings
    ctx: dict[str, Any] = {"findings_year": 2025}
    ctx["concluded"] = next(str(n) for n, _st, done, kind in cases if done is not None and kind == "个人")
    ctx["refused"] = next(str(n) for n, st, _d, _k in cases if st == "不予受理")
    for cadre in dict.fromkeys(f.cadre.id for f in findings):
        try:
            ctx["proposal"] = start_proposal(db, 2025, [f for f in findings if f.cadre.id == cadre])
            break
        except UserError:
            continue
    for key, form in (("ranking_year", "award-notice"), ("excellent_year", "excellent-decision")):
        for year in range(2026, 2014, -1):
            try:
                catalog.build(form, db, {"year": year})
            except UserError:
                continue
            ctx[key] = year
            break
    return ctx


@dataclass
class _Page:
    number: int
    text: str  # the page's text, no spaces or line ends
    title_lines: list[tuple[float, str]]  # (top, text) of the lines set in the title size
    rules: list[tuple[float, float, float]]  # (y from the top, x0, x1) of the black horizontal lines


def _pages(pdf_bytes: bytes) -> list[_Page]:
    out = []
    with pdfplumber.open(io.BytesIO(pdf_bytes)) as pdf:
        for page in pdf.pages:
            rows: dict[int, list[Any]] = {}
            for ch in page.chars:
                if abs(float(ch["size"]) - TITLE) < 0.5 and not ch["text"].isspace():
                    rows.setdefault(round(float(ch["top"])), []).append(ch)
            title_lines = [(float(top), "".join(c["text"] for c in sorted(chars, key=lambda c: c["x0"])))
                           for top, chars in sorted(rows.items())]
            rules = [(float(ln["top"]), float(ln["x0"]), float(ln["x1"])) for ln in page.lines
                     if abs(float(ln["top"]) - float(ln["bottom"])) < 0.01 and ln.get("stroking_color") in
                     (None, 0, (0,), [0], (0.0,), [0.0], (0, 0, 0), [0, 0, 0], (0.0, 0.0, 0.0), [0.0, 0.0, 0.0])]
            text = re.sub(r"\s", "", page.extract_text() or "")
            out.append(_Page(page.page_number, text, title_lines, rules))
    return out


def _title_blocks(pages: list[_Page]) -> list[list[str]]:
    """The runs of title-size lines one grid line apart: the document's title and each attachment's."""
    blocks: list[list[str]] = []
    for page in pages:
        last = None
        for top, text in page.title_lines:
            if last is None or abs(top - last - LINE) > 1:
                blocks.append([])
            blocks[-1].append(text)
            last = top
    return blocks


def _check_title(lines: list[str], title: str, where: str) -> None:
    joined = "".join(lines)
    assert joined == re.sub(r"\s", "", plain_title(title)), where
    between = word_breaks(joined)
    at = 0
    for line in lines[:-1]:
        at += len(line)
        assert splits_term(joined, at) is None, f"{where}: “{line}” ends inside “{splits_term(joined, at)}”"
        assert at in between, f"{where}: “{line}” ends inside a word"


def _check(form: str, doc: Gongwen, pdf: bytes, spec: Doc) -> None:
    pages = _pages(pdf)
    text = "".join(p.text for p in pages)
    # 发文字号 (and 签发人) on the first page
    if spec.kind in (DOWN, UP, LETTER):
        assert re.fullmatch(r"\S+〔\d{4}〕[1-9]\d*号", doc.doc_number), (form, doc.doc_number)
        assert doc.doc_number in pages[0].text, form
    if spec.kind == UP:
        assert doc.issuer.strip() and f"签发人：{doc.issuer}" in pages[0].text, form
    # 成文日期 in Arabic numerals, no 〇 dates anywhere
    assert doc.date is not None and cn_date(doc.date) in text, form
    assert "〇" not in text and not _ZH_NUMERALS.search(text), form
    # the 版记 ends the last page: its last rule on the 版心's bottom edge, 印发 right above it
    last = pages[-1]
    assert doc.printer and doc.print_date, f"{form}: 版记 without 印发机关 or 印发日期"
    assert f"{cn_date(doc.print_date)}印发" in last.text and re.sub(r"\s", "", doc.printer) in last.text, form
    if doc.cc:
        assert "抄送：" in last.text, form
    bottom = PAGE_H - AREA_BOTTOM
    full = [r for r in last.rules if abs((r[2] - r[1]) - AREA_W) < 1 * mm]
    assert full and abs(max(r[0] for r in full) - bottom) < 1 * mm, f"{form}: 版记 not at the foot of the last page"
    # the last page is even; a blank page before the 版记 and the 版记's page carry no number
    assert len(pages) % 2 == 0, f"{form}: {len(pages)} pages"
    blank_before = len(pages) >= 2 and pages[-2].text == ""
    for p in pages:
        numbered = f"—{p.number}—" in p.text
        if blank_before and p.number >= len(pages) - 1:
            assert not numbered, f"{form}: page {p.number} (blank or 版记 after a blank page) is numbered"
        else:
            assert numbered, f"{form}: page {p.number} has no number"
    # title lines end between words (the document's title, then each attachment's)
    titles = [doc.title, *(a.title for a in doc.attachments)]
    blocks = _title_blocks(pages)
    assert len(blocks) == len(titles), form
    for lines, title in zip(blocks, titles):
        _check_title(lines, title, form)


def test_every_gongwen_meets_gb_t_9704(demo_db: Database) -> None:
    ctx = _context(demo_db)
    assert {"proposal", "ranking_year", "excellent_year"} <= set(ctx), ctx
    for form, spec in GONGWEN.items():
        doc = catalog.build(form, demo_db, spec.params(ctx))
        assert isinstance(doc, Gongwen), f"{form} is listed as a 公文 but builds a {type(doc).__name__}"
        rendered = render(doc)
        assert not rendered.missing, (form, rendered.warning())
        if DUMP:
            Path(DUMP, f"{form}.pdf").write_bytes(rendered.pdf)
        _check(form, doc, rendered.pdf, spec)


def test_a_short_letter_ends_on_an_even_page_with_the_colophon_alone() -> None:
    """One page of text and a 版记 that would fit under it: the 版记 moves alone to page 2, numbered."""
    from zydesk.printing.gongwen import Paragraph, render_gongwen

    doc = Gongwen(title="关于召开干部工作会议的通知", recipients="各镇党委：", body=[Paragraph("定于下周召开会议。")],
                  signature="中共紫阳县委组织部", date=dt.date(2026, 12, 4), printer="中共紫阳县委组织部办公室",
                  print_date=dt.date(2026, 12, 4))
    pages = _pages(render_gongwen(doc).pdf)
    assert len(pages) == 2 and pages[1].text.startswith("中共紫阳县委组织部办公室") and "—2—" in pages[1].text
    assert "印发" not in pages[0].text


def test_a_blank_page_goes_before_a_colophon_alone_on_an_odd_page() -> None:
    """Text ending at the foot of page 2: the 版记 would stand alone on page 3, so page 3 stays blank, the
    版记 goes to page 4, and neither carries a page number (GB/T 9704-2012 7.5). Every length ends even."""
    from zydesk.printing.gongwen import Paragraph, render_gongwen

    blank = 0
    for n in range(36, 46):  # one-line paragraphs: from page 2 half full to page 3 begun
        doc = Gongwen(title="关于召开干部工作会议的通知", body=[Paragraph("会" * 26) for _ in range(n)],
                      printer="中共紫阳县委组织部办公室", print_date=dt.date(2026, 12, 4))
        pages = _pages(render_gongwen(doc).pdf)
        assert len(pages) % 2 == 0 and "印发" in pages[-1].text, n
        if pages[-2].text == "":
            blank += 1
            assert len(pages) == 4 and not re.search(r"—\d+—", pages[2].text + pages[3].text), n
            assert "—1—" in pages[0].text and "—2—" in pages[1].text, n
    assert blank == 1
