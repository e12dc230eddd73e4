"""The SQLite driver: SQLCipher (sqlcipher3), so the database, its WAL and its backups are encrypted
with the data key (a random 256-bit key; the key slots beside the file wrap it per account). Every
connection this program opens to a database file goes through `connect`, with the key or, for a clear
file of the first version being converted, without one.

The key is given raw (x'…'), so no key derivation runs per connection: the slow derivation is argon2id,
once, when an account's slot is unwrapped at sign-in."""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as dbapi

Connection = Any  # sqlcipher3's connection (the same interface as sqlite3.Connection)
Error: tuple[type[Exception], ...] = (dbapi.Error, sqlite3.Error)
DatabaseError: tuple[type[Exception], ...] = (dbapi.DatabaseError, sqlite3.DatabaseError)
OperationalError: tuple[type[Exception], ...] = (dbapi.OperationalError, sqlite3.OperationalError)
KEY_BYTES = 32


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
