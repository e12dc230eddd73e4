"""编号: a 下行文/上行文 takes its 文号 from the registry by an explicit action, and the number, the 成文日期 and
(for 请示/报告) the 签发人 are stored with the document (issued_document). Every print reads them, so a reprint
never takes a second number; a document without one prints as a draft (紫组发〔2026〕　号).

A document is named by its print form (`kind`, e.g. award-notice) and its key (the year, the proposal id or
the 容错 case number) — the same parameter the print form takes."""
from __future__ import annotations

import datetime as dt
import hashlib
import zlib
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from zydesk.core.incentives.seal import SEALED_BY, SealArea
from zydesk.core.security.roles import Permission
from zydesk.errors import UserError
from zydesk.services.handle import Database
from zydesk.storage import locks
from zydesk.storage.models_printing import DocNumber, IssuedDocument, IssuingBody
from zydesk.storage.uow import UnitOfWork

USED = "已用"
NUMBER_LOCK = "number"  # storage.locks kind: one document numbered at a time


@dataclass(frozen=True)
class NumberedKind:
    """A document that is issued under a 文号: which parameter of its print form names it, the usual issuing
    body (代字; "" = the 容错 case's 主办单位) and whether it carries a 签发人 (上行文)."""
    kind: str
    title: str
    param: str
    prefix: str
    signer: bool = False
    integer_key: bool = True
    source: str = ""  # how the register names the document (source "excellent:2025"); default the kind


NUMBERED: dict[str, NumberedKind] = {k.kind: k for k in (
    NumberedKind("award-notice", "年度目标责任考核结果通报暨表彰决定", "year", "紫发"),
    NumberedKind("excellent-decision", "表彰“敢担当、善作为”优秀干部的决定", "year", "紫发", source="excellent"),
    NumberedKind("adjustment-submission", "能上能下：县委组织部报批请示", "proposal", "紫组发", signer=True),
    NumberedKind("adjustment-decision", "能上能下：调整决定", "proposal", "紫发"),
    NumberedKind("tolerance-conclusion", "容错认定结论书", "case", "", integer_key=False),
    NumberedKind("tolerance-filing", "容错认定结果报备函", "case", "", signer=True, integer_key=False),
)}


@dataclass(frozen=True)
class IssuedView:
    """The number a document carries and what was entered with it."""
    kind: str
    key: str
    number: str  # 紫发〔2026〕3号
    prefix: str
    mark: str  # 发文机关标志 of the issuing body (中共紫阳县委文件)
    body: str
    written_date: dt.date
    signer: str
    taken_by: str
    taken_at: dt.datetime
    kept_at: dt.datetime | None = None  # when the copy as issued was kept (its first print); None: not yet

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "key": self.key, "number": self.number, "prefix": self.prefix,
                "body": self.body, "written_date": self.written_date.isoformat(), "signer": self.signer,
                "taken_by": self.taken_by, "taken_at": self.taken_at.isoformat(timespec="seconds"),
                "kept_at": self.kept_at.isoformat(timespec="seconds") if self.kept_at else None}


@dataclass(frozen=True)
class NumberStatus:
    """What the print preview shows: the document's number, or that it is a draft and which bodies it may use."""
    kind: NumberedKind
    key: str
    issued: IssuedView | None
    prefix: str  # the suggested body's 代字
    bodies: list[tuple[str, str]]  # (代字, 机关名称) of the active issuing bodies

    def note(self) -> str:
        if self.issued is not None:
            return (f"发文字号 {self.issued.number}，成文日期 {self.issued.written_date.isoformat()}"
                    + (f"，签发人 {self.issued.signer}" if self.issued.signer else "") + "（重印沿用原号）")
        return "草稿：尚未编发文号，文号空着打印。正式印发前请点“编号…”取号。"


def kind_of(kind: str) -> NumberedKind:
    spec = NUMBERED.get(kind)
    if spec is None:
        raise UserError(f"“{kind}”不是编发文号的文件（可编号的：{'、'.join(k.title for k in NUMBERED.values())}）")
    return spec


def _key(spec: NumberedKind, key: object) -> str:
    text = str(key).strip()
    if spec.integer_key and not text.isdigit():
        raise UserError(f"{spec.title}：“{text}”不是有效的编号或年度。")
    if not text:
        raise UserError(f"{spec.title}：请指定是哪一份文件。")
    return text


def _view(doc: IssuedDocument) -> IssuedView:
    n: DocNumber = doc.number
    return IssuedView(doc.doc_kind, doc.doc_key, f"{n.prefix}〔{n.year}〕{n.seq}号", n.prefix, n.body.mark, n.body.name,
                      doc.written_date, doc.signer, doc.created_by, doc.created_at, doc.kept_at)


