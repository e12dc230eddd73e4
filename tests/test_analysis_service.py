"""分析研判 over a real database: the county and one unit, near-limit lists from the scan's rules, 调整后跟踪."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tests.accounts import as_role
from tests.factories import add_cadre, add_unit
from zydesk.charts.model import ChartKind
from zydesk.core.security.roles import Role
from zydesk.errors import NotPermitted, UserError
from zydesk.services.adjustment.analysis import TARGETS_KEY, analyse
from zydesk.services.adjustment.proposals import record_step, start_proposal
from zydesk.services.adjustment.scan import scan
from zydesk.services.settings import set_setting
from zydesk.storage.models import Appraisal
from zydesk.storage.uow import Database
from zydesk.core.security.roles import Permission

Y = 2025


@pytest.fixture
def town(db: Database) -> dict[str, int]:
    add_unit(db, "城关镇", kind="镇", group="镇")
    return {
        "head": add_cadre(db, "张书记", "城关镇", "城关镇党委书记", "正科级", principal=True, birth=dt.date(1966, 3, 1),
                          start=dt.date(2011, 1, 1)),
        "mayor": add_cadre(db, "李镇长", "城关镇", "城关镇镇长", "正科级", principal=True, start=dt.date(2021, 1, 1)),
        "deputy": add_cadre(db, "王副镇长", "城关镇", "城关镇副镇长", "副科级", start=dt.date(2021, 1, 1)),
    }


def test_unit_structure_gaps_and_near_limit_agree_with_the_scan(db: Database, town: dict[str, int]) -> None:
    a = analyse(db, Y, unit="城关镇")
    assert a.subject == "城关镇领导班子" and a.structure.size == 3
    assert [g.lacks for g in a.gaps] == [("女干部 0/1", "40岁以下 0/1", "党外干部 0/1")]
    assert a.members[0].name in ("张书记", "李镇长")
    with db.read() as s:
        scanned = {(f.cadre.id, f.citation.article) for f in scan(s, Y).findings if f.citation.article in (19, 20)}
    assert {(f.cadre.id, f.citation.article) for f in a.near_limit} == scanned
    assert (town["head"], 19) in scanned and (town["head"], 20) in scanned
    js = a.as_json()
    pyramid = next(c for c in js["charts"] if c["kind"] == ChartKind.PYRAMID)
    assert pyramid["series"][0]["values"] == [row["男"] for row in js["structure"]["pyramid"]]
    assert sum(pyramid["series"][0]["values"]) == 3
    assert "*" in js["members"][0]["id_number"] and js["members"][0]["cadre_id"]
    assert any("班子结构目标" in t for t in js["settings"])


def test_targets_are_a_setting_shown_with_the_result(db: Database, town: dict[str, int]) -> None:
    set_setting(db, TARGETS_KEY, {"women_min": 0, "young_min": 0, "non_party_min": 0})
    a = analyse(db, Y, unit="城关镇")
    assert a.gaps == [] and "女干部0名" in a.settings[0]


def test_county_counts_each_cadre_once_and_charts_the_gaps(db: Database, town: dict[str, int]) -> None:
    add_unit(db, "县发改局", kind="县直部门", group="县直部门一类")
    add_cadre(db, "赵局长", "县发改局", "县发改局局长", "正科级", principal=True, male=False, birth=dt.date(1990, 1, 1))
    a = analyse(db, Y)
    assert a.unit is None and a.structure.size == 4 and a.members == []
    assert {t.unit for t in a.teams} == {"城关镇", "县发改局"}
    gaps = next(c for c in a.charts if c.title.startswith("领导班子结构缺项"))
    assert gaps.series[0].values == (1, 1, 1)  # 县发改局 has one leader: below the team size the targets apply to


def test_follow_up_of_an_adjusted_cadre(db: Database, town: dict[str, int]) -> None:
    with db.uow("测试数据", Permission.ENTER) as uow:
        uow.session.add(Appraisal(cadre_id=town["deputy"], year=2024, grade="不称职"))
        uow.commit()
    with db.read() as s:
        findings = [f for f in scan(s, 2024).findings if f.cadre.id == town["deputy"]]
    pid = start_proposal(db, 2024, findings)
    record_step(db, pid, "报告", dt.date(2025, 2, 1), {"process": "年度考核", "basis": "第七条第（四）项",
                "result": "不称职", "suggestion": "改任非领导职务", "reporter": "城关镇党委"})
    record_step(db, pid, "审核", dt.date(2025, 2, 10), {"opinions": [{"who": "城关镇党委", "opinion": "同意"}],
                "explained_by": "组织部干部股", "explained_date": "2025-02-10", "statement": "无异议",
                "method": "改任非领导职务"})
    record_step(db, pid, "报批", dt.date(2025, 2, 20), {"opinion": "同意"})
    record_step(db, pid, "决定", dt.date(2025, 3, 1), {"method": "改任非领导职务", "doc_number": "紫组任〔2025〕3号",
                "new_title": "四级调研员", "new_level": "四级调研员"})
    a = analyse(db, Y, unit="城关镇")
    [f] = a.follow_up
    assert (f.adjusted.name, f.adjusted.method, f.adjusted.decided) == ("王副镇长", "改任非领导职务", dt.date(2025, 3, 1))
    assert f.adjusted.now.endswith("四级调研员") and f.grades == ()
    assert f.attention == "调整后未谈心谈话"  # no 谈心谈话 recorded in the 290 days since the decision
    with db.uow("测试数据", Permission.ENTER) as uow:
        uow.session.add(Appraisal(cadre_id=town["deputy"], year=2026, grade="基本称职"))
        uow.commit()
    [f] = analyse(db, 2026, unit="城关镇").follow_up
    assert f.grades == ((2026, "基本称职"),) and "基本称职" in f.attention
    assert analyse(db, Y).follow_up[0].adjusted.cadre_id == town["deputy"]


def test_unknown_unit_and_roles(db: Database, town: dict[str, int]) -> None:
    with pytest.raises(UserError, match="没有名为"):
        analyse(db, Y, unit="无此镇")
    assert analyse(as_role(db, Role.READER), Y).structure.size == 3
    with pytest.raises(NotPermitted):
        analyse(as_role(db, Role.AUDIT_ADMIN), Y)


def test_demo_database_unit_with_ranking_line(demo_db: Database) -> None:
    county = analyse(demo_db, Y)
    assert county.structure.size > 50 and county.teams
    with demo_db.read() as s:
        from zydesk.storage.models import Unit, UnitScore
        unit = s.scalar(select(Unit.name).join(UnitScore, UnitScore.unit_id == Unit.id).limit(1))
    a = analyse(demo_db, Y, unit=unit)
    line = [c for c in a.charts if c.kind == ChartKind.LINE]
    assert line and line[0].inverted and len(a.trajectory) >= 2
    assert [p.rank for p in a.trajectory] == list(line[0].series[0].values)


def test_structure_targets_saved_by_a_reviewer_and_checked(db: Database, town: dict[str, int]) -> None:
    from zydesk.errors import ValidationError
    from zydesk.services.adjustment.analysis import follow_up_talk_days, save_structure_targets, structure_targets

    values = {"women_min": 2, "young_age": 35, "young_min": 1, "non_party_min": 0, "min_team": 2}
    with pytest.raises(NotPermitted):
        save_structure_targets(as_role(db, Role.CLERK), values)
    with pytest.raises(ValidationError) as bad:
        save_structure_targets(db, {**values, "young_age": 90, "x": 1})
    assert {e.field for e in bad.value.errors} == {"年轻干部年龄（以下）", "班子结构目标"}
    with pytest.raises(ValidationError) as bad:
        save_structure_targets(db, values, talk_days=0)
    assert {e.field for e in bad.value.errors} == {"调整后谈心谈话期限（天）"}
    save_structure_targets(as_role(db, Role.REVIEWER), values, talk_days=60)
    assert structure_targets(db).women_min == 2 and structure_targets(db, Y).young_age == 35
    assert follow_up_talk_days(db) == 60
    [gap] = analyse(db, Y, unit="城关镇").gaps
    assert gap.lacks == ("女干部 0/2", "35岁以下 0/1")


def test_a_unit_without_leaders_still_reports(db: Database) -> None:
    from zydesk.printing import fonts as fontmod
    from zydesk.printing.gongwen import render_gongwen
    from zydesk.services.adjustment.analysis_report import report

    add_unit(db, "空单位", kind="县直部门", group="县直部门一类")
    a = analyse(db, Y, unit="空单位")
    assert a.structure.size == 0 and a.structure.average_age is None and a.gaps == [] and a.trajectory == []
    assert any("没有在任的领导干部" in n for n in a.notes)
    assert render_gongwen(report(a), fontmod.fresh()).pages >= 1


def test_follow_up_carries_the_care_records(db: Database, db_url: str, town: dict[str, int],
                                            capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from zydesk.cli.main import main
    from zydesk.services.adjustment.analysis import TALK_DAYS_KEY
    from zydesk.storage.models_care import Talk, Training

    with db.uow("测试数据", Permission.ENTER) as uow:
        uow.session.add(Appraisal(cadre_id=town["deputy"], year=2024, grade="不称职"))
        uow.commit()
    with db.read() as s:
        findings = [f for f in scan(s, 2024).findings if f.cadre.id == town["deputy"]]
    pid = start_proposal(db, 2024, findings)
    for step, day, data in (
            ("报告", dt.date(2025, 2, 1), {"process": "年度考核", "basis": "第七条第（四）项", "result": "不称职",
                                          "suggestion": "改任非领导职务", "reporter": "城关镇党委"}),
            ("审核", dt.date(2025, 2, 10), {"opinions": [{"who": "城关镇党委", "opinion": "同意"}],
                                           "explained_by": "组织部干部股", "explained_date": "2025-02-10",
                                           "statement": "无异议", "method": "改任非领导职务"}),
            ("报批", dt.date(2025, 2, 20), {"opinion": "同意"}),
            ("决定", dt.date(2025, 3, 1), {"method": "改任非领导职务", "doc_number": "紫组任〔2025〕3号",
                                          "new_title": "四级调研员", "new_level": "四级调研员"})):
        record_step(db, pid, step, day, data)
    with db.uow("测试数据", Permission.ENTER) as uow:
        uow.session.add(Talk(cadre_id=town["deputy"], date=dt.date(2025, 2, 28), talker="组织部"))  # before
        uow.session.add(Training(cadre_id=town["deputy"], start_date=dt.date(2025, 6, 2), course="党校进修班"))
        uow.commit()
    [f] = analyse(db, Y, unit="城关镇").follow_up
    assert f.no_talk and f.attention == "调整后未谈心谈话"
    assert f.tally("培训").count == 1 and f.tally("谈心谈话").count == 0
    with db.uow("测试数据", Permission.ENTER) as uow:
        uow.session.add(Talk(cadre_id=town["deputy"], date=dt.date(2025, 3, 1), talker="组织部"))  # the decision day
        uow.commit()
    a = analyse(db, Y, unit="城关镇")
    assert not a.follow_up[0].no_talk and a.follow_up[0].attention == ""
    assert any("决定日起超过90天" in t for t in a.settings)
    [js] = a.as_json()["follow_up"]
    assert js["no_talk"] is False and js["attention"] == ""
    assert js["care"] == {"talks": {"count": 1, "latest": "2025-03-01"},
                          "training": {"count": 1, "latest": "2025-06-02"},
                          "exchanges": {"count": 0, "latest": None}}
    assert {"grades", "decided", "status", "now"} <= set(js)  # the earlier fields stay
    set_setting(db, TALK_DAYS_KEY, 400)
    with db.uow("测试数据", Permission.ENTER) as uow:
        uow.session.query(Talk).delete()
        uow.commit()
    capsys.readouterr()
    assert main(["--db", db_url, "analysis", "--year", str(Y), "--unit", "城关镇", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    [out] = data["follow_up"]
    assert out["no_talk"] is False and out["care"]["talks"]["count"] == 0 and out["care"]["training"]["count"] == 1
    assert any("超过400天" in t for t in data["settings"])
    assert main(["--db", db_url, "analysis", "--year", str(Y), "--unit", "城关镇"]) == 0
    assert "关心帮助：培训1次（最近2025-06-02）" in capsys.readouterr().out
