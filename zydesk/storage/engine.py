"""Opening a database: URL resolution, real transactions, SQLite pragmas, and the checks that refuse
a foreign file.

The file is always opened by its plain path (never through a hand-built `file:` URI or a re-parsed
URL, where `#`, `?` or `%41` in a folder name would point somewhere else). pysqlite's own transaction
handling is switched off and SQLAlchemy's begin event emits BEGIN itself (SQLAlchemy's documented
set-up), so DDL is transactional and a write unit of work can take the write lock up front with
BEGIN IMMEDIATE (connection option `sqlite_begin="IMMEDIATE"`).
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import QueuePool

from zydesk import paths
from zydesk.storage import cipher, failures
from zydesk.storage.location import check_location
from zydesk.storage.refusals import DatabaseRefused

__all__ = [
    "APPLICATION_ID",
    "BEGIN_OPTION",
    "BUSY_TIMEOUT_MS",
    "DatabaseRefused",
    "check_sqlite_file",
    "connect_plain",
    "engine_url",
    "file_revisions",
    "is_server",
    "make_engine",
    "resolve_url",
    "server_engine",
    "server_in_use",
    "shown_url",
    "sqlite_path",
    "stamp_application_id",
    "url_label",
    "writer",
]

# 'ZYDK' — written into every database this program creates (PRAGMA application_id).
APPLICATION_ID = 0x5A59444B
BUSY_TIMEOUT_MS = 10_000
SQLITE_PREFIX = "sqlite:///"
BEGIN_OPTION = "sqlite_begin"  # execution option: "IMMEDIATE" for writers, default DEFERRED


def resolve_url(db: str | None = None) -> str:
    """--db wins over ZYDESK_DB, which wins over the per-user default file. Paths become sqlite URLs."""
    value = db or os.environ.get("ZYDESK_DB") or str(paths.default_db_path())
    if "://" in value:
        return value
    if value.startswith(("\\\\", "//")):  # a network share: kept as typed so it can be refused by name
        return SQLITE_PREFIX + value
    return SQLITE_PREFIX + str(Path(value).expanduser().resolve())


def sqlite_path(url: str) -> Path | None:
    """The file of a sqlite URL, taken literally after 'sqlite:///' (no URL decoding of the path)."""
    if url.startswith(SQLITE_PREFIX):
        rest = url[len(SQLITE_PREFIX):]
        return None if rest in ("", ":memory:") else Path(rest)
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def _set_sqlite_pragmas(dbapi_conn: cipher.Connection, _record: object) -> None:
    # SQLAlchemy's begin event emits BEGIN; pysqlite must not begin or commit on its own.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    try:
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        if cur.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
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


def _begin(conn: Connection) -> None:
    mode = conn.get_execution_options().get(BEGIN_OPTION, "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def connect_plain(path: Path) -> cipher.Connection:
    """A connection that reads without changing anything (query_only), opened by the plain path."""
    con = cipher.open_file(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    con.execute("PRAGMA query_only = ON")
    return con


def _unreadable(path: Path, exc: BaseException) -> DatabaseRefused:
    message = failures.message_for(exc, os_errors=True)
    if message is not None:
        return DatabaseRefused(message)
    return DatabaseRefused(f"数据库文件“{path}”已损坏或无法读取：{exc}")


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not a SQLite database of this program (before SQLAlchemy touches it)."""
    try:
        if not path.exists() or path.stat().st_size == 0:
            return
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    if header != b"SQLite format 3\x00" and cipher.key_for(path) is None:
        from zydesk.storage.keyslots import exists as has_key_slots

        if has_key_slots(path):  # encrypted, and nobody signed in to it in this program
            raise DatabaseRefused(f"“{path}”是加密的数据库，须先登录才能打开。")
        raise DatabaseRefused(f"“{path}”不是本程序的数据库文件（不是 SQLite 数据库），已拒绝打开。")
    try:
        con = connect_plain(path)
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            tables = con.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
        finally:
            con.close()
    except cipher.Error as exc:
        raise _unreadable(path, exc) from exc
    if app_id != APPLICATION_ID and not (app_id == 0 and tables == 0):
        raise DatabaseRefused(
            f"“{path}”不是本程序的数据库（application_id = {app_id:#x}），为防止误改其他程序的数据，已拒绝打开。"
        )


def file_revisions(path: Path) -> set[str]:
    """The migration revisions recorded in the file, read without changing it (empty for a new file)."""
    if not path.exists() or path.stat().st_size == 0:
        return set()
    try:
        con = connect_plain(path)
        try:
            has = con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
            return {r[0] for r in con.execute("SELECT version_num FROM alembic_version")} if has else set()
        finally:
            con.close()
    except cipher.Error as exc:
        raise _unreadable(path, exc) from exc


def make_engine(url: str) -> Engine:
    path = sqlite_path(url)
    if path is None:
        return server_engine(url)
    check_location(path)
    check_sqlite_file(path)
    return sqlite_engine(path)


# PostgreSQL mode (docs/deploy-postgresql.md). Settings in the URL's query: libpq's own parameters pass
# through (sslmode, sslrootcert, connect_timeout, application_name, …), so do libpq's environment variables
# (PGSSLMODE, PGAPPNAME, PGCONNECT_TIMEOUT, PGPASSWORD); `statement_timeout` (e.g. 60s, 5min, or
# milliseconds; 0 = none) is this program's own and becomes a session setting.
SERVER_DRIVER = "postgresql+psycopg"
SERVER_DEFAULTS = {"application_name": "ZYDesk", "connect_timeout": "10"}
STATEMENT_TIMEOUT = "statement_timeout"
DEFAULT_STATEMENT_TIMEOUT = "120s"
_TIMEOUT = re.compile(r"^\d+\s*(ms|s|min|h)?$")


