"""Encryption at rest: a database made by `init --admin` keeps no ID number nor name in clear — not in the
file, its WAL while open, nor any backup — and plain sqlite3 cannot open it; a clear database of the first
version is converted, its clear bytes gone from the folder, and a conversion killed at any step leaves the
clear original or the finished encrypted database."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.accounts import ADMIN, PASSWORD
from tests.storage_helpers import ROOT, clear_first_version
from zydesk.cli.main import main
from zydesk.core.security.roles import Role
from zydesk.services import backups
from zydesk.services.security.signin import sign_in
from zydesk.storage import cipher, encrypting, keyslots

KNOWN_ID = "61092419800517123X"
KNOWN_NAME = "欧阳明远"
OLD_ID, OLD_NAME = "61092419771101275X", "张良鹏"  # a cadre of tests/schema_fixtures/0.1.0.sql


def clear_hits(folder: Path, *secrets: str) -> list[str]:
    """Every file under folder whose raw bytes hold one of the secrets (UTF-8)."""
    needles = [s.encode("utf-8") for s in secrets]
    return [str(p) for p in folder.rglob("*") if p.is_file() and any(n in p.read_bytes() for n in needles)]


def test_fresh_database_keeps_no_id_number_in_clear(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from tests.test_excel_helpers import CADRE_HEAD, cadre_row, two_units, xlsx
    from zydesk.services.excel_files import import_excel
    from zydesk.services.security.accounts import add_account

    folder = tmp_path / "数据"
    folder.mkdir()
    path = folder / "zy.sqlite"
    url = "sqlite:///" + str(path)
    monkeypatch.setenv("ZYDESK_USER", ADMIN)
    assert main(["--db", str(path), "init", "--admin", ADMIN]) == 0
    recovery = capsys.readouterr().out.strip()
    assert len(keyslots.normal_recovery_key(recovery)) == 40
    admin = sign_in(url, ADMIN, PASSWORD).db
    add_account(admin, "录入一", [Role.CLERK], PASSWORD)
    admin.dispose()
    book = xlsx(tmp_path / "干部.xlsx", CADRE_HEAD, [cadre_row(KNOWN_ID, 姓名=KNOWN_NAME)])
    db = sign_in(url, "录入一", PASSWORD).db
    try:
        two_units(db)
        assert import_excel(db, "cadres", book).created
        backups.backup_now(db, "import")
        with db.engine.connect():  # open, after writes: the WAL holds the newest pages
            wal = path.with_name(path.name + "-wal")
            assert wal.exists() and wal.stat().st_size > 0
            assert clear_hits(folder, KNOWN_ID, KNOWN_NAME) == []
    finally:
        db.dispose()
    assert list((folder / "backups").glob("zy-*-import.sqlite"))
    assert clear_hits(folder, KNOWN_ID, KNOWN_NAME) == []  # the file, the WAL, every backup
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        sqlite3.connect(path).execute("SELECT count(*) FROM cadre").fetchone()
    db = sign_in(url, "录入一", PASSWORD).db  # and the program itself reads it
    try:
        with db.read() as s:
            from sqlalchemy import text

            assert s.execute(text("SELECT name FROM cadre WHERE id_number = :i"), {"i": KNOWN_ID}).scalar() == KNOWN_NAME
    finally:
        db.dispose()


def _first_version(folder: Path) -> Path:
    """A clear database of the first release with a clear backup and a raw check copy beside it."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "zy.sqlite"
    clear_first_version(path)
    (folder / "backups" / "checks").mkdir(parents=True)
    (folder / "backups" / "zy-20250301-080000-000000-auto.sqlite").write_bytes(path.read_bytes())
    (folder / "backups" / "checks" / "zy-20250302-080000-000000-未检查.sqlite").write_bytes(path.read_bytes())
    assert clear_hits(folder, OLD_ID, OLD_NAME)
    return path


