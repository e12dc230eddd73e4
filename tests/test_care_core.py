"""Golden tests of 关心关爱 (《鼓励激励实施办法》第二十五、二十八、二十九条): the year boundary, leave owed, per unit."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from zydesk.core.citation import Doc
from zydesk.core.incentives import care as C

D = dt.date
PEOPLE = [C.Person(1, "甲", "城关镇"), C.Person(2, "乙", "城关镇"), C.Person(3, "丙", "县财政局"),
          C.Person(4, "丁", None)]


def test_talk_on_31_december_counts_for_that_year() -> None:
    talks = [(1, D(2026, 12, 31)), (2, D(2027, 1, 1)), (3, D(2026, 1, 1)), (3, D(2026, 6, 1))]
    this = C.a29_talk_coverage(PEOPLE, talks, 2026)
    assert this.covered == {1, 3} and this.missing == (2, 4)
    assert this.percent == Decimal("50.0") and this.citation == Doc.INCENTIVES.cite(29)
    following = C.a29_talk_coverage(PEOPLE, talks, 2027)
    assert following.covered == {2} and following.missing == (1, 3, 4)
    assert following.percent == Decimal("25.0")


def test_health_check_year_boundary() -> None:
    checks = [(1, D(2025, 12, 31)), (2, D(2026, 1, 1)), (9, D(2026, 5, 5))]  # 9: not in scope
    cov = C.a29_health_check_coverage(PEOPLE, checks, 2026)
    assert cov.what == "体检" and cov.covered == {2} and cov.missing == (1, 3, 4) and cov.total == 4
    assert C.a29_health_check_coverage([], checks, 2026).percent == Decimal("100.0")


def test_training_counts_by_its_start_year() -> None:
    courses = [(1, D(2025, 12, 20)), (4, D(2026, 12, 31))]  # a course from December to January counts once
    cov = C.a25_training_coverage(PEOPLE, courses, 2026)
    assert cov.covered == {4} and cov.missing == (1, 2, 3) and cov.citation == Doc.INCENTIVES.cite(25)
    assert C.a25_training_coverage(PEOPLE, courses, 2025).covered == {1}


def test_leave_not_taken_and_rest_owed() -> None:
    b = [C.LeaveBalance(1, Decimal(10), Decimal(10), Decimal(2), Decimal(2)),
         C.LeaveBalance(2, Decimal(10), Decimal("7.5"), Decimal(0), Decimal(0)),
         C.LeaveBalance(3, Decimal(5), Decimal(5), Decimal(3), Decimal(1)),
         C.LeaveBalance(4, Decimal(5), Decimal(6), Decimal(1), Decimal(2))]  # more taken than due: nothing owed
    owed = C.a28_leave_owed(b)
    assert [x.cadre_id for x in owed] == [2, 3]
    assert owed[0].leave_not_taken == Decimal("2.5") and owed[0].rest_owed == 0
    assert owed[1].leave_not_taken == 0 and owed[1].rest_owed == Decimal(2)
    assert owed[0].citation == Doc.INCENTIVES.cite(28)


def test_percent_per_unit() -> None:
    talks = C.a29_talk_coverage(PEOPLE, [(1, D(2026, 3, 1)), (3, D(2026, 3, 1))], 2026)
    checks = C.a29_health_check_coverage(PEOPLE, [(1, D(2026, 3, 1)), (2, D(2026, 3, 1))], 2026)
    units = C.by_unit(PEOPLE, [talks, checks])
    assert [(u.unit, u.total) for u in units] == [("城关镇", 2), ("县财政局", 1), (C.NO_UNIT, 1)]
    assert units[0].percent("谈心谈话") == Decimal("50.0") and units[0].percent("体检") == Decimal("100.0")
    assert units[1].percent("谈心谈话") == Decimal("100.0") and units[2].percent("体检") == Decimal("0.0")
    assert C.percent(1, 3) == Decimal("33.3") and C.percent(2, 3) == Decimal("66.7")


def test_reminder_only_in_the_last_quarter() -> None:
    assert C.due_reminder(D(2026, 9, 30), {"谈心谈话": 3}) == []
    lines = C.due_reminder(D(2026, 10, 1), {"谈心谈话": 3, "体检": 0, "培训": 2})
    assert len(lines) == 2 and "3 名干部未登记谈心谈话" in lines[0] and "第二十九条" in lines[0]
    assert "第二十五条" in lines[1] and "没有培训记录" in lines[1] and "每年一次" not in lines[1]


def test_register_values_checked() -> None:
    reg = C.REGISTER["training"]
    errs = C.check_values(reg, {"start_date": D(2026, 5, 2), "end_date": D(2026, 5, 1), "course": None})
    assert ("培训班次", "必须填写") in errs and ("结束日期", "早于开始日期") in errs
    ex = C.check_values(C.REGISTER["exchanges"], {"kind": "借调", "start_date": D(2026, 1, 1), "place": "某镇"})
    assert ex == [("类别", "应为 双向交流、挂职锻炼 之一")]
    leave = C.check_values(C.REGISTER["leave"], {"year": 2026, "taken": Decimal(-1)})
    assert leave == [("已休年休假天数", "不能为负数")]
    assert {f.label for f in C.REGISTER["health-checks"].fields} == {"体检日期", "组织单位"}  # no medical content
