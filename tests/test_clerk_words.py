"""What a clerk reads: citations of what the text says (local readings marked), plain font warnings,
plain messages for a wrong Excel format, no developer words on a failed page."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from zydesk.cli.main import main
from zydesk.core.citation import Doc
from zydesk.core.incentives import ranking
from zydesk.core.incentives.excellent import a10_suggest_merit
from zydesk.excel import reader
from zydesk.printing import fonts
from zydesk.printing.fonts import FANGSONG, XBS, FontFile, FontSet, StyleFont
from zydesk.services import print_settings as ps
from zydesk.services.handle import Database


def test_local_citation_is_marked_on_screen_and_in_json() -> None:
    c = Doc.INCENTIVES.local(10)
    assert str(c) == "第十条（本地解读）"
    assert c.full() == "《鼓励激励实施办法》第十条（本地解读）"
    assert c.as_json() == {"doc": "鼓励激励实施办法", "article": 10, "item": None, "local": "本地解读"}
    assert "local" not in Doc.INCENTIVES.cite(10).as_json()  # the text's own articles keep their shape
    with pytest.raises(ValueError):
        Doc.INCENTIVES.local(10, reading="随便")


def test_second_and_third_prizes_do_not_cite_the_bonus_article() -> None:
    # 第十二条 pays a bonus by grade; the grades 二/三等奖 are a local setting under 第五条
    assert ranking.C_GRADES.article == 5 and ranking.C_GRADES.local == "本地设置"
    assert str(ranking.C_GRADES) == "第五条（本地设置）"


def test_merit_suggestion_cites_article_ten_as_a_local_reading() -> None:
    sug = a10_suggest_merit(1, 2025, {2023: "优秀", 2024: "优秀", 2025: "优秀"})
    assert sug is not None
    assert sug.citation.article == 10 and sug.citation.local == "本地解读"
    assert "公务员考核有关规定" in sug.evidence


def test_merit_json_carries_the_local_mark(db: Database) -> None:
    from zydesk.services.incentives.registers import merit_json
    from zydesk.services.reading import read

    data = read(db, merit_json, 2025)
    assert data["article"] == 10 and data["local"] == "本地解读"


def test_font_label_has_no_internal_numbers() -> None:
    assert FontFile("C:/Windows/Fonts/simsun.ttc", 0).label() == "simsun.ttc"
    assert "第0号" not in FontFile("/x/uming.ttc", 0).label()
    assert FontFile("/x/uming.ttc", 1).label() == "uming.ttc（集合中的第2个字体）"


def test_genuine_faces_and_stand_ins() -> None:
    assert fonts.is_genuine(FANGSONG, FontFile("C:/Windows/Fonts/simfang.ttf"))
    assert fonts.is_genuine(XBS, FontFile("C:/Windows/Fonts/方正小标宋简体.ttf"))
    assert not fonts.is_genuine(XBS, FontFile("C:/Windows/Fonts/simsun.ttc"))
    assert not fonts.is_genuine(FANGSONG, fonts.bundled_font())


def test_a_stand_in_is_never_called_installed() -> None:
    sub = StyleFont(FANGSONG, FontFile("/usr/share/fonts/uming.ttc"), "系统", "x", genuine=False)
    text = ps.source_text(sub)
    assert "本机未安装仿宋" in text and "替代" in text and "本机已安装" not in text
    real = StyleFont(FANGSONG, FontFile("C:/Windows/Fonts/simfang.ttf"), "系统", "x", genuine=True)
    assert ps.source_text(real) == "本机已安装"


@pytest.fixture
def no_system_fonts(monkeypatch: pytest.MonkeyPatch) -> Iterator[FontSet]:
    monkeypatch.setattr(fonts, "system_font", lambda style: None)
    monkeypatch.setattr(fonts, "extra_fonts", lambda: [])
    fs = fonts.configure({})
    yield fs
    monkeypatch.undo()
    fonts.configure({})


def test_missing_faces_are_said_plainly(no_system_fonts: FontSet) -> None:
    warning = no_system_fonts.substitute_warning()
    for style in ("仿宋", "黑体", "楷体", "小标宋"):
        assert style in warning
    assert "本机未安装" in warning and "程序自带的文鼎PL中楷" in warning
    rows = [ps.FontRow(s, "", "", "", "", no_system_fonts.styles[s].face()) for s in fonts.STYLES]
    assert ps.warning_of(rows) == warning  # the settings page says the same as the CLI


def test_print_warns_when_faces_are_missing(no_system_fonts: FontSet, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["print", "notice", "--sample", "-o", str(tmp_path / "通知.pdf")]) == 0
    err = capsys.readouterr().err
    assert "本机未安装仿宋" in err and "改用" in err


def test_xlsx_renamed_xls_is_told_to_rename(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active["A1"] = "姓名"  # type: ignore[index]
    path = tmp_path / "名单.xls"
    wb.save(path)
    with pytest.raises(reader.FileRefused) as err:
        reader.read_rows(reader.check_file(path))
    text = str(err.value)
    assert "扩展名" in text and ".xlsx" in text
    assert "Cfb" not in text and "OLE" not in text and "signature" not in text


def test_failed_page_shows_no_module_names(qtbot: object) -> None:
    from ui.main_window import TabFailed

    label = TabFailed("ui.master.no_such_area", "No module named 'ui.master.no_such_area'")
    assert "未能打开" in label.text()
    assert "ui.master" not in label.text() and "No module" not in label.text()


def test_internal_error_text_has_no_exception_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import ui.ops as ops

    monkeypatch.setattr(ops, "write_crash_log", lambda tb: tmp_path / "crash.log")
    text = ops.error_text(KeyError("cadre_id"), "Traceback ...")
    assert "内部错误" in text and "日志" in text
    assert "KeyError" not in text and "cadre_id" not in text


def test_award_lines_say_which_basis_is_local() -> None:
    from zydesk.services.incentives.awards import AwardLine

    line = AwardLine("年度目标责任考核奖", 1, "城关镇", "镇", "二等奖", "", str(ranking.C_GRADES), "", "计算",
                     citation=ranking.C_GRADES)
    data = line.as_json()
    assert data["article"] == 5 and data["local"] == "本地设置" and data["basis"] == "第五条（本地设置）"
    plain = AwardLine("年度目标责任考核奖", 1, "城关镇", "镇", "一等奖", "", "", "", "计算",
                      citation=ranking.C_QUOTA).as_json()
    assert plain["local"] == "" and plain["article"] == 5 and plain["item"] == 1