def is_server(url: str) -> bool:
    return sqlite_path(url) is None and make_url(url).get_backend_name() == "postgresql"


def server_url(url: str) -> tuple[URL, str]:
    """The URL psycopg 3 connects with (defaults filled in, `statement_timeout` taken out) and that timeout."""
    u = make_url(url)
    if u.get_backend_name() == "postgresql":
        u = u.set(drivername=SERVER_DRIVER)
    query = dict(u.query)
    timeout = str(query.pop(STATEMENT_TIMEOUT, None) or os.environ.get("ZYDESK_STATEMENT_TIMEOUT")
                  or DEFAULT_STATEMENT_TIMEOUT).strip()
    if not _TIMEOUT.match(timeout):
        raise DatabaseRefused(f"数据库地址中的 statement_timeout“{timeout}”无法识别（例如 60s、5min 或 0）。")
    for key, value in SERVER_DEFAULTS.items():
        if key not in query and not os.environ.get("PGAPPNAME" if key == "application_name" else "PGCONNECT_TIMEOUT"):
            query[key] = value
    return u.set(query=query), timeout


def shown_url(url: str) -> str:
    """The URL as written in logs and `--json` output: never the password (its query kept: it is technical)."""
    if sqlite_path(url) is not None:
        return url
    return make_url(url).render_as_string(hide_password=True)


def url_label(url: str, account: str | None = None) -> str:
    """The database as a clerk sees it (status bar, 关于, sign-in, command-line messages): a file's path, or
    「服务器 192.168.1.10 · 数据库 zydesk · 账号 张三」 — never the password, the driver or the URL's query.
    account: the signed-in person, when there is one (not the server's own login name)."""
    try:
        path = sqlite_path(url)
        u = make_url(url) if path is None else None
    except ArgumentError:  # a plain file path is shown as it is; anything else is not echoed (it may hold a password)
        return url if "://" not in url and "@" not in url else "（无法识别的数据库地址）"
    if u is None:
        return str(path)
    host = u.host or "本机"
    if u.port and u.port != 5432:
        host = f"{host}:{u.port}"
    parts = [f"服务器 {host}"]
    if u.database:
        parts.append(f"数据库 {u.database}")
    if account:
        parts.append(f"账号 {account}")
    return " · ".join(parts)


def server_engine(url: str) -> Engine:
    """A database server (PostgreSQL mode): READ COMMITTED sessions with the statement timeout set."""
    u, timeout = server_url(url)
    engine = create_engine(u, future=True, pool_pre_ping=True, hide_parameters=True)
    if engine.dialect.name == "postgresql":
        def _session(dbapi_conn: Any, _record: object) -> None:
            cur = dbapi_conn.cursor()
            try:
                cur.execute(f"SET statement_timeout = '{timeout}'")
            finally:
                cur.close()
            dbapi_conn.commit()

        event.listen(engine, "connect", _session)
    return engine


def server_in_use(url: str) -> bool:
    """Whether the server database at url already has accounts (else `init --admin` may set it up)."""
    engine = server_engine(url)
    try:
        with engine.connect() as conn:
            if conn.exec_driver_sql("SELECT to_regclass('account')").scalar() is None:
                return False
            return conn.exec_driver_sql("SELECT 1 FROM account LIMIT 1").first() is not None
    except Exception as exc:
        message = failures.server_message(exc)
        if message is not None:
            raise DatabaseRefused(message) from exc
        raise
    finally:
        engine.dispose()


def sqlite_engine(path: Path) -> Engine:
    """The engine over a database file whose checks have run (make_engine runs them; open_database runs
    them itself, before anything may write)."""
    target = str(path)

    def creator() -> cipher.Connection:
        return cipher.open_file(target, check_same_thread=False, isolation_level=None)

    # hide_parameters: an error's text (and so a crash log) never repeats the values of a statement
    engine = create_engine(URL.create("sqlite", database=target), creator=creator, module=cipher.DBAPI,
                           hide_parameters=True,
                           poolclass=QueuePool, future=True)
    event.listen(engine, "connect", _set_sqlite_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


def engine_url(engine: Engine) -> str:
    """The URL as this program writes it: a sqlite file as 'sqlite:///' + its plain path (readable, and
    what sqlite_path() reads back), other databases as SQLAlchemy renders them, the password hidden."""
    if engine.dialect.name == "sqlite" and engine.url.database and engine.url.database != ":memory:":
        return SQLITE_PREFIX + engine.url.database
    return engine.url.render_as_string(hide_password=True)  # shown and logged: never the password


def writer(engine: Engine) -> Engine:
    """The same engine whose transactions start with BEGIN IMMEDIATE (take the write lock up front,
    waiting up to the busy timeout), so two writers never fail half-way on a lock upgrade."""
    if engine.dialect.name != "sqlite":
        return engine
    return engine.execution_options(**{BEGIN_OPTION: "IMMEDIATE"})


def stamp_application_id(engine: Engine) -> None:
    if engine.dialect.name != "sqlite":
        return
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
