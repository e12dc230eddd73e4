"""第六条第2目 (5 places up vs 4), 第八条第3目 (5–8 villages), bonus plans never exceed the award."""
from __future__ import annotations

from decimal import Decimal as D

import pytest

from zydesk.core.incentives.awards import MonitoringRow, a06_2_catch_up, a08_3_village_count
from zydesk.core.incentives.bonus import BonusError, Person, a12_distribute


def rows(unit_id: int, name: str, r2022: int | None, r2023: int | None, r2024: int) -> list[MonitoringRow]:
    out = [MonitoringRow(2024, "地区生产总值增速", unit_id, name, r2024)]
    for y, r in ((2022, r2022), (2023, r2023)):
        if r is not None:
            out.append(MonitoringRow(y, "地区生产总值增速", unit_id, name, r))
    return out


def test_five_places_up_qualifies_four_does_not() -> None:
    data = rows(1, "发改局", 40, 30, 25) + rows(2, "统计局", 20, 29, 16) + rows(3, "财政局", 50, 45, 30)
    res = {r.unit: r for r in a06_2_catch_up(2024, data, vetoed_units=[3])}
    five = res["发改局"]  # best of 40 and 30 is 30 → 25: up 5
    assert (five.rank_now, five.rank_prev1, five.rank_prev2, five.best_prev, five.places_up) == (25, 30, 40, 30, 5)
    assert five.qualifies and str(five.basis) == "第六条第2目"
    assert "2024年全省第25位" in five.note and "2023年第30位" in five.note and "2022年第40位" in five.note
    four = res["统计局"]  # best 20 → 16: up 4
    assert four.places_up == 4 and not four.qualifies
    vetoed = res["财政局"]  # up 15 but 一票否决
    assert vetoed.places_up == 15 and not vetoed.qualifies and "一票否决" in vetoed.note


def test_missing_previous_years() -> None:
    one = a06_2_catch_up(2024, rows(1, "交通局", None, 30, 20), [])[0]
    assert one.qualifies and one.best_prev == 30 and "仅一年可比" in one.note
    none = a06_2_catch_up(2024, rows(2, "水利局", None, None, 20), [])[0]
    assert not none.qualifies and none.places_up is None


@pytest.mark.parametrize(("count", "warn"), [(4, True), (5, False), (8, False), (9, True)])
def test_village_count_warning(count: int, warn: bool) -> None:
    w = a08_3_village_count(count)
    assert (w is not None) == warn
    if w:
        assert str(count) in w and "第八条第3目" in w


def test_bonus_by_grade_exact_and_never_over() -> None:
    people = [Person("甲", "优秀"), Person("乙", "称职"), Person("丙", "称职"), Person("丁", "基本称职"),
              Person("戊", "不称职")]
    plan = a12_distribute(D("10000"), people)
    # weights 1.2 + 1 + 1 + 0.5 + 0 = 3.7: 3243.24…, 2702.70…×2, 1351.35…, 0
    assert [s.amount for s in plan.shares] == [3243, 2703, 2703, 1351, 0]
    assert plan.paid == 10000 and plan.left == 0
    kept = a12_distribute(D("10000"), people, rule="keep")
    assert [s.amount for s in kept.shares] == [3243, 2702, 2702, 1351, 0] and kept.left == 2
    assert "结余" in kept.rule_text


@pytest.mark.parametrize("total", ["0", "1", "999.99", "10001", "33333.33", "7"])
@pytest.mark.parametrize("rule", ["largest", "keep"])
def test_bonus_total_never_exceeds_award(total: str, rule: str) -> None:
    people = [Person(f"人{i}", g) for i, g in enumerate(["优秀", "称职", "称职", "基本称职", "称职", "优秀", "称职"])]
    plan = a12_distribute(D(total), people, rule=rule)
    assert sum(s.amount for s in plan.shares) == plan.paid <= D(total)
    assert plan.left == D(total) - plan.paid and plan.left >= 0


def test_undetermined_grade_needs_a_coefficient() -> None:
    with pytest.raises(BonusError, match="逐人确定"):
        a12_distribute(D("1000"), [Person("甲", "称职"), Person("乙", "不定等次")])
    plan = a12_distribute(D("1000"), [Person("甲", "称职"), Person("乙", "不定等次", coefficient=D("0.5"))])
    assert [s.amount for s in plan.shares] == [667, 333]
    with pytest.raises(BonusError, match="系数合计为零"):
        a12_distribute(D("1000"), [Person("甲", "不称职")])
