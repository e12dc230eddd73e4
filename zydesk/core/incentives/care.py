"""关心关爱 (《鼓励激励实施办法》第二十五条至第二十九条): the yearly coverage read from the registers.

Pure rules over plain values: who had no 谈心谈话, no 体检, no 培训 in a calendar year, whose 年休假 was not
taken or whose 调休/补休 is still owed, and the share covered in each unit. A record counts for the calendar
year of its date: a talk on 31 December counts for that year, one on 1 January for the next.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from zydesk.core.citation import Citation, Doc

TRAINING = Doc.INCENTIVES.cite(25)
EXCHANGE = Doc.INCENTIVES.cite(26)
EXEMPLAR = Doc.INCENTIVES.cite(27)
LEAVE = Doc.INCENTIVES.cite(28)
TALK_AND_HEALTH = Doc.INCENTIVES.cite(29)

EXCHANGE_KINDS = ("双向交流", "挂职锻炼")
EXCHANGE_PLACES = ("基层一线", "艰苦地区", "急难岗位", "上级机关", "经济发达地区")
RECOMMENDED_AS = ("党代表", "人大代表", "政协委员")
LAST_QUARTER_MONTH = 10  # the start-up reminder runs from October on


@dataclass(frozen=True)
class Person:
    """A cadre in scope of the year's coverage, with the unit of his current post (None: no post)."""

    cadre_id: int
    name: str
    unit: str | None


@dataclass(frozen=True)
class Coverage:
    """One duty for one year: who is covered, who is missing, and the article."""

    what: str  # 谈心谈话 / 体检 / 培训
    year: int
    citation: Citation
    total: int
    covered: frozenset[int]
    missing: tuple[int, ...]  # cadre ids, in the order the people were given

    @property
    def percent(self) -> Decimal:
        return percent(len(self.covered), self.total)


