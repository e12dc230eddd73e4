"""zydesk lrmx import / export: exit status 0 or 2, JSON with masked ID numbers, nothing written on refusal."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.factories import add_cadre, add_unit
from tests.lrmx_files import ID_NUMBER, editor_file
from zydesk.cli.main import main
from zydesk.lrmx import reader
from zydesk.storage.models import Cadre
from zydesk.storage.uow import Database


def _count(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Cadre)) or 0


def test_import_dry_run_then_import_then_export(db: Database, db_url: str, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    add_unit(db, "紫阳县洄水镇", kind="镇", group="镇")
    file = tmp_path / "王建国.lrmx"
    file.write_bytes(editor_file())
    assert main(["--db", db_url, "lrmx", "import", str(file), "--dry-run", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["dry_run"] and out["created"] == 1 and out["items"][0]["match"] == "新建干部"
    assert ID_NUMBER not in json.dumps(out, ensure_ascii=False)
    assert out["items"][0]["id_number"] == ID_NUMBER[:6] + "*" * 8 + ID_NUMBER[14:]
    assert _count(db) == 0
    assert main(["--db", db_url, "lrmx", "import", str(file), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["created"] == 1
    assert _count(db) == 1
    target = tmp_path / "out"
    assert main(["--db", db_url, "lrmx", "export", ID_NUMBER, "-o", str(target), "--fill-date", "2026-01-08"]) == 0
    form = reader.read_bytes((target / "王建国.lrmx").read_bytes())
    assert form.tian_biao_shi_jian == "20260108" and form.ji_suan_nian_ling_shi_jian == "20251201"


def test_name_match_needs_the_option(db: Database, db_url: str, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    add_unit(db, "紫阳县洄水镇", kind="镇", group="镇")
    add_cadre(db, "王建国", "紫阳县洄水镇", "党委书记", "正科级", birth=dt.date(1985, 3, 15))
    file = tmp_path / "a.lrmx"
    file.write_bytes(editor_file(id_number=""))
    assert main(["--db", db_url, "lrmx", "import", str(file)]) == 2
    assert "--accept-name-match" in capsys.readouterr().err
    assert main(["--db", db_url, "lrmx", "import", str(file), "--accept-name-match", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["items"][0]["match"] == "按姓名和出生年月对应"


def test_bad_file_exit_2(db: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "bad.lrmx"
    file.write_text("<Cadre/>", encoding="utf-8")
    assert main(["--db", db_url, "lrmx", "import", str(file)]) == 2
    assert "<Cadre>" in capsys.readouterr().err
    assert main(["--db", db_url, "lrmx", "export", "610924198503150132", "-o", str(tmp_path / "x.lrmx")]) == 2
    assert "没有身份证号为" in capsys.readouterr().err
