"""Columns of the 关心关爱 lists: a register's columns follow its description (core.incentives.care), so the
list, the form and the Excel template name each field the same way."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ui.widgets.row_model import Column
from zydesk.core.incentives.care import Register
from zydesk.services.incentives.care import RecordRow


def _value(name: str) -> Callable[[RecordRow], Any]:
    return lambda r: r.values.get(name)


def _share(what: str) -> Callable[[Any], str]:
    return lambda u: f"{u.percent(what)}%"


def register_columns(reg: Register) -> list[Column[RecordRow]]:
    cols: list[Column[RecordRow]] = [Column("姓名", lambda r: r.name, width=5),
                                     Column("公民身份号码", lambda r: r.id_masked, width=11),
                                     Column("单位", lambda r: r.unit, width=9)]
    for f in reg.fields:
        width = 10 if f.name in ("course", "place", "title", "organiser") else 7
        cols.append(Column(f.label, _value(f.name), width=max(width, len(f.label))))  # the heading is never cut
    return cols


def unit_columns(duties: list[str]) -> list[Column[Any]]:
    cols: list[Column[Any]] = [Column("单位", lambda u: u.unit, width=12), Column("在职干部", lambda u: u.total, width=5)]
    for what in duties:
        cols.append(Column(f"{what}覆盖", _share(what), width=7))
    return cols


MISSING_COLUMNS: list[Column[Any]] = [
    Column("事项", lambda m: m[0], width=8),
    Column("姓名", lambda m: m[1], width=5),
    Column("单位", lambda m: m[2], width=10),
    Column("说明", lambda m: m[3], width=16),
    Column("依据", lambda m: m[4], width=8),
]
