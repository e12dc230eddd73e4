"""关心关爱 registers through the services: add, change, delete (audited, by role), and the year's coverage
with its JSON (`zydesk coverage --year Y --json`), its year boundary and the last-quarter reminder."""
from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from sqlalchemy import select

from tests.accounts import as_role
from tests.factories import add_cadre, add_unit, new_id_number
from zydesk.cli.main import main
from zydesk.core.security.roles import Role
from zydesk.errors import NotPermitted, ValidationError
from zydesk.services.incentives import care
from zydesk.services.tolerance.reads import startup_reminders
from zydesk.storage.models import AuditEntry, Cadre
from zydesk.storage.models_care import Exchange, Exemplar, Talk
from zydesk.storage.uow import Database


@pytest.fixture
def county(db: Database) -> dict[str, str]:
    add_unit(db, "城关镇", kind="镇", group="镇", sort=1)
    add_unit(db, "县财政局", sort=2)
    ids = {name: new_id_number() for name in ("甲", "乙", "丙")}
    add_cadre(db, "甲", "城关镇", "镇长", "正科级", id_number=ids["甲"])
    add_cadre(db, "乙", "城关镇", "副镇长", "副科级", id_number=ids["乙"])
    add_cadre(db, "丙", "县财政局", "局长", "正科级", id_number=ids["丙"])
    return ids


def test_talk_record_added_changed_deleted_and_audited(db: Database, county: dict[str, str]) -> None:
    rid = care.save_record(db, "talks", {"公民身份号码": county["甲"], "谈话日期": "2026.12.31", "谈话人": "书记"})
    with db.read() as s:
        talk = s.get(Talk, rid)
        assert talk is not None and talk.date == dt.date(2026, 12, 31) and talk.note == ""
        [row] = care.list_records(s, "talks", 2026)
        assert row.name == "甲" and row.unit == "城关镇" and row.id_masked[6:14] == "********"
        assert row.texts == {"谈话日期": "2026-12-31", "谈话人": "书记", "备注": ""}
        assert care.list_records(s, "talks", 2027) == []
    care.save_record(db, "talks", {"谈话日期": "2027-01-01", "谈话人": "书记", "备注": "补谈"}, rid)
    with db.read() as s:
        assert care.list_records(s, "talks", 2027)[0].texts["备注"] == "补谈"
        actions = list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id.desc()).limit(2)))
    assert actions == ["修改谈心谈话", "登记谈心谈话"]
    care.delete_record(db, "talks", rid)
    with db.read() as s:
        assert care.list_records(s, "talks") == []


def test_form_errors_name_their_fields(db: Database, county: dict[str, str]) -> None:
    with pytest.raises(ValidationError) as info:
        care.save_record(db, "training", {"公民身份号码": county["甲"], "开始日期": "2026-13-01", "培训班次": "",
                                          "是否脱产": "也许"})
    got = {e.field for e in info.value.errors}
    assert got == {"开始日期", "培训班次", "是否脱产"}
    with pytest.raises(ValidationError) as info:
        care.save_record(db, "health-checks", {"公民身份号码": new_id_number(), "体检日期": "2026-05-01"})
    assert info.value.errors[0].field == "公民身份号码"
    care.save_record(db, "health-checks", {"公民身份号码": county["甲"], "体检日期": "2026-05-01"})
    with pytest.raises(ValidationError) as info:
        care.save_record(db, "health-checks", {"公民身份号码": county["甲"], "体检日期": "2026-05-01"})
    assert str(info.value.errors[0]) == "«体检日期»: 该干部已有相同的记录"


def test_exchange_and_exemplar_registers(db: Database, county: dict[str, str]) -> None:
    """第二十六条 交流/挂职 and 第二十七条 先进典型 are registered with their lists of values."""
    care.save_record(db, "exchanges", {"公民身份号码": county["乙"], "类别": "挂职锻炼", "开始日期": "2026-03-01",
                                       "交流或挂职单位": "市发改委", "岗位类别": "上级机关"})
    care.save_record(db, "exemplars", {"公民身份号码": county["丙"], "年度": "2026", "先进典型称号": "优秀共产党员",
                                       "推荐为": "人大代表", "推荐日期": "2026-09-01"})
    with db.read() as s:
        ex = s.scalars(select(Exchange)).one()
        em = s.scalars(select(Exemplar)).one()
    assert (ex.kind, ex.place_kind, ex.end_date) == ("挂职锻炼", "上级机关", None)
    assert (em.year, em.recommended_as) == (2026, "人大代表")
    with pytest.raises(ValidationError) as info:
        care.save_record(db, "exemplars", {"公民身份号码": county["丙"], "年度": "2026", "先进典型称号": "x",
                                           "推荐为": "村代表"})
    assert info.value.errors[0].field == "推荐为"


