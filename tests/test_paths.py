"""Database paths: opened by the plain path (`#`, `%41` in folder names), network locations refused,
missing folders never created, refused files never changed, full / read-only disks named."""
from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from tests.accounts import ADMIN, PASSWORD
from tests.storage_helpers import connect
from zydesk.storage import cipher
from zydesk.cli.main import main
from zydesk.core.security.roles import Permission
from zydesk.errors import UserError
from zydesk.storage import engine as engine_mod
from zydesk.storage import failures, location
from zydesk.storage.engine import APPLICATION_ID, DatabaseRefused, resolve_url, sqlite_path
from zydesk.storage.location import LocationRefused
from zydesk.services.security.signin import create_database
from zydesk.storage.migrate import open_database
from zydesk.storage.uow import Database


def _foreign(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE other_program (x)")
    con.commit()
    con.close()


def _tables(path: Path) -> set[str]:
    con = connect(path)
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        con.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("folder", ["a#b", "x%41y", "q?r", "带 空格#2"])
def test_folder_names_are_taken_literally(tmp_path: Path, folder: str) -> None:
    (tmp_path / folder).mkdir()
    path = tmp_path / folder / "zy.sqlite"
    url = resolve_url(str(path))
    assert sqlite_path(url) == path
    db = create_database(url, ADMIN, PASSWORD).db
    try:
        assert sqlite_path(db.url) == path
    finally:
        db.dispose()
    assert path.exists() and "unit" in _tables(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder]  # nothing created beside it


def test_foreign_database_behind_a_hash_is_refused_and_unchanged(tmp_path: Path) -> None:
    (tmp_path / "a#b").mkdir()
    (tmp_path / "a").mkdir()
    other = tmp_path / "a#b" / "data.sqlite"
    _foreign(other)
    before = _digest(other)
    with pytest.raises(DatabaseRefused, match="不是本程序的数据库"):
        open_database(resolve_url(str(other)))
    assert _digest(other) == before and _tables(other) == {"other_program"}
    assert list((tmp_path / "a").iterdir()) == []


def test_percent_in_folder_does_not_move_the_database(tmp_path: Path) -> None:
    (tmp_path / "x%41").mkdir()
    (tmp_path / "xA").mkdir()
    assert main(["--db", str(tmp_path / "x%41" / "zy.sqlite"), "init", "--admin", ADMIN]) == 0
    assert (tmp_path / "x%41" / "zy.sqlite").exists()
    assert list((tmp_path / "xA").iterdir()) == []


def test_missing_folder_is_refused_not_created(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "no" / "such" / "zy.sqlite"
    with pytest.raises(LocationRefused, match="不存在"):
        open_database(resolve_url(str(path)))
    assert not (tmp_path / "no").exists()
    assert main(["--db", str(path), "init", "--admin", ADMIN]) == 2
    err = capsys.readouterr().err
    assert "文件夹" in err and str(tmp_path / "no" / "such") in err and "Traceback" not in err
    assert not (tmp_path / "no").exists()


def test_default_folder_is_created(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home" / "zydesk"
    monkeypatch.setenv("ZYDESK_HOME", str(home))
    url = resolve_url(None)
    create_database(url, ADMIN, PASSWORD).db.dispose()
    assert (home / "zydesk.sqlite").exists()


def test_unc_path_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for typed in ("\\\\server\\share\\zy.sqlite", "//server/share/zy.sqlite"):
        with pytest.raises(LocationRefused, match="网络位置.*PostgreSQL 模式"):
            open_database(resolve_url(typed))
        assert main(["--db", typed, "init", "--admin", ADMIN]) == 2
        err = capsys.readouterr().err
        assert "多人共用请使用 PostgreSQL 模式" in err and "Traceback" not in err


def test_mapped_network_drive_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def fake_drive_type(root: str) -> int:
        asked.append(root)
        return location.DRIVE_REMOTE if root.upper() == "Z:\\" else 3  # 3: a fixed local disk

    monkeypatch.setattr(location, "IS_WINDOWS", True)
    monkeypatch.setattr(location, "drive_type", fake_drive_type)
    with pytest.raises(LocationRefused, match="网络驱动器 Z:"):
        open_database("sqlite:///Z:\\组织部\\zy.sqlite")
    assert asked == ["Z:\\"]
    assert location.network_location("C:\\Users\\clerk\\zy.sqlite") is None
    assert location.network_location("\\\\?\\C:\\Users\\clerk\\zy.sqlite") is None
    assert location.network_location("\\\\?\\UNC\\server\\share\\zy.sqlite") == "网络共享路径"
    assert location.network_location("\\\\?\\Z:\\zy.sqlite") == "网络驱动器 Z:"


def test_network_mount_on_linux_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    share = tmp_path / "share"
    share.mkdir()
    mounts = (f"/dev/sda1 / ext4 rw 0 0\n//nas/dept {str(share).replace(' ', chr(92) + '040')} cifs rw 0 0\n"
              f"nas:/x {tmp_path}/nfsdir nfs4 rw 0 0\n")
    monkeypatch.setattr(location, "IS_WINDOWS", False)
    monkeypatch.setattr(location, "mounts_text", lambda: mounts)
    with pytest.raises(LocationRefused, match="网络文件系统 cifs"):
        open_database(resolve_url(str(share / "zy.sqlite")))
    assert not (share / "zy.sqlite").exists()
    assert location.network_location(str(tmp_path / "nfsdir2" / "zy.sqlite")) is None
    assert location.network_location(str(tmp_path / "nfsdir" / "zy.sqlite")) == "网络文件系统 nfs4"


def _newer_rollback_journal_file(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode = DELETE")
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
    con.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    con.commit()
    con.close()


def test_newer_file_is_refused_without_switching_its_journal(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    _newer_rollback_journal_file(path)
    before = _digest(path)
    with pytest.raises(DatabaseRefused, match="更新版本"):
        open_database(resolve_url(str(path)))
    assert _digest(path) == before
    assert path.read_bytes()[18:20] == b"\x01\x01"  # still a rollback-journal file, not WAL
    assert not Path(str(path) + "-wal").exists()


def test_read_only_folder_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    monkeypatch.setattr(location.os, "access", lambda p, mode: False)
    with pytest.raises(LocationRefused, match="只读"):
        open_database(resolve_url(str(folder / "zy.sqlite")))


def test_disk_full_and_read_only_errors_are_named() -> None:
    assert failures.message_for(cipher.OperationalError("database or disk is full")) == failures.FULL
    assert failures.message_for(cipher.OperationalError("attempt to write a readonly database")) \
        == failures.READ_ONLY
    assert failures.message_for(cipher.OperationalError("database is locked")) == failures.BUSY
    assert failures.message_for(cipher.OperationalError("no such table: x")) is None
    assert "磁盘已满" in failures.FULL and "只读" in failures.READ_ONLY


def test_disk_full_during_a_write_is_a_refusal(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    with db.engine.connect() as conn:  # a file that may not grow: the next write fills the "disk"
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    db.engine.dispose()

    def tiny(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    from sqlalchemy import event

    event.listen(db.engine, "connect", tiny)
    with pytest.raises(UserError, match="磁盘已满"), db.uow("测试", Permission.ENTER) as uow:
        uow.audit("测试", None, after={"内容": "很长" * 200_000})
        uow.commit()


def test_busy_timeout_still_read_at_connect(monkeypatch: pytest.MonkeyPatch, db: Database) -> None:
    monkeypatch.setattr(engine_mod, "BUSY_TIMEOUT_MS", 321)
    db.engine.dispose()
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 321


def test_read_only_medium_found_only_by_sqlite_is_a_refusal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A medium that os.access calls writable but SQLite cannot write (e.g. a write-protected stick)."""
    path = tmp_path / "zy.sqlite"

    def refuse(_dbapi_conn: sqlite3.Connection, _record: object) -> None:
        raise cipher.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(engine_mod, "_set_sqlite_pragmas", refuse)
    with pytest.raises(DatabaseRefused, match="只读"):
        open_database(resolve_url(str(path)))
