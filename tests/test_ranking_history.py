"""Ranking facts other modules read: 末位, 连续两年末位, 近三年一等奖次数, 连续三年一等奖."""
from __future__ import annotations

from tests.factories import add_unit
from zydesk.services.incentives.ranking import (
    consecutive_last_place,
    first_prize_count,
    first_prize_streak,
    ranking_history,
    save_override,
    save_score,
)
from zydesk.storage.uow import Database


def _group(db: Database, n: int = 6) -> list[int]:
    return [add_unit(db, f"部门{i}", group="县直部门一类", sort=i) for i in range(n)]


def test_last_place_and_first_prize_runs(db: Database) -> None:
    ids = _group(db)
    for year in (2022, 2023, 2024):
        for i, uid in enumerate(ids):
            save_score(db, year, uid, 90 - i)  # unit 0 first, unit 5 last every year
    with db.read() as s:
        facts = ranking_history(s, [2022, 2023, 2024])
        f = facts[(ids[5], 2024)]
        assert (f.rank, f.group, f.group_size, f.is_last, f.vetoed) == (6, "县直部门一类", 6, True, False)
        assert f.award == "三等奖"
        # 6 × 35% = 2.1 → 2 一等奖 places: units 0 and 1
        assert facts[(ids[0], 2024)].award == "一等奖" and facts[(ids[2], 2024)].award == "二等奖"
        assert consecutive_last_place(s, ids[5], 2024)
        assert not consecutive_last_place(s, ids[4], 2024)
        assert first_prize_count(s, ids[0], [2022, 2023, 2024]) == 3
        assert first_prize_streak(s, ids[0], 2024) == 3
        assert first_prize_count(s, ids[2], [2022, 2023, 2024]) == 0


def test_vetoed_unit_is_last_and_gap_breaks_run(db: Database) -> None:
    ids = _group(db)
    for i, uid in enumerate(ids):
        save_score(db, 2023, uid, 90 - i)
        save_score(db, 2024, uid, 90 - i)
    save_score(db, 2024, ids[0], 99, vetoed=True, veto_reason="安全生产事故")
    with db.read() as s:
        facts = ranking_history(s, [2023, 2024])
        top = facts[(ids[0], 2024)]
        assert top.vetoed and top.rank is None and top.award is None and top.is_last
        assert not facts[(ids[5], 2024)].is_last  # the vetoed unit is placed last instead
        assert facts[(ids[1], 2024)].rank == 1  # the next unit moves up
        assert not consecutive_last_place(s, ids[0], 2024)  # first in 2023
        assert first_prize_streak(s, ids[0], 2024) == 0
    save_override(db, 2023, ids[3], "一等奖", "经县委常委会研究")
    with db.read() as s:
        f = ranking_history(s, [2023])[(ids[3], 2023)]
        assert f.award == "一等奖" and f.overridden
        assert first_prize_count(s, ids[3], [2023]) == 1
        assert ranking_history(s, [2021]) == {}
