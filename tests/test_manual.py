"""The user manual: its chapters build into a PDF with the print engine (every chapter, every screenshot, no
missing glyphs), the screenshot script takes what the chapters show, and 帮助 → 用户手册 opens it."""
from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from bench.manual_shots import SHOTS
from zydesk.printing.manual import Figure, Items, Note, Para, Quote, Section, Table, parse_chapter, render_manual
from zydesk.services import manual
from zydesk.services.documents import Rendered

ROOT = Path(__file__).resolve().parent.parent
MANUAL = ROOT / "docs" / "manual"
# what the brief of the manual asks each chapter to cover
CHAPTERS = ("安装与第一次使用", "干部信息与单位", "单位考核排名与奖励", "优秀干部评选", "关心关爱", "容错纠错", "能上能下",
            "打印", "备份与恢复", "账号与口令", "多人使用（服务器模式）", "常见问题")


@cache
def built() -> Rendered:
    return manual.build()


def _text(pdf: bytes) -> str:
    """pdftotext where it is installed (what a reader copies), else pdfplumber."""
    if shutil.which("pdftotext"):
        done = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True)
        return done.stdout.decode("utf-8")
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return "\n".join(page.extract_text() or "" for page in doc.pages)


def test_every_chapter_is_in_the_manual_in_order() -> None:
    titles = [c.title for c in manual.load().chapters]
    assert titles == list(CHAPTERS)


def test_the_pdf_has_every_chapter_in_the_contents_and_as_a_heading() -> None:
    rendered = built()
    assert rendered.pages >= 20
    text = re.sub(r"\s", "", _text(rendered.pdf))
    assert "目录" in text
    from zydesk.printing.manual import chinese_number

    for n, title in enumerate(CHAPTERS, 1):
        assert text.count(f"第{chinese_number(n)}章{title}") >= 2, title  # 目录 and the chapter's first page


def test_no_missing_glyphs_and_no_missing_screenshots() -> None:
    rendered = built()
    assert rendered.missing == set()
    assert rendered.notes == []
    assert rendered.warning() == ""


def test_every_screenshot_is_an_image_in_the_pdf() -> None:
    names = manual.referenced_images()
    assert len(names) >= 20
    with pdfplumber.open(io.BytesIO(built().pdf)) as doc:
        images = sum(len(page.images) for page in doc.pages)
        # every image fits the type area (25 mm margins) of its page
        for page in doc.pages:
            for im in page.images:
                assert im["x0"] >= 25 * 72 / 25.4 - 1 and im["x1"] <= page.width - 25 * 72 / 25.4 + 1
    assert images == len(names)


def test_the_screenshot_script_takes_every_image_the_chapters_show() -> None:
    shown = set(manual.referenced_images())
    assert shown == {f"{n}.png" for n in SHOTS}
    assert shown == {p.name for p in (MANUAL / "images").glob("*.png")}


def test_quoted_articles_are_the_policy_text() -> None:
    quotes = [b for c in manual.load().chapters for b in c.blocks if isinstance(b, Quote)]
    assert len(quotes) >= 15
    assert all(q.text for q in quotes)
    tolerance = next(q for q in quotes if q.heading.endswith("第八条") and "容错" in q.heading)
    assert "7个工作日内" in tolerance.text


def test_the_manual_speaks_to_clerks() -> None:
    """No source paths, no developer words; the font install steps and the minimum Windows are there."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in manual.sources())
    for word in ("zydesk/", "ui/", ".py", "pytest", "SQLite", "Qt", "JSON", "tasks.py", "bench"):
        assert word not in text, word
    assert "64位 Windows 10" in text
    assert "C:\\Windows\\Fonts" in text and "为所有用户安装" in text and "方正小标宋简体" in text and "仿宋_GB2312" in text
    assert "恢复密钥" in text and "三员分立" in text and "错误清单" in text and "复制到…" in text


def test_a_missing_screenshot_is_a_box_and_a_note(tmp_path: Path) -> None:
    (tmp_path / "01-a.md").write_text("# 第一章\n\n正文。\n\n![登录](images/login.png)\n", encoding="utf-8")
    rendered = manual.build(tmp_path)
    assert rendered.notes == ["截图缺失：login.png"]
    assert "截图缺失：login.png" in re.sub(r"\s", "", _text(rendered.pdf))


def test_parse_chapter_reads_each_kind_of_block() -> None:
    source = """# 标题

