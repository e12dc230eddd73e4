"""kill -9 at random moments during an import and during an upgrade: the file stays intact, the work is
wholly there or wholly absent, and the next start works. Real programs (`python -m zydesk`), real SIGKILLs."""
from __future__ import annotations

import random
import signal
import shutil
import sys
import time
from pathlib import Path

import pytest

from tests.storage_helpers import (
    cadres_file,
    cli,
    connect,
    db_with_units,
    file_at_foundation,
    finish,
    integrity,
    open_db,
    query,
)
from zydesk.storage import cipher, keyslots, recovery
from zydesk.storage.migrate import head_revisions

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")]

KILLS = 25
ROWS = 300


def _copy(src: Path, dst: Path) -> None:
    """The database (encrypted with the same key) and its key slots, so the CLI can sign in to the copy."""
    a, b = connect(src), cipher.open_file(dst, like=src)
    try:
        a.backup(b)
    finally:
        b.close()
        a.close()
    shutil.copyfile(keyslots.keys_path(src), keyslots.keys_path(dst))


def _timed(args: list[str]) -> float:
    started = time.monotonic()
    code, err = finish(cli(*args))
    assert code == 0, err
    return time.monotonic() - started


def _kill_at_random(args: list[str], span: float, rng: random.Random) -> bool:
    """Start the program, SIGKILL it after a random delay; True when it really died of the kill."""
    proc = cli(*args)
    time.sleep(rng.uniform(0.2, 1.1) * span)
    proc.send_signal(signal.SIGKILL)
    finish(proc)
    return proc.returncode == -signal.SIGKILL


def _next_start_works(path: Path) -> None:
    from tests.factories import add_unit

    db = open_db(path)
    try:
        add_unit(db, f"新单位{time.monotonic_ns()}")
    finally:
        db.dispose()
    assert not recovery.marker_path(path).exists()
    assert {r[0] for r in query(path, "SELECT version_num FROM alembic_version")} == head_revisions()


def test_kill_during_import(tmp_path: Path) -> None:
    rng = random.Random(20161128)
    pristine = db_with_units(tmp_path)
    book = cadres_file(tmp_path, ROWS)
    trial = tmp_path / "trial.sqlite"
    _copy(pristine, trial)
    span = _timed(["--db", str(trial), "import", "cadres", str(book)])
    kills, outcomes = 0, {0: 0, ROWS: 0}
    for attempt in range(KILLS * 4):  # a kill that lands after the program finished does not count
        if kills >= KILLS:
            break
        path = tmp_path / f"k{attempt}.sqlite"
        _copy(pristine, path)
        killed = _kill_at_random(["--db", str(path), "import", "cadres", str(book)], span, rng)
        kills += killed
        assert integrity(path) == "ok"
        cadres = query(path, "SELECT count(*) FROM cadre")[0][0]
        audits = query(path, "SELECT count(*) FROM audit_entry WHERE object_type = 'Excel导入'")[0][0]
        assert (cadres, audits) in {(0, 0), (ROWS, 1)}, (attempt, cadres, audits)
        outcomes[cadres] += 1
        _next_start_works(path)
        for leftover in tmp_path.glob(f"k{attempt}.sqlite*"):
            leftover.unlink()
    print("导入中断结果：", outcomes)
    assert kills >= KILLS, (kills, outcomes)


def test_kill_during_upgrade(tmp_path: Path) -> None:
    rng = random.Random(201615)
    pristine = tmp_path / "old.sqlite"
    file_at_foundation(pristine)
    items = query(pristine, "SELECT count(*) FROM code_item")[0][0]
    old_tables = {r[0] for r in query(pristine, "SELECT name FROM sqlite_master WHERE type='table'")}
    (tmp_path / "trial").mkdir()
    trial = tmp_path / "trial" / "zy.sqlite"
    _copy(pristine, trial)
    span = _timed(["--db", str(trial), "init"])
    new_tables = {r[0] for r in query(trial, "SELECT name FROM sqlite_master WHERE type='table'")}
    kills, outcomes = 0, {"旧": 0, "新": 0}
    for attempt in range(KILLS * 4):  # a kill that lands after the program finished does not count
        if kills >= KILLS:
            break
        folder = tmp_path / f"k{attempt}"
        folder.mkdir()
        path = folder / "zy.sqlite"
        _copy(pristine, path)
        kills += _kill_at_random(["--db", str(path), "init"], span, rng)
        assert integrity(path) == "ok"
        revisions = {r[0] for r in query(path, "SELECT version_num FROM alembic_version")}
        tables = {r[0] for r in query(path, "SELECT name FROM sqlite_master WHERE type='table'")}
        assert (revisions, tables) in [({"security_0001"}, old_tables), (head_revisions(), new_tables)], attempt
        assert query(path, "SELECT count(*) FROM code_item")[0][0] == items
        _next_start_works(path)
        copies = [p for p in (folder / "backups").glob("*") if not p.name.endswith(keyslots.SUFFIX)]
        assert len(copies) <= 1  # no partial copies left behind (the key slots go beside the backup)
        outcomes["新" if revisions == head_revisions() else "旧"] += 1
    print("升级中断结果：", outcomes)
    assert kills >= KILLS
