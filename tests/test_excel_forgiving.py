"""Imports that forgive what clerks commonly write, and say so: short forms for code values (listed for the
clerk to confirm), Excel day numbers, two-row headers, a sheet of another kind named, the 错误清单."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from tests.cli_db import init_cli
from tests.test_excel_helpers import CADRE_HEAD, cadre_row, errors_of, two_units, xlsx
from zydesk.cli.main import main
from zydesk.errors import ValidationError
from zydesk.excel import import_file
from zydesk.excel.error_list import ERROR_HEADER
from zydesk.services import excel_files
from zydesk.services.settings import set_setting
from zydesk.storage.models import Cadre, Post
from zydesk.storage.uow import Database


def test_short_forms_are_mapped_and_listed(db: Database, tmp_path: Path) -> None:
    two_units(db)
    path = xlsx(tmp_path / "c.xlsx", CADRE_HEAD, [
        cadre_row(None, 民族="汉", 政治面貌="党员", 学历="本科", 职务层次="副科", 工作单位="城关", 参加工作时间=44256),
        cadre_row(None, 姓名="李四", 民族="汉"),
    ])
    report = import_file(db, "cadres", path)
    assert report.created == 2
    assert report.mapped == [
        "«民族» “汉” → “汉族”（2 行）", "«政治面貌» “党员” → “中共党员”（1 行）",
        "«参加工作时间» “44256” → “2021-03-01”（1 行）", "«学历» “本科” → “大学”（1 行）",
        "«工作单位» “城关” → “城关镇”（1 行）", "«职务层次» “副科” → “副科级”（1 行）"]
    assert "以下 6 处简写已按正式名称导入，请核对：" in report.summary()
    with db.read() as s:
        c = s.scalar(select(Cadre).where(Cadre.name == "张伟"))
        assert c is not None
        assert (c.ethnicity, c.political_status, c.education, c.work_start) == (
            "汉族", "中共党员", "大学", dt.date(2021, 3, 1))
        assert s.scalar(select(Post.level).where(Post.cadre_id == c.id)) == "副科级"


def test_unknown_short_form_still_refused_and_clerk_can_add_one(db: Database, tmp_path: Path) -> None:
    two_units(db)
    path = xlsx(tmp_path / "c.xlsx", CADRE_HEAD, [cadre_row(None, 健康状况="好")])
    assert errors_of(db, "cadres", path)[0].startswith("第2行 «健康状况»: “好”不在代码表中")
    set_setting(db, "import_synonyms", {"health": {"好": "健康"}})
    report = import_file(db, "cadres", path, dry_run=True)
    assert report.mapped == ["«健康状况» “好” → “健康”（1 行）"]
    assert "将导入，请核对" in report.summary()


def test_digits_of_a_date_are_not_day_numbers(db: Database, tmp_path: Path) -> None:
    two_units(db)
    path = xlsx(tmp_path / "c.xlsx", CADRE_HEAD, [cadre_row(None, 参加工作时间=20020801, 入党时间="200507")])
    report = import_file(db, "cadres", path)
    assert report.mapped == []
    with db.read() as s:
        assert s.scalar(select(Cadre.work_start)) == dt.date(2002, 8, 1)


def test_sheet_of_another_kind_is_named(db: Database, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "k.xlsx", ["公民身份号码", "姓名", "年度", "考核等次", "备注"],
                [["610924198005170019", "张伟", 2016, "优秀", None]])
    errors = errors_of(db, "cadres", path)
    assert errors[0] == ("«文件»: 这张表的列与“年度考核”相符，不像“干部信息”：请改用“导入年度考核”"
                         "（命令行：zydesk import appraisals 文件）")
    # a sheet of the right kind with one stray column is not sent elsewhere
    two_units(db)
    stray = xlsx(tmp_path / "s.xlsx", [*CADRE_HEAD, "备用"], [[*cadre_row(), "x"]])
    assert not any("相符" in e for e in errors_of(db, "cadres", stray))


def _two_row_header(path: Path, rows: list[list[object]]) -> Path:
    """姓名 … 健康状况 merged down rows 1–2; 任职信息 over 工作单位…任现职时间; the rest merged down."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    band = range(CADRE_HEAD.index("工作单位"), CADRE_HEAD.index("任现职时间") + 1)
    for j, name in enumerate(CADRE_HEAD, start=1):
        if j - 1 in band:
            ws.cell(2, j, name)
        else:
            ws.cell(1, j, name)
            ws.merge_cells(start_row=1, start_column=j, end_row=2, end_column=j)
    ws.cell(1, band.start + 1, "任职信息")
    ws.merge_cells(start_row=1, start_column=band.start + 1, end_row=1, end_column=band.stop)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_two_row_merged_header(db: Database, tmp_path: Path) -> None:
    two_units(db)
    path = _two_row_header(tmp_path / "m.xlsx", [cadre_row(), cadre_row(None, 姓名="李四")])
    assert import_file(db, "cadres", path).created == 2
    bad = _two_row_header(tmp_path / "b.xlsx", [cadre_row(None, 姓名="王五", 职务层次="大科级")])
    assert errors_of(db, "cadres", bad) == [
        "第3行 «职务层次»: “大科级”不在代码表中（可选：正处级、副处级、正科级、副科级、科员、办事员、一级调研员、二级调研员、三级调研员、"
        "四级调研员、一级主任科员、二级主任科员…）"]


