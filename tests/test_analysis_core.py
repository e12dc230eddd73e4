"""分析研判 (能上能下 第二十六条): structure counts, gaps against the local targets, 调整后跟踪 — pure rules."""
from __future__ import annotations

import datetime as dt

from zydesk.core.adjustment import analysis as A
from zydesk.core.incentives.ranking_history import RankFact

D = dt.date(2025, 12, 31)


def member(i: int, unit: int = 1, *, gender: str = "男", birth: dt.date = dt.date(1975, 1, 1), edu: str | None = "大学",
           party: str | None = "中共党员", eth: str | None = "汉族", start: dt.date | None = dt.date(2021, 1, 1),
           level_start: dt.date | None = dt.date(2016, 1, 1)) -> A.Member:
    return A.Member(i, f"干部{i}", "610924198001010011", unit, f"单位{unit}", "副镇长", "副科级", False, gender, birth,
                    edu, eth, party, start, level_start)


def test_age_counts_the_birthday_and_bands_include_their_upper_age() -> None:
    assert A.age_on(dt.date(1985, 12, 31), D) == 40 and A.age_on(dt.date(1986, 1, 1), D) == 39
    s = A.structure([member(1, birth=dt.date(1990, 12, 31)), member(2, birth=dt.date(1989, 12, 31)),
                     member(3, birth=dt.date(1985, 12, 31), gender="女")], D)
    ages = dict(s.counts["年龄"])
    assert ages["35岁及以下"] == 1 and ages["36—40岁"] == 2
    assert s.pyramid[1] == ("36—40岁", 1, 1)
    assert s.size == 3 and s.average_age == round((35 + 36 + 40) / 3, 1)


def test_structure_groups_and_unknowns_and_each_cadre_once() -> None:
    ms = [member(1, edu="研究生", party="民盟盟员", eth="回族"), member(2, edu="中专", party=None, eth=None),
          member(3, edu="初中及以下", party="中共预备党员"), member(1, unit=2), member(4, party="群众", start=None)]
    s = A.structure(ms, D)
    assert s.size == 4
    assert dict(s.counts["学历"]) == {"研究生": 1, "大学": 1, "大专": 0, "中专及以下": 2}
    assert dict(s.counts["政治面貌"]) == {"中共党员": 1, "民主党派": 1, "无党派人士": 0, "群众及其他": 1, "未填": 1}
    assert dict(s.counts["民族"]) == {"汉族": 2, "少数民族": 1, "未填": 1}
    assert dict(s.counts["任现职年限"])["未填"] == 1 and dict(s.counts["任现职年限"])["3—5年"] == 3
    assert dict(s.counts["任现级年限"])["5—10年"] == 4


def test_26_team_gaps_against_targets() -> None:
    t = A.Targets()
    full = [member(1, 1, gender="女"), member(2, 1, birth=dt.date(1986, 1, 1)), member(3, 1, party="无党派人士")]
    none = [member(4, 2, birth=dt.date(1985, 12, 31)), member(5, 2), member(6, 2, party=None)]
    small = [member(7, 3), member(8, 3)]
    gaps = A.a26_team_gaps({1: full, 2: none, 3: small}, t, D)
    assert [(g.unit_id, g.lacks) for g in gaps] == [(2, ("女干部 0/1", "40岁以下 0/1", "党外干部 0/1"))]
    strict = A.Targets.from_setting({"women_min": 2, "min_team": 2, "unknown": 9})
    assert strict.women_min == 2 and "2人及以上" in strict.describe()
    units = {g.unit_id: g.lacks for g in A.a26_team_gaps({1: full, 2: none, 3: small}, strict, D)}
    assert units[1] == ("女干部 1/2",) and 3 in units


def test_rank_trajectory_keeps_missing_years_as_gaps() -> None:
    facts = {(1, 2024): RankFact(1, 2024, "单位1", "镇", 12, 3, None, False, "一等奖", False),
             (1, 2025): RankFact(1, 2025, "单位1", "镇", 12, None, None, False, None, True)}
    pts = A.rank_trajectory(facts, 1, [2023, 2024, 2025])
    assert [(p.year, p.rank, p.vetoed) for p in pts] == [(2023, None, False), (2024, 3, False), (2025, None, True)]


