"""“敢担当、善作为”优秀干部评选（鼓励激励实施办法第九条）and individual honours (第十条).

Pure rules: quotas per category with the "左右" tolerance, category derivation from the current post,
the eligibility lines of a nominee, the stage machine, the 第十条 unit quota and the 记功 suggestion.
"""
from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from fractions import Fraction

from zydesk.core.citation import Citation, Doc
from zydesk.core.incentives.values import STAGE_ORDER, AppraisalGrade, Stage

A09 = Doc.INCENTIVES.cite(9)
A10 = Doc.INCENTIVES.cite(10)

# ---------------------------------------------------------------- verdicts (shared with promotion.py)
OK, FAIL, JUDGE, PRIORITY, FAVOUR, EXCEPTIONAL = "符合", "不符合", "需组织认定", "优先", "倾斜", "可破格"
VERDICTS = (OK, FAIL, JUDGE, PRIORITY, FAVOUR, EXCEPTIONAL)


@dataclass(frozen=True)
class RecordRef:
    """A record a line rests on or leaves out: which register (评选记录 / 表彰登记), its id there, what it says."""

    source: str
    id: int | None
    text: str

    def as_json(self) -> dict[str, object]:
        return {"source": self.source, "id": self.id, "text": self.text}


SELECTION, REGISTER = "评选记录", "表彰登记"


@dataclass(frozen=True)
class CheckLine:
    """One line of an eligibility check or a 资格审查: the rule, the verdict and the figures behind it.

    blocking: a 不符合 that bars the nominee/promotion. A 不符合 with blocking False is a warning
    (第十九条 “一般应”); 需组织认定 lines never block but ask the clerk to judge.
    records: the records the line rests on; confirm: what the clerk is asked to confirm about them (a line
    that counts, but whose record does not tally with the other register).
    """

    citation: Citation
    rule: str
    verdict: str
    evidence: str
    blocking: bool = False
    records: tuple[RecordRef, ...] = ()
    confirm: str = ""

    def as_json(self) -> dict[str, object]:
        return {**self.citation.as_json(), "verdict": self.verdict,
                "evidence": f"{self.rule}：{self.evidence}"}

    def detail_json(self) -> dict[str, object]:
        """as_json with the records behind the line and what is to be confirmed (资格审查 JSON)."""
        return {**self.as_json(), "records": [r.as_json() for r in self.records], "confirm": self.confirm}


@dataclass(frozen=True)
class LeftOut:
    """A record that would have counted under `citation` but a local setting leaves it out, and why."""

    citation: Citation
    rule: str
    record: RecordRef
    reason: str

    def as_json(self) -> dict[str, object]:
        return {**self.citation.as_json(), "rule": self.rule, "record": self.record.as_json(),
                "reason": self.reason}


def is_eligible(lines: Iterable[CheckLine]) -> bool:
    return not any(line.blocking for line in lines)


# ---------------------------------------------------------------- quotas (第九条)
CATEGORIES: tuple[str, ...] = ("镇党政正职", "部门正职", "科级干部", "基层一线")
CATEGORY_TITLES = {"镇党政正职": "优秀镇党政正职", "部门正职": "优秀部门正职", "科级干部": "优秀科级干部",
                   "基层一线": "基层一线干部"}
DEFAULT_TARGETS: dict[str, int] = {"镇党政正职": 5, "部门正职": 5, "科级干部": 10, "基层一线": 40}
DEFAULT_TOTAL = 60


@dataclass(frozen=True)
class Tolerance:
    """“左右”: how far the count may go above or below the target without a recorded reason."""

    per_category: int = 1
    overall: int = 3


@dataclass(frozen=True)
class QuotaLine:
    category: str
    target: int
    filled: int
    low: int
    high: int

    @property
    def status(self) -> str:
        if self.filled > self.high:
            return "超出"
        if self.filled < self.low:
            return "未满"
        return "在范围内"


@dataclass(frozen=True)
class QuotaReport:
    lines: tuple[QuotaLine, ...]
    total_target: int
    total_filled: int
    total_low: int
    total_high: int

    def line(self, category: str) -> QuotaLine:
        return next(q for q in self.lines if q.category == category)


