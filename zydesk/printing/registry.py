"""Issuing bodies and document numbers (发文字号).

Numbers are allocated per prefix and year in one transaction with the record of the document they are
for, so there are no gaps and no duplicates (a unique constraint guards against two PCs allocating at the
same moment; the loser retries). A number is never deleted: voiding keeps it, marked 作废, with a reason.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from zydesk.core.incentives.seal import SEALED_BY
from zydesk.core.security.roles import Permission
from zydesk.errors import UserError
from zydesk.printing.gongwen import doc_number
from zydesk.storage.models_printing import DocNumber, IssuedDocument, IssuingBody, SealRelease
from zydesk.storage.uow import Database

USED, VOIDED = "已用", "作废"


@dataclass(frozen=True)
class Body:
    id: int
    name: str
    mark: str
    prefix: str
    active: bool
    version: int = 1  # as read: passed back with a save (a newer change by another administrator is refused)


@dataclass(frozen=True)
class Number:
    id: int
    body: str
    prefix: str
    year: int
    seq: int
    title: str
    source: str
    status: str
    issued_at: dt.datetime
    issued_by: str
    void_reason: str | None

    @property
    def text(self) -> str:
        """紫办发〔2016〕15号."""
        return doc_number(self.prefix, self.year, self.seq)


def _body(b: IssuingBody) -> Body:
    return Body(b.id, b.name, b.mark, b.prefix, b.active, b.version)


def _number(n: DocNumber) -> Number:
    return Number(n.id, n.body.name, n.prefix, n.year, n.seq, n.title, n.source, n.status, n.issued_at,
                  n.issued_by, n.void_reason)


def list_bodies(db: Database, active_only: bool = False) -> list[Body]:
    with db.read(need=None) as s:  # configuration (系统管理员 keeps it), no business data
        q = select(IssuingBody).order_by(IssuingBody.sort, IssuingBody.id)
        if active_only:
            q = q.where(IssuingBody.active.is_(True))
        return [_body(b) for b in s.scalars(q)]


def body_by_prefix(db: Database, prefix: str) -> Body:
    with db.read() as s:
        b = s.scalar(select(IssuingBody).where(IssuingBody.prefix == prefix))
        if b is None:
            raise UserError(f"没有代字为“{prefix}”的发文机关，请先在发文机关中添加。")
        return _body(b)


def save_body(db: Database, name: str, mark: str, prefix: str, body_id: int | None = None,
              active: bool = True, version: int | None = None) -> Body:
    """Add or edit an issuing body. The prefix of a body that already issued numbers cannot change.
    version: the body's as the page read it; a save over another administrator's newer change is refused
    (「该记录已被 X 于 HH:MM 修改，请刷新后再改」), None: no check."""
    from zydesk.services.conflicts import check_version, stale_as_conflict

    db.require(Permission.SYSTEM_SETTINGS)
    name, mark, prefix = name.strip(), mark.strip(), prefix.strip()
    if not name or not mark or not prefix:
        raise UserError("机关名称、发文机关标志和发文机关代字都不能为空。")
    if any(ch in prefix for ch in "〔〕[]（）()0123456789"):
        raise UserError(f"代字“{prefix}”只写机关代字（如 紫办发），不含年份和序号。")
    with stale_as_conflict(db, "IssuingBody", body_id), db.uow("编辑发文机关", Permission.SYSTEM_SETTINGS) as uow:
        s = uow.session
        for other in s.scalars(select(IssuingBody).where(IssuingBody.id != (body_id or -1))):
            if other.name == name:
                raise UserError(f"已有名为“{name}”的发文机关。")
            if other.prefix == prefix:
                raise UserError(f"代字“{prefix}”已由“{other.name}”使用。")
        row: IssuingBody | None
        if body_id is None:
            row = IssuingBody(name=name, mark=mark, prefix=prefix, active=active,
                              sort=(s.scalar(select(func.max(IssuingBody.sort))) or 0) + 1)
            s.add(row)
        else:
            row = s.get(IssuingBody, body_id)
            if row is None:
                raise UserError("该发文机关已不存在。")
            check_version(s, row, version, body_id)
            if row.prefix != prefix and s.scalar(select(func.count()).select_from(DocNumber)
                                                 .where(DocNumber.body_id == body_id)):
                raise UserError(f"“{row.name}”已用代字“{row.prefix}”编过文号，不能再改代字；可新增一个机关。")
            row.name, row.mark, row.prefix, row.active = name, mark, prefix, active
        uow.commit()
        return _body(row)


def allocate(db: Database, prefix: str, year: int, title: str, source: str = "") -> Number:
    """The next number for prefix and year, recorded with the document's title (and source record)."""
    db.require(Permission.NUMBER)
    if not title.strip():
        raise UserError("请填写使用该文号的文件标题。")
    if not 1949 <= year <= 2999:
        raise UserError(f"年份 {year} 不正确。")
    for _attempt in range(5):
        try:
            with db.uow(f"编发文号 {prefix}", Permission.NUMBER) as uow:
                row = allocate_in(uow.session, prefix, year, title, source, db.user)
                uow.commit()
                return _number(row)
        except IntegrityError:  # another PC took the same number first: read again and take the next
            continue
    raise UserError("文号分配冲突，请稍后重试。")


