"""What the 干部信息 page reads: search results, the filter choices, one cadre's details and form data.

`row_loader(db)` is the one read the window may call on the GUI thread: the lazy cadre list fetches the
rows it is about to paint, a page (a few dozen rows by primary key) at a time, in a short read session.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from zydesk.core.idnumber import mask
from zydesk.core.master import CadreData, PostData, validate_cadre, validate_post
from zydesk.core.security.roles import Permission
from zydesk.errors import FieldError
from zydesk.services import cadre_queries as q
from zydesk.services.audit_trail import record_full_ids
from zydesk.services.codes import load_codes
from zydesk.services.handle import Database
from zydesk.storage.models import Cadre


def row_loader(db: Database) -> Callable[[Sequence[int]], list[q.CadreRow]]:
    """load(ids) → the list rows of those cadres, for LazyRowModel (synchronous, by primary key)."""
    def load(ids: Sequence[int]) -> list[q.CadreRow]:
        with db.read() as s:
            return q.cadre_rows(s, ids)

    return load


def search(session: Session, f: q.CadreFilter, first_page: int) -> tuple[list[int], list[q.CadreRow]]:
    """All matching ids in display order, and the rows of the first page."""
    ids = q.search_cadre_ids(session, f)
    return ids, q.cadre_rows(session, ids[:first_page])


@dataclass(frozen=True)
class FilterChoices:
    units: list[q.UnitChoice]
    statuses: list[str]
    levels: list[str]


def filter_choices(session: Session) -> FilterChoices:
    codes = load_codes(session)
    return FilterChoices(q.unit_choices(session, active_only=False), codes.get("cadre_status", []),
                         codes.get("position_level", []))


def protection_notes(session: Session, cadre_id: int) -> Mapping[int, str] | Sequence[str]:
    """容错纠错's notes on the cadre's record: {discipline id: note} or notes shown above the history."""
    from zydesk.services.tolerance.protect import protection_notes as notes

    return notes(session, cadre_id)


@dataclass(frozen=True)
class CadreDetail:
    record: q.CadreRecord
    id_masked: str
    history: q.CadreHistory
    notes_by_matter: dict[int, str]  # discipline id → 容错 note (a column of the discipline table)
    notes: list[str]  # shown above the history


def cadre_detail(session: Session, cadre_id: int) -> CadreDetail | None:
    """None when the cadre no longer exists (deleted meanwhile)."""
    rec = q.cadre_record(session, cadre_id)
    if rec is None:
        return None
    found = protection_notes(session, cadre_id)
    by_matter: dict[int, str] = {}
    notes: list[str] = []
    if isinstance(found, Mapping):
        by_matter = {int(k): str(v) for k, v in found.items()}
    else:
        notes = [str(n) for n in found or ()]
    return CadreDetail(rec, mask(rec.id_number), q.cadre_history(session, cadre_id), by_matter, notes)


@dataclass(frozen=True)
class CadreForm:
    """What the cadre and post forms offer: code lists, the units, and the record being edited."""
    codes: dict[str, list[str]]
    units: list[str]  # active units, for a new post
    record: q.CadreRecord | None
    version: int | None = None  # the record's version as read: a save over someone else's newer change is refused


def cadre_form(session: Session, cadre_id: int | None) -> CadreForm:
    """The form data; a cadre that no longer exists is a UserError."""
    from zydesk.errors import UserError

    rec = q.cadre_record(session, cadre_id) if cadre_id is not None else None
    if cadre_id is not None and rec is None:
        raise UserError(f"干部（编号 {cadre_id}）不存在，可能已被他人删除")
    version = session.scalar(select(Cadre.version).where(Cadre.id == cadre_id)) if cadre_id is not None else None
    return CadreForm(load_codes(session), [u.name for u in q.unit_choices(session)], rec, version)


def edit_form(db: Database, cadre_id: int | None, *, full_id: bool = False) -> CadreForm:
    """The form data of a new cadre (None) or of one to edit. `full_id`: the form shows the cadre's whole
    公民身份号码, for a role that may see it (FULL_ID), and the view is recorded in the audit trail."""
    if cadre_id is not None and full_id:
        db.require(Permission.FULL_ID)
    with db.read() as s:
        form = cadre_form(s, cadre_id)
    if form.record is not None and full_id:
        record_full_ids(db, "编辑干部信息", 1, str(cadre_id))
    return form


def form_errors(session: Session, data: CadreData, post: PostData | None) -> list[FieldError]:
    """Every problem of a cadre form at once (shown together with the dates the form could not read)."""
    codes = load_codes(session)
    errors = list(validate_cadre(data, codes).errors)
    if post is not None:
        units = {u.name for u in q.unit_choices(session, active_only=False)}
        errors += validate_post(post, codes, units).errors
    return errors


__all__ = ["CadreDetail", "CadreForm", "FilterChoices", "cadre_detail", "cadre_form", "edit_form", "filter_choices",
           "form_errors", "protection_notes", "row_loader", "search"]
