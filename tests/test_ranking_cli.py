"""zydesk rank / awards: the stable JSON shape and a readable table."""
from __future__ import annotations

import json

import pytest

from tests.factories import add_unit
from zydesk.cli import main as cli_main
from zydesk.core.citation import cn_number
from zydesk.services.incentives.ranking import save_score
from zydesk.storage.uow import Database


def _seed(db: Database) -> None:
    for i in range(17):
        uid = add_unit(db, f"第{i + 1}镇", kind="镇", group="镇", sort=i)
        save_score(db, 2024, uid, 100 - i, commend_plus=i == 5)
    dept = add_unit(db, "财政局", group="县直部门一类")
    save_score(db, 2024, dept, "88.5", vetoed=True, veto_reason="安全生产")


def test_rank_json_shape(db: Database, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    _seed(db)
    assert cli_main.main(["--db", db_url, "rank", "--year", "2024", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["year"] == 2024 and isinstance(doc["settings"], dict)
    assert [g["group"] for g in doc["groups"]] == ["县直部门一类", "镇"]
    town = doc["groups"][1]
    assert (town["size"], town["quota"], town["quota_formula"]) == (17, 6, "17 × 35% = 5.95 → 6")
    first = town["units"][0]
    assert {k: first[k] for k in ("unit", "score", "rank", "vetoed", "direct", "priority", "award", "basis",
                                  "override")} == {
        "unit": "第1镇", "score": 100.0, "rank": 1, "vetoed": False, "direct": False, "priority": False,
        "award": "一等奖", "basis": "第五条第（一）项第1目", "override": None}
    direct = next(u for u in town["units"] if u["unit"] == "第6镇")
    assert direct["direct"] and direct["basis"] == "第五条第（一）项第2目"
    assert sum(u["award"] == "一等奖" for u in town["units"]) == 7  # 6 places + the direct unit
    dept = doc["groups"][0]["units"][0]
    assert dept["vetoed"] and dept["award"] is None and dept["rank"] is None and dept["score"] == 88.5


def test_rank_group_filter_and_text(db: Database, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    _seed(db)
    assert cli_main.main(["--db", db_url, "rank", "--year", "2024", "--group", "镇", "--json"]) == 0
    assert [g["group"] for g in json.loads(capsys.readouterr().out)["groups"]] == ["镇"]
    assert cli_main.main(["--db", db_url, "rank", "--year", "2024"]) == 0
    out = capsys.readouterr().out
    assert "17 × 35% = 5.95 → 6" in out and "第五条第（一）项第2目" in out and "否决" in out
    assert cli_main.main(["--db", db_url, "rank", "--year", "2024", "--group", "无此类"]) == 2
    assert "无此类" in capsys.readouterr().err


def test_awards_lists_every_kind(db: Database, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    _seed(db)
    assert cli_main.main(["--db", db_url, "awards", "--year", "2024", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert len(doc["awards"]) == 17 and all(a["basis"] for a in doc["awards"])
    # the basis also as doc/article/item (and 目 as sub), matching the text
    assert all(a["doc"] == "鼓励激励实施办法" and a["basis"].startswith(f"第{cn_number(a['article'])}条")
               for a in doc["awards"])
    assert doc["warnings"]  # no 先进村 recorded: outside 5–8
    assert cli_main.main(["--db", db_url, "awards", "--year", "2024"]) == 0
    assert "年度目标责任考核奖" in capsys.readouterr().out
