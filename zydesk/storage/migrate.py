"""Schema migrations at start-up, with a verified backup before an existing file is changed.

Each area of the program has its own branch of migrations rooted at 0001_foundation, so the
database is upgraded to "heads". A revision in the file that this program does not know means
the file was written by a newer version: it is refused, never downgraded.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect

from zydesk import paths
from zydesk.storage.engine import DatabaseRefused, make_engine, sqlite_path, stamp_application_id

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
# alembic (with mako and its friends) is imported only when a file needs migrating or checking in
# depth: importing it costs a noticeable share of the program's start-up.


class MigrationFailed(Exception):
    """The upgrade failed; the original file was restored from the backup."""


def script_location() -> Path:
    """Where the migrations are: db/ (a test may point this at a copy with more revisions)."""
    return paths.db_dir()


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(script_location()))
    return cfg


def known_revisions() -> set[str]:
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


def backup_sqlite(path: Path, reason: str) -> Path:
    """Copy with the SQLite backup API (consistent even in WAL mode) and verify the copy."""
    folder = path.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{stamp}-{reason}{path.suffix or '.sqlite'}"
    src = sqlite3.connect(path)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
        result = dst.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        dst.close()
        src.close()
    if result != "ok":
        target.unlink(missing_ok=True)
        raise DatabaseRefused(f"迁移前备份校验失败（integrity_check: {result}），未做任何修改。")
    return target


def _restore_sqlite(backup: Path, path: Path) -> None:
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    src = sqlite3.connect(backup)
    dst = sqlite3.connect(path)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def upgrade(engine: Engine) -> Path | None:
    """Bring the schema to the newest version. Returns the backup file written, if any."""
    current = current_revisions(engine)
    unknown = current - known_revisions()
    if unknown:
        raise DatabaseRefused(
            "该数据库由更新版本的本程序创建（数据库版本 "
            + "、".join(sorted(unknown))
            + "），当前程序无法识别，请升级程序后再打开。"
        )
    if current == head_revisions():
        return None
    path = sqlite_path(str(engine.url))
    backup = None
    has_tables = bool(inspect(engine).get_table_names())
    if path is not None and has_tables:
        backup = backup_sqlite(path, "before-upgrade")
        log.info("迁移前备份：%s", backup)
    from alembic import command

    cfg = alembic_config()
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "heads")
    except Exception as exc:
        engine.dispose()
        if backup is not None and path is not None:
            _restore_sqlite(backup, path)
            raise MigrationFailed(f"数据库升级失败，已从备份恢复原文件（备份：{backup}）：{exc}") from exc
        raise MigrationFailed(f"数据库升级失败：{exc}") from exc
    stamp_application_id(engine)
    return backup


_REVISION = re.compile(r"^revision\s*(?::[^=]*)?=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN_REVISION = re.compile(r"^down_revision\s*(?::[^=]*)?=(.*)$", re.M)


def _quick_heads() -> set[str] | None:
    """The head revisions read straight from the migration files, without importing alembic.
    None when any file is not in the plain one-line form alembic writes (then alembic decides)."""
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
    return revisions - parents


def _up_to_date(engine: Engine) -> bool:
    """True only when the file is certainly at the newest schema; any doubt goes the full way."""
    heads = _quick_heads()
    if not heads:
        return False
    try:
        with engine.connect() as conn:
            current = {row[0] for row in conn.exec_driver_sql("SELECT version_num FROM alembic_version")}
    except Exception:  # noqa: BLE001 - no version table yet, or not readable: let upgrade() deal with it
        return False
    return current == heads


def open_database(url: str) -> Engine:
    """Open (creating if needed), refuse foreign or newer files, migrate. The one way in."""
    engine = make_engine(url)
    if not _up_to_date(engine):
        upgrade(engine)
    return engine
