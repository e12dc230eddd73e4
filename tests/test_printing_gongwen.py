"""公文 layout measured in the generated PDF against GB/T 9704-2012, each position within 1 mm."""
from __future__ import annotations

import datetime as dt
import io
import re

import pdfplumber
import pytest
from pypdf import PdfReader

from zydesk.printing import fonts
from zydesk.printing.gongwen import Gongwen, NameTable, Paragraph, balance_title, render_gongwen
from zydesk.printing.sample import name_list, sample_notice
from zydesk.printing.text import NO_START
from zydesk.printing.units import LINE

MM = 72 / 25.4
TOL = 1.0  # mm
AREA_LEFT, AREA_TOP, AREA_W, AREA_H = 28.0, 37.0, 156.0, 225.0
AREA_RIGHT, AREA_BOTTOM = AREA_LEFT + AREA_W, AREA_TOP + AREA_H
LINE_MM = LINE / MM


def mm(v: float) -> float:
    return v / MM


@pytest.fixture(scope="module")
def notice() -> bytes:
    return render_gongwen(sample_notice()).pdf


@pytest.fixture(scope="module")
def plumb(notice: bytes):  # type: ignore[no-untyped-def]
    with pdfplumber.open(io.BytesIO(notice)) as pdf:
        yield pdf


def body_chars(page):  # type: ignore[no-untyped-def]
    """Characters inside the type area (not the page number)."""
    return [c for c in page.chars if c["text"].strip() and mm(c["top"]) < AREA_BOTTOM]


def test_text_of_the_notice_is_extractable_chinese(notice: bytes) -> None:
    reader = PdfReader(io.BytesIO(notice))
    first = "".join(reader.pages[0].extract_text().split())  # extractors differ in the spaces they guess
    assert "中共紫阳县委办公室文件" in first
    assert "紫办发〔2016〕15号" in first
    everything = "".join("".join(p.extract_text().split()) for p in reader.pages)
    assert "第一条" in everything and "鼓励激励工作坚持实事求是" in everything
    assert "本办法自印发之日起施行" in everything  # the last article of the third attachment
    assert "2016年11月28日" in everything


