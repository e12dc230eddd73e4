"""年度目标责任考核奖 (第五条第（一）项): ranking within each assessment group and the 一、二、三等奖.

Pure: the service passes plain UnitEntry rows, the settings, tie-breaks and overrides; the result
carries for every unit its rank, flags, award, the citation and the figures behind it.

Readings (docs/policy-readings.md, "鼓励激励：单位考核与奖励"):
- Ranking: score high to low, equal scores share a rank (1, 2, 2, 4). Units with 一票否决 take no
  place: they are listed without a rank and the next unit moves up.
- Quota base (the "units in the group" that the 35% applies to): every scored unit of the group;
  settings decide whether 一票否决 units and the 第2目 direct units count in it.
- 第2目 direct units (表彰净加分, no veto) are 一等奖 outside the quota; the quota is filled from the others.
- 第3目 priority units (超额完成净加分, no veto): "first" = they take quota places before the others
  (by score among themselves); "boundary" = they win only a tie on score at the quota boundary.
- A tie at the boundary: "widen" gives the place to every tied unit; "clerk" leaves the tied units
  pending until the clerk records which of them take the remaining places (with a reason).
- 二等奖/三等奖: the text sets only 一等奖 (第五条第（一）项); 第十二条 pays a bonus by grade but says
  nothing of how the grades are given. The split is a local setting per year, cited as 第五条（本地设置）.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal, InvalidOperation
from fractions import Fraction

from zydesk.core.citation import Citation, Doc
from zydesk.core.incentives.values import RANKING_GRADES, AwardGrade
from zydesk.errors import UserError

FIRST, SECOND, THIRD = AwardGrade.FIRST, AwardGrade.SECOND, AwardGrade.THIRD
AWARDS = RANKING_GRADES

C_QUOTA = Doc.INCENTIVES.cite(5, 1, 1)
C_DIRECT = Doc.INCENTIVES.cite(5, 1, 2)
C_PRIORITY = Doc.INCENTIVES.cite(5, 1, 3)
C_VETO = Doc.INCENTIVES.cite(5, 1)
# 二等奖/三等奖: 第五条 names the 年度目标责任考核奖, 第十二条 only pays by grade; the split is ours.
C_GRADES = Doc.INCENTIVES.local(5, reading="本地设置")

ROUNDINGS = {"half_up": "四舍五入", "floor": "向下取整", "ceil": "向上取整"}
PRIORITY_READINGS = {"first": "优先占用名额（在优先单位之间按得分）", "boundary": "仅在名额边界同分时优先"}
TIE_RULES = {"widen": "并列全部计入（名额相应扩大）", "clerk": "由经办人裁定（记录理由）"}


@dataclass(frozen=True)
class UnitEntry:
    unit_id: int
    name: str
    group: str
    score: Decimal | None  # None: not entered yet (listed, not ranked)
    vetoed: bool = False  # 一票否决
    commend_plus: bool = False  # 表彰净加分 → 第2目
    excess_plus: bool = False  # 超额完成净加分 → 第3目
    sort_order: int = 0


@dataclass(frozen=True)
class RankingSettings:
    quota_percent: Decimal = Decimal(35)  # 第五条第（一）项第1目
    rounding: str = "half_up"
    priority_reading: str = "first"
    tie_rule: str = "widen"
    direct_in_base: bool = True  # direct units count in the group size the 35% is taken of
    vetoed_in_base: bool = True  # vetoed units count in the group size
    second_percent: Decimal = Decimal(35)  # local setting: share of the group given 二等奖
    vetoed_is_last: bool = True  # 末位: a vetoed unit is placed last (see last_place)

    def describe(self) -> dict[str, object]:
        return {
            "quota_percent": float(self.quota_percent),
            "rounding": self.rounding,
            "rounding_text": ROUNDINGS[self.rounding],
            "priority_reading": self.priority_reading,
            "priority_reading_text": PRIORITY_READINGS[self.priority_reading],
            "tie_rule": self.tie_rule,
            "tie_rule_text": TIE_RULES[self.tie_rule],
            "direct_in_base": self.direct_in_base,
            "vetoed_in_base": self.vetoed_in_base,
            "second_percent": float(self.second_percent),
            "second_percent_is_local": True,
            "vetoed_is_last": self.vetoed_is_last,
        }


@dataclass(frozen=True)
class TieBreak:
    """The clerk's decision at a boundary: which of the tied units take the remaining places."""

    group: str
    winners: frozenset[int]
    reason: str


