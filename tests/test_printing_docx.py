"""另存为 Word: every 公文 as an editable .docx read back with python-docx (page, grid, fonts, header, title,
版记, tables, footers), saved through the service (permission, audit, partial file), by the CLI and from the
preview window."""
from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm
from lxml import etree
from sqlalchemy import select

from tests.accounts import as_role
from zydesk.cli.main import main
from zydesk.core.security.roles import Role
from zydesk.errors import NotPermitted, UserError
from zydesk.printing import catalog
from zydesk.printing.docx_writer import _ORDER, CHAR_SPACING, LINE_PITCH, chart_png, write_docx
from zydesk.printing.gongwen import Break, Gongwen, Heading, NameTable, Paragraph
from zydesk.printing.sample import name_list, sample_notice
from zydesk.services import documents
from zydesk.storage.models import AuditEntry
from zydesk.storage.uow import Database

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
FACES = {"仿宋_GB2312", "仿宋", "黑体", "楷体_GB2312", "楷体", "宋体", "方正小标宋简体"}


def _open(data: bytes) -> Any:
    return docx.Document(io.BytesIO(data))


def _text(d: Any) -> str:
    return "".join(p.text for p in d.paragraphs)


def _tables_text(d: Any) -> str:
    return "".join(c.text for t in d.tables for r in t.rows for c in r.cells)


def _east_asia(d: Any) -> set[str]:
    """The East Asian faces named in the body and the footers."""
    parts = [d.element.body, d.sections[0].footer._element, d.sections[0].even_page_footer._element]
    return {f.get(qn("w:eastAsia")) for part in parts for f in part.iter(qn("w:rFonts"))} - {None}


