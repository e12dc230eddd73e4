"""Preview window, printing to a PDF printer, batch printing and the font settings page (offscreen)."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.accounts import as_role
from tests.gui_wait import capture_previews, settle
from zydesk.core.security.roles import Role
from zydesk.printing import fonts
from zydesk.printing.forms import render_form
from zydesk.printing.gongwen import Gongwen, Paragraph, render_gongwen
from zydesk.printing.sample import name_list, sample_form

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _automatic_fonts() -> Iterator[None]:
    yield
    fonts.configure({})  # a test that chose a font leaves the process as it found it


@pytest.fixture(scope="module")
def long_doc():  # type: ignore[no-untyped-def]
    return render_gongwen(name_list(120))


def test_preview_pages_navigation_and_zoom(qtbot, long_doc) -> None:  # type: ignore[no-untyped-def]
    from ui.printing.preview import show_pdf

    dialog = show_pdf(None, long_doc, "名单")
    qtbot.addWidget(dialog)
    assert dialog.page_count() == long_doc.pages > 3
    assert dialog.page_label.text() == f"第 1 / {long_doc.pages} 页"
    assert not dialog.prev_button.isEnabled()
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.current_page() == 1, timeout=3000)
    assert dialog.page_label.text() == f"第 2 / {long_doc.pages} 页"
    dialog.go_to(long_doc.pages + 5)
    assert dialog.current_page() == long_doc.pages - 1 and not dialog.next_button.isEnabled()
    before = dialog.view.zoomFactor()
    dialog.zoom_in_button.click()
    assert dialog.view.zoomFactor() > before
    assert not dialog.warning_label.isVisibleTo(dialog)
    dialog.resize(700, 900)
    dialog.grab().save("/tmp/zydesk-preview.png")
    # turning to page 12 of 12 (or 123 of 123) never widens the toolbar, and so the window
    label = dialog.page_label
    assert label.minimumWidth() >= label.fontMetrics().horizontalAdvance("第 123 / 123 页")


def test_save_as_writes_the_same_pdf(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    from ui.printing.preview import show_pdf

    rendered = render_form(sample_form())
    dialog = show_pdf(None, rendered.pdf, "审批表")
    qtbot.addWidget(dialog)
    target = tmp_path / "保存"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.save_button.click()
    assert (tmp_path / "保存.pdf").read_bytes() == rendered.pdf


def test_missing_glyph_banner_and_confirmation(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from ui.printing.preview import show_pdf

    ch = next((c for c in ("\U0002A6D7", "\U00030000") if fonts.current().font_for(c, fonts.FANGSONG) is None), None)
    if ch is None:
        pytest.skip("every candidate character has a glyph here")
    rendered = render_gongwen(Gongwen(title="缺字", body=[Paragraph(f"张{ch}")]))
    dialog = show_pdf(None, rendered, "缺字")
    qtbot.addWidget(dialog)
    assert dialog.warning_label.isVisibleTo(dialog) and "没有字形" in dialog.warning_label.text()
    asked: list[str] = []

    def say_no(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(args[2])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", say_no)
    opened: list[bool] = []
    monkeypatch.setattr("ui.printing.preview.QPrintDialog.exec", lambda self: opened.append(True) or 0)
    dialog.print_button.click()
    assert asked and "仍然打印" in asked[0] and not opened  # refused before the print dialog


def test_print_pdf_paints_every_page(qtbot, tmp_path: Path, long_doc) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinter

    from ui.printing.preview import prepare_printer, print_pdf
    from zydesk.core.task_state import TaskState

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    prepare_printer(printer, long_doc.pdf)
    seen: list[int] = []
    assert print_pdf(long_doc.pdf, printer, TaskState(on_progress=lambda d, t, m: seen.append(d))) == long_doc.pages
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == long_doc.pages
    assert seen == list(range(long_doc.pages))
    import pdfplumber

    with pdfplumber.open(tmp_path / "printed.pdf") as pdf:  # each page image covers the A4 sheet 1:1
        page = pdf.pages[0]
        assert abs(page.width - 595.3) < 2 and abs(page.height - 841.9) < 2
        image = page.images[0]
        assert abs(image["x0"]) < 2 and abs(image["top"]) < 2
        assert abs(image["x1"] - page.width) < 2 and abs(image["bottom"] - page.height) < 2


def test_batch_print_to_one_pdf(qtbot, db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from ui.context import AppContext
    from ui.printing.preview import batch_print

    ctx = AppContext(db)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    docs = [lambda: sample_form({"name": "张三"}), lambda: sample_form({"name": "李四"}),
            render_gongwen(Gongwen(title="第三份", body=[Paragraph("正文")]))]
    out = tmp_path / "批量.pdf"
    batch_print(ctx, None, "批量打印", docs, to="pdf", path=out)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    reader = PdfReader(str(out))
    assert len(reader.pages) == 2 + 2 + 1
    text = "".join(p.extract_text() for p in reader.pages)
    assert "张三" in text and "李四" in text and "第三份" in text
    assert "5 页" in shown[0]


def test_font_settings_page(qtbot, db, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from ui.context import AppContext
    from ui.printing.font_settings import FontModel, FontSettingsWidget
    from zydesk.printing import font_choice
    from zydesk.services.print_settings import font_rows
    from zydesk.services.settings import get_setting

    qtmodeltester.check(FontModel(font_rows(db)))
    widget = FontSettingsWidget(AppContext(as_role(db, Role.SYSTEM_ADMIN)))  # fonts are a system setting
    qtbot.addWidget(widget)
    settle(qtbot)
    assert widget.rows_loaded and [r.style for r in widget.model.rows] == list(fonts.STYLES)
    widget.table.selectRow(2)  # 楷体
    assert widget.selected_style() == "楷体"
    widget.apply_choice("楷体", fonts.bundled_font().path)
    settle(qtbot)
    assert widget.selected_style() == "楷体"
    row = widget.model.rows[2]
    assert row.source == "您选择的文件" and row.path == fonts.bundled_font().path
    with db.read() as s:
        assert get_setting(s, fonts.SETTING_KEY)["楷体"]["path"] == fonts.bundled_font().path
    assert font_choice.stored(db) == {"楷体": fonts.bundled_font()}
    widget.reset_style()
    settle(qtbot)
    assert font_choice.stored(db) == {} and widget.model.rows[2].source != "您选择的文件"
    widget.resize(900, 300)
    widget.grab().save("/tmp/zydesk-fonts.png")


def test_font_choice_refuses_cff_and_saves_nothing(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from zydesk.errors import UserError
    from zydesk.printing import font_choice

    cff = tmp_path / "SourceHanSerif.otf"
    cff.write_bytes(b"OTTO" + bytes(64))
    with pytest.raises(UserError, match="CFF"):
        font_choice.choose(as_role(db, Role.SYSTEM_ADMIN), "仿宋", fonts.FontFile(str(cff)))
    assert font_choice.stored(db) == {}


def test_preview_document_renders_off_thread_with_stored_fonts(qtbot, db, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from ui.context import AppContext
    from ui.printing import preview
    from zydesk.services.settings import set_setting

    set_setting(as_role(db, Role.SYSTEM_ADMIN), fonts.SETTING_KEY, {"楷体": {"path": fonts.bundled_font().path,
                                                                          "index": 0}})
    fonts.configure({})
    shown = capture_previews(qtbot, monkeypatch)
    ctx = AppContext(db)
    preview.preview_document(ctx, None, lambda: Gongwen(title="预览测试", body=[Paragraph("正文")]), "预览测试")
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert shown[0].page_count() == 1 and shown[0].fonts_button.isVisibleTo(shown[0])
    assert fonts.current().styles["楷体"].source == "设置"


def test_issuing_bodies_and_number_register(qtbot, db, qtmodeltester, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog, QInputDialog

    from ui.context import AppContext
    from ui.printing import font_settings as fsmod
    from zydesk.printing import registry

    registry.allocate(db, "紫组发", 2026, "第一份")
    registry.allocate(db, "紫组发", 2026, "第二份")
    widget = fsmod.IssuingBodiesWidget(AppContext(db))
    qtbot.addWidget(widget)
    settle(qtbot)
    qtmodeltester.check(widget.bodies)
    assert "紫组发" in [b.prefix for b in widget.bodies.rows]
    widget.prefix_box.setCurrentText("紫组发")
    widget.year_box.setValue(2026)
    settle(qtbot)
    qtmodeltester.check(widget.numbers)
    assert [n.text for n in widget.numbers.rows] == ["紫组发〔2026〕1号", "紫组发〔2026〕2号"]
    widget.number_view.selectRow(1)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("印错", True))
    widget.void_button.click()
    settle(qtbot)
    assert [n.status for n in widget.numbers.rows] == ["已用", "作废"]
    assert "作废 1 个" in widget.check_label.text() and "序号连续" in widget.check_label.text()

    def fill(dialog) -> int:  # type: ignore[no-untyped-def]
        dialog.name.setText("紫阳县财政局")
        dialog.mark.setText("紫阳县财政局文件")
        dialog.prefix.setText("紫财发")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(fsmod.BodyDialog, "exec", fill)
    assert not widget.add_button.isVisibleTo(widget)  # the 发文机关 are the 系统管理员's
    widget = fsmod.IssuingBodiesWidget(AppContext(as_role(db, Role.SYSTEM_ADMIN)))
    qtbot.addWidget(widget)
    settle(qtbot)
    assert not widget.number_view.isVisibleTo(widget)  # who keeps the settings reads no register
    widget.add_button.click()
    settle(qtbot)
    assert "紫财发" in [b.prefix for b in widget.bodies.rows]
    assert registry.body_by_prefix(db, "紫财发").mark == "紫阳县财政局文件"
    widget.resize(900, 500)
    widget.grab().save("/tmp/zydesk-bodies.png")


def test_print_settings_dialog_has_both_pages(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QTabWidget

    from ui.context import AppContext
    from ui.printing.font_settings import open_print_settings

    dialog = open_print_settings(AppContext(db))
    qtbot.addWidget(dialog)
    settle(qtbot)
    tabs = dialog.findChild(QTabWidget)
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["字体", "发文机关与文号"]


def test_documents_may_be_built_by_a_service_function_of_db_and_state(qtbot, db, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ui.context import AppContext
    from ui.printing import preview

    ctx = AppContext(db)
    seen: list[object] = []

    def build(database, state):  # type: ignore[no-untyped-def]
        seen.append(database)
        state.check()
        return Gongwen(title="服务构建", body=[Paragraph("正文")])

    shown: list = []
    monkeypatch.setattr(preview, "show_pdf", lambda parent, pdf, title="", **kw: shown.append((pdf, title)))
    preview.preview_document(ctx, None, build, "服务构建")
    settle(qtbot, 20_000)
    assert seen == [db] and shown and shown[0][0].pages == 1
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: messages.append(text))
    out = tmp_path / "两份.pdf"
    preview.batch_print(ctx, None, "两份", [build, lambda: sample_form({"name": "张三"})], to="pdf", path=out)
    settle(qtbot, 20_000)
    assert len(PdfReader(str(out)).pages) == 1 + 2 and "共 3 页" in messages[0]
