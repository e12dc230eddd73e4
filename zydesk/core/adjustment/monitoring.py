"""第八条 (县域经济社会发展监测考评) and 第九条 (扶贫绩效考核)."""
from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from zydesk.core.adjustment.facts import CadreFact, Facts, MonitoringFact, PovertyFact
from zydesk.core.adjustment.finding import Finding, Index, cite, finding
from zydesk.core.adjustment.values import Verdict

DEFAULT_NAMED_INDICATORS = (
    "人均固定资产投资",
    "地方财政一般预算收入",
    "招商引资实际到位资金",
    "城乡居民收入",
    "城乡居民收入增速",
)


def _targets(ix: Index, notes: list[str], item: int, unit_id: int, leader_id: int | None,
             evidence: str) -> Iterator[tuple[CadreFact, str]]:
    """The responsible unit's 主要负责人, and the 分管领导 when recorded: only for a 县直部门 by the unit list
    (the subject of 第八条 is “县直部门主要负责人和分管领导干部”), and only a deputy posted in a 县直部门."""
    if not ix.is_department(unit_id):
        notes.append(f"{ix.unit_name(unit_id)}：{evidence}，但该单位在单位名单中为“{ix.kind_of(unit_id) or '未知'}”，"
                     f"不是县直部门，{cite(8, item)}不适用。")
        return
    seen = set()
    for c in ix.heads(unit_id):
        seen.add(c.id)
        yield c, "主要负责人"
    leader = ix.by_id.get(leader_id) if leader_id is not None else None
    if leader is not None and leader.id not in seen:
        if ix.is_department(leader.unit_id):
            yield leader, "分管领导"
        else:
            notes.append(f"{ix.unit_name(unit_id)}：{evidence}；登记的分管领导{leader.name}扫描日任{leader.unit_name}"
                         f"{leader.post}，不是县直部门分管领导干部，{cite(8, item)}未列出。")


def _bottom3(m: MonitoringFact) -> bool:
    return m.province_rank is not None and m.province_count is not None and m.province_rank > m.province_count - 3


def _fall_top3(m: MonitoringFact) -> bool:
    return m.regression_rank is not None and m.regression_rank <= 3


def a08_1(f: Facts, ix: Index, notes: list[str]) -> Iterator[Finding]:
    """第八条第（一）项：在县域经济社会发展监测考评中，单项监测指标连续两年退位幅度在全省前3名或连续两年
    全省排名后3位的县直部门主要负责人和分管领导干部。

    Each condition must hold in both years on its own (退位 in one year and 后3位 in the other is not 连续两年).
    后3位 needs 全省参评数: without it the indicator is skipped and a note says so.
    """
    before = {m.indicator: m for m in f.monitoring if m.year == f.year - 1}
    for m in f.monitoring:
        prev = before.get(m.indicator)
        if m.year != f.year or prev is None:
            continue
        reasons = []
        if _fall_top3(m) and _fall_top3(prev):
            reasons.append(f"退位幅度全省排位 {prev.year}年第{prev.regression_rank}名、{m.year}年第{m.regression_rank}名"
                           "（连续两年前3名）")
        if _bottom3(m) and _bottom3(prev):
            reasons.append(f"全省排名 {prev.year}年第{prev.province_rank}/{prev.province_count}名、"
                           f"{m.year}年第{m.province_rank}/{m.province_count}名（连续两年后3位）")
        elif m.province_rank is not None and (m.province_count is None or prev.province_count is None):
            notes.append(f"指标“{m.indicator}”缺少全省参评数，无法判断是否“全省排名后3位”。")
        if reasons:
            evidence = f"监测指标“{m.indicator}”：" + "；".join(reasons)
            for c, role in _targets(ix, notes, 1, m.unit_id, m.leader_id, evidence):
                yield finding(c, 8, 1, Verdict.SHOULD, evidence, role=role, sources=(f"监测指标#{m.indicator}",))


def _named(indicator: str, names: tuple[str, ...] | list[str]) -> bool:
    return any(indicator == n or indicator.startswith(n) for n in names)


def _city_last(m: MonitoringFact) -> bool:
    return m.city_rank is not None and m.city_count is not None and m.city_rank >= m.city_count