def a09_quota_report(targets: Mapping[str, int], filled: Mapping[str, int], tol: Tolerance,
                 total_target: int | None = None) -> QuotaReport:
    lines = tuple(
        QuotaLine(c, targets.get(c, 0), filled.get(c, 0), max(0, targets.get(c, 0) - tol.per_category),
                  targets.get(c, 0) + tol.per_category)
        for c in CATEGORIES
    )
    total = sum(q.target for q in lines) if total_target is None else total_target
    return QuotaReport(lines, total, sum(q.filled for q in lines), max(0, total - tol.overall), total + tol.overall)


def overrun_if_added(report: QuotaReport, category: str) -> str | None:
    """Why electing one more in `category` goes past the tolerance (a reason must then be recorded)."""
    q = report.line(category)
    problems = []
    if q.filled + 1 > q.high:
        problems.append(f"“{CATEGORY_TITLES[category]}”将达{q.filled + 1}名，超过{q.target}名左右的上限{q.high}名"
                        f"（容差±{q.high - q.target}）")
    if report.total_filled + 1 > report.total_high:
        problems.append(f"总数将达{report.total_filled + 1}名，超过{report.total_target}名左右的上限"
                        f"{report.total_high}名")
    return "；".join(problems) or None


# ---------------------------------------------------------------- category from the current post
@dataclass(frozen=True)
class PostFacts:
    unit_kind: str  # 镇 / 县直部门 / 县直事业单位 / 县属国有企业
    title: str
    level: str
    is_principal: bool
    is_leadership: bool
    is_frontline: bool


SECTION_LEVELS = ("正科级", "副科级")


def derive_categories(post: PostFacts | None) -> list[str]:
    """Every category the post fits, most specific first; the first is the default, the clerk may pick another."""
    if post is None:
        return []
    found: list[str] = []
    principal = post.is_principal and post.is_leadership
    if post.unit_kind == "镇" and principal:
        found.append("镇党政正职")
    if post.unit_kind != "镇" and principal:
        found.append("部门正职")
    if post.level in SECTION_LEVELS:
        found.append("科级干部")
    if post.is_frontline:
        found.append("基层一线")
    return found


def category_reason(post: PostFacts, category: str) -> str:
    return {
        "镇党政正职": f"镇单位党政正职（{post.title}）",
        "部门正职": f"县直单位正职（{post.title}）",
        "科级干部": f"职务层次{post.level}",
        "基层一线": "标记为基层一线岗位",
    }[category]


# ---------------------------------------------------------------- eligibility (第九条)
GOOD_GRADES = (AppraisalGrade.EXCELLENT, AppraisalGrade.COMPETENT)
BAD_GRADES = (AppraisalGrade.BASIC, AppraisalGrade.INCOMPETENT)


@dataclass(frozen=True)
class DisciplineFact:
    id: int
    category: str
    kind: str
    decision_date: dt.date
    effect_end: dt.date | None
    tolerated: bool = False  # covered by a 容错 conclusion: never counts against the cadre
    tolerance_note: str = ""
    permanent: bool = False  # a kind with no 影响期 that still bars (开除)


def effect_running(d: DisciplineFact, on: dt.date) -> bool:
    """The 影响期 covers `on`. Its end date is the last day inside the period (到期日当日仍在影响期内):
    the decision day itself is not counted, so N months later on the same day is the period's last day."""
    if d.permanent:
        return True
    return d.effect_end is not None and d.decision_date <= on <= d.effect_end


