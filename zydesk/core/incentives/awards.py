"""The other unit awards: 追赶超越贡献奖 from monitoring data (第六条第2目) and the 脱贫攻坚先进村
count (第八条第3目). Pure functions over plain rows."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from zydesk.core.citation import Citation, Doc
from zydesk.core.incentives.values import REFORM_GRADES

# REFORM_GRADES is re-exported: callers import it from here
__all__ = ["C_CATCHUP_1", "C_CATCHUP_2", "C_VILLAGES", "DEFAULT_KEY_TASKS", "KIND_BASIS", "KIND_CATCHUP", "KIND_EXCEL",
           "KIND_FIELDS", "KIND_KEY_TASK", "KIND_POOR_DEPT", "KIND_POOR_TOWN", "KIND_POOR_VILLAGE", "KIND_REFORM",
           "MIN_PLACES_UP", "RECORDED_KINDS", "REFORM_GRADES", "CatchUpResult", "MonitoringRow", "a06_2_catch_up",
           "a08_3_village_count", "kind_fields", "recorded_award_problems", "villages_by_town"]

C_CATCHUP_1 = Doc.INCENTIVES.cite(6, None, 1)
C_CATCHUP_2 = Doc.INCENTIVES.cite(6, None, 2)
C_VILLAGES = Doc.INCENTIVES.cite(8, None, 3)
MIN_PLACES_UP = 5  # "排名前移5个以上位次": 以上 includes 5
VILLAGES_MIN, VILLAGES_MAX = 5, 8  # "5-8个脱贫攻坚先进村"

# Award kinds recorded by hand, in the order of the policy.
KIND_REFORM = "重大改革创新贡献奖"  # 第五条第（二）项
KIND_KEY_TASK = "重点工作单项考核奖"  # 第五条第（三）项
KIND_CATCHUP = "追赶超越贡献奖"  # 第六条
KIND_EXCEL = "目标责任考核创优贡献奖"  # 第七条
KIND_POOR_TOWN = "脱贫攻坚工作先进镇"  # 第八条第1目
KIND_POOR_DEPT = "脱贫攻坚先进部门"  # 第八条第2目
KIND_POOR_VILLAGE = "脱贫攻坚先进村"  # 第八条第3目
RECORDED_KINDS = (KIND_REFORM, KIND_KEY_TASK, KIND_CATCHUP, KIND_EXCEL, KIND_POOR_TOWN, KIND_POOR_DEPT,
                  KIND_POOR_VILLAGE)
KIND_BASIS: dict[str, Citation] = {
    KIND_REFORM: Doc.INCENTIVES.cite(5, 2),
    KIND_KEY_TASK: Doc.INCENTIVES.cite(5, 3),
    KIND_CATCHUP: C_CATCHUP_1,
    KIND_EXCEL: Doc.INCENTIVES.cite(7),
    KIND_POOR_TOWN: Doc.INCENTIVES.cite(8, None, 1),
    KIND_POOR_DEPT: Doc.INCENTIVES.cite(8, None, 2),
    KIND_POOR_VILLAGE: C_VILLAGES,
}
# The fields each recorded kind takes besides the unit and the reason (labels as the entry form shows them).
F_GRADE, F_TASK, F_VILLAGE, F_POINTS, F_RECOMMENDED = "等次", "重点工作", "村名", "争取加分", "择优推荐"
KIND_FIELDS: dict[str, frozenset[str]] = {
    KIND_REFORM: frozenset({F_GRADE}), KIND_KEY_TASK: frozenset({F_TASK}), KIND_POOR_VILLAGE: frozenset({F_VILLAGE}),
    KIND_EXCEL: frozenset({F_POINTS}), KIND_POOR_TOWN: frozenset({F_RECOMMENDED}),
}


def kind_fields(kind: str) -> frozenset[str]:
    """Which of 等次/重点工作/村名/争取加分/择优推荐 an award of `kind` records (the form shows only these)."""
    return KIND_FIELDS.get(kind, frozenset())


DEFAULT_KEY_TASKS = ("重点项目建设", "文化旅游产业", "生态文明建设", "重点领域改革", "富硒特色产业发展",
                     "新型工业和招商引资", "飞地经济", "各类创建", "城镇建设管理")


@dataclass(frozen=True)
class MonitoringRow:
    year: int
    indicator: str
    unit_id: int
    unit: str
    province_rank: int


@dataclass(frozen=True)
class CatchUpResult:
    indicator: str
    unit_id: int
    unit: str
    rank_now: int
    rank_prev1: int | None  # the year before
    rank_prev2: int | None  # two years before
    best_prev: int | None
    places_up: int | None  # best_prev − rank_now (positive = moved up)
    vetoed: bool
    qualifies: bool
    basis: Citation
    note: str


def a06_2_catch_up(year: int, rows: Iterable[MonitoringRow], vetoed_units: Iterable[int]) -> list[CatchUpResult]:
    """第六条第2目: this year's province rank against the best of the two previous years; moving up
    5 places or more with no 一票否决 that year qualifies. With only one previous year on record the
    comparison uses that year (said in the note); with none the indicator cannot qualify."""
    vetoed = set(vetoed_units)
    ranks: dict[tuple[str, int], dict[int, int]] = {}
    names: dict[int, str] = {}
    for r in rows:
        ranks.setdefault((r.indicator, r.unit_id), {})[r.year] = r.province_rank
        names[r.unit_id] = r.unit
    out: list[CatchUpResult] = []
    for (indicator, uid), by_year in sorted(ranks.items(), key=lambda kv: (kv[0][0], names[kv[0][1]])):
        if year not in by_year:
            continue
        now, p1, p2 = by_year[year], by_year.get(year - 1), by_year.get(year - 2)
        prev = [p for p in (p1, p2) if p is not None]
        best = min(prev) if prev else None
        up = best - now if best is not None else None
        is_vetoed = uid in vetoed
        ok = up is not None and up >= MIN_PLACES_UP and not is_vetoed
        figures = (f"{year}年全省第{now}位；{year - 1}年" + (f"第{p1}位" if p1 is not None else "无数据")
                   + f"；{year - 2}年" + (f"第{p2}位" if p2 is not None else "无数据"))
        if up is None:
            note = figures + "；前两年均无排名，无法比较"
        else:
            move = f"前移{up}个位次" if up > 0 else ("位次未变" if up == 0 else f"后退{-up}个位次")
            note = f"{figures}；与前两年最好的第{best}位相比{move}"
            if len(prev) == 1:
                note += "（仅一年可比）"
            note += "；" + ("本年度有一票否决情形，不授奖" if is_vetoed else
                           ("达到前移5个以上位次" if ok else "未达到前移5个以上位次"))
        out.append(CatchUpResult(indicator, uid, names[uid], now, p1, p2, best, up, is_vetoed, ok,
                                 C_CATCHUP_2, note))
    return out


def a08_3_village_count(count: int) -> str | None:
    """第八条第3目: 5 to 8 先进村 (both ends included)."""
    if VILLAGES_MIN <= count <= VILLAGES_MAX:
        return None
    return (f"本年度脱贫攻坚先进村 {count} 个，不在 {VILLAGES_MIN}—{VILLAGES_MAX} 个之间"
            f"（{C_VILLAGES}），请核实。")


def villages_by_town(rows: Iterable[tuple[str, str]]) -> Mapping[str, list[str]]:
    """(town, village) pairs → town → villages, in the order given."""
    out: dict[str, list[str]] = {}
    for town, village in rows:
        out.setdefault(town, []).append(village)
    return out


def recorded_award_problems(kind: str, unit_kind: str | None, *, grade: str | None, task: str | None,
                            village: str | None, points: Decimal | None, recommended: bool,
                            key_tasks: Iterable[str]) -> list[tuple[str, str]]:
    """What is wrong with a recorded award, as (field label, message): the entry form's rules, for a sheet
    that carries every field at once (a field the kind does not record must stay empty)."""
    out: list[tuple[str, str]] = []
    if kind not in RECORDED_KINDS:
        return [("奖项", f"“{kind}”不是可录入的奖项")]
    fields = kind_fields(kind)
    given = {F_GRADE: grade is not None, F_TASK: task is not None, F_VILLAGE: village is not None,
             F_POINTS: points is not None, F_RECOMMENDED: recommended}
    out += [(label, f"{kind}不填{label}") for label, filled in given.items() if filled and label not in fields]
    if kind == KIND_REFORM and grade not in REFORM_GRADES:
        out.append((F_GRADE, "重大改革创新贡献奖须选择特等奖、一等奖、二等奖或三等奖"))
    if kind == KIND_KEY_TASK and task not in set(key_tasks):
        out.append((F_TASK, "须从重点工作任务清单中选择"))
    if kind == KIND_EXCEL and (points is None or points <= 0):
        out.append((F_POINTS, "目标责任考核创优贡献奖须填写争取到的加分（大于 0）"))
    if kind == KIND_POOR_VILLAGE and not village:
        out.append((F_VILLAGE, "脱贫攻坚先进村须填写村名"))
    if kind in (KIND_POOR_VILLAGE, KIND_POOR_TOWN) and unit_kind is not None and unit_kind != "镇":
        out.append(("单位", "先进村须列在所属镇之下" if kind == KIND_POOR_VILLAGE else "脱贫攻坚工作先进镇只能授予镇"))
    return out
