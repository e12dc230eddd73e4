"""No leftovers: files written under a temporary name are found and removed at the next start when the
program that wrote them died (killed, power cut), and third-party temporary files stay in the data folder.

- `partial_file(target)`: the caller writes a temporary file beside the target, renamed over it when
  complete. While it is written it is listed in `<data>/partial/` in an entry the writer holds locked; a
  start that can take the lock knows the writer is gone and removes the file and the entry.
- `private_temp()`: while it is active Python's temporary files (openpyxl writes each sheet to one while
  saving) go to `<data>/tmp/<this process>/`, a folder locked the same way and removed when the process
  ends or, after a crash, at the next start.
- `clean_leftovers()`: called at every start (command line and window).
"""
from __future__ import annotations

import atexit
import json
import os
import shutil
import sys
import tempfile
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from zydesk import paths

_lock = threading.Lock()
_session: tuple[Path, IO[bytes]] | None = None


def _try_lock(fh: IO[bytes]) -> bool:
    """Take an exclusive lock on the open file without waiting; False when another process holds it."""
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def _owner_gone(entry: Path) -> bool:
    """True when the process that created entry no longer holds it (the lock is released with the process)."""
    try:
        fh = entry.open("r+b")
    except OSError:  # held open exclusively (Windows) or gone meanwhile
        return False
    try:
        return _try_lock(fh)
    finally:
        fh.close()


def _locked_entry(path: Path, content: bytes) -> IO[bytes]:
    fh = path.open("w+b")
    fh.write(content or b" ")  # Windows locks bytes: there must be one
    fh.flush()
    _try_lock(fh)
    return fh


def partial_dir() -> Path:
    folder = paths.user_data_dir() / "partial"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def temp_root() -> Path:
    folder = paths.user_data_dir() / "tmp"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def output_target(path: str | Path, suffix: str | None = None, what: str = "文件") -> Path:
    """The file a clerk asked to write, checked before any work: the ending it must have (`what` names the
    kind of file in the message) and a folder that exists. A UserError in Chinese otherwise."""
    from zydesk.errors import UserError

    target = Path(path)
    if suffix is not None and target.suffix.lower() != suffix:
        raise UserError(f"{what}应以 {suffix} 结尾：{target.name}")
    if not target.parent.is_dir():
        raise UserError(f"文件夹不存在：{target.parent}")
    return target


@contextmanager
def partial_file(target: Path) -> Iterator[Path]:
    """A temporary path beside target; renamed over target when the block ends normally, removed otherwise."""
    key = uuid.uuid4().hex
    tmp = target.with_name(f".{target.name}.{key}.tmp")
    entry = partial_dir() / f"{key}.json"
    fh = _locked_entry(entry, json.dumps({"file": str(tmp)}, ensure_ascii=False).encode("utf-8"))
    try:
        yield tmp
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
        fh.close()
        entry.unlink(missing_ok=True)


def _session_dir() -> Path:
    global _session
    with _lock:
        if _session is not None and _session[0].parent != temp_root():
            _end_session()  # the data folder moved (tests give each its own): a session folder in the new one
        if _session is None:
            folder = temp_root() / f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
            fh = _locked_entry(folder.with_name(folder.name + ".lock"), b"1")  # the lock first, then the folder
            folder.mkdir()
            _session = (folder, fh)
            atexit.register(_end_session)
        return _session[0]


def _end_session() -> None:
    global _session
    if _session is not None:
        folder, fh = _session
        shutil.rmtree(folder, ignore_errors=True)
        fh.close()
        folder.with_name(folder.name + ".lock").unlink(missing_ok=True)
        _session = None


@contextmanager
def private_temp() -> Iterator[Path]:
    """Python's temporary files go to this process's folder in the data folder meanwhile."""
    folder = _session_dir()
    before = tempfile.tempdir
    tempfile.tempdir = str(folder)
    try:
        yield folder
    finally:
        tempfile.tempdir = before


def clean_leftovers() -> list[Path]:
    """Remove what dead writers left: partial files beside their targets, temporary folders. What was
    removed; nothing when the data folder cannot be read (the start goes on: this is housekeeping)."""
    try:
        return _clean()
    except OSError:
        return []


def _clean() -> list[Path]:
    removed: list[Path] = []
    for entry in sorted(partial_dir().glob("*.json")):
        if not _owner_gone(entry):
            continue
        try:
            left = Path(json.loads(entry.read_text("utf-8"))["file"])
        except (OSError, ValueError, KeyError, TypeError):
            left = None
        if left is not None and left.name.endswith(".tmp") and left.exists():
            left.unlink(missing_ok=True)
            removed.append(left)
        entry.unlink(missing_ok=True)
    own = _session[0] if _session is not None else None
    root = temp_root()
    for lock in sorted(root.glob("*.lock")):
        folder = lock.with_suffix("")
        if folder == own or not _owner_gone(lock):
            continue
        if folder.exists():
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
        lock.unlink(missing_ok=True)
    for folder in root.iterdir():  # a folder whose lock file never got written
        if folder.is_dir() and folder != own and not folder.with_name(folder.name + ".lock").exists():
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


__all__ = ["clean_leftovers", "partial_file", "private_temp"]