def percent(part: int, total: int) -> Decimal:
    """part/total as a percentage with one decimal (half up); 100.0 when nobody is in scope."""
    if total == 0:
        return Decimal("100.0")
    return (Decimal(part) * 100 / Decimal(total)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def in_year(day: dt.date, year: int) -> bool:
    """The calendar year a record counts for: 31 December in its year, 1 January in the next."""
    return day.year == year


def _coverage(what: str, citation: Citation, people: Sequence[Person],
              dates: Iterable[tuple[int, dt.date]], year: int) -> Coverage:
    ids = {p.cadre_id for p in people}
    covered = frozenset(cid for cid, day in dates if cid in ids and in_year(day, year))
    missing = tuple(p.cadre_id for p in people if p.cadre_id not in covered)
    return Coverage(what, year, citation, len(people), covered, missing)


def a29_talk_coverage(people: Sequence[Person], talks: Iterable[tuple[int, dt.date]], year: int) -> Coverage:
    """第二十九条：按照干部管理权限每年组织对干部进行一次全覆盖式谈心谈话

    talks: (cadre id, date of the talk). A cadre is covered by one talk dated within the year."""
    return _coverage("谈心谈话", TALK_AND_HEALTH, people, talks, year)


def a29_health_check_coverage(people: Sequence[Person], checks: Iterable[tuple[int, dt.date]],
                              year: int) -> Coverage:
    """第二十九条：每年组织干部职工进行一次身体健康检查

    checks: (cadre id, date of the check). Only that a check took place is read, never its findings."""
    return _coverage("体检", TALK_AND_HEALTH, people, checks, year)


def a25_training_coverage(people: Sequence[Person], trainings: Iterable[tuple[int, dt.date]],
                          year: int) -> Coverage:
    """第二十五条：开展分级分类培训

    trainings: (cadre id, start date of the course). A course that starts within the year counts for it."""
    return _coverage("培训", TRAINING, people, trainings, year)


@dataclass(frozen=True)
class LeaveBalance:
    cadre_id: int
    entitled: Decimal
    taken: Decimal
    overtime: Decimal
    compensated: Decimal
    citation: Citation = LEAVE

    @property
    def leave_not_taken(self) -> Decimal:
        return max(self.entitled - self.taken, Decimal(0))

    @property
    def rest_owed(self) -> Decimal:
        return max(self.overtime - self.compensated, Decimal(0))


def a28_leave_owed(balances: Iterable[LeaveBalance]) -> list[LeaveBalance]:
    """第二十八条：对公务人员确因工作需要加班或节假日值班的,应安排调休或补休

    The balances with 年休假 not taken or 调休/补休 still owed, in the order given."""
    return [b for b in balances if b.leave_not_taken > 0 or b.rest_owed > 0]


@dataclass(frozen=True)
class UnitCoverage:
    unit: str  # 未任职 for cadres without a current post
    total: int
    counts: Mapping[str, int] = field(default_factory=dict)  # what → covered

    def percent(self, what: str) -> Decimal:
        return percent(self.counts.get(what, 0), self.total)


NO_UNIT = "（无现任职务）"


def by_unit(people: Sequence[Person], coverages: Sequence[Coverage]) -> list[UnitCoverage]:
    """Each unit's headcount and how many of its cadres each duty covers, units in order of first appearance."""
    totals: dict[str, int] = {}
    members: dict[str, list[int]] = {}
    for p in people:
        unit = p.unit or NO_UNIT
        totals[unit] = totals.get(unit, 0) + 1
        members.setdefault(unit, []).append(p.cadre_id)
    return [UnitCoverage(unit, totals[unit],
                         {c.what: sum(1 for cid in ids if cid in c.covered) for c in coverages})
            for unit, ids in members.items()]


def due_reminder(today: dt.date, missing: Mapping[str, int]) -> list[str]:
    """From October on, what is still missing for this year (what → number of cadres), as reminder lines."""
    if today.month < LAST_QUARTER_MONTH:
        return []
    lines = []
    for what, n in missing.items():
        if not n:
            continue
        if what == "培训":  # 第二十五条 asks for courses 每年选派一定数量, not for everyone: a hint, not a duty
            lines.append(f"{today.year} 年尚有 {n} 名干部没有培训记录（{TRAINING}，供选派培训参考），"
                         "请在“关心关爱 → 年度覆盖”中查看名单。")
        else:
            lines.append(f"{today.year} 年尚有 {n} 名干部未登记{what}（{TALK_AND_HEALTH}，每年一次），"
                         "请在“关心关爱 → 年度覆盖”中查看名单。")
    return lines


# ---- the registers: one description serves the form, the Excel kind and the service -------------------

@dataclass(frozen=True)
class Field:
    """One field of a register: its attribute, the Chinese label (form and Excel header), and its type —
    text, date, int, decimal, bool (是/否) or choice (one of `choices`)."""

    name: str
    label: str
    type: str = "text"
    required: bool = False
    choices: tuple[str, ...] = ()
    max_len: int | None = None
    help: str = ""


ID_LABEL = "公民身份号码"
NOTE = Field("note", "备注", max_len=2000)


@dataclass(frozen=True)
class Register:
    key: str  # the Excel kind's name and the service's word
    title: str
    citation: Citation
    fields: tuple[Field, ...]  # without the cadre (every register is about one cadre, by 公民身份号码)
    natural_key: tuple[str, ...]  # with cadre_id: what identifies a record
    year_field: str  # the field whose date (or year) places the record in a year
    notes: str = ""

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)

    @property
    def label_of_key(self) -> str:
        return self.field(self.natural_key[-1]).label


