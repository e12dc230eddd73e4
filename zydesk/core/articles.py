"""Every article of the three documents of 紫办发〔2016〕15号 → where the program applies it, or why nothing does.

One Entry per article (or per item where items are applied by different code), saying
- kind: RULE (a function decides), SETTING (a local setting holds a reading the text leaves open),
  PROCEDURE (a workflow records the steps or the data the text asks for), DECLARATORY (purpose,
  principles, scope, definitions, interpretation, entry into force: nothing to compute), or OUTSIDE
  (a duty of other offices the workbench does not handle: budgets, pay, appointments elsewhere);
- where: the dotted name of the function or constant (RULE, PROCEDURE) or the setting key (SETTING);
- test: the golden test that pins it ("tests/test_x.py::test_y").

tests/test_article_coverage.py walks the shipped policy text and holds this table to it: every article
is listed, every rule function (aNN…) is listed under its own article, every named test exists, and the
passages the rules quote are the text's words. `rules_for(citation)` is the way from an article to its code.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum

from zydesk.core.citation import Citation, Doc


class Kind(Enum):
    RULE = "规则"
    SETTING = "本地设置"
    PROCEDURE = "程序"
    DECLARATORY = "宣示性条款"
    OUTSIDE = "不在本程序办理"


@dataclass(frozen=True)
class Entry:
    citation: Citation
    kind: Kind
    where: str = ""
    test: str = ""
    note: str = ""


R, S, P, D, O = Kind.RULE, Kind.SETTING, Kind.PROCEDURE, Kind.DECLARATORY, Kind.OUTSIDE
INC, TOL, ADJ = Doc.INCENTIVES, Doc.TOLERANCE, Doc.ADJUSTMENT

_RANKING = "zydesk.core.incentives.ranking."
_AWARDS = "zydesk.core.incentives.awards."
_EXCELLENT = "zydesk.core.incentives.excellent."
_BONUS = "zydesk.core.incentives.bonus."
_PROMOTION = "zydesk.core.incentives.promotion."
_TOLERANCE = "zydesk.core.tolerance.rules."
_ASSESS = "zydesk.core.adjustment.assessment."
_MONITOR = "zydesk.core.adjustment.monitoring."
_DETERMINE = "zydesk.core.adjustment.determinations."
_PERSONAL = "zydesk.core.adjustment.personal."
_CARE = "zydesk.core.incentives.care."

T_RANKING = "tests/test_ranking_core.py::"
T_RANKING_SVC = "tests/test_ranking_services.py::"
T_AWARDS = "tests/test_ranking_awards_core.py::"
T_EXCELLENT = "tests/test_excellent_core.py::"
T_EXCELLENT_SVC = "tests/test_excellent_services.py::"
T_PROMOTION = "tests/test_promotion_core.py::"
T_TOLERANCE = "tests/test_tolerance_core.py::"
T_TOLERANCE_SVC = "tests/test_tolerance_service.py::"
T_ADJ = "tests/test_adjustment_rules.py::"
T_ADJ_SVC = "tests/test_adjustment_service.py::"
T_CARE = "tests/test_care_core.py::"
T_CARE_SVC = "tests/test_care_service.py::"


def _e(doc: Doc, article: int, item: int | None, kind: Kind, where: str = "", test: str = "",
       note: str = "", sub: int | None = None) -> Entry:
    return Entry(Citation(doc, article, item, sub), kind, where, test, note)


REGISTRY: tuple[Entry, ...] = (
    # ---- 鼓励激励实施办法 ----------------------------------------------------------------------------
    _e(INC, 1, None, D, note="目的和依据"),
    _e(INC, 2, None, D, note="工作原则"),
    _e(INC, 3, None, D, note="以各类考核结果为依据：结果由各模块录入或导入"),
    _e(INC, 4, None, D, note="四类鼓励激励：评优评先、考核奖励、选拔重用、关爱关怀（前三类各有模块）"),
    _e(INC, 5, 1, R, _RANKING + "a05_1_rank_year", T_RANKING + "test_default_reading_priority_first_and_widen",
       "一等奖名额、直接评定、优先评定、一票否决"),
    _e(INC, 5, 1, S, "ranking.quota_percent", T_RANKING_SVC + "test_settings_validated_and_per_year",
       "35%比例的计算基数、取整、“优先”的理解"),
    _e(INC, 5, 1, R, _RANKING + "a05_1_rank_group", T_RANKING + "test_tie_at_boundary_widen_vs_clerk",
       "改一个得分只重排所在类别"),
    _e(INC, 5, 2, P, "zydesk.services.incentives.awards.add_recorded_award",
       T_RANKING_SVC + "test_catch_up_from_monitoring_and_villages", "重大改革创新贡献奖：经考核评选后登记"),
    _e(INC, 5, 3, P, "zydesk.services.incentives.awards.add_recorded_award",
       T_RANKING_SVC + "test_catch_up_from_monitoring_and_villages", "重点工作单项考核奖：登记"),
    _e(INC, 6, None, R, _AWARDS + "a06_2_catch_up", T_AWARDS + "test_five_places_up_qualifies_four_does_not",
       "第2目由监测数据计算；第1目（争先进位奖）登记"),
    _e(INC, 7, None, P, "zydesk.services.incentives.awards.add_recorded_award",
       T_RANKING_SVC + "test_catch_up_from_monitoring_and_villages", "目标责任考核创优贡献奖：登记"),
    _e(INC, 8, None, R, _AWARDS + "a08_3_village_count", T_AWARDS + "test_village_count_warning",
       "第3目5-8个先进村；第1、2目登记"),
    _e(INC, 9, None, R, _EXCELLENT + "a09_nominee_checks",
       T_EXCELLENT + "test_nominee_checks_appraisal_discipline_veto"),
    _e(INC, 9, None, R, _EXCELLENT + "a09_quota_report", T_EXCELLENT + "test_tolerance_per_category_and_overall",
       "60名左右及各类名额"),
    _e(INC, 9, None, S, "excellent.targets", T_EXCELLENT_SVC + "test_round_settings_as_default_for_new_rounds",
       "“左右”的幅度与各类名额"),
    _e(INC, 10, None, R, _EXCELLENT + "a10_direct_rating", T_EXCELLENT + "test_direct_rating_article_10"),
    _e(INC, 10, None, R, _EXCELLENT + "a10_unit_quota", T_EXCELLENT + "test_unit_quota_exact_and_settings"),
    _e(INC, 10, None, R, _EXCELLENT + "a10_suggest_merit", T_EXCELLENT + "test_merit_suggestion_three_consecutive"),
    _e(INC, 11, None, P, "zydesk.services.incentives.bonus.save_plan",
       T_RANKING_SVC + "test_bonus_plan_saved_and_never_over", "奖金分配方案（报县督查考评办备案）"),
    _e(INC, 12, None, R, _BONUS + "a12_distribute", T_AWARDS + "test_bonus_by_grade_exact_and_never_over"),
    _e(INC, 12, None, S, "bonus.coefficients", T_AWARDS + "test_undetermined_grade_needs_a_coefficient",
       "各考核等次的分配系数"),
    *(_e(INC, a, None, P, "zydesk.services.incentives.bonus.set_bonus_amount",
         T_RANKING_SVC + "test_bonus_plan_saved_and_never_over", "按奖项登记的奖金标准") for a in (13, 14, 15)),
    _e(INC, 16, None, O, note="优秀干部奖金的数额和发放由财政、人事部门办理"),
    _e(INC, 17, None, O, note="公务员评优记功奖励标准按公务员奖励规定执行（记功建议见第十条）"),
    _e(INC, 18, None, R, _PROMOTION + "a18", T_PROMOTION + "test_article_18_20_23_lines"),
    _e(INC, 19, None, R, _PROMOTION + "a19",
       T_PROMOTION + "test_principal_exchange_is_a_warning_and_three_firsts_favour"),
    _e(INC, 20, None, R, _PROMOTION + "a20", T_PROMOTION + "test_article_20_counts_the_register_and_says_which_record"),
    _e(INC, 21, None, R, _PROMOTION + "a21", T_PROMOTION + "test_article_21_paths"),
    _e(INC, 21, None, R, _PROMOTION + "a21_left_out",
       T_PROMOTION + "test_article_21_window_is_named_and_leaves_out_with_reason"),
    _e(INC, 21, None, S, "promotion.commendation_years",
       T_PROMOTION + "test_article_21_window_is_named_and_leaves_out_with_reason", "表彰计算年限（只用于本条）"),
    _e(INC, 22, None, R, _PROMOTION + "a22", T_PROMOTION + "test_article_22_sets_no_time_limit"),
    _e(INC, 23, None, R, _PROMOTION + "a23", T_PROMOTION + "test_article_18_20_23_lines"),
    _e(INC, 24, None, R, _PROMOTION + "a24", T_PROMOTION + "test_effect_period_boundaries"),
    _e(INC, 25, None, R, _CARE + "a25_training_coverage", T_CARE + "test_training_counts_by_its_start_year",
       "培训登记；年度未培训名单"),
    _e(INC, 26, None, P, "zydesk.services.incentives.care.save_record",
       T_CARE_SVC + "test_exchange_and_exemplar_registers", "双向交流、挂职锻炼的登记"),
    _e(INC, 27, None, P, "zydesk.services.incentives.care.save_record",
       T_CARE_SVC + "test_exchange_and_exemplar_registers", "先进典型及党代表、人大代表、政协委员人选推荐的登记"),
    _e(INC, 28, None, R, _CARE + "a28_leave_owed", T_CARE + "test_leave_not_taken_and_rest_owed",
       "年休假、调休补休的登记；未休和尚欠名单"),
    _e(INC, 29, None, R, _CARE + "a29_talk_coverage", T_CARE + "test_talk_on_31_december_counts_for_that_year",
       "每年一次全覆盖式谈心谈话"),
    _e(INC, 29, None, R, _CARE + "a29_health_check_coverage", T_CARE + "test_health_check_year_boundary",
       "每年一次体检：只登记体检已进行、日期和组织单位；文体活动不在本程序办理"),
    _e(INC, 30, None, D, note="组织实施和各项考核的负责单位"),
    _e(INC, 31, None, D, note="工作责任和纪律"),
    _e(INC, 32, None, D, note="各镇、各部门可参照制定措施"),
    _e(INC, 33, None, D, note="解释"),
    _e(INC, 34, None, D, note="施行日期"),
    # ---- 容错纠错实施细则 ----------------------------------------------------------------------------
    _e(TOL, 1, None, D, note="目的和依据"),
    _e(TOL, 2, None, D, note="“三个区分开来”"),
    _e(TOL, 3, None, D, note="容错纠错的原则（调查报告提纲引用第（三）项）"),
    _e(TOL, 4, None, D, note="适用范围"),
    _e(TOL, 5, None, D, note="容错的定义"),
    _e(TOL, 6, None, R, _TOLERANCE + "a06_circumstance_text", T_TOLERANCE + "test_conclusion_rules",
       "认定容错须对照至少一项情形；条文见 zydesk.core.tolerance.policy.SIX"),
    _e(TOL, 7, None, R, _TOLERANCE + "a07_exclusion_reason", T_TOLERANCE + "test_exclusions_force_no_tolerance"),
    _e(TOL, 7, None, R, _TOLERANCE + "a07_allowed_conclusions", T_TOLERANCE + "test_exclusions_force_no_tolerance"),
    _e(TOL, 8, None, R, _TOLERANCE + "a08_check_action", T_TOLERANCE + "test_skipping_or_going_back_is_refused",
       "申请、受理、核查、认定、反馈、报备依次办理"),
    _e(TOL, 8, None, R, _TOLERANCE + "a08_timeline", T_TOLERANCE + "test_timeline_deadlines_from_previous_step",
       "各环节的工作日期限"),
    _e(TOL, 8, 5, R, _TOLERANCE + "a08_5_feedback_due_set",
       T_TOLERANCE + "test_not_tolerated_feedback_is_a_reminder_not_a_breach", "3个工作日只约束容错的反馈"),
    _e(TOL, 8, 1, R, _TOLERANCE + "a08_1_application_due",
       T_TOLERANCE_SVC + "test_late_application_needs_a_reason_and_stays_flagged"),
    _e(TOL, 8, 6, S, "tolerance.filing_workdays", "tests/test_tolerance_gui.py::"
       "test_settings_dialog_changes_filing_deadline", "“同时”报备：反馈后几个工作日内"),
    _e(TOL, 9, None, R, _TOLERANCE + "a09_measure_by_form", T_TOLERANCE + "test_handling_body_follows_the_measure"),
    _e(TOL, 9, None, P, "zydesk.services.tolerance.cases.add_correction",
       T_TOLERANCE_SVC + "test_corrections_with_proposed_body_and_closing", "纠错措施的登记和办结"),
    _e(TOL, 10, None, R, _TOLERANCE + "a10_proposed_handling", T_TOLERANCE + "test_handling_body_follows_the_measure"),
    _e(TOL, 11, None, P, "zydesk.services.tolerance.protect.protections",
       T_TOLERANCE_SVC + "test_reduction_impact_period_and_protections", "其他模块据此不计容错事项"),
    _e(TOL, 12, None, R, _TOLERANCE + "a12_check_conclusion", T_TOLERANCE + "test_conclusion_rules"),
    _e(TOL, 12, None, P, "zydesk.services.tolerance.protect.impact_period",
       T_TOLERANCE_SVC + "test_reduction_impact_period_and_protections", "减责的影响期"),
    _e(TOL, 13, None, P, "zydesk.services.tolerance.cases.add_clarification", T_TOLERANCE_SVC + "test_clarification",
       "澄清和移送查处的登记；第（二）项组织调整由能上能下办理"),
    _e(TOL, 14, None, D, note="组织领导和各部门职责"),
    _e(TOL, 15, None, D, note="解释"),
    _e(TOL, 16, None, R, _TOLERANCE + "a16_out_of_scope", T_TOLERANCE + "test_sixteenth_article_scope"),
    # ---- 能上能下实施办法 ----------------------------------------------------------------------------
    _e(ADJ, 1, None, D, note="目的和依据"),
    _e(ADJ, 2, None, D, note="重点解决能下问题；涉及问责和违纪的按有关规定办理"),
    _e(ADJ, 3, None, D, note="原则"),
    _e(ADJ, 4, None, P, "zydesk.core.adjustment.finding.METHODS_ART4",
       T_ADJ_SVC + "test_proposal_through_every_step_writes_post_and_handling", "调整方式"),
    _e(ADJ, 5, None, D, note="适用范围：扫描只列领导职务的干部"),
    _e(ADJ, 6, None, D, note="调整的依据总述，分见第七条至第十五条"),
    _e(ADJ, 7, 1, R, _ASSESS + "a07_1", T_ADJ + "test_7_1_last_two_years_running_hits_both_heads"),
    _e(ADJ, 7, 2, R, _ASSESS + "a07_2", T_ADJ + "test_7_2_exactly_two_thirds_is_not_below"),
    _e(ADJ, 7, 3, R, _ASSESS + "a07_3", T_ADJ + "test_7_3_thirty_percent_exactly_counts_fifteen_exactly_does_not"),
    _e(ADJ, 7, 4, R, _ASSESS + "a07_4", T_ADJ + "test_7_4_unfit_once_or_basic_twice"),
    _e(ADJ, 7, 5, R, _ASSESS + "a07_5", T_ADJ + "test_7_5_subject_is_a_county_department_deputy"),
    _e(ADJ, 7, 6, R, _ASSESS + "a07_6", T_ADJ + "test_7_6_last_twice_running_ties_included"),
    _e(ADJ, 8, 1, R, _MONITOR + "a08_1", T_ADJ + "test_8_1_regression_top3_two_years_and_not_mixed"),
    _e(ADJ, 8, 2, R, _MONITOR + "a08_2", T_ADJ + "test_8_2_named_indicator_last_in_city"),
    _e(ADJ, 8, 2, S, "adjustment.named_indicators", T_ADJ + "test_8_2_named_indicator_last_in_city",
       "所列指标在本县统计中的名称"),
    _e(ADJ, 9, 1, R, _MONITOR + "a09_1", T_ADJ + "test_9_poverty_items_and_floors"),
    _e(ADJ, 9, 2, R, _MONITOR + "a09_2", T_ADJ + "test_9_poverty_items_and_floors"),
    _e(ADJ, 9, 3, R, _MONITOR + "a09_3", T_ADJ + "test_9_poverty_items_and_floors"),
    _e(ADJ, 9, 4, R, _MONITOR + "a09_4", T_ADJ + "test_9_poverty_items_and_floors"),
    _e(ADJ, 10, None, R, _DETERMINE + "a10", T_ADJ + "test_10_1_third_notice_counts"),
    _e(ADJ, 11, None, R, _DETERMINE + "a11", T_ADJ + "test_single_determination_with_roles"),
    _e(ADJ, 12, None, R, _DETERMINE + "a12", T_ADJ + "test_12_1_two_major_in_a_town_or_one_extra_major"),
    _e(ADJ, 13, None, R, _DETERMINE + "a13", T_ADJ + "test_13_5_and_12_3_two_years_running_vs_gap"),
    _e(ADJ, 14, None, R, _DETERMINE + "a14", T_ADJ + "test_14_2_two_notices_needs_review"),
    _e(ADJ, 15, 1, R, _DETERMINE + "a15_1_2", T_ADJ + "test_15_1_needs_review_and_16_fraud_flag"),
    _e(ADJ, 15, 2, R, _DETERMINE + "a15_1_2", T_ADJ + "test_15_1_needs_review_and_16_fraud_flag"),
    _e(ADJ, 15, 3, R, _PERSONAL + "a15_3", T_ADJ + "test_15_3_and_15_4_exactly_one_third_is_not_over"),
    _e(ADJ, 15, 4, R, _PERSONAL + "a15_4", T_ADJ + "test_15_3_and_15_4_exactly_one_third_is_not_over"),
    _e(ADJ, 16, None, R, _DETERMINE + "a16", T_ADJ + "test_15_1_needs_review_and_16_fraud_flag"),
    _e(ADJ, 17, None, R, _DETERMINE + "a17", T_ADJ + "test_17_without_prior_warning_says_warn_first"),
    _e(ADJ, 18, None, P, "zydesk.core.adjustment.finding.METHODS_ART18",
       T_ADJ + "test_17_without_prior_warning_says_warn_first", "不适宜担任现职的调整方式；妥善安排由组织部门办理"),
    _e(ADJ, 19, None, R, _PERSONAL + "a19", T_ADJ + "test_19_reminder_before_the_day_should_adjust_from_it"),
    _e(ADJ, 19, None, S, "adjustment.age_limits", T_ADJ_SVC + "test_age_case_postponed_with_consent",
       "任职年龄界限（本地表）"),
    _e(ADJ, 19, None, P, "zydesk.core.adjustment.procedure.check_step",
       T_ADJ_SVC + "test_age_case_postponed_with_consent", "延迟免职（退休）须上一级党组织同意"),
    _e(ADJ, 20, None, R, _PERSONAL + "a20", T_ADJ + "test_20_terms_and_years_at_level"),
    _e(ADJ, 20, None, S, "adjustment.terms", T_ADJ + "test_20_terms_and_years_at_level", "任期年限、届数、最高任职年限"),
    _e(ADJ, 21, None, O, note="安排适当工作"),
    _e(ADJ, 22, None, R, _PERSONAL + "a22", T_ADJ + "test_22_health_one_year_exactly_and_23_request"),
    _e(ADJ, 23, None, R, _PERSONAL + "a23", T_ADJ + "test_22_health_one_year_exactly_and_23_request"),
    _e(ADJ, 24, None, P, "zydesk.core.adjustment.procedure.check_step",
       T_ADJ_SVC + "test_steps_cannot_be_skipped_and_statement_is_required", "报告、审核、报批、决定、谈话"),
    _e(ADJ, 25, None, D, note="工作责任制"),
    _e(ADJ, 26, None, D, note="工作纪律（不得搞好人主义等）"),
    _e(ADJ, 26, None, R, "zydesk.core.adjustment.analysis.a26_team_gaps",
       "tests/test_analysis_core.py::test_26_team_gaps_against_targets", "分析研判：班子结构与结构缺项"),
    _e(ADJ, 26, None, S, "analysis.structure_targets",
       "tests/test_analysis_service.py::test_targets_are_a_setting_shown_with_the_result", "班子结构目标（政策未规定）"),
    _e(ADJ, 26, None, R, "zydesk.core.adjustment.analysis.a26_follow_up",
       "tests/test_analysis_core.py::test_26_follow_up_grades_after_decision", "调整后跟踪：此后年度考核"),
    _e(ADJ, 26, None, R, "zydesk.core.adjustment.analysis.a26_care_since",
       "tests/test_analysis_core.py::test_26_care_since_the_decision_day", "调整后跟踪：关心帮助（谈心谈话、培训、交流挂职）"),
    _e(ADJ, 26, None, S, "analysis.follow_up_talk_days",
       "tests/test_analysis_service.py::test_follow_up_carries_the_care_records", "调整后未谈心谈话的天数（政策未规定）"),
    _e(ADJ, 26, None, P, "zydesk.services.adjustment.analysis.analyse",
       "tests/test_analysis_service.py::test_unit_structure_gaps_and_near_limit_agree_with_the_scan",
       "分析研判报告：结构、缺项、临近界限（第十九、二十条）、排名走势、调整后跟踪"),
    _e(ADJ, 27, None, D, note="列入党建述职考核"),
    _e(ADJ, 28, None, D, note="解释"),
    _e(ADJ, 29, None, D, note="施行日期"),
)


def entries(doc: Doc, article: int) -> list[Entry]:
    return [e for e in REGISTRY if e.citation.doc is doc and e.citation.article == article]


def rules_for(citation: Citation) -> list[Entry]:
    """The entries that apply an article or one of its items: rules_for(Doc.ADJUSTMENT.cite(7, 3))."""
    return [e for e in entries(citation.doc, citation.article)
            if citation.item is None or e.citation.item in (None, citation.item)]


# ---- the policy text ------------------------------------------------------------------------------------

_NUMERALS = "一二三四五六七八九"
_ARTICLE = re.compile(r"^第([一二三四五六七八九十]+)条(.*)$")
_CHAPTER = re.compile(r"^第[一二三四五六七八九十]+章")
_ITEM = re.compile(r"^\(([一二三四五六七八九十]+)\)")


def cn_int(text: str) -> int:
    """一 → 1, 十 → 10, 十七 → 17, 二十九 → 29 (the inverse of citation.cn_number)."""
    tens, _, ones = text.rpartition("十")
    if "十" not in text:
        return _NUMERALS.index(text) + 1
    return (_NUMERALS.index(tens) + 1 if tens else 1) * 10 + (_NUMERALS.index(ones) + 1 if ones else 0)


def normal(text: str) -> str:
    """NFKC without whitespace: how quotes are compared with the shipped text (half-width punctuation)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def split_articles(text: str) -> dict[Doc, dict[int, str]]:
    """The shipped text → for each document, article number → its text (NFKC, one line per paragraph)."""
    titles = {normal(d.title): d for d in Doc}
    out: dict[Doc, dict[int, str]] = {d: {} for d in Doc}
    doc: Doc | None = None
    current: int | None = None
    for raw in text.splitlines():
        line = unicodedata.normalize("NFKC", raw).strip()
        if normal(line) in titles:
            doc, current = titles[normal(line)], None
        elif doc is None or not line:
            continue
        elif _CHAPTER.match(line):
            current = None
        elif m := _ARTICLE.match(line):
            current = cn_int(m.group(1))
            out[doc][current] = m.group(2)
        elif current is not None:
            out[doc][current] += "\n" + line
    return out


def items(article_text: str) -> list[int]:
    """The item numbers （一）（二）… that open a paragraph of an article."""
    return [cn_int(m.group(1)) for line in article_text.splitlines() if (m := _ITEM.match(line))]
