from __future__ import annotations

import datetime as dt
import json

import pytest

from tests.factories import add_cadre, add_unit
from zydesk.cli.main import main
from zydesk.core.security.roles import Permission
from zydesk.storage.models import Appraisal
from zydesk.storage.uow import Database


def test_scan_json_shape(db: Database, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    add_unit(db, "城关镇", kind="镇", group="镇")
    cid = add_cadre(db, "王副镇长", "城关镇", "副镇长", "副科级", start=dt.date(2021, 1, 1))
    with db.uow("测试", Permission.ENTER) as uow:
        uow.session.add(Appraisal(cadre_id=cid, year=2025, grade="不称职"))
        uow.commit()
    assert main(["--db", db_url, "scan", "--year", "2025", "--date", "2025-06-30", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["year"] == 2025 and data["date"] == "2025-06-30"
    [f] = data["findings"]
    assert f["id_number"][6:14] == "********"
    assert f == {"cadre_id": cid, "id_number": f["id_number"], "name": "王副镇长", "unit": "城关镇", "post": "副镇长",
                 "doc": "能上能下实施办法", "article": 7,
                 "item": 4, "verdict": "应调整", "evidence": "2025年度考核等次：不称职",
                 "methods": ["调离岗位", "改任非领导职务", "引咎辞职", "责令辞职", "免职", "降职"], "tolerance": None,
                 "tolerance_note": ""}
    assert main(["--db", db_url, "scan", "--year", "2025", "--date", "2025-06-30"]) == 0
    text = capsys.readouterr().out
    assert "【第七条 年度目标责任考核】" in text and "第七条第（四）项" in text
    # the notes printed as 注： lines are in the JSON too
    printed = [line.removeprefix("注：") for line in text.splitlines() if line.startswith("注：")]
    assert printed and data["notes"] == printed and isinstance(data["missing"], list)


def test_scan_json_age_reminder_verdict(db: Database, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    """第十九条: before the day the limit is reached the verdict is 到龄提示, from that day 应调整."""
    from zydesk.services.settings import set_setting

    add_unit(db, "城关镇", kind="镇", group="镇")
    add_cadre(db, "王副镇长", "城关镇", "副镇长", "副科级", start=dt.date(2021, 1, 1), birth=dt.date(1980, 7, 15))
    set_setting(db, "adjustment.age_limits", [{"level": "副科级", "gender": "男", "age": 45}])
    verdicts = {}
    for day in ("2025-07-14", "2025-07-15"):
        assert main(["--db", db_url, "scan", "--year", "2025", "--date", day, "--json"]) == 0
        verdicts[day] = [f["verdict"] for f in json.loads(capsys.readouterr().out)["findings"] if f["article"] == 19]
    assert verdicts == {"2025-07-14": ["到龄提示"], "2025-07-15": ["应调整"]}


def test_scan_bad_date_is_user_error(db: Database, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db_url, "scan", "--year", "2025", "--date", "2025-13-01"]) == 2
    assert "不是有效日期" in capsys.readouterr().err


def test_scan_empty_says_so(db: Database, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db_url, "scan", "--year", "2025"]) == 0
    assert "未发现应调整的情形" in capsys.readouterr().out
