"""Code tables (reference data) as the rest of the program reads them."""
from __future__ import annotations

import json
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from zydesk import paths
from zydesk.storage.models import CodeItem, DisciplineKind


def load_codes(session: Session) -> dict[str, list[str]]:
    rows = session.execute(
        select(CodeItem.table_name, CodeItem.label).where(CodeItem.active).order_by(CodeItem.table_name, CodeItem.sort)
    )
    codes: dict[str, list[str]] = {}
    for table, label in rows:
        codes.setdefault(table, []).append(label)
    return codes


@cache
def vote_options() -> dict[str, tuple[str, ...]]:
    """Options of each kind of democratic vote (fixed by the policy, shipped in db/reference)."""
    data: dict[str, Any] = json.loads((paths.db_dir() / "reference" / "vote_options.json").read_text("utf-8"))
    return {k: tuple(v) for k, v in data.items() if not k.startswith("_")}


def discipline_periods(session: Session) -> dict[tuple[str, str], int | None]:
    """(category, kind) → default 影响期 in months (None: no period)."""
    rows = session.execute(select(DisciplineKind.category, DisciplineKind.kind, DisciplineKind.months))
    return {(c, k): m for c, k, m in rows}
