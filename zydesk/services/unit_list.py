"""The 单位 view: units as plain rows, and moving a unit up or down within its assessment group."""
from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from zydesk.core.security.roles import Permission
from zydesk.errors import UserError
from zydesk.services.codes import load_codes
from zydesk.storage.models import Post, Unit
from zydesk.storage.uow import Database


class UnitRow(NamedTuple):
    id: int
    name: str
    short_name: str
    kind: str
    group: str
    sort_order: int
    active: bool
    cadres: int  # cadres whose current post is in this unit
    version: int = 1  # as read: the form passes it back, so a save over a newer change is refused


def list_units(session: Session) -> list[UnitRow]:
    """All units in display order: by sort order within their group (the view groups by kind and group)."""
    counts = dict(session.execute(
        select(Post.unit_id, func.count(func.distinct(Post.cadre_id))).where(Post.end_date.is_(None))
        .group_by(Post.unit_id)).all())
    return [
        UnitRow(u.id, u.name, u.short_name or "", u.kind, u.group, u.sort_order, u.active, counts.get(u.id, 0),
                u.version)
        for u in session.scalars(select(Unit).order_by(Unit.sort_order, Unit.id))
    ]


def unit_groups(session: Session) -> list[str]:
    return list(session.scalars(select(Unit.group).distinct().order_by(Unit.group)))


class UnitPage(NamedTuple):
    """What the 单位 page shows: the units, the 单位类别 in code-table order, the assessment groups in use."""
    units: list[UnitRow]
    kinds: list[str]
    groups: list[str]


def unit_page(session: Session) -> UnitPage:
    return UnitPage(list_units(session), load_codes(session).get("unit_kind", []), unit_groups(session))


def move_unit(db: Database, unit_id: int, step: int) -> None:
    """Move a unit one place up (step −1) or down (+1) among the units of its assessment group.

    The two units swap sort numbers; if they share one, the group is renumbered from its lowest number
    upwards in steps of one in the new order. One transaction, audited unit by unit.
    """
    with db.uow("调整单位排序", Permission.ENTER) as uow:
        s = uow.session
        unit = s.get(Unit, unit_id)
        if unit is None:
            raise UserError(f"单位（编号 {unit_id}）不存在，可能已被他人删除")
        peers = list(s.scalars(select(Unit).where(Unit.group == unit.group).order_by(Unit.sort_order, Unit.id)))
        i = peers.index(unit)
        j = i + (1 if step > 0 else -1)
        if not 0 <= j < len(peers):
            return
        a, b = peers[i], peers[j]
        if a.sort_order != b.sort_order:
            a.sort_order, b.sort_order = b.sort_order, a.sort_order
        else:
            base = min(p.sort_order for p in peers)
            peers[i], peers[j] = b, a
            for n, p in enumerate(peers):
                p.sort_order = base + n
        uow.commit()


class UnitChoice(NamedTuple):
    id: int
    name: str


def unit_choices(session: Session, active_only: bool = True) -> list[UnitChoice]:
    """Units for a drop-down, in the county's display order (sort order, then entry order)."""
    stmt = select(Unit.id, Unit.name).order_by(Unit.sort_order, Unit.id)
    if active_only:
        stmt = stmt.where(Unit.active)
    return [UnitChoice(i, n) for i, n in session.execute(stmt)]
