"""Copying a database file into an empty PostgreSQL database (`zydesk migrate-to`), and the figures that
prove the copy: rows per table and a checksum computed the same way on both backends.

Every table the models know is copied with every column the models give it (no hand list: a column a later
migration adds travels too), parents before children, rows in primary-key order, in batches (the file is
streamed, never read whole). JSON columns travel as their stored text, so an audit entry's before/after
keep the exact text its hash was computed over. The schema is made by the program's own migrations in the
same transaction as the copy: a copy that fails or does not verify is rolled back and leaves the server
database empty.

The checksum of a table is the SHA-256 over its rows in primary-key order, each row's values normalised so
both drivers give the same text: datetimes and dates in ISO form, decimals without trailing zeros, booleans
as true/false, bytes in hex, JSON as its stored text, NULL as null.
"""
from __future__ import annotations

import datetime as dt
import decimal
import hashlib
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import JSON, Column, Connection, Engine, Select, Table, Text, cast, func, insert, select, text
from sqlalchemy.sql import ColumnElement
from sqlalchemy.sql.elements import BindParameter
from sqlalchemy.types import TypeDecorator
from sqlalchemy.sql import column as plain_column
from sqlalchemy.sql import table as plain_table

from zydesk.storage import audit_chain
from zydesk.storage.all_models import metadata
from zydesk.storage.refusals import DatabaseRefused

__all__ = ["BATCH", "TableFigures", "checksum_rows", "copy_table", "create_schema", "ensure_empty",
           "reset_sequences", "row_counts", "source_tables", "table_figures", "verify_chain"]

BATCH = 2000  # rows per INSERT: the city scale (~100k rows) in a few dozen statements per large table
Progress = Callable[[int], None]  # rows copied so far in this table


@dataclass(frozen=True)
class TableFigures:
    rows: int
    sha256: str


def source_tables(conn: Connection) -> list[Table]:
    """The tables to copy, parents first. A table in the file the models do not know means the file was
    written by another program or version: refused rather than left behind."""
    names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
    unknown = sorted(n for n in names - set(metadata.tables) if n != "alembic_version" and not n.startswith("sqlite_"))
    if unknown:
        raise DatabaseRefused(f"数据库中有本程序不认识的表（{'、'.join(unknown)}），无法完整迁移，未做任何修改。")
    return [t for t in metadata.sorted_tables if t.name in names]


def _is_json(col: Column[Any]) -> bool:
    return isinstance(col.type, JSON)


def _selected(col: Column[Any]) -> ColumnElement[Any]:
    """JSON as its stored text (an audit entry's hash covers that text); other columns through their type."""
    return cast(col, Text).label(col.name) if _is_json(col) else col


def _ordered(t: Table) -> Select[Any]:
    return select(*[_selected(c) for c in t.columns]).order_by(*t.primary_key.columns)


def _rows(conn: Connection, t: Table, batch: int) -> Iterator[Sequence[Any]]:
    result = conn.execute(_ordered(t), execution_options={"stream_results": True, "yield_per": batch})
    for part in result.partitions(batch):
        yield part


def _value(v: Any) -> Any:
    """One value as both backends' drivers agree on it."""
    if v is None or isinstance(v, (str, int)) and not isinstance(v, bool):
        return v
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, decimal.Decimal):
        return format(v.normalize(), "f") if v else "0"
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, (dt.datetime, dt.date, dt.time)):
        return v.isoformat()
    if isinstance(v, (bytes, bytearray, memoryview)):
        return bytes(v).hex()
    return str(v)


class _Digest:
    def __init__(self) -> None:
        self.hash = hashlib.sha256()
        self.rows = 0

    def add(self, rows: Sequence[Sequence[Any]]) -> None:
        for r in rows:
            self.hash.update(json.dumps([_value(v) for v in r], ensure_ascii=False).encode("utf-8"))
            self.hash.update(b"\n")
        self.rows += len(rows)

    def figures(self) -> TableFigures:
        return TableFigures(self.rows, self.hash.hexdigest())


