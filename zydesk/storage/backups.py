"""Backups of a SQLite database file: the list, the rotation, copies elsewhere and the restore.

Every backup is written by recovery.backup_sqlite (backup API into a temporary file, fsync, integrity_check,
then rename), so a file with its final name in the folder is a verified copy; a killed backup leaves only a
`.partial` file that is never listed. A restore is one SQLite transaction on the live file: the backup is
first copied to a staging file, the audit entries written since it was taken and the entry for the restore
are added there, and the staging file is then written over the live one with the backup API.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

from zydesk.storage import audit_chain, cipher, keyslots, migrate
from zydesk.storage.engine import APPLICATION_ID, DatabaseRefused, file_revisions
from zydesk.storage.recovery import backup_sqlite, fsync_file, integrity_check

# Backups the program writes by itself; these rotate. Manual, pre-restore and pre-upgrade backups stay.
AUTOMATIC = ("auto", "import", "exit")
DATABASE_ID_KEY = "database_id"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[a-z-]+)(?P<suffix>\.[^.]+)$")
_SQL_TIME = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy stores a DateTime in SQLite


@dataclass(frozen=True)
class BackupFile:
    path: Path
    at: dt.datetime
    reason: str
    size: int
    verified: bool  # written under a temporary name and renamed only after integrity_check said ok


_DAMAGED: tuple[type[BaseException], ...] = (cipher.DatabaseError, MemoryError)


def folder_of(path: Path) -> Path:
    return path.parent / "backups"


def parse_name(name: str, stem: str) -> tuple[dt.datetime, str] | None:
    m = _NAME.match(name)
    if m is None or m["stem"] != stem:
        return None
    return dt.datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S-%f"), m["reason"]


def list_backups(path: Path) -> list[BackupFile]:
    """The verified backups of the database at `path`, newest first."""
    folder = folder_of(path)
    if not folder.is_dir():
        return []
    found: list[BackupFile] = []
    for file in folder.iterdir():
        parsed = parse_name(file.name, path.stem)
        if parsed is None:
            continue
        try:
            size = file.stat().st_size
        except OSError:  # removed meanwhile by another program's rotation
            continue
        found.append(BackupFile(file, parsed[0], parsed[1], size, True))
    return sorted(found, key=lambda b: b.at, reverse=True)


def take(path: Path, reason: str, now: dt.datetime | None = None) -> BackupFile:
    target = backup_sqlite(path, reason, now)
    parsed = parse_name(target.name, path.stem)
    at = parsed[0] if parsed else dt.datetime.now()
    return BackupFile(target, at, reason, target.stat().st_size, True)


def to_keep(times: list[dt.datetime], daily: int, weekly: int, monthly: int) -> set[dt.datetime]:
    """Grandfather-father-son: the newest backup of each of the last `daily` days that have one, of the
    last `weekly` ISO weeks and of the last `monthly` months (plus the newest of all)."""
    keep: set[dt.datetime] = set()
    ordered = sorted(times, reverse=True)
    for count, period in ((daily, lambda t: t.date()), (weekly, lambda t: t.isocalendar()[:2]),
                          (monthly, lambda t: (t.year, t.month))):
        seen: list[object] = []
        for t in ordered:
            key = period(t)
            if key in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(key)
            keep.add(t)
    if ordered:
        keep.add(ordered[0])
    return keep


def rotate(path: Path, daily: int, weekly: int, monthly: int) -> list[Path]:
    """Delete the automatic backups the rotation no longer keeps; returns the files removed."""
    automatic = [b for b in list_backups(path) if b.reason in AUTOMATIC]
    keep = to_keep([b.at for b in automatic], daily, weekly, monthly)
    removed = [b.path for b in automatic if b.at not in keep]
    for file in removed:
        file.unlink(missing_ok=True)
        keyslots.keys_path(file).unlink(missing_ok=True)
    return removed


def copy_to(backup: Path, dest: Path) -> Path:
    """Copy a backup into a folder (keeping its name) or to a file, flushed and verified at the target."""
    target = dest / backup.name if dest.is_dir() else dest
    partial = target.with_name(target.name + ".partial")
    shutil.copyfile(backup, partial)
    fsync_file(partial)
    if integrity_check(partial) != "ok":
        partial.unlink(missing_ok=True)
        raise DatabaseRefused(f"复制到“{target}”后校验失败，目标介质可能有问题，未保留该副本。")
    if keyslots.keys_path(backup).exists():  # the slots go with the copy: it opens wherever it is taken
        shutil.copyfile(keyslots.keys_path(backup), keyslots.keys_path(target))
    os.replace(partial, target)
    return target


def database_id(con: cipher.Connection) -> str | None:
    try:
        row = con.execute("SELECT value FROM setting WHERE key = ? AND year IS NULL", (DATABASE_ID_KEY,)).fetchone()
    except cipher.Error:
        return None
    return str(json.loads(row[0])) if row and row[0] is not None else None


def check_restorable(backup: Path, current: Path) -> None:
    """Refuse (in Chinese, nothing changed) a file that is not a backup of this very database."""
    if not backup.is_file():
        raise DatabaseRefused(f"找不到备份文件“{backup}”。")
    if cipher.is_clear_sqlite(backup):
        raise DatabaseRefused(f"“{backup}”是未加密的文件，不是本程序这个加密数据库的备份，已拒绝恢复，未做任何修改。")
    if cipher.key_for(backup) is None:
        raise DatabaseRefused(f"“{backup}”无法用当前数据库的密钥打开：它是另一个数据库的备份，或不是本程序的备份文件。"
                              "已拒绝恢复，未做任何修改。")
    try:
        src = cipher.open_file(backup)
        cur = cipher.open_file(current)
        try:
            app_id = src.execute("PRAGMA application_id").fetchone()[0]
            result = str(src.execute("PRAGMA integrity_check").fetchone()[0])
            theirs, ours = database_id(src), database_id(cur)
        finally:
            src.close()
            cur.close()
    except cipher.Error as exc:
        raise DatabaseRefused(f"备份文件“{backup}”已损坏或无法读取（{exc}），未做任何修改。") from exc
    if app_id != APPLICATION_ID:
        raise DatabaseRefused(f"“{backup}”不是本程序的数据库备份，已拒绝恢复，未做任何修改。")
    if result != "ok":
        raise DatabaseRefused(f"备份文件“{backup}”已损坏（完整性检查：{result}），已拒绝恢复，未做任何修改。")
    if theirs is not None and ours is not None and theirs != ours:
        raise DatabaseRefused(f"“{backup}”是另一个数据库的备份，不能恢复到当前数据库，已拒绝恢复，未做任何修改。")
    unknown = file_revisions(backup) - migrate.known_revisions()
    if unknown:
        raise DatabaseRefused(f"“{backup}”由更新版本的本程序写入，当前程序无法使用，已拒绝恢复，未做任何修改。"
                              "请先升级程序。")


@dataclass(frozen=True)
class Restored:
    carried: int  # audit entries written after the backup was taken, kept in the restored file


def restore(backup: Path, current: Path, user: str, now: dt.datetime | None = None, *,
            damaged: bool = False, role: str | None = None) -> Restored:
    """Write `backup` over `current` in one transaction, keeping the audit entries written since the backup
    was taken and adding one for the restore. The caller has checked it and backed up `current` first
    (`damaged`: kept byte for byte; the checked copy then replaces the file by a rename)."""
    folder = folder_of(current)
    folder.mkdir(exist_ok=True)
    for stale in folder.glob(".restoring-*.partial"):  # left by a restore that was killed
        stale.unlink(missing_ok=True)
    staging = folder / f".restoring-{uuid.uuid4().hex}.partial"
    try:
        src = cipher.open_file(backup)
        dst = cipher.open_file(staging, like=current, isolation_level=None)
        try:
            src.backup(dst)
        finally:
            src.close()
        try:
            carried, head = _carry_audit(dst, current, backup, user, now or dt.datetime.now(), role)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
        fsync_file(staging)
        result = integrity_check(staging)
        if result != "ok":
            raise DatabaseRefused(f"恢复前准备的副本校验失败（{result}），数据库未做任何修改。")
        if damaged:  # SQLite cannot write into a file it cannot read: the checked copy takes its place
            for side in ("-wal", "-shm"):  # frames of the damaged file must not be applied to the copy
                current.with_name(current.name + side).unlink(missing_ok=True)
            os.replace(staging, current)
        else:
            src = cipher.open_file(staging)
            live = cipher.open_file(current, timeout=10)
            try:
                src.backup(live)  # one transaction on the live file: a crash leaves it as it was
            finally:
                live.close()
                src.close()
        if head is not None:
            audit_chain.write_head(current, head)  # the restore's entry is the newest now
    finally:
        staging.unlink(missing_ok=True)
    return Restored(carried)


def _carry_audit(dst: cipher.Connection, current: Path, backup: Path, user: str,
                 now: dt.datetime, role: str | None = None) -> tuple[int, audit_chain.Head | None]:
    """Append to the staging copy the audit entries the live file has beyond the backup's last one (the
    trail is append-only, so the backup's entries are a prefix of the live file's and the carried entries
    continue its hash chain unchanged), the database id if the backup predates it, and the entry for this
    restore, chained after them. A backup from before the chain existed gets the entries without it: the
    upgrade that follows the restore chains them all. Returns the count and the new chain head (None then).
    Entries that record a role keep it: a backup from before roles were recorded gets the column first
    (its upgrade then finds it there)."""
    live = cipher.open_file(current)
    try:
        has_role = "role" in {r[1] for r in live.execute("PRAGMA table_info(audit_entry)")}
    finally:
        live.close()
    dst_columns = {r[1] for r in dst.execute("PRAGMA table_info(audit_entry)")}
    chained = {"seq", "hash", "result"} <= dst_columns
    with_role = chained and has_role
    if with_role and "role" not in dst_columns:
        dst.execute("ALTER TABLE audit_entry ADD COLUMN role VARCHAR(60)")
    cols = ("at, user, action, object_type, object_id, before, after" + (", result, seq, hash" if chained else "")
            + (", role" if with_role else ""))
    marks = ", ".join("?" * len(cols.split(", ")))
    last = dst.execute("SELECT coalesce(max(id), 0) FROM audit_entry").fetchone()[0]
    live = cipher.open_file(current)
    try:
        rows = live.execute(f"SELECT {cols} FROM audit_entry WHERE id > ? ORDER BY id", (last,)).fetchall()
        our_id = database_id(live)
    except _DAMAGED:  # the live file is damaged: its later entries cannot be read
        rows, our_id = [], None
    finally:
        live.close()
    dst.execute("BEGIN IMMEDIATE")
    dst.executemany(f"INSERT INTO audit_entry ({cols}) VALUES ({marks})", rows)
    if our_id is not None and database_id(dst) is None:
        dst.execute("INSERT INTO setting (key, year, value) VALUES (?, NULL, ?)", (DATABASE_ID_KEY, json.dumps(our_id)))
    after = {"备份文件": backup.name, "保留的后续审计记录": len(rows)}
    at = now.replace(tzinfo=None)
    entry: tuple[object, ...] = (at.strftime(_SQL_TIME), user, "恢复数据库", "数据库", backup.name, None,
                                 json.dumps(after, ensure_ascii=False))
    head: audit_chain.Head | None = None
    if chained:
        row = dst.execute("SELECT seq, hash FROM audit_entry WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1").fetchone()
        previous = audit_chain.Head(int(row[0]), str(row[1])) if row else audit_chain.Head(0, "")
        seq = previous.seq + 1
        role = role if with_role else None
        digest = audit_chain.entry_hash(previous.hash, audit_chain.canonical(
            seq, at, user, "恢复数据库", "数据库", backup.name, audit_chain.OK, None, after, role))
        entry += (audit_chain.OK, seq, digest)
        if with_role:
            entry += (role,)
        head = audit_chain.Head(seq, digest)
    dst.execute(f"INSERT INTO audit_entry ({cols}) VALUES ({marks})", entry)
    dst.execute("COMMIT")
    return len(rows), head
