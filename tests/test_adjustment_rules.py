"""Golden cases for the 能上能下 rules, at and around every boundary the text draws."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from zydesk.core.adjustment import Verdict, evaluate
from zydesk.core.adjustment.facts import (
    AgeLimit,
    CadreFact,
    Determination,
    Facts,
    HandlingFact,
    HealthFact,
    KeyTaskRank,
    MonitoringFact,
    PostSpan,
    PovertyFact,
    RankFact,
    RequestFact,
    Responsible,
    TermSettings,
    VoteFact,
)
from zydesk.core.adjustment.finding import METHODS_ART18, pct

Y = 2025
D = dt.date(Y, 12, 31)

HEAD = CadreFact(1, "张书记", "610924198005170011", "男", dt.date(1980, 5, 17), 10, "城关镇", "镇", 101,
                 "城关镇党委书记", "正科级", True, True, dt.date(2020, 1, 1))
MAYOR = CadreFact(2, "李镇长", "610924198106170022", "男", dt.date(1981, 6, 17), 10, "城关镇", "镇", 102,
                  "城关镇镇长", "正科级", True, True, dt.date(2021, 1, 1))
DEPUTY = CadreFact(3, "王副镇长", "610924198507170033", "女", dt.date(1985, 7, 17), 10, "城关镇", "镇", 103,
                   "城关镇副镇长", "副科级", False, True, dt.date(2021, 1, 1))
DIRECTOR = CadreFact(4, "赵局长", "610924197508170044", "男", dt.date(1975, 8, 17), 20, "县发改局", "县直部门", 104,
                     "县发改局局长", "正科级", True, True, dt.date(2019, 1, 1))
VICE = CadreFact(5, "钱副局长", "610924197809170055", "男", dt.date(1978, 9, 17), 20, "县发改局", "县直部门", 105,
                 "县发改局副局长", "副科级", False, True, dt.date(2019, 1, 1))
CADRES = (HEAD, MAYOR, DEPUTY, DIRECTOR, VICE)


def scan(**kw):
    facts = Facts(year=Y, date=kw.pop("date", D), cadres=kw.pop("cadres", CADRES),
                  unit_names={10: "城关镇", 20: "县发改局"}, **kw)
    return evaluate(facts)


def cites(result, article, item=None):
    return [fd for fd in result.findings if fd.citation.article == article and fd.citation.item == item]


def test_pct_display_rounds_half_up():
    from fractions import Fraction
    assert pct(Fraction(41, 64)) == "64.1%"
    assert pct(Fraction(2, 3)) == "66.7%"
    assert pct(Fraction(3, 10)) == "30.0%"


# 第七条第（一）项 -------------------------------------------------------------------------------
def _rank(last):
    return RankFact(rank=12 if last else 3, group="镇", group_size=12, is_last=last)


def test_7_1_last_two_years_running_hits_both_heads():
    r = scan(ranks={(10, Y - 1): _rank(True), (10, Y): _rank(True)})
    found = cites(r, 7, 1)
    assert {fd.cadre.id for fd in found} == {1, 2}  # 镇党委书记 and 镇长, not the deputy
    assert found[0].verdict == Verdict.SHOULD and "第12/12名" in found[0].evidence


def test_7_1_gap_year_is_not_running():
    r = scan(ranks={(10, Y - 2): _rank(True), (10, Y - 1): _rank(False), (10, Y): _rank(True)})
    assert cites(r, 7, 1) == []


# 第七条第（二）项 -------------------------------------------------------------------------------
def _team(good, bad, total):
    counts = {"好": good, "较好": 0, "一般": total - good - bad, "差": bad}
    return VoteFact(Y, "班子年度测评", 10, None, counts)


def test_7_2_exactly_two_thirds_is_not_below():
    assert cites(scan(votes=[_team(64, 0, 96)]), 7, 2) == []


def test_7_2_one_vote_under_two_thirds():
    found = cites(scan(votes=[_team(63, 0, 96)]), 7, 2)
    assert {fd.cadre.id for fd in found} == {1, 2}
    assert found[0].verdict == Verdict.NEEDS_REVIEW
    assert "好+较好 63/96 = 65.6% < 2/3" in found[0].evidence


def test_7_2_issue_example_figures():
    found = cites(scan(votes=[VoteFact(Y, "班子年度测评", 10, None, {"好": 30, "较好": 11, "一般": 20, "差": 3})]), 7, 2)
    assert "好+较好 41/64 = 64.1% < 2/3" in found[0].evidence


def test_7_2_bad_exactly_one_third_is_not_over():
    # 好 70/105 = 2/3 exactly (passes), 差 35/105 = 1/3 exactly (passes)
    assert cites(scan(votes=[_team(70, 35, 105)]), 7, 2) == []
    found = cites(scan(votes=[VoteFact(Y, "班子年度测评", 10, None, {"好": 66, "差": 34})]), 7, 2)
    assert found and "差 34/100 = 34.0% > 1/3" in found[0].evidence


# 第七条第（三）项 -------------------------------------------------------------------------------
def _personal(cid, weak, fail, total=100):
    return VoteFact(Y, "个人年度测评", None, cid, {"称职": total - weak, "基本称职": weak - fail, "不称职": fail})


def test_7_3_thirty_percent_exactly_counts_fifteen_exactly_does_not():
    assert cites(scan(votes=[_personal(3, 30, 15)]), 7, 3) == []  # 不称职 exactly 15%: not 超过
    found = cites(scan(votes=[_personal(3, 30, 16)]), 7, 3)  # 30% exactly is 以上
    assert [fd.cadre.id for fd in found] == [3] and found[0].verdict == Verdict.NEEDS_REVIEW
    assert "基本称职+不称职 30/100 = 30.0% ≥ 30%" in found[0].evidence
    assert cites(scan(votes=[_personal(3, 29, 16)]), 7, 3) == []


def test_7_3_fraction_not_float():
    # 3/10 exactly via 30/100 ballots of a 1000-vote scale: 300/1000 ≥ 30%
    v = VoteFact(Y, "个人年度测评", None, 3, {"称职": 700, "基本称职": 149, "不称职": 151})
    assert cites(scan(votes=[v]), 7, 3)


# 第七条第（四）项 -------------------------------------------------------------------------------
def test_7_4_unfit_once_or_basic_twice():
    assert [fd.cadre.id for fd in cites(scan(appraisals={(3, Y): "不称职"}), 7, 4)] == [3]
    assert cites(scan(appraisals={(3, Y): "基本称职", (3, Y - 1): "基本称职"}), 7, 4)
    assert cites(scan(appraisals={(3, Y): "基本称职", (3, Y - 2): "基本称职"}), 7, 4) == []


# 第七条第（五）项 -------------------------------------------------------------------------------
def test_7_5_key_task_last_two_years_goes_to_the_deputy_in_charge():
    tasks = [KeyTaskRank(Y - 1, "项目建设", 20, 10, 10, 5), KeyTaskRank(Y, "项目建设", 20, 10, 10, 5)]
    found = cites(scan(key_tasks=tasks), 7, 5)
    assert [fd.cadre.id for fd in found] == [5] and found[0].role == "分管领导"
    tasks[0] = KeyTaskRank(Y - 1, "项目建设", 20, 9, 10, 5)
    assert cites(scan(key_tasks=tasks), 7, 5) == []


# 第七条第（六）项 -------------------------------------------------------------------------------
def _assembly(year, shares):
    return [VoteFact(year, "领导干部大会测评", None, cid, {"好": good, "较好": 0, "一般": 100 - good})
            for cid, good in shares.items()]


def test_7_6_last_twice_running_ties_included():
    votes = _assembly(Y - 1, {1: 90, 2: 80, 4: 80}) + _assembly(Y, {1: 85, 2: 70, 4: 75})
    found = cites(scan(votes=votes), 7, 6)
    assert [fd.cadre.id for fd in found] == [2]
    assert "2024年 好+较好 80/100 = 80.0%（3人中最低）" in found[0].evidence
    votes = _assembly(Y - 1, {1: 90, 2: 80, 4: 85}) + _assembly(Y, {1: 85, 2: 70, 4: 75})
    assert [fd.cadre.id for fd in cites(scan(votes=votes), 7, 6)] == [2]
    votes = _assembly(Y - 1, {1: 90, 2: 85, 4: 80}) + _assembly(Y, {1: 85, 2: 70, 4: 75})
    assert cites(scan(votes=votes), 7, 6) == []


# 第八条 -------------------------------------------------------------------------------------------
def test_8_1_regression_top3_two_years_and_not_mixed():
    m = [MonitoringFact(Y - 1, "规上工业增加值", 20, regression_rank=3, leader_id=5),
         MonitoringFact(Y, "规上工业增加值", 20, regression_rank=1, leader_id=5)]
    found = cites(scan(monitoring=m), 8, 1)
    assert {(fd.cadre.id, fd.role) for fd in found} == {(4, "主要负责人"), (5, "分管领导")}
    m[0] = MonitoringFact(Y - 1, "规上工业增加值", 20, regression_rank=4, province_rank=78, province_count=80)
    assert cites(scan(monitoring=m), 8, 1) == []  # 退位 one year, 后3位 the other: not 连续两年


def test_8_1_bottom_three_boundary():
    m = [MonitoringFact(Y - 1, "社会消费品零售总额", 20, province_rank=78, province_count=80),
         MonitoringFact(Y, "社会消费品零售总额", 20, province_rank=80, province_count=80)]
    assert cites(scan(monitoring=m), 8, 1)
    m[0] = MonitoringFact(Y - 1, "社会消费品零售总额", 20, province_rank=77, province_count=80)
    assert cites(scan(monitoring=m), 8, 1) == []


def test_8_2_named_indicator_last_in_city():
    m = [MonitoringFact(Y - 1, "地方财政一般预算收入", 20, city_rank=10, city_count=10),
         MonitoringFact(Y, "地方财政一般预算收入", 20, city_rank=10, city_count=10)]
    assert [fd.cadre.id for fd in cites(scan(monitoring=m), 8, 2)] == [4]
    m2 = [MonitoringFact(y, "规上工业增加值", 20, city_rank=10, city_count=10) for y in (Y - 1, Y)]
    assert cites(scan(monitoring=m2), 8, 2) == []


# 第九条 -------------------------------------------------------------------------------------------
def test_9_poverty_items_and_floors():
    r = scan(poverty=[PovertyFact(Y, 10, "镇扶贫绩效考核", grade="较差", task_done=False)])
    assert {fd.cadre.id for fd in cites(r, 9, 1)} == {1, 2} and cites(r, 9, 2)
    r = scan(poverty=[PovertyFact(Y - 1, 10, "镇扶贫绩效考核", grade="一般"), PovertyFact(Y, 10, "镇扶贫绩效考核", grade="一般")])
    assert cites(r, 9, 2)
    r = scan(poverty=[PovertyFact(Y - 1, 20, "帮扶单位包村考核", grade="一般"), PovertyFact(Y, 20, "帮扶单位包村考核", grade="一般")])
    assert [fd.cadre.id for fd in cites(r, 9, 3)] == [4]
    at = PovertyFact(Y, 10, "镇扶贫绩效考核", id_accuracy=Decimal("90"), exit_accuracy=Decimal("90.0"),
                     satisfaction=Decimal("80"))
    assert cites(scan(poverty=[at]), 9, 4) == []  # 低于 excludes the bound
    below = PovertyFact(Y, 10, "镇扶贫绩效考核", id_accuracy=Decimal("89.99"), satisfaction=Decimal("79.9"))
    ev = cites(scan(poverty=[below]), 9, 4)[0].evidence
    assert "识别准确率 89.99% < 90%" in ev and "群众满意度 79.9% < 80%" in ev


# 第十条至第十四条 ---------------------------------------------------------------------------------
def _det(i, month, article, item, kind="认定", who=((1, "主要负责人"),), case=None, unit=10, fraud=False, year=Y):
    return Determination(i, dt.date(year, month, 1), unit, article, item, [Responsible(c, r) for c, r in who],
                         "说明", f"紫环发〔{year}〕{i}号", kind, case, fraud)


def test_10_1_third_notice_counts():
    two = [_det(1, 3, 10, 1, "环保通报"), _det(2, 6, 10, 1, "环保通报")]
    assert cites(scan(determinations=two), 10, 1) == []
    three = two + [_det(3, 9, 10, 1, "环保通报")]
    found = cites(scan(determinations=three), 10, 1)
    assert [fd.cadre.id for fd in found] == [1] and "3 次" in found[0].evidence
    last_year = two + [_det(3, 9, 10, 1, "环保通报", year=Y - 1)]
    assert cites(scan(determinations=last_year), 10, 1) == []  # within the year only
    assert cites(scan(determinations=[_det(4, 5, 10, 1, "通报批评")]), 10, 1)  # one 通报批评 suffices


def test_12_1_two_major_in_a_town_or_one_extra_major():
    assert cites(scan(determinations=[_det(1, 3, 12, 1, "重大")]), 12, 1) == []
    assert cites(scan(determinations=[_det(1, 3, 12, 1, "重大"), _det(2, 8, 12, 1, "重大")]), 12, 1)
    assert cites(scan(determinations=[_det(1, 3, 12, 1, "特别重大")]), 12, 1)
    dept = [_det(1, 3, 12, 1, "重大", ((4, "主要负责人"),), unit=20), _det(2, 8, 12, 1, "重大", ((4, "主要负责人"),), unit=20)]
    assert cites(scan(determinations=dept), 12, 1) == []  # 县直部门: only 特别重大


def test_14_2_two_notices_needs_review():
    assert cites(scan(determinations=[_det(1, 3, 14, 2, "通报")]), 14, 2) == []
    found = cites(scan(determinations=[_det(1, 3, 14, 2, "通报"), _det(2, 9, 14, 2, "通报")]), 14, 2)
    assert found and found[0].verdict == Verdict.NEEDS_REVIEW


def test_13_5_and_12_3_two_years_running_vs_gap():
    running = [_det(1, 3, 13, 5, year=Y - 1), _det(2, 3, 13, 5)]
    assert cites(scan(determinations=running), 13, 5)
    gap = [_det(1, 3, 13, 5, year=Y - 2), _det(2, 3, 13, 5)]
    assert cites(scan(determinations=gap), 13, 5) == []
    assert cites(scan(determinations=[_det(1, 3, 12, 3, year=Y - 1), _det(2, 3, 12, 3)]), 12, 3)
    assert cites(scan(determinations=[_det(2, 3, 12, 3)]), 12, 3) == []


def test_single_determination_with_roles():
    d = _det(1, 4, 11, 1, who=((1, "主要负责人"), (3, "分管领导")))
    found = cites(scan(determinations=[d]), 11, 1)
    assert {(fd.cadre.id, fd.role) for fd in found} == {(1, "主要负责人"), (3, "分管领导")}
    assert all("紫环发〔2025〕1号" in fd.evidence for fd in found)


def test_tolerated_determination_exempt_and_reduced():
    d = _det(1, 4, 11, 1, case="容2025-1")
    r = scan(determinations=[d], tolerance={"容2025-1": "免责"})
    assert cites(r, 11, 1) == [] and any("免责" in n and "容2025-1" in n for n in r.notes)
    r = scan(determinations=[d], tolerance={"容2025-1": "减责"})
    assert cites(r, 11, 1)[0].tolerance == "减责"
    r = scan(determinations=[d], tolerance={"容2025-1": "不予容错"})
    assert cites(r, 11, 1)[0].tolerance is None


def test_determination_after_scan_date_ignored():
    assert cites(scan(determinations=[_det(1, 11, 11, 1)], date=dt.date(Y, 6, 30)), 11, 1) == []


def test_15_1_needs_review_and_16_fraud_flag():
    r = scan(determinations=[_det(1, 4, 15, 1, fraud=True)])
    assert cites(r, 15, 1)[0].verdict == Verdict.NEEDS_REVIEW
    assert {fd.cadre.id for fd in cites(r, 16, None)} == {1, 2}


# 第十五条第（三）（四）项 -----------------------------------------------------------------------
def test_15_3_and_15_4_exactly_one_third_is_not_over():
    assert cites(scan(votes=[VoteFact(Y, "试用期满测评", None, 3, {"称职": 20, "不称职": 10})]), 15, 3) == []
    assert cites(scan(votes=[VoteFact(Y, "试用期满测评", None, 3, {"称职": 19, "不称职": 10})]), 15, 3)
    assert cites(scan(votes=[VoteFact(Y, "试用期满测评", None, 3, {"同意": 19, "不同意": 10})]), 15, 3)
    assert cites(scan(votes=[VoteFact(Y, "一报告两评议", None, 3, {"满意": 20, "不满意": 10})]), 15, 4) == []
    assert cites(scan(votes=[VoteFact(Y, "一报告两评议", None, 3, {"满意": 20, "基本满意": 0, "不满意": 11})]), 15, 4)


# 第十七条 ---------------------------------------------------------------------------------------------
def test_17_without_prior_warning_says_warn_first():
    d = _det(1, 6, 17, 6, who=((3, "相关责任人"),))
    found = cites(scan(determinations=[d]), 17, 6)
    assert found[0].verdict == Verdict.WARN_FIRST and found[0].methods == METHODS_ART18
    later = HandlingFact(3, "诫勉", dt.date(Y, 7, 1), "庸懒散拖")
    assert cites(scan(determinations=[d], handlings=[later]), 17, 6)[0].verdict == Verdict.WARN_FIRST
    earlier = HandlingFact(3, "函询", dt.date(Y - 1, 7, 1), "群众反映")
    found = cites(scan(determinations=[d], handlings=[earlier]), 17, 6)
    assert found[0].verdict == Verdict.SHOULD and "函询" in found[0].evidence


# 第十九条、第二十条 -----------------------------------------------------------------------------------
def test_19_age_within_window_and_past():
    limits = [AgeLimit("正科级", "男", 45)]
    # DIRECTOR born 1975-08-17 → 45 in 2020: past. HEAD born 1980-05-17 → 45 on 2025-05-17: past on 12-31.
    r = scan(age_limits=limits, date=dt.date(Y, 1, 1))
    ids = {fd.cadre.id: fd for fd in cites(r, 19)}
    assert set(ids) == {1, 4} and "将于2025年5月17日到龄" in ids[1].evidence and "已于" in ids[4].evidence
    r = scan(age_limits=limits, date=dt.date(Y - 1, 11, 16))  # 6 months + 1 day ahead: not yet
    assert 1 not in {fd.cadre.id for fd in cites(r, 19)}
    r = scan(age_limits=limits, date=dt.date(Y - 1, 11, 17))
    assert 1 in {fd.cadre.id for fd in cites(r, 19)}


def test_20_terms_and_years_at_level():
    hist = [PostSpan(1, 10, "城关镇党委书记", "正科级", dt.date(2015, 12, 31), dt.date(2020, 12, 31)),
            PostSpan(1, 10, "城关镇党委书记", "正科级", dt.date(2020, 12, 31), None)]
    head = replace(HEAD, post_start=dt.date(2020, 12, 31))
    found = cites(scan(cadres=(head,), post_history=hist, terms=TermSettings(5, 2, 15)), 20)
    assert found and "满 2 个任期" in found[0].evidence
    found = cites(scan(cadres=(head,), post_history=hist, terms=TermSettings(5, 2, 15), date=dt.date(Y, 12, 30)), 20)
    assert found == []
    long = [PostSpan(1, 20, "县发改局局长", "正科级", dt.date(2010, 1, 1), dt.date(2015, 12, 31))] + hist
    found = cites(scan(cadres=(head,), post_history=long, terms=TermSettings(5, 3, 15)), 20)
    assert found and "最高任职年限 15 年" in found[0].evidence


# 第二十二条、第二十三条 ---------------------------------------------------------------------------------
def test_22_health_one_year_exactly_and_23_request():
    r = scan(health=[HealthFact(3, dt.date(Y - 1, 12, 31))])
    assert cites(r, 22)[0].verdict == Verdict.NEEDS_REVIEW
    assert cites(scan(health=[HealthFact(3, dt.date(Y, 1, 1))]), 22) == []
    assert cites(scan(health=[HealthFact(3, dt.date(Y - 2, 1, 1), dt.date(Y, 3, 1))]), 22) == []
    found = cites(scan(requests=[RequestFact(5, dt.date(Y, 3, 1), "降低职务")]), 23)
    assert found[0].methods == ("降职",) and found[0].verdict == Verdict.SHOULD


def test_no_data_no_findings():
    r = scan()
    assert r.findings == [] and r.notes == []


@pytest.mark.parametrize("verdict", [Verdict.SHOULD, Verdict.NEEDS_REVIEW, Verdict.WARN_FIRST])
def test_json_items_are_integers(verdict):
    from zydesk.core.adjustment.finding import finding
    fd = finding(HEAD, 7, 3, verdict, "x")
    j = fd.as_json()
    assert j["article"] == 7 and j["item"] == 3 and isinstance(j["item"], int) and j["tolerance"] is None


def test_8_1_without_province_count_is_noted_not_guessed():
    m = [MonitoringFact(y, "社会消费品零售总额", 20, province_rank=80) for y in (Y - 1, Y)]
    r = scan(monitoring=m)
    assert cites(r, 8, 1) == [] and any("缺少全省参评数" in n for n in r.notes)


def test_7_5_without_a_recorded_deputy_is_noted():
    tasks = [KeyTaskRank(y, "项目建设", 20, 10, 10, None) for y in (Y - 1, Y)]
    r = scan(key_tasks=tasks)
    assert cites(r, 7, 5) == [] and any("未登记在岗的分管领导" in n for n in r.notes)


def test_vote_thresholds_agree_with_integer_cross_multiplication():
    """Every small ballot: the rule's verdict equals the text's test done in whole numbers."""
    from zydesk.core.adjustment.assessment import personal_vote_failed, team_vote_failed

    for total in range(1, 61):
        for good in range(total + 1):
            for bad in range(total - good + 1):
                v = VoteFact(Y, "班子年度测评", 10, None, {"好": good, "一般": total - good - bad, "差": bad})
                assert (team_vote_failed(v) is not None) == (3 * good < 2 * total or 3 * bad > total)
                p = VoteFact(Y, "个人年度测评", None, 3, {"称职": total - good - bad, "基本称职": good, "不称职": bad})
                weak = good + bad
                assert (personal_vote_failed(p) is not None) == (100 * weak >= 30 * total and 100 * bad > 15 * total)


# Review of the thresholds against the text ----------------------------------------------------------
def test_14_2_one_criticism_notice_is_one_notice_not_two():
    """“被县委、县政府通报两次以上”: a 通报批评 is one 通报; it counts toward the two, it does not suffice alone."""
    assert cites(scan(determinations=[_det(1, 3, 14, 2, "通报批评")]), 14, 2) == []
    found = cites(scan(determinations=[_det(1, 3, 14, 2, "通报批评"), _det(2, 9, 14, 2, "通报")]), 14, 2)
    assert [fd.cadre.id for fd in found] == [1] and "2 次" in found[0].evidence
    assert found[0].verdict == Verdict.NEEDS_REVIEW
    assert cites(scan(determinations=[_det(3, 5, 14, 2, "认定")]), 14, 2)  # the organisation's own finding


def test_counted_items_ignore_kinds_that_do_not_fit_with_a_note():
    """第十条第（一）项 needs 通报批评 or 3 次环保通报: an entry typed “重大” does not meet it on its own."""
    r = scan(determinations=[_det(1, 3, 10, 1, "重大")])
    assert cites(r, 10, 1) == [] and any("重大" in n and "第十条第（一）项" in n for n in r.notes)


def test_12_1_town_or_department_is_where_the_events_happened():
    """“一年内发生2起重大……的镇主要负责人”: the 镇 is the unit of the events, not the cadre's post on the scan date."""
    moved = replace(HEAD, unit_id=20, unit_name="县发改局", unit_kind="县直部门", post="县发改局局长")
    town_events = [_det(1, 3, 12, 1, "重大"), _det(2, 8, 12, 1, "重大")]  # 城关镇 (unit 10)
    found = cites(scan(cadres=(moved, MAYOR, DIRECTOR), determinations=town_events), 12, 1)
    assert [fd.cadre.id for fd in found] == [1]
    to_town = replace(DIRECTOR, unit_id=10, unit_name="城关镇", unit_kind="镇", post="城关镇党委书记")
    dept_events = [_det(1, 3, 12, 1, "重大", ((4, "主要负责人"),), unit=20),
                   _det(2, 8, 12, 1, "重大", ((4, "主要负责人"),), unit=20)]
    assert cites(scan(cadres=(to_town, VICE), determinations=dept_events), 12, 1) == []  # 县直部门: 特别重大 only


