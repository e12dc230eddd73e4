"""Schema migrations at start-up, with a verified backup before an existing file is changed.

Each area of the program has its own branch of migrations rooted at 0001_foundation, so the
database is upgraded to "heads". A revision in the file that this program does not know means
the file was written by a newer version: it is refused, never downgraded.

On SQLite the whole upgrade (DDL, revision stamps, application id) is one transaction that holds the
write lock from its start: a second program waits and then finds the upgrade done; a crash leaves the
file as it was. A verified backup is written first, and a marker lets the next start restore it should
the file ever be found half-upgraded (storage/recovery.py).
"""
from __future__ import annotations

import logging
import re
from zydesk.storage import cipher
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import OperationalError

from zydesk import paths
from zydesk.errors import UserError
from zydesk.storage import audit_chain, failures, integrity, recovery
from zydesk.storage import engine as engine_mod
from zydesk.storage.engine import (
    APPLICATION_ID,
    BEGIN_OPTION,
    DatabaseRefused,
    check_sqlite_file,
    engine_url,
    file_revisions,
    make_engine,
    sqlite_engine,
    sqlite_path,
)
from zydesk.storage.failures import DatabaseBusy
from zydesk.storage.location import check_location
from zydesk.storage.recovery import backup_sqlite

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
# alembic (with mako and its friends) is imported only when a file needs migrating or checking in
# depth: importing it costs a noticeable share of the program's start-up.


class MigrationFailed(UserError):
    """The upgrade failed and was undone (the file is as before, or restored from the verified backup)."""


_BACKUP_FAILED: tuple[type[BaseException], ...] = (OSError, cipher.Error)
MIGRATION_WAIT_MS = 120_000  # a second program waits this long for the first one's upgrade to finish


def script_location() -> Path:
    """Where the migrations are: db/ (a test may point this at a copy with more revisions)."""
    return paths.db_dir()


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(script_location()))
    return cfg


def known_revisions() -> set[str]:
    quick = _quick_revisions()
    if quick is not None:
        return quick[0]
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def head_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return set(ScriptDirectory.from_config(alembic_config()).get_heads())


def current_revisions(engine: Engine) -> set[str]:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return set(MigrationContext.configure(conn).get_current_heads())


def refuse_unknown(current: set[str]) -> None:
    """A revision this program does not know: a newer program wrote the file. Never touch it."""
    unknown = current - known_revisions()
    if unknown:
        raise DatabaseRefused(
            "该数据库由更新版本的本程序创建（数据库版本 "
            + "、".join(sorted(unknown))
            + "），当前程序无法识别，请升级程序后再打开。"
        )


def _storage_refusal(exc: BaseException, what: str) -> DatabaseRefused:
    message = failures.message_for(exc, os_errors=True)
    return DatabaseRefused(f"{what}：{message or exc}")