def test_fonts_are_embedded_as_subsets(notice: bytes) -> None:
    reader = PdfReader(io.BytesIO(notice))
    seen = set()
    for page in reader.pages[:3]:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            base = str(font["/BaseFont"])
            seen.add(base)
            assert re.fullmatch(r"/?[A-Z]{6}\+.+", base), base
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            descriptor = descendant["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, f"{base} is not embedded"
    assert seen


def test_red_organ_mark_number_and_red_line(plumb) -> None:  # type: ignore[no-untyped-def]
    page = plumb.pages[0]
    mark = [c for c in page.chars if c["size"] > 30]
    assert "".join(c["text"] for c in mark) == "中共紫阳县委办公室文件"
    assert all(c["non_stroking_color"][0] > 0.8 and c["non_stroking_color"][1] < 0.1 for c in mark)  # red
    assert abs(mm(min(c["top"] for c in mark)) - (AREA_TOP + 35)) < TOL
    centre = (min(c["x0"] for c in mark) + max(c["x1"] for c in mark)) / 2
    assert abs(mm(centre) - (AREA_LEFT + AREA_W / 2)) < TOL
    red = [ln for ln in page.lines if ln["stroking_color"][0] > 0.8 and abs(ln["top"] - ln["bottom"]) < 0.01]
    assert len(red) == 1
    assert abs(mm(red[0]["x1"] - red[0]["x0"]) - 156) < TOL
    assert abs(mm(red[0]["x0"]) - AREA_LEFT) < TOL
    number = [c for c in page.chars if mark[-1]["bottom"] < c["top"] < red[0]["top"]]
    assert "".join(c["text"] for c in number) == "紫办发〔2016〕15号"
    assert abs(mm(red[0]["top"] - max(c["bottom"] for c in number)) - 4) < TOL
    # the number sits two blank lines under the mark
    gap = mm(min(c["top"] for c in number) - max(c["bottom"] for c in mark))
    assert 2 * LINE_MM - TOL < gap < 3 * LINE_MM


def test_title_is_22pt_centred_and_two_lines_under_the_red_line(plumb) -> None:  # type: ignore[no-untyped-def]
    page = plumb.pages[0]
    title = [c for c in page.chars if abs(c["size"] - 22) < 0.01]
    assert "".join(c["text"] for c in title).startswith("中共紫阳县委办公室关于印发《紫阳县")
    red = next(ln for ln in page.lines if ln["stroking_color"][0] > 0.8)
    first_top = mm(min(c["top"] for c in title))
    assert 2 * LINE_MM < first_top - mm(red["top"]) < 3 * LINE_MM
    lines: dict[float, list] = {}
    for c in title:
        lines.setdefault(round(c["top"], 1), []).append(c)
    assert len(lines) >= 4
    for cs in lines.values():  # every line centred in the type area
        mid = mm((min(c["x0"] for c in cs) + max(c["x1"] for c in cs)) / 2)
        assert abs(mid - (AREA_LEFT + AREA_W / 2)) < TOL


def test_type_area_edges_and_22_lines_per_page(plumb) -> None:  # type: ignore[no-untyped-def]
    page = plumb.pages[4]  # a full page of the first attachment
    chars = body_chars(page)
    assert abs(mm(min(c["x0"] for c in chars)) - AREA_LEFT) < TOL
    assert abs(mm(max(c["x1"] for c in chars)) - AREA_RIGHT) < TOL
    first_top = mm(min(c["top"] for c in chars))
    assert abs(first_top - (AREA_TOP + (LINE_MM - 16 / MM) / 2)) < TOL
    baselines = sorted({round(c["matrix"][5], 1) for c in chars})
    assert len(baselines) == 22
    assert all(abs((b - a) - LINE) < 0.1 for a, b in zip(baselines, baselines[1:]))
    assert mm(max(c["bottom"] for c in chars)) <= AREA_BOTTOM + TOL
    assert all(abs(c["size"] - 16) < 0.01 for c in chars)  # 3号


def test_page_numbers_7mm_under_the_area_odd_right_even_left(plumb) -> None:  # type: ignore[no-untyped-def]
    one_char = 14 / MM
    for index in (0, 1, 2, 3):
        page = plumb.pages[index]
        number = [c for c in page.chars if mm(c["top"]) > AREA_BOTTOM]
        text = "".join(c["text"] for c in number)
        assert text == f"— {index + 1} —"
        assert abs(mm(min(c["top"] for c in number)) - (AREA_BOTTOM + 7)) < TOL
        assert all(abs(c["size"] - 14) < 0.01 for c in number)
        if (index + 1) % 2:
            assert abs(mm(max(c["x1"] for c in number)) - (AREA_RIGHT - one_char)) < TOL
        else:
            assert abs(mm(min(c["x0"] for c in number)) - (AREA_LEFT + one_char)) < TOL


def test_colophon_last_line_on_the_bottom_edge(plumb) -> None:  # type: ignore[no-untyped-def]
    last = plumb.pages[-1]
    assert "2016年11月28日印发" in last.extract_text()
    rules = sorted((ln for ln in last.lines if abs(ln["top"] - ln["bottom"]) < 0.01), key=lambda ln: ln["top"])
    assert abs(mm(rules[-1]["top"]) - AREA_BOTTOM) < TOL
    assert abs(mm(rules[-1]["x1"] - rules[-1]["x0"]) - AREA_W) < TOL
    assert abs(rules[-1]["linewidth"] - 0.35 * MM) < 0.05


def test_signature_centred_over_the_date_four_characters_in(plumb) -> None:  # type: ignore[no-untyped-def]
    page = plumb.pages[1]
    words = page.extract_words()
    date = next(w for w in words if w["text"] == "2016年11月28日")
    sig = next(w for w in words if w["text"] == "中共紫阳县委办公室")
    char = AREA_W / 28
    assert abs(mm(date["x1"]) - (AREA_RIGHT - 4 * char)) < TOL
    assert abs(mm((sig["x0"] + sig["x1"]) / 2) - mm((date["x0"] + date["x1"]) / 2)) < TOL
    assert sig["top"] < date["top"]


def test_balanced_title_lines() -> None:
    from zydesk.printing.words import splits_term

    fs = fonts.current()
    title = sample_notice().title
    lines = balance_title(title, fs)
    assert "".join(lines) == title
    # six lines: five would need “紫阳县 / 党政干部” or “领导干 / 部” (a line ends only between words)
    assert len(lines) == 6
    lengths = [len(ln) for ln in lines]
    assert max(lengths) - min(lengths) <= 5
    assert not any(ln[0] in NO_START for ln in lines)
    assert not any("（试" in ln and "行）" not in ln for ln in lines)  # （试行） is never torn apart
    ends = [len("".join(lines[:i + 1])) for i in range(len(lines) - 1)]
    assert [splits_term(title, j) for j in ends] == [None] * len(ends)
    assert balance_title("关于表彰先进的决定", fs) == ["关于表彰先进的决定"]
    # “敢担当、善作为” stays whole: two lines would need a line of 21 characters
    three = balance_title("中共紫阳县委组织部关于公布全县“敢担当、善作为”优秀干部候选人名单的通知", fs)
    assert three == ["中共紫阳县委组织部关于", "公布全县“敢担当、善作为”", "优秀干部候选人名单的通知"]


def test_long_name_table_breaks_with_repeated_header() -> None:
    from zydesk.printing.sample import synthetic_names

    rows = synthetic_names(300)
    rendered = render_gongwen(name_list(300))
    assert rendered.pages >= 8
    found: list[str] = []
    with pdfplumber.open(io.BytesIO(rendered.pdf)) as pdf:
        for page in pdf.pages:
            lines = _page_lines(page)
            table = [ln for ln in lines if any(ln.startswith(f"{r[0]}{r[1]}") for r in rows)]
            if table:  # every page carrying rows starts the table with its header
                header = next(i for i, ln in enumerate(lines) if ln.startswith("序号姓名单位职务"))
                assert lines.index(table[0]) == header + 1, page.page_number
            found.extend(table)
            for c in body_chars(page):
                assert mm(c["bottom"]) <= AREA_BOTTOM + TOL
    assert len(found) == 300  # every row once, none lost or repeated at a page break
    text = "".join(PdfReader(io.BytesIO(rendered.pdf)).pages[-1].extract_text().split())
    assert "2026年1月5日印发" in text


def test_colophon_moves_to_a_new_page_when_it_does_not_fit() -> None:
    found = None
    for n in range(12, 24):
        doc = Gongwen(title="关于测试版记位置的通知", body=[Paragraph(f"第{i + 1}段。") for i in range(n)],
                      cc="县委办公室。", printer="中共紫阳县委组织部", print_date=dt.date(2026, 1, 5))
        rendered = render_gongwen(doc)
        with pdfplumber.open(io.BytesIO(rendered.pdf)) as pdf:
            if len(pdf.pages) == 2 and "段" not in pdf.pages[1].extract_text():
                found = pdf.pages[1]
                first = pdf.pages[0].extract_text()
                assert "印发" not in first
                text = found.extract_text()
                assert "抄送：县委办公室。" in text and "2026年1月5日印发" in text
                rules = [ln for ln in found.lines if abs(ln["top"] - ln["bottom"]) < 0.01]
                assert abs(mm(max(r["top"] for r in rules)) - AREA_BOTTOM) < TOL
                break
    assert found is not None, "no body length pushed the 版记 onto its own page"


def test_table_cell_with_rare_name_uses_a_font_that_has_it() -> None:
    doc = Gongwen(title="名单", body=[NameTable([("姓名", 40, "center"), ("单位", 0, "left")],
                                                [["王䶮", "城关镇"], ["刘㛃", "蒿坪镇"]])])
    rendered = render_gongwen(doc)
    assert not rendered.missing
    text = PdfReader(io.BytesIO(rendered.pdf)).pages[0].extract_text()
    assert "王䶮" in text and "刘㛃" in text


def test_copy_number_secrecy_and_urgency_flush_left_in_heiti() -> None:
    doc = Gongwen(title="关于测试版头的通知", organ_mark="中共紫阳县委组织部文件", doc_number="紫组发〔2026〕2号",
                  copy_no="000123", secrecy="秘密★1年", urgency="特急", body=[Paragraph("正文。")])
    from reportlab.pdfbase import pdfmetrics

    heiti = pdfmetrics.getFont(fonts.current().name("黑体")).face.name.decode()  # type: ignore[attr-defined]
    with pdfplumber.open(io.BytesIO(render_gongwen(doc).pdf)) as pdf:
        page = pdf.pages[0]
        lines: dict[float, list] = {}
        for c in page.chars:
            if mm(c["top"]) < AREA_TOP + 34:  # above the organ mark
                lines.setdefault(round(c["top"], 1), []).append(c)
        texts = ["".join(c["text"] for c in cs) for _, cs in sorted(lines.items())]
        assert texts == ["000123", "秘密★1年", "特急"]
        for cs in lines.values():
            assert abs(mm(cs[0]["x0"]) - AREA_LEFT) < TOL
            assert all(heiti in c["fontname"] for c in cs if c["text"] != "★")  # 3号黑体
            assert all(abs(c["size"] - 16) < 0.01 for c in cs)
        first = min(lines)
        assert abs(mm(first) - (AREA_TOP + (LINE_MM - 16 / MM) / 2)) < TOL


def _page_lines(page) -> list[str]:  # type: ignore[no-untyped-def]
    rows: dict[float, list] = {}
    for c in body_chars(page):
        rows.setdefault(round(c["matrix"][5]), []).append(c)
    return ["".join(c["text"] for c in sorted(cs, key=lambda c: c["x0"])) for _, cs in sorted(rows.items(), reverse=True)]


@pytest.mark.slow
def test_no_heading_at_the_foot_of_a_page(plumb) -> None:  # type: ignore[no-untyped-def]
    for page in plumb.pages:
        lines = _page_lines(page)
        assert lines, page.page_number
        assert not re.match(r"^第[一二三四五六七八九十]+章", lines[-1]), (page.page_number, lines[-1])


def test_signature_page_carries_body_text() -> None:
    body = [Paragraph("测试正文内容。" * 4) for _ in range(15)]
    for extra in range(0, 6):
        doc = Gongwen(title="关于测试署名位置的通知", body=body[: 10 + extra], signature="中共紫阳县委组织部",
                      date=dt.date(2026, 1, 5), attachment_names=["名单"])
        with pdfplumber.open(io.BytesIO(render_gongwen(doc).pdf)) as pdf:
            for page in pdf.pages:
                lines = _page_lines(page)
                if "2026年1月5日" in lines:
                    assert any("测试正文" in ln for ln in lines), lines  # never a page with only the signature
                    assert lines.index("中共紫阳县委组织部") == lines.index("2026年1月5日") - 1


def test_document_numbers_follow_the_standard() -> None:
    from zydesk.errors import UserError
    from zydesk.printing.gongwen import normalize_doc_number

    assert normalize_doc_number("紫办发〔2016〕15号") == "紫办发〔2016〕15号"
    assert normalize_doc_number("紫办发[2016]015号") == "紫办发〔2016〕15号"
    assert normalize_doc_number("紫组发（2026）3") == "紫组发〔2026〕3号"
    assert normalize_doc_number("紫发〔2025〕　号") == "紫发〔2025〕　号"  # a draft before numbering
    for bad in ("2016年15号", "紫办发〔16〕15号", "紫办发〔2016〕0号"):
        with pytest.raises(UserError, match="格式不对"):
            normalize_doc_number(bad)
    with pytest.raises(UserError, match="6位"):
        render_gongwen(Gongwen(title="份号测试", copy_no="123"))
    pdf = render_gongwen(Gongwen(title="文号测试", organ_mark="中共紫阳县委办公室文件", doc_number="紫办发[2016]015号")).pdf
    assert "紫办发〔2016〕15号" in "".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())


