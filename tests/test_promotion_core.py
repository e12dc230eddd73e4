"""Golden cases for the 资格审查 (第十八条—第二十四条)."""
from __future__ import annotations

import datetime as dt

import pytest

from zydesk.core.incentives.excellent import CommendationFact, DisciplineFact
from zydesk.core.incentives.promotion import PromotionFacts, conclusion, review

ON = dt.date(2026, 3, 1)  # 近三年 = 2023, 2024, 2025
GOOD = {2023: "称职", 2024: "称职", 2025: "优秀"}


def facts(**kw: object) -> PromotionFacts:
    base: dict[str, object] = dict(name="张三", id_number="x", on=ON, appraisals=GOOD, unit_name="城关镇",
                                   unit_kind="县直部门", tolerance_enabled=True)
    base.update(kw)
    return PromotionFacts(**base)  # type: ignore[arg-type]


def lines_of(f: PromotionFacts, article: int) -> list:
    return [x for x in review(f) if x.citation.article == article]


def test_three_year_window_all_good() -> None:
    (line,) = lines_of(facts(), 19)
    assert line.verdict == "符合" and "2023年度" in line.evidence and "2025年度" in line.evidence


def test_missing_year_is_flagged_not_passed() -> None:
    (line,) = lines_of(facts(appraisals={2023: "称职", 2025: "称职"}), 19)
    assert line.verdict == "需组织认定" and "2024年度考核结果未录入" in line.evidence


def test_basic_competent_year_fails() -> None:
    f = facts(appraisals={2023: "基本称职", 2024: "称职", 2025: "称职"})
    (line,) = lines_of(f, 19)
    assert line.verdict == "不符合" and line.blocking and conclusion(review(f)) == "不符合提拔条件"
    # A 基本称职 outside the window (2022) does not count.
    (ok,) = lines_of(facts(appraisals={2022: "基本称职", **GOOD}), 19)
    assert ok.verdict == "符合"


def test_principal_exchange_is_a_warning_and_three_firsts_favour() -> None:
    f = facts(exchange=True, is_principal=True, unit_awards={2023: "二等奖", 2024: "三等奖", 2025: "二等奖"})
    warn = next(x for x in lines_of(f, 19) if x.rule == "党政正职交流重用")
    assert warn.verdict == "不符合" and not warn.blocking and "一般应" in warn.evidence
    assert conclusion(review(f)).startswith("需组织认定")
    f2 = facts(exchange=True, is_principal=True, unit_awards={2023: "一等奖", 2024: "一等奖", 2025: "一等奖"})
    got = {x.rule: x.verdict for x in lines_of(f2, 19)}
    assert got["党政正职交流重用"] == "符合" and got["连续三年一等奖"] == "倾斜"


@pytest.mark.parametrize("end, running", [
    (dt.date(2026, 2, 28), False),  # ended the day before the review
    (dt.date(2026, 3, 1), True),  # ends on the review day: the end date is still inside
    (dt.date(2026, 3, 2), True),  # ends the day after
])
def test_effect_period_boundaries(end: dt.date, running: bool) -> None:
    d = DisciplineFact(7, "党纪处分", "警告", dt.date(2025, 3, 1), end)
    f = facts(disciplines=[d])
    line = next(x for x in lines_of(f, 24) if x.rule == "处分影响期")
    if running:
        assert line.verdict == "不符合" and line.blocking and end.isoformat() in line.evidence
    else:
        assert line.verdict == "需组织认定" and not line.blocking and "可以提拔" in line.evidence


def test_tolerated_matter_never_counts() -> None:
    d = DisciplineFact(7, "组织处理", "诫勉", dt.date(2026, 1, 1), dt.date(2026, 7, 1), tolerated=True)
    lines = lines_of(facts(disciplines=[d]), 24)
    assert not any(x.blocking for x in lines)
    assert any(x.rule == "容错纠错" and "容错" in x.evidence for x in lines)


def test_three_excellent_in_a_row_article_21() -> None:
    f = facts(appraisals={2023: "优秀", 2024: "优秀", 2025: "优秀"})
    (line,) = lines_of(f, 21)
    assert line.verdict == "优先" and "连续三年" in line.rule


def _com(title: str, level: str, day: dt.date = dt.date(2025, 5, 4), **kw: str) -> CommendationFact:
    return CommendationFact(1, title, level, day, **kw)