def checksum_rows(conn: Connection, t: Table, batch: int = BATCH) -> TableFigures:
    """Rows and checksum of table t as this connection sees it."""
    digest = _Digest()
    for part in _rows(conn, t, batch):
        digest.add(part)
    return digest.figures()


def table_figures(conn: Connection, tables: Sequence[Table]) -> dict[str, TableFigures]:
    return {t.name: checksum_rows(conn, t) for t in tables}


def row_counts(conn: Connection, tables: Sequence[Table]) -> dict[str, int]:
    return {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one()) for t in tables}


class _JsonText(TypeDecorator[str]):
    """A JSON column written from its stored text as it is (no second encoding), cast by the server."""
    impl = Text
    cache_ok = True

    def bind_expression(self, bindvalue: BindParameter[str]) -> ColumnElement[Any]:
        return cast(bindvalue, JSON)


def _target_of(t: Table) -> Any:
    """t as the INSERT sees it: JSON columns take the stored text."""
    return plain_table(t.name, *[plain_column(c.name, _JsonText() if _is_json(c) else c.type) for c in t.columns])


def copy_table(source: Connection, target: Connection, t: Table, progress: Progress | None = None,
               batch: int = BATCH) -> TableFigures:
    """Copy every row of t (primary-key order, in batches); the source's figures, taken from the rows as
    they were read (the same order and normalisation as checksum_rows)."""
    into = insert(_target_of(t))
    names = [c.name for c in t.columns]
    digest = _Digest()
    for part in _rows(source, t, batch):
        digest.add(part)
        target.execute(into, [dict(zip(names, r, strict=True)) for r in part])
        if progress is not None:
            progress(digest.rows)
    return digest.figures()


# --- the server side ---------------------------------------------------------------------------------

def ensure_empty(engine: Engine) -> None:
    """Refuse a server database that already holds tables (of this program or any other)."""
    with engine.connect() as conn:
        names = [r[0] for r in conn.execute(text(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
            "ORDER BY table_name"))]
    if names:
        shown = "、".join(names[:5]) + ("等" if len(names) > 5 else "")
        raise DatabaseRefused(f"目标数据库不是空的（已有 {len(names)} 张表：{shown}），未做任何修改。"
                              "迁移只能进入一个新建的空数据库，请技术人员按部署说明新建一个。")


def create_schema(conn: Connection) -> None:
    """The program's migrations on the caller's transaction (the owner's connection), then the rows the
    migrations put in (code tables, the database's id, issuing bodies) taken out again: the copy brings the
    file's own. The trail and its head stay as the migrations left them (empty, head at 0)."""
    from alembic import command

    from zydesk.storage.migrate import alembic_config

    cfg = alembic_config()
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, "heads")
    audit = metadata.tables["audit_entry"]
    if conn.execute(select(func.count()).select_from(audit)).scalar_one():
        raise RuntimeError("新建的表结构中已有审计记录")
    for t in reversed(metadata.sorted_tables):
        if t is not audit:
            conn.execute(t.delete())


def reset_sequences(conn: Connection, tables: Sequence[Table]) -> None:
    """Each serial key's sequence continues after the highest copied id."""
    for t in tables:
        keys = list(t.primary_key.columns)
        if len(keys) != 1 or t.autoincrement_column is not keys[0]:
            continue
        key = keys[0].name
        conn.execute(text(f'SELECT setval(pg_get_serial_sequence(:t, :c), '
                          f'coalesce((SELECT max("{key}") FROM "{t.name}"), 0) + 1, false)'),
                     {"t": t.name, "c": key})


def verify_chain(conn: Connection) -> audit_chain.Verdict:
    """The trail on the server walked as `zydesk audit verify` walks it, ending at the server's head row."""
    return audit_chain.verify(conn, None)
