"""Upgrades keep the data: a database of every released schema (kept as an SQL dump under
tests/schema_fixtures/) opens in this version, is upgraded to the current heads, and keeps its rows."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from zydesk.storage.engine import APPLICATION_ID

FIXTURES = sorted((Path(__file__).parent / "schema_fixtures").glob("*.sql"))
COUNTED = ("unit", "cadre", "post", "appraisal", "commendation", "audit_entry")


def _restore(dump: Path, target: Path) -> dict[str, int]:
    con = sqlite3.connect(target)
    try:
        con.executescript(dump.read_text(encoding="utf-8"))
        con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        con.commit()
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in COUNTED if t in tables}
    finally:
        con.close()


@pytest.mark.parametrize("dump", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_released_schema_upgrades_and_keeps_its_rows(dump: Path, tmp_path: Path) -> None:
    from zydesk.storage.migrate import head_revisions, open_database

    path = tmp_path / f"{dump.stem}.sqlite"
    before = _restore(dump, path)
    assert before.get("cadre", 0) > 0
    engine = open_database("sqlite:///" + str(path))
    try:
        with engine.connect() as conn:
            revisions = {r[0] for r in conn.exec_driver_sql("SELECT version_num FROM alembic_version")}
            after = {t: conn.exec_driver_sql(f'SELECT count(*) FROM "{t}"').scalar_one() for t in before}
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
    finally:
        engine.dispose()
    assert revisions == set(head_revisions())
    for table, count in before.items():
        assert after[table] >= count, table  # an upgrade may add (e.g. audit entries), never lose
    assert after["cadre"] == before["cadre"]


def test_there_is_a_fixture_of_the_first_release() -> None:
    assert any(p.stem == "0.1.0" for p in FIXTURES)