def _current(s: Session, kind: str, key: str) -> IssuedDocument | None:
    return s.scalar(select(IssuedDocument).join(DocNumber, DocNumber.id == IssuedDocument.number_id)
                    .where(IssuedDocument.doc_kind == kind, IssuedDocument.doc_key == key, DocNumber.status == USED)
                    .order_by(IssuedDocument.id.desc()).limit(1))


def issued(db: Database, kind: str, key: object) -> IssuedView | None:
    """The number the document carries now (None: a draft)."""
    spec = kind_of(kind)
    with db.read() as s:
        doc = _current(s, spec.kind, _key(spec, key))
        return _view(doc) if doc is not None else None


def stored_date(taken: IssuedView, given: dt.date | None) -> dt.date:
    """The 成文日期 of a numbered document: the one entered with its number. Another date given for a reprint
    is refused rather than printed under the same 文号."""
    if given is not None and given != taken.written_date:
        w = taken.written_date
        raise UserError(f"该文件已编号（{taken.number}，成文日期 {w.year}年{w.month}月{w.day}日），成文日期随文号存档，"
                        "重印不能另行指定。如需改日期，请先作废该文号再重新编号。")
    return taken.written_date


def _default_prefix(db: Database, spec: NumberedKind, key: str) -> str:
    if spec.prefix:
        return spec.prefix
    from zydesk.services.tolerance.documents import load_case  # the 容错 case's 主办单位 issues it

    host = str(load_case(db, key).case["host_body"])
    with db.read() as s:
        return s.scalar(select(IssuingBody.prefix).where(IssuingBody.name == host, IssuingBody.active.is_(True))) or ""


def status(db: Database, kind: str, key: object) -> NumberStatus:
    spec = kind_of(kind)
    text = _key(spec, key)
    with db.read() as s:
        doc = _current(s, spec.kind, text)
        view = _view(doc) if doc is not None else None
        bodies = [(p, n) for p, n in s.execute(select(IssuingBody.prefix, IssuingBody.name)
                                                .where(IssuingBody.active.is_(True))
                                                .order_by(IssuingBody.sort, IssuingBody.id))]
    prefix = view.prefix if view is not None else _default_prefix(db, spec, text)
    return NumberStatus(spec, text, view, prefix, bodies)


def _build(db: Database, spec: NumberedKind, key: str) -> str:
    """Make the document once (as a draft) so a number is never taken for one that cannot be made; its title."""
    from zydesk.printing import catalog

    value: Any = int(key) if spec.integer_key else key
    doc = catalog.get(spec.kind).build(db, {spec.param: value})
    return str(getattr(doc, "title", "") or spec.title)


def _take_turns(uow: UnitOfWork, spec: NumberedKind, key: str) -> None:
    """On a server, before looking: one clerk at a time numbers a document (two at once would give it two
    numbers of different bodies), and a number that seals a year waits for a change of that year under way
    (whose seal check, read before the number was committed, would otherwise let it in after the seal)."""
    uow.lock(NUMBER_LOCK, f"{spec.kind}:{key}")
    area = next((a for a, k in SEALED_BY.items() if k == spec.kind), None)
    if area is not None and key.isdigit():
        uow.lock(locks.RANKING if area is SealArea.RANKING else locks.SELECTION, int(key))


def take_number(db: Database, kind: str, key: object, prefix: str | None = None,
                written_date: dt.date | str | None = None, signer: str = "") -> tuple[IssuedView, bool]:
    """编号: the next number of the issuing body `prefix` (default: the document's usual one), stored with the
    document, its 成文日期 (default today) and 签发人. A document that already has a number keeps it:
    (its number, False); a new one is (number, True). Audited (编发文号, 公文编号)."""
    db.require(Permission.NUMBER)
    spec = kind_of(kind)
    text = _key(spec, key)
    try:
        date = (dt.date.fromisoformat(written_date) if isinstance(written_date, str) and written_date.strip()
                else written_date if isinstance(written_date, dt.date) else dt.date.today())
    except ValueError:
        raise UserError(f"成文日期“{written_date}”格式应为 2026-03-01。") from None
    signer = (signer or "").strip()
    if signer and not spec.signer:
        raise UserError(f"{spec.title}是下行文，不写签发人。")
    if len(signer) > 30:
        raise UserError("签发人姓名过长。")
    existing = issued(db, spec.kind, text)
    if existing is not None:
        return existing, False
    prefix = (prefix or "").strip() or _default_prefix(db, spec, text)
    if not prefix:
        raise UserError(f"{spec.title}：主办单位不在发文机关中，请选择发文机关或先在发文机关中添加。")
    title = _build(db, spec, text)
    from zydesk.printing.registry import allocate_in

    fresh = False
    for _attempt in range(5):
        try:
            with db.uow(f"编发文号 {prefix}", Permission.NUMBER) as uow:
                _take_turns(uow, spec, text)
                s = uow.session
                if _current(s, spec.kind, text) is not None:  # another PC numbered it meanwhile
                    break
                number = allocate_in(s, prefix, date.year, title, f"{spec.source or spec.kind}:{text}", db.user)
                s.add(IssuedDocument(doc_kind=spec.kind, doc_key=text, number=number, written_date=date,
                                     signer=signer, created_at=dt.datetime.now(), created_by=db.user))
                uow.commit()
                fresh = True
            break
        except IntegrityError:  # another PC took the same number first: take the next
            continue
    else:
        raise UserError("文号分配冲突，请稍后重试。")
    view = issued(db, spec.kind, text)
    assert view is not None
    return view, fresh