def test_20_years_at_level_reached_on_the_anniversary_not_a_day_before():
    """15 years from 2008-01-01 (four leap days inside) are full on 2023-01-01, not on 2022-12-31."""
    hist = [PostSpan(1, 10, "城关镇党委书记", "正科级", dt.date(2008, 1, 1), None)]
    head = replace(HEAD, post_start=dt.date(2008, 1, 1))

    def at(day):
        facts = Facts(year=day.year, date=day, cadres=(head,), post_history=hist,
                      terms=TermSettings(5, 99, 15), unit_names={10: "城关镇"})
        return cites(evaluate(facts), 20)

    assert at(dt.date(2022, 12, 31)) == []
    found = at(dt.date(2023, 1, 1))
    assert found and "最高任职年限 15 年" in found[0].evidence


def test_12_1_two_major_events_in_one_town_whoever_each_record_names():
    """“一年内发生2起重大……的镇主要负责人及有关领导干部”: the town had two; the records name different people."""
    events = [_det(1, 3, 12, 1, "重大", ((1, "主要负责人"), (3, "分管领导"))),
              _det(2, 8, 12, 1, "重大", ((2, "主要负责人"),))]
    found = cites(scan(determinations=events), 12, 1)
    assert {(fd.cadre.id, fd.role) for fd in found} == {(1, "主要负责人"), (3, "分管领导"), (2, "主要负责人")}
    assert all(fd.verdict == Verdict.SHOULD and "城关镇" in fd.evidence and "2 起" in fd.evidence for fd in found)
    other_town = [events[0], replace(events[1], unit_id=30)]  # one event in each of two towns
    assert cites(scan(determinations=other_town), 12, 1) == []