def _table_doc(lines_before: int, rows: int) -> Gongwen:
    # one 28-character line per paragraph keeps the arithmetic of the page simple
    body = [Paragraph("正文" * 13) for _ in range(lines_before)]
    body.append(NameTable([("序号", 16, "center"), ("姓名", 30, "center"), ("单位", 0, "left")],
                          [[str(i + 1), f"名单{i + 1:03d}", "紫阳县城关镇"] for i in range(rows)],
                          caption="测试名单表"))
    return Gongwen(title="关于公布测试名单的通知", body=body)


def _pages_text(pdf: bytes) -> list[str]:
    # without the page number (— 2 —), which the extractor reads first
    return [re.sub(r"^—\d+—", "", "".join(p.extract_text().split())) for p in PdfReader(io.BytesIO(pdf)).pages]


def test_a_long_captioned_table_starts_under_the_text_and_splits_with_its_header() -> None:
    # the title and 10 one-line paragraphs leave 11 grid lines: the table must start there,
    # not move whole to page 2 leaving the page half empty
    pages = _pages_text(render_gongwen(_table_doc(10, 40)).pdf)
    assert len(pages) == 3
    assert "测试名单表" in pages[0] and "名单001" in pages[0]
    first_page_rows = sum(f"名单{i:03d}" in pages[0] for i in range(1, 41))
    assert first_page_rows >= 6, pages[0]
    assert "测试名单表" not in pages[1]  # the caption is printed once, over the first part
    assert pages[1].startswith("序号姓名单位"), pages[1][:20]  # the header repeats
    assert all(any(f"名单{i:03d}" in p for p in pages) for i in range(1, 41))


