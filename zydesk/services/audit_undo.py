"""Undo a mistaken change from its audit entry (审核员, Permission.UNDO), without restoring the whole database.

An entry the ORM wrote for a single record can be reversed: an update by writing back the values it
replaced, an insert by deleting the record, a delete by inserting the record again. The reverse is an
ordinary audited write (action 撤销修改) plus an entry that names the sequence number it undoes. Refused,
in Chinese, when the record changed again since (its current values are not the entry's after), when the
entry is not of one record's change (imports, settings, accounts, the program's own entries), or when a
value to restore is an ID number the trail holds only masked."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Date, DateTime, Numeric, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapper, Session

from zydesk.core.security.roles import Permission
from zydesk.errors import UserError
from zydesk.services import seals
from zydesk.services.audit_names import field_name, object_name
from zydesk.storage.audit import plain
from zydesk.storage.audit_chain import masked
from zydesk.storage.base import Base
from zydesk.storage.models import AuditEntry
from zydesk.storage.uow import Database

UNDO_ACTION = "撤销修改"
UNDONE_KIND = "审计记录"  # the object of the entry that names the undone sequence number
NOT_BUSINESS = frozenset({"Account", "Setting", "AuditEntry"})  # accounts, settings: their own screens
REGISTERS = frozenset({"DocNumber", "IssuedDocument", "SealRelease"})  # numbers are voided, never taken back
_MASKED_ID = re.compile(r"\d{6}\*{8}\d{3}[\dXx]")
INSERT, UPDATE, DELETE = "新增", "修改", "删除"


@dataclass(frozen=True)
class Change:
    """One recorded change of business data, as the 修改记录 dialog lists it."""
    seq: int
    at: dt.datetime
    user: str
    role: str | None
    action: str
    object_type: str
    object_id: str | None
    kind: str  # 新增 / 修改 / 删除
    before: Any
    after: Any
    problem: str | None  # why it cannot be undone (as far as the entry alone tells), or None

    @property
    def object_text(self) -> str:
        return object_name(self.object_type) + (f" {self.object_id}" if self.object_id else "")


@dataclass(frozen=True)
class Undone:
    seq: int  # the entry undone
    what: str  # in Chinese, for the clerk


def _mappers() -> dict[str, Mapper[Any]]:
    return {m.class_.__name__: m for m in Base.registry.mappers}


def _kind(before: Any, after: Any) -> str | None:
    if isinstance(before, dict) and isinstance(after, dict):
        return UPDATE
    if before is None and isinstance(after, dict):
        return INSERT
    if isinstance(before, dict) and after is None:
        return DELETE
    return None


def _has_masked(values: dict[str, Any]) -> list[str]:
    return [k for k, v in values.items() if isinstance(v, str) and _MASKED_ID.search(v)]


def _entry_problem(action: str, object_type: str, object_id: str | None, before: Any, after: Any) -> str | None:
    """What the entry alone says against undoing it."""
    if object_type in REGISTERS:
        return "文号和封存的记录不能撤销：文号有误请作废后重新编号，封存请用解除封存或重新封存。"
    if action.startswith("导入"):
        return "这是Excel批量导入写入的记录，不能逐条撤销；请改正表格后重新导入，或从导入前的备份恢复。"
    if object_type in NOT_BUSINESS or object_type not in _mappers() or not object_id:
        return "这条审计记录不是某条业务数据的修改，不能撤销。"
    kind = _kind(before, after)
    if kind is None:
        return "这条审计记录没有变更前后的数据，不能撤销。"
    restore = before if kind in (UPDATE, DELETE) else {}
    hidden = _has_masked(restore)
    if hidden:
        return ("要恢复的身份证号在审计记录中已遮蔽（" + "、".join(map(field_name, hidden))
                + "），无法据此恢复；请在干部信息中直接修改。")
    return None


def recent_changes(db: Database, limit: int = 300) -> list[Change]:
    """The newest changes of business data (newest first), each with why it cannot be undone, if the entry
    tells. For 审核员 (Permission.UNDO): only business records, not the rest of the audit trail."""
    kinds = [name for name in _mappers() if name not in NOT_BUSINESS]
    with db.read(Permission.UNDO) as s:
        rows = s.execute(select(AuditEntry.seq, AuditEntry.at, AuditEntry.user, AuditEntry.role, AuditEntry.action,
                                AuditEntry.object_type, AuditEntry.object_id, AuditEntry.before, AuditEntry.after)
                         .where(AuditEntry.object_type.in_(kinds), AuditEntry.seq.isnot(None))
                         .order_by(AuditEntry.seq.desc()).limit(limit)).all()
        undone = _undone(s, [r.seq for r in rows])
    out = []
    for r in rows:
        problem = _entry_problem(r.action, r.object_type, r.object_id, r.before, r.after)
        if r.seq in undone:
            problem = f"已撤销（第 {undone[r.seq]} 条审计记录）。"
        out.append(Change(r.seq, r.at, r.user, r.role, r.action, r.object_type, r.object_id,
                          _kind(r.before, r.after) or "", r.before, r.after, problem))
    return out


def _undone(s: Session, seqs: list[int]) -> dict[int, int]:
    """Of these sequence numbers, those already undone → the sequence number of the undo entry."""
    if not seqs:
        return {}
    rows = s.execute(select(AuditEntry.object_id, AuditEntry.seq)
                     .where(AuditEntry.action == UNDO_ACTION, AuditEntry.object_type == UNDONE_KIND,
                            AuditEntry.object_id.in_([str(n) for n in seqs]))).all()
    return {int(r.object_id): int(r.seq) for r in rows if r.object_id and r.seq is not None}


def _value(mapper: Mapper[Any], key: str, value: Any) -> Any:
    """A value as the audit entry holds it (JSON) back in the column's Python type."""
    if value is None:
        return None
    column_type = mapper.column_attrs[key].columns[0].type
    if isinstance(column_type, DateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(column_type, Date):
        return dt.date.fromisoformat(value)
    if isinstance(column_type, Numeric) and column_type.asdecimal:
        return Decimal(str(value))
    return value


def _identity(mapper: Mapper[Any], object_id: str) -> tuple[Any, ...]:
    parts = object_id.split(",")
    keys = mapper.primary_key
    if len(parts) != len(keys):
        raise UserError("这条审计记录的对象编号无法识别，不能撤销。")
    try:
        return tuple(int(p) if k.type.python_type is int else p for p, k in zip(parts, keys, strict=True))
    except (NotImplementedError, ValueError):
        return tuple(parts)


def _changed_since(obj: Base, after: dict[str, Any]) -> list[str]:
    """The fields whose current value is not the one the entry wrote."""
    return [field_name(k) for k, v in after.items() if masked(plain(getattr(obj, k, None))) != v]


def _dependents(obj: Base, mapper: Mapper[Any]) -> list[str]:
    """Records hanging on obj (one-to-many relationships that hold any): deleting it would take or orphan them."""
    found = []
    for rel in mapper.relationships:
        if rel.uselist and rel.direction.name == "ONETOMANY" and getattr(obj, rel.key):
            found.append(object_name(rel.mapper.class_.__name__))
    return found


def undo_entry(db: Database, seq: int) -> Undone:
    """Reverse the change recorded by audit entry `seq` (see the module's doc)."""
    db.require(Permission.UNDO)  # before the input is looked at: a refusal comes first
    with db.uow(UNDO_ACTION, Permission.UNDO) as uow:
        s = uow.session
        entry = s.scalar(select(AuditEntry).where(AuditEntry.seq == seq))
        if entry is None:
            raise UserError(f"没有第 {seq} 条审计记录。")
        problem = _entry_problem(entry.action, entry.object_type, entry.object_id, entry.before, entry.after)
        if problem is not None:
            raise UserError(f"第 {seq} 条审计记录不能撤销：{problem}")
        done = _undone(s, [seq])
        if done:
            raise UserError(f"第 {seq} 条审计记录的修改已撤销过（第 {done[seq]} 条审计记录）。")
        mapper = _mappers()[entry.object_type]
        assert entry.object_id is not None
        ident = _identity(mapper, entry.object_id)
        obj = s.get(mapper.class_, ident)
        name = object_name(entry.object_type) + f" {entry.object_id}"
        kind = _kind(entry.before, entry.after)
        if kind in (UPDATE, INSERT):
            if obj is None:
                raise UserError(f"{name} 已被删除，无法撤销第 {seq} 条审计记录的{kind}。")
            changed = _changed_since(obj, entry.after)
            if changed:
                raise UserError(f"{name} 在第 {seq} 条审计记录之后又被修改过（{'、'.join(changed)}），"
                                "不能撤销；请先撤销后来的修改，或直接编辑。")
        if kind == UPDATE:
            for key, value in entry.before.items():
                setattr(obj, key, _value(mapper, key, value))
            what = f"已把{name}的{'、'.join(map(field_name, entry.before))}恢复为修改前的值。"
        elif kind == INSERT:
            assert obj is not None
            hanging = _dependents(obj, mapper)
            if hanging:
                raise UserError(f"{name} 已有关联的{'、'.join(hanging)}，不能撤销新增；请先处理这些关联记录。")
            s.delete(obj)
            what = f"已删除误新增的{name}。"
        else:
            if obj is not None:
                raise UserError(f"已有编号相同的{name}，无法恢复被删除的记录。")
            restored = mapper.class_()
            for key, value in entry.before.items():
                if key in mapper.column_attrs:
                    setattr(restored, key, _value(mapper, key, value))
            s.add(restored)
            what = f"已恢复被删除的{name}。"
        sealed = seals.record_refusal(s, entry.object_type, obj if obj is not None else restored)
        if sealed is not None:
            raise UserError(f"第 {seq} 条审计记录不能撤销：{sealed}")
        try:
            s.flush()
        except IntegrityError:
            raise UserError(f"无法撤销第 {seq} 条审计记录：{name} 与现有数据冲突，或它关联的记录已不存在。") from None
        uow.audit(UNDONE_KIND, str(seq), after={"撤销的审计记录": seq, "对象": name, "方式": f"撤销{kind}"})
        uow.commit()
    return Undone(seq, what)