def test_26_follow_up_grades_after_decision() -> None:
    def adj(i: int, decided: dt.date, status: str = "在职") -> A.Adjusted:
        return A.Adjusted(i, f"干部{i}", "x", "单位", "副镇长", "调整", "改任非领导职务", decided, "四级调研员", status)

    grades = {(1, 2023): "不称职", (1, 2024): "称职", (1, 2025): "基本称职", (2, 2025): "优秀"}
    rows = A.a26_follow_up([adj(1, dt.date(2023, 12, 31)), adj(2, dt.date(2024, 1, 1)), adj(3, dt.date(2024, 6, 1)),
                            adj(4, dt.date(2025, 3, 1)), adj(5, dt.date(2026, 1, 1)), adj(6, dt.date(2022, 1, 1), "退休")],
                           grades, 2025)
    by = {r.adjusted.cadre_id: r for r in rows}
    assert 5 not in by  # decided after the year
    assert by[1].grades == ((2024, "称职"), (2025, "基本称职")) and by[1].attention == "调整后考核：2025年基本称职"
    assert by[2].grades == ((2025, "优秀"),) and by[2].attention == ""
    assert by[3].attention == "调整后尚无年度考核记录"
    assert by[4].attention == ""  # decided this year: no later appraisal can exist yet
    assert by[6].attention == ""  # retired
    assert [r.adjusted.cadre_id for r in rows][:2] == [4, 3]


def test_team_listed_principals_then_level_then_time_in_post() -> None:
    import dataclasses

    base = member(1)
    ms = [dataclasses.replace(base, cadre_id=1, level="副科级", post_start=dt.date(2020, 1, 1)),
          dataclasses.replace(base, cadre_id=2, level="正科级", post_start=dt.date(2022, 1, 1)),
          dataclasses.replace(base, cadre_id=3, level="副科级", post_start=dt.date(2018, 1, 1)),
          dataclasses.replace(base, cadre_id=4, level="正科级", is_principal=True, post_start=None)]
    assert [m.cadre_id for m in sorted(ms, key=lambda m: A.member_order(m, D))] == [4, 2, 3, 1]


def test_26_care_since_the_decision_day() -> None:
    decided = dt.date(2025, 3, 1)

    def adj(i: int, status: str = "在职") -> A.Adjusted:
        return A.Adjusted(i, f"干部{i}", "x", "单位", "副镇长", "调整", "改任非领导职务", decided, "四级调研员", status)

    follow = [A.FollowUp(adj(i, "退休" if i == 4 else "在职"), (), "调整后考核：2025年基本称职" if i == 3 else "")
              for i in (1, 2, 3, 4)]
    records = [(1, "谈心谈话", decided), (1, "谈心谈话", dt.date(2025, 5, 6)), (1, "培训", dt.date(2025, 4, 1)),
               (1, "交流挂职", dt.date(2026, 2, 1)),  # after the analysis date
               (2, "谈心谈话", dt.date(2025, 2, 28)),  # the day before the decision
               (2, "培训", dt.date(2025, 2, 28))]
    on = decided + dt.timedelta(days=91)
    by = {f.adjusted.cadre_id: f for f in A.a26_care_since(follow, records, on, 90)}
    assert by[1].tally("谈心谈话") == A.Tally(2, dt.date(2025, 5, 6)) and by[1].tally("培训").count == 1
    assert by[1].tally("交流挂职") == A.Tally(0, None) and not by[1].no_talk and by[1].attention == ""
    assert by[2].tally("谈心谈话").count == 0 and by[2].tally("培训").count == 0
    assert by[2].no_talk and by[2].attention == A.NO_TALK
    assert by[3].attention == "调整后考核：2025年基本称职；" + A.NO_TALK
    assert not by[4].no_talk  # retired
    assert A.care_text(by[1]) == "谈心谈话2次（最近2025-05-06）、培训1次（最近2025-04-01）"
    assert A.care_text(by[2]) == "无记录"
    # 90 days after the decision is not yet more than 90
    assert not A.a26_care_since(follow, [], decided + dt.timedelta(days=90), 90)[1].no_talk
    assert A.a26_care_since(follow, [], on, 120)[1].attention == ""
