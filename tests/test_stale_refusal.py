"""A record another clerk changed between this save's read and its write (its version moved on; a server's
clerks write side by side) is refused in Chinese by the window and the CLI (exit 2), not as an internal error,
also where the service does not name who changed it."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.orm.exc import StaleDataError

from tests.factories import add_unit
from zydesk.cli.main import main
from zydesk.core.security.roles import Permission
from zydesk.services import seals
from zydesk.services.refusals import storage_refusal
from zydesk.storage.failures import STALE
from zydesk.storage.models import Unit
from zydesk.storage.uow import Database


def test_the_refusal_names_a_change_made_meanwhile() -> None:
    assert storage_refusal(StaleDataError("UPDATE statement on table 'unit' expected to update 1 row(s)")) == STALE
    try:
        try:
            raise StaleDataError("x")
        except StaleDataError as inner:
            raise RuntimeError("wrapped") from inner
    except RuntimeError as outer:
        assert storage_refusal(outer) == STALE
    assert storage_refusal(ValueError("x")) is None


def test_the_window_says_it_in_chinese(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui import ops

    monkeypatch.setattr(ops, "write_crash_log", lambda _tb: pytest.fail("no crash log for a change made meanwhile"))
    assert ops.error_text(StaleDataError("x")) == STALE


def test_the_cli_exits_2_with_the_message(db_url: str, db: Database, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    def changed(*_a: object, **_k: object) -> None:
        raise StaleDataError("UPDATE statement on table 'unit' expected to update 1 row(s); 0 were matched.")

    monkeypatch.setattr(seals, "seal_list", changed)
    assert main(["--db", db_url, "seal", "list"]) == 2
    assert STALE in capsys.readouterr().err


@pytest.mark.server_only  # SQLite writers never interleave
def test_a_server_refuses_a_save_over_a_newer_version(db: Database, backend: str) -> None:
    """What reaches the window from a service without its own conflict message: the unit of work passes the
    StaleDataError on (services that name who and when catch it), and the window's words are STALE."""
    unit_id = add_unit(db, "城关镇", kind="镇", group="镇")
    with pytest.raises(StaleDataError) as caught, db.uow("编辑单位", Permission.ENTER) as uow:
        unit = uow.session.get(Unit, unit_id)
        assert unit is not None
        with db.engine.begin() as other:  # another clerk's save commits first
            other.execute(text("UPDATE unit SET version = version + 1 WHERE id = :id"), {"id": unit_id})
        unit.short_name = "城关"
        uow.commit()
    assert storage_refusal(caught.value) == STALE