def discipline_lines(disciplines: Sequence[DisciplineFact], on: dt.date, citation: Citation,
                     tolerance_enabled: bool, *, ended_verdict: str = OK,
                     ended_note: str = "影响期已满", tolerance_notes: Sequence[str] = ()) -> list[CheckLine]:
    lines: list[CheckLine] = [CheckLine(citation, "容错纠错", OK, note + "，不作负面评价") for note in tolerance_notes]
    for d in sorted(disciplines, key=lambda x: x.decision_date):
        what = f"{d.decision_date.isoformat()} {d.category}·{d.kind}"
        if d.decision_date > on:
            continue
        if d.tolerated:
            lines.append(CheckLine(citation, "容错纠错", OK,
                                   f"{what}经容错认定，不计入（容错纠错实施细则第十一条）"
                                   + (f"；{d.tolerance_note}" if d.tolerance_note else "")))
        elif d.permanent:
            lines.append(CheckLine(citation, "处分影响期", FAIL, f"{what}，无影响期届满之日", blocking=True))
        elif effect_running(d, on):
            assert d.effect_end is not None
            lines.append(CheckLine(citation, "处分影响期", FAIL,
                                   f"{what}，影响期至{d.effect_end.isoformat()}（含当日），审查日{on.isoformat()}仍在影响期内",
                                   blocking=True))
        elif d.effect_end is None:
            lines.append(CheckLine(citation, "处分影响期", OK, f"{what}，无影响期"))
        else:
            lines.append(CheckLine(citation, "处分影响期", ended_verdict,
                                   f"{what}，影响期已于{d.effect_end.isoformat()}届满；{ended_note}"))
    if not any(line.rule == "处分影响期" for line in lines):
        lines.append(CheckLine(citation, "处分影响期", OK, f"截至{on.isoformat()}无影响期内的处分或组织处理"))
    if not tolerance_enabled:
        lines.append(CheckLine(citation, "容错纠错", OK, "容错纠错模块未启用：未排除任何事项，所有处分均按原样计算"))
    return lines


@dataclass(frozen=True)
class NomineeFacts:
    year: int
    on: dt.date  # the selection date the discipline check is made for
    appraisals: Mapping[int, str]  # year → 公务员年度考核 grade
    disciplines: Sequence[DisciplineFact] = ()
    tolerance_notes: Sequence[str] = ()  # 容错 conclusions matched to no discipline (shown, never counted)
    unit_name: str = ""
    unit_award: str | None = None  # the unit's 年度目标责任考核 result this year (information)
    unit_vetoed: bool = False  # 一票否决 on the unit this year
    veto_reason: str = ""
    tolerance_enabled: bool = False


def appraisal_line(year: int, grade: str | None, citation: Citation, what: str) -> CheckLine:
    if grade is None:
        return CheckLine(citation, what, JUDGE, f"{year}年度考核结果未录入，请核实")
    if grade in GOOD_GRADES:
        return CheckLine(citation, what, OK, f"{year}年度考核“{grade}”")
    if grade in BAD_GRADES:
        return CheckLine(citation, what, FAIL, f"{year}年度考核“{grade}”，低于称职", blocking=True)
    return CheckLine(citation, what, JUDGE, f"{year}年度考核“{grade}”，请组织认定")


def a09_nominee_checks(f: NomineeFacts) -> list[CheckLine]:
    """第九条 eligibility: this and last year's appraisal, discipline, the unit's 一票否决, 容错."""
    lines = [appraisal_line(y, f.appraisals.get(y), A09, "公务员年度考核") for y in (f.year, f.year - 1)]
    if f.unit_award:
        lines.append(CheckLine(A09, "单位年度目标责任考核", OK, f"{f.unit_name}{f.year}年度：{f.unit_award}"))
    if f.unit_vetoed:
        lines.append(CheckLine(A09, "单位一票否决", JUDGE,
                               f"{f.unit_name}{f.year}年度被一票否决（{f.veto_reason or '未注明事由'}），"
                               "请核实是否系本人负责的事项"))
    lines += discipline_lines(f.disciplines, f.on, A09, f.tolerance_enabled, tolerance_notes=f.tolerance_notes)
    return lines


# ---------------------------------------------------------------- stages
STAGES: tuple[Stage, ...] = STAGE_ORDER
REJECTED = Stage.REJECTED
NEXT: dict[str, str] = {a: b for a, b in zip(STAGES, STAGES[1:])}


@dataclass(frozen=True)
class StageFacts:
    stage: str
    checked: bool  # an eligibility check has been run
    eligible: bool
    has_score: bool  # votes or scores entered
    overrun: str | None = None  # from overrun_if_added, for the step to 当选
    reason: str = ""  # recorded reason (needed for overruns and rejections)


