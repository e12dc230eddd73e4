"""Optimistic locking in words a clerk acts on: who changed the record since it was read, and when."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from zydesk.errors import UserError
from zydesk.services.handle import Database
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
