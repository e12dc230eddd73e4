"""分析研判 of 领导班子 and of the 干部队伍 (能上能下 第二十六条): structure, gaps against local targets, cadres near
an age or term limit, a unit's ranking over the years, and how adjusted cadres have fared since.

Pure: the service (zydesk/services/adjustment/analysis.py) loads `Member`s and the other facts in a few
set-based queries and gives them here. The policy names no structure targets; they are local settings
(`Targets`, setting ``analysis.structure_targets``, docs/policy-readings.md) shown beside every result.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from zydesk.core.citation import Citation, Doc
from zydesk.core.incentives.ranking_history import RankFact

A26: Citation = Doc.ADJUSTMENT.cite(26)
UNKNOWN = "未填"

AGE_BANDS: tuple[tuple[int, str], ...] = (  # (upper age included, label); the last band is open-ended
    (35, "35岁及以下"), (40, "36—40岁"), (45, "41—45岁"), (50, "46—50岁"), (55, "51—55岁"), (200, "56岁及以上"))
EDUCATION: tuple[str, ...] = ("研究生", "大学", "大专", "中专及以下")
PARTY: tuple[str, ...] = ("中共党员", "民主党派", "无党派人士", "群众及其他")
ETHNICITY: tuple[str, ...] = ("汉族", "少数民族")
YEAR_BANDS: tuple[tuple[int, str], ...] = ((3, "不满3年"), (5, "3—5年"), (10, "5—10年"), (1000, "10年及以上"))
GENDERS: tuple[str, ...] = ("男", "女")
CPC = ("中共党员", "中共预备党员")
DEMOCRATIC = ("民革党员", "民盟盟员", "民建会员", "民进会员", "农工党党员", "致公党党员", "九三学社社员", "台盟盟员")
DIMENSIONS: tuple[str, ...] = ("年龄", "性别", "学历", "政治面貌", "民族", "任现职年限", "任现级年限")


@dataclass(frozen=True, slots=True)
class Member:
    """A cadre holding a leadership post in a unit on the analysis date."""

    cadre_id: int
    name: str
    id_number: str
    unit_id: int
    unit: str
    post: str
    level: str
    is_principal: bool
    gender: str
    birth_date: dt.date
    education: str | None
    ethnicity: str | None
    political_status: str | None
    post_start: dt.date | None  # this post
    level_start: dt.date | None  # the first leadership post at this level, unbroken to the date


@dataclass(frozen=True)
class Targets:
    """Local structure targets of a 领导班子 (the policy names none)."""

    women_min: int = 1
    young_age: int = 40  # a 年轻干部 is under this age on the analysis date
    young_min: int = 1
    non_party_min: int = 1  # 党外干部: not a member of the 中国共产党
    min_team: int = 3  # teams smaller than this are not held to the targets

    def describe(self) -> str:
        return (f"班子结构目标（本地设置，政策未规定）：{self.min_team}人及以上的班子至少配备女干部{self.women_min}名、"
                f"{self.young_age}岁以下年轻干部{self.young_min}名、党外干部{self.non_party_min}名。")

    @classmethod
    def from_setting(cls, value: Mapping[str, object]) -> Targets:
        known = {k: int(str(v)) for k, v in value.items() if k in cls.__dataclass_fields__}
        return cls(**known)


def age_on(birth: dt.date, date: dt.date) -> int:
    """Whole years of age on the date (a birthday counts on the day)."""
    return date.year - birth.year - ((date.month, date.day) < (birth.month, birth.day))


def years_since(start: dt.date | None, date: dt.date) -> int | None:
    return None if start is None or start > date else age_on(start, date)


def _band(value: int | None, bands: Sequence[tuple[int, str]], below: bool = False) -> str:
    """The band holding value: `upper` included (ages), or `upper` excluded when below (years)."""
    if value is None:
        return UNKNOWN
    for upper, lab in bands:
        if value < upper if below else value <= upper:
            return lab
    return bands[-1][1]


def age_band(m: Member, date: dt.date) -> str:
    return _band(age_on(m.birth_date, date), AGE_BANDS)


def education_group(m: Member) -> str:
    e = (m.education or "").strip()
    if not e:
        return UNKNOWN
    return e if e in EDUCATION[:3] else "中专及以下"


def party_group(m: Member) -> str:
    p = (m.political_status or "").strip()
    if not p:
        return UNKNOWN
    if p in CPC:
        return "中共党员"
    if p in DEMOCRATIC:
        return "民主党派"
    return p if p == "无党派人士" else "群众及其他"


def is_non_party(m: Member) -> bool:
    return bool((m.political_status or "").strip()) and party_group(m) != "中共党员"


def ethnicity_group(m: Member) -> str:
    e = (m.ethnicity or "").strip()
    return UNKNOWN if not e else ("汉族" if e == "汉族" else "少数民族")


LEVELS: tuple[str, ...] = ("正处级", "副处级", "正科级", "副科级")  # 职务层次, highest first


def member_order(m: Member, date: dt.date) -> tuple[bool, int, dt.date, str]:
    """A team as it is listed: 正职 first, then by 职务层次, then by time in post (longest first)."""
    level = LEVELS.index(m.level) if m.level in LEVELS else len(LEVELS)
    return (not m.is_principal, level, m.post_start or date, m.name)


@dataclass
class Structure:
    """Counts per dimension, each as (label, count) in a fixed order (未填 last, only when present)."""

    size: int
    counts: dict[str, list[tuple[str, int]]]
    pyramid: list[tuple[str, int, int]]  # age band, men, women
    average_age: float | None
    principals: int


def _ordered(counter: Counter[str], order: Sequence[str]) -> list[tuple[str, int]]:
    out = [(k, counter.get(k, 0)) for k in order]
    if counter.get(UNKNOWN):
        out.append((UNKNOWN, counter[UNKNOWN]))
    return out


def structure(members: Iterable[Member], date: dt.date) -> Structure:
    """Structure of a team (or of the whole 干部队伍: each cadre once, by the first post given)."""
    seen: dict[int, Member] = {}
    for m in members:
        seen.setdefault(m.cadre_id, m)
    ms = list(seen.values())
    dims: dict[str, Counter[str]] = {d: Counter() for d in DIMENSIONS}
    pyr: dict[str, Counter[str]] = defaultdict(Counter)
    ages = []
    for m in ms:
        age = age_on(m.birth_date, date)
        ages.append(age)
        band = _band(age, AGE_BANDS)
        dims["年龄"][band] += 1
        pyr[band][m.gender] += 1
        dims["性别"][m.gender if m.gender in GENDERS else UNKNOWN] += 1
        dims["学历"][education_group(m)] += 1
        dims["政治面貌"][party_group(m)] += 1
        dims["民族"][ethnicity_group(m)] += 1
        dims["任现职年限"][_band(years_since(m.post_start, date), YEAR_BANDS, below=True)] += 1
        dims["任现级年限"][_band(years_since(m.level_start, date), YEAR_BANDS, below=True)] += 1
    orders = {"年龄": [b for _u, b in AGE_BANDS], "性别": GENDERS, "学历": EDUCATION, "政治面貌": PARTY,
              "民族": ETHNICITY, "任现职年限": [b for _u, b in YEAR_BANDS], "任现级年限": [b for _u, b in YEAR_BANDS]}
    counts = {d: _ordered(dims[d], orders[d]) for d in DIMENSIONS}
    pyramid = [(b, pyr[b]["男"], pyr[b]["女"]) for _u, b in AGE_BANDS]
    avg = round(sum(ages) / len(ages), 1) if ages else None
    return Structure(len(ms), counts, pyramid, avg, sum(1 for m in ms if m.is_principal))


@dataclass(frozen=True)
class Gap:
    unit_id: int
    unit: str
    size: int
    lacks: tuple[str, ...]  # 缺女干部 (0/1) …


def a26_team_gaps(teams: Mapping[int, Sequence[Member]], targets: Targets, date: dt.date) -> list[Gap]:
    """第二十六条：加强对干部的日常了解，定期分析研判领导班子和干部队伍情况

    Which 领导班子 fall short of the local structure targets (Targets: women, young cadres, 党外干部); teams
    smaller than targets.min_team are not held to them. Ordered by the number of shortfalls, then unit name.
    """
    out = []
    for unit_id, ms in teams.items():
        people = list({m.cadre_id: m for m in ms}.values())
        if not people or len(people) < targets.min_team:
            continue
        women = sum(1 for m in people if m.gender == "女")
        young = sum(1 for m in people if age_on(m.birth_date, date) < targets.young_age)
        non_party = sum(1 for m in people if is_non_party(m))
        lacks = []
        if women < targets.women_min:
            lacks.append(f"女干部 {women}/{targets.women_min}")
        if young < targets.young_min:
            lacks.append(f"{targets.young_age}岁以下 {young}/{targets.young_min}")
        if non_party < targets.non_party_min:
            lacks.append(f"党外干部 {non_party}/{targets.non_party_min}")
        if lacks:
            out.append(Gap(unit_id, people[0].unit, len(people), tuple(lacks)))
    out.sort(key=lambda g: (-len(g.lacks), g.unit))
    return out


@dataclass(frozen=True)
class RankPoint:
    year: int
    rank: int | None  # None: 一票否决 or no score that year
    group_size: int | None
    group: str
    award: str | None
    is_last: bool
    vetoed: bool


def rank_trajectory(facts: Mapping[tuple[int, int], RankFact], unit_id: int, years: Sequence[int]) -> list[RankPoint]:
    """A unit's place in its 考核类别 year by year (a year with no score is a point without a rank)."""
    out = []
    for y in years:
        r = facts.get((unit_id, y))
        if r is None:
            out.append(RankPoint(y, None, None, "", None, False, False))
        else:
            out.append(RankPoint(y, r.rank, r.group_size, r.group, r.award, r.is_last, r.vetoed))
    return out


