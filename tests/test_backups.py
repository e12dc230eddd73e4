"""Verified backups: after an import, listed by `backups --json`, rotated, copied, restored (the audit trail
never shortened), foreign and newer files refused, and a SIGKILL during a backup or a restore harmless."""
from __future__ import annotations

import datetime as dt
import json
import random
import shutil
import signal
import sys
import time
from pathlib import Path

import pytest

from tests.accounts import ADMIN, PASSWORD, ROLE_ACCOUNTS, as_role
from tests.storage_helpers import cadres_file, cli, connect, db_with_units, finish, integrity, open_db, query
from zydesk.cli.main import main
from zydesk.core.security.roles import Role
from zydesk.services import backups as svc
from zydesk.services.settings import set_setting
from zydesk.storage import backups as store
from zydesk.storage.migrate import head_revisions
from zydesk.storage.uow import Database

AUDITOR = ROLE_ACCOUNTS[Role.AUDIT_ADMIN]  # the audit trail is the 审计管理员's


def _admin(db: Database) -> Database:
    """The same database with the 系统管理员 acting: listing, taking and restoring backups are theirs."""
    return as_role(db, Role.SYSTEM_ADMIN)


def _open(path: Path) -> Database:
    return open_db(path)


def _listed(path: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    capsys.readouterr()
    assert main(["--user", ADMIN, "--db", str(path), "backups", "--json"]) == 0
    rows: list[dict[str, object]] = json.loads(capsys.readouterr().out)
    return rows


def _units(path: Path) -> set[str]:
    return {str(r[0]) for r in query(path, "SELECT name FROM unit")}


def _audit(path: Path) -> list[tuple[object, ...]]:
    return query(path, "SELECT id, action, object_type, object_id FROM audit_entry ORDER BY id")


def test_import_leaves_a_verified_backup(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = db_with_units(tmp_path)
    book = cadres_file(tmp_path, 5)
    assert main(["--db", str(path), "import", "cadres", str(book)]) == 0
    rows = _listed(path, capsys)
    assert [r["reason"] for r in rows] == ["import"]
    assert rows[0]["verified"] is True and isinstance(rows[0]["size"], int) and rows[0]["size"] > 0
    assert set(rows[0]) >= {"file", "time", "reason", "size", "verified"}
    copy = Path(str(rows[0]["file"]))
    assert integrity(copy) == "ok"
    assert query(copy, "SELECT count(*) FROM cadre") == [(5,)]
    assert any(a[1] == svc.BACKUP_ACTION for a in _audit(path))  # the backup is audited


def test_backup_to_a_folder_and_restore_keeps_the_trail(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.factories import add_unit

    path = db_with_units(tmp_path)
    stick = tmp_path / "U盘"
    stick.mkdir()
    assert main(["--user", ADMIN, "--db", str(path), "backup", "--to", str(stick)]) == 0
    backup = Path(str(_listed(path, capsys)[0]["file"]))
    assert integrity(stick / backup.name) == "ok"
    copied = [a for a in _audit(path) if a[1] == "复制备份"]  # a copy leaving the PC is in the trail
    assert [(a[2], a[3]) for a in copied] == [("数据库", backup.name)]
    before = _units(path)
    db = _open(path)
    try:
        add_unit(db, "备份后新增的单位")
    finally:
        db.dispose()
    later = [a for a in _audit(path) if a[0] > query(backup, "SELECT max(id) FROM audit_entry")[0][0]]
    assert any(a[2] == "Unit" for a in later)
    assert main(["--user", ADMIN, "--db", str(path), "restore", str(backup)]) == 0
    assert _units(path) == before  # the data is back
    trail = _audit(path)
    for entry in later:  # what was audited after the backup is still there, in order
        assert entry[1:] in [t[1:] for t in trail]
    actions = [t[1] for t in trail]
    assert actions[-1] == svc.RESTORE_ACTION and svc.BACKUP_ACTION in actions
    reasons = [r["reason"] for r in _listed(path, capsys)]
    assert "before-restore" in reasons and "manual" in reasons
    assert integrity(path) == "ok"
    capsys.readouterr()
    assert main(["--db", str(path), "--user", AUDITOR, "audit", "verify", "--json"]) == 0  # the carried entries keep their chain
    assert json.loads(capsys.readouterr().out)["ok"] is True
    db = _open(path)  # the next start works
    try:
        add_unit(db, "恢复后新增的单位")
    finally:
        db.dispose()
    assert main(["--db", str(path), "--user", AUDITOR, "audit", "verify"]) == 0  # and what is written after the restore too


def test_foreign_and_newer_files_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = db_with_units(tmp_path)
    other = tmp_path / "other"
    other.mkdir()
    foreign = _another_database(other)  # the same program, another database (another key)
    stranger = tmp_path / "stranger.sqlite"
    import sqlite3  # a clear file of some other program

    sqlite3.connect(stranger).execute("CREATE TABLE t (x)").connection.close()
    assert main(["--user", ADMIN, "--db", str(path), "backup"]) == 0
    newer = tmp_path / "newer.sqlite"
    shutil.copyfile(Path(str(_listed(path, capsys)[0]["file"])), newer)
    con = connect(newer)
    con.execute("INSERT INTO alembic_version VALUES ('zz_9999_future')")
    con.commit()
    con.close()
    trail = _audit(path)
    for file, words in ((foreign, "另一个数据库"), (stranger, "不是本程序"), (newer, "更新版本")):
        capsys.readouterr()
        assert main(["--user", ADMIN, "--db", str(path), "restore", str(file)]) == 2
        assert words in capsys.readouterr().err
    signing = ("登录", "退出登录")  # each command signs in (and is recorded doing so)
    assert [a for a in _audit(path) if a[1] not in signing] == [a for a in trail if a[1] not in signing]


def _another_database(folder: Path) -> Path:
    """A database created by `init --admin` elsewhere: its own data key, which this process then forgets
    (as a clerk holds only the key of the database signed in to)."""
    from tests.accounts import ADMIN, PASSWORD
    from zydesk.services.security.signin import create_database
    from zydesk.storage import cipher

    path = folder / "zy.sqlite"
    create_database("sqlite:///" + str(path), ADMIN, PASSWORD).db.dispose()
    cipher.forget(path)
    return path


def test_backup_of_a_database_with_the_same_key_but_another_id_is_refused(tmp_path: Path) -> None:
    from tests.accounts import ADMIN, PASSWORD
    from zydesk.services.security.signin import create_database

    path = db_with_units(tmp_path)
    other = tmp_path / "other"
    other.mkdir()
    foreign = other / "zy.sqlite"
    create_database("sqlite:///" + str(foreign), ADMIN, PASSWORD).db.dispose()  # its key is still held
    with pytest.raises(Exception, match="另一个数据库"):
        store.check_restorable(foreign, path)


def test_backups_are_encrypted_and_carry_the_key_slots(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from zydesk.storage import keyslots

    path = db_with_units(tmp_path)
    stick = tmp_path / "U盘"
    stick.mkdir()
    assert main(["--user", ADMIN, "--db", str(path), "backup", "--to", str(stick)]) == 0
    backup = Path(str(_listed(path, capsys)[0]["file"]))
    for file in (backup, stick / backup.name):
        assert file.read_bytes()[:16] != b"SQLite format 3\x00"  # encrypted with the data key
        assert keyslots.keys_path(file).read_bytes() == keyslots.keys_path(path).read_bytes()
        assert keyslots.load(file).open_with("业务员", PASSWORD) is not None  # the slots open it





def _fake(folder: Path, stem: str, at: dt.datetime, reason: str) -> Path:
    file = folder / f"{stem}-{at:%Y%m%d-%H%M%S-%f}-{reason}.sqlite"
    file.write_bytes(b"")
    return file


def test_rotation_keeps_daily_weekly_monthly(tmp_path: Path) -> None:
    path = tmp_path / "zy.sqlite"
    folder = store.folder_of(path)
    folder.mkdir()
    day = dt.date(2025, 1, 1)
    while day <= dt.date(2026, 12, 4):
        for hour in (10, 15):
            _fake(folder, "zy", dt.datetime.combine(day, dt.time(hour)), "auto" if hour == 10 else "exit")
        day += dt.timedelta(days=1)
    manual = _fake(folder, "zy", dt.datetime(2025, 2, 1, 9), "manual")
    upgrade = _fake(folder, "zy", dt.datetime(2025, 3, 1, 9), "before-upgrade")
    _fake(folder, "other", dt.datetime(2025, 3, 1, 9), "auto")
    store.rotate(path, 12, 10, 9)
    kept = {b.at for b in store.list_backups(path) if b.reason in store.AUTOMATIC}
    daily = {dt.datetime(2026, 12, 4, 15) - dt.timedelta(days=n) for n in range(12)}
    weekly = {dt.datetime(2026, 11, 29, 15) - dt.timedelta(weeks=n) for n in range(9)}
    monthly = {dt.datetime(2026, m, d, 15) for m, d in ((11, 30), (10, 31), (9, 30), (8, 31), (7, 31), (6, 30),
                                                         (5, 31), (4, 30))}
    assert kept == daily | weekly | monthly
    assert len(kept) == 27
    assert manual.exists() and upgrade.exists() and (folder / "other-20250301-090000-000000-auto.sqlite").exists()


def test_automatic_backups_every_interval_and_paused_after_restore(tmp_path: Path) -> None:
    from tests.factories import add_unit

    path = db_with_units(tmp_path)
    db = _open(path)
    try:
        svc.install(db)
        add_unit(db, "甲")
        first = svc.list_backups(_admin(db))
        assert [r.reason for r in first] == ["auto"]
        add_unit(db, "乙")  # within 30 minutes: no second backup
        assert len(svc.list_backups(_admin(db))) == 1
        old = Path(first[0].file)
        stamp = (first[0].at - dt.timedelta(minutes=31)).strftime("%Y%m%d-%H%M%S-%f")
        moved = old.with_name(f"zy-{stamp}-auto.sqlite")
        old.rename(moved)
        set_setting(_admin(db), svc.INTERVAL_MINUTES, 30)
        now = svc.list_backups(_admin(db))  # the setting's write was due for one; the rotation keeps a day's newest
        same_day = (first[0].at - dt.timedelta(minutes=31)).date() == first[0].at.date()  # not so after midnight
        assert [r.reason for r in now] == ["auto"] * (1 if same_day else 2) and now[0].at > first[0].at
        assert moved.exists() is not same_day
        svc.restore(_admin(db), now[0].file)
        assert svc.backups_suspended(db)
        count = len(svc.list_backups(_admin(db)))
        add_unit(db, "丙")
        svc.at_exit(db)
        assert len(svc.list_backups(_admin(db))) == count
    finally:
        db.dispose()


def test_postgresql_is_refused_with_advice(capsys: pytest.CaptureFixture[str]) -> None:
    for args in (["backup"], ["backups", "--json"], ["restore", "x.sqlite"]):
        capsys.readouterr()
        assert main(["--db", "postgresql://zy@127.0.0.1:1/zydesk", *args]) == 2
        assert "pg_dump" in capsys.readouterr().err

    class _Pg:
        url = "postgresql://zy@server/zydesk"

        def require(self, need: object) -> None:  # a 系统管理员 signed in
            pass

    with pytest.raises(svc.BackupRefused, match="pg_dump"):
        svc.list_backups(_Pg())  # type: ignore[arg-type]


# ----- SIGKILL during a backup and during a restore -----
KILLS = 8


def _kill_after(args: list[str], delay: float) -> None:
    proc = cli(*args)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    finish(proc)


def _timed(args: list[str]) -> float:
    started = time.monotonic()
    code, err = finish(cli(*args))
    assert code == 0, err
    return time.monotonic() - started


def _intact_and_usable(path: Path) -> None:
    from tests.factories import add_unit

    assert integrity(path) == "ok"
    for b in store.list_backups(path):  # whatever is listed is a complete, verified copy
        assert integrity(b.path) == "ok"
    db = _open(path)
    try:
        add_unit(db, f"新单位{time.monotonic_ns()}")
    finally:
        db.dispose()
    assert {r[0] for r in query(path, "SELECT version_num FROM alembic_version")} == head_revisions()


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_kill_during_backup_and_restore(tmp_path: Path) -> None:
    rng = random.Random(20161128)
    path = db_with_units(tmp_path)
    assert main(["--db", str(path), "import", "cadres", str(cadres_file(tmp_path, 300))]) == 0
    backup = store.list_backups(path)[0].path
    span = _timed(["--user", ADMIN, "--db", str(path), "backup"])
    for _ in range(KILLS):
        _kill_after(["--user", ADMIN, "--db", str(path), "backup"], rng.uniform(0.2, 1.1) * span)
        _intact_and_usable(path)
    span = _timed(["--user", ADMIN, "--db", str(path), "restore", str(backup)])
    for _ in range(KILLS):
        units = _units(path)
        _kill_after(["--user", ADMIN, "--db", str(path), "restore", str(backup)], rng.uniform(0.2, 1.1) * span)
        after = _units(path)
        assert after == units or after == _units(backup)  # wholly restored or wholly as before
        _intact_and_usable(path)


def test_restore_of_an_older_schema_is_upgraded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.storage_helpers import file_at_foundation

    path = db_with_units(tmp_path)
    old = tmp_path / "old.sqlite"
    file_at_foundation(old)  # a backup taken before the database id existed
    ours = query(path, "SELECT value FROM setting WHERE key = 'database_id'")
    assert main(["--user", ADMIN, "--db", str(path), "restore", str(old)]) == 0
    assert {r[0] for r in query(path, "SELECT version_num FROM alembic_version")} == head_revisions()
    assert query(path, "SELECT value FROM setting WHERE key = 'database_id'") == ours  # still this database
    assert _audit(path)[-1][1] == svc.RESTORE_ACTION and integrity(path) == "ok"


def test_exit_backup_only_when_something_was_written(tmp_path: Path) -> None:
    from tests.factories import add_unit

    path = db_with_units(tmp_path)
    db = _open(path)
    try:
        svc.install(db)
        svc.at_exit(db)
        assert svc.list_backups(_admin(db)) == []  # nothing written: no backup at exit
        add_unit(db, "甲")  # the first write: an automatic backup at once
        add_unit(db, "乙")  # within the interval: only remembered
        svc.at_exit(db)
        assert [r.reason for r in svc.list_backups(_admin(db))] == ["exit"]  # the day's newest replaces the earlier one
        assert query(Path(svc.list_backups(_admin(db))[0].file), "SELECT count(*) FROM unit WHERE name = '乙'") == [(1,)]
    finally:
        db.dispose()
