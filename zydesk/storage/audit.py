"""The audit trail: every ORM change flushed inside a unit of work is recorded with before/after values.

Bulk writes that bypass the ORM (imports) record their own summary entry through UnitOfWork.audit() and
write their bulk rows with `insert_entries(session, rows)`. Every entry is masked (ID numbers) and
stamped with its sequence number and chain hash as it is inserted (audit_chain.py); after a commit that
added entries the chain head is written beside the database file.
"""
from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, event, inspect
from sqlalchemy.orm import Mapper, Session, SessionTransaction, object_session

from zydesk.storage import lengths as _lengths  # noqa: F401  refuses over-long text before each flush
from zydesk.storage.audit_chain import OK, Chain, head_path, insert_encoded, last_entry, write_head
from zydesk.storage.base import Base
from zydesk.storage.models import AuditEntry

_CHAIN = "audit_chain"


def plain(value: Any) -> Any:
    """A JSON-safe form of a column value."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    return value


VERSION = "version"  # optimistic-locking counters are bookkeeping, not content: never audited or undone
# Secrets: the trail says that they changed, never what they are (a password hash read from an exported trail
# could be guessed at offline).
SECRETS = frozenset({"password_hash"})
SECRET_MARK = "（不记录）"


def _value(key: str, value: Any) -> Any:
    return SECRET_MARK if key in SECRETS and value is not None else plain(value)


def snapshot(obj: Base) -> dict[str, Any]:
    state = inspect(obj)
    return {attr.key: _value(attr.key, state.attrs[attr.key].value) for attr in state.mapper.column_attrs
            if attr.key != VERSION}


def _changes(obj: Base) -> tuple[dict[str, Any], dict[str, Any]]:
    state = inspect(obj)
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        if attr.key == VERSION:
            continue
        hist = state.attrs[attr.key].history
        if hist.has_changes():
            before[attr.key] = _value(attr.key, hist.deleted[0]) if hist.deleted else None
            after[attr.key] = _value(attr.key, hist.added[0]) if hist.added else None
    return before, after


def _object_id(obj: Base) -> str | None:
    ident = inspect(obj).identity
    return ",".join(str(x) for x in ident) if ident else None


@event.listens_for(Session, "before_flush")
def _record(session: Session, _ctx: object, _instances: object) -> None:
    uow = session.info.get("uow")
    if uow is None:
        return
    now = dt.datetime.now()
    pending: list[AuditEntry] = []
    for obj in session.dirty:
        if isinstance(obj, AuditEntry) or not session.is_modified(obj, include_collections=False):
            continue
        before, after = _changes(obj)
        if after:
            pending.append(AuditEntry(at=now, user=uow.user, role=uow.role, action=uow.action, object_type=type(obj).__name__,
                                      object_id=_object_id(obj), before=before, after=after))
    for obj in session.deleted:
        if isinstance(obj, AuditEntry):
            raise PermissionError("审计记录不可删除")
        pending.append(AuditEntry(at=now, user=uow.user, role=uow.role, action=uow.action, object_type=type(obj).__name__,
                                  object_id=_object_id(obj), before=snapshot(obj), after=None))
    # New objects get their ids only at flush: record them after it.
    uow.new_objects.extend(o for o in session.new if not isinstance(o, AuditEntry))
    session.add_all(pending)


@event.listens_for(Session, "after_flush_postexec")
def _record_new(session: Session, _ctx: object) -> None:
    uow = session.info.get("uow")
    if uow is None or not uow.new_objects:
        return
    now = dt.datetime.now()
    objs, uow.new_objects = uow.new_objects, []
    session.add_all(
        AuditEntry(at=now, user=uow.user, role=uow.role, action=uow.action, object_type=type(o).__name__,
                   object_id=_object_id(o), before=None, after=snapshot(o))
        for o in objs
    )


def chain_for(session: Session) -> Chain:
    """The chain state of the session's transaction; read from the newest entry on first use. A write
    transaction holds the lock, so no other program adds entries in between."""
    chain = session.info.get(_CHAIN)
    if chain is None:
        chain = session.info[_CHAIN] = Chain(last_entry(session.connection()))
    assert isinstance(chain, Chain)
    return chain


def insert_entries(session: Session, rows: Iterable[dict[str, Any]]) -> None:
    """Bulk entries (dicts of the audit_entry columns), masked, chained after what the session has written.
    A row of the acting account that names no role gets the unit of work's."""
    session.flush()  # entries added before these take their places in the chain first
    uow = session.info.get("uow")
    if uow is not None and uow.role is not None:
        rows = (_with_role(r, uow.user, uow.role) for r in rows)
    insert_encoded(session.connection(), chain_for(session).encoded_rows(rows))


def _with_role(row: dict[str, Any], user: str, role: str) -> dict[str, Any]:
    if row.get("role") is None and row.get("user") == user:
        row["role"] = role
    return row


@event.listens_for(AuditEntry, "before_insert")
def _stamp(_mapper: Mapper[AuditEntry], connection: Connection, entry: AuditEntry) -> None:
    session = object_session(entry)
    chain = session.info.get(_CHAIN) if session is not None else None
    if chain is None:
        chain = Chain(last_entry(connection))
        if session is not None:
            session.info[_CHAIN] = chain
    if not entry.result:  # the column default is applied only at the INSERT: the hash needs it now
        entry.result = OK
    uow = session.info.get("uow") if session is not None else None
    if entry.role is None and uow is not None and uow.role is not None and entry.user == uow.user:
        entry.role = uow.role  # an entry of the acting account made without naming its role
    before, after, entry.seq, entry.hash = chain.stamp(entry.at, entry.user, entry.action, entry.object_type,
                                                       entry.object_id, entry.result, entry.before, entry.after,
                                                       entry.role)
    if before is not entry.before or after is not entry.after:
        entry.before, entry.after = before, after


@event.listens_for(Session, "after_commit")
def _write_head(session: Session) -> None:
    chain = session.info.get(_CHAIN)
    if not isinstance(chain, Chain) or not chain.added:
        return
    bind = session.get_bind()
    name = (bind.engine if isinstance(bind, Connection) else bind).url.database
    if bind.dialect.name == "sqlite" and name and name != ":memory:" and not name.startswith("file:"):
        if chain.head.seq > chain.added and not head_path(Path(name)).exists():
            return  # the head file of a trail with earlier entries is gone: not recreated, verify reports it
        write_head(Path(name), chain.head)


@event.listens_for(Session, "after_transaction_end")
def _forget_chain(session: Session, transaction: SessionTransaction) -> None:
    # Read again next time: a rolled-back savepoint or transaction takes its entries with it. (A flush's
    # own inner transaction ends here too: it changes nothing about the chain.)
    if transaction.nested or transaction.parent is None:
        session.info.pop(_CHAIN, None)