def test_12_1_unit_kind_from_the_unit_list_when_nobody_is_posted_there():
    """The 镇 of the events has no leader on the scan date; its kind still comes from the unit list."""
    moved = replace(HEAD, unit_id=20, unit_name="县发改局", unit_kind="县直部门", post="县发改局局长")
    events = [_det(1, 3, 12, 1, "重大", unit=30), _det(2, 8, 12, 1, "重大", unit=30)]
    facts = Facts(year=Y, date=D, cadres=(moved, DIRECTOR), determinations=events,
                  unit_names={20: "县发改局", 30: "向阳镇"}, unit_kinds={20: "县直部门", 30: "镇"})
    found = cites(evaluate(facts), 12, 1)
    assert [fd.cadre.id for fd in found] == [1] and "向阳镇" in found[0].evidence


# Fidelity to the subjects the text names -----------------------------------------------------------
def test_7_5_subject_is_a_county_department_deputy():
    """第七条第（五）项：“重点工作连续两年考核排名全市末位的县直部门分管领导干部。” A 镇 is not its subject."""
    town_tasks = [KeyTaskRank(y, "项目建设", 10, 10, 10, 3) for y in (Y - 1, Y)]  # 城关镇, its 副镇长
    r = scan(key_tasks=town_tasks)
    assert cites(r, 7, 5) == [] and any("不是县直部门" in n and "城关镇" in n for n in r.notes)
    # a 县直部门's task with a deputy recorded who is posted in a 镇 on the scan date: not listed either
    r = scan(key_tasks=[KeyTaskRank(y, "项目建设", 20, 10, 10, 3) for y in (Y - 1, Y)])
    assert cites(r, 7, 5) == [] and any("不是县直部门分管领导干部" in n for n in r.notes)
    # the kind comes from the unit list, not from whoever happens to hold a post there
    r = scan(key_tasks=[KeyTaskRank(y, "项目建设", 20, 10, 10, 5) for y in (Y - 1, Y)], unit_kinds={20: "镇"})
    assert cites(r, 7, 5) == []
    assert [fd.cadre.id for fd in cites(scan(key_tasks=[KeyTaskRank(y, "项目建设", 20, 10, 10, 5)
                                                        for y in (Y - 1, Y)]), 7, 5)] == [5]


