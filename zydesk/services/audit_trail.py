"""Reading and checking the audit trail (审计管理员); recording that a clerk saw whole ID numbers, printed a
document or exported a file."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from zydesk.core.security.roles import Permission
from zydesk.storage.audit_chain import Verdict
from zydesk.storage.audit_chain import verify as verify_chain
from zydesk.storage.engine import sqlite_path
from zydesk.storage.models import AuditEntry
from zydesk.storage.uow import Database

FULL_IDS_ACTION = "查看完整身份证号"


@dataclass(frozen=True)
class Entry:
    seq: int | None
    at: dt.datetime
    user: str
    action: str
    object_type: str
    object_id: str | None
    result: str
    before: Any
    after: Any

    def as_json(self) -> dict[str, Any]:
        return {"seq": self.seq, "at": self.at.isoformat(timespec="seconds"), "user": self.user,
                "action": self.action, "object_type": self.object_type, "object_id": self.object_id,
                "result": self.result, "before": self.before, "after": self.after}


def entries(session: Session, since: dt.date | None = None, user: str | None = None,
            action: str | None = None) -> list[Entry]:
    """Entries in the order they were written, optionally from a day on, of one user, of one action."""
    stmt = select(AuditEntry.seq, AuditEntry.at, AuditEntry.user, AuditEntry.action, AuditEntry.object_type,
                  AuditEntry.object_id, AuditEntry.result, AuditEntry.before, AuditEntry.after) \
        .order_by(AuditEntry.seq, AuditEntry.id)
    if since is not None:
        stmt = stmt.where(AuditEntry.at >= dt.datetime.combine(since, dt.time()))
    if user:
        stmt = stmt.where(AuditEntry.user == user)
    if action:
        stmt = stmt.where(AuditEntry.action == action)
    return [Entry(*row) for row in session.execute(stmt)]


def verify(db: Database) -> Verdict:
    """Check the whole chain and its head file."""
    db.require(Permission.AUDIT_READ)
    with db.engine.connect() as conn:
        return verify_chain(conn, sqlite_path(db.url))


def record_full_ids(db: Database, what: str, count: int, object_id: str | None = None) -> None:
    """Whole ID numbers were shown (`--full-ids`, the cadre edit form): who, when, which output, how many."""
    with db.uow(FULL_IDS_ACTION, Permission.FULL_ID) as uow:
        uow.audit("完整身份证号", object_id, after={"输出": what, "号码数": count})
        uow.commit()


PRINTED, EXPORTED = "打印", "导出"


def record_output(db: Database, kind: str, title: str, detail: dict[str, Any]) -> None:
    """A document printed or saved, or data exported (`kind` 打印/导出): the one clear copy leaving the program
    is in the trail with its title and what `detail` says (文号, 文件, 页数, 行数 …)."""
    with db.uow(kind, Permission.PRINT) as uow:
        uow.audit("文档" if kind == PRINTED else "数据", title, after={k: v for k, v in detail.items() if v})
        uow.commit()