def test_caption_header_and_three_rows_stay_together() -> None:
    from zydesk.printing.text import GridTable

    doc = _table_doc(0, 10)
    blocks = [f for f in __import__("zydesk.printing.gongwen", fromlist=["story_for"]).story_for(doc, fonts.current())
              if isinstance(f, GridTable)]
    table = blocks[0]
    width = AREA_W * MM
    table.wrap(width, 10_000)
    assert table.caption is not None
    cap = table.caption.wrap(width, 10_000)[1]
    head = LINE  # one header row on the grid
    assert table.split(width, cap + head + 2 * LINE + 1) == []  # two rows alone would be orphaned
    first, rest = table.split(width, cap + head + 3 * LINE + 1)
    assert first.caption is table.caption and rest.caption is None
    assert len(first._laid) == 3 and len(rest._laid) == 7


def test_body_lines_hold_28_characters_and_end_on_the_right_edge() -> None:
    doc = Gongwen(title="关于测试版心宽度的通知", body=[Paragraph("字" * 26 + "行" * 28 + "尾")])
    with pdfplumber.open(io.BytesIO(render_gongwen(doc).pdf)) as pdf:
        rows: dict[float, list] = {}
        for c in body_chars(pdf.pages[0]):
            if c["text"] in "字行尾":
                rows.setdefault(round(c["top"], 1), []).append(c)
        lines = ["".join(c["text"] for c in sorted(cs, key=lambda c: c["x0"])) for _, cs in sorted(rows.items())]
        assert lines == ["字" * 26, "行" * 28, "尾"]
        for _, cs in sorted(rows.items())[:2]:
            assert abs(mm(max(c["x1"] for c in cs)) - AREA_RIGHT) < TOL


