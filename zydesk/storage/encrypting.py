"""Turning a clear SQLite file of the first version into an encrypted one, file by file, so that a kill at
any moment leaves either the clear original intact or the finished encrypted state.

The steps (services/security/conversion.py runs them): a marker `<db>-converting` names the new database
id; the key slots go to `<db>.converting.keys`; the clear file (its WAL folded in first) is exported with
`sqlcipher_export` into `<db>.converting`, checked (integrity, rows per table), upgraded and given its
administrator; then the swap: the slots take their final name, the clear file gets a second name
(`<db>.clear-old`, a hard link) and the encrypted copy is renamed over it in one step; the clear bytes are
then overwritten and unlinked, and the clear backups in backups/ re-encrypted the same way (their history is
kept). The next start finds the marker and either undoes a conversion that had not swapped yet (the clear
file is still there) or finishes the clean-up of one that had (`recover_interrupted`).

Overwriting is done where the file system lets a program reach the bytes: a file's own blocks, rewritten
with zeros and flushed before it is unlinked. What an SSD or a copy-on-write file system keeps elsewhere is
beyond a program's reach."""
from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from zydesk.storage import audit_chain, cipher, keyslots

MARKER_SUFFIX = "-converting"
STAGING_SUFFIX = ".converting"
OLD_SUFFIX = ".clear-old"
ENCRYPTING_SUFFIX = ".encrypting"
CHUNK = 1 << 20


def between(step: str) -> None:
    """Called between the steps (a test puts a kill here)."""


@dataclass
class Cleaned:
    reencrypted: list[Path] = field(default_factory=list)  # clear backups now encrypted with the data key
    removed: list[Path] = field(default_factory=list)  # clear leftovers overwritten and removed


# --- names -------------------------------------------------------------------------------------------

def marker_path(path: Path) -> Path:
    return path.with_name(path.name + MARKER_SUFFIX)


def staging_path(path: Path) -> Path:
    return path.with_name(path.name + STAGING_SUFFIX)


def old_path(path: Path) -> Path:
    return path.with_name(path.name + OLD_SUFFIX)