@dataclass(frozen=True)
class Adjusted:
    """A cadre adjusted under 能上能下 (a case with its 决定 recorded)."""

    cadre_id: int
    name: str
    id_number: str
    unit: str  # the unit of the adjusted post
    post: str
    case_kind: str
    method: str
    decided: dt.date
    now: str = ""  # the post held on the analysis date, if any
    status: str = "在职"


@dataclass(frozen=True)
class Tally:
    """Records of one 关心关爱 register since the decision: how many, and the latest date."""

    count: int = 0
    latest: dt.date | None = None


CARE_KINDS: tuple[str, ...] = ("谈心谈话", "培训", "交流挂职")  # the registers 关心帮助 is read from
NO_TALK = "调整后未谈心谈话"
TALK_DAYS = 90  # default of setting analysis.follow_up_talk_days (the policy names no period)


@dataclass(frozen=True)
class FollowUp:
    adjusted: Adjusted
    grades: tuple[tuple[int, str], ...]  # (year, 年度考核等次) for the years after the decision
    attention: str  # what needs the department's attention, or ""
    care: tuple[tuple[str, Tally], ...] = ()  # (kind of CARE_KINDS, records since the decision)
    no_talk: bool = False  # no 谈心谈话 since a decision older than the set number of days

    def tally(self, kind: str) -> Tally:
        return dict(self.care).get(kind, Tally())