def test_a_clear_wal_left_by_a_crash_is_folded_in_and_overwritten(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    source = tmp_path / "src" / "zy.sqlite"
    source.parent.mkdir()
    clear_first_version(source)
    con = sqlite3.connect(source)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("UPDATE cadre SET name = ? WHERE id = 1", (KNOWN_NAME,))  # only in the WAL so far
    con.commit()
    folder = tmp_path / "数据"
    folder.mkdir()
    path = folder / "zy.sqlite"
    for suffix in ("", "-wal", "-shm"):  # as a crash leaves them: the WAL not yet checkpointed
        shutil.copyfile(str(source) + suffix, str(path) + suffix)
    con.close()
    assert clear_hits(folder, KNOWN_NAME)
    monkeypatch.setenv("ZYDESK_USER", ADMIN)
    assert main(["--db", str(path), "init", "--admin", ADMIN]) == 0
    capsys.readouterr()
    assert clear_hits(folder, KNOWN_NAME, OLD_ID) == []
    db = sign_in("sqlite:///" + str(path), ADMIN, PASSWORD).db
    try:
        from sqlalchemy import text

        with db.read(need=None) as s:  # the WAL's change is in the encrypted file
            assert s.execute(text("SELECT name FROM cadre WHERE id = 1")).scalar() == KNOWN_NAME
    finally:
        db.dispose()


def _converted_and_clean(path: Path) -> None:
    folder = path.parent
    assert clear_hits(folder, OLD_ID, OLD_NAME) == []
    assert not cipher.is_clear_sqlite(path) and keyslots.exists(path)
    assert not encrypting.marker_path(path).exists()
    assert sorted(p.name for p in folder.iterdir() if p.is_file() and "-wal" not in p.name
                  and "-shm" not in p.name) == [
        "zy.sqlite", "zy.sqlite.audit-head", "zy.sqlite.keys"]
    db = sign_in("sqlite:///" + str(path), ADMIN, PASSWORD).db
    try:
        from sqlalchemy import text

        with db.read(need=None) as s:
            assert s.execute(text("SELECT count(*) FROM cadre")).scalar() == 150
            actions = [r[0] for r in s.execute(text("SELECT action FROM audit_entry"))]
        assert "转换为加密数据库" in actions
        listed = backups.list_backups(db)
        assert [b.reason for b in listed] == ["auto"]  # the old backup kept, now encrypted, its slots beside it
        assert keyslots.exists(Path(listed[0].file))
        from zydesk.storage.backups import check_restorable

        check_restorable(Path(listed[0].file), path)
    finally:
        db.dispose()


def test_first_version_file_is_converted_and_its_clear_bytes_are_gone(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    path = _first_version(tmp_path / "数据")
    monkeypatch.setenv("ZYDESK_USER", ADMIN)
    assert main(["--db", str(path), "init", "--admin", ADMIN]) == 0
    captured = capsys.readouterr()
    assert "转换为加密数据库" in captured.err and "1 个旧备份已用新密钥加密" in captured.err
    assert len(keyslots.normal_recovery_key(captured.out.strip())) == 40
    _converted_and_clean(path)


KILL = """
import os, sys
from zydesk.storage import encrypting
from zydesk.services.security.conversion import convert_clear

def between(step):
    if step == sys.argv[2]:
        os._exit(9)

encrypting.between = between
convert_clear("sqlite:///" + sys.argv[1], sys.argv[3], sys.argv[4])
"""
STEPS = ["marker", "exported", "prepared", "slots in place", "second name", "swapped", "backup"]


@pytest.mark.parametrize("step", STEPS)
def test_conversion_killed_at_any_step(step: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    path = _first_version(tmp_path / "数据")
    rows = clear_first_version(tmp_path / "same.sqlite")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ZYDESK_HOME": str(tmp_path / "home")}
    killed = subprocess.run([sys.executable, "-c", textwrap.dedent(KILL), str(path), step, ADMIN, PASSWORD],
                            env=env, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert killed.returncode == 9, killed.stderr
    if cipher.is_clear_sqlite(path):  # before the swap: the clear original as it was
        con = sqlite3.connect(path)
        try:
            assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            for table, n in rows.items():
                assert con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] == n, table
        finally:
            con.close()
    else:  # after it: the finished encrypted database, which the administrator's slot opens
        assert step in ("swapped", "backup")
        key = keyslots.load(path).open_with(ADMIN, PASSWORD)
        con = cipher.connect(path, key)
        try:
            assert con.execute("SELECT count(*) FROM account").fetchone()[0] == 1
            assert con.execute("SELECT count(*) FROM cadre").fetchone()[0] == rows["cadre"]
        finally:
            con.close()
    monkeypatch.setenv("ZYDESK_USER", ADMIN)
    assert main(["--db", str(path), "init", "--admin", ADMIN]) == 0  # the next start finishes the work
    assert len(keyslots.normal_recovery_key(capsys.readouterr().out.strip())) == 40
    _converted_and_clean(path)


def test_sign_in_after_a_kill_past_the_swap_cleans_the_clear_leftovers(tmp_path: Path) -> None:
    path = _first_version(tmp_path / "数据")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ZYDESK_HOME": str(tmp_path / "home")}
    killed = subprocess.run([sys.executable, "-c", textwrap.dedent(KILL), str(path), "swapped", ADMIN, PASSWORD],
                            env=env, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert killed.returncode == 9, killed.stderr
    assert clear_hits(path.parent, OLD_ID, OLD_NAME)  # the clear bytes are still there
    sign_in("sqlite:///" + str(path), ADMIN, PASSWORD).db.dispose()  # the window's sign-in, not init
    assert clear_hits(path.parent, OLD_ID, OLD_NAME) == []
    assert not encrypting.marker_path(path).exists()


def test_check_in_a_new_program_unlocks_the_key_without_opening(tmp_path: Path) -> None:
    from tests.storage_helpers import cli, finish, new_database
    from zydesk.storage.engine import file_revisions

    path = new_database(tmp_path / "zy.sqlite")
    before = path.read_bytes()
    code, err = finish(cli("--db", str(path), "--user", "管理员", "check", "--json"))
    assert code == 0, err
    assert path.read_bytes() == before and file_revisions(path)
