"""干部选拔资格审查（鼓励激励实施办法第四章，第十八条至第二十四条）.

review(facts) gives one line per rule with its article, verdict (符合 / 不符合 / 需组织认定 / 优先 / 倾斜 /
可破格) and evidence. Only a blocking 不符合 bars the promotion; 第十九条's “一般应” gives a non-blocking 不符合.
Lines that rest on records name them (CheckLine.records); left_out(facts) lists the records a local setting
keeps out of the review, with the reason. Only 第二十一条 is read with such a window (docs/policy-readings.md).
"""
from __future__ import annotations

import datetime as dt
import math
import re
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
    REGISTER,
    SELECTION,
    CheckLine,
    CommendationFact,
    DisciplineFact,
    LeftOut,
    RecordRef,
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
    excellent_years: Sequence[int] = ()  # years named county “敢担当、善作为”优秀干部 by the selection (当选)
    commendations: Sequence[CommendationFact] = ()
    commendation_years: int = 5  # setting, 第二十一条 only: how far back a commendation counts
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


def _in_window(f: PromotionFacts, c: CommendationFact) -> bool:
    """第二十一条 is read with a local window (setting promotion.commendation_years); no other article is."""
    return f.on.year - f.commendation_years + 1 <= c.date.year


def _until_review(f: PromotionFacts) -> list[CommendationFact]:
    return [c for c in f.commendations if c.date <= f.on]


def window_text(f: PromotionFacts) -> str:
    return f"本地设置“表彰计算年限”{f.commendation_years}年：计{f.on.year - f.commendation_years + 1}年以来的表彰"


def _c(c: CommendationFact) -> str:
    return f"{c.date.isoformat()} {c.level}“{c.title}”"


def _ref(c: CommendationFact) -> RecordRef:
    return RecordRef(REGISTER, c.id, _c(c))


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


COUNTY_LEVEL = "县委县政府"
_YEAR = re.compile(r"((?:19|20)\d\d)年")


def is_county_excellent(c: CommendationFact) -> bool:
    """The county title of 第二十条 as the 表彰 register records it."""
    return c.level == COUNTY_LEVEL and ("敢担当" in c.title or "五个一" in c.title)


def register_years(c: CommendationFact) -> tuple[int, ...]:
    """The selection year a register entry stands for: the year its title names (“2024年度…”), else the
    year of the decision or the year before (a year's title is often conferred early the next year)."""
    m = _YEAR.search(c.title)
    return (int(m.group(1)),) if m else (c.date.year, c.date.year - 1)


def a20(f: PromotionFacts) -> list[CheckLine]:
    """第二十条：对获得全县“敢担当、善作为”优秀干部（“五个一”好干部），符合条件的，优先列入科级后备干部人选或晋级晋职。

    The title counts whether the program's selection conferred it (当选) or the 表彰 register records it
    at county level (conferred on paper, or before the selection was kept here). Each line says which
    record it rests on; a register entry with no 当选 record of its year is flagged for the clerk."""
    rule, note = "县“敢担当、善作为”优秀干部", "优先列入科级后备干部人选或晋级晋职"
    selected = sorted({y for y in f.excellent_years if y <= f.on.year})
    entries = [c for c in _until_review(f) if is_county_excellent(c)]
    matched: dict[int, list[CommendationFact]] = {y: [] for y in selected}
    lines: list[tuple[int, CheckLine]] = []
    for c in entries:
        year = next((y for y in register_years(c) if y in matched), None)
        if year is not None:
            matched[year].append(c)
            continue
        lines.append((register_years(c)[0], CheckLine(
            A20, rule, PRIORITY, f"{_c(c)}（表彰登记；评选记录中无对应年度的当选记录，请核实），{note}",
            records=(_ref(c),), confirm="表彰登记中有此称号，评选记录中没有对应年度的当选记录：请核实称号是否属实")))
    for y in selected:
        refs = (RecordRef(SELECTION, None, f"{y}年度评选当选"), *(_ref(c) for c in matched[y]))
        also = "；表彰登记 " + "、".join(_c(c) for c in matched[y]) if matched[y] else ""
        lines.append((y, CheckLine(A20, rule, PRIORITY, f"{y}年度当选（评选记录{also}），{note}", records=refs)))
    return [line for _, line in sorted(lines, key=lambda x: x[0])]


