"""Scan over a real database, and a proposal driven through 第二十四条's steps."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from tests.factories import add_cadre, add_unit
from zydesk.core.security.roles import Permission
from zydesk.errors import UserError, ValidationError
from zydesk.services.adjustment.facts import (
    DeterminationData,
    PovertyData,
    add_determination,
    add_request,
    save_key_task_rank,
    save_poverty,
)
from zydesk.services.adjustment.proposals import list_proposals, proposal_view, record_step, start_proposal
from zydesk.services.adjustment.scan import scan
from zydesk.storage.models import Appraisal, Discipline, Post, Vote
from zydesk.storage.uow import Database

Y = 2025
S = dt.date(2021, 1, 1)


@pytest.fixture
def town(db: Database) -> dict[str, int]:
    add_unit(db, "城关镇", kind="镇", group="镇")
    add_unit(db, "县发改局", kind="县直部门", group="县直部门一类")
    ids = {
        "head": add_cadre(db, "张书记", "城关镇", "城关镇党委书记", "正科级", principal=True, start=S),
        "mayor": add_cadre(db, "李镇长", "城关镇", "城关镇镇长", "正科级", principal=True, start=S),
        "deputy": add_cadre(db, "王副镇长", "城关镇", "城关镇副镇长", "副科级", start=S),
        "director": add_cadre(db, "赵局长", "县发改局", "县发改局局长", "正科级", principal=True, start=S),
        "clerk": add_cadre(db, "孙科员", "县发改局", "科员", "一级科员", leadership=False, start=S),
    }
    with db.read() as s:
        ids["town"] = s.scalar(select(Post.unit_id).where(Post.cadre_id == ids["head"]))
        ids["dept"] = s.scalar(select(Post.unit_id).where(Post.cadre_id == ids["director"]))
    return ids


def _run(db: Database, **kw):
    with db.read() as s:
        return scan(s, Y, **kw)


def test_empty_year_has_no_findings(db: Database, town) -> None:
    r = _run(db)
    assert r.findings == [] and r.date == dt.date(Y, 12, 31)
    assert "尚未录入" in r.notes[0] and "扶贫绩效考核（第九条）" in r.notes[0]
    assert any("政策未规定具体年龄" in t for t in r.settings)


def test_scan_reads_votes_appraisals_determinations(db: Database, town) -> None:
    with db.uow("测试数据", Permission.ENTER) as uow:
        uow.session.add_all([
            Vote(year=Y, vote_type="班子年度测评", unit_id=town["town"], cadre_id=None,
                 counts={"好": 30, "较好": 11, "一般": 20, "差": 3}),
            Vote(year=Y, vote_type="个人年度测评", unit_id=None, cadre_id=town["clerk"],
                 counts={"称职": 10, "基本称职": 10, "不称职": 10}),  # not a leader: out of scope
            Appraisal(cadre_id=town["deputy"], year=Y, grade="基本称职"),
            Appraisal(cadre_id=town["deputy"], year=Y - 1, grade="基本称职"),
        ])
        uow.commit()
    for i, month in enumerate((3, 6, 9), 1):
        add_determination(db, DeterminationData(dt.date(Y, month, 1), town["town"], 10, 1,
                                                [(town["head"], "主要负责人")], "环境违法", f"安环通〔{Y}〕{i}号",
                                                kind="环保通报"))
    save_key_task_rank(db, Y - 1, "项目建设", town["dept"], 10, 10, town["director"])
    save_key_task_rank(db, Y, "项目建设", town["dept"], 10, 10, town["director"])
    save_poverty(db, [PovertyData(Y, town["town"], "镇扶贫绩效考核", grade="较差")])
    add_request(db, town["deputy"], dt.date(Y, 5, 1), "转任非领导职务")
    r = _run(db)
    got = {(f.cadre.name, f.citation.article, f.citation.item) for f in r.findings}
    assert got == {("张书记", 7, 2), ("李镇长", 7, 2), ("王副镇长", 7, 4), ("张书记", 10, 1), ("赵局长", 7, 5),
                   ("张书记", 9, 2), ("李镇长", 9, 2), ("王副镇长", 23, None)}
    data = json.loads(json.dumps(r.as_json(), ensure_ascii=False))
    # the notes printed as text travel in the JSON too (keys added beside the original three)
    assert set(data) == {"year", "date", "findings", "notes", "missing", "settings"}
    assert data["year"] == Y and data["date"] == f"{Y}-12-31" and data["notes"] == r.notes
    one = next(f for f in data["findings"] if f["article"] == 7 and f["item"] == 2)
    assert set(one) == {"cadre_id", "id_number", "name", "unit", "post", "doc", "article", "item", "verdict",
                        "evidence", "methods", "tolerance", "tolerance_note"}
    assert one["verdict"] == "需组织认定" and "41/64 = 64.1% < 2/3" in one["evidence"]
    assert next(f for f in data["findings"] if f["article"] == 23)["item"] is None


def test_determination_validation(db: Database, town) -> None:
    with pytest.raises(ValidationError) as e:
        add_determination(db, DeterminationData(dt.date(Y, 1, 1), town["town"], 7, 1, [], source=""))
    text = str(e.value)
    assert "不是可登记责任认定的条款" in text and "至少填写一名" in text and "认定文件" in text


def _case(db: Database, town, article=7, item=4, dual=False):
    with db.uow("测试数据", Permission.ENTER) as uow:
        uow.session.add_all([Appraisal(cadre_id=town["deputy"], year=Y, grade="不称职")])
        uow.commit()
    findings = [f for f in _run(db).findings if f.cadre.id == town["deputy"]]
    return start_proposal(db, Y, findings, dual_managed=dual)


REPORT = {"process": "年度考核", "basis": "第七条第（四）项", "result": "不称职", "suggestion": "改任非领导职务",
          "reporter": "城关镇党委"}
REVIEW = {"opinions": [{"who": "城关镇党委", "opinion": "同意"}], "explained_by": "组织部干部股",
          "explained_date": "2026-02-10", "statement": "本人无异议", "method": "改任非领导职务"}


def test_proposal_through_every_step_writes_post_and_handling(db: Database, town) -> None:
    pid = _case(db, town)
    assert record_step(db, pid, "报告", dt.date(2026, 2, 1), REPORT) == "审核"
    assert record_step(db, pid, "审核", dt.date(2026, 2, 10), REVIEW) == "报批"
    assert record_step(db, pid, "报批", dt.date(2026, 2, 20), {"opinion": "建议改任非领导职务"}) == "决定"
    assert record_step(db, pid, "决定", dt.date(2026, 3, 1),
                       {"method": "改任非领导职务", "doc_number": "紫组任〔2026〕3号", "new_title": "四级调研员",
                        "new_level": "四级调研员"}) == "谈话"
    assert record_step(db, pid, "谈话", dt.date(2026, 3, 2), {"talker": "组织部副部长", "record": "已谈话"}) == "完成"
    with db.read() as s:
        posts = s.execute(select(Post.title, Post.end_date, Post.is_leadership).where(
            Post.cadre_id == town["deputy"]).order_by(Post.id)).all()
        assert posts == [("城关镇副镇长", dt.date(2026, 3, 1), True), ("四级调研员", None, False)]
        d = s.scalars(select(Discipline).where(Discipline.cadre_id == town["deputy"])).one()
        assert (d.category, d.kind, d.decision_date, d.effect_end) == ("组织处理", "调整职务", dt.date(2026, 3, 1),
                                                                      dt.date(2027, 3, 1))
        assert "第七条第（四）项" in d.reason and "紫组任〔2026〕3号" in d.reason
        view = proposal_view(s, pid)
        assert [st[0] for st in view.steps] == ["报告", "审核", "报批", "决定", "谈话"] and view.status == "完成"
        assert view.records == [f"2026-03-01 组织处理·调整职务（{d.reason}）"]
        assert list_proposals(s)[0].citations == "第七条第（四）项"


def test_steps_cannot_be_skipped_and_statement_is_required(db: Database, town) -> None:
    pid = _case(db, town)
    with pytest.raises(UserError, match="须先完成“报告”"):
        record_step(db, pid, "审核", dt.date(2026, 2, 10), REVIEW)
    record_step(db, pid, "报告", dt.date(2026, 2, 1), REPORT)
    with pytest.raises(ValidationError, match="本人陈述意见"):
        record_step(db, pid, "审核", dt.date(2026, 2, 10), {**REVIEW, "statement": " "})
    with pytest.raises(ValidationError, match="说明调整理由"):
        record_step(db, pid, "审核", dt.date(2026, 2, 10), {**REVIEW, "explained_date": None})
    with pytest.raises(UserError, match="须先完成“审核”"):
        record_step(db, pid, "决定", dt.date(2026, 3, 1), {"method": "免职", "doc_number": "x"})
    with pytest.raises(ValidationError, match="不在本案条款允许的方式"):
        record_step(db, pid, "审核", dt.date(2026, 2, 10), {**REVIEW, "method": "退休"})
    with db.read() as s:
        assert proposal_view(s, pid).status == "审核"
        assert s.scalars(select(Post.end_date).where(Post.cadre_id == town["deputy"])).all() == [None]


def test_dual_managed_needs_superior_opinion(db: Database, town) -> None:
    pid = _case(db, town, dual=True)
    record_step(db, pid, "报告", dt.date(2026, 2, 1), REPORT)
    record_step(db, pid, "审核", dt.date(2026, 2, 10), REVIEW)
    with pytest.raises(ValidationError, match="上级主管部门"):
        record_step(db, pid, "报批", dt.date(2026, 2, 20), {"opinion": "建议"})
    assert record_step(db, pid, "报批", dt.date(2026, 2, 20),
                       {"opinion": "建议", "superior_opinion": "市局同意"}) == "决定"


def test_warn_first_finding_cannot_start_a_proposal(db: Database, town) -> None:
    add_determination(db, DeterminationData(dt.date(Y, 6, 1), town["town"], 17, 6, [(town["deputy"], "相关责任人")],
                                            "庸懒散拖", "紫组认〔2025〕1号"))
    f = [x for x in _run(db).findings if x.citation.article == 17]
    assert f[0].verdict == "应先提醒、函询或诫勉"
    with pytest.raises(UserError, match="应先提醒"):
        start_proposal(db, Y, f)


def test_age_case_postponed_with_consent(db: Database, town) -> None:
    from zydesk.services.settings import set_setting
    set_setting(db, "adjustment.age_limits", [{"level": "副科级", "gender": "男", "age": 45}])
    f = [x for x in _run(db).findings if x.citation.article == 19]
    assert [x.cadre.id for x in f] == [town["deputy"]]
    pid = start_proposal(db, Y, f)
    with pytest.raises(ValidationError, match="上一级党组织"):
        record_step(db, pid, "延迟", dt.date(2026, 1, 5), {"committee_opinion": "工作需要", "consent_doc": "x",
                                                          "until": "2026-12-31"})
    assert record_step(db, pid, "延迟", dt.date(2026, 1, 5),
                       {"committee_opinion": "工作需要", "consent_body": "中共安康市委组织部",
                        "consent_doc": "安组函〔2026〕1号", "until": "2026-12-31"}) == "延迟"
    with db.read() as s:
        assert s.scalars(select(Discipline)).all() == []
    # a scan as of a day before the 延迟 was recorded (2026-01-05) still lists the cadre
    assert [x.cadre.id for x in _run(db).findings if x.citation.article == 19] == [town["deputy"]]
    r = _run(db, date=dt.date(2026, 1, 5))  # the postponement holds until 2026-12-31: not listed, said in a note
    assert not [x for x in r.findings if x.citation.article == 19]
    assert any("同意延迟免职（退休）至2026年12月31日" in n for n in r.notes)


def test_tolerance_conclusions_from_the_tolerance_area(db: Database, town, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import zydesk.services.tolerance.protect as tolerance

    asked: list[str] = []

    def conclusion(session, case):  # type: ignore[no-untyped-def]
        asked.append(case)
        return {"紫容〔2025〕1号": "免责", "紫容〔2025〕2号": "减责"}.get(case)

    monkeypatch.setattr(tolerance, "case_conclusion", conclusion)
    for n, who in ((1, "head"), (2, "mayor"), (3, "deputy")):
        add_determination(db, DeterminationData(dt.date(Y, 4, n), town["town"], 11, 1, [(town[who], "主要负责人")],
                                                "事故", f"紫安委〔{Y}〕{n}号", tolerance_case=f"紫容〔2025〕{n}号"))
    r = _run(db)
    got = {f.cadre.id: f for f in r.findings if f.citation.article == 11}
    assert set(got) == {town["mayor"], town["deputy"]}  # 免责: left out
    assert got[town["mayor"]].tolerance == "减责" and got[town["deputy"]].tolerance is None
    assert any("免责" in n and "紫容〔2025〕1号" in n for n in r.notes)
    assert sorted(asked) == ["紫容〔2025〕1号", "紫容〔2025〕2号", "紫容〔2025〕3号"]
    assert next(f for f in r.as_json()["findings"] if f["article"] == 11 and f["tolerance"] == "减责")


def test_transfer_opens_a_leadership_post_in_another_unit(db: Database, town) -> None:  # type: ignore[no-untyped-def]
    pid = _case(db, town)
    record_step(db, pid, "报告", dt.date(2026, 2, 1), REPORT)
    record_step(db, pid, "审核", dt.date(2026, 2, 10), {**REVIEW, "method": "调离岗位"})
    record_step(db, pid, "报批", dt.date(2026, 2, 20), {"opinion": "建议调离"})
    with pytest.raises(ValidationError, match="没有名为"):
        record_step(db, pid, "决定", dt.date(2026, 3, 1), {"method": "调离岗位", "doc_number": "紫字〔2026〕4号",
                                                          "new_unit": "不存在局", "new_title": "副局长",
                                                          "new_level": "副科级"})
    record_step(db, pid, "决定", dt.date(2026, 3, 1), {"method": "调离岗位", "doc_number": "紫字〔2026〕4号",
                                                      "new_unit": "县发改局", "new_title": "副局长", "new_level": "副科级"})
    with db.read() as s:
        new = s.scalars(select(Post).where(Post.cadre_id == town["deputy"], Post.end_date.is_(None))).one()
        assert (new.unit_id, new.title, new.is_leadership) == (town["dept"], "副局长", True)
        assert s.scalars(select(Discipline.kind).where(Discipline.cadre_id == town["deputy"])).all() == ["调整职务"]


def test_withdraw_before_decision_only(db: Database, town) -> None:  # type: ignore[no-untyped-def]
    pid = _case(db, town)
    record_step(db, pid, "报告", dt.date(2026, 2, 1), REPORT)
    with pytest.raises(ValidationError, match="撤销理由"):
        record_step(db, pid, "撤销", dt.date(2026, 2, 3), {"reason": ""})
    assert record_step(db, pid, "撤销", dt.date(2026, 2, 3), {"reason": "考核等次经复核更正"}) == "撤销"
    with pytest.raises(UserError, match="本案已撤销"):
        record_step(db, pid, "审核", dt.date(2026, 2, 10), REVIEW)
    with db.read() as s:
        assert list_proposals(s)[0].status == "撤销" and scan(s, Y).cases[town["deputy"]] == f"方案{pid}：撤销"


def test_step_dates_run_forward(db: Database, town) -> None:  # type: ignore[no-untyped-def]
    pid = _case(db, town)
    record_step(db, pid, "报告", dt.date(2026, 2, 1), REPORT)
    with pytest.raises(ValidationError, match="不能早于上一步骤的日期 2026-02-01"):
        record_step(db, pid, "审核", dt.date(2026, 1, 31), REVIEW)
    with pytest.raises(ValidationError, match="不是有效日期"):
        record_step(db, pid, "审核", dt.date(2026, 2, 10), {**REVIEW, "explained_date": "2026-02-30"})
    assert record_step(db, pid, "审核", dt.date(2026, 2, 1), REVIEW) == "报批"  # the same day is fine
