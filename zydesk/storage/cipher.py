"""The SQLite driver: SQLCipher (sqlcipher3), so the database, its WAL and its backups are encrypted
with the data key (a random 256-bit key; the key slots beside the file wrap it per account). Every
connection this program opens to a database file goes through `connect`, with the key or, for a clear
file of the first version being converted, without one.

The key is given raw (x'…'), so no key derivation runs per connection: the slow derivation is argon2id,
once, when an account's slot is unwrapped at sign-in."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as dbapi

__all__ = ["Connection", "DatabaseError", "Error", "OperationalError", "connect", "dbapi", "forget",
           "is_clear_sqlite", "key_for", "open_file", "remember"]

Connection = dbapi.Connection  # the same interface as sqlite3.Connection
Error = dbapi.Error
DatabaseError = dbapi.DatabaseError
OperationalError = dbapi.OperationalError
KEY_BYTES = 32
DBAPI: Any = dbapi  # the driver module, for SQLAlchemy (create_engine(module=…))


def key_pragma(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("data key must be 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(path: Path | str, key: bytes | None, *, uri: bool = False, **kwargs: Any) -> Connection:
    """A connection to the file at path, keyed (no I/O happens until the first statement: a wrong key
    shows as 'file is not a database' there)."""
    con = dbapi.connect(str(path), uri=uri, **kwargs)
    if key is not None:
        con.execute(key_pragma(key))
    return con


def is_clear_sqlite(path: Path) -> bool:
    """Does the file start with SQLite's clear header (a database of the first version, or another
    program's)? An encrypted file starts with random bytes."""
    try:
        with path.open("rb") as fh:
            return fh.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


# --- the keys this process holds ----------------------------------------------------------------------
# The data key of each database signed in to, by file. A backup, a staging copy or a restored file of that
# database is encrypted with the same key; a file met on disk (a backup listed at the next start) is
# matched to the key that opens it. Clear files (first version, being converted) have none.
_keys: dict[str, bytes] = {}


def _norm(path: Path | str) -> str:
    return str(Path(path).resolve())


def remember(path: Path | str, key: bytes) -> None:
    _keys[_norm(path)] = key


def forget(path: Path | str) -> None:
    _keys.pop(_norm(path), None)


def _opens(path: Path, key: bytes) -> bool:
    try:
        con = connect(path, key)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return True
        finally:
            con.close()
    except Error:
        return False


def key_for(path: Path | str) -> bytes | None:
    """The data key of the file at path: the one remembered for it, else the one of the keys held that
    opens it; None for a clear file, a new file nobody remembered, or a file none of them opens."""
    norm = _norm(path)
    if norm in _keys:
        return _keys[norm]
    p = Path(norm)
    try:
        if not p.exists() or p.stat().st_size == 0 or is_clear_sqlite(p):
            return None
    except OSError:
        return None
    for key in dict.fromkeys(_keys.values()):
        if _opens(p, key):
            _keys[norm] = key
            return key
    return None


def open_file(path: Path | str, *, like: Path | str | None = None, uri_path: str | None = None,
              **kwargs: Any) -> Connection:
    """A connection to the database file at path with its key; `like`: a new file (a backup, a copy) takes
    the key of that file. `uri_path` opens through a `file:` URI (read-only mode) instead of the plain path."""
    key = key_for(like if like is not None else path)
    if like is not None and key is not None:
        remember(path, key)
    if uri_path is not None:
        return connect(uri_path, key, uri=True, **kwargs)
    return connect(path, key, **kwargs)
