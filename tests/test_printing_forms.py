"""The table-form engine: grid, shrink-then-wrap cells, seal boxes, continuation pages."""
from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pytest

from zydesk.printing import fonts
from zydesk.printing.fonts import FANGSONG
from zydesk.printing.forms import Cell, Form, Label, Row, Seal, fit_text, render_form
from zydesk.printing.sample import sample_form

MM = 72 / 25.4


def test_fit_text_shrinks_then_wraps() -> None:
    fs = fonts.current()
    short = fit_text("张三", FANGSONG, fs, 30 * MM, 10 * MM, 12, 8)
    assert short.size == 12 and len(short.lines) == 1
    longer = fit_text("紫阳县人民政府办公室副主任", FANGSONG, fs, 40 * MM, 10 * MM, 12, 8)
    assert 8 <= longer.size < 12 and len(longer.lines) == 1  # shrunk, still one line
    assert sum(g.w for g in longer.lines[0].glyphs) <= 40 * MM
    wrapped = fit_text("紫阳县人民政府办公室党组成员、副主任、县金融工作办公室主任" * 2, FANGSONG, fs,
                       40 * MM, 30 * MM, 12, 8)
    assert len(wrapped.lines) > 1 and not wrapped.overflow
    assert len(wrapped.lines) * wrapped.leading <= 30 * MM
    too_much = fit_text("很长的文字" * 200, FANGSONG, fs, 40 * MM, 10 * MM, 12, 8)
    assert too_much.overflow and too_much.size == 8


def test_sample_form_is_a_bordered_two_page_form() -> None:
    rendered = render_form(sample_form({"name": "王䶮", "post": "城关镇党委书记"}))
    assert rendered.pages == 2 and not rendered.missing
    with pdfplumber.open(io.BytesIO(rendered.pdf)) as pdf:
        first, second = pdf.pages
        t1 = first.extract_text()
        assert "紫阳县党政干部容错纠错申请审批表" in t1 and "王䶮" in t1 and "城关镇党委书记" in t1
        assert t1.count("（盖章）") == 2 and "负责人（签字）" in t1  # subtitle + one seal box
        t2 = second.extract_text()
        assert "（续表）" in t2 and t2.count("（盖章）") == 3 and t2.count("年 月 日") == 3
        rects = first.rects
        assert rects, "cells are drawn as rectangles"
        left = min(r["x0"] for r in rects) / MM
        right = max(r["x1"] for r in rects) / MM
        assert abs(left - 28) < 1 and abs(right - 184) < 1


def test_long_label_shrinks_inside_its_cell() -> None:
    form = Form(title="测试表", columns=[20, 60], rows=[Row(10, [Label("工作单位及现任职务"), Cell("县财政局局长")])])
    with pdfplumber.open(io.BytesIO(render_form(form).pdf)) as pdf:
        page = pdf.pages[0]
        label = [c for c in page.chars if c["text"] in "工作单位及现任职务"]
        cell = sorted(page.rects, key=lambda r: r["x0"])[0]
        assert all(c["size"] < 12 for c in label)
        assert all(cell["x0"] <= c["x0"] and c["x1"] <= cell["x1"] for c in label)
        assert all(cell["top"] <= c["top"] and c["bottom"] <= cell["bottom"] for c in label)


def test_rows_continue_on_page_two_with_repeated_header() -> None:
    rows = [Row(10, [Label("序号"), Label("姓名"), Label("单位")])]
    rows += [Row(12, [Cell(str(i)), Cell(f"干部{i}"), Cell("城关镇")]) for i in range(1, 31)]
    form = Form(title="推荐人选登记表", columns=[15, 30, 60], rows=rows, repeat_rows=1)
    rendered = render_form(form)
    assert rendered.pages == 2
    with pdfplumber.open(io.BytesIO(rendered.pdf)) as pdf:
        texts = [p.extract_text() for p in pdf.pages]
    assert "推荐人选登记表（续表）" in texts[1] and "姓名" in texts[1]
    for i in range(1, 31):
        assert sum(f"干部{i}\n" in t + "\n" or f"干部{i} " in t for t in texts) == 1


def test_rowspan_rows_stay_together_and_bad_grid_is_refused() -> None:
    form = Form(title="跨行测试", columns=[20, 40], rows=[Row(20, [Cell(str(i), colspan=2)]) for i in range(10)]
                + [Row(20, [Label("跨行", rowspan=2), Cell("甲")]), Row(20, [Cell("乙")])])
    with pdfplumber.open(io.BytesIO(render_form(form).pdf)) as pdf:
        last = pdf.pages[-1].extract_text()
        assert "跨行" in last and "甲" in last and "乙" in last
    with pytest.raises(ValueError, match="超出"):
        render_form(Form(title="错表", columns=[20], rows=[Row(10, [Cell("a"), Cell("b")])]))


def test_seal_box_with_date() -> None:
    import datetime as dt

    form = Form(title="意见表", columns=[30, 120],
                rows=[Row(45, [Label("单位\n意见"), Seal(opinion="同意推荐。", date=dt.date(2026, 3, 1))])])
    text = pdfplumber.open(io.BytesIO(render_form(form).pdf)).pages[0].extract_text()
    assert "同意推荐。" in text and "2026年3月1日" in text and "（盖章）" in text


def test_text_that_cannot_fit_is_clipped_and_reported() -> None:
    form = Form(title="溢出测试", columns=[30, 120], rows=[Row(12, [Label("简历"), Cell("很长的简历文字。" * 80)])])
    rendered = render_form(form)
    assert len(rendered.notes) == 1 and "放不下" in rendered.warning()
    fine = render_form(Form(title="正常", columns=[30, 120], rows=[Row(12, [Label("姓名"), Cell("张三")])]))
    assert fine.notes == [] and fine.warning() == ""


def test_a_saved_pdf_is_whole_or_absent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Saving writes beside the target and renames when whole: a failure half-way leaves no file where the
    clerk looks (an old one stays as it was)."""
    from zydesk.printing.output import Rendered

    target = tmp_path / "通报.pdf"
    Rendered(b"%PDF-1.4 old", 1).save(target)
    real = Path.write_bytes

    def half(self: Path, data: bytes) -> int:
        real(self, data[:5])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", half)
    with pytest.raises(OSError):
        Rendered(b"%PDF-1.4 new and longer", 1).save(target)
    monkeypatch.undo()
    assert target.read_bytes() == b"%PDF-1.4 old" and [p.name for p in tmp_path.iterdir()] == ["通报.pdf"]