def _in_schema_order(data: bytes) -> None:
    """pPr/rPr/tblPr/trPr children in the order the schema gives (Word refuses a file otherwise)."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in z.namelist():
            if not (name.startswith("word/") and name.endswith(".xml")):
                continue
            root = etree.fromstring(z.read(name))
            for tag, seq in _ORDER.items():
                order = seq.split()
                for el in root.iter(W + tag):
                    kids = [c.tag[len(W):] for c in el if c.tag.startswith(W)]
                    at = [order.index(k) for k in kids]
                    assert at == sorted(at), (name, tag, kids)


def _check_layout(d: Any) -> None:
    """A4, the 版心 156 × 225 mm at 28 mm left and 37 mm top, 22 lines × 28 characters, odd/even footers."""
    s = d.sections[0]
    assert abs(s.page_width - Mm(210)) < Mm(0.1) and abs(s.page_height - Mm(297)) < Mm(0.1)
    assert abs(s.left_margin - Mm(28)) < Mm(0.1) and abs(s.top_margin - Mm(37)) < Mm(0.1)
    assert abs(s.page_width - s.left_margin - s.right_margin - Mm(156)) < Mm(0.1)
    assert abs(s.page_height - s.top_margin - s.bottom_margin - Mm(225)) < Mm(0.1)
    grid = s._sectPr.find(qn("w:docGrid"))
    assert grid.get(qn("w:type")) == "lines"  # no character grid: see CHAR_SPACING
    pitch = int(grid.get(qn("w:linePitch")))
    assert pitch == LINE_PITCH
    spacing = d.styles.element.find(qn("w:docDefaults")).find(".//" + qn("w:rPr") + "/" + qn("w:spacing"))
    condensed = int(spacing.get(qn("w:val")))
    assert condensed == CHAR_SPACING < 0
    height_twips = (s.page_height - s.top_margin - s.bottom_margin) / 635
    width_pt = (s.page_width - s.left_margin - s.right_margin) / 12700
    assert int(height_twips // pitch) == 22  # the lines Word lays on a page
    assert int(width_pt // (16 + condensed / 20)) == 28  # characters of the Normal style's 三号 per line
    assert d.settings.odd_and_even_pages_header_footer
    odd, even = s.footer, s.even_page_footer
    for footer, align in ((odd, "right"), (even, "left")):
        p = footer.paragraphs[0]
        assert p.text.startswith("— ") and p.text.endswith(" —")
        assert "PAGE" in "".join(t.text for t in p._p.iter(qn("w:instrText")))
        assert p._p.find(qn("w:pPr")).find(qn("w:jc")).get(qn("w:val")) == align


def test_sample_notice_as_word() -> None:
    notice = sample_notice()
    data = write_docx(notice)
    _in_schema_order(data)
    d = _open(data)
    _check_layout(d)
    assert d.core_properties.title == notice.title
    paras = d.paragraphs
    mark = paras[0]
    assert mark.text == "中共紫阳县委办公室文件"
    run = mark.runs[0]
    assert run.font.color.rgb is not None and run.font.color.rgb[0] > 0xC0 and run.font.color.rgb[1] == 0
    assert run._r.rPr.rFonts.get(qn("w:eastAsia")) == "方正小标宋简体"
    number = next(p for p in paras if p.text == "紫办发〔2016〕15号")
    border = number._p.pPr.find(qn("w:pBdr")).find(qn("w:bottom"))
    assert border.get(qn("w:color")).upper().startswith("E6") and border.get(qn("w:sz")) == "6"  # the red line
    title = next(p for p in paras if p.text.replace("\n", "") == notice.title)  # in the PDF's lines
    assert title.runs[0].font.size.pt == 22
    assert title.alignment is not None and int(title.alignment) == 1  # centred
    text = _text(d)
    assert "各镇党委" in text and "附件：1．紫阳县党政干部鼓励激励实施办法（试行）" in text
    assert "中共紫阳县委办公室" in text and "2016年11月28日" in text and "（此件公开发布）" in text
    body = next(p for p in paras if p.text.startswith("《紫阳县党政干部鼓励激励"))
    assert body._p.pPr.find(qn("w:ind")).get(qn("w:firstLineChars")) == "200"
    assert sum(1 for p in paras if p.paragraph_format.page_break_before) == 3  # each attachment on a new page
    assert "第一章　总则" in text and "第一条　" in text
    assert _east_asia(d) <= FACES and {"黑体", "方正小标宋简体", "宋体"} <= _east_asia(d)
    assert _east_asia(d) & {"仿宋_GB2312", "仿宋"}
    # 版记: the last table, floating at the foot of the 版心, rules above, between and below
    colophon = d.tables[-1]
    assert "中共紫阳县委办公室" in _tables_text(d) and "2016年11月28日印发" in _tables_text(d)
    floating = colophon._tbl.tblPr.find(qn("w:tblpPr"))
    assert floating.get(qn("w:tblpYSpec")) == "bottom" and floating.get(qn("w:vertAnchor")) == "margin"
    borders = colophon._tbl.tblPr.find(qn("w:tblBorders"))
    assert borders.find(qn("w:top")).get(qn("w:val")) == "single"
    assert borders.find(qn("w:bottom")).get(qn("w:val")) == "single"


def test_name_table_is_a_word_table_with_its_header_repeated() -> None:
    doc = name_list(80)
    d = _open(write_docx(doc))
    table = next(t for t in d.tables if t._tbl.tblPr.find(qn("w:tblpPr")) is None)
    header = table.rows[0]
    assert header._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(r._tr.trPr.find(qn("w:tblHeader")) is None for r in table.rows[1:])
    assert [c.text for c in header.cells] == [c[0] for c in next(b for b in doc.body
                                                                  if isinstance(b, NameTable)).columns]
    assert len(table.rows) == 81
    assert header.cells[0].paragraphs[0].runs[0]._r.rPr.rFonts.get(qn("w:eastAsia")) == "黑体"


def test_issuer_headings_clerks_title_break_and_custom_faces() -> None:
    from zydesk.printing.docx_writer import Faces

    doc = Gongwen(title="关于某事的\n请示", organ_mark="中共紫阳县委组织部", doc_number="紫组发[2026]07号",
                  issuer="李明", recipients="县委：", secrecy="秘密★1年",
                  body=[Heading("一、基本情况", 1), Heading("（一）工作开展", 2), Paragraph("正文。"),
                        Paragraph("第一条", lead="第一条　"), Break(), Paragraph("另起一页。"),
                        NameTable([("序号", 16, "center"), ("姓名", 0, "left")], [["1", "王䶮"]]),
                        NameTable([("序号", 16, "center"), ("单位", 0, "left")], [["1", "城关镇"]])],
                  signature="中共紫阳县委组织部", date=__import__("datetime").date(2026, 12, 4),
                  cc="县委办公室。", printer="中共紫阳县委组织部办公室")
    d = _open(write_docx(doc, faces=Faces(fangsong="仿宋", kaiti="楷体")))
    paras = d.paragraphs
    assert paras[0].text == "秘密★1年"
    line = next(p for p in paras if "签发人" in p.text)
    assert line.text == "紫组发〔2026〕7号\t签发人：李明"  # the number normalised, one line with the issuer
    assert line.runs[-1]._r.rPr.rFonts.get(qn("w:eastAsia")) == "楷体"
    assert line._p.pPr.find(qn("w:pBdr")) is not None
    title = next(p for p in paras if p.text.startswith("关于某事的"))
    assert title._p.findall(".//" + qn("w:br")) and title.text.replace("\n", "") == "关于某事的请示"
    h1 = next(p for p in paras if p.text == "一、基本情况")
    h2 = next(p for p in paras if p.text == "（一）工作开展")
    assert h1.runs[0]._r.rPr.rFonts.get(qn("w:eastAsia")) == "黑体"
    assert h2.runs[0]._r.rPr.rFonts.get(qn("w:eastAsia")) == "楷体"
    assert next(p for p in paras if p.text == "另起一页。").paragraph_format.page_break_before
    assert len(d.tables) == 3  # two tables in a row stay two tables; the 版记 the third
    date = next(p for p in paras if p.text == "2026年12月4日")
    assert date._p.pPr.find(qn("w:ind")).get(qn("w:rightChars")) == "400"  # four characters in from the right
    assert "抄送：县委办公室。" in _tables_text(d)
    with pytest.raises(UserError):
        write_docx(Gongwen(title="x", doc_number="不是文号"))


def test_service_saves_audits_and_refuses(db: Database, tmp_path: Path) -> None:
    target = tmp_path / "通知.docx"
    saved = documents.save_docx(db, sample_notice, target)
    assert saved == target and _open(target.read_bytes()).paragraphs[0].text == "中共紫阳县委办公室文件"
    assert not list(tmp_path.glob(".*.tmp"))  # the partial file was renamed over the target
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "打印").order_by(AuditEntry.id.desc())).first()
    assert entry is not None and entry.after["方式"] == "Word文件" and entry.after["文件"] == "通知.docx"
    assert entry.after["文号"] == "紫办发〔2016〕15号"
    with pytest.raises(UserError, match="只有公文"):
        documents.save_docx(db, catalog.build("sample-form", None, {}), tmp_path / "表.docx")
    with pytest.raises(UserError, match=".docx"):
        documents.save_docx(db, sample_notice, tmp_path / "通知.doc")
    with pytest.raises(NotPermitted):
        documents.save_docx(as_role(db, Role.AUDIT_ADMIN), sample_notice, tmp_path / "审计员.docx")
    assert not (tmp_path / "表.docx").exists() and not (tmp_path / "审计员.docx").exists()
    rendered = documents.render_document(db, sample_notice)
    assert documents.is_gongwen(rendered)  # the preview keeps the 公文 for its Word copy
    assert not documents.is_gongwen(documents.render_document(db, lambda: catalog.build("sample-form", None, {})))


def test_cli_writes_word_and_keeps_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "通知.docx"
    assert main(["print", "notice", "--sample", "-o", str(out)]) == 0
    assert "Word" in capsys.readouterr().err and _open(out.read_bytes()).paragraphs[0].text
    assert main(["print", "name-list", "--rows", "5", "--docx", "-o", str(tmp_path / "名单.pdf")]) == 0
    assert (tmp_path / "名单.docx").is_file() and not (tmp_path / "名单.pdf").exists()
    assert main(["print", "sample-form", "-o", str(tmp_path / "表.docx")]) == 2
    assert "只有公文" in capsys.readouterr().err and not (tmp_path / "表.docx").exists()
    assert main(["print", "sample-form", "-o", str(tmp_path / "表.pdf")]) == 0  # the PDF as before
    assert (tmp_path / "表.pdf").read_bytes().startswith(b"%PDF")


def _demo_decision(db: Database) -> tuple[int, Gongwen]:
    for year in range(2026, 2014, -1):
        try:
            doc = catalog.build("excellent-decision", db, {"year": year})
        except UserError:
            continue
        assert isinstance(doc, Gongwen)
        return year, doc
    pytest.skip("no year with 当选 in the demo county")


def test_demo_county_decision_by_cli_is_audited(demo_db: Database, db_url: str, tmp_path: Path) -> None:
    year, doc = _demo_decision(demo_db)
    out = tmp_path / "决定.docx"
    assert main(["--db", db_url, "print", "excellent-decision", "--year", str(year), "-o", str(out)]) == 0
    d = _open(out.read_bytes())
    _check_layout(d)
    assert doc.title.replace("\n", "") in _text(d).replace("\n", "")
    if doc.doc_number:
        assert any(p.text.startswith(doc.doc_number.split("〔")[0]) for p in d.paragraphs)
    assert "印发" in _tables_text(d)
    with demo_db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "打印").order_by(AuditEntry.id.desc())).first()
    assert entry is not None and entry.after["方式"] == "Word文件" and entry.after["文件"] == "决定.docx"
    assert entry.user == "业务员"
    _maybe_libreoffice(out, tmp_path)


def test_demo_analysis_report_embeds_its_charts(demo_db: Database) -> None:
    from zydesk.printing.gongwen import Figure
    from zydesk.services.adjustment import analysis_report

    doc = analysis_report.build(demo_db, {"year": 2025, "unit": None})
    figures = [b for b in doc.body if isinstance(b, Figure)]
    assert figures
    d = _open(write_docx(doc))
    assert len(d.inline_shapes) == len(figures)
    assert all(f.caption in _text(d) for f in figures if f.caption)
    from zydesk.printing import fonts

    png = chart_png(figures[0].chart, fonts.current())
    assert png is not None and png.startswith(b"\x89PNG")


def test_every_sample_gongwen_of_the_catalog_writes() -> None:
    for name, form in catalog.load_all().items():
        if form.needs_db or form.saves:
            continue
        params = {p.name: (p.default if p.default is not None else (True if p.type is bool else None))
                  for p in form.params}
        doc = form.build(None, params)
        if isinstance(doc, Gongwen):
            _in_schema_order(write_docx(doc))


def _maybe_libreoffice(path: Path, tmp_path: Path) -> None:
    """Where LibreOffice is installed, the copy converts to PDF (it seldom is; the XML is checked above)."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        return
    subprocess.run([office, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                   check=True, timeout=120, capture_output=True)
    assert (tmp_path / (path.stem + ".pdf")).read_bytes().startswith(b"%PDF")


@pytest.mark.gui
def test_preview_saves_a_gongwen_as_word(qtbot, db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    from tests.gui_wait import capture_previews, settle
    from ui.context import AppContext
    from ui.printing import preview

    shown = capture_previews(qtbot, monkeypatch)
    ctx = AppContext(db)
    preview.preview_document(ctx, None, lambda: Gongwen(title="另存测试", organ_mark="中共紫阳县委组织部文件",
                                                        doc_number="紫组发〔2026〕2号", body=[Paragraph("正文。")],
                                                        signature="中共紫阳县委组织部", printer="中共紫阳县委组织部办公室"),
                             "另存测试")
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    dialog = shown[0]
    assert dialog.word_button.isEnabled() and dialog.word_button.text() == "另存为 Word…"
    target = tmp_path / "另存测试"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.word_button.click()
    settle(qtbot)
    saved = tmp_path / "另存测试.docx"
    assert saved.is_file() and "紫组发〔2026〕2号" in _text(_open(saved.read_bytes()))
    assert dialog.saved_label.isVisibleTo(dialog) and "另存测试.docx" in dialog.saved_label.text()
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "打印").order_by(AuditEntry.id.desc())).first()
    assert entry is not None and entry.after["方式"] == "Word文件"

    preview.preview_document(ctx, None, lambda: catalog.build("sample-form", None, {}), "审批表")
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=20000)
    assert not shown[1].word_button.isEnabled()  # a form is not a 公文