def upgrade(engine: Engine, *, staging: bool = False) -> Path | None:
    """Bring the schema to the newest version. Returns the backup file written, if any. `staging`: a copy
    being prepared (the encryption of a clear file), whose original is its backup: no backup, no marker."""
    path = sqlite_path(engine_url(engine))
    if path is None:
        _upgrade_server(engine)
        return None
    with locked_connection(engine) as conn:
        from alembic.runtime.migration import MigrationContext

        current = set(MigrationContext.configure(conn).get_current_heads())
        refuse_unknown(current)
        if current == head_revisions():  # another program finished the upgrade while this one waited
            return None
        has_tables = bool(conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE type='table'").scalar())
        backup = None
        if has_tables and not staging:
            try:
                backup = backup_sqlite(path, "before-upgrade")
            except _BACKUP_FAILED as exc:
                raise _storage_refusal(exc, "迁移前备份失败，未做任何修改") from exc
            log.info("迁移前备份：%s", backup)
        if not staging:
            recovery.write_marker(path, backup, current, recovery.schema_digest(conn.connection.driver_connection))
        try:
            if current:
                _drop_leftovers(conn, current)
            _run_alembic(conn)
            head = audit_chain.last_entry(conn)
            conn.commit()
        except Exception as exc:
            conn.rollback()
            raise _failed(path, backup, current, exc) from exc
        # Entries the upgrade chained (an older file's trail): their head goes beside the file now.
        audit_chain.write_head(path, head)
    recovery.clear_marker(path)
    return backup


def _schema_at(revisions: set[str]) -> set[tuple[str, str]]:
    """(type, name) of every table and index a database at `revisions` has, built in memory."""
    from alembic import command
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    scratch = create_engine("sqlite://", poolclass=StaticPool)
    try:
        with scratch.begin() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            for revision in sorted(revisions):
                command.upgrade(cfg, revision)
            rows = conn.exec_driver_sql("SELECT type, name FROM sqlite_master WHERE type IN ('table', 'index')")
            return {(r[0], r[1]) for r in rows}
    finally:
        scratch.dispose()


def _drop_leftovers(conn: Connection, current: set[str]) -> None:
    """Empty tables (and indexes) that the recorded revisions do not have: what an upgrade of an earlier
    program, which ran its DDL outside a transaction, left when it was killed ("table … already exists"
    at every later start). Dropped inside the upgrade's transaction; a leftover holding rows is kept,
    and the upgrade then fails and is undone as a whole."""
    expected = _schema_at(current)
    found = conn.exec_driver_sql(
        "SELECT type, name, tbl_name FROM sqlite_master WHERE type IN ('table', 'index') "
        "AND name NOT LIKE 'sqlite_%' AND name <> 'alembic_version'").fetchall()
    extra_tables = [name for kind, name, _t in found if kind == "table" and (kind, name) not in expected]
    empty = {name for name in extra_tables
             if conn.exec_driver_sql(f'SELECT 1 FROM "{name}" LIMIT 1').first() is None}
    for kind, name, table in found:
        if kind == "index" and (kind, name) not in expected and table not in empty and \
                ("table", table) in expected:
            log.warning("删除上次未完成升级留下的索引：%s", name)
            conn.exec_driver_sql(f'DROP INDEX "{name}"')
    for name in sorted(empty):
        log.warning("删除上次未完成升级留下的空表：%s", name)
        conn.exec_driver_sql(f'DROP TABLE "{name}"')


def _run_alembic(conn: Connection) -> None:
    """All migrations, the revision stamps and the application id in the caller's one transaction."""
    from alembic import command

    cfg = alembic_config()
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, "heads")
    # Foreign keys are off during the upgrade (batch mode recreates tables); check them before committing.
    bad = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if bad:
        raise RuntimeError(f"升级后外键不一致（{len(bad)} 处，例如表 {bad[0][0]}）")
    conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")


def _failed(path: Path, backup: Path | None, before: set[str], exc: BaseException) -> MigrationFailed:
    """The transaction was rolled back; make sure of it, else restore the verified backup."""
    refusal = failures.message_for(exc)
    reason = refusal or str(exc)
    if recovery.is_as_before(path, before):
        recovery.clear_marker(path)
        where = f"（升级前备份：{backup}）" if backup else ""
        return MigrationFailed(f"数据库升级失败，已撤销本次升级，数据库保持升级前的状态{where}：{reason}")
    if backup is not None:
        recovery.restore(backup, path)
        recovery.clear_marker(path)
        return MigrationFailed(f"数据库升级失败，已从备份恢复原文件（备份：{backup}）：{reason}")
    return MigrationFailed(f"数据库升级失败：{reason}")


@contextmanager
def locked_connection(engine: Engine) -> Iterator[Connection]:
    """A connection holding the write lock (BEGIN IMMEDIATE) with foreign keys off: only one program
    migrates at a time, the others wait up to MIGRATION_WAIT_MS and then see the finished upgrade."""
    conn = engine.connect()
    raw = conn.connection.driver_connection
    assert raw is not None
    try:
        # Outside any transaction (PRAGMA foreign_keys is a no-op inside one).
        raw.execute("PRAGMA foreign_keys = OFF")
        raw.execute(f"PRAGMA busy_timeout = {MIGRATION_WAIT_MS}")
        conn.execution_options(**{BEGIN_OPTION: "IMMEDIATE"})
        try:
            conn.begin()
        except OperationalError as exc:
            refusal = failures.as_user_error(exc)
            if isinstance(refusal, DatabaseBusy):
                raise DatabaseBusy("另一个程序正在升级或写入该数据库，等待超时，未做任何修改。请稍后重试。") from exc
            if refusal is None:
                raise
            raise refusal from exc
        yield conn
    finally:
        try:
            if conn.in_transaction():
                conn.rollback()
            raw.execute("PRAGMA foreign_keys = ON")
            raw.execute(f"PRAGMA busy_timeout = {engine_mod.BUSY_TIMEOUT_MS}")
        except Exception:  # noqa: BLE001 - never hand this connection back to the pool half set up
            conn.invalidate()
        conn.close()


C_COLLATIONS = {"C", "POSIX", "C.UTF-8", "C.utf8", "C.UTF8"}


