"""Golden cases for 第九条 and 第十条 (pure rules)."""
from __future__ import annotations

import datetime as dt
from fractions import Fraction

from zydesk.core.incentives.excellent import (
    DEFAULT_TARGETS,
    CommendationFact,
    DisciplineFact,
    NomineeFacts,
    PostFacts,
    StageFacts,
    Tolerance,
    a09_nominee_checks,
    a09_quota_report,
    a10_direct_rating,
    a10_suggest_merit,
    a10_unit_quota,
    derive_categories,
    effect_running,
    is_eligible,
    overrun_if_added,
    parse_rate,
    transition_problem,
)


def test_default_quotas_are_the_article_9_figures() -> None:
    assert DEFAULT_TARGETS == {"镇党政正职": 5, "部门正职": 5, "科级干部": 10, "基层一线": 40}
    assert sum(DEFAULT_TARGETS.values()) == 60


def test_tolerance_per_category_and_overall() -> None:
    tol = Tolerance(per_category=1, overall=3)
    filled = {"镇党政正职": 5, "部门正职": 5, "科级干部": 10, "基层一线": 40}
    rep = a09_quota_report(DEFAULT_TARGETS, filled, tol, 60)
    # 5 → a sixth is still “5名左右” (±1); a seventh is not.
    assert overrun_if_added(rep, "镇党政正职") is None
    rep6 = a09_quota_report(DEFAULT_TARGETS, {**filled, "镇党政正职": 6}, tol, 60)
    assert rep6.line("镇党政正职").status == "在范围内"
    msg = overrun_if_added(rep6, "镇党政正职")
    assert msg is not None and "上限6名" in msg
    # Overall: 63 is the upper bound (60 ± 3) even when each category stays inside its own band.
    rep63 = a09_quota_report(DEFAULT_TARGETS, {"镇党政正职": 6, "部门正职": 6, "科级干部": 11, "基层一线": 40}, tol, 60)
    assert rep63.total_filled == 63 and rep63.total_high == 63
    over = overrun_if_added(rep63, "基层一线")
    assert over is not None and "总数将达64名" in over and "基层一线" not in over
    assert rep.line("科级干部").low == 9 and rep.line("科级干部").high == 11
    assert a09_quota_report(DEFAULT_TARGETS, {"科级干部": 8}, tol).line("科级干部").status == "未满"


def _post(kind: str, level: str, principal: bool = False, frontline: bool = False) -> PostFacts:
    return PostFacts(unit_kind=kind, title="党委书记" if principal else "科员", level=level,
                     is_principal=principal, is_leadership=True, is_frontline=frontline)


def test_category_derivation() -> None:
    assert derive_categories(_post("镇", "正科级", principal=True)) == ["镇党政正职", "科级干部"]
    assert derive_categories(_post("县直部门", "正科级", principal=True)) == ["部门正职", "科级干部"]
    assert derive_categories(_post("县直部门", "副科级")) == ["科级干部"]
    assert derive_categories(_post("镇", "科员", frontline=True)) == ["基层一线"]
    assert derive_categories(_post("镇", "一级科员")) == []
    assert derive_categories(None) == []


def _d(decision: dt.date, end: dt.date, tolerated: bool = False) -> DisciplineFact:
    return DisciplineFact(1, "政务处分", "警告", decision, end, tolerated=tolerated)


def test_effect_period_end_date_is_inside() -> None:
    d = _d(dt.date(2025, 7, 1), dt.date(2026, 1, 1))
    assert effect_running(d, dt.date(2025, 12, 31))  # ends the day after the selection date
    assert effect_running(d, dt.date(2026, 1, 1))  # ends on the selection date: still inside
    assert not effect_running(d, dt.date(2026, 1, 2))  # ended the day before