def test_error_list_marks_the_bad_cells(db: Database, tmp_path: Path) -> None:
    two_units(db)
    path = xlsx(tmp_path / "c.xlsx", [*CADRE_HEAD, ""], [
        cadre_row(), cadre_row(None, 姓名="李四", 职务层次="大科级"), [*cadre_row(None, 姓名="王五"), "孤"]])
    with pytest.raises(ValidationError) as info:
        import_file(db, "cadres", path)
    out = excel_files.write_error_list("cadres", path, info.value.errors, tmp_path / "错误清单.xlsx")
    ws = openpyxl.load_workbook(out).worksheets[0]
    last = len(CADRE_HEAD) + 2
    assert ws.cell(1, last).value.startswith(ERROR_HEADER)
    assert "第18列" in ws.cell(1, last).value
    assert ws.cell(2, last).value is None
    assert ws.cell(3, last).value.startswith("«职务层次»: “大科级”不在代码表中")
    level = CADRE_HEAD.index("职务层次") + 1
    assert ws.cell(3, level).fill.fgColor.rgb.endswith("FFC7CE")
    assert ws.cell(2, level).fill.fgColor.rgb in ("00000000", None)
    assert ws.cell(4, 1).value == "王五" and ws.cell(4, len(CADRE_HEAD) + 1).value == "孤"
    assert ws.cell(1, len(CADRE_HEAD) + 1).fill.fgColor.rgb.endswith("FFC7CE")  # the unnamed column's header


def test_cli_errors_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dbfile = tmp_path / "cli.sqlite"
    init_cli(dbfile)
    path = xlsx(tmp_path / "c.xlsx", CADRE_HEAD, [cadre_row(None, 工作单位="县不存在局")])
    out = tmp_path / "errs.xlsx"
    capsys.readouterr()
    assert main(["--db", str(dbfile), "import", "cadres", str(path), "--errors-out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "第2行 «工作单位»: “县不存在局”不在单位名录中" in err and f"已导出错误清单：{out}" in err
    assert openpyxl.load_workbook(out).worksheets[0].cell(2, len(CADRE_HEAD) + 1).value.startswith("«工作单位»")


def test_cli_lists_what_was_mapped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dbfile = tmp_path / "cli.sqlite"
    init_cli(dbfile)
    units = xlsx(tmp_path / "u.xlsx", ["单位名称", "单位类型", "考核类别"], [["城关镇", "镇", "镇"]])
    assert main(["--db", str(dbfile), "import", "units", str(units)]) == 0
    path = xlsx(tmp_path / "c.xlsx", CADRE_HEAD, [cadre_row(None, 民族="汉")])
    capsys.readouterr()
    assert main(["--db", str(dbfile), "import", "cadres", str(path)]) == 0
    assert "«民族» “汉” → “汉族”（1 行）" in capsys.readouterr().err


def test_clerk_adds_a_short_form_through_the_service(db: Database, tmp_path: Path) -> None:
    two_units(db)
    with pytest.raises(ValidationError) as info:
        excel_files.add_short_form(db, "unit", "财政", "县不存在局")
    assert [str(e) for e in info.value.errors] == ["«正式名称»: “县不存在局”不在单位名录中"]
    with pytest.raises(ValidationError):
        excel_files.add_short_form(db, "education", "大学", "大学")
    excel_files.add_short_form(db, "unit", "财政", "县财政局")
    excel_files.add_short_form(db, "education", "全日制本科", "大学")
    with db.read() as s:
        forms = excel_files.short_forms(s)
    assert forms["unit"] == {"财政": "县财政局"} and forms["education"]["全日制本科"] == "大学"
    assert forms["education"]["本科"] == "大学"  # the shipped ones stay
    path = xlsx(tmp_path / "c.xlsx", CADRE_HEAD, [cadre_row(None, 工作单位="财政", 学历="全日制本科")])
    assert import_file(db, "cadres", path, dry_run=True).mapped == [
        "«学历» “全日制本科” → “大学”（1 行）", "«工作单位» “财政” → “县财政局”（1 行）"]
