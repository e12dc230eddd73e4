"""Reading, checking and exporting the audit trail (审计管理员 only: Permission.AUDIT_READ / AUDIT_EXPORT);
recording that a clerk saw whole ID numbers, printed a document or exported a file."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from zydesk.core.security.roles import Permission
from zydesk.core.task_state import TaskState
from zydesk.errors import UserError
from zydesk.services.audit_names import field_name, object_name
from zydesk.storage.audit import SECRET_MARK, SECRETS
from zydesk.storage.audit_chain import Verdict, mask_text, masked
from zydesk.storage.audit_chain import verify as verify_chain
from zydesk.storage.engine import sqlite_path
from zydesk.storage.models import AuditEntry
from zydesk.storage.uow import Database

FULL_IDS_ACTION = "查看完整身份证号"
EXPORT_ACTION = "导出审计记录"


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
    role: str | None = None

    @property
    def object_name(self) -> str:
        """The object's kind in Chinese (干部 for Cadre)."""
        return object_name(self.object_type)

    @property
    def object_text(self) -> str:
        return self.object_name + (f" {self.object_id}" if self.object_id else "")

    def as_json(self) -> dict[str, Any]:
        return {"seq": self.seq, "at": self.at.isoformat(timespec="seconds"), "user": self.user,
                "role": self.role, "action": self.action, "object_type": self.object_type,
                "object_name": self.object_name, "object_id": self.object_id, "result": self.result,
                "before": self.before, "after": self.after}


@dataclass(frozen=True)
class Filter:
    """Which entries: from a day on, up to a day (inclusive), of one account, of one action."""
    since: dt.date | None = None
    until: dt.date | None = None
    user: str | None = None
    action: str | None = None

    def as_json(self) -> dict[str, str]:
        named = {"起始日期": self.since, "截止日期": self.until, "账号": self.user, "操作": self.action}
        return {k: str(v) for k, v in named.items() if v}


_COLUMNS = (AuditEntry.seq, AuditEntry.at, AuditEntry.user, AuditEntry.action, AuditEntry.object_type,
            AuditEntry.object_id, AuditEntry.result, AuditEntry.before, AuditEntry.after, AuditEntry.role)


def _select(where: Filter) -> Select[Any]:
    stmt = select(*_COLUMNS)
    if where.since is not None:
        stmt = stmt.where(AuditEntry.at >= dt.datetime.combine(where.since, dt.time()))
    if where.until is not None:
        stmt = stmt.where(AuditEntry.at < dt.datetime.combine(where.until + dt.timedelta(days=1), dt.time()))
    if where.user:
        stmt = stmt.where(AuditEntry.user == where.user)
    if where.action:
        stmt = stmt.where(AuditEntry.action == where.action)
    return stmt


def query(session: Session, where: Filter, newest_first: bool = False, limit: int | None = None) -> list[Entry]:
    """Entries in the order they were written (or newest first), at most `limit`."""
    stmt = _select(where)
    stmt = stmt.order_by(AuditEntry.seq.desc().nulls_last(), AuditEntry.id.desc()) if newest_first \
        else stmt.order_by(AuditEntry.seq.asc().nulls_first(), AuditEntry.id)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [Entry(seq, at, user, action, otype, oid, result, _hidden(before), _hidden(after), role)
            for seq, at, user, action, otype, oid, result, before, after, role in session.execute(stmt)]


def _hidden(value: Any) -> Any:
    """A change as shown and exported: secrets said to have changed, never what they are — also in entries
    written before the trail stopped recording them (the stored entry, which the chain covers, is unchanged)."""
    if not isinstance(value, dict) or not SECRETS.intersection(value):
        return value
    return {k: SECRET_MARK if k in SECRETS and v is not None else v for k, v in value.items()}


def entries(db: Database, since: dt.date | None = None, user: str | None = None, action: str | None = None,
            until: dt.date | None = None, newest_first: bool = False, limit: int | None = None) -> list[Entry]:
    """Entries in the order they were written, optionally from a day on, up to a day, of one account, of one
    action. For 审计管理员 only."""
    with db.read(Permission.AUDIT_READ) as session:
        return query(session, Filter(since, until, user, action), newest_first, limit)


@dataclass(frozen=True)
class Choices:
    """What the viewer's filters offer: the accounts and actions the trail holds."""
    users: list[str] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)


