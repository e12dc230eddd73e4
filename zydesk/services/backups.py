"""Verified backups: automatic (after an import, every 30 minutes while writing, at exit when anything
changed), on demand, copied elsewhere (a USB stick), listed, and restored. Backups and restores are audited.

The automatic ones hang on the unit of work's commit (`install`), so every writing operation of the window
and the command line is covered without touching the services themselves. PostgreSQL is backed up by the
database server (pg_dump); here it is refused with that advice.
"""
from __future__ import annotations

import datetime as dt
import logging
import threading
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from zydesk.core.security.roles import Permission
from zydesk.errors import UserError
from zydesk.services.handle import Database
from zydesk.services.settings import get_setting
from zydesk.storage import backups as store
from zydesk.storage import migrate
from zydesk.storage.engine import file_revisions, sqlite_path
from zydesk.storage.integrity import raw_copy

log = logging.getLogger(__name__)

# Settings (zydesk.services.settings) and their defaults.
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = "backup_keep_daily", "backup_keep_weekly", "backup_keep_monthly"
INTERVAL_MINUTES = "backup_interval_minutes"
DEFAULTS = {KEEP_DAILY: 12, KEEP_WEEKLY: 10, KEEP_MONTHLY: 9, INTERVAL_MINUTES: 30}

BACKUP_ACTION, RESTORE_ACTION = "备份数据库", "恢复数据库"
# Commits that change no data of the clerk's: no automatic backup for them.
NOT_WRITES = frozenset({BACKUP_ACTION, RESTORE_ACTION, "登录", "退出登录"})
REASONS = {
    "auto": "定时自动备份", "import": "导入后自动备份", "exit": "退出时自动备份", "manual": "手动备份",
    "before-restore": "恢复前备份", "before-upgrade": "升级前备份",
}
POSTGRES_ADVICE = ("本程序连接的是服务器上的数据库，请由系统管理员用数据库服务器的备份工具（pg_dump）备份和恢复；"
                   "本程序只备份和恢复单机数据库文件。")


class BackupRefused(UserError):
    """A backup or restore that cannot be done; nothing changed."""


@dataclass(frozen=True)
class BackupRow:
    file: str
    at: dt.datetime
    reason: str
    reason_text: str
    size: int
    verified: bool

    def as_json(self) -> dict[str, Any]:
        return {"file": self.file, "time": self.at.isoformat(timespec="seconds"), "reason": self.reason,
                "reason_text": self.reason_text, "size": self.size, "verified": self.verified}


@dataclass(frozen=True)
class RestoreReport:
    restored_from: str
    safety_copy: str  # the backup of the file as it was just before the restore
    carried: int  # audit entries written after the backup was taken, kept in the restored file
    restart: bool = False  # the file was damaged and opened read-only: writing again needs a new start


def _row(b: store.BackupFile) -> BackupRow:
    return BackupRow(str(b.path), b.at, b.reason, REASONS.get(b.reason, b.reason), b.size, b.verified)


def file_of(url: str) -> Path:
    """The database file behind url; a database server (PostgreSQL) is refused with the pg_dump advice,
    before anything connects to it."""
    path = sqlite_path(url)
    if path is None:
        raise BackupRefused(POSTGRES_ADVICE)
    return path


def _path(db: Database) -> Path:
    return file_of(db.url)


def list_backups(db: Database) -> list[BackupRow]:
    """The verified backups of the open database, newest first."""
    db.require(Permission.BACKUP)
    return [_row(b) for b in store.list_backups(_path(db))]


def _setting(db: Database, key: str) -> int:
    with db.read(need=None) as s:  # the program's own bookkeeping, whoever's write set it off
        return int(get_setting(s, key, DEFAULTS[key]))


def backup_now(db: Database, reason: str = "manual", now: dt.datetime | None = None) -> BackupRow:
    """A verified backup now, audited; the automatic ones are then rotated. One on demand needs BACKUP; the
    automatic ones follow whoever's write set them off (the program's own doing)."""
    need = None if reason in store.AUTOMATIC else Permission.BACKUP
    if need is not None:
        db.require(need)
    path = _path(db)
    taken = store.take(path, reason, now)
    with db.uow(BACKUP_ACTION, need) as uow:
        uow.audit("数据库", taken.path.name, after={"原因": REASONS.get(reason, reason), "大小": taken.size})
        uow.commit()
    if reason in store.AUTOMATIC:
        store.rotate(path, _setting(db, KEEP_DAILY), _setting(db, KEEP_WEEKLY), _setting(db, KEEP_MONTHLY))
    state = _states.get(db.engine)
    if state is not None:
        state.dirty = False
    return _row(taken)


