"""Golden cases for 第五条第（一）项 from the policy text: quota, veto, direct, priority, ties, rounding."""
from __future__ import annotations

from decimal import Decimal as D
from fractions import Fraction

import pytest

from zydesk.core.incentives.ranking import (
    FIRST,
    SECOND,
    THIRD,
    GroupResult,
    Override,
    RankingSettings,
    TieBreak,
    UnitEntry,
    a05_1_rank_year,
    competition_ranks,
    quota,
    result_json,
)

# 20 towns: U01 vetoed (highest score), U03 direct (表彰净加分), U10 and U14 priority (超额完成净加分),
# U07/U08 tied on 92, U09/U10/U11 tied on 90.
SCORES = [99, 98, 97, 96, 95, 94, 92, 92, 90, 90, 90, 89, 88, 87, 86, 85, 84, 83, 82, 81]


def twenty(priority: tuple[int, ...] = (10, 14)) -> list[UnitEntry]:
    return [UnitEntry(i, f"U{i:02d}", "镇", D(s), vetoed=i == 1, commend_plus=i == 3, excess_plus=i in priority,
                      sort_order=i) for i, s in enumerate(SCORES, start=1)]


def group(st: RankingSettings | None = None, entries: list[UnitEntry] | None = None, **kw: object) -> GroupResult:
    return a05_1_rank_year(2024, entries or twenty(), st or RankingSettings(**kw)).groups[0]  # type: ignore[arg-type]


def winners(g: GroupResult, award: str = FIRST) -> list[str]:
    return sorted(u.name for u in g.units if u.award == award)


def by_name(g: GroupResult) -> dict[str, object]:
    return {u.name: u for u in g.units}


def test_quota_formula_and_rounding() -> None:
    assert quota(17, D(35), "half_up") == (6, Fraction(595, 100), "17 × 35% = 5.95 → 6")
    assert quota(17, D(35), "floor")[0] == 5
    assert quota(17, D(35), "ceil")[0] == 6
    assert quota(20, D(35), "half_up")[2] == "20 × 35% = 7 → 7"
    assert quota(10, D(35), "half_up")[0] == 4  # 3.5 rounds half up, not to even
    assert quota(10, D(35), "floor")[0] == 3
    assert quota(21, D(35), "ceil")[0] == 8 and quota(21, D(35), "half_up")[0] == 7  # 7.35
    assert quota(0, D(35), "half_up")[0] == 0


def test_competition_ranking() -> None:
    assert competition_ranks([D(95), D(90), D(90), D(80)]) == [1, 2, 2, 4]


def test_default_reading_priority_first_and_widen() -> None:
    g = group()
    assert (g.size, g.quota, g.quota_formula) == (20, 7, "20 × 35% = 7 → 7")
    u = by_name(g)
    # priority units take 2 places first; 5 left by score: U02 U04 U05 U06 and the tie U07/U08 (widened)
    assert winners(g) == ["U02", "U03", "U04", "U05", "U06", "U07", "U08", "U10", "U14"]
    assert u["U03"].direct and str(u["U03"].basis) == "第五条第（一）项第2目"
    assert str(u["U10"].basis) == "第五条第（一）项第3目" and str(u["U02"].basis) == "第五条第（一）项第1目"
    assert set(g.tie_units) == {7, 8} and g.tie_places == 1 and u["U07"].tied
    # the direct unit never uses a quota place: 7 places + U03 + 1 widened for the tie
    assert sum(1 for x in g.units if x.award == FIRST and not x.direct) == 8
    # vetoed U01 had the top score: no award, no place, U02 moves up to 1
    assert u["U01"].award is None and u["U01"].rank is None and u["U01"].vetoed
    assert u["U02"].rank == 1 and u["U07"].rank == 6 and u["U08"].rank == 6 and u["U09"].rank == 8
    # 二等奖: the next 7 by score among the rest (local setting), the others 三等奖
    assert winners(g, SECOND) == ["U09", "U11", "U12", "U13", "U15", "U16", "U17"]
    assert winners(g, THIRD) == ["U18", "U19", "U20"]
    assert "本地设置" in u["U12"].note and str(u["U12"].basis) == "第五条（本地设置）"
    assert "20 × 35% = 7 → 7" in u["U02"].note


def test_priority_only_at_boundary() -> None:
    g = group(priority_reading="boundary")
    # by score: U02 U04 U05 U06 U07 U08 then 90 × 3; priority U10 wins the tie for the 7th place
    assert winners(g) == ["U02", "U03", "U04", "U05", "U06", "U07", "U08", "U10"]
    u = by_name(g)
    assert str(u["U10"].basis) == "第五条第（一）项第3目"
    assert u["U14"].award == SECOND  # 87 with priority: no help away from the boundary
    assert g.tie_units == ()


def test_tie_at_boundary_widen_vs_clerk() -> None:
    g = group(priority_reading="boundary", entries=twenty(priority=()))
    assert set(g.tie_units) == {9, 10, 11} and g.tie_places == 1
    assert winners(g) == ["U02", "U03", "U04", "U05", "U06", "U07", "U08", "U09", "U10", "U11"]
    st = RankingSettings(priority_reading="boundary", tie_rule="clerk")
    pend = a05_1_rank_year(2024, twenty(priority=()), st).groups[0]
    assert winners(pend) == ["U02", "U03", "U04", "U05", "U06", "U07", "U08"]
    assert all(u.pending and u.award is None for u in pend.units if u.unit_id in (9, 10, 11))
    assert any("待裁定" in w for w in pend.warnings)
    done = a05_1_rank_year(2024, twenty(priority=()), st,
                     tie_breaks={"镇": TieBreak("镇", frozenset({11}), "党建考核得分更高")}).groups[0]
    assert "U11" in winners(done) and "U09" not in winners(done) and len(winners(done)) == 8
    assert "党建考核得分更高" in by_name(done)["U11"].note
    wrong = a05_1_rank_year(2024, twenty(priority=()), st,
                      tie_breaks={"镇": TieBreak("镇", frozenset({9, 10}), "两个")}).groups[0]
    assert all(u.pending for u in wrong.units if u.unit_id in (9, 10, 11))