def choices(db: Database) -> Choices:
    with db.read(Permission.AUDIT_READ) as session:
        users = session.scalars(select(AuditEntry.user).distinct().order_by(AuditEntry.user)).all()
        actions = session.scalars(select(AuditEntry.action).distinct().order_by(AuditEntry.action)).all()
    return Choices(list(users), list(actions))


def verify(db: Database) -> Verdict:
    """Check the whole chain and its head file. For 审计管理员 only."""
    db.require(Permission.AUDIT_READ)
    with db.engine.connect() as conn:
        return verify_chain(conn, sqlite_path(db.url))


def change_text(value: Any) -> str:
    """before/after as one line of text, ID numbers masked (they are masked when written; once more here)."""
    if value is None:
        return ""
    if isinstance(value, dict):
        text = "；".join(f"{field_name(str(k))}: {_value_text(v)}" for k, v in masked(value).items())
    else:
        text = json.dumps(masked(value), ensure_ascii=False)
    return mask_text(text)


def _value_text(value: Any) -> str:
    if value is None:
        return "（空）"
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, list):
        return "、".join(map(_value_text, value)) if value else "（无）"
    if isinstance(value, dict):
        return "（" + "，".join(f"{field_name(str(k))} {_value_text(v)}" for k, v in value.items()) + "）"
    return str(value)


EXPORT_HEADERS = ("序号", "时间", "账号", "角色", "操作", "对象", "对象编号", "结果", "变更前", "变更后")
EXPORT_WIDTHS = (8, 20, 12, 16, 20, 18, 10, 8, 60, 60)


def export_entries(db: Database, path: str | Path, where: Filter | None = None,
                   state: TaskState | None = None) -> int:
    """The entries that match as an .xlsx at path (ID numbers masked); written beside the target under a
    temporary name and renamed when complete, so no clear copy is left anywhere else. The export is itself
    recorded. Returns the number of entries written."""
    from zydesk.excel.sheetwriter import SheetWriter
    from zydesk.tempfiles import output_target, partial_file

    db.require(Permission.AUDIT_EXPORT)
    where = where or Filter()
    state = state or TaskState()
    target = output_target(path, ".xlsx", "导出文件")
    state.progress(0, 0, "正在读取审计记录…")
    found = entries(db, where.since, where.user, where.action, where.until)
    state.check()
    try:
        with partial_file(target) as tmp:
            with SheetWriter(tmp, "审计记录", EXPORT_WIDTHS) as sheet:
                sheet.row(EXPORT_HEADERS)
                sheet.rows([e.seq, e.at.replace(microsecond=0), e.user, e.role or "", e.action, e.object_name,
                            e.object_id or "", e.result, change_text(e.before), change_text(e.after)]
                           for e in found)
            state.check()
    except PermissionError:
        raise UserError(f"无法写入“{target}”：文件可能正在 Excel 中打开，请关闭后重试") from None
    with db.uow(EXPORT_ACTION, Permission.AUDIT_EXPORT) as uow:
        uow.audit("审计记录", None, after={"文件": target.name, "条数": len(found), "条件": where.as_json()})
        uow.commit()
    state.progress(len(found), len(found), f"已导出 {len(found)} 条审计记录")
    return len(found)


def record_full_ids(db: Database, what: str, count: int, object_id: str | None = None) -> None:
    """Whole ID numbers were shown (`--full-ids`, the cadre edit form): who, when, which output, how many."""
    with db.uow(FULL_IDS_ACTION, Permission.FULL_ID) as uow:
        uow.audit("完整身份证号", object_id, after={"输出": what, "号码数": count})
        uow.commit()


PRINTED, EXPORTED = "打印", "导出"


def record_output(db: Database, kind: str, title: str, detail: dict[str, Any]) -> None:
    """A document printed or saved, or data exported (`kind` 打印/导出): the one clear copy leaving the program
    is in the trail with its title and what `detail` says (文号, 文件, 页数, 行数 …). A damaged file is
    read-only: reading data out of it is what it is for, so the entry waits in the key-slot file and joins
    the trail at the next sign-in to a sound file (as failed sign-ins do)."""
    db.require(Permission.PRINT)
    after = {k: v for k, v in detail.items() if v}
    object_type = "文档" if kind == PRINTED else "数据"
    if db.damaged is not None:
        from zydesk.services.security.signin import postpone_entry

        postpone_entry(db, kind, object_type, title, after)
        return
    with db.uow(kind, Permission.PRINT) as uow:
        uow.audit(object_type, title, after=after)
        uow.commit()