@dataclass(frozen=True)
class Override:
    award: str | None  # the award given by hand (None: no award)
    reason: str
    by: str = ""
    at: str = ""


@dataclass(frozen=True)
class UnitResult:
    unit_id: int
    name: str
    group: str
    score: Decimal | None
    rank: int | None
    vetoed: bool
    direct: bool
    priority: bool
    award: str | None
    basis: Citation | None
    note: str  # the figures behind the decision, in words
    computed_award: str | None = None  # before an override
    override: Override | None = None
    tied: bool = False  # tied at the quota boundary
    pending: bool = False  # tie at the boundary awaiting the clerk's decision
    is_last: bool = False  # 末位 in the group

    @property
    def basis_text(self) -> str:
        return str(self.basis) if self.basis is not None else ""


@dataclass(frozen=True)
class GroupResult:
    group: str
    size: int  # units in the quota base
    scored: int  # units with a score (ranked or vetoed)
    quota: int  # 一等奖 places (before widening for a tie)
    quota_exact: Fraction
    quota_formula: str
    second_quota: int
    second_formula: str
    units: tuple[UnitResult, ...]
    tie_units: tuple[int, ...] = ()  # units tied at the boundary (shown to the clerk)
    tie_places: int = 0  # places the tied units compete for
    warnings: tuple[str, ...] = ()

    def count(self, award: str) -> int:
        return sum(1 for u in self.units if u.award == award)


@dataclass(frozen=True)
class RankingResult:
    year: int
    settings: RankingSettings
    groups: tuple[GroupResult, ...]

    def unit(self, unit_id: int) -> UnitResult | None:
        for g in self.groups:
            for u in g.units:
                if u.unit_id == unit_id:
                    return u
        return None


# ---------------------------------------------------------------- arithmetic