def test_roles_reader_cannot_write(db: Database, county: dict[str, str]) -> None:
    reader = as_role(db, Role.READER)
    with pytest.raises(NotPermitted):
        care.save_record(reader, "talks", {"公民身份号码": county["甲"], "谈话日期": "2026-01-05", "谈话人": "书记"})
    with reader.read() as s:
        assert care.coverage(s, 2026).people


def test_coverage_year_boundary_units_and_leave(db: Database, county: dict[str, str]) -> None:
    care.save_record(db, "talks", {"公民身份号码": county["甲"], "谈话日期": "2025-12-31", "谈话人": "书记"})
    care.save_record(db, "talks", {"公民身份号码": county["乙"], "谈话日期": "2026-01-01", "谈话人": "书记"})
    care.save_record(db, "health-checks", {"公民身份号码": county["丙"], "体检日期": "2025-06-01"})
    care.save_record(db, "training", {"公民身份号码": county["甲"], "开始日期": "2025-11-01", "培训班次": "中青班"})
    care.save_record(db, "leave", {"公民身份号码": county["乙"], "年度": "2025", "应休年休假天数": "10",
                                   "已休年休假天数": "4", "加班值班应调休天数": "3", "已调休补休天数": "1"})
    care.save_record(db, "leave", {"公民身份号码": county["丙"], "年度": "2025", "应休年休假天数": "10",
                                   "已休年休假天数": "10"})
    with db.read() as s:
        rep = care.coverage(s, 2025)
        data = care.coverage_json(s, 2025)
        cids = {n: s.scalar(select(Cadre.id).where(Cadre.name == n)) for n in ("甲", "乙", "丙")}
    talks, checks, trained = rep.coverages
    assert talks.covered == {cids["甲"]} and checks.covered == {cids["丙"]} and trained.covered == {cids["甲"]}
    assert [b.cadre_id for b in rep.leave] == [cids["乙"]]
    assert rep.leave[0].leave_not_taken == Decimal(6) and rep.leave[0].rest_owed == Decimal(2)
    [town, finance] = data["units"]
    assert town["unit"] == "城关镇" and town["谈心谈话"]["percent"] == "50.0" and town["体检"]["percent"] == "0.0"
    assert finance["体检"] == {"covered": 1, "percent": "100.0", "doc": "鼓励激励实施办法", "article": 29, "item": None}
    duty = data["duties"][0]
    assert (duty["what"], duty["covered"], duty["total"], duty["article"]) == ("谈心谈话", 1, 3, 29)
    missing = {m["name"]: m for m in duty["missing"]}
    assert set(missing) == {"乙", "丙"} and missing["乙"]["cadre_id"] == cids["乙"]
    assert missing["乙"]["id_number"][6:14] == "********" and missing["乙"]["doc"] == "鼓励激励实施办法"
    assert data["leave"][0]["article"] == 28 and data["leave"][0]["rest_owed"] == "2"
    with db.read() as s:
        assert care.coverage(s, 2026).coverages[0].covered == {cids["乙"]}  # 1 January: the next year


def test_reminder_in_the_last_quarter(db: Database, county: dict[str, str]) -> None:
    care.save_record(db, "talks", {"公民身份号码": county["甲"], "谈话日期": "2026-03-01", "谈话人": "书记"})
    with db.read() as s:
        assert not [t for t in startup_reminders(s, dt.date(2026, 9, 30)) if "谈心谈话" in t]
        lines = [t for t in startup_reminders(s, dt.date(2026, 10, 1)) if "未登记" in t]
    assert any("2 名干部未登记谈心谈话" in t for t in lines) and any("3 名干部未登记体检" in t for t in lines)


def test_coverage_cli_json_masks_and_cites(db: Database, db_url: str, county: dict[str, str],
                                           capsys: pytest.CaptureFixture[str]) -> None:
    care.save_record(db, "talks", {"公民身份号码": county["甲"], "谈话日期": "2026-12-31", "谈话人": "书记"})
    assert main(["--db", db_url, "coverage", "--year", "2026", "--json"]) == 0
    out = capsys.readouterr().out
    assert county["乙"] not in out
    data = json.loads(out)
    assert data["year"] == 2026 and data["people"] == 3
    assert [d["what"] for d in data["duties"]] == ["谈心谈话", "体检", "培训"]
    assert [d["article"] for d in data["duties"]] == [29, 29, 25]
    assert all({"cadre_id", "doc", "article"} <= set(m) for d in data["duties"] for m in d["missing"])
    assert main(["--db", db_url, "coverage", "--year", "2026"]) == 0
    text = capsys.readouterr().out
    assert "谈心谈话：1/3（33.3%）" in text and "城关镇（2 人）" in text
