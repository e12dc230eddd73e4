"""Backups before an upgrade, and the recovery of an upgrade that never finished.

An upgrade runs in one transaction, so a crash or power cut normally leaves the file exactly as
before. As a second line a marker file (`<db>-migrating`) names the verified backup and the state
before the upgrade; the next start finds the marker, checks the file, and restores the backup when
the file is neither the old nor a completed new state.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
import time
import shutil
from zydesk.storage import cipher
from collections.abc import Callable
from pathlib import Path
from typing import Any

from zydesk.storage.engine import DatabaseRefused, connect_plain, file_revisions

log = logging.getLogger(__name__)


_UNREADABLE: tuple[type[BaseException], ...] = (cipher.Error, DatabaseRefused)


def marker_path(path: Path) -> Path:
    return path.with_name(path.name + "-migrating")


def schema_digest(con: Any) -> str:
    """A fingerprint of the schema (every table, index and their SQL)."""
    rows = con.execute("SELECT type, name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name").fetchall()
    return hashlib.sha256(json.dumps(rows, ensure_ascii=False).encode("utf-8")).hexdigest()


def write_marker(path: Path, backup: Path | None, before: set[str], schema: str) -> None:
    data = {"backup": str(backup) if backup else None, "before": sorted(before), "schema": schema}
    tmp = marker_path(path).with_name(marker_path(path).name + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, marker_path(path))


def read_marker(path: Path) -> dict[str, Any] | None:
    marker = marker_path(path)
    if not marker.exists():
        return None
    try:
        data: dict[str, Any] = json.loads(marker.read_text("utf-8"))
        return data
    except (OSError, ValueError):
        return {"backup": None, "before": None, "schema": None}  # torn marker: decide from the file alone


def clear_marker(path: Path) -> None:
    marker_path(path).unlink(missing_ok=True)


def _integrity_ok(con: cipher.Connection) -> bool:
    return bool(con.execute("PRAGMA integrity_check").fetchone()[0] == "ok")


def is_as_before(path: Path, before: set[str]) -> bool:
    """The file is intact and shows the state before the upgrade (revisions and, if known, schema)."""
    marker = read_marker(path) or {}
    try:
        con = connect_plain(path)
        try:
            same_schema = marker.get("schema") in (None, schema_digest(con))
            return _integrity_ok(con) and same_schema and file_revisions(path) == before
        finally:
            con.close()
    except _UNREADABLE:
        return False


def recover_interrupted(path: Path, known: Callable[[], set[str]], wait_ms: int) -> None:
    """Called at every start before the file is opened for writing; cheap when there is no marker.
    With a marker it first waits for the write lock, so an upgrade still running elsewhere finishes
    (and removes its marker) before this program judges the file."""
    if not marker_path(path).exists():
        return
    lock = cipher.open_file(path, isolation_level=None, timeout=wait_ms / 1000)
    try:
        lock.execute("BEGIN IMMEDIATE")
        marker = read_marker(path)
        if marker is None:  # the other program finished meanwhile
            return
        if _consistent(path, marker, known):
            clear_marker(path)
            return
    finally:
        lock.close()
    backup = Path(marker["backup"]) if marker.get("backup") else None
    if backup is None and marker.get("before"):  # there was data but no backup is named: never guess
        raise DatabaseRefused(f"数据库“{path}”上次升级未完成且找不到升级前备份，为防止数据丢失已拒绝打开。"
                              f"请联系技术人员，并保留 {path.parent / 'backups'} 文件夹。")
    log.warning("上次升级未完成，恢复升级前状态：%s", backup or "空数据库")
    restore(backup, path)
    clear_marker(path)


def _consistent(path: Path, marker: dict[str, Any], known: Callable[[], set[str]]) -> bool:
    """Intact, and either untouched (revisions and schema as before) or a finished upgrade."""
    before = set(marker["before"]) if marker.get("before") is not None else None
    try:
        con = connect_plain(path)
        try:
            intact = _integrity_ok(con)
            schema = schema_digest(con)
        finally:
            con.close()
        now = file_revisions(path)
    except _UNREADABLE:
        return False
    untouched = before is not None and now == before and marker.get("schema") == schema
    finished = before is not None and now != before and bool(now) and now <= known()
    return intact and (untouched or finished)


def integrity_check(target: Path) -> str:
    """PRAGMA integrity_check of a file: "ok" or the first problem."""
    con = cipher.open_file(target)
    try:
        return str(con.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        con.close()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def content_digest(path: Path) -> str:
    """A fingerprint of what the file holds (schema and rows), the same for two encrypted copies of the
    same data (their bytes differ: every page has its own random IV)."""
    digest = hashlib.sha256()
    con = cipher.open_file(path)
    try:
        objects = con.execute("SELECT type, name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name").fetchall()
        digest.update(repr(objects).encode("utf-8"))
        for kind, name, _sql in objects:
            if kind == "table" and not name.startswith("sqlite_"):
                for row in con.execute(f'SELECT * FROM "{name}"'):
                    digest.update(repr(row).encode("utf-8"))
        for pragma in ("application_id", "user_version"):
            digest.update(repr(con.execute(f"PRAGMA {pragma}").fetchone()).encode("utf-8"))
    finally:
        con.close()
    return digest.hexdigest()


def _same_content(a: Path, b: Path) -> bool:
    try:
        if a.stat().st_size != b.stat().st_size:
            return False
        if _sha256(a) == _sha256(b):
            return True
        return content_digest(a) == content_digest(b)
    except (OSError, cipher.Error):  # `a` rotated away by another program meanwhile: not the same
        return False


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _abandoned(partial: Path) -> bool:
    """A partial copy whose writer is gone: its name ends with the writer's process id (an older name
    without one is always abandoned). Elsewhere than POSIX the unlink itself fails while it is written."""
    pid = partial.name.rpartition(".partial-")[2]
    if not pid.isdigit():
        return True
    if os.name != "posix" or int(pid) == os.getpid():
        return True
    try:
        os.kill(int(pid), 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


def _copy_with_retries(path: Path, partial: Path, attempts: int = 5) -> None:
    """The backup API into `partial`. Another program writing the same file at that moment can make SQLCipher's
    copy fail with a transient I/O error: the copy starts again from scratch, a few times, before giving up."""
    for attempt in range(1, attempts + 1):
        src = cipher.open_file(path)
        dst = cipher.open_file(partial, like=path)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
            return
        except cipher.OperationalError:
            if attempt == attempts:
                raise
        finally:
            dst.close()
            src.close()
        partial.unlink(missing_ok=True)
        time.sleep(0.1 * attempt)


def backup_sqlite(path: Path, reason: str, now: dt.datetime | None = None) -> Path:
    """Copy with the SQLite backup API (consistent even in WAL mode), flush it to disk and verify the copy.
    Written under a temporary name and renamed when verified; an identical copy of the newest backup is not
    kept twice. `now` names the file (the rotation reads the time back from the name)."""
    folder = path.parent / "backups"
    folder.mkdir(exist_ok=True)
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    suffix = path.suffix or ".sqlite"
    target = folder / f"{path.stem}-{stamp}-{reason}{suffix}"
    partial = target.with_name(f"{target.name}.partial-{os.getpid()}")
    for stale in folder.glob(f"{path.stem}-*-{reason}{suffix}*.partial*"):  # left by a killed earlier backup
        if _abandoned(stale):
            with contextlib.suppress(OSError):  # (Windows: a file another program still writes stays)
                stale.unlink(missing_ok=True)
    _copy_with_retries(path, partial)
    fsync_file(partial)
    result = integrity_check(partial)
    if result != "ok":
        partial.unlink(missing_ok=True)
        raise DatabaseRefused(f"备份校验失败（integrity_check: {result}），未做任何修改。")
    earlier = sorted(folder.glob(f"{path.stem}-*-{reason}{suffix}"))
    if earlier and _same_content(earlier[-1], partial):
        partial.unlink()
        copy_key_slots(path, earlier[-1])
        return earlier[-1]
    copy_key_slots(path, target)  # first: a backup in the folder can always be opened
    os.replace(partial, target)
    if hasattr(os, "O_DIRECTORY"):  # the rename itself survives a power cut (POSIX; NTFS journals it)
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    return target


def copy_key_slots(path: Path, backup: Path) -> None:
    """The key slots of the database (`<db>.keys`) beside its backup (`<backup>.keys`): the backup is
    encrypted with the data key, and the slots as they were then open it even if the database's own slot
    file is lost. The slots hold no personal data; a clear file (being converted) has none."""
    from zydesk.storage import keyslots

    source, target = keyslots.keys_path(path), keyslots.keys_path(backup)
    if not source.exists():
        return
    tmp = target.with_name(f"{target.name}.partial-{os.getpid()}")
    shutil.copyfile(source, tmp)
    fsync_file(tmp)
    os.replace(tmp, target)


def restore(backup: Path | None, path: Path) -> None:
    """Write the verified backup (or, with None, an empty database) over `path` through SQLite, so the
    copy is itself one transaction and the file's journal stays consistent."""
    if backup is not None:
        result = integrity_check(backup)
        if result != "ok":
            raise DatabaseRefused(f"升级前备份“{backup}”已损坏（{result}），无法自动恢复。请联系技术人员。")
    src = cipher.open_file(backup) if backup is not None else cipher.connect(":memory:", cipher.key_for(path))
    dst = cipher.open_file(path)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