WEAK = ("基本称职", "不称职")


def a26_follow_up(adjusted: Iterable[Adjusted], appraisals: Mapping[tuple[int, int], str], year: int
                  ) -> list[FollowUp]:
    """第二十六条：对调整下来的干部，给予关心帮助，有针对性地加强教育管理

    调整后跟踪: the 年度考核 of each adjusted cadre for every year after the decision up to `year`; a later
    基本称职/不称职, or no appraisal recorded since, asks for attention. Newest decisions first.
    """
    out = []
    for a in adjusted:
        if a.decided.year > year:
            continue
        grades = tuple((y, appraisals[(a.cadre_id, y)]) for y in range(a.decided.year + 1, year + 1)
                       if (a.cadre_id, y) in appraisals)
        weak = [f"{y}年{g}" for y, g in grades if g in WEAK]
        if a.status != "在职":
            attention = ""
        elif weak:
            attention = "调整后考核：" + "、".join(weak)
        elif a.decided.year < year and not grades:
            attention = "调整后尚无年度考核记录"
        else:
            attention = ""
        out.append(FollowUp(a, grades, attention))
    out.sort(key=lambda f: (f.adjusted.decided, f.adjusted.name), reverse=True)
    return out


def care_text(f: FollowUp) -> str:
    """谈心谈话2次（最近2025-05-01）、培训1次（…）; "无记录" when none of the registers has one."""
    parts = [f"{k}{t.count}次（最近{t.latest:%Y-%m-%d}）" for k, t in f.care if t.count and t.latest]
    return "、".join(parts) or "无记录"


def a26_care_since(follow: Iterable[FollowUp], records: Iterable[tuple[int, str, dt.date]], on: dt.date,
                   talk_days: int = TALK_DAYS) -> list[FollowUp]:
    """第二十六条：对调整下来的干部，给予关心帮助

    The 谈心谈话, 培训 and 交流挂职 records (cadre_id, kind, date) of each adjusted cadre from the 决定 date
    (that day counts) up to `on`: count and latest date per kind. A cadre still 在职 with no 谈心谈话 since a
    decision more than `talk_days` days before `on` is flagged 调整后未谈心谈话 (added to the attention).
    """
    by: dict[int, list[tuple[str, dt.date]]] = defaultdict(list)
    for cid, kind, day in records:
        by[cid].append((kind, day))
    out = []
    for f in follow:
        a = f.adjusted
        tallies = []
        for kind in CARE_KINDS:
            days = [d for k, d in by.get(a.cadre_id, ()) if k == kind and a.decided <= d <= on]
            tallies.append((kind, Tally(len(days), max(days) if days else None)))
        talks = tallies[0][1].count
        no_talk = a.status == "在职" and not talks and (on - a.decided).days > talk_days
        attention = "；".join(t for t in (f.attention, NO_TALK if no_talk else "") if t)
        out.append(FollowUp(a, f.grades, attention, tuple(tallies), no_talk))
    return out


@dataclass
class TeamTable:
    """One row per 领导班子 for the county view: size, women, young, 党外, average age, shortfalls."""

    unit_id: int
    unit: str
    size: int
    women: int
    young: int
    non_party: int
    average_age: float | None
    lacks: tuple[str, ...] = field(default_factory=tuple)


def team_table(teams: Mapping[int, Sequence[Member]], targets: Targets, date: dt.date) -> list[TeamTable]:
    gaps = {g.unit_id: g.lacks for g in a26_team_gaps(teams, targets, date)}
    out = []
    for unit_id, ms in teams.items():
        people = list({m.cadre_id: m for m in ms}.values())
        if not people:
            continue
        ages = [age_on(m.birth_date, date) for m in people]
        out.append(TeamTable(unit_id, people[0].unit, len(people), sum(1 for m in people if m.gender == "女"),
                             sum(1 for a in ages if a < targets.young_age), sum(1 for m in people if is_non_party(m)),
                             round(sum(ages) / len(ages), 1), gaps.get(unit_id, ())))
    out.sort(key=lambda t: (-len(t.lacks), t.unit))
    return out