@pytest.mark.parametrize("com, rule", [
    (_com("全省生态环境保护先进个人", "省委省政府"), "省级以上表彰（生态环境）"),
    (_com("全国安全生产先进个人", "中央国家部委"), "省级以上表彰（安全生产）"),
    (_com("全省平安建设先进工作者", "省委省政府"), "省级以上表彰（维稳综治）"),
    (_com("全省基层党建工作先进个人", "省委省政府"), "省级以上表彰（党的建设）"),
    (_com("全国文明城市创建先进个人", "中央/国务院"), "省级以上表彰（各类创建）"),
    (_com("全市招商引资先进个人", "市委市政府"), "急难险重工作受市级以上表彰（招商引资）"),
    (_com("全市脱贫攻坚先进个人", "市委市政府"), "急难险重工作受市级以上表彰（脱贫攻坚）"),
    (_com("全市信访工作先进个人", "市委市政府"), "急难险重工作受市级以上表彰（信访维稳）"),
    (_com("全市重点项目建设先进个人", "市委市政府"), "急难险重工作受市级以上表彰（项目建设）"),
    (_com("全市拆迁安置工作先进个人", "市委市政府"), "急难险重工作受市级以上表彰（拆迁安置）"),
    (_com("安康市“敢担当、善作为”优秀干部", "市委市政府"), "市“敢担当、善作为”优秀干部"),
])
def test_article_21_paths(com: CommendationFact, rule: str) -> None:
    lines = lines_of(facts(commendations=[com]), 21)
    assert [(x.rule, x.verdict) for x in lines] == [(rule, "优先")]
    assert "优先提拔" in conclusion(review(facts(commendations=[com])))


def test_article_21_needs_the_level() -> None:
    # A city commendation in 生态环境 is not enough (省级以上 required); a county one for 招商 neither.
    assert lines_of(facts(commendations=[_com("全市生态环境先进个人", "市委市政府")]), 21) == []
    assert lines_of(facts(commendations=[_com("全县招商引资先进个人", "县委县政府")]), 21) == []
    # Too old (outside the 5-year window setting) does not count.
    old = _com("全省生态环境保护先进个人", "省委省政府", dt.date(2019, 5, 4))
    assert lines_of(facts(commendations=[old]), 21) == []


@pytest.mark.parametrize("com, rule", [
    (_com("全省优秀党务工作者", "省委省政府"), "全国或全省“优秀党务工作者”"),
    (_com("全国优秀共产党员", "中央/国务院"), "全国或全省“优秀共产党员”"),
    (_com("全省人民满意的公务员", "省委省政府"), "全国或全省“人民满意公务员”"),
    (_com("脱贫攻坚先进典型", "省委省政府", kind="重大典型"), "列为重大典型"),
])
def test_article_22_paths(com: CommendationFact, rule: str) -> None:
    lines = lines_of(facts(commendations=[com]), 22)
    assert [(x.rule, x.verdict) for x in lines] == [(rule, "可破格")]
    assert "可破格提拔" in conclusion(review(facts(commendations=[com])))
    # At city level it is not 破格.
    city = CommendationFact(1, com.title, "市委市政府", com.date, kind=com.kind)
    assert lines_of(facts(commendations=[city]), 22) == []


def test_article_18_20_23_lines() -> None:
    f = facts(unit_kind="镇", unit_awards={2025: "一等奖"}, vote_position=(2, 30), key_work=["2025年防汛抢险"],
              excellent_years=[2024], level="副科级", level_since=dt.date(2021, 5, 10))
    got = [(x.citation.article, x.rule, x.verdict) for x in review(f)]
    assert (18, "单位考核排名靠前", "优先") in got and (18, "民主测评靠前", "优先") in got
    assert (18, "参与重点工作成绩优异", "优先") in got and (18, "镇级基层", "优先") in got
    assert (20, "县“敢担当、善作为”优秀干部", "优先") in got
    l23 = next(x for x in review(f) if x.citation.article == 23)
    assert "4年9个月" in l23.evidence
    # place 11 of 30 is outside the top third
    assert not any(x.rule == "民主测评靠前" for x in review(facts(vote_position=(11, 30))))
    assert any(x.rule == "民主测评靠前" for x in review(facts(vote_position=(10, 30))))


def test_article_22_outstanding_results_need_no_level() -> None:
    # “落实五大发展理念，成效特别显著、脱贫攻坚成绩特别突出的” names no commending level (unlike 重大典型,
    # which must come from 党中央、国务院、中央国家部委或省委省政府): a county record tagged so by the clerk counts.
    county = _com("全县脱贫攻坚工作成效突出", "县委县政府", kind="成效特别显著")
    lines = lines_of(facts(commendations=[county]), 22)
    assert [(x.rule, x.verdict) for x in lines] == [("成效特别显著、脱贫攻坚成绩特别突出", "可破格")]
    assert "须组织认定" in lines[0].evidence
    # 重大典型 still needs the provincial level.
    assert lines_of(facts(commendations=[_com("典型", "市委市政府", kind="重大典型")]), 22) == []


def test_exchange_with_a_year_missing_from_the_rankings_asks_rather_than_warns() -> None:
    # 2024 has no ranking data: "no 一等奖" cannot be said of it (第十九条, 一般应获得一次一等奖).
    f = facts(exchange=True, is_principal=True, unit_awards={2023: "二等奖", 2025: None})
    line = next(x for x in lines_of(f, 19) if x.rule == "党政正职交流重用")
    assert line.verdict == "需组织认定" and "2024年度无目标责任考核排名数据" in line.evidence
    f2 = facts(exchange=True, is_principal=True, unit_awards={2023: "二等奖", 2024: None, 2025: None})
    line2 = next(x for x in lines_of(f2, 19) if x.rule == "党政正职交流重用")
    assert line2.verdict == "不符合" and "均未获一等奖" in line2.evidence


