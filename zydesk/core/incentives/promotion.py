"""干部选拔资格审查（鼓励激励实施办法第四章，第十八条至第二十四条）.

review(facts) gives one line per rule with its article, verdict (符合 / 不符合 / 需组织认定 / 优先 / 倾斜 /
可破格) and evidence. Only a blocking 不符合 bars the promotion; 第十九条's “一般应” gives a non-blocking 不符合.
"""
from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

from zydesk.core.citation import Doc
from zydesk.core.incentives.excellent import (
    EXCEPTIONAL,
    FAIL,
    FAVOUR,
    JUDGE,
    OK,
    PRIORITY,
    CheckLine,
    CommendationFact,
    DisciplineFact,
    appraisal_line,
    consecutive_excellent,
    discipline_lines,
)
from zydesk.core.incentives.values import AwardGrade

A18, A19, A20, A21, A22, A23, A24 = (Doc.INCENTIVES.cite(n) for n in range(18, 25))

PROVINCIAL_UP = ("中央/国务院", "中央国家部委", "省委省政府")
CITY_UP = (*PROVINCIAL_UP, "市委市政府")

# 第二十一条: the fields of a provincial commendation, and the 急难险重 work of a city one.
FIELDS_21: dict[str, tuple[str, ...]] = {
    "生态环境": ("生态", "环境", "环保", "河长", "林长", "绿色"),
    "安全生产": ("安全生产", "应急管理", "安全"),
    "维稳综治": ("维稳", "综治", "综合治理", "平安", "治安"),
    "党的建设": ("党建", "党的建设", "基层党组织", "组织工作"),
    "各类创建": ("创建", "文明", "卫生县城", "示范"),
}
URGENT_21: dict[str, tuple[str, ...]] = {
    "招商引资": ("招商",),
    "项目建设": ("项目建设", "重点项目"),
    "脱贫攻坚": ("脱贫", "扶贫"),
    "信访维稳": ("信访",),
    "拆迁安置": ("拆迁", "安置", "征迁", "移民搬迁"),
}
TITLES_22 = ("优秀党务工作者", "优秀共产党员", "人民满意公务员", "人民满意的公务员")


def guess_field(title: str, table: Mapping[str, tuple[str, ...]]) -> str:
    for name, words in table.items():
        if any(w in title for w in words):
            return name
    return ""


@dataclass(frozen=True)
class PromotionFacts:
    name: str
    id_number: str
    on: dt.date
    post_text: str = ""
    exchange: bool = False  # 党政正职拟交流重用
    is_principal: bool = False  # current post is a 党政正职
    unit_name: str = ""
    unit_kind: str = ""
    appraisals: Mapping[int, str] = field(default_factory=dict)
    # The current unit's award per year it was ranked (None: ranked, no award); a year absent = no ranking data.
    unit_awards: Mapping[int, str | None] = field(default_factory=dict)
    vote_position: tuple[int, int] | None = None  # (place, out of n) in this year's 个人年度测评
    vote_top_share: Fraction = Fraction(1, 3)  # setting: “靠前” = within this share of the field
    key_work: Sequence[str] = ()  # recorded 重点工作、中心工作 with results
    excellent_years: Sequence[int] = ()  # years named county “敢担当、善作为”优秀干部
    commendations: Sequence[CommendationFact] = ()
    commendation_years: int = 5  # setting: how far back a commendation counts
    disciplines: Sequence[DisciplineFact] = ()
    tolerance_notes: Sequence[str] = ()
    tolerance_enabled: bool = False
    level: str = ""
    level_since: dt.date | None = None

    @property
    def window(self) -> tuple[int, int, int]:
        """近三年: the three completed years before the review date."""
        y = self.on.year
        return (y - 3, y - 2, y - 1)


def _recent(f: PromotionFacts) -> list[CommendationFact]:
    first = f.on.year - f.commendation_years + 1
    return [c for c in f.commendations if first <= c.date.year and c.date <= f.on]


def _c(c: CommendationFact) -> str:
    return f"{c.date.isoformat()} {c.level}“{c.title}”"


def a18(f: PromotionFacts) -> list[CheckLine]:
    lines = []
    last = f.on.year - 1
    if f.unit_awards.get(last) == AwardGrade.FIRST:
        lines.append(CheckLine(A18, "单位考核排名靠前", PRIORITY, f"{f.unit_name}{last}年度目标责任考核一等奖"))
    if f.vote_position is not None:
        place, n = f.vote_position
        # “靠前”: within the top share of the field, rounded down, at least the first place.
        if n and place <= max(1, math.floor(n * f.vote_top_share)):
            lines.append(CheckLine(A18, "民主测评靠前", PRIORITY,
                                   f"个人年度测评“优秀”得票率第{place}名/共{n}人（前{f.vote_top_share}以内）"))
    for work in f.key_work:
        lines.append(CheckLine(A18, "参与重点工作成绩优异", PRIORITY, work))
    if f.unit_kind == "镇":
        lines.append(CheckLine(A18, "镇级基层", PRIORITY, f"现任职于{f.unit_name}"))
    return lines