def test_nominee_checks_appraisal_discipline_veto() -> None:
    on = dt.date(2026, 1, 10)
    facts = NomineeFacts(year=2025, on=on, appraisals={2025: "优秀", 2024: "基本称职"},
                         disciplines=[_d(dt.date(2025, 7, 10), dt.date(2026, 1, 10))],
                         unit_name="城关镇", unit_vetoed=True, veto_reason="安全生产事故")
    lines = a09_nominee_checks(facts)
    assert not is_eligible(lines)
    by = {(x.rule, x.verdict) for x in lines}
    assert ("公务员年度考核", "符合") in by and ("公务员年度考核", "不符合") in by
    assert ("单位一票否决", "需组织认定") in by
    pun = next(x for x in lines if x.rule == "处分影响期")
    assert pun.verdict == "不符合" and "2026-01-10" in pun.evidence
    assert any("容错纠错模块未启用" in x.evidence for x in lines)
    assert all(x.citation.article == 9 for x in lines)
    ok = NomineeFacts(year=2025, on=on, appraisals={2025: "称职", 2024: "优秀"},
                      disciplines=[_d(dt.date(2025, 7, 10), dt.date(2026, 1, 10), tolerated=True)],
                      tolerance_enabled=True)
    assert is_eligible(a09_nominee_checks(ok))
    missing = a09_nominee_checks(NomineeFacts(year=2025, on=on, appraisals={2024: "称职"}))
    assert is_eligible(missing) and missing[0].verdict == "需组织认定" and "未录入" in missing[0].evidence


def test_stage_machine() -> None:
    f = StageFacts(stage="推荐", checked=False, eligible=False, has_score=False)
    assert transition_problem(f, "审核") is None
    assert "只能" in (transition_problem(f, "当选") or "")
    f2 = StageFacts(stage="审核", checked=True, eligible=False, has_score=False)
    assert "不符合" in (transition_problem(f2, "评审") or "")
    f3 = StageFacts(stage="评审", checked=True, eligible=True, has_score=False)
    assert "票数" in (transition_problem(f3, "公示") or "")
    assert "不能进入当选" in (transition_problem(StageFacts("公示", True, False, True), "当选") or "")
    f4 = StageFacts(stage="公示", checked=True, eligible=True, has_score=True, overrun="超过")
    assert "理由" in (transition_problem(f4, "当选") or "")
    assert transition_problem(StageFacts("公示", True, True, True, "超过", "工作需要"), "当选") is None
    assert "理由" in (transition_problem(f, "未通过") or "")
    assert transition_problem(StageFacts("当选", True, True, True), "未通过") is not None


def test_direct_rating_article_10() -> None:
    c = CommendationFact(1, "全省脱贫攻坚先进个人", "省委省政府", dt.date(2025, 6, 1))
    ok, why = a10_direct_rating(2025, [c], [])
    assert ok and "不占本单位优秀名额" in why
    assert a10_direct_rating(2026, [c], []) == (False, "")
    county = CommendationFact(2, "县级先进", "县委县政府", dt.date(2025, 6, 1))
    assert a10_direct_rating(2025, [county], [])[0] is False
    bad, why = a10_direct_rating(2025, [c], ["2025-03-01 党纪处分·警告"])
    assert not bad and "不直接评定" in why


def test_unit_quota_exact_and_settings() -> None:
    assert parse_rate("15%") == Fraction(3, 20) and parse_rate("0.2") == Fraction(1, 5)
    # 20 appraised (the directly rated excluded) × 15% = 3 exactly.
    q = a10_unit_quota(1, "县委组织部", "县直部门", 20, ["甲"], 3, parse_rate("15%"), False)
    assert q.quota == 3 and not q.over and q.direct == ("甲",)
    # 19 × 15% = 2.85 → 2 (向下取整) or 3 (四舍五入)
    assert a10_unit_quota(1, "x", "镇", 19, [], 3, Fraction(3, 20), False).quota == 2
    assert a10_unit_quota(1, "x", "镇", 19, [], 3, Fraction(3, 20), False).over
    assert a10_unit_quota(1, "x", "镇", 19, [], 3, Fraction(3, 20), False, "四舍五入").quota == 3
    assert a10_unit_quota(1, "x", "镇", 19, [], 3, Fraction(1, 5), True).quota == 3


def test_merit_suggestion_three_consecutive() -> None:
    assert a10_suggest_merit(1, 2025, {2023: "优秀", 2024: "优秀", 2025: "优秀"}) is not None
    assert a10_suggest_merit(1, 2025, {2023: "优秀", 2024: "称职", 2025: "优秀"}) is None
    assert a10_suggest_merit(1, 2025, {2024: "优秀", 2025: "优秀"}) is None
