"""资格审查 through the service: facts from the database, the kept review."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tests.accounts import CLERK
from tests.factories import add_cadre, add_unit
from tests.test_excellent_helpers import appraise, award, commend, discipline
from zydesk.core.idnumber import mask
from zydesk.core.incentives.excellent import Tolerance
from zydesk.core.security.roles import Permission
from zydesk.services.incentives import excellent as exc
from zydesk.services.incentives import promotion as svc
from zydesk.storage.models import Vote
from zydesk.storage.models_excellent import PromotionReview
from zydesk.storage.uow import Database

ON = dt.date(2026, 3, 1)


@pytest.fixture
def town(db: Database) -> dict[str, int]:
    ids = {"镇": add_unit(db, "洞河镇", kind="镇", group="镇")}
    ids["书记"] = add_cadre(db, "周书记", "洞河镇", "党委书记", "正科级", principal=True, start=dt.date(2020, 4, 1))
    appraise(db, ids["书记"], {2023: "优秀", 2024: "优秀", 2025: "优秀"})
    return ids


def by_article(result: svc.ReviewResult, article: int) -> list:
    return [x for x in result.lines if x.citation.article == article]


def test_review_gathers_facts_and_is_kept(db: Database, town: dict[str, int]) -> None:
    for y in (2023, 2024, 2025):
        award(db, town["镇"], y, "一等奖")
    commend(db, town["书记"], "全国优秀共产党员", "中央/国务院", dt.date(2024, 7, 1))
    with db.uow("票", Permission.ENTER) as uow:
        uow.session.add(Vote(year=2025, vote_type="个人年度测评", cadre_id=town["书记"],
                             counts={"优秀": 50, "称职": 5, "基本称职": 0, "不称职": 0}))
        uow.session.commit()
    res = svc.run_review(db, town["书记"], ON, "县直部门主要负责人", exchange=True)
    got = {(x.citation.article, x.rule, x.verdict) for x in res.lines}
    assert (19, "近三年年度考核称职以上", "符合") in got
    assert (19, "党政正职交流重用", "符合") in got and (19, "连续三年一等奖", "倾斜") in got
    assert (18, "镇级基层", "优先") in got and (18, "单位考核排名靠前", "优先") in got
    assert (18, "民主测评靠前", "优先") in got
    assert (21, "连续三年考核优秀", "优先") in got
    assert (22, "全国或全省“优秀共产党员”", "可破格") in got
    l23 = by_article(res, 23)[0]
    assert "正科级" in l23.evidence and "5年11个月" in l23.evidence
    assert "可破格提拔" in res.conclusion
    data = res.as_json()
    assert list(data) == ["id_number", "name", "date", "checks", "left_out", "settings", "cadre_id"]
    assert data["cadre_id"] == town["书记"] and data["id_number"] == mask(res.facts.id_number)
    assert res.as_json(full_ids=True)["id_number"] == res.facts.id_number
    assert data["checks"][0].keys() == {"doc", "article", "item", "verdict", "evidence", "records", "confirm"}
    assert data["checks"][0]["doc"] == "鼓励激励实施办法"
    with db.read() as s:
        kept = s.scalar(select(PromotionReview))
        assert kept is not None and kept.run_by == CLERK and kept.review_date == ON
        assert kept.facts["appraisals"] == {"2023": "优秀", "2024": "优秀", "2025": "优秀"}
        assert kept.facts["unit_awards"]["2025"] == "一等奖" and kept.conclusion == res.conclusion
        assert [r.id for r in svc.review_history(s, town["书记"])] == [kept.id]


@pytest.mark.parametrize("end, blocked", [
    (dt.date(2026, 2, 28), False), (dt.date(2026, 3, 1), True), (dt.date(2026, 3, 2), True)])
def test_discipline_boundary_through_service(db: Database, town: dict[str, int], end: dt.date,
                                             blocked: bool) -> None:
    discipline(db, town["书记"], dt.date(2025, 3, 1), end, "党纪处分", "警告")
    res = svc.run_review(db, town["书记"], ON, keep=False)
    line = next(x for x in by_article(res, 24) if x.rule == "处分影响期")
    assert line.blocking is blocked
    assert (res.conclusion == "不符合提拔条件") is blocked


def test_effect_end_from_period_table_when_missing(db: Database, town: dict[str, int]) -> None:
    # 政务处分·记过: 12 months from 2025-03-01 → 2026-03-01, the review day itself: still running.
    discipline(db, town["书记"], dt.date(2025, 3, 1), None, "政务处分", "记过")
    res = svc.run_review(db, town["书记"], ON, keep=False)
    line = next(x for x in by_article(res, 24) if x.rule == "处分影响期")
    assert line.blocking and "2026-03-01" in line.evidence


def test_excellent_cadre_gives_article_20_priority(db: Database, town: dict[str, int]) -> None:
    appraise(db, town["书记"], {2022: "称职"})
    nid = exc.nominate(db, 2025, town["书记"])
    exc.set_round(db, 2025, {}, 60, Tolerance(1, 3), selection_date=dt.date(2026, 1, 10))
    exc.check_nominee(db, nid)
    exc.advance(db, nid, "评审")
    exc.enter_score(db, nid, votes=40)
    exc.advance(db, nid, "公示")
    exc.advance(db, nid, "当选")
    res = svc.run_review(db, town["书记"], ON, keep=False)
    (line,) = by_article(res, 20)
    assert line.verdict == "优先" and "2025" in line.evidence and "后备干部" in line.evidence


def test_tagged_commendation_and_key_work(db: Database, town: dict[str, int]) -> None:
    cid = commend(db, town["书记"], "陕西省先进工作者", "省委省政府", dt.date(2025, 4, 28))
    res = svc.run_review(db, town["书记"], ON, keep=False)
    assert not any(x.rule.startswith("省级以上表彰") for x in res.lines)
    svc.tag_commendation(db, cid, field="安全生产")
    svc.add_key_work(db, town["书记"], 2025, "汉江防汛抢险", "转移群众3200人，无一伤亡")
    res = svc.run_review(db, town["书记"], ON, keep=False)
    assert any(x.rule == "省级以上表彰（安全生产）" for x in res.lines)
    assert any(x.rule == "参与重点工作成绩优异" and "3200" in x.evidence for x in res.lines)


def _tolerated_case(db: Database, cadre_id: int, conclusion: str, **kw: object) -> str:
    from zydesk.services.tolerance import cases as tol

    today = dt.date(2026, 11, 20)
    reg = tol.register_case(db, tol.CaseInput(
        applicant_type="个人", applicant_name="", applicant_cadre_id=cadre_id, matter="产业园项目征地程序瑕疵",
        accountability_started=dt.date(2026, 9, 21), host_body="县纪委监委", host_kind="纪检监察机关（机构）",
        applied_on=dt.date(2026, 9, 28), circumstances=[4], evidence=["会议纪要"]), today=today)
    tol.accept_case(db, reg.case_id, dt.date(2026, 9, 30), today=today)
    tol.add_hearing(db, reg.case_id, dt.date(2026, 10, 9), "周书记", "按会议决定推进")
    tol.report_case(db, reg.case_id, dt.date(2026, 10, 20), "属第六条第（四）项情形", today=today)
    tol.conclude_case(db, reg.case_id, dt.date(2026, 10, 27), conclusion, "符合容错情形", today=today,
                      **kw)  # type: ignore[arg-type]
    return reg.number


def test_tolerated_matter_does_not_count(db: Database, town: dict[str, int]) -> None:
    number = _tolerated_case(db, town["书记"], "容错免责")
    discipline(db, town["书记"], dt.date(2026, 10, 28), dt.date(2027, 4, 28), "组织处理", "诫勉")
    res = svc.run_review(db, town["书记"], dt.date(2026, 11, 20), keep=False)
    assert not any(x.blocking for x in res.lines)
    line = next(x for x in by_article(res, 24) if x.rule == "容错纠错")
    assert number in line.evidence and "不计入" in line.evidence
    assert not any("模块未启用" in x.evidence for x in res.lines)


def test_reduced_matter_bars_promotion_until_its_period_ends_but_not_honours(db: Database,
                                                                             town: dict[str, int]) -> None:
    _tolerated_case(db, town["书记"], "容错减责", mitigation="从轻", handling="诫勉", impact_months=6)
    discipline(db, town["书记"], dt.date(2026, 10, 27), dt.date(2027, 4, 27), "组织处理", "诫勉")
    res = svc.run_review(db, town["书记"], dt.date(2026, 11, 20), keep=False)
    assert any(x.blocking and "2027-04-27" in x.evidence for x in by_article(res, 24))
    exc.set_round(db, 2026, {}, 60, Tolerance(1, 3), selection_date=dt.date(2026, 11, 20))
    appraise(db, town["书记"], {2026: "优秀"})
    nid = exc.nominate(db, 2026, town["书记"])
    lines = exc.check_nominee(db, nid)
    assert not any(x.blocking for x in lines)  # 第十一条第（六）项: 评优评先不受影响


def test_register_title_and_old_national_title_through_service(db: Database, town: dict[str, int]) -> None:
    # 第二十条: a county title conferred on paper (no selection record) counts, resting on the register.
    cid = commend(db, town["书记"], "“五个一”好干部", "县委县政府", dt.date(2018, 12, 28))
    # 第二十二条: a national title ten years old still gives 可破格, in 2024 and in 2026 alike.
    commend(db, town["书记"], "全国优秀党务工作者", "中央/国务院", dt.date(2016, 6, 30))
    for on in (dt.date(2024, 3, 1), ON):
        res = svc.run_review(db, town["书记"], on, keep=False)
        (a20,) = by_article(res, 20)
        assert a20.verdict == "优先" and a20.records[0].id == cid and a20.confirm
        assert [(x.rule, x.verdict) for x in by_article(res, 22)] == [("全国或全省“优秀党务工作者”", "可破格")]
        assert "可破格提拔" in res.conclusion and res.left_out == []
    kept = svc.run_review(db, town["书记"], ON)
    with db.read() as s:
        row = s.get(PromotionReview, kept.review_id)
        assert row is not None
        stored = next(x for x in row.lines if x["article"] == 20)
        assert stored["records"][0]["source"] == "表彰登记" and stored["confirm"]


def test_left_out_records_are_kept_with_the_review_and_printed(db: Database, town: dict[str, int]) -> None:
    from zydesk.services.incentives import excellent_documents as pr

    old = commend(db, town["书记"], "全省安全生产先进个人", "省委省政府", dt.date(2020, 6, 1))
    res = svc.run_review(db, town["书记"], ON)
    assert [(x.rule, x.record.id) for x in res.left_out] == [("省级以上表彰（安全生产）", old)]
    assert not [x for x in by_article(res, 21) if x.records]
    with db.read() as s:
        kept = s.get(PromotionReview, res.review_id)
        assert kept is not None and kept.facts["left_out"][0]["record"]["id"] == old
    form = pr.build_review(db, {"review": res.review_id})
    texts = [getattr(c, "text", "") for row in form.rows for c in row.cells]
    assert "未计入" in texts and any("早于2022年" in t for t in texts)
