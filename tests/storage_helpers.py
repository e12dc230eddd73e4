"""Shared by the storage tests: CLI subprocesses, files at an older schema, integrity checks."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.accounts import ADMIN, CLERK, CLERK_ROLES, PASSWORD, add_test_accounts, as_role
from zydesk.core.security.principal import Principal
from zydesk.core.security.roles import Role
from zydesk.storage import cipher, keyslots, migrate
from zydesk.storage.audit_chain import head_path
from zydesk.storage.engine import APPLICATION_ID, make_engine
from zydesk.storage.migrate import open_database
from zydesk.storage.uow import Database

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_FIXTURES = Path(__file__).resolve().parent / "schema_fixtures"


def _template(tmp_path: Path) -> Path:
    """One encrypted database with the test accounts per test session (in pytest's base folder), closed;
    new_database copies it. Its key is held by this process, so copies open without argon2."""
    path = tmp_path.parent / "storage-template" / "template.sqlite"
    if path.exists() and cipher.key_for(path) is not None:
        return path
    from zydesk.services.security.signin import create_database

    if path.parent.exists():
        shutil.rmtree(path.parent)
    path.parent.mkdir()
    created = create_database("sqlite:///" + str(path), ADMIN, PASSWORD).db
    try:
        add_test_accounts(created)
    finally:
        created.dispose()
    return path


def new_database(path: Path, tmp_path: Path | None = None) -> Path:
    """An encrypted database of this version at path (with its key slots and the test accounts, whose
    password is PASSWORD), as `zydesk init --admin` leaves it; the key is held by this process."""
    template = _template(tmp_path or path.parent)
    shutil.copyfile(template, path)
    shutil.copyfile(keyslots.keys_path(template), keyslots.keys_path(path))
    if head_path(template).exists():
        shutil.copyfile(head_path(template), head_path(path))
    key = cipher.key_for(template)
    assert key is not None
    cipher.remember(path, key)
    return path


def open_db(path: Path, *roles: Role) -> Database:
    """The database at path opened as the program opens it, an account of `roles` acting (业务员 by default);
    a missing file is created first (encrypted, with the test accounts)."""
    if not path.exists():
        new_database(path)
    db = Database(open_database("sqlite:///" + str(path)), Principal(CLERK, CLERK_ROLES))
    return as_role(db, *roles) if roles else db


def connect(path: Path, **kwargs: Any) -> cipher.Connection:
    """A raw connection to a database file with its key (what a test uses to look or to tamper). A file
    another program created is unlocked with a test account's password first."""
    if cipher.key_for(path) is None and keyslots.exists(path):
        keys = keyslots.load(path)
        for name in (ADMIN, CLERK):
            if name in keys.slots:
                cipher.remember(path, keys.open_with(name, PASSWORD))
                break
    return cipher.open_file(path, **kwargs)


def clear_first_version(path: Path) -> dict[str, int]:
    """A clear database of the first release (tests/schema_fixtures/0.1.0.sql) at path, as that version left
    it; its rows per table."""
    import sqlite3

    con = sqlite3.connect(path)
    try:
        con.executescript((SCHEMA_FIXTURES / "0.1.0.sql").read_text(encoding="utf-8"))
        con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        con.commit()
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        con.close()


def cli(*args: str) -> subprocess.Popen[str]:
    """`python -m zydesk ARGS` as a separate program (its own process, its own connections)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen([sys.executable, "-m", "zydesk", *args], cwd=ROOT, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def finish(proc: subprocess.Popen[str], timeout: float = 180) -> tuple[int, str]:
    _out, err = proc.communicate(timeout=timeout)
    return proc.returncode, err


def assert_clean(code: int, err: str) -> None:
    """Exit 0, or a Chinese refusal with exit 2; never a traceback or an internal error."""
    assert code in (0, 2), (code, err)
    assert "Traceback" not in err and "内部错误" not in err, err


def integrity(path: Path) -> str:
    con = connect(path)
    try:
        return str(con.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        con.close()


def query(path: Path, sql: str) -> list[tuple[object, ...]]:
    con = connect(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def file_at_foundation(path: Path) -> None:
    """An encrypted database at the first revision (and the accounts table, so the test accounts can sign
    in), as an older program would have left it; the template's key slots beside it, its key held."""
    from alembic import command

    template = _template(path.parent)
    key = cipher.key_for(template)
    assert key is not None
    cipher.remember(path, key)
    shutil.copyfile(keyslots.keys_path(template), keyslots.keys_path(path))
    src = connect(template)
    try:
        cols = [r[1] for r in src.execute("PRAGMA table_info(account)")]
        accounts = src.execute(f"SELECT {', '.join(cols)} FROM account").fetchall()
    finally:
        src.close()
    engine = make_engine("sqlite:///" + str(path))
    try:
        with migrate.locked_connection(engine) as conn:
            cfg = migrate.alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0001_foundation")
            command.upgrade(cfg, "security_0001")
            have = {r[1] for r in conn.exec_driver_sql("PRAGMA table_info(account)")}  # later columns: not yet
            keep = [i for i, c in enumerate(cols) if c in have]
            names = [cols[i] for i in keep]
            conn.connection.driver_connection.executemany(  # type: ignore[union-attr]
                f"INSERT INTO account ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                [tuple(row[i] for i in keep) for row in accounts])
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.commit()
    finally:
        engine.dispose()


def cadres_file(tmp_path: Path, n: int) -> Path:
    import datetime as dt

    from tests.factories import new_id_number
    from tests.test_excel_helpers import CADRE_HEAD, cadre_row, xlsx

    rows = [cadre_row(new_id_number(dt.date(1965 + k % 30, 1 + k // 30 % 12, 1 + k // 360 % 28)), 姓名=f"干部{k}")
            for k in range(n)]
    return xlsx(tmp_path / "干部.xlsx", CADRE_HEAD, rows)


def db_with_units(tmp_path: Path) -> Path:
    from tests.test_excel_helpers import two_units

    path = tmp_path / "zy.sqlite"
    db = open_db(new_database(path, tmp_path))
    two_units(db)
    db.dispose()
    return path
