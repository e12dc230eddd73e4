"""zydesk template / import / export: exit status 0 or 2, messages on stderr, nothing written on error."""
from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from tests.cli_db import open_as_clerk
from tests.test_excel_helpers import CADRE_HEAD, cadre_row, xlsx
from zydesk.cli.main import main
from zydesk.storage.models import Cadre, Unit
from zydesk.storage.uow import Database

UNITS = [["城关镇", "城关", "镇", "镇", 1], ["县财政局", None, "县直部门", "县直部门一类", 2]]
UNIT_HEAD = ["单位名称", "单位简称", "单位类型", "考核类别", "排序号"]


def rows_in(db_path: str, model: type) -> int:
    db = open_as_clerk(db_path)
    try:
        with db.read() as s:
            return s.scalar(select(func.count()).select_from(model)) or 0
    finally:
        db.dispose()


@pytest.fixture
def dbfile(db: Database, db_url: str) -> str:
    """The test database (a copy of the session's template, with the test accounts) as a clerk names it: a
    plain file path, or the server's URL. The CLI signs in as 业务员."""
    return db_url.removeprefix("sqlite:///")


def test_template_import_export(dbfile: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "tpl.xlsx"
    assert main(["--db", str(dbfile), "template", "units", str(out)]) == 0
    assert [c.value for c in openpyxl.load_workbook(out).worksheets[0][1]] == UNIT_HEAD
    units = xlsx(tmp_path / "u.xlsx", UNIT_HEAD, UNITS)
    capsys.readouterr()
    assert main(["--db", str(dbfile), "import", "units", str(units)]) == 0
    assert "导入完成：单位 2 行；新增 2，更新 0，无变化 0。" in capsys.readouterr().err
    assert main(["--db", str(dbfile), "import", "units", str(units)]) == 0
    assert "新增 0，更新 0，无变化 2" in capsys.readouterr().err
    cadres = xlsx(tmp_path / "c.xlsx", CADRE_HEAD, [cadre_row(), cadre_row(None, 姓名="李四")])
    assert main(["import", "cadres", str(cadres), "--db", str(dbfile)]) == 0
    assert rows_in(dbfile, Cadre) == 2
    exported = tmp_path / "e.xlsx"
    assert main(["--db", str(dbfile), "export", "cadres", str(exported)]) == 0
    assert "已导出“干部信息”（全部）2 行" in capsys.readouterr().err
    assert openpyxl.load_workbook(exported).worksheets[0].max_row == 3


def test_import_errors_exit_2_one_per_line(dbfile: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = xlsx(tmp_path / "bad.xlsx", UNIT_HEAD, [["城关镇", None, "乡", "镇", 1], ["县财政局", None, "县直部门", None, "x"]])
    capsys.readouterr()
    assert main(["--db", str(dbfile), "import", "units", str(bad)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0] == "导入“单位”未执行：文件中有 3 处问题，未写入任何数据。"
    assert err[1].startswith("第2行 «单位类型»: “乡”不在代码表中")
    assert err[2:] == ["第3行 «考核类别»: 必填", "第3行 «排序号»: “x”不是整数"]
    assert rows_in(dbfile, Unit) == 0


def test_dry_run_writes_nothing(dbfile: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    units = xlsx(tmp_path / "u.xlsx", UNIT_HEAD, UNITS)
    capsys.readouterr()
    assert main(["--db", str(dbfile), "import", "units", str(units), "--dry-run"]) == 0
    assert "检查通过（试导入，未写入任何数据）：单位 2 行；将新增 2" in capsys.readouterr().err
    assert rows_in(dbfile, Unit) == 0


def test_refused_file_exit_2(dbfile: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fake = tmp_path / "x.xlsx"
    fake.write_text("not a workbook", encoding="utf-8")
    assert main(["--db", str(dbfile), "import", "units", str(fake)]) == 2
    assert "不是 Excel 工作簿" in capsys.readouterr().err
    assert main(["--db", str(dbfile), "export", "units", str(tmp_path / "out.csv")]) == 2
    assert main(["--db", str(dbfile), "template", "units", str(tmp_path / "no" / "such" / "t.xlsx")]) == 2


def test_unknown_kind_and_help(dbfile: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(dbfile), "import", "pets", "x.xlsx"]) == 2
    assert "未知的数据种类“pets”。可选：units（单位）、cadres（干部信息）" in capsys.readouterr().err
    with pytest.raises(SystemExit) as info:
        main(["import", "--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert "--dry-run" in out and "cadres" in out and "干部信息" in out and "公民身份号码*" in out


def test_export_year(dbfile: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(dbfile), "import", "units", str(xlsx(tmp_path / "u.xlsx", UNIT_HEAD, UNITS))]) == 0
    scores = xlsx(tmp_path / "s.xlsx", ["年度", "单位名称", "考核得分"], [[2016, "城关镇", 90], [2017, "城关镇", 91]])
    assert main(["--db", str(dbfile), "import", "unit-scores", str(scores)]) == 0
    capsys.readouterr()
    assert main(["--db", str(dbfile), "export", "unit-scores", str(tmp_path / "o.xlsx"), "--year", "2017"]) == 0
    assert "（2017 年度）1 行" in capsys.readouterr().err
    assert main(["--db", str(dbfile), "export", "units", str(tmp_path / "u.xlsx"), "--year", "2017"]) == 2
    assert "“单位”不分年度" in capsys.readouterr().err