def _side(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


# --- overwriting -------------------------------------------------------------------------------------

def _fsync_dir(folder: Path) -> None:
    if hasattr(os, "O_DIRECTORY"):
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def shred(path: Path) -> bool:
    """Overwrite the file's bytes with zeros, flush them, unlink it. A file that has another name (a hard
    link still in use) is only unlinked: its bytes belong to that name. False when there was no file."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return False
    if st.st_nlink <= 1 and st.st_size > 0:
        zeros = bytes(CHUNK)
        with open(path, "r+b") as fh:
            left = st.st_size
            while left > 0:
                n = min(left, CHUNK)
                fh.write(zeros[:n])
                left -= n
            fh.flush()
            os.fsync(fh.fileno())
    path.unlink(missing_ok=True)
    return True


def _second_name(path: Path, side: Path) -> bool:
    """Give the file a second name (hard link), so its clear bytes can be overwritten after its first name
    points to the encrypted file. False where links are not possible (then the file is renamed instead)."""
    side.unlink(missing_ok=True)
    try:
        os.link(path, side)
        return True
    except OSError:
        return False


# --- the clear file ------------------------------------------------------------------------------------

def table_counts(con: cipher.Connection, schema: str = "main") -> dict[str, int]:
    names = [r[0] for r in con.execute(f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%'")]
    return {n: int(con.execute(f'SELECT count(*) FROM {schema}."{n}"').fetchone()[0]) for n in names}


def fold_wal(path: Path) -> None:
    """Bring a clear file's WAL into the file and leave it in rollback-journal mode (no -wal/-shm beside
    it); the WAL's clear bytes are overwritten once SQLite has let go of them."""
    wal, shm = _side(path, "-wal"), _side(path, "-shm")
    kept = _side(wal, OLD_SUFFIX)
    linked = wal.exists() and wal.stat().st_size > 0 and _second_name(wal, kept)
    con = cipher.connect(path, None, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode = DELETE")
    finally:
        con.close()
    if linked:
        shred(kept)
    if not wal.exists():
        shred(shm)


def check_clear(path: Path) -> dict[str, int]:
    """integrity_check of the clear file, and its rows per table; DatabaseError when it is not sound."""
    con = cipher.connect(path, None, isolation_level=None)
    try:
        result = str(con.execute("PRAGMA integrity_check").fetchone()[0])
        if result != "ok":
            raise ClearFileDamaged(result)
        return table_counts(con)
    finally:
        con.close()


class ClearFileDamaged(Exception):
    """The clear file fails its integrity check: it is not converted."""


class CopyMismatch(Exception):
    """The encrypted copy does not hold what the clear file holds: nothing is swapped."""


def export(clear: Path, target: Path, key: bytes) -> dict[str, int]:
    """An encrypted copy of the clear file at target (sqlcipher_export), its application id and user
    version carried over, verified: integrity_check ok and the same number of rows in every table."""
    for stale in (target, _side(target, "-wal"), _side(target, "-shm"), _side(target, "-journal")):
        stale.unlink(missing_ok=True)
    con = cipher.connect(clear, None, isolation_level=None)
    try:
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        version = con.execute("PRAGMA user_version").fetchone()[0]
        con.execute(f"ATTACH DATABASE ? AS enc KEY \"x'{key.hex()}'\"", (str(target),))
        try:
            con.execute("BEGIN IMMEDIATE")  # no writer changes the clear file while it is copied
            try:
                before = table_counts(con)
                con.execute("SELECT sqlcipher_export('enc')")
                con.execute(f"PRAGMA enc.application_id = {int(app_id)}")
                con.execute(f"PRAGMA enc.user_version = {int(version)}")
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
        finally:
            con.execute("DETACH DATABASE enc")
    finally:
        con.close()
    verify(target, key, before, exact=True)
    return before


def verify(target: Path, key: bytes, counts: dict[str, int], *, exact: bool) -> None:
    """The encrypted file opens with the key, passes integrity_check and has the rows (exactly, or at
    least as many: an upgrade adds entries, never loses rows)."""
    con = cipher.connect(target, key, isolation_level=None)
    try:
        result = str(con.execute("PRAGMA integrity_check").fetchone()[0])
        if result != "ok":
            raise CopyMismatch(f"integrity_check: {result}")
        got = table_counts(con)
    finally:
        con.close()
    for table, n in counts.items():
        have = got.get(table)
        if have is None or (have != n if exact else have < n):
            raise CopyMismatch(f"{table}: {n} → {have}")


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# --- the marker ----------------------------------------------------------------------------------------

def begin(path: Path, database_id: str) -> None:
    marker = marker_path(path)
    tmp = _side(marker, ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump({"database_id": database_id}, fh)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, marker)


def _marker_id(path: Path) -> str | None:
    try:
        return str(json.loads(marker_path(path).read_text("utf-8"))["database_id"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def finish(path: Path) -> None:
    marker_path(path).unlink(missing_ok=True)
    _fsync_dir(path.parent)


# --- the swap ------------------------------------------------------------------------------------------

def swap_in(path: Path) -> None:
    """The encrypted copy (and its key slots and audit head) take the place of the clear file. Before the
    rename of the database itself the clear file is untouched; after it the database is encrypted."""
    staging = staging_path(path)
    fsync_file(staging)
    os.replace(keyslots.keys_path(staging), keyslots.keys_path(path))
    between("slots in place")
    old = old_path(path)
    if not _second_name(path, old):
        os.replace(path, old)  # no links here: for a moment there is no file by the name (recover puts it back)
    between("second name")
    os.replace(staging, path)
    _fsync_dir(path.parent)
    between("swapped")
    _move_head(path)


def _move_head(path: Path) -> None:
    staged = audit_chain.head_path(staging_path(path))
    if staged.exists():
        os.replace(staged, audit_chain.head_path(path))


# --- the clear leftovers ---------------------------------------------------------------------------------

def clear_backups(path: Path) -> list[Path]:
    from zydesk.storage.backups import folder_of, list_backups

    found = [b.path for b in list_backups(path) if cipher.is_clear_sqlite(b.path)]
    folder = folder_of(path)
    if folder.is_dir():  # copies a killed backup left (never listed) and the raw copies of 检查数据库
        found += [p for p in folder.glob(f"{path.stem}-*.partial*") if p.is_file()]
        checks = folder / "checks"
        if checks.is_dir():
            found += [p for p in checks.iterdir() if p.is_file() and p.name.startswith(path.stem)]
    return found


def encrypt_in_place(file: Path, key: bytes) -> None:
    """A clear backup encrypted with the data key under the same name (verified before the swap); the clear
    bytes overwritten."""
    enc = _side(file, ENCRYPTING_SUFFIX)
    export(file, enc, key)
    fsync_file(enc)
    old = _side(file, OLD_SUFFIX)
    if not _second_name(file, old):
        os.replace(file, old)
    os.replace(enc, file)
    shred(old)


def _put_back_or_shred(old: Path) -> None:
    """A `.clear-old` name: the clear bytes of a file that is encrypted now (overwrite them), or of one whose
    swap never happened (the same file still, or its only name: put back)."""
    live = old.with_name(old.name[: -len(OLD_SUFFIX)])
    if not live.exists():
        os.replace(old, live)
    elif os.path.samefile(old, live):
        old.unlink()
    else:
        shred(old)


def clean_leftovers(path: Path, key: bytes) -> Cleaned:
    """After the swap: the clear file's bytes, its -wal/-shm, the copy of a killed export, and every clear
    backup beside it. Clear backups are re-encrypted (kept); partial copies and the raw copies of
    检查数据库 are overwritten and removed. Safe to run again (recover_interrupted does)."""
    done = Cleaned()
    from zydesk.storage.backups import folder_of
    from zydesk.storage.recovery import copy_key_slots

    wal_old = _side(_side(path, "-wal"), OLD_SUFFIX)  # a clear WAL kept by fold_wal: never put back
    if shred(wal_old):
        done.removed.append(wal_old)
    for folder in (path.parent, folder_of(path), folder_of(path) / "checks"):
        if folder.is_dir():
            for old in folder.glob(f"{path.stem}*{OLD_SUFFIX}"):
                _put_back_or_shred(old)
    staging = staging_path(path)
    for stale in (staging, _side(staging, "-wal"), _side(staging, "-shm"), _side(staging, "-journal"),
                  keyslots.keys_path(staging), audit_chain.head_path(staging)):
        if shred(stale):
            done.removed.append(stale)
    if folder_of(path).is_dir():
        for enc in folder_of(path).glob(f"*{ENCRYPTING_SUFFIX}"):
            shred(enc)
    for file in clear_backups(path):
        if ".partial" not in file.name and file.parent == folder_of(path):
            encrypt_in_place(file, key)
            copy_key_slots(path, file)  # as every backup: its slots beside it
            done.reencrypted.append(file)
        else:
            shred(file)
            with contextlib.suppress(OSError):
                shred(_side(file, "-wal"))
            done.removed.append(file)
        between("backup")
    return done


# --- an interrupted conversion -----------------------------------------------------------------------------

def recover_interrupted(path: Path) -> str | None:
    """At the start, before anything opens the file. "undone": the conversion had not swapped; the clear file
    is as before and what it had written is gone. "swapped": the encrypted file is in place; its slots and
    audit head are put beside it (the clear leftovers are cleaned by `clean_leftovers` once the key is
    known). None: no conversion was under way."""
    marker = marker_path(path)
    if not marker.exists():
        return None
    old = old_path(path)
    if not path.exists() and old.exists():
        os.replace(old, path)  # renamed aside, killed before the encrypted copy took its name
    if cipher.is_clear_sqlite(path):
        ours = _marker_id(path)
        keys = keyslots.keys_path(path)
        with contextlib.suppress(OSError, keyslots.KeyFileDamaged):
            if keys.exists() and keyslots.load(path).database_id == ours:
                keys.unlink()
        if old.exists():
            _put_back_or_shred(old)
        staging = staging_path(path)
        for stale in (staging, _side(staging, "-wal"), _side(staging, "-shm"), _side(staging, "-journal"),
                      keyslots.keys_path(staging), audit_chain.head_path(staging)):
            shred(stale)
        marker.unlink(missing_ok=True)
        return "undone"
    staged_keys = keyslots.keys_path(staging_path(path))
    if staged_keys.exists() and not keyslots.keys_path(path).exists():
        os.replace(staged_keys, keyslots.keys_path(path))
    _move_head(path)
    return "swapped"