def allocate_in(s: Session, prefix: str, year: int, title: str, source: str, user: str) -> DocNumber:
    """Add the next number of prefix and year inside the caller's unit of work (which commits it with the
    record of the document it is for; an IntegrityError on commit means another PC took it first)."""
    body = s.scalar(select(IssuingBody).where(IssuingBody.prefix == prefix))
    if body is None:
        raise UserError(f"没有代字为“{prefix}”的发文机关。")
    if not body.active:
        raise UserError(f"发文机关“{body.name}”已停用，不能再编发文号。")
    last = s.scalar(select(func.max(DocNumber.seq)).where(DocNumber.prefix == prefix, DocNumber.year == year)) or 0
    row = DocNumber(body=body, prefix=prefix, year=year, seq=last + 1, title=title.strip(), source=source,
                    status=USED, issued_at=dt.datetime.now(), issued_by=user)
    s.add(row)
    s.flush()
    return row


def void(db: Database, number_id: int, reason: str) -> Number:
    """Mark a number 作废 (it stays in the register and is never handed out again)."""
    db.require(Permission.NUMBER)
    if not reason.strip():
        raise UserError("作废文号须写明原因。")
    with db.uow("作废文号", Permission.NUMBER) as uow:
        row = uow.session.get(DocNumber, number_id)
        if row is None:
            raise UserError("没有这个文号记录。")
        if row.status == VOIDED:
            raise UserError(f"{doc_number(row.prefix, row.year, row.seq)} 已经作废。")
        _refuse_if_sealing(uow.session, row)
        row.status, row.void_reason, row.voided_at = VOIDED, reason.strip(), dt.datetime.now()
        uow.commit()
        return _number(row)


def _refuse_if_sealing(s: Session, row: DocNumber) -> None:
    """A number that seals a year (its award notice or 表彰决定) is voided only after a 审核员 released the seal:
    voiding would otherwise open the year without one."""
    doc = s.scalar(select(IssuedDocument).where(IssuedDocument.number_id == row.id))
    area = next((a for a, kind in SEALED_BY.items() if doc is not None and kind == doc.doc_kind), None)
    if doc is None or area is None:
        return
    released = s.scalar(select(SealRelease.id).where(SealRelease.number_id == row.id,
                                                     SealRelease.relocked_at.is_(None)))
    if released is None:
        raise UserError(f"{doc_number(row.prefix, row.year, row.seq)}封存着{doc.doc_key}年度{area.value}，"
                        "须审核员先解除封存，才能作废这个文号。")


def numbers(db: Database, prefix: str | None = None, year: int | None = None) -> list[Number]:
    with db.read() as s:
        q = select(DocNumber).order_by(DocNumber.prefix, DocNumber.year, DocNumber.seq)
        if prefix is not None:
            q = q.where(DocNumber.prefix == prefix)
        if year is not None:
            q = q.where(DocNumber.year == year)
        return [_number(n) for n in s.scalars(q)]


def gaps(db: Database, prefix: str, year: int) -> list[int]:
    """Sequence numbers missing between 1 and the last one (a check: it should always be empty)."""
    seqs = {n.seq for n in numbers(db, prefix, year)}
    return [i for i in range(1, max(seqs, default=0) + 1) if i not in seqs]
