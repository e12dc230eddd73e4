"""The facts the 能上能下 rules read, as plain dataclasses (no Qt, no SQL).

A scan gathers them once for a year (and the year before, for "连续两年") and hands them to the rules.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from zydesk.core.adjustment.values import DeterminationKind


@dataclass(slots=True)
class CadreFact:
    """A cadre with the post held on the scan date. Treat as read-only (not frozen: a scan builds tens of
    thousands, and a frozen dataclass costs several times more to create)."""

    id: int
    name: str
    id_number: str
    gender: str
    birth_date: dt.date
    unit_id: int
    unit_name: str
    unit_kind: str  # 镇 / 县直部门 / 县直事业单位 / 县属国有企业
    post_id: int
    post: str
    level: str
    is_principal: bool  # 正职
    is_leadership: bool  # 领导职务 (else 职级)
    post_start: dt.date | None = None


@dataclass(slots=True)
class PostSpan:
    """One leadership post in a cadre's history (for 第二十条 terms). Read-only, like CadreFact."""

    cadre_id: int
    unit_id: int
    title: str
    level: str
    start: dt.date | None
    end: dt.date | None


@dataclass(frozen=True)
class RankFact:
    """The unit's place in the 年度目标责任考核 of a year (from the rankings area)."""

    rank: int
    group: str
    group_size: int
    is_last: bool
    award: str | None = None
    vetoed: bool = False


@dataclass(frozen=True)
class VoteFact:
    """民主测评 counts, e.g. {"好": 40, "较好": 12, "一般": 3, "差": 1}."""

    year: int
    vote_type: str
    unit_id: int | None
    cadre_id: int | None
    counts: Mapping[str, int]

    @property
    def total(self) -> int:
        return sum(int(v) for v in self.counts.values())

    def count(self, *options: str) -> int:
        return sum(int(self.counts.get(o, 0)) for o in options)


@dataclass(frozen=True)
class KeyTaskRank:
    """A 重点工作 ranked by the city (第七条第（五）项)."""

    year: int
    task: str
    unit_id: int
    city_rank: int
    city_count: int
    leader_id: int | None  # the 分管领导 in charge of the task

    @property
    def is_last(self) -> bool:
        return self.city_rank >= self.city_count


@dataclass(frozen=True)
class MonitoringFact:
    """县域经济社会发展监测考评: one indicator of one year (第八条)."""

    year: int
    indicator: str
    unit_id: int  # 责任单位
    province_rank: int | None = None
    city_rank: int | None = None
    province_count: int | None = None
    city_count: int | None = None
    regression_rank: int | None = None  # 退位幅度全省排位 (1 = the largest fall)
    leader_id: int | None = None  # 分管领导, when recorded


@dataclass(frozen=True)
class PovertyFact:
    """扶贫绩效考核 of a unit (第九条)."""

    year: int
    unit_id: int
    kind: str  # 镇扶贫绩效考核 / 帮扶单位包村考核
    grade: str | None = None  # 好 / 较好 / 一般 / 较差
    task_done: bool | None = None  # 减贫任务完成
    id_accuracy: Decimal | None = None  # 识别准确率, percent
    exit_accuracy: Decimal | None = None  # 退出准确率, percent
    satisfaction: Decimal | None = None  # 群众满意度, percent
    fraud: bool = False  # 弄虚作假
    id: int | None = None


@dataclass(frozen=True)
class Responsible:
    cadre_id: int
    role: str  # 主要负责人 / 分管领导 / 相关责任人
    tolerance_case: str | None = None  # a 容错案件 linked to this person of the determination


@dataclass(frozen=True)
class ToleranceFact:
    """A tolerance case as 第十一条 reads it: its outcome, the day it was concluded, and whom it was concluded
    for (容错纠错实施细则: a 单位、组织 or a 个人)."""

    number: str
    outcome: str | None  # 免责 / 减责 / 不予容错; None = not concluded
    concluded_on: dt.date | None
    cadre_id: int | None = None  # 个人
    unit_id: int | None = None  # 单位 / 组织
    applicant: str = ""  # as written on the application


@dataclass(frozen=True)
class Determination:
    """责任认定 (第十条至第十五条、第十七条): who is held responsible for what, by which document."""

    id: int
    date: dt.date
    unit_id: int | None
    article: int
    item: int | None
    responsible: Sequence[Responsible]
    description: str = ""
    source: str = ""  # 认定文件
    kind: str = DeterminationKind.DETERMINED  # a DeterminationKind label
    tolerance_case: str | None = None
    fraud: bool = False  # 第十六条: 弄虚作假/隐瞒不报/不及时报告 found in the report


@dataclass(frozen=True)
class HandlingFact:
    """An earlier organizational handling (提醒/教育/函询/诫勉 …) from the discipline register."""

    cadre_id: int
    kind: str
    date: dt.date
    reason: str = ""


@dataclass(frozen=True)
class HealthFact:
    cadre_id: int
    start: dt.date  # 不能正常履职 since
    end: dt.date | None = None  # back to work; None = still
    note: str = ""


@dataclass(frozen=True)
class RequestFact:
    cadre_id: int
    date: dt.date
    request: str  # 转任非领导职务 / 降低职务
    note: str = ""


@dataclass(frozen=True)
class Postponement:
    """第十九条 延迟免职（退休） agreed by the 上一级党组织, recorded on an age case."""

    cadre_id: int
    until: dt.date
    consent_body: str
    consent_doc: str


@dataclass(frozen=True)
class AgeLimit:
    """任职年龄界限 for one position level and sex (a local setting: the policy names no numbers)."""

    level: str
    gender: str
    age: int


@dataclass(frozen=True)
class TermSettings:
    """第二十条 limits (local settings; defaults from 《党政领导干部职务任期暂行规定》)."""

    term_years: int = 5
    max_terms: int = 2  # terms in one post
    max_years_at_level: int = 15


@dataclass
class Facts:
    """Everything one scan reads. Maps are keyed by ids for the set-based rules."""

    year: int
    date: dt.date
    cadres: Sequence[CadreFact] = ()
    ranks: Mapping[tuple[int, int], RankFact] = field(default_factory=dict)  # (unit_id, year)
    votes: Sequence[VoteFact] = ()
    appraisals: Mapping[tuple[int, int], str] = field(default_factory=dict)  # (cadre_id, year) → 等次
    key_tasks: Sequence[KeyTaskRank] = ()
    monitoring: Sequence[MonitoringFact] = ()
    poverty: Sequence[PovertyFact] = ()
    determinations: Sequence[Determination] = ()
    handlings: Sequence[HandlingFact] = ()
    # case number → 免责/减责/不予容错/None, the applicant unknown (covers everyone the determination names)
    tolerance: Mapping[str, str | None] = field(default_factory=dict)
    tolerance_cases: Mapping[str, ToleranceFact] = field(default_factory=dict)  # case number → the case
    health: Sequence[HealthFact] = ()
    requests: Sequence[RequestFact] = ()
    post_history: Sequence[PostSpan] = ()
    age_limits: Sequence[AgeLimit] = ()
    postponements: Sequence[Postponement] = ()
    age_warn_months: int = 6
    terms: TermSettings = field(default_factory=TermSettings)
    named_indicators: Sequence[str] = ()  # 第八条第（二）项
    unit_names: Mapping[int, str] = field(default_factory=dict)
    unit_kinds: Mapping[int, str] = field(default_factory=dict)  # 镇 / 县直部门 / …