def test_8_subject_is_a_county_department():
    """第八条第（一）项：“……连续两年全省排名后3位的县直部门主要负责人和分管领导干部。” and 第（二）项 likewise."""
    fall = [MonitoringFact(y, "规上工业增加值", 10, regression_rank=1, leader_id=3) for y in (Y - 1, Y)]
    r = scan(monitoring=fall)
    assert cites(r, 8, 1) == [] and any("不是县直部门" in n for n in r.notes)  # a 镇 and its deputy
    last = [MonitoringFact(y, "地方财政一般预算收入", 10, city_rank=10, city_count=10) for y in (Y - 1, Y)]
    assert cites(scan(monitoring=last), 8, 2) == []
    # a department's indicator with a 镇 deputy recorded as 分管领导: the director only
    dept = [MonitoringFact(y, "规上工业增加值", 20, regression_rank=1, leader_id=3) for y in (Y - 1, Y)]
    r = scan(monitoring=dept)
    assert {(fd.cadre.id, fd.role) for fd in cites(r, 8, 1)} == {(4, "主要负责人")}
    assert any("王副镇长" in n and "不是县直部门分管领导干部" in n for n in r.notes)


# 第十九条: 到龄提示 before the day ---------------------------------------------------------------------
def test_19_reminder_before_the_day_should_adjust_from_it():
    """第十九条：“干部达到任职年龄界限或者退休年龄界限的，应当按照有关规定程序办理免职（退休）手续。”"""
    limits = [AgeLimit("正科级", "男", 45)]  # HEAD born 1980-05-17 reaches 45 on 2025-05-17
    day_before = cites(scan(age_limits=limits, date=dt.date(Y, 5, 16)), 19)
    assert [(fd.cadre.id, fd.verdict) for fd in day_before if fd.cadre.id == 1] == [(1, Verdict.AGE_NOTICE)]
    assert "将于2025年5月17日到龄" in next(fd for fd in day_before if fd.cadre.id == 1).evidence
    on_the_day = cites(scan(age_limits=limits, date=dt.date(Y, 5, 17)), 19)
    assert [(fd.cadre.id, fd.verdict) for fd in on_the_day if fd.cadre.id == 1] == [(1, Verdict.SHOULD)]
    after = cites(scan(age_limits=limits, date=dt.date(Y, 5, 18)), 19)
    assert next(fd for fd in after if fd.cadre.id == 1).verdict == Verdict.SHOULD
    assert Verdict.AGE_NOTICE == "到龄提示"


