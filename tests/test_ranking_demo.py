"""The ranking demo data: planted 追赶超越 cases (5 places up qualifies, 4 does not), 5–8 villages."""
from __future__ import annotations

from zydesk import demo
from zydesk.services.incentives.awards import catch_up_results, village_warning
from zydesk.services.incentives.ranking import compute_ranking
from zydesk.storage.uow import Database


def test_demo_ranking_data(demo_db: Database) -> None:
    assert "zydesk.demo.ranking" in demo.DEMO_MODULES
    last = demo.COUNTY.last_year
    with demo_db.read() as s:
        moves = sorted((c.places_up, c.qualifies) for c in catch_up_results(s, last)
                       if c.places_up in (4, 5))
        assert (5, True) in moves and (4, False) in moves
        assert village_warning(s, last) is None
        result = compute_ranking(s, last)
        assert any(u.award == "一等奖" for g in result.groups for u in g.units)
