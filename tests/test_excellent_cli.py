"""zydesk excellent / eligibility: the exact JSON shapes of the issue, readable text, errors."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from tests.factories import add_cadre, add_unit
from tests.test_excellent_helpers import appraise, commend, discipline
from zydesk.cli import main as cli_main
from zydesk.core.idnumber import mask
from zydesk.services.incentives import excellent as svc
from zydesk.storage.models import Cadre
from zydesk.storage.models_excellent import PromotionReview
from zydesk.storage.uow import Database


def _seed(db: Database) -> tuple[int, str]:
    add_unit(db, "城关镇", kind="镇", group="镇")
    cid = add_cadre(db, "王书记", "城关镇", "党委书记", "正科级", principal=True)
    appraise(db, cid, {2023: "称职", 2024: "称职", 2025: "优秀"})
    with db.read() as s:
        number = s.scalar(select(Cadre.id_number).where(Cadre.id == cid))
    assert number is not None
    return cid, number


def test_excellent_json_shape(db: Database, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    cid, number = _seed(db)
    nid = svc.nominate(db, 2025, cid, deeds="事迹")
    svc.check_nominee(db, nid)
    assert cli_main.main(["--db", db_url, "excellent", "--year", "2025", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    # the first version's keys first and unchanged; 第九条's total, 左右 range and basis after them
    assert list(doc) == ["year", "quotas", "nominees", "doc", "article", "item", "exists", "ranges", "total"]
    assert doc["year"] == 2025 and (doc["doc"], doc["article"], doc["item"]) == ("鼓励激励实施办法", 9, None)
    assert doc["quotas"] == {"镇党政正职": {"target": 5, "filled": 0}, "部门正职": {"target": 5, "filled": 0},
                             "科级干部": {"target": 10, "filled": 0}, "基层一线": {"target": 40, "filled": 0}}
    assert doc["ranges"]["基层一线"] == {"low": 39, "high": 41, "status": "未满", "nominated": 0}
    assert doc["ranges"]["镇党政正职"]["nominated"] == 1
    assert doc["total"] == {"target": 60, "filled": 0, "low": 57, "high": 63}
    (n,) = doc["nominees"]
    assert list(n) == ["id_number", "name", "category", "stage", "eligible", "checks", "unit", "votes", "score",
                       "city_recommended", "cadre_id"]
    assert (n["cadre_id"], n["id_number"], n["name"], n["category"], n["stage"], n["eligible"]) == (
        cid, mask(number), "王书记", "镇党政正职", "审核", True)
    assert n["checks"][0] == {"doc": "鼓励激励实施办法", "article": 9, "verdict": "符合",
                              "evidence": "公务员年度考核：2025年度考核“优秀”", "item": None}
    assert all(c.keys() == {"doc", "article", "item", "verdict", "evidence"} for c in n["checks"])


def test_excellent_text_for_a_year_without_round(db: Database, db_url: str,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main.main(["--db", db_url, "excellent", "--year", "2030"]) == 0
    out = capsys.readouterr().out
    assert "尚未建立评选" in out and "优秀镇党政正职：已当选 0 / 名额 5（4—6" in out


def test_eligibility_json_shape_and_kept(db: Database, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    cid, number = _seed(db)
    discipline(db, cid, dt.date(2025, 6, 1), dt.date(2026, 6, 1), "组织处理", "诫勉")
    assert cli_main.main(["--db", db_url, "eligibility", number, "--post", "县委办主任", "--date", "2026-03-01",
                          "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    # The keys of the first shape stay first; records/confirm, left_out, settings and cadre_id extend it.
    assert list(doc) == ["id_number", "name", "date", "checks", "left_out", "settings", "cadre_id"]
    assert (doc["cadre_id"], doc["id_number"], doc["name"], doc["date"]) == (cid, mask(number), "王书记", "2026-03-01")
    assert all(list(c) == ["doc", "article", "item", "verdict", "evidence", "records", "confirm"]
               for c in doc["checks"])
    assert doc["left_out"] == [] and doc["settings"] == {"promotion.commendation_years": 5}
    assert {"doc": "鼓励激励实施办法", "article": 19, "item": None, "verdict": "符合",
            "evidence": "近三年年度考核称职以上：2023年度考核“称职”；2024年度考核“称职”；2025年度考核“优秀”",
            "records": [], "confirm": ""} in doc["checks"]
    bad = [c for c in doc["checks"] if c["article"] == 24 and c["verdict"] == "不符合"]
    assert bad and "2026-06-01" in bad[0]["evidence"]
    with db.read() as s:
        kept = s.scalar(select(PromotionReview))
    assert kept is not None and kept.post_text == "县委办主任"


def test_eligibility_text_and_errors(db: Database, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    _, number = _seed(db)
    assert cli_main.main(["--db", db_url, "eligibility", number, "--date", "2026-03-01", "--no-save"]) == 0
    out = capsys.readouterr().out
    assert "第十九条  [符合]" in out and "结论：" in out and "未保存" in out
    assert cli_main.main(["--db", db_url, "eligibility", number, "--date", "2026-13-01"]) == 2
    assert "不是有效日期" in capsys.readouterr().err
    assert cli_main.main(["--db", db_url, "eligibility", "610924198001010000"]) == 2
    assert "未找到" in capsys.readouterr().err


def test_excellent_text_lists_nominees_with_citations(db: Database, db_url: str,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    cid, _ = _seed(db)
    svc.check_nominee(db, svc.nominate(db, 2025, cid))
    assert cli_main.main(["--db", db_url, "excellent", "--year", "2025"]) == 0
    out = capsys.readouterr().out
    assert "王书记（610924********" in out and "阶段：审核  资格：符合" in out
    assert "    第九条 [符合] 公务员年度考核：2025年度考核“优秀”" in out


def test_eligibility_json_names_records_and_what_the_window_leaves_out(
        db: Database, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    cid, number = _seed(db)
    county = commend(db, cid, "2018年度“敢担当、善作为”优秀干部", "县委县政府", dt.date(2019, 1, 20))
    national = commend(db, cid, "全国优秀共产党员", "中央/国务院", dt.date(2016, 7, 1))
    old = commend(db, cid, "全省生态环境保护先进个人", "省委省政府", dt.date(2017, 5, 4))
    assert cli_main.main(["--db", db_url, "eligibility", number, "--date", "2026-03-01", "--no-save",
                          "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    (a20,) = [c for c in doc["checks"] if c["article"] == 20]
    assert a20["verdict"] == "优先" and a20["records"] == [
        {"source": "表彰登记", "id": county, "text": "2019-01-20 县委县政府“2018年度“敢担当、善作为”优秀干部”"}]
    assert "请核实" in a20["confirm"]
    (a22,) = [c for c in doc["checks"] if c["article"] == 22]
    assert a22["verdict"] == "可破格" and a22["records"][0]["id"] == national
    (out,) = doc["left_out"]
    assert (out["article"], out["rule"], out["record"]["id"]) == (21, "省级以上表彰（生态环境）", old)
    assert "表彰计算年限" in out["reason"]
    assert cli_main.main(["--db", db_url, "eligibility", number, "--date", "2026-03-01", "--no-save"]) == 0
    text = capsys.readouterr().out
    assert "请核实：表彰登记中有此称号" in text and "[未计入] 省级以上表彰（生态环境）" in text
