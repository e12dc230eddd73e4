"""Opening a database: URL resolution, SQLite pragmas, and the checks that refuse a foreign file."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from zydesk import paths
from zydesk.errors import UserError

# 'ZYDK' — written into every database this program creates (PRAGMA application_id).
APPLICATION_ID = 0x5A59444B
BUSY_TIMEOUT_MS = 10_000


class DatabaseRefused(UserError):
    """The file is not ours, is damaged, or is newer than this program. Message is for the clerk."""


def resolve_url(db: str | None = None) -> str:
    """--db wins over ZYDESK_DB, which wins over the per-user default file. Paths become sqlite URLs."""
    value = db or os.environ.get("ZYDESK_DB") or str(paths.default_db_path())
    if "://" in value:
        return value
    return "sqlite:///" + str(Path(value).expanduser().resolve())


def sqlite_path(url: str) -> Path | None:
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def _set_sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    try:
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        # Verify: a pragma silently ignored would leave the data unprotected.
        checks = {
            "foreign_keys": (cur.execute("PRAGMA foreign_keys").fetchone()[0], 1),
            "journal_mode": (cur.execute("PRAGMA journal_mode").fetchone()[0].lower(), "wal"),
            "synchronous": (cur.execute("PRAGMA synchronous").fetchone()[0], 2),
        }
    finally:
        cur.close()
    for name, (got, want) in checks.items():
        if got != want:
            raise DatabaseRefused(f"数据库连接设置失败：{name} = {got}（应为 {want}）")


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not a SQLite database of this program (before SQLAlchemy touches it)."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as fh:
        header = fh.read(16)
    if header != b"SQLite format 3\x00":
        raise DatabaseRefused(f"“{path}”不是本程序的数据库文件（不是 SQLite 数据库），已拒绝打开。")
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        tables = con.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise DatabaseRefused(f"数据库文件“{path}”已损坏或无法读取：{exc}") from exc
    finally:
        con.close()
    if app_id != APPLICATION_ID and not (app_id == 0 and tables == 0):
        raise DatabaseRefused(
            f"“{path}”不是本程序的数据库（application_id = {app_id:#x}），为防止误改其他程序的数据，已拒绝打开。"
        )


def make_engine(url: str) -> Engine:
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        check_sqlite_file(path)
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _set_sqlite_pragmas)
    return engine


def stamp_application_id(engine: Engine) -> None:
    if engine.dialect.name != "sqlite":
        return
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