# 容错纠错实施细则 第十一、十二条: a conclusion protects whom it was concluded for ----------------------------
def _case(number, outcome, *, cadre=None, unit=None, on=dt.date(Y, 6, 1), applicant=""):
    from zydesk.core.adjustment.facts import ToleranceFact
    return {number: ToleranceFact(number, outcome, on, cadre, unit, applicant)}


def test_personal_exemption_covers_only_its_applicant():
    """A personal 容错免责 of 张书记 leaves 王副镇长, named in the same determination, listed (and says why)."""
    d = _det(1, 4, 11, 1, who=((1, "主要负责人"), (3, "分管领导")), case="紫容〔2025〕1号")
    r = scan(determinations=[d], tolerance_cases=_case("紫容〔2025〕1号", "免责", cadre=1, applicant="张书记"))
    assert [fd.cadre.id for fd in cites(r, 11, 1)] == [3]
    assert any("免责" in n and "张书记" in n and "紫容〔2025〕1号" in n for n in r.notes)
    assert any("不及于" in n and "王副镇长" in n for n in r.notes)
    # the same case linked to the person's row only
    d = _det(1, 4, 11, 1, who=((1, "主要负责人"), (3, "分管领导")))
    d = replace(d, responsible=[Responsible(1, "主要负责人", "紫容〔2025〕1号"), Responsible(3, "分管领导")])
    r = scan(determinations=[d], tolerance_cases=_case("紫容〔2025〕1号", "免责", cadre=1))
    assert [fd.cadre.id for fd in cites(r, 11, 1)] == [3]