REGISTERS: tuple[Register, ...] = (
    Register("training", "干部教育培训", TRAINING, (
        Field("start_date", "开始日期", "date", True),
        Field("end_date", "结束日期", "date"),
        Field("course", "培训班次", required=True, max_len=120),
        Field("organiser", "主办单位", max_len=120, help="党校（行政学院）、高等院校等"),
        Field("full_time", "是否脱产", "bool", help="是 / 否，不填按“是”"),
        NOTE), ("start_date", "course"), "start_date",
        "每人每期培训登记一行；开始日期所在年度计入该年度培训覆盖。"),
    Register("exchanges", "交流挂职", EXCHANGE, (
        Field("kind", "类别", "choice", True, EXCHANGE_KINDS),
        Field("start_date", "开始日期", "date", True),
        Field("end_date", "结束日期", "date", help="尚未结束的不填"),
        Field("place", "交流或挂职单位", required=True, max_len=120),
        Field("place_kind", "岗位类别", "choice", False, EXCHANGE_PLACES),
        NOTE), ("start_date", "kind"), "start_date",
        "镇干部与县直部门机关干部双向交流、到基层一线等挂职锻炼，每次登记一行。"),
    Register("exemplars", "先进典型", EXEMPLAR, (
        Field("year", "年度", "int", True),
        Field("title", "先进典型称号", required=True, max_len=120),
        Field("recommended_as", "推荐为", "choice", False, RECOMMENDED_AS, help="未推荐的不填"),
        Field("recommended_on", "推荐日期", "date"),
        NOTE), ("year", "title"), "year",
        "评选出的各类先进典型，以及在党代表、人大代表、政协委员人选推荐时的倾斜情况。"),
    Register("leave", "年休假与调休", LEAVE, (
        Field("year", "年度", "int", True),
        Field("entitled", "应休年休假天数", "decimal"),
        Field("taken", "已休年休假天数", "decimal"),
        Field("overtime", "加班值班应调休天数", "decimal", help="因工作需要加班或节假日值班的天数"),
        Field("compensated", "已调休补休天数", "decimal"),
        NOTE), ("year",), "year",
        "每人每年一行；未休完的年休假和尚欠的调休、补休在年度覆盖中列出。"),
    Register("talks", "谈心谈话", TALK_AND_HEALTH, (
        Field("date", "谈话日期", "date", True),
        Field("talker", "谈话人", required=True, max_len=60),
        NOTE), ("date", "talker"), "date",
        "每次谈心谈话登记一行；谈话日期所在年度计入该年度（12月31日计入当年，1月1日计入下一年）。"),
    Register("health-checks", "干部体检", TALK_AND_HEALTH, (
        Field("date", "体检日期", "date", True),
        Field("organiser", "组织单位", max_len=120),
        ), ("date",), "date",
        "只登记体检已进行、日期和组织单位，不登记体检结果等健康信息。"),
)
REGISTER = {r.key: r for r in REGISTERS}


def check_values(register: Register, values: Mapping[str, object]) -> list[tuple[str, str]]:
    """(label, message) for each value that breaks its field: required, choices, length, dates in order,
    days not negative. Values are already typed (None where empty)."""
    errs: list[tuple[str, str]] = []
    for f in register.fields:
        v = values.get(f.name)
        if v is None or v == "":
            if f.required:
                errs.append((f.label, "必须填写"))
            continue
        if f.type == "choice" and v not in f.choices:
            errs.append((f.label, f"应为 {'、'.join(f.choices)} 之一"))
        elif f.max_len is not None and isinstance(v, str) and len(v) > f.max_len:
            errs.append((f.label, f"不超过 {f.max_len} 个字"))
        elif f.type == "decimal" and isinstance(v, Decimal) and v < 0:
            errs.append((f.label, "不能为负数"))
        elif f.type == "int" and f.name == "year" and isinstance(v, int) and not 2000 <= v <= 2200:
            errs.append((f.label, "应为 2000 至 2200 之间的年份"))
    start, end = values.get("start_date"), values.get("end_date")
    if isinstance(start, dt.date) and isinstance(end, dt.date) and end < start:
        errs.append((register.field("end_date").label, "早于开始日期"))
    return errs
