"""Sealed years (the rule: zydesk.core.incentives.seal): what the window and `zydesk seal` show, the check the
ranking and selection services make before they change a year, and a 审核员's release and relock."""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from zydesk.core.incentives.seal import CODES, SEALED_BY, Issued, Release, SealArea, SealState, seal_state
from zydesk.core.security.roles import Permission
from zydesk.errors import UserError
from zydesk.services.handle import Database
from zydesk.storage import locks
from zydesk.storage.models_printing import DocNumber, IssuedDocument, SealRelease

USED = "已用"  # zydesk.printing.registry.USED (the registry module loads the printing stack)


def doc_number(prefix: str, year: int, seq: int) -> str:
    """紫发〔2026〕3号 (as zydesk.printing.gongwen writes it)."""
    return f"{prefix}〔{year}〕{seq}号"


class Sealed(UserError):
    """A change to a sealed year (nothing was written)."""


def _issued(s: Session, kind: str, key: str | None = None) -> list[Issued]:
    q = (select(IssuedDocument.doc_kind, IssuedDocument.doc_key, DocNumber.id, DocNumber.prefix, DocNumber.year,
                DocNumber.seq)
         .join(DocNumber, DocNumber.id == IssuedDocument.number_id)
         .where(IssuedDocument.doc_kind == kind, DocNumber.status == USED)
         .order_by(IssuedDocument.id.desc()))
    if key is not None:
        q = q.where(IssuedDocument.doc_key == key)
    return [Issued(k, key_, nid, doc_number(p, y, n)) for k, key_, nid, p, y, n in s.execute(q)]


def _releases(s: Session, area: SealArea, year: int | None = None) -> list[Release]:
    q = select(SealRelease).where(SealRelease.area == CODES[area], SealRelease.relocked_at.is_(None))
    if year is not None:
        q = q.where(SealRelease.year == year)
    return [Release(r.number_id, r.reason, r.released_by) for r in s.scalars(q)]


def state_in(s: Session, area: SealArea, year: int) -> SealState:
    return seal_state(area, year, _issued(s, SEALED_BY[area], str(year)), _releases(s, area, year))


def locked_note(s: Session, area: SealArea, year: int) -> str:
    """What a page loads with the year: why its edits are unavailable, "" while the year is open."""
    return state_in(s, area, int(year)).locked_note()


def numbered_years(s: Session, area: SealArea) -> list[int]:
    """The years whose sealing document has a number (sealed or released)."""
    return sorted({int(i.key) for i in _issued(s, SEALED_BY[area]) if i.key.isdigit()})


def _hold(s: Session, area: SealArea, year: int) -> None:
    """On a server, the year's lock until the change commits: 编号 of the sealing document takes it too, so
    a number is never committed between a seal check and the change it lets through."""
    locks.hold(s, locks.RANKING if area is SealArea.RANKING else locks.SELECTION, int(year))


def refusal_in(s: Session, area: SealArea, year: int) -> str | None:
    """The refusal for a change to the year, or None when it is open (for imports, which list every row;
    the year's lock is held as by `ensure_open`)."""
    _hold(s, area, year)
    state = state_in(s, area, int(year))
    return state.refusal() if state.sealed else None


# The records a sealed year is made of, by model name, for changes made record by record (audit undo).
_RANKING_MODELS = frozenset({"UnitScore", "AwardOverride", "TieBreak", "RecordedAward"})
_EXCELLENT_MODELS = frozenset({"ExcellentRound", "ExcellentQuota", "ExcellentNomination", "ExcellentStageChange"})


def _year_of(s: Session, model: str, obj: Any) -> tuple[SealArea, int] | None:
    from zydesk.storage.models_excellent import ExcellentNomination, ExcellentRound

    if model in _RANKING_MODELS:
        return SealArea.RANKING, int(obj.year)
    if model == "MonitoringRank":  # its ranks decide this year's 追赶超越贡献奖 and the next two's
        return next(((SealArea.RANKING, y) for y in (obj.year, obj.year + 1, obj.year + 2)
                     if state_in(s, SealArea.RANKING, y).sealed), None)
    if model not in _EXCELLENT_MODELS:
        return None
    if model == "ExcellentRound":
        return SealArea.EXCELLENT, int(obj.year)
    if model == "ExcellentStageChange":
        n = s.get(ExcellentNomination, obj.nomination_id)
        round_id = n.round_id if n is not None else None
    else:
        round_id = obj.round_id
    r = s.get(ExcellentRound, round_id) if round_id is not None else None
    return (SealArea.EXCELLENT, r.year) if r is not None else None


def record_refusal(s: Session, model: str, obj: Any) -> str | None:
    """The refusal for changing this record (by its model's name) when it belongs to a sealed year."""
    found = _year_of(s, model, obj)
    return refusal_in(s, *found) if found is not None else None


def ensure_open(s: Session, area: SealArea, year: int | None) -> None:
    """Refuse (Sealed, in Chinese, naming the 文号) a change to a sealed year; call inside the unit of work.
    On a server the year's lock is held first (`_hold`)."""
    if year is None:
        return
    _hold(s, area, year)
    state = state_in(s, area, int(year))
    if state.sealed:
        raise Sealed(state.refusal())


def year_state(db: Database, area: SealArea, year: int) -> SealState:
    """What the 年度 box shows: sealed, released or neither."""
    with db.read() as s:
        return state_in(s, area, year)


def seal_list(db: Database, area: SealArea | None = None) -> list[SealState]:
    """Every year that has a sealing number, newest first, per area."""
    out: list[SealState] = []
    with db.read() as s:
        for a in ([area] if area is not None else list(SealArea)):
            issued = _issued(s, SEALED_BY[a])
            releases = _releases(s, a)
            years = sorted({int(i.key) for i in issued if i.key.isdigit()}, reverse=True)
            out += [seal_state(a, y, issued, releases) for y in years]
    return out


def unlock(db: Database, area: SealArea, year: int, reason: str) -> SealState:
    """A 审核员 releases a sealed year so it can be corrected; the reason is required and kept."""
    db.require(Permission.DECIDE)
    if not reason or not reason.strip():
        raise UserError("解除封存须写明理由。")
    with db.uow(f"解除封存 {area.value}{year}", Permission.DECIDE) as uow:
        s = uow.session
        _hold(s, area, year)  # two 审核员 at once: the second finds it released
        state = state_in(s, area, year)
        if not state.number or state.number_id is None:
            raise UserError(f"{year}年度{area.value}还没有编发文号，没有封存。")
        if state.released is not None:
            raise UserError(f"{year}年度{area.value}已经解除封存（{state.number}）。")
        s.add(SealRelease(area=CODES[area], year=year, number_id=state.number_id, reason=reason.strip(),
                          released_at=dt.datetime.now(), released_by=db.user))
        uow.commit()
    return year_state(db, area, year)


def lock(db: Database, area: SealArea, year: int) -> SealState:
    """Seal a released year again (a new number for its document seals it by itself)."""
    db.require(Permission.DECIDE)
    with db.uow(f"重新封存 {area.value}{year}", Permission.DECIDE) as uow:
        s = uow.session
        _hold(s, area, year)
        rows = list(s.scalars(select(SealRelease).where(SealRelease.area == CODES[area], SealRelease.year == year,
                                                        SealRelease.relocked_at.is_(None))))
        if not rows:
            raise UserError(f"{year}年度{area.value}没有解除封存，无需重新封存。")
        for r in rows:
            r.relocked_at, r.relocked_by = dt.datetime.now(), db.user
        uow.commit()
    return year_state(db, area, year)