# ---------------------------------------------------------------- the copy as issued
#
# The PDF first printed or saved under a number is kept with the document (issued_document.kept_pdf): what left
# the program is what was issued. Kept at the first print rather than at 编号, because between the two the clerk
# still looks at the preview and may install 仿宋/小标宋 or fix the fonts; the copy is then exactly the sheets
# that went out. While the year the document seals is sealed, every print shows that copy instead of building
# the document from today's records (a unit regrouped, a post changed); after 解除封存 it is built afresh, and a
# new number keeps a new copy. One copy per number: the first print's.


@dataclass(frozen=True)
class KeptCopy:
    """The PDF kept for a document's current number."""
    kind: str
    key: str
    number: str
    pdf: bytes
    pages: int
    kept_at: dt.datetime
    kept_by: str
    title: str  # the document's title, as the register has it

    def line(self) -> str:
        """What the preview and the CLI say about a reprint of it."""
        d = self.kept_at
        return f"按印发存档的文本重印（{d.year}年{d.month}月{d.day}日存档）"


def _sealed(s: Session, kind: str, key: str) -> bool:
    """Whether the year this document seals is sealed now (documents that seal nothing are never served kept)."""
    from zydesk.services.seals import state_in

    area = next((a for a, k in SEALED_BY.items() if k == kind), None)
    return area is not None and key.isdigit() and state_in(s, area, int(key)).sealed


def reprint_copy(db: Database, kind: str, key: object) -> KeptCopy | None:
    """The copy to print instead of building the document: its current number's kept PDF while the year it
    seals is sealed; None (build it from the records) otherwise."""
    db.require(Permission.PRINT)
    spec = NUMBERED.get(kind)
    if spec is None:
        return None
    text = _key(spec, key)
    with db.read() as s:
        doc = _current(s, spec.kind, text)
        if doc is None or doc.kept_at is None or not _sealed(s, spec.kind, text):
            return None
        packed = s.scalar(select(IssuedDocument.kept_pdf).where(IssuedDocument.id == doc.id))
        if packed is None:
            return None
        try:
            pdf = zlib.decompress(packed)
        except zlib.error:  # damaged in the database: said as a checksum mismatch is
            pdf = b""
        if hashlib.sha256(pdf).hexdigest() != doc.kept_sha256:
            raise UserError(f"{_view(doc).number}的存档文本已损坏，请审核员解除封存后重新生成，并用“检查数据库”检查。")
        return KeptCopy(spec.kind, text, _view(doc).number, pdf, doc.kept_pages or 0, doc.kept_at,
                        doc.kept_by or "", doc.number.title)


def keep_copy(db: Database, kind: str, key: object, pdf: bytes, pages: int, number: str) -> bool:
    """Keep `pdf` (printed or saved just now, carrying `number`) as the document's copy as issued, when that is
    its current number and no copy is kept for it yet. True when kept (audited: 存档印发文本, 公文编号)."""
    db.require(Permission.PRINT)
    spec = kind_of(kind)
    text = _key(spec, key)
    if not number or not pdf or db.damaged is not None:  # a damaged file is read-only: kept at a later print
        return False
    with db.uow("存档印发文本", Permission.PRINT) as uow:
        s = uow.session
        doc = _current(s, spec.kind, text)
        if doc is None or doc.kept_at is not None or _view(doc).number != number:
            return False  # a draft, a number voided meanwhile, or the copy of this number already kept
        digest, now = hashlib.sha256(pdf).hexdigest(), dt.datetime.now()
        wrote = s.execute(update(IssuedDocument)
                          .where(IssuedDocument.id == doc.id, IssuedDocument.kept_at.is_(None))
                          .values(kept_pdf=zlib.compress(pdf, 9), kept_pages=pages, kept_sha256=digest,
                                  kept_at=now, kept_by=db.user))
        if getattr(wrote, "rowcount", 1) == 0:  # another clerk's first print kept its copy meanwhile
            return False
        uow.audit("IssuedDocument", str(doc.id), after={"文件": spec.title, "文号": number, "页数": pages,
                                                        "字节": len(pdf), "SHA-256": digest})
        uow.commit()
    return True