def _a21_path(c: CommendationFact) -> str:
    """The 第二十一条 heading a commendation falls under, or "" if none."""
    fld = c.field or guess_field(c.title, FIELDS_21)
    urgent = guess_field(c.title, URGENT_21) if not c.field else (c.field if c.field in URGENT_21 else "")
    if c.level in PROVINCIAL_UP and fld in FIELDS_21:
        return f"省级以上表彰（{fld}）"
    if c.level in CITY_UP and urgent:
        return f"急难险重工作受市级以上表彰（{urgent}）"
    if c.level == "市委市政府" and "敢担当" in c.title:
        return "市“敢担当、善作为”优秀干部"
    return ""


def a21(f: PromotionFacts) -> list[CheckLine]:
    """Commendations count within the local window (setting “表彰计算年限”), which each line names;
    a21_left_out lists those the window leaves out."""
    lines = []
    for c in _until_review(f):
        path = _a21_path(c)
        if path and _in_window(f, c):
            lines.append(CheckLine(A21, path, PRIORITY, f"{_c(c)}（{window_text(f)}）", records=(_ref(c),)))
    if consecutive_excellent(f.appraisals, f.window[-1]):
        lines.append(CheckLine(A21, "连续三年考核优秀", PRIORITY,
                               f"{f.window[0]}—{f.window[-1]}年度公务员年度考核均为“优秀”"))
    return lines


def a21_left_out(f: PromotionFacts) -> list[LeftOut]:
    """Commendations that fall under 第二十一条 but lie outside the local window: listed, not counted."""
    first = f.on.year - f.commendation_years + 1
    return [LeftOut(A21, path, _ref(c), f"早于{first}年（{window_text(f)}），未计入")
            for c in _until_review(f) if (path := _a21_path(c)) and not _in_window(f, c)]


def a22(f: PromotionFacts) -> list[CheckLine]:
    """第二十二条：对被评为全国或全省“优秀党务工作者”“优秀共产党员”“人民满意公务员”的；……可破格提拔使用。

    The text sets no time limit: every record up to the review date counts, however old."""
    lines = []
    for c in _until_review(f):
        ref = (_ref(c),)
        # “落实五大发展理念，成效特别显著……”names no commending level: the clerk's tag alone counts.
        if c.kind == "成效特别显著" and c.level not in PROVINCIAL_UP:
            lines.append(CheckLine(A22, "成效特别显著、脱贫攻坚成绩特别突出", EXCEPTIONAL, _c(c) + "（须组织认定）",
                                   records=ref))
            continue
        if c.level not in PROVINCIAL_UP:
            continue
        title = next((t for t in TITLES_22 if t in c.title), "")
        if title:
            lines.append(CheckLine(A22, f"全国或全省“{title.replace('的', '')}”", EXCEPTIONAL, _c(c), records=ref))
        elif c.kind == "重大典型" or "重大典型" in c.title:
            lines.append(CheckLine(A22, "列为重大典型", EXCEPTIONAL, _c(c), records=ref))
        elif c.kind == "成效特别显著":
            lines.append(CheckLine(A22, "成效特别显著、脱贫攻坚成绩特别突出", EXCEPTIONAL, _c(c) + "（须组织认定）",
                                   records=ref))
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


def left_out(f: PromotionFacts) -> list[LeftOut]:
    """Records a local setting leaves out of the review, each with the reason (only 第二十一条 has a window)."""
    return a21_left_out(f)


def conclusion(lines: Sequence[CheckLine]) -> str:
    if any(x.blocking for x in lines):
        return "不符合提拔条件"
    tags = [v for v in (EXCEPTIONAL, PRIORITY, FAVOUR) if any(x.verdict == v for x in lines)]
    # 第二十三条 is information only: it never turns the conclusion into 需组织认定.
    base = "需组织认定" if any(x.verdict in (JUDGE, FAIL) and x.citation != A23 for x in lines) else "符合"
    return base + ("；" + "、".join({"可破格": "可破格提拔", "优先": "优先提拔", "倾斜": "给予倾斜"}[t] for t in tags)
                   if tags else "")