def copy_backup(db: Database, dest: str | Path, file: str | Path | None = None) -> Path:
    """Copy a backup (a new one when `file` is None) to a folder or file, e.g. a USB stick; verified there."""
    db.require(Permission.BACKUP)
    source = Path(file) if file is not None else Path(backup_now(db).file)
    target = Path(dest)
    if not target.parent.exists():
        raise BackupRefused(f"目标位置“{target}”不存在，请先选择一个已存在的文件夹。")
    try:
        copied = store.copy_to(source, target)
    except OSError as exc:
        raise BackupRefused(f"复制到“{target}”失败：{exc.strerror or exc}。原备份未受影响。") from exc
    with db.uow("复制备份", Permission.BACKUP) as uow:  # a whole copy of the data leaves the PC: the trail says where to
        uow.audit("数据库", source.name, after={"复制到": str(copied)})
        uow.commit()
    return copied


def restore(db: Database, file: str | Path) -> RestoreReport:
    """Restore a backup of this database. The current file is backed up first; the audit entries written
    since the backup was taken are kept; automatic backups pause until the program is started again."""
    db.require(Permission.RESTORE)
    path = _path(db)
    backup = Path(file)
    store.check_restorable(backup, path)
    if db.damaged is None:
        safety = backup_now(db, "before-restore")
    else:  # a damaged file cannot be copied through SQLite: kept byte for byte, as found
        safety = BackupRow(str(raw_copy(path)), dt.datetime.now(), "before-restore",
                           "恢复前的原样副本（已损坏）", path.stat().st_size, False)
    db.engine.dispose()  # no pooled connection keeps a snapshot of the old file
    done = store.restore(backup, path, db.user, role=db.principal.roles_text or None,
                         damaged=db.damaged is not None)
    db.engine.dispose()
    if db.damaged is not None:
        return RestoreReport(str(backup), safety.file, done.carried, restart=True)
    if file_needs_upgrade(path):
        migrate.upgrade(db.engine)
    state = _states.get(db.engine)
    if state is not None:
        state.suspended = True
    return RestoreReport(str(backup), safety.file, done.carried)


def file_needs_upgrade(path: Path) -> bool:
    return file_revisions(path) != migrate.head_revisions()


def backups_suspended(db: Database) -> bool:
    state = _states.get(db.engine)
    return state is not None and state.suspended


# ----- automatic backups -----
class _AutoState:
    def __init__(self) -> None:
        self.dirty = False
        self.suspended = False
        self.lock = threading.Lock()


_states: weakref.WeakKeyDictionary[Engine, _AutoState] = weakref.WeakKeyDictionary()


def install(db: Database) -> None:
    """Automatic backups for this open database: at most every `backup_interval_minutes` while writing."""
    if sqlite_path(db.url) is None or db.engine in _states:
        return
    state = _AutoState()
    _states[db.engine] = state  # by engine: the signed-in account's handle (acting_as) shares it

    def after_commit(target: Database, action: str) -> None:
        if action in NOT_WRITES:
            return
        state.dirty = True
        _auto(target, state, "import" if action.startswith("导入") else "auto")

    db.after_commit.append(after_commit)


def _auto(db: Database, state: _AutoState, reason: str, now: dt.datetime | None = None) -> None:
    if state.suspended or not state.lock.acquire(blocking=False):  # not from within its own audit write
        return
    try:
        when = now or dt.datetime.now()
        if reason == "auto":
            newest = store.list_backups(_path(db))
            interval = dt.timedelta(minutes=_setting(db, INTERVAL_MINUTES))
            if newest and when - newest[0].at < interval:
                return
        backup_now(db, reason, now)
    except Exception:
        log.exception("自动备份失败")
    finally:
        state.lock.release()


def after_import(db: Database) -> BackupRow | None:
    """The backup after an import (the command line's import calls this; the window's import is covered
    by install()). None for PostgreSQL or while backups are paused after a restore."""
    if sqlite_path(db.url) is None or backups_suspended(db):
        return None
    return backup_now(db, "import")


def at_exit(db: Database) -> None:
    """At the end of the program: a backup when anything was written since the last one."""
    state = _states.get(db.engine)
    if state is None or not state.dirty or state.suspended:
        return
    try:
        backup_now(db, "exit")
    except Exception:
        log.exception("退出时备份失败")