def check_server_collation(engine: Engine) -> None:
    """Text sorts by code point on both backends only when the server database's collation is C (SQLite's
    BINARY); a language collation (zh_CN, ICU) would order names and units differently from one PC to the
    next release of the server's locale data. The program sorts Chinese names itself where order matters."""
    with engine.connect() as conn:
        row = conn.exec_driver_sql("SELECT datlocprovider, datcollate FROM pg_database "
                                   "WHERE datname = current_database()").first()
    if row is not None and (row[0] != "c" or row[1] not in C_COLLATIONS):
        raise DatabaseRefused("服务器数据库的排序规则须为 C（建库时 LC_COLLATE 'C'，TEMPLATE template0），"
                              f"当前为 {row[1] if row[0] == 'c' else 'ICU'}，否则各处列表的顺序会与本机数据库不同。"
                              "请技术人员按部署说明重建数据库。")


def _upgrade_server(engine: Engine) -> None:
    """A database server (PostgreSQL mode): its DDL is transactional; backups are the server's business."""
    from alembic import command

    if engine.dialect.name == "postgresql":
        check_server_collation(engine)
    refuse_unknown(current_revisions(engine))
    if current_revisions(engine) == head_revisions():
        return
    cfg = alembic_config()
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "heads")
    except Exception as exc:
        if getattr(getattr(exc, "orig", None), "sqlstate", None) == "42501":  # insufficient privilege
            raise MigrationFailed("服务器数据库的表结构需要升级，但当前数据库账号无权升级，未做任何修改。请技术人员"
                                  "用属主账号的数据库地址执行一次 zydesk init 并重新授权（见部署说明）。") from exc
        message = failures.server_message(exc)
        raise MigrationFailed(f"数据库升级失败，已撤销本次升级：{message or exc}") from exc


_REVISION = re.compile(r"^revision\s*(?::[^=]*)?=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision\s*(?::[^=]*)?=(.*)$", re.MULTILINE)


def _quick_revisions() -> tuple[set[str], set[str]] | None:
    """(all revisions, head revisions) read straight from the migration files, without importing
    alembic. None when any file is not in the plain one-line form alembic writes (then alembic decides)."""
    files = [p for p in (script_location() / "versions").glob("*.py") if p.name != "__init__.py"]
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in files:
        text = path.read_text("utf-8")
        rev, down = _REVISION.findall(text), _DOWN_REVISION.findall(text)
        if len(rev) != 1 or len(down) != 1:
            return None
        revisions.add(rev[0])
        parents.update(re.findall(r"['\"]([^'\"]+)['\"]", down[0]))
    if not files or len(revisions) != len(files) or not parents <= revisions:
        return None
    return revisions, revisions - parents


def _quick_heads() -> set[str] | None:
    quick = _quick_revisions()
    return quick[1] if quick else None


def _up_to_date(engine: Engine, revisions: set[str] | None = None) -> bool:
    """True only when the file is certainly at the newest schema; any doubt goes the full way (upgrade()
    takes the lock and looks again). `revisions`: already read from the file, no need to ask again."""
    heads = _quick_heads()
    if not heads:
        return False
    if revisions is not None:
        return revisions == heads
    try:
        with engine.connect() as conn:
            current = {row[0] for row in conn.exec_driver_sql("SELECT version_num FROM alembic_version")}
    except Exception:  # noqa: BLE001 - no version table yet, or not readable: let upgrade() deal with it
        return False
    return current == heads


def open_database(url: str) -> Engine:
    """Open (creating if needed), refuse foreign or newer files, migrate. The one way in.

    Every check that can refuse a file runs before the file is opened for writing, so a refused
    file is never changed (not even its journal mode)."""
    path = sqlite_path(url)
    revisions: set[str] | None = None  # as read from the file before it is opened for writing
    if path is not None:
        check_location(path)
        check_sqlite_file(path)
        try:
            recovery.recover_interrupted(path, known_revisions, MIGRATION_WAIT_MS)
        except cipher.Error as exc:
            raise _storage_refusal(exc, "无法检查上次未完成的升级，未做任何修改") from exc
        revisions = file_revisions(path)
        refuse_unknown(revisions)
        integrity.check_at_start(path)  # a damaged file is never upgraded or written
    engine = sqlite_engine(path) if path is not None else make_engine(url)  # the checks above ran once
    try:
        if not _up_to_date(engine, revisions):
            upgrade(engine)
        else:
            with engine.connect():  # the first connection sets the pragmas: a file that cannot take them
                pass  # (read-only medium, …) is refused here, at opening, not at the first read
    except Exception as exc:
        engine.dispose()
        refusal = failures.as_user_error(exc)  # read-only medium, full disk, a writer that never lets go
        if refusal is not None:
            raise refusal from exc
        raise
    return engine