一段文字
接着一行。**黑体**

## 一节
1. 第一步
2. 第二步
  接着写
- 一项

> 提示文字

| 角色 | 做什么 |
|---|---|
| 录入员 | 录入 |

![图题](images/x.png)
[[条款 容错纠错实施细则 8]]
### 小标题
"""
    chapter = parse_chapter(source, lambda doc, art: Quote(f"{doc}{art}", "原文"), lambda name: None)
    assert chapter.title == "标题"
    assert chapter.blocks == (
        Para("一段文字接着一行。**黑体**"), Section("一节"), Items(("第一步", "第二步接着写"), numbered=True), Items(("一项",)),
        Note("提示文字"), Table(("角色", "做什么"), (("录入员", "录入"),)), Figure("x.png", "图题", None),
        Quote("容错纠错实施细则8", "原文"), Section("小标题", 3))


def test_a_long_quote_flows_over_pages() -> None:
    from zydesk.printing.manual import Chapter, Manual

    long = Quote("《容错纠错实施细则》第六条", "\n".join(["（一）" + "很长的条文。" * 40] * 12))
    book = Manual("标题", "用户手册", "机关", "版本", (Chapter("一章", (long,)),))
    rendered = render_manual(book)
    assert rendered.pages >= 4 and rendered.missing == set()  # title page, 目录, the quote over two pages


def test_the_shipped_pdf_is_used_only_when_it_is_newer_than_the_sources(tmp_path: Path) -> None:
    shutil.copytree(MANUAL, tmp_path / "manual", ignore=shutil.ignore_patterns("build"))
    folder = tmp_path / "manual"
    assert manual.shipped_pdf(folder) is None
    out = folder / "build" / manual.PDF_NAME
    manual.write(out, folder)
    assert manual.shipped_pdf(folder) == out
    chapter = manual.sources(folder)[0]
    os.utime(chapter, (out.stat().st_mtime + 10, out.stat().st_mtime + 10))
    assert manual.shipped_pdf(folder) is None


@pytest.mark.gui
def test_help_menu_opens_the_manual_in_the_preview(qtbot: Any, window: Any) -> None:
    from PySide6.QtWidgets import QApplication

    from tests.gui_wait import settle
    from ui.printing.preview import PreviewDialog

    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text().startswith("帮助"))
    action = next(a for a in help_menu.actions() if a.text().startswith("用户手册"))
    assert action is window.manual_action
    action.trigger()

    def previews() -> list[PreviewDialog]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, PreviewDialog) and w.isVisible()]

    qtbot.waitUntil(lambda: bool(previews()), timeout=60_000)
    settle(qtbot)
    dialog = previews()[0]
    assert dialog.windowTitle().startswith("用户手册")
    assert dialog.page_count() >= 20
    assert not dialog.warning_label.isVisible()
    dialog.close()


@pytest.mark.gui
def test_a_manual_built_without_its_screenshots_says_so_in_the_preview(qtbot: Any, window: Any, tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.gui_wait import settle
    from ui.help.manual import open_manual
    from ui.printing.preview import PreviewDialog

    (tmp_path / "01-a.md").write_text("# 安装\n\n正文。\n\n![登录](images/login.png)\n", encoding="utf-8")
    monkeypatch.setattr(manual, "manual_pdf", lambda: manual.build(tmp_path))
    shown: list[PreviewDialog] = []
    open_manual(window.ctx, window, shown)
    qtbot.waitUntil(lambda: bool(shown), timeout=60_000)
    settle(qtbot)
    assert shown[0].warning_label.isVisibleTo(shown[0]) and "截图缺失：login.png" in shown[0].warning_label.text()
    shown[0].close()


@pytest.mark.slow
def test_the_screenshot_script_runs(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), ZYDESK_HOME=str(tmp_path / "home"))
    done = subprocess.run([sys.executable, "-m", "bench.manual_shots", str(tmp_path / "shots")], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    taken = {p.stem for p in (tmp_path / "shots").glob("*.png")}
    assert taken == set(SHOTS)
    from PIL import Image

    with Image.open(tmp_path / "shots" / "cadres.png") as im:
        assert im.size == (1366, 768)
    rendered = manual.build(images=tmp_path / "shots")
    assert rendered.notes == [] and rendered.missing == set()
