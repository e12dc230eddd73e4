"""优秀干部评选 and 第十条 through the services, on a real migrated database."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tests.factories import add_cadre, add_unit
from tests.test_excellent_helpers import appraise, award, commend, discipline
from zydesk.core.incentives.excellent import Tolerance
from zydesk.core.security.roles import Permission
from zydesk.errors import UserError, ValidationError
from zydesk.services.incentives import excellent as svc
from zydesk.services.settings import set_setting
from zydesk.storage.models_excellent import ExcellentStageChange, ReserveEntry
from zydesk.storage.uow import Database

Y = 2025


@pytest.fixture
def county(db: Database) -> dict[str, int]:
    ids = {"城关镇": add_unit(db, "城关镇", kind="镇", group="镇"), "县财政局": add_unit(db, "县财政局")}
    ids["书记"] = add_cadre(db, "王书记", "城关镇", "党委书记", "正科级", principal=True)
    ids["局长"] = add_cadre(db, "李局长", "县财政局", "局长", "正科级", principal=True)
    ids["副局长"] = add_cadre(db, "赵副局长", "县财政局", "副局长", "副科级")
    ids["一线"] = add_cadre(db, "钱干事", "城关镇", "包村干部", "一级科员", leadership=False, frontline=True)
    ids["无类"] = add_cadre(db, "孙科员", "县财政局", "科员", "一级科员", leadership=False)
    for key in ("书记", "局长", "副局长", "一线", "无类"):
        appraise(db, ids[key], {Y - 1: "称职", Y: "优秀"})
    return ids


def _elect(db: Database, nid: int, reason: str = "") -> None:
    svc.check_nominee(db, nid)
    svc.advance(db, nid, "评审")
    svc.enter_score(db, nid, votes=30)
    svc.advance(db, nid, "公示")
    svc.advance(db, nid, "当选", reason)


def test_nominate_derives_category_and_counts_once(db: Database, county: dict[str, int]) -> None:
    with db.read() as s:
        assert [c for c, _ in svc.category_choices(s, county["书记"])] == ["镇党政正职", "科级干部"]
    nid = svc.nominate(db, Y, county["书记"], deeds="带头攻坚")
    with pytest.raises(UserError, match="只计入一个类别"):
        svc.nominate(db, Y, county["书记"], category="科级干部")
    with pytest.raises(UserError, match="不符合“部门正职”"):
        svc.nominate(db, Y, county["副局长"], category="部门正职")
    with pytest.raises(UserError, match="不属于任何评选类别"):
        svc.nominate(db, Y, county["无类"])
    svc.nominate(db, Y, county["局长"], category="科级干部")  # the clerk chooses among those that apply
    with db.read() as s:
        view = svc.round_view(s, Y)
    assert {n.name: n.category for n in view.nominees} == {"王书记": "镇党政正职", "李局长": "科级干部"}
    assert view.nominated["镇党政正职"] == 1 and view.report.line("镇党政正职").filled == 0
    assert next(n for n in view.nominees if n.id == nid).deeds == "带头攻坚"


def test_full_path_to_elected_feeds_reserve_and_counter(db: Database, county: dict[str, int]) -> None:
    nid = svc.nominate(db, Y, county["一线"])
    lines = svc.check_nominee(db, nid)
    assert all(x.citation.article == 9 for x in lines)
    svc.advance(db, nid, "评审")
    with pytest.raises(UserError, match="票数"):
        svc.advance(db, nid, "公示")
    svc.enter_score(db, nid, votes=41, score="92.5")
    svc.advance(db, nid, "公示")
    with pytest.raises(UserError, match="当选者"):
        svc.set_city_recommended(db, nid, True)
    svc.advance(db, nid, "当选")
    svc.set_city_recommended(db, nid, True)
    with db.read() as s:
        view = svc.round_view(s, Y)
        assert view.report.line("基层一线").filled == 1
        assert svc.is_excellent_cadre(s, county["一线"], Y) and not svc.is_excellent_cadre(s, county["一线"], Y - 1)
        stages = [c.to_stage for c in s.scalars(select(ExcellentStageChange).order_by(ExcellentStageChange.id))]
        assert stages == ["推荐", "审核", "评审", "公示", "当选"]
        entry = s.scalar(select(ReserveEntry))
        assert entry is not None and entry.source == "优秀干部" and entry.cadre_id == county["一线"]
    assert view.nominees[0].city_recommended


def test_ineligible_nominee_stops_at_review(db: Database, county: dict[str, int]) -> None:
    discipline(db, county["副局长"], dt.date(2025, 6, 1), dt.date(2026, 6, 1))
    svc.set_round(db, Y, {}, 60, Tolerance(1, 3), selection_date=dt.date(2026, 1, 15))
    nid = svc.nominate(db, Y, county["副局长"])
    lines = svc.check_nominee(db, nid)
    bad = [x for x in lines if x.blocking]
    assert bad and "2026-06-01" in bad[0].evidence
    with pytest.raises(UserError, match="不符合"):
        svc.advance(db, nid, "评审")
    with pytest.raises(UserError, match="理由"):
        svc.advance(db, nid, "未通过")
    assert svc.advance(db, nid, "未通过", "影响期内") == "未通过"


def test_tolerance_overrun_needs_reason(db: Database, county: dict[str, int]) -> None:
    svc.set_round(db, Y, {"科级干部": 1}, 60, Tolerance(0, 3))
    _elect(db, svc.nominate(db, Y, county["副局长"]))
    second = svc.nominate(db, Y, county["局长"], category="科级干部")
    with pytest.raises(UserError, match="上限1名.*须记录理由"):
        _elect(db, second)
    svc.advance(db, second, "当选", "县委常委会研究同意增加一名")
    with db.read() as s:
        view = svc.round_view(s, Y)
    line = view.report.line("科级干部")
    assert line.filled == 2 and line.status == "超出"
    assert "县委常委会" in next(n for n in view.nominees if n.id == second).overrun_reason


def test_directly_rated_cadre_does_not_use_unit_quota(db: Database, county: dict[str, int]) -> None:
    unit = add_unit(db, "县发改局")
    staff = [add_cadre(db, f"干部{i}", "县发改局", "科员", "一级科员", leadership=False) for i in range(21)]
    for i, cid in enumerate(staff):
        appraise(db, cid, {Y: "优秀" if i < 4 else "称职"})
    commend(db, staff[0], "全省脱贫攻坚先进个人", "省委省政府", dt.date(Y, 10, 1))
    with db.read() as s:
        direct = svc.directly_rated(s, Y)
        q = next(q for q in svc.unit_quotas(s, Y) if q.unit_id == unit)
    assert [d.name for d in direct] == ["干部0"]
    # 21 appraised − 1 directly rated = 20 × 15% = 3 places; 3 others rated 优秀 use them.
    assert (q.appraised, q.quota, q.used, q.direct, q.over) == (20, 3, 3, ("干部0",), False)
    # A unit rated 一等奖 uses the higher rate (setting, default 20%): 20 × 20% = 4.
    award(db, unit, Y, "一等奖")
    with db.read() as s:
        q = next(q for q in svc.unit_quotas(s, Y) if q.unit_id == unit)
    assert q.first_prize and q.quota == 4
    set_setting(db, svc.S_RATE_FIRST, {"县直部门": "25%"}, year=Y)
    with db.read() as s:
        assert next(q for q in svc.unit_quotas(s, Y) if q.unit_id == unit).quota == 5


def test_commended_with_violation_is_not_directly_rated(db: Database, county: dict[str, int]) -> None:
    commend(db, county["局长"], "全市招商引资先进个人", "市委市政府", dt.date(Y, 5, 1))
    discipline(db, county["局长"], dt.date(Y, 8, 1), None, "组织处理", "诫勉")
    with db.read() as s:
        assert svc.directly_rated(s, Y) == []


def test_merit_suggestion_accept_and_dismiss(db: Database, county: dict[str, int]) -> None:
    appraise(db, county["书记"], {Y - 2: "优秀"})
    appraise(db, county["一线"], {Y - 2: "优秀"})
    with db.uow("改", Permission.ENTER) as uow:  # make 2024 优秀 for both
        from zydesk.storage.models import Appraisal
        for a in uow.session.scalars(select(Appraisal).where(Appraisal.year == Y - 1)):
            a.grade = "优秀"
        uow.commit()
    with db.read() as s:
        sugs = svc.merit_suggestions(s, Y)
    assert {x.name for x in sugs} >= {"王书记", "钱干事"} and all(x.kind == "记三等功" for x in sugs)
    hid = svc.decide_suggestion(db, county["书记"], Y, True)
    with pytest.raises(UserError, match="理由"):
        svc.decide_suggestion(db, county["一线"], Y, False)
    svc.decide_suggestion(db, county["一线"], Y, False, "已另行奖励")
    with db.read() as s:
        left = {x.name for x in svc.merit_suggestions(s, Y)}
        assert "王书记" not in left and "钱干事" not in left
    assert hid is not None
    svc.add_honour_step(db, hid, "单位提名", "城关镇党委", "同意", dt.date(2026, 1, 5))
    svc.add_honour_step(db, hid, "县委审批", "中共紫阳县委", "批准", dt.date(2026, 1, 20), document_no="紫发〔2026〕1号")
    with db.read() as s:
        (row,) = svc.honours(s, Y)
    assert row.status == "已批准" and "单位提名" in row.chain and "县委审批" in row.chain
    with pytest.raises(UserError, match="已已批准|不能再添加"):
        svc.add_honour_step(db, hid, "复核", "县委", "同意", dt.date(2026, 2, 1))


def test_reserve_removal_needs_reason(db: Database, county: dict[str, int]) -> None:
    eid = svc.add_reserve(db, county["副局长"], "组织推荐", dt.date(2026, 1, 2))
    with pytest.raises(UserError, match="已在"):
        svc.add_reserve(db, county["副局长"], "民主推荐", dt.date(2026, 1, 3))
    with pytest.raises(UserError, match="理由"):
        svc.remove_reserve(db, eid, " ")
    svc.remove_reserve(db, eid, "已提拔任职", dt.date(2026, 3, 1))
    with db.read() as s:
        assert svc.reserve_list(s) == []
        (row,) = svc.reserve_list(s, include_removed=True)
    assert row.removal_reason == "已提拔任职" and row.source == "组织推荐"


def test_import_nominations_all_or_nothing(db: Database, county: dict[str, int]) -> None:
    from zydesk.storage.models import Cadre

    with db.read() as s:
        num = {c.id: c.id_number for c in s.scalars(select(Cadre))}
    good = svc.NominationRow(2, Y, num[county["书记"]], "城关镇", "", "事迹一")
    bad = svc.NominationRow(3, Y, num[county["无类"]], "不存在单位", "", "")
    with pytest.raises(ValidationError) as err:
        svc.import_nominations(db, [good, bad])
    text = str(err.value)
    assert "第3行 «推荐单位»" in text and "第3行 «类别»" in text
    with db.read() as s:
        assert svc.round_view(s, Y).nominees == []
    assert svc.import_nominations(db, [good]) == 1


def test_round_settings_as_default_for_new_rounds(db: Database, county: dict[str, int]) -> None:
    svc.set_round(db, Y, {"基层一线": 30}, 50, Tolerance(2, 5), as_default=True)
    svc.set_round(db, Y - 1, {"基层一线": 45}, 65, Tolerance(1, 3))  # this one only
    with db.read() as s:
        fresh = svc.round_view(s, Y + 1).report
    assert fresh.line("基层一线").target == 30 and fresh.total_target == 50
    assert fresh.line("基层一线").high == 32 and fresh.total_high == 55