def fmt_num(x: Fraction | Decimal | int) -> str:
    """5.95, 7, 12.6 — at most 2 decimals, trailing zeros dropped (exact inputs only)."""
    d = Decimal(x.numerator) / Decimal(x.denominator) if isinstance(x, Fraction) else Decimal(x)
    d = d.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    text = format(d, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def round_quota(exact: Fraction, rounding: str) -> int:
    if rounding not in ROUNDINGS:
        raise ValueError(f"未知的取整方式：{rounding}")
    mode = {"half_up": ROUND_HALF_UP, "floor": ROUND_FLOOR, "ceil": ROUND_CEILING}[rounding]
    # exact division in Decimal is safe: size × percent / 100 has at most a few decimals
    d = Decimal(exact.numerator) / Decimal(exact.denominator)
    if Fraction(d) != exact:  # not representable (a percent like 33⅓): round the Fraction itself
        if rounding == "floor":
            return exact.numerator // exact.denominator
        if rounding == "ceil":
            return -((-exact.numerator) // exact.denominator)
        return int((exact + Fraction(1, 2)).__floor__())
    return int(d.quantize(Decimal(1), rounding=mode))


def quota(size: int, percent: Decimal, rounding: str) -> tuple[int, Fraction, str]:
    """(places, exact value, "17 × 35% = 5.95 → 6")."""
    exact = Fraction(size) * Fraction(percent) / 100
    n = round_quota(exact, rounding)
    return n, exact, f"{size} × {fmt_num(percent)}% = {fmt_num(exact)} → {n}"


def competition_ranks(scores: Sequence[Decimal]) -> list[int]:
    """Scores sorted high to low → ranks 1, 2, 2, 4."""
    ranks: list[int] = []
    for i, s in enumerate(scores):
        ranks.append(ranks[-1] if i and s == scores[i - 1] else i + 1)
    return ranks


# ---------------------------------------------------------------- one group


def _score(e: UnitEntry) -> Decimal:
    """The score of a unit taking part in the ranking (the unscored are set aside before)."""
    if e.score is None:
        raise ValueError(f"{e.name}: no score")
    return e.score


def _rank_group(group: str, entries: Sequence[UnitEntry], st: RankingSettings, tie_break: TieBreak | None,
                overrides: Mapping[int, Override]) -> GroupResult:
    scored = [e for e in entries if e.score is not None]
    unscored = [e for e in entries if e.score is None]
    eligible = sorted((e for e in scored if not e.vetoed), key=lambda e: (-_score(e), e.sort_order, e.name))
    vetoed = sorted((e for e in scored if e.vetoed), key=lambda e: (-_score(e), e.sort_order, e.name))
    ranks = dict(zip((e.unit_id for e in eligible), competition_ranks([_score(e) for e in eligible]), strict=True))

    direct = [e for e in eligible if e.commend_plus]
    others = [e for e in eligible if not e.commend_plus]
    size = len(eligible) + (len(vetoed) if st.vetoed_in_base else 0) - (0 if st.direct_in_base else len(direct))
    q, q_exact, q_formula = quota(size, st.quota_percent, st.rounding)
    q2, _, q2_formula = quota(size, st.second_percent, st.rounding)
    warnings: list[str] = []
    if unscored:
        warnings.append(f"{len(unscored)} 个单位未录入得分，未参加排名：" + "、".join(e.name for e in unscored))

    # The order in which the others take 一等奖 places, and the key that counts as "equal" for a tie.
    def tier(e: UnitEntry) -> int:
        return 0 if (e.excess_plus and st.priority_reading == "first") else 1

    def order_key(e: UnitEntry) -> tuple[int, Decimal, int]:
        # "boundary": priority only breaks a tie on score; "first": priority units come first.
        pr = 0 if e.excess_plus else 1
        return (tier(e), -_score(e), pr if st.priority_reading == "boundary" else 0)

    ordered = sorted(others, key=lambda e: (*order_key(e), e.sort_order, e.name))
    first: set[int] = set()
    tie_units: tuple[int, ...] = ()
    tie_places = 0
    pending: set[int] = set()
    if q > 0 and ordered:
        if q >= len(ordered):
            first = {e.unit_id for e in ordered}
        else:
            boundary = order_key(ordered[q - 1])
            if order_key(ordered[q]) == boundary:
                tied = [e for e in ordered if order_key(e) == boundary]
                above = [e for e in ordered[:q] if order_key(e) != boundary]
                first = {e.unit_id for e in above}
                tie_units = tuple(e.unit_id for e in tied)
                tie_places = q - len(above)
                if st.tie_rule == "widen":
                    first |= set(tie_units)
                elif tie_break is not None and tie_break.winners <= set(tie_units) \
                        and len(tie_break.winners) == tie_places:
                    first |= set(tie_break.winners)
                else:
                    if tie_break is not None:
                        warnings.append("已记录的并列裁定与当前并列情况不符，请重新裁定。")
                    pending = set(tie_units)
                    warnings.append(f"一等奖名额边界出现并列：{len(tie_units)} 个单位争 {tie_places} 个名额，待裁定。")
            else:
                first = {e.unit_id for e in ordered[:q]}

    # "boundary" reading: priority units that won a place over a unit with the same score
    boundary_wins = {e.unit_id for e in others if e.excess_plus and e.unit_id in first and any(
        o.score == e.score and not o.excess_plus and o.unit_id not in first for o in others)}

    # 二等奖: the next q2 units by score among the rest (a tie at this local boundary is widened).
    rest = [e for e in eligible if not e.commend_plus and e.unit_id not in first and e.unit_id not in pending]
    second: set[int] = set()
    if q2 > 0 and rest:
        cut = _score(rest[min(q2, len(rest)) - 1])
        second = {e.unit_id for e in rest if _score(e) >= cut}

    # 末位: the lowest rank among the eligible; a vetoed unit, if the setting says so, is placed last instead.
    last: set[int] = set()
    if vetoed and st.vetoed_is_last:
        last = {e.unit_id for e in vetoed}
    elif eligible:
        low = max(ranks.values())
        last = {uid for uid, r in ranks.items() if r == low}

    results: list[UnitResult] = []
    for e in eligible:
        rank = ranks[e.unit_id]
        head = f"得分 {fmt_num(_score(e))}，组内第 {rank} 名"
        basis: Citation | None
        if e.commend_plus:
            award, basis = FIRST, C_DIRECT
            note = f"{head}；获表彰净加分且无一票否决，直接评为一等奖，不占名额"
        elif e.unit_id in first:
            # "boundary": 第3目 decided the place only if a unit without priority, same score, lost it
            is_pri = e.excess_plus and (st.priority_reading == "first" or e.unit_id in boundary_wins)
            award, basis = FIRST, (C_PRIORITY if is_pri else C_QUOTA)
            note = f"{head}；一等奖名额 {q_formula}"
            if e.excess_plus:
                # under "boundary" the priority is named only where it decided the place (the basis says so too)
                note += "；超额完成净加分，" + ("优先占用名额" if st.priority_reading == "first" else
                                          "名额边界同分优先" if is_pri else "按得分获得名额")
            if e.unit_id in tie_units:
                note += "；名额边界并列，" + ("并列全部计入" if st.tie_rule == "widen" else f"经裁定获得名额（{tie_break.reason if tie_break else ''}）")
        elif e.unit_id in pending:
            award, basis = None, C_QUOTA
            note = f"{head}；名额边界并列（{len(tie_units)} 个单位争 {tie_places} 个名额），待裁定"
        elif e.unit_id in second:
            award, basis = SECOND, C_GRADES
            note = f"{head}；二等奖名额 {q2_formula}（本地设置）"
        else:
            award, basis = THIRD, C_GRADES
            note = f"{head}；其余单位为三等奖（本地设置）"
        results.append(UnitResult(e.unit_id, e.name, group, e.score, rank, False, e.commend_plus,
                                  e.excess_plus, award, basis, note, award, None, e.unit_id in tie_units,
                                  e.unit_id in pending, e.unit_id in last))
    for e in vetoed:
        # 第2目 and 第3目 both require "本年度无一票否决": the flags do not apply
        lost = "、".join(x for x, f in (("表彰净加分", e.commend_plus), ("超额完成净加分", e.excess_plus)) if f)
        note = f"得分 {fmt_num(_score(e))}；本年度有一票否决情形，不参加评奖、不占名次"
        if lost:
            note += f"（{lost}因一票否决不适用）"
        results.append(UnitResult(e.unit_id, e.name, group, e.score, None, True, False, False,
                                  None, C_VETO, note, None, None, False, False, e.unit_id in last))
    for e in sorted(unscored, key=lambda e: (e.sort_order, e.name)):
        results.append(UnitResult(e.unit_id, e.name, group, None, None, e.vetoed, e.commend_plus, e.excess_plus,
                                  None, None, "未录入得分", None))

    final = [_apply_override(r, overrides.get(r.unit_id)) for r in results]
    return GroupResult(group, size, len(scored), q, q_exact, q_formula, q2, q2_formula, tuple(final),
                       tie_units, tie_places, tuple(warnings))


def override_problem(award: str | None, reason: str) -> str | None:
    """Why a 人工调整 cannot be saved (None: it can): the reason is required, the award one of the grades or
    none. The dialog enables 确定 by it; save_override refuses the same."""
    if not (reason or "").strip():
        return "人工调整奖项须填写理由"
    if award is not None and award not in AWARDS:
        return f"奖项“{award}”无效，应为一等奖、二等奖、三等奖或不授奖"
    return None


def _apply_override(r: UnitResult, ov: Override | None) -> UnitResult:
    if ov is None:
        return r
    if ov.award is not None and ov.award not in AWARDS:
        raise ValueError(f"未知奖项：{ov.award}")
    return replace(r, award=ov.award, override=ov, pending=False,
                   note=f"{r.note}；人工调整为“{ov.award or '不授奖'}”，理由：{ov.reason}")


def a05_1_rank_year(year: int, entries: Iterable[UnitEntry], settings: RankingSettings | None = None,
              tie_breaks: Mapping[str, TieBreak] | None = None,
              overrides: Mapping[int, Override] | None = None) -> RankingResult:
    st = settings or RankingSettings()
    if st.rounding not in ROUNDINGS or st.priority_reading not in PRIORITY_READINGS or st.tie_rule not in TIE_RULES:
        raise ValueError("排名设置无效")
    by_group: dict[str, list[UnitEntry]] = {}
    for e in entries:
        by_group.setdefault(e.group, []).append(e)
    groups = tuple(_rank_group(g, by_group[g], st, (tie_breaks or {}).get(g), overrides or {})
                   for g in sorted(by_group))
    return RankingResult(year, st, groups)


def a05_1_rank_group(year: int, result: RankingResult, group: str, entries: Sequence[UnitEntry],
               tie_breaks: Mapping[str, TieBreak] | None = None,
               overrides: Mapping[int, Override] | None = None) -> RankingResult:
    """Re-rank one group after an edit, keeping the other groups as they were."""
    new = _rank_group(group, entries, result.settings, (tie_breaks or {}).get(group), overrides or {})
    groups = tuple(new if g.group == group else g for g in result.groups)
    if all(g.group != group for g in result.groups):
        groups = tuple(sorted((*groups, new), key=lambda g: g.group))
    return RankingResult(year, result.settings, groups)


# ---------------------------------------------------------------- JSON


def unit_json(u: UnitResult) -> dict[str, object]:
    return {
        "unit": u.name,
        "score": float(u.score) if u.score is not None else None,
        "rank": u.rank,
        "vetoed": u.vetoed,
        "direct": u.direct,
        "priority": u.priority,
        "award": u.award,
        "basis": u.basis_text,
        "basis_local": u.basis.local if u.basis is not None else "",
        "override": None if u.override is None else {
            "computed_award": u.computed_award, "award": u.override.award, "reason": u.override.reason,
            "by": u.override.by, "at": u.override.at},
        "is_last": u.is_last,
        "tied": u.tied,
        "pending": u.pending,
        "note": u.note,
    }


def result_json(result: RankingResult, group: str | None = None) -> dict[str, object]:
    return {
        "year": result.year,
        "settings": result.settings.describe(),
        "groups": [
            {"group": g.group, "size": g.size, "quota": g.quota, "quota_formula": g.quota_formula,
             "second_quota": g.second_quota, "second_formula": g.second_formula,
             "warnings": list(g.warnings), "units": [unit_json(u) for u in g.units]}
            for g in result.groups if group is None or g.group == group
        ],
    }


def tie_break_problem(tie_rule: str, group: GroupResult | None) -> str | None:
    """Why a 并列裁定 cannot be made for the group now (None: it can). The page asks before opening its
    dialog; save_tie_break refuses the same."""
    if group is None or not group.tie_units:
        return "本类别一等奖名额边界没有并列。"
    if tie_rule != "clerk":
        return "当前设置为“并列全部计入”，无须裁定。如需裁定，请在右侧设置中改为“由经办人裁定”。"
    return None


def parse_score(text: str | Decimal | float) -> Decimal:
    """A score as typed (the table cell, the dialog, a file): 0 to 999999.99, at most two decimals."""
    try:
        d = Decimal(str(text).strip())
    except InvalidOperation:
        raise UserError(f"得分“{text}”不是数字") from None
    if not d.is_finite() or d < 0 or d >= Decimal(1000000):
        raise UserError(f"得分“{text}”超出范围（0 至 999999.99）")
    if d != d.quantize(Decimal("0.01")):
        raise UserError(f"得分“{text}”最多保留两位小数")
    return d
