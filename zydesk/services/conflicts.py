"""Optimistic locking in words a clerk acts on: who changed the record since it was read, and when."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from zydesk.errors import UserError
from zydesk.services.handle import Database
from zydesk.storage.base import Versioned
from zydesk.storage.models import AuditEntry


class EditConflict(UserError):
    """Someone else saved the record after this form read it: nothing was written."""


def conflict_in(session: Session, object_type: str, object_id: int) -> EditConflict:
    last = session.execute(select(AuditEntry.user, AuditEntry.at)
                           .where(AuditEntry.object_type == object_type, AuditEntry.object_id == str(object_id))
                           .order_by(AuditEntry.seq.desc().nulls_last()).limit(1)).first()
    if last is None:
        return EditConflict("该记录已被他人修改，请刷新后再改。")
    return EditConflict(f"该记录已被 {last.user} 于 {last.at:%H:%M} 修改，请刷新后再改。")


def conflict(db: Database, object_type: str, object_id: int) -> EditConflict:
    with db.read(need=None) as s:
        return conflict_in(s, object_type, object_id)


def check_version(session: Session, row: Versioned, version: int | None, object_id: int) -> None:
    """Refuse (EditConflict) when the form read `version` and the record has moved on since; None: no check
    (a new record, or a caller without a form)."""
    if version is not None and row.version != version:
        raise conflict_in(session, type(row).__name__, object_id)


@contextmanager
def stale_as_conflict(db: Database, object_type: str, object_id: int | None) -> Iterator[None]:
    """A record changed between this save's read and its write (the version check at UPDATE): the same
    refusal as an older form's, naming who and when."""
    try:
        yield
    except StaleDataError:
        if object_id is None:
            raise
        raise conflict(db, object_type, object_id) from None


def version_of(db: Database, model: type[Versioned], record_id: int) -> int | None:
    """The record's version as a form reads it before editing (None: no such record)."""
    table = model.__table__  # type: ignore[attr-defined]  # every Versioned class is a mapped Base subclass
    with db.read() as s:
        found = s.execute(select(table.c.version).where(table.c.id == record_id)).scalar()
        return None if found is None else int(found)