def a19(f: PromotionFacts) -> list[CheckLine]:
    yearly = [appraisal_line(y, f.appraisals.get(y), A19, "") for y in f.window]
    verdict = FAIL if any(x.verdict == FAIL for x in yearly) else JUDGE if any(x.verdict == JUDGE for x in yearly) else OK
    text = "；".join(x.evidence for x in yearly)
    lines = [CheckLine(A19, "近三年年度考核称职以上", verdict, text, blocking=verdict == FAIL)]
    firsts = [y for y in f.window if f.unit_awards.get(y) == AwardGrade.FIRST]
    if f.exchange:
        if not f.is_principal:
            lines.append(CheckLine(A19, "党政正职交流重用", JUDGE, "拟交流重用，但现职不是党政正职，请核实"))
        elif firsts:
            lines.append(CheckLine(A19, "党政正职交流重用", OK,
                                   f"{f.unit_name}{'、'.join(map(str, firsts))}年度获一等奖"))
        elif missing := [y for y in f.window if y not in f.unit_awards]:
            lines.append(CheckLine(A19, "党政正职交流重用", JUDGE,
                                   f"{f.unit_name}{'、'.join(map(str, missing))}年度无目标责任考核排名数据，"
                                   "其余年度未获一等奖：请核实（“一般应”：提示，不作否决）"))
        else:
            lines.append(CheckLine(A19, "党政正职交流重用", FAIL,
                                   f"{f.unit_name}{f.window[0]}—{f.window[-1]}年度均未获一等奖"
                                   "（“一般应”：提示，不作否决）"))
    if len(firsts) == 3:
        lines.append(CheckLine(A19, "连续三年一等奖", FAVOUR,
                               f"{f.unit_name}{f.window[0]}—{f.window[-1]}年度连续获一等奖，给予倾斜"))
    return lines


def a20(f: PromotionFacts) -> list[CheckLine]:
    years = sorted(y for y in f.excellent_years if y <= f.on.year)
    if not years:
        return []
    return [CheckLine(A20, "县“敢担当、善作为”优秀干部", PRIORITY,
                      f"{'、'.join(map(str, years))}年度当选，优先列入科级后备干部人选或晋级晋职")]


def a21(f: PromotionFacts) -> list[CheckLine]:
    lines = []
    for c in _recent(f):
        fld = c.field or guess_field(c.title, FIELDS_21)
        urgent = guess_field(c.title, URGENT_21) if not c.field else (c.field if c.field in URGENT_21 else "")
        if c.level in PROVINCIAL_UP and fld in FIELDS_21:
            lines.append(CheckLine(A21, f"省级以上表彰（{fld}）", PRIORITY, _c(c)))
        elif c.level in CITY_UP and urgent:
            lines.append(CheckLine(A21, f"急难险重工作受市级以上表彰（{urgent}）", PRIORITY, _c(c)))
        elif c.level == "市委市政府" and "敢担当" in c.title:
            lines.append(CheckLine(A21, "市“敢担当、善作为”优秀干部", PRIORITY, _c(c)))
    if consecutive_excellent(f.appraisals, f.window[-1]):
        lines.append(CheckLine(A21, "连续三年考核优秀", PRIORITY,
                               f"{f.window[0]}—{f.window[-1]}年度公务员年度考核均为“优秀”"))
    return lines


def a22(f: PromotionFacts) -> list[CheckLine]:
    lines = []
    for c in _recent(f):
        # “落实五大发展理念，成效特别显著……”names no commending level: the clerk's tag alone counts.
        if c.kind == "成效特别显著" and c.level not in PROVINCIAL_UP:
            lines.append(CheckLine(A22, "成效特别显著、脱贫攻坚成绩特别突出", EXCEPTIONAL, _c(c) + "（须组织认定）"))
            continue
        if c.level not in PROVINCIAL_UP:
            continue
        title = next((t for t in TITLES_22 if t in c.title), "")
        if title:
            lines.append(CheckLine(A22, f"全国或全省“{title.replace('的', '')}”", EXCEPTIONAL, _c(c)))
        elif c.kind == "重大典型" or "重大典型" in c.title:
            lines.append(CheckLine(A22, "列为重大典型", EXCEPTIONAL, _c(c)))
        elif c.kind == "成效特别显著":
            lines.append(CheckLine(A22, "成效特别显著、脱贫攻坚成绩特别突出", EXCEPTIONAL, _c(c) + "（须组织认定）"))
    return lines


def years_months(start: dt.date, on: dt.date) -> tuple[int, int]:
    months = (on.year - start.year) * 12 + on.month - start.month - (on.day < start.day)
    return divmod(max(months, 0), 12)


def a23(f: PromotionFacts) -> list[CheckLine]:
    if not f.level:
        return []
    if f.level_since is None:
        return [CheckLine(A23, "职务与职级并行", JUDGE, f"现职务层次{f.level}，任职时间未录入")]
    y, m = years_months(f.level_since, f.on)
    return [CheckLine(A23, "职务与职级并行", JUDGE,
                      f"现职务层次{f.level}，自{f.level_since.isoformat()}起任职{y}年{m}个月（供参考，经组织认定）")]


def a24(f: PromotionFacts) -> list[CheckLine]:
    return discipline_lines(f.disciplines, f.on, A24, f.tolerance_enabled, ended_verdict=JUDGE,
                            ended_note="德才表现和工作实绩突出、经考察符合任职条件的，可以提拔（需组织认定）",
                            tolerance_notes=f.tolerance_notes)


def review(f: PromotionFacts) -> list[CheckLine]:
    return [*a18(f), *a19(f), *a20(f), *a21(f), *a22(f), *a23(f), *a24(f)]


def conclusion(lines: Sequence[CheckLine]) -> str:
    if any(x.blocking for x in lines):
        return "不符合提拔条件"
    tags = [v for v in (EXCEPTIONAL, PRIORITY, FAVOUR) if any(x.verdict == v for x in lines)]
    # 第二十三条 is information only: it never turns the conclusion into 需组织认定.
    base = "需组织认定" if any(x.verdict in (JUDGE, FAIL) and x.citation != A23 for x in lines) else "符合"
    return base + ("；" + "、".join({"可破格": "可破格提拔", "优先": "优先提拔", "倾斜": "给予倾斜"}[t] for t in tags)
                   if tags else "")
