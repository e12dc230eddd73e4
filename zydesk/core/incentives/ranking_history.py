"""Facts of past rankings that other rules read (能上能下 第七条第（一）项 连续两年末位;
鼓励激励 第十九条 近三年一等奖, 连续三年一等奖). Pure: facts come from services.ranking.ranking_history.

末位 (is_last): the lowest place of the group. With the default setting a unit under 一票否决 is
placed last (and then it alone is 末位, with every other vetoed unit of the group); otherwise the
units sharing the lowest rank among the others are all 末位 (a tie at the bottom marks every tied unit).
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from zydesk.core.incentives.ranking import FIRST, RankingResult

Facts = Mapping[tuple[int, int], "RankFact"]  # (unit_id, year) → fact


@dataclass(frozen=True)
class RankFact:
    unit_id: int
    year: int
    unit: str
    group: str
    group_size: int  # scored units of the group that year (vetoed included)
    rank: int | None  # None: 一票否决 (takes no place) or no score
    score: Decimal | None
    is_last: bool  # 末位 in its group
    award: str | None  # 一等奖/二等奖/三等奖 as finally given (override included), None = none
    vetoed: bool
    overridden: bool = False
    basis: str = ""  # citation of the award decision, e.g. 第五条第（一）项第1目


def facts_from_result(result: RankingResult) -> dict[tuple[int, int], RankFact]:
    out: dict[tuple[int, int], RankFact] = {}
    for g in result.groups:
        for u in g.units:
            if u.score is None:
                continue  # no score, no fact: a missing year breaks a run
            out[(u.unit_id, result.year)] = RankFact(
                u.unit_id, result.year, u.name, g.group, g.scored, u.rank, u.score, u.is_last, u.award,
                u.vetoed, u.override is not None, u.basis_text)
    return out


def last_place_run(facts: Facts, unit_id: int, year: int) -> list[int]:
    """The years of the run of consecutive 末位 ending at `year` (empty if not 末位 that year)."""
    run: list[int] = []
    y = year
    while (f := facts.get((unit_id, y))) is not None and f.is_last:
        run.append(y)
        y -= 1
    return sorted(run)


def consecutive_last_place(facts: Facts, unit_id: int, year: int, n: int = 2) -> bool:
    """末位 in `year` and the n-1 years before it (连续两年末位 with n=2)."""
    return len(last_place_run(facts, unit_id, year)) >= n


def first_prize_years(facts: Facts, unit_id: int, years: Iterable[int]) -> list[int]:
    return sorted(y for y in years if (f := facts.get((unit_id, y))) is not None and f.award == FIRST)


def first_prize_count(facts: Facts, unit_id: int, years: Iterable[int]) -> int:
    """How many of the given years the unit won 一等奖 (第十九条 近三年: years = the last three)."""
    return len(first_prize_years(facts, unit_id, years))


def first_prize_streak(facts: Facts, unit_id: int, year: int) -> int:
    """Length of the run of consecutive 一等奖 years ending at `year` (≥ 3: 连续三年一等奖)."""
    n = 0
    while (f := facts.get((unit_id, year - n))) is not None and f.award == FIRST:
        n += 1
    return n