def transition_problem(f: StageFacts, target: str) -> str | None:
    """None if the step is allowed; otherwise the Chinese reason why not."""
    if f.stage in (STAGES[-1], REJECTED):
        return f"已处于“{f.stage}”阶段，不能再变更"
    if target == REJECTED:
        return None if f.reason.strip() else "设为未通过须填写理由"
    if NEXT.get(f.stage) != target:
        return f"只能从“{f.stage}”进入“{NEXT.get(f.stage)}”，不能直接进入“{target}”"
    if target in (Stage.REVIEWED, Stage.PUBLICISED, Stage.ELECTED):  # a re-check that fails stops the nominee at any later step
        if not f.checked:
            return "尚未进行资格审核"
        if not f.eligible:
            return f"资格审核有不符合项，不能进入{target}"
    if target == Stage.PUBLICISED and not f.has_score:
        return "尚未录入评审票数或得分"
    if target == Stage.ELECTED and f.overrun and not f.reason.strip():
        return f"{f.overrun}。超出“左右”范围须记录理由"
    return None


class NomineeAction(StrEnum):
    """What the clerk may do with a nomination; which ones a stage allows is `allowed_actions`."""

    CHECK = "资格审核"
    SCORE = "录入票数/得分"
    ADVANCE = "进入下一阶段"
    REJECT = "设为未通过"
    CITY = "择优推荐市级"
    EDIT = "修改事迹/附件"
    WITHDRAW = "撤回推荐"


_BY_STAGE: dict[str, frozenset[NomineeAction]] = {
    Stage.NOMINATED: frozenset({NomineeAction.CHECK, NomineeAction.ADVANCE, NomineeAction.REJECT,
                                NomineeAction.EDIT, NomineeAction.WITHDRAW}),
    Stage.CHECKED: frozenset({NomineeAction.CHECK, NomineeAction.SCORE, NomineeAction.ADVANCE,
                              NomineeAction.REJECT, NomineeAction.EDIT}),
    Stage.REVIEWED: frozenset({NomineeAction.CHECK, NomineeAction.SCORE, NomineeAction.ADVANCE,
                               NomineeAction.REJECT, NomineeAction.EDIT}),
    Stage.PUBLICISED: frozenset({NomineeAction.CHECK, NomineeAction.ADVANCE, NomineeAction.REJECT,
                                 NomineeAction.EDIT}),
    Stage.ELECTED: frozenset({NomineeAction.CHECK, NomineeAction.CITY, NomineeAction.EDIT}),
    Stage.REJECTED: frozenset({NomineeAction.CHECK, NomineeAction.EDIT}),
}
CATEGORY_STAGES = (Stage.NOMINATED, Stage.CHECKED)  # the category may change until the review


def allowed_actions(stage: str) -> frozenset[NomineeAction]:
    """The actions a nomination in `stage` allows (the page enables its buttons by it; services refuse the rest)."""
    return _BY_STAGE.get(stage, frozenset())


def needs_election_reason(stage: str, overrun: str | None) -> bool:
    """The next step is 当选 and it goes past the “左右” range: the clerk must give a reason first."""
    return NEXT.get(stage) == Stage.ELECTED and overrun is not None


# ---------------------------------------------------------------- 第十条: directly rated, unit quota
DIRECT_LEVELS = ("中央/国务院", "中央国家部委", "省委省政府", "市委市政府")


@dataclass(frozen=True)
class CommendationFact:
    id: int
    title: str
    level: str
    date: dt.date
    issuer: str = ""
    field: str = ""  # 生态环境 / 安全生产 / ... (tagged, else guessed from the title)
    kind: str = ""  # 重大典型 / 成效特别显著 (tagged)