@pytest.mark.parametrize(("vetoed_in_base", "direct_in_base", "rounding", "size", "places"), [
    (True, True, "half_up", 20, 7),
    (False, True, "half_up", 19, 7),  # 6.65 → 7
    (False, True, "floor", 19, 6),
    (False, False, "half_up", 18, 6),  # 6.3 → 6
    (False, False, "ceil", 18, 7),
])
def test_quota_base_settings(vetoed_in_base: bool, direct_in_base: bool, rounding: str, size: int,
                             places: int) -> None:
    g = group(vetoed_in_base=vetoed_in_base, direct_in_base=direct_in_base, rounding=rounding,
              priority_reading="boundary", entries=twenty(priority=()))
    assert (g.size, g.quota) == (size, places)
    quota_winners = [u for u in g.units if u.award == FIRST and not u.direct]
    # 7 places hit the 90 tie (widened to 3 units); 6 places stop above it
    assert len(quota_winners) == (9 if places == 7 else 6)
    assert by_name(g)["U03"].award == FIRST and by_name(g)["U01"].award is None


def test_vetoed_unit_never_awarded_even_if_direct_or_priority() -> None:
    entries = [UnitEntry(1, "A", "部门", D(99), vetoed=True, commend_plus=True, excess_plus=True),
               UnitEntry(2, "B", "部门", D(80)), UnitEntry(3, "C", "部门", D(70))]
    g = group(entries=entries)
    a = by_name(g)["A"]
    assert a.award is None and not a.direct and a.is_last and a.rank is None
    assert by_name(g)["B"].rank == 1


def test_override_replaces_award_and_is_shown() -> None:
    ov = {20: Override(FIRST, "获省级表彰，补充认定", "张三", "2025-01-10 09:00")}
    r = a05_1_rank_year(2024, twenty(), RankingSettings(), overrides=ov)
    u = r.unit(20)
    assert u is not None and u.award == FIRST and u.computed_award == THIRD
    assert "人工调整" in u.note and "补充认定" in u.note
    doc = result_json(r)
    line = next(x for x in doc["groups"][0]["units"] if x["unit"] == "U20")  # type: ignore[index]
    assert line["override"]["reason"] == "获省级表彰，补充认定" and line["override"]["computed_award"] == THIRD


def test_unscored_units_listed_not_ranked() -> None:
    entries = [UnitEntry(1, "A", "部门", D(90)), UnitEntry(2, "B", "部门", None)]
    g = group(entries=entries)
    assert g.size == 1 and by_name(g)["B"].rank is None and g.warnings


def test_json_shape() -> None:
    doc = result_json(a05_1_rank_year(2024, twenty(), RankingSettings()))
    assert set(doc) == {"year", "settings", "groups"}
    grp = doc["groups"][0]  # type: ignore[index]
    assert {"group", "size", "quota", "quota_formula", "units"} <= set(grp)
    unit = grp["units"][0]
    assert {"unit", "score", "rank", "vetoed", "direct", "priority", "award", "basis", "override"} <= set(unit)
    assert unit == {**unit, "unit": "U02", "score": 98.0, "rank": 1, "award": FIRST, "override": None}


def test_more_priority_units_than_places() -> None:
    # 6 × 35% = 2.1 → 2 places, three priority units: the two best of them take both places
    entries = [UnitEntry(i, f"P{i}", "部门", D(s), excess_plus=i in (3, 4, 5), sort_order=i)
               for i, s in enumerate([99, 98, 90, 85, 80, 70])]
    g = group(entries=entries)
    assert winners(g) == ["P3", "P4"]
    assert winners(g, SECOND) == ["P0", "P1"] and by_name(g)["P5"].award == THIRD


def test_boundary_reading_says_priority_only_where_it_decided() -> None:
    # “仅在名额边界同分时优先”: U02 (98, 超额完成净加分) wins on score alone, so its note must not claim the
    # boundary priority and its basis stays 第1目; U10 (90) does win the 90 tie for the 7th place by priority.
    g = group(priority_reading="boundary", entries=twenty(priority=(2, 10)))
    u = by_name(g)
    assert u["U02"].award == FIRST and str(u["U02"].basis) == "第五条第（一）项第1目"
    assert "名额边界同分优先" not in u["U02"].note
    assert str(u["U10"].basis) == "第五条第（一）项第3目" and "名额边界同分优先" in u["U10"].note


def test_boundary_reading_tie_among_priority_units_only_is_decided_by_the_tie_rule() -> None:
    # 6 × 35% = 2.1 → 2 places; A, B, C tie on 95 and all three have 超额完成净加分. No unit without it shares
    # the score, so the priority decides nothing: the tie rule (widen) gives all three the place under 第1目.
    entries = [UnitEntry(i, n, "部门", D(s), excess_plus=n in "ABC", sort_order=i)
               for i, (n, s) in enumerate(zip("ABCDEF", [95, 95, 95, 80, 70, 60], strict=True))]
    g = group(priority_reading="boundary", entries=entries)
    assert winners(g) == ["A", "B", "C"] and set(g.tie_units) == {0, 1, 2}
    for u in g.units[:3]:
        assert str(u.basis) == "第五条第（一）项第1目" and "名额边界同分优先" not in u.note
