"""编号 on a server takes turns: one clerk at a time numbers a document, and a number that seals a year waits
for a change of that year already under way (its seal check was read before the number existed), so nothing
enters a year after its seal."""
from __future__ import annotations

import datetime as dt
import threading
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from tests.test_ranking_print import _seed
from zydesk.core.incentives.seal import SealArea
from zydesk.core.security.roles import Permission
from zydesk.services import numbering, seals
from zydesk.storage import locks
from zydesk.storage.models import UnitScore
from zydesk.storage.uow import Database


def test_numbering_takes_the_documents_and_the_years_locks(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    _seed(db)
    held: list[tuple[str, object]] = []
    real = locks.hold

    def record(session: Session, kind: str, key: object = "") -> None:
        held.append((kind, key))
        real(session, kind, key)

    monkeypatch.setattr(locks, "hold", record)
    numbering.take_number(db, "award-notice", 2024, "紫发", dt.date(2025, 3, 1))
    assert held[:2] == [(numbering.NUMBER_LOCK, "award-notice:2024"), (locks.RANKING, 2024)]


def test_a_number_waits_for_a_score_save_under_way(db: Database, backend: str) -> None:
    """A clerk's score save has checked that 2024 is open and holds the year; 编号 of the award notice waits
    until it commits, so the save is not written into a year sealed meanwhile."""
    if backend != "postgresql":
        pytest.skip("SQLite writers never interleave")
    ids = _seed(db)
    other = Database(db.engine, db.principal)
    done, failed = threading.Event(), []

    def number() -> None:
        try:
            numbering.take_number(other, "award-notice", 2024, "紫发", dt.date(2025, 3, 1))
        except BaseException as exc:  # noqa: BLE001 - handed to the test's thread
            failed.append(exc)
        finally:
            done.set()

    with db.uow("录入单位考核得分", Permission.ENTER) as uow:
        uow.lock(locks.RANKING, 2024)
        seals.ensure_open(uow.session, SealArea.RANKING, 2024)
        worker = threading.Thread(target=number)
        worker.start()
        assert not done.wait(1.0)  # the number waits for the year
        row: Any = uow.session.scalar(select(UnitScore).where(UnitScore.year == 2024,
                                                               UnitScore.unit_id == ids["2镇"]))
        row.score = 91
        uow.commit()
    worker.join(30)
    assert done.is_set() and not failed, failed
    assert seals.year_state(db, SealArea.RANKING, 2024).sealed
