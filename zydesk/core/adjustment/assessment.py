"""第七条: adjustments from the 年度目标责任考核 (unit ranks, votes, appraisals, key tasks)."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from fractions import Fraction

from zydesk.core.adjustment.facts import Facts, RankFact, VoteFact
from zydesk.core.adjustment.finding import Finding, Index, cite, finding, pct
from zydesk.core.adjustment.values import Verdict

TWO_THIRDS = Fraction(2, 3)
ONE_THIRD = Fraction(1, 3)
THIRTY_PCT = Fraction(30, 100)
FIFTEEN_PCT = Fraction(15, 100)


def _rank_text(year: int, r: RankFact) -> str:
    veto = "，一票否决" if r.vetoed else ""
    return f"{year}年“{r.group}”类别第{r.rank}/{r.group_size}名（末位{veto}）"


def a07_1(f: Facts, ix: Index, notes: list[str]) -> Iterator[Finding]:
    """第七条第（一）项：年度目标责任考核连续两年排名末位的镇和县直部门主要负责人。

    末位 comes from the rankings (RankFact.is_last; tied units at the bottom are all 末位).
    """
    y = f.year
    for (unit_id, year), now in f.ranks.items():
        if year != y or not now.is_last:
            continue
        before = f.ranks.get((unit_id, y - 1))
        if before is None or not before.is_last:
            continue
        evidence = f"{_rank_text(y - 1, before)}；{_rank_text(y, now)}：连续两年末位"
        for c in ix.heads(unit_id):
            yield finding(c, 7, 1, Verdict.SHOULD, evidence, role="主要负责人", sources=(f"考核排名#{unit_id}",))


def team_vote_failed(v: VoteFact) -> str | None:
    """The evidence if (好+较好) < 2/3 or 差 > 1/3 of the votes, else None. Exactly 2/3 and exactly 1/3 pass."""
    total = v.total
    if total <= 0:
        return None
    good, bad = v.count("好", "较好"), v.count("差")
    parts = []
    if Fraction(good, total) < TWO_THIRDS:
        parts.append(f"好+较好 {good}/{total} = {pct(Fraction(good, total))} < 2/3")
    if Fraction(bad, total) > ONE_THIRD:
        parts.append(f"差 {bad}/{total} = {pct(Fraction(bad, total))} > 1/3")
    return "；".join(parts) or None


def a07_2(f: Facts, ix: Index, notes: list[str]) -> Iterator[Finding]:
    """第七条第（二）项：年度考核领导班子测评总体评价好和较好得票率达不到三分之二，或者差得票率超过三分之一，
    经组织考核认定不适宜担任现职的镇和县直部门主要负责人。"""
    for v in f.votes:
        if v.year != f.year or v.vote_type != "班子年度测评" or v.unit_id is None:
            continue
        failed = team_vote_failed(v)
        if failed:
            for c in ix.heads(v.unit_id):
                yield finding(c, 7, 2, Verdict.NEEDS_REVIEW, f"{f.year}年领导班子测评：{failed}", role="主要负责人",
                              sources=(f"班子测评#{v.unit_id}",))


def personal_vote_failed(v: VoteFact) -> str | None:
    """(基本称职+不称职) ≥ 30% and 不称职 > 15%: exactly 30% counts (以上), exactly 15% does not (超过)."""
    total = v.total
    if total <= 0:
        return None
    weak, fail = v.count("基本称职", "不称职"), v.count("不称职")
    if Fraction(weak, total) >= THIRTY_PCT and Fraction(fail, total) > FIFTEEN_PCT:
        return (f"基本称职+不称职 {weak}/{total} = {pct(Fraction(weak, total))} ≥ 30%，"
                f"且不称职 {fail}/{total} = {pct(Fraction(fail, total))} > 15%")
    return None


def a07_3(f: Facts, ix: Index, notes: list[str]) -> Iterator[Finding]:
    """第七条第（三）项：年度考核民主测评基本称职和不称职得票率在30%以上，且不称职得票率超过15%，
    经组织考核认定不适宜担任现职的党政领导干部。"""
    for v in f.votes:
        if v.year != f.year or v.vote_type != "个人年度测评" or v.cadre_id is None:
            continue
        c = ix.by_id.get(v.cadre_id)
        if c is None or not c.is_leadership:
            continue
        failed = personal_vote_failed(v)
        if failed:
            yield finding(c, 7, 3, Verdict.NEEDS_REVIEW, f"{f.year}年个人民主测评：{failed}", role="本人",
                          sources=(f"个人测评#{c.id}",))


def a07_4(f: Facts, ix: Index, notes: list[str]) -> Iterator[Finding]:
    """第七条第（四）项：年度考核结果为不称职等次，或者连续两年为基本称职等次的党政领导干部。"""
    y = f.year
    for c in f.cadres:
        if not c.is_leadership:
            continue
        now = f.appraisals.get((c.id, y))
        if now == "不称职":
            yield finding(c, 7, 4, Verdict.SHOULD, f"{y}年度考核等次：不称职", role="本人")
        elif now == "基本称职" and f.appraisals.get((c.id, y - 1)) == "基本称职":
            yield finding(c, 7, 4, Verdict.SHOULD, f"{y - 1}年、{y}年度考核等次均为基本称职（连续两年）", role="本人")


def a07_5(f: Facts, ix: Index, notes: list[str]) -> Iterator[Finding]:
    """第七条第（五）项：重点工作连续两年考核排名全市末位的县直部门分管领导干部。

    Reading: the same task, last in the city ranking in both years; the 分管领导 is the one recorded
    on this year's ranking row. The subject is a 县直部门's deputy: the ranked unit must be a 县直部门 in
    the unit list, and so must the unit of the deputy's post on the scan date (a 镇 is not listed; a note says so).
    """
    before = {(k.task, k.unit_id): k for k in f.key_tasks if k.year == f.year - 1}
    for k in f.key_tasks:
        if k.year != f.year or not k.is_last:
            continue
        prev = before.get((k.task, k.unit_id))
        if prev is None or not prev.is_last:
            continue
        evidence = (f"重点工作“{k.task}”全市排名：{prev.year}年第{prev.city_rank}/{prev.city_count}名，"
                    f"{k.year}年第{k.city_rank}/{k.city_count}名，连续两年末位")
        if not ix.is_department(k.unit_id):
            notes.append(f"{ix.unit_name(k.unit_id)}：{evidence}，但该单位在单位名单中为“{ix.kind_of(k.unit_id) or '未知'}”，"
                         f"不是县直部门，{cite(7, 5)}不适用。")
            continue
        leader = ix.by_id.get(k.leader_id) if k.leader_id is not None else None
        if leader is not None and not ix.is_department(leader.unit_id):
            notes.append(f"{ix.unit_name(k.unit_id)}：{evidence}；登记的分管领导{leader.name}扫描日任"
                         f"{leader.unit_name}{leader.post}，不是县直部门分管领导干部，{cite(7, 5)}未列出。")
            continue
        if leader is None:
            notes.append(f"{ix.unit_name(k.unit_id)}：{evidence}，但未登记在岗的分管领导，未能列出干部。")
            continue
        yield finding(leader, 7, 5, Verdict.SHOULD, evidence, role="分管领导", sources=(f"重点工作#{k.task}",))


def _last_in_assembly(votes: list[VoteFact]) -> tuple[set[int], Fraction | None]:
    """Cadres with the lowest (好+较好) share in one 领导干部大会测评; ties at the bottom are all last."""
    shares = {v.cadre_id: Fraction(v.count("好", "较好"), v.total) for v in votes
              if v.cadre_id is not None and v.total > 0}
    if len(shares) < 2:
        return set(), None
    low = min(shares.values())
    return {cid for cid, s in shares.items() if s == low}, low


def a07_6(f: Facts, ix: Index, notes: list[str]) -> Iterator[Finding]:
    """第七条第（六）项：全县领导干部大会对镇党政正职、县直部门主要负责人的民主测评中连续两次排名末位的。

    Reading: the 大会测评 is held once a year; "连续两次" = this year's and last year's. Ranked by the
    (好+较好) share over all cadres rated that year; ties at the bottom are all 末位.
    """
    by_year: dict[int, list[VoteFact]] = defaultdict(list)
    for v in f.votes:
        if v.vote_type == "领导干部大会测评" and v.year in (f.year, f.year - 1):
            by_year[v.year].append(v)
    last_now, low_now = _last_in_assembly(by_year[f.year])
    last_before, low_before = _last_in_assembly(by_year[f.year - 1])
    mine = {(v.year, v.cadre_id): v for vs in by_year.values() for v in vs}
    for cid in sorted(last_now & last_before):
        c = ix.by_id.get(cid)
        if c is None or low_now is None or low_before is None:
            continue
        parts = []
        for y in (f.year - 1, f.year):
            v = mine[(y, cid)]
            good = v.count("好", "较好")
            parts.append(f"{y}年 好+较好 {good}/{v.total} = {pct(Fraction(good, v.total))}"
                         f"（{len(by_year[y])}人中最低）")
        evidence = "领导干部大会测评：" + "；".join(parts) + "，连续两次末位"
        yield finding(c, 7, 6, Verdict.SHOULD, evidence, role="本人", sources=(f"大会测评#{cid}",))


RULES = (a07_1, a07_2, a07_3, a07_4, a07_5, a07_6)
