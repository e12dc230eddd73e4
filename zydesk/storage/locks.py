"""Locks for work that must not interleave between clerks: two imports of the same kind, two recomputations
of the same year's ranking or selection. On a server (PostgreSQL) a transaction-scoped advisory lock per
(kind, key) — the second clerk waits until the first commits or rolls back, then works on what the first
wrote. On SQLite every writer already starts with BEGIN IMMEDIATE, so writers never interleave: nothing to do."""
from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

# the first of the two keys of every lock this module takes ('ZYLK'); the audit chain uses its own single key
NAMESPACE = 0x5A594C4B
IMPORT = "import"
RANKING = "ranking"
SELECTION = "selection"
BONUS = "bonus"
SETTING = "setting"


def lock_name(kind: str, key: object) -> str:
    return f"{kind}:{key}"


def hold(session: Session, kind: str, key: object = "") -> None:
    """Wait for, then hold until the transaction ends, the lock of (kind, key), e.g. ("ranking", 2025)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    session.execute(text("SELECT pg_advisory_xact_lock(:space, hashtext(:name))"),
                    {"space": NAMESPACE, "name": lock_name(kind, key)})