def test_the_program_bundle_ships_python_docx_templates() -> None:
    spec = Path(__file__).resolve().parent.parent / "build_installer.spec"
    ns: dict[str, Any] = {"SPECPATH": str(spec.parent)}
    exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"), ns)
    shipped = {(Path(src).name, dest) for src, dest in ns["DATAS"]}
    assert ("default.docx", "docx/templates") in shipped
    assert ("default-footer.xml", "docx/templates") in shipped


def test_the_clerks_title_break_is_a_line_break_in_word() -> None:
    """A ｜ typed in the title breaks the Word title there too, and never appears in the text."""
    import io

    from docx import Document

    from zydesk.printing.docx_writer import write_docx
    from zydesk.printing.gongwen import Gongwen, Paragraph

    gw = Gongwen(organ_mark="中共紫阳县委组织部文件", doc_number="紫组发〔2026〕1号",
                 title="关于表彰2025年度“敢担当、善作为”｜优秀干部的决定", recipients="各镇党委：",
                 body=[Paragraph("正文。")], signature="中共紫阳县委组织部", date=dt.date(2026, 12, 4))
    d = Document(io.BytesIO(write_docx(gw)))
    title = next(p for p in d.paragraphs if "优秀干部的决定" in p.text)
    assert "｜" not in title.text and title.text.split("\n") == ["关于表彰2025年度“敢担当、善作为”", "优秀干部的决定"]
    assert d.core_properties.title == "关于表彰2025年度“敢担当、善作为”优秀干部的决定"