# ---- 第二十条: the title counts from the 表彰 register too, and each line names its record
def test_article_20_counts_the_register_and_says_which_record() -> None:
    """“对获得全县“敢担当、善作为”优秀干部（“五个一”好干部），符合条件的，优先列入科级后备干部人选或晋级晋职。”"""
    on_paper = _com("2019年度“敢担当、善作为”优秀干部", "县委县政府", dt.date(2020, 1, 15))
    # A register entry alone (no 当选 record): counts, rests on the register, asks the clerk to confirm.
    (line,) = lines_of(facts(commendations=[on_paper]), 20)
    assert (line.verdict, line.rule) == ("优先", "县“敢担当、善作为”优秀干部")
    assert [(r.source, r.id) for r in line.records] == [("表彰登记", 1)]
    assert line.confirm and "请核实" in line.evidence
    assert "优先提拔" in conclusion(review(facts(commendations=[on_paper])))
    # The same title with its 当选 record: one line resting on both, nothing to confirm.
    (both,) = lines_of(facts(commendations=[on_paper], excellent_years=[2019]), 20)
    assert [r.source for r in both.records] == ["评选记录", "表彰登记"] and not both.confirm
    # A decision without a year in its title matches the selection of its year or the year before.
    undated = _com("“五个一”好干部", "县委县政府", dt.date(2025, 1, 10))
    (m,) = lines_of(facts(commendations=[undated], excellent_years=[2024]), 20)
    assert not m.confirm and len(m.records) == 2
    got = lines_of(facts(commendations=[undated], excellent_years=[2022]), 20)
    assert [(x.records[0].source, bool(x.confirm)) for x in got] == [("评选记录", False), ("表彰登记", True)]
    # Selection only: rests on the selection record.
    (sel,) = lines_of(facts(excellent_years=[2024]), 20)
    assert [r.source for r in sel.records] == ["评选记录"] and "2024年度当选" in sel.evidence
    # The city title and other county titles are not 第二十条's.
    assert lines_of(facts(commendations=[_com("安康市“敢担当、善作为”优秀干部", "市委市政府")]), 20) == []
    assert lines_of(facts(commendations=[_com("全县优秀共产党员", "县委县政府")]), 20) == []
    # A decision after the review date does not count yet.
    assert lines_of(facts(commendations=[_com("“五个一”好干部", "县委县政府", dt.date(2026, 3, 2))]), 20) == []


# ---- 第二十一条: the local window is named and what it leaves out is listed
def test_article_21_window_is_named_and_leaves_out_with_reason() -> None:
    """“……受到党中央、国务院和中央、国家部委或省委、省政府表彰的……优先提拔使用。” The text sets no window;
    the local one (promotion.commendation_years) is named on the line and what it leaves out is listed."""
    from zydesk.core.incentives.promotion import left_out

    first_year = _com("全省生态环境保护先进个人", "省委省政府", dt.date(2022, 1, 1))  # 2026 − 5 + 1 = 2022
    before = _com("全省生态环境保护先进个人", "省委省政府", dt.date(2021, 12, 31))
    (line,) = lines_of(facts(commendations=[first_year]), 21)
    assert "表彰计算年限”5年" in line.evidence and line.records[0].id == 1
    assert left_out(facts(commendations=[first_year])) == []
    assert lines_of(facts(commendations=[before]), 21) == []
    (out,) = left_out(facts(commendations=[before]))
    assert out.citation.article == 21 and out.rule == "省级以上表彰（生态环境）"
    assert "早于2022年" in out.reason and "表彰计算年限" in out.reason and "2021-12-31" in out.record.text
    # A record that falls under no heading of 第二十一条 is not "left out" by the window.
    assert left_out(facts(commendations=[_com("全县先进个人", "县委县政府", dt.date(2015, 1, 1))])) == []


# ---- 第二十二条: no window the text does not set
@pytest.mark.parametrize("on", [dt.date(2024, 3, 1), dt.date(2026, 3, 1), dt.date(2040, 3, 1)])
def test_article_22_sets_no_time_limit(on: dt.date) -> None:
    """“对被评为全国或全省“优秀党务工作者”“优秀共产党员”“人民满意公务员”的；……可破格提拔使用。” No time limit."""
    old = _com("全国优秀共产党员", "中央/国务院", dt.date(2019, 7, 1))
    for years in (5, 1):
        (line,) = lines_of(facts(on=on, commendations=[old], commendation_years=years), 22)
        assert line.verdict == "可破格" and line.records[0].id == 1
    from zydesk.core.incentives.promotion import left_out
    assert left_out(facts(on=on, commendations=[old])) == []
    # Not before it was conferred.
    assert lines_of(facts(on=dt.date(2019, 6, 30), commendations=[old]), 22) == []