def test_a_heading_over_a_table_goes_to_the_next_page_with_the_table() -> None:
    from zydesk.printing.gongwen import Heading

    # 18 one-line paragraphs under the title leave 3 lines: room for the heading and two more lines,
    # but not for the caption, header and three rows the table keeps together
    body: list = [Paragraph("正文" * 13) for _ in range(18)]
    body += [Heading("一、表彰名单", 1),
             NameTable([("序号", 16, "center"), ("姓名", 0, "center")], [[str(i), f"名单{i:03d}"] for i in range(1, 9)],
                       caption="测试名单表")]
    pages = _pages_text(render_gongwen(Gongwen(title="关于公布测试名单的通知", body=body)).pdf)
    assert "表彰名单" not in pages[0], pages[0][-40:]
    assert pages[1].startswith("一、表彰名单测试名单表序号姓名"), pages[1][:30]


def test_a_blank_line_under_the_title_also_without_a_main_recipient() -> None:
    """The body of a document without 主送机关 (a 结论书) starts where the 主送机关 would, one line under the title."""
    def first_body_top(recipients: str) -> float:
        doc = Gongwen(title="关于测试标题下空行的结论", recipients=recipients, body=[Paragraph("正文第一段。")])
        with pdfplumber.open(io.BytesIO(render_gongwen(doc).pdf)) as pdf:
            words = pdf.pages[0].extract_words()
        return min(w["top"] for w in words if w["text"].startswith("各镇" if recipients else "正文"))

    assert abs(first_body_top("") - first_body_top("各镇党委：")) < 0.5