def a08_2(f: Facts, ix: Index, notes: list[str]) -> Iterator[Finding]:
    """第八条第（二）项：人均固定资产投资、地方财政一般预算收入、招商引资实际到位资金、城乡居民收入及其增速，
    连续两年排位在全市最后的有关县直部门主要负责人和分管领导干部。"""
    names = tuple(f.named_indicators) or DEFAULT_NAMED_INDICATORS
    before = {m.indicator: m for m in f.monitoring if m.year == f.year - 1}
    for m in f.monitoring:
        prev = before.get(m.indicator)
        if m.year != f.year or prev is None or not _named(m.indicator, names):
            continue
        if _city_last(m) and _city_last(prev):
            evidence = (f"指标“{m.indicator}”全市排位：{prev.year}年第{prev.city_rank}/{prev.city_count}名、"
                        f"{m.year}年第{m.city_rank}/{m.city_count}名，连续两年全市最后")
            for c, role in _targets(ix, notes, 2, m.unit_id, m.leader_id, evidence):
                yield finding(c, 8, 2, Verdict.SHOULD, evidence, role=role, sources=(f"监测指标#{m.indicator}",))


TOWN = "镇扶贫绩效考核"
HELPER = "帮扶单位包村考核"
ACCURACY_FLOOR = Decimal(90)
SATISFACTION_FLOOR = Decimal(80)


def _heads(ix: Index, p: PovertyFact, item: int, evidence: str) -> Iterator[Finding]:
    for c in ix.heads(p.unit_id):
        yield finding(c, 9, item, Verdict.SHOULD, evidence, role="主要负责人", sources=(f"扶贫考核#{p.unit_id}",))


def a09_1(f: Facts, ix: Index, notes: list[str]) -> Iterator[Finding]:
    """第九条第（一）项：未完成年度减贫计划任务的镇主要负责人和有关领导干部。"""
    for p in f.poverty:
        if p.year == f.year and p.kind == TOWN and p.task_done is False:
            yield from _heads(ix, p, 1, f"{p.year}年镇扶贫绩效考核：未完成年度减贫计划任务")


def _grade_rule(f: Facts, ix: Index, kind: str, item: int) -> Iterator[Finding]:
    before = {p.unit_id: p for p in f.poverty if p.year == f.year - 1 and p.kind == kind}
    for p in f.poverty:
        if p.year != f.year or p.kind != kind:
            continue
        prev = before.get(p.unit_id)
        if p.grade == "较差":
            yield from _heads(ix, p, item, f"{p.year}年{kind}等次：较差")
        elif p.grade == "一般" and prev is not None and prev.grade == "一般":
            yield from _heads(ix, p, item, f"{kind}等次：{prev.year}年一般、{p.year}年一般（连续两年）")


def a09_2(f: Facts, ix: Index, notes: list[str]) -> Iterator[Finding]:
    """第九条第（二）项：扶贫绩效考核连续两年被评为一般等次，或者当年被评为较差等次的镇主要负责人和有关领导干部。"""
    return _grade_rule(f, ix, TOWN, 2)


def a09_3(f: Facts, ix: Index, notes: list[str]) -> Iterator[Finding]:
    """第九条第（三）项：帮扶单位包村扶贫工作年度考核连续两年被评为一般等次或当年被评为较差等次的县直部门
    主要负责人和有关领导干部。"""
    return _grade_rule(f, ix, HELPER, 3)


def a09_4(f: Facts, ix: Index, notes: list[str]) -> Iterator[Finding]:
    """第九条第（四）项：违反贫困识别和退出规定，弄虚作假、搞“数字脱贫”，或者贫困人口识别和退出准确率低于90%、
    帮扶工作群众满意度低于80%的党政领导干部。

    低于 excludes the bound: exactly 90% / 80% pass."""
    for p in f.poverty:
        if p.year != f.year:
            continue
        reasons = []
        if p.fraud:
            reasons.append("弄虚作假、搞“数字脱贫”")
        if p.id_accuracy is not None and p.id_accuracy < ACCURACY_FLOOR:
            reasons.append(f"识别准确率 {p.id_accuracy}% < 90%")
        if p.exit_accuracy is not None and p.exit_accuracy < ACCURACY_FLOOR:
            reasons.append(f"退出准确率 {p.exit_accuracy}% < 90%")
        if p.satisfaction is not None and p.satisfaction < SATISFACTION_FLOOR:
            reasons.append(f"群众满意度 {p.satisfaction}% < 80%")
        if reasons:
            yield from _heads(ix, p, 4, f"{p.year}年{p.kind}：" + "；".join(reasons))


RULES = (a08_1, a08_2, a09_1, a09_2, a09_3, a09_4)
