"""zydesk print … --take-number, zydesk number take/show, zydesk seal list/unlock/lock."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.test_ranking_print import _seed
from zydesk.cli.main import main
from zydesk.printing import registry
from zydesk.storage.uow import Database


def _pdf(path: Path) -> str:
    return "".join("".join(p.extract_text().split()) for p in PdfReader(str(path)).pages)


def test_print_takes_a_number_once(db: Database, db_url: str, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    _seed(db)
    out = tmp_path / "通报.pdf"
    assert main(["--db", db_url, "print", "award-notice", "--year", "2024", "--take-number", "紫发",
                 "--written-date", "2025-03-01", "-o", str(out)]) == 0
    assert "已编发文号 紫发〔2025〕1号" in capsys.readouterr().err
    assert "紫发〔2025〕1号" in _pdf(out) and "2025年3月1日" in _pdf(out)
    assert main(["--db", db_url, "print", "award-notice", "--year", "2024", "--take-number", "-o", str(out)]) == 0
    assert "沿用" in capsys.readouterr().err
    assert [n.seq for n in registry.numbers(db, "紫发")] == [1]
    assert main(["print", "--list"]) == 0
    assert "--take-number" in capsys.readouterr().out


def test_number_take_and_show(db: Database, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    _seed(db)
    assert main(["--db", db_url, "number", "show", "award-notice", "2024", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) is None
    assert main(["--db", db_url, "number", "take", "award-notice", "2024", "--written-date", "2026-01-05",
                 "--json"]) == 0
    got = json.loads(capsys.readouterr().out)
    assert got["number"] == "紫发〔2026〕1号" and got["written_date"] == "2026-01-05" and got["new"] is True
    assert main(["--db", db_url, "number", "take", "award-notice", "2024", "--issuer", "张三"]) == 2
    assert "不写签发人" in capsys.readouterr().err


def test_seal_list_unlock_lock(db: Database, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    _seed(db)
    assert main(["--db", db_url, "number", "take", "award-notice", "2024"]) == 0
    capsys.readouterr()
    assert main(["--db", db_url, "seal", "list", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["area"] == "ranking" and row["year"] == 2024 and row["sealed"] is True
    assert main(["--db", db_url, "seal", "unlock", "ranking", "2024"]) == 2
    assert "理由" in capsys.readouterr().err
    assert main(["--db", db_url, "seal", "unlock", "ranking", "2024", "--reason", "更正得分", "--json"]) == 0
    got = json.loads(capsys.readouterr().out)
    assert got["sealed"] is False and got["released_reason"] == "更正得分"
    assert main(["--db", db_url, "seal", "lock", "考核排名", "2024"]) == 0
    assert "已封存" in capsys.readouterr().out
    assert main(["--db", db_url, "seal", "list", "nothing"]) == 2