def test_word_titles_break_where_the_pdf_does() -> None:
    """Word would break a long title inside a word (党政 / 干部); the copy carries lines broken as the PDF's
    are, with two characters to spare."""
    import io

    from docx import Document

    from zydesk.printing import fonts as fontmod
    from zydesk.printing.docx_writer import write_docx
    from zydesk.printing.gongwen import balance_title
    from zydesk.printing.sample import sample_notice
    from zydesk.printing.units import AREA_W, TITLE

    gw = sample_notice()
    d = Document(io.BytesIO(write_docx(gw)))
    lines = balance_title(gw.title, fontmod.current(), width=AREA_W - 2 * TITLE)
    assert len(lines) > 2
    assert any(p.text.split("\n") == lines for p in d.paragraphs)


def test_a_blank_line_under_the_title_also_without_a_main_recipient() -> None:
    """As in the PDF: the body of a 结论书 (no 主送机关) starts one blank line under the title."""
    from zydesk.printing.gongwen import Gongwen, Paragraph

    d = _open(write_docx(Gongwen(title="关于测试标题下空行的结论", body=[Paragraph("正文第一段。")])))
    texts = [p.text for p in d.paragraphs]
    title = next(i for i, t in enumerate(texts) if "结论" in t)
    assert texts[title + 1] == "" and texts[title + 2] == "正文第一段。"
