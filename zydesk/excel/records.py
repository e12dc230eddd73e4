"""Shared planning for kinds whose rows map to one table each: match on a natural key, then create,
update (only the columns present in the file) or leave unchanged; write with Core bulk statements."""
from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import insert, inspect, select, update
from sqlalchemy.orm import Session

from zydesk.core.idnumber import mask
from zydesk.excel.bulk import BEFORE, update_versioned
from zydesk.excel.schema import Changes, ErrorSink, Kind, Sheet
from zydesk.storage.audit import plain
from zydesk.storage.base import Base, is_versioned, table_of
from zydesk.storage.models import Cadre, Unit
from zydesk.storage.uow import UnitOfWork


@dataclass
class TablePlan:
    model: type[Base]
    inserts: list[dict[str, Any]] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)  # each with "id" and BEFORE (the values read)

    def write(self, session: Session) -> None:
        if self.inserts:
            session.execute(insert(self.model), self.inserts)
        if self.updates and is_versioned(self.model):  # open forms must refresh: the version moves on
            columns = {a.key: a.columns[0].name for a in inspect(self.model).column_attrs}  # Unit.group: a renamed column
            update_versioned(session, table_of(self.model),
                             [{**{columns[k]: v for k, v in row.items() if k != BEFORE},
                               BEFORE: {columns[k]: v for k, v in row[BEFORE].items()}} for row in self.updates])
        elif self.updates:
            session.execute(update(self.model), [{k: v for k, v in row.items() if k != BEFORE} for row in self.updates])


def unit_ids(session: Session) -> dict[str, int]:
    return {name: uid for name, uid in session.execute(select(Unit.name, Unit.id))}


def cadre_ids(session: Session) -> dict[str, tuple[int, str]]:
    """公民身份号码 → (id, 姓名)."""
    return {idn: (cid, name) for cid, idn, name in session.execute(select(Cadre.id, Cadre.id_number, Cadre.name))}


def find_cadre(cadres: Mapping[str, tuple[int, str]], idn: str | None, i: int, err: ErrorSink,
               header: str = "公民身份号码") -> int | None:
    if idn is None:
        return None
    hit = cadres.get(idn)
    if hit is None:
        err(i, header, f"没有公民身份号码为 {mask(idn)} 的干部，请先导入干部信息")
        return None
    return hit[0]


class Duplicates:
    """Reports a natural key seen twice in the same file."""

    def __init__(self, sheet: Sheet, err: ErrorSink) -> None:
        self.seen: dict[Hashable, int] = {}
        self.sheet = sheet
        self.err = err

    def first(self, key: Hashable, i: int, header: str, what: str) -> bool:
        """True if key is new; else reports the duplicate on row i and returns False."""
        j = self.seen.setdefault(key, i)
        if j != i:
            self.err(i, header, f"与第{self.sheet.rows[j]}行重复（{what}）")
            return False
        return True


K = TypeVar("K", bound=Hashable)


def plan_table(model: type[Base], existing: Mapping[K, tuple[int, dict[str, Any]]],
               incoming: Iterable[tuple[K, dict[str, Any]]], defaults: Mapping[str, Any],
               changes: Changes, *, label: Callable[[int], str] | None = None) -> TablePlan:
    """incoming: (natural key, values) where values holds the key columns and the columns present in
    the file. A new key is inserted (absent columns take `defaults`); a known key is updated with the
    values that differ; otherwise unchanged. Counts and audit before/after go into `changes`."""
    plan = TablePlan(model)
    otype = model.__name__
    for key, values in incoming:
        hit = existing.get(key)
        if hit is None:
            plan.inserts.append({**defaults, **values})
            changes.created += 1
            continue
        oid, current = hit
        before = {k: current[k] for k, v in values.items() if k in current and current[k] != v}
        if not before:
            changes.unchanged += 1
            continue
        after = {k: values[k] for k in before}
        plan.updates.append({"id": oid, **after, BEFORE: before})  # written only while they still hold
        changes.updated += 1
        changes.updates.append((otype, str(oid), {k: plain(v) for k, v in before.items()},
                                {k: plain(v) for k, v in after.items()}))
    return plan


def would_change(existing: Mapping[K, tuple[int, dict[str, Any]]], key: K, values: Mapping[str, Any]) -> bool:
    """Whether plan_table would insert or update this row (a row that changes nothing passes a sealed year)."""
    hit = existing.get(key)
    return hit is None or any(k in hit[1] and hit[1][k] != v for k, v in values.items())


def table_changes(model: type[Base], existing: Mapping[K, tuple[int, dict[str, Any]]],
                  incoming: Iterable[tuple[K, dict[str, Any]]], defaults: Mapping[str, Any]) -> Changes:
    """The Changes of a kind whose rows all go to one table (see plan_table); write them with write_plans."""
    changes = Changes()
    changes.plan = [plan_table(model, existing, incoming, defaults, changes)]
    return changes


def present(sheet: Sheet, values: Mapping[str, Any]) -> dict[str, Any]:
    """The values whose column is in the file: an absent column keeps what the database has."""
    return {k: v for k, v in values.items() if k in sheet.present}


def write_plans(uow: UnitOfWork, changes: Changes) -> None:
    for plan in changes.plan:
        plan.write(uow.session)


class TableKind(Kind):
    """A kind whose check() plans its rows with plan_table / table_changes: writing is writing those plans."""

    def write(self, uow: UnitOfWork, changes: Changes) -> None:
        write_plans(uow, changes)