def a10_direct_rating(year: int, commendations: Sequence[CommendationFact], violations: Sequence[str]
                  ) -> tuple[bool, str]:
    """第十条: commended this year at city level or above and no 违纪违规 → 直接评定为优秀."""
    hits = [c for c in commendations if c.date.year == year and c.level in DIRECT_LEVELS]
    if not hits:
        return False, ""
    names = "；".join(f"{c.date.isoformat()} {c.level}“{c.title}”" for c in hits)
    if violations:
        return False, f"{names}；但本年度有违纪违规：{'；'.join(violations)}，不直接评定"
    return True, f"{names}；本年度无违纪违规，直接评定为优秀，不占本单位优秀名额"


def parse_rate(text: str | int | float) -> Fraction:
    """'15%' → 3/20; '0.2' → 1/5; '1/5' → 1/5 (exact)."""
    s = str(text).strip()
    if s.endswith("%"):
        return Fraction(s[:-1]) / 100
    return Fraction(s)


def fraction_text(x: Fraction) -> str:
    """Exact where a decimal is exact (2.85), else the fraction with an approximation (19/3≈6.33)."""
    d = x.denominator
    while d % 2 == 0:
        d //= 2
    while d % 5 == 0:
        d //= 5
    if d == 1:
        text = f"{x.numerator / x.denominator:.10f}".rstrip("0").rstrip(".")
        return text
    return f"{x}≈{float(x):.2f}"


@dataclass(frozen=True)
class UnitQuota:
    unit_id: int
    unit_name: str
    unit_kind: str
    appraised: int  # appraised staff, the directly rated excluded
    rate: Fraction
    quota: int
    used: int  # 优秀 among the others
    direct: tuple[str, ...]  # names of the directly rated
    first_prize: bool
    rounding: str

    @property
    def over(self) -> bool:
        return self.used > self.quota

    def evidence(self) -> str:
        return (f"参加考核{self.appraised}人（不含直接评定{len(self.direct)}人）×{fraction_text(self.rate * 100)}%"
                f"{'（单位获一等奖）' if self.first_prize else ''} = {fraction_text(self.appraised * self.rate)}，"
                f"{self.rounding} → {self.quota}名；已用{self.used}名")


def a10_unit_quota(unit_id: int, unit_name: str, unit_kind: str, appraised: int, direct: Sequence[str],
               used: int, rate: Fraction, first_prize: bool, rounding: str = "向下取整") -> UnitQuota:
    raw = appraised * rate
    quota = math.floor(raw) if rounding == "向下取整" else math.floor(raw + Fraction(1, 2))
    return UnitQuota(unit_id, unit_name, unit_kind, appraised, rate, quota, used, tuple(direct), first_prize,
                     rounding)


# ---------------------------------------------------------------- 记功 suggestion
HONOUR_KINDS = ("嘉奖", "记三等功", "记二等功", "记一等功", "人民满意的公务员", "人民满意的公务员集体",
                "模范公务员", "模范公务员集体")


def consecutive_excellent(appraisals: Mapping[int, str], last_year: int, n: int = 3) -> bool:
    return all(appraisals.get(y) == AppraisalGrade.EXCELLENT for y in range(last_year - n + 1, last_year + 1))


@dataclass(frozen=True)
class HonourSuggestion:
    cadre_id: int
    year: int
    kind: str
    evidence: str
    citation: Citation = field(default=A10)


# 第十条 names 记三等功 (按程序报批) but not 连续三年优秀: that rule is the 公务员考核 rules', taken here as
# a local reading (docs/policy-readings.md), so the suggestion cites 第十条（本地解读）.
A10_MERIT_READING = Doc.INCENTIVES.local(10, reading="本地解读")


def a10_suggest_merit(cadre_id: int, year: int, appraisals: Mapping[int, str]) -> HonourSuggestion | None:
    """第十条：对表现突出、作出较大贡献……的公务员……按程序报批分别给予嘉奖、记三等功、记二等功、记一等功。

    Three consecutive years of 优秀 ending in `year` → suggest 记三等功 (公务员考核的有关规定, a local reading)."""
    if not consecutive_excellent(appraisals, year):
        return None
    return HonourSuggestion(cadre_id, year, "记三等功",
                            f"{year - 2}—{year}年度公务员年度考核连续三年“优秀”；连续三年优秀记三等功出自公务员考核"
                            "有关规定，第十条只规定按程序报批",
                            A10_MERIT_READING)
