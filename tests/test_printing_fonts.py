"""Font resolution, per-character fallback and the missing-glyph warning."""
from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from zydesk.printing import fonts
from zydesk.printing.fonts import FANGSONG, STYLES, FontError, FontFile, FontSet
from zydesk.printing.gongwen import Gongwen, Paragraph, render_gongwen


def test_bundled_font_is_truetype_with_licence_and_em_dash() -> None:
    bundled = fonts.bundled_font()
    folder = Path(bundled.path).parent
    assert (folder / fonts.BUNDLED_LICENCE).is_file()
    assert "ARPHIC PUBLIC LICENSE" in (folder / fonts.BUNDLED_LICENCE).read_text(encoding="latin-1")
    assert Path(bundled.path).stat().st_size < 20 * 1024 * 1024
    fonts.check_font_file(bundled.path)  # not CFF
    name = fonts.load(bundled)
    for ch in "—〔〕中文䶮㛃１":
        assert fonts.has_glyph(name, ch), ch


def test_every_style_resolves_to_a_font_with_chinese() -> None:
    fs = FontSet()
    for style in STYLES:
        sf = fs.styles[style]
        assert sf.source in ("设置", "系统", "内置")
        assert fonts.has_glyph(sf.name, "公")
    assert [row[0] for row in fs.describe()] == list(STYLES)


def test_without_system_fonts_the_bundled_font_serves_every_style(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts, "system_font", lambda style: None)
    monkeypatch.setattr(fonts, "extra_fonts", lambda: [])
    fs = FontSet()
    assert {fs.styles[s].source for s in STYLES} == {"内置"}
    assert {fs.styles[s].file for s in STYLES} == {fonts.bundled_font()}


def test_clerk_choice_overrides_and_cff_is_refused(tmp_path: Path) -> None:
    fs = FontSet({FANGSONG: fonts.bundled_font()})
    assert fs.styles[FANGSONG].source == "设置"
    cff = tmp_path / "NotoSerifCJK.otf"
    cff.write_bytes(b"OTTO" + b"\0" * 100)
    with pytest.raises(FontError, match="CFF"):
        FontSet({FANGSONG: FontFile(str(cff))})
    assert fonts.overrides_from_setting({"仿宋": {"path": "x.ttf", "index": 2}, "不存在": {}}) == \
        {"仿宋": FontFile("x.ttf", 2)}


def test_per_character_fallback_to_a_font_that_has_the_glyph() -> None:
    """The bundled UKai lacks U+3400 㐀; WenQuanYi Zen Hei (when installed) has it."""
    zenhei = fonts._find_fc(["WenQuanYi Zen Hei"])
    if zenhei is None:
        pytest.skip("WenQuanYi Zen Hei not installed")
    fs = FontSet({FANGSONG: fonts.bundled_font(), "黑体": zenhei})
    primary, other = fs.name(FANGSONG), fs.name("黑体")
    assert not fonts.has_glyph(primary, "㐀")
    runs = fs.runs("王㐀明", FANGSONG)
    assert runs == [(primary, "王"), (other, "㐀"), (primary, "明")]
    assert not fs.missing
    pdf = render_gongwen(Gongwen(title="测试", body=[Paragraph("干部王㐀明同志")]), fonts=fs).pdf
    assert "王㐀明" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()


def _char_no_font_has() -> str:
    fs = fonts.current()
    for ch in ("\U0002A6D7", "\U00030000", "\U00031350"):
        if fs.font_for(ch, FANGSONG) is None:
            return ch
    pytest.skip("every candidate character has a glyph on this machine")


def test_missing_glyph_is_reported_before_printing() -> None:
    ch = _char_no_font_has()
    rendered = render_gongwen(Gongwen(title="缺字测试", body=[Paragraph(f"干部张{ch}同志")]))
    assert rendered.missing == {ch}
    warning = rendered.warning()
    assert f"U+{ord(ch):04X}" in warning and "没有字形" in warning
    assert fonts.current().missing_in([f"张{ch}", "李四"]) == {ch}
    clean = render_gongwen(Gongwen(title="无缺字", body=[Paragraph("干部李四同志")]))
    assert clean.missing == set() and clean.warning() == ""


def test_windows_font_folders_are_searched_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """simfang.ttf, simsun.ttc and a per-user 方正小标宋 are found; a style with no file falls back."""
    windir, local = tmp_path / "Windows", tmp_path / "Local"
    (windir / "Fonts").mkdir(parents=True)
    (local / "Microsoft" / "Windows" / "Fonts").mkdir(parents=True)
    source = fonts.bundled_font().path  # any TrueType CJK file stands in for the Windows ones
    for target in (windir / "Fonts" / "simfang.ttf", windir / "Fonts" / "simsun.ttc",
                   local / "Microsoft" / "Windows" / "Fonts" / "FZXBSJW.TTF"):
        try:
            target.symlink_to(source)
        except OSError:  # no symlinks (Windows without the privilege): copy
            shutil.copyfile(source, target)
    monkeypatch.setattr(fonts.sys, "platform", "win32")
    monkeypatch.setenv("WINDIR", str(windir))
    monkeypatch.setenv("LOCALAPPDATA", str(local))
    monkeypatch.setattr(fonts, "_fc_list", lambda: ())
    fs = FontSet()
    assert Path(fs.styles["仿宋"].file.path).name == "simfang.ttf" and fs.styles["仿宋"].source == "系统"
    assert Path(fs.styles["宋体"].file.path).name == "simsun.ttc"
    assert Path(fs.styles["小标宋"].file.path).name == "FZXBSJW.TTF"
    assert fs.bold("小标宋", 22) == 0  # a real 小标宋 is not thickened
    assert fs.styles["黑体"].source == "内置" and fs.styles["楷体"].source == "内置"