def test_personal_reduction_annotates_only_its_applicant():
    d = _det(1, 4, 11, 1, who=((1, "主要负责人"), (3, "分管领导")), case="紫容〔2025〕2号")
    found = {fd.cadre.id: fd for fd in cites(scan(determinations=[d], tolerance_cases=_case(
        "紫容〔2025〕2号", "减责", cadre=3)), 11, 1)}
    assert found[3].tolerance == "减责" and "紫容〔2025〕2号" in found[3].tolerance_note
    assert found[1].tolerance is None and found[1].tolerance_note == ""


def test_unit_exemption_covers_the_units_determination():
    d = _det(1, 4, 11, 1, who=((1, "主要负责人"), (3, "分管领导")), case="紫容〔2025〕3号")
    r = scan(determinations=[d], tolerance_cases=_case("紫容〔2025〕3号", "免责", unit=10))
    assert cites(r, 11, 1) == []
    r = scan(determinations=[d], tolerance_cases=_case("紫容〔2025〕3号", "免责", unit=20))  # another unit's case
    assert {fd.cadre.id for fd in cites(r, 11, 1)} == {1, 3}


def test_exemption_concluded_after_the_scan_date_does_not_count():
    """A scan as of a day uses what was decided by that day: a 免责 concluded later leaves the finding."""
    d = _det(1, 4, 11, 1, case="紫容〔2025〕1号")
    cases = _case("紫容〔2025〕1号", "免责", cadre=1, on=dt.date(Y, 9, 1))
    r = scan(determinations=[d], tolerance_cases=cases, date=dt.date(Y, 8, 31))
    assert [fd.cadre.id for fd in cites(r, 11, 1)] == [1] and any("晚于扫描日" in n for n in r.notes)
    r = scan(determinations=[d], tolerance_cases=cases, date=dt.date(Y, 9, 1))
    assert cites(r, 11, 1) == []


def test_personal_exemption_in_a_counted_item_counts_for_the_others():
    """第十条第（一）项 counts 环保通报 per person: one person's excused 通报 still counts for the other."""
    who = ((1, "主要负责人"), (3, "分管领导"))
    ds = [_det(i, m, 10, 1, "环保通报", who=who, case="紫容〔2025〕1号" if i == 3 else None)
          for i, m in ((1, 3), (2, 6), (3, 9))]
    r = scan(determinations=ds, tolerance_cases=_case("紫容〔2025〕1号", "免责", cadre=1))
    assert [fd.cadre.id for fd in cites(r, 10, 1)] == [3]  # 张书记 has 2 left, 王副镇长 still 3
