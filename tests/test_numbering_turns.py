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

from tests.factories import add_cadre
from tests.test_excellent_helpers import appraise
from tests.test_excellent_print import winners  # noqa: F401  (fixture)
from tests.test_ranking_print import _seed
from zydesk.core.incentives.seal import SealArea
from zydesk.core.security.roles import Permission
from zydesk.printing import registry
from zydesk.services import numbering, seals
from zydesk.services.incentives import excellent
from zydesk.storage import locks
from zydesk.storage.models import UnitScore
from zydesk.storage.models_printing import IssuedDocument, SealRelease
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


@pytest.mark.server_only  # SQLite writers never interleave
def test_a_number_waits_for_a_score_save_under_way(db: Database, backend: str) -> None:
    """A clerk's score save has checked that 2024 is open and holds the year; 编号 of the award notice waits
    until it commits, so the save is not written into a year sealed meanwhile."""
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


@pytest.mark.server_only  # SQLite writers never interleave
def test_a_stage_change_waiting_for_its_year_sees_the_seal(db: Database, backend: str,
                                                           winners: dict[str, int]) -> None:  # noqa: F811
    """A nominee's stage change waits on its year's selection; a 表彰决定 numbered meanwhile seals the year, and
    the change, once it runs, is refused (its first seal check was read before the number existed)."""
    cid = add_cadre(db, "李明", "城关镇", "副镇长", "副科级")
    appraise(db, cid, {2024: "称职", 2025: "优秀"})
    nid = excellent.nominate(db, 2025, cid, deeds="抓好防汛。", attachments=["事迹材料"])
    excellent.check_nominee(db, nid)
    done, failed = threading.Event(), []

    def advance() -> None:
        try:
            excellent.advance(db, nid, "评审")
        except BaseException as exc:  # noqa: BLE001 - handed to the test's thread
            failed.append(exc)
        finally:
            done.set()

    with db.uow("编发文号 紫发", Permission.NUMBER) as uow:
        uow.lock(locks.SELECTION, 2025)
        worker = threading.Thread(target=advance)
        worker.start()
        assert not done.wait(1.0)  # the stage change waits for the year
        s = uow.session
        number = registry.allocate_in(s, "紫发", 2026, "表彰决定", "excellent:2025", db.user)
        s.add(IssuedDocument(doc_kind="excellent-decision", doc_key="2025", number=number,
                             written_date=dt.date(2026, 1, 20), signer="", created_at=dt.datetime.now(),
                             created_by=db.user))
        uow.commit()
    worker.join(30)
    assert done.is_set() and len(failed) == 1 and isinstance(failed[0], seals.Sealed), failed


@pytest.mark.server_only  # SQLite writers never interleave
def test_a_number_waits_for_any_change_that_found_its_year_open(db: Database, backend: str,
                                                                winners: dict[str, int]) -> None:  # noqa: F811
    """Every seal check holds its year (not only the services that lock the year for their own sake): the
    表彰决定's 编号 waits for a nominee's edit that found 2025 open."""
    done, failed = threading.Event(), []

    def number() -> None:
        try:
            numbering.take_number(db, "excellent-decision", 2025, written_date="2026-01-20")
        except BaseException as exc:  # noqa: BLE001 - handed to the test's thread
            failed.append(exc)
        finally:
            done.set()

    with db.uow("修改优秀干部推荐", Permission.ENTER) as uow:
        seals.ensure_open(uow.session, SealArea.EXCELLENT, 2025)
        worker = threading.Thread(target=number)
        worker.start()
        assert not done.wait(1.0)
        uow.commit()
    worker.join(30)
    assert done.is_set() and not failed, failed
    assert seals.year_state(db, SealArea.EXCELLENT, 2025).sealed


def test_an_imports_seal_check_holds_the_year_too(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    held: list[tuple[str, object]] = []
    monkeypatch.setattr(locks, "hold", lambda _s, kind, key="": held.append((kind, key)))
    with db.uow("导入", Permission.ENTER) as uow:
        assert seals.refusal_in(uow.session, SealArea.RANKING, 2024) is None
        assert seals.refusal_in(uow.session, SealArea.EXCELLENT, 2025) is None
    assert held == [(locks.RANKING, 2024), (locks.SELECTION, 2025)]


@pytest.mark.server_only  # SQLite writers never interleave
def test_two_reviewers_releasing_one_year_take_turns(db: Database, backend: str) -> None:
    """The second 审核员's release waits for the first and is then told the year is already released (one
    release row, not two)."""
    _seed(db)
    numbering.take_number(db, "award-notice", 2024, "紫发", dt.date(2025, 3, 1))
    done, failed = threading.Event(), []

    def release() -> None:
        try:
            seals.unlock(db, SealArea.RANKING, 2024, "更正得分")
        except BaseException as exc:  # noqa: BLE001 - handed to the test's thread
            failed.append(exc)
        finally:
            done.set()

    with db.uow("解除封存", Permission.DECIDE) as uow:
        assert seals.refusal_in(uow.session, SealArea.RANKING, 2024) is not None  # holds the year
        worker = threading.Thread(target=release)
        worker.start()
        assert not done.wait(1.0)
        uow.session.add(SealRelease(area="ranking", year=2024, number_id=seals.state_in(
            uow.session, SealArea.RANKING, 2024).number_id, reason="补录", released_at=dt.datetime.now(),
            released_by=db.user))
        uow.commit()
    worker.join(30)
    assert done.is_set() and len(failed) == 1 and "已经解除封存" in str(failed[0]), failed
    with db.read() as s:
        assert len(list(s.scalars(select(SealRelease)))) == 1
