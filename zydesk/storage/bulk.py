"""Many rows into one table inside the caller's transaction, the fastest way the open database offers.

On PostgreSQL `COPY … FROM STDIN` (psycopg's copy): one stream instead of a statement per row, which on a
socket was most of a 50,000-row import's time. Elsewhere (SQLite) the driver's executemany of one compiled
INSERT. Either way the values go through the column types' own bind processors (each distinct value once),
so both store exactly what an INSERT through SQLAlchemy would."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Table, insert
from sqlalchemy.sql.schema import ScalarElementColumnDefault


def insert_rows(conn: Connection, table: Table, columns: Mapping[str, Sequence[Any]]) -> int:
    """INSERT len(column) rows; columns: column name → values (all of one length). Returns the count."""
    keys = list(columns)
    n = len(columns[keys[0]]) if keys else 0
    if not n:
        return 0
    filled = _with_defaults(table, columns, n)
    if filled is None:  # a default computed per row: SQLAlchemy's own INSERT does it
        conn.execute(insert(table), [dict(zip(keys, r)) for r in zip(*columns.values())])
        return n
    dialect = conn.dialect
    cols = {k: _processed(conn, table, k, v) for k, v in filled.items()}
    if dialect.name == "postgresql":
        _copy(conn, table, cols)
        return n
    keys = list(cols)
    compiled = insert(table).compile(dialect=dialect, column_keys=keys)
    if compiled.positional:
        params: Sequence[Any] = list(zip(*(cols[name] for name in compiled.positiontup or ())))
    else:
        params = [dict(zip(keys, r)) for r in zip(*(cols[k] for k in keys))]
    conn.exec_driver_sql(compiled.string, params)
    return n


def _processed(conn: Connection, table: Table, key: str, values: Sequence[Any]) -> Sequence[Any]:
    dialect = conn.dialect
    proc: Callable[[Any], Any] | None = table.c[key].type.dialect_impl(dialect).bind_processor(dialect)
    if proc is None:
        return values
    try:
        done = {v: proc(v) for v in set(values)}  # values repeat (dates, flags): process each once
    except TypeError:  # unhashable values (JSON documents): one by one
        return list(map(proc, values))
    return list(map(done.__getitem__, values))


def _with_defaults(table: Table, cols: Mapping[str, Sequence[Any]], n: int) -> dict[str, Sequence[Any]] | None:
    """The columns plus the plain Python defaults (e.g. status 在职) an INSERT would have sent; None when a
    left-out column's default is computed on the client (a function, a SQL expression): then the caller
    lets SQLAlchemy's INSERT compute it. Server defaults (version, ids) apply to COPY as to INSERT."""
    out = dict(cols)
    for c in table.c:
        if c.key in cols or c.default is None:
            continue
        if not isinstance(c.default, ScalarElementColumnDefault):
            return None
        out[c.key] = [c.default.arg] * n
    return out


def _copy(conn: Connection, table: Table, cols: Mapping[str, Sequence[Any]]) -> None:
    quote = conn.dialect.identifier_preparer
    names = ", ".join(quote.format_column(table.c[k]) for k in cols)
    sql = f"COPY {quote.format_table(table)} ({names}) FROM STDIN"
    raw: Any = conn.connection.driver_connection  # psycopg's connection, inside this transaction
    converted = [_copy_texts(v) for v in cols.values()]
    texts = [t for t in converted if t is not None]
    with raw.cursor() as cur, cur.copy(sql) as copy:
        if len(texts) == len(converted):
            # COPY's text format built column by column, joined and sent a chunk at a time: the server
            # works on one chunk while the next is joined
            n = len(texts[0]) if texts else 0
            for k in range(0, n, _CHUNK):
                lines = map("\t".join, zip(*(t[k:k + _CHUNK] for t in texts)))
                copy.write("\n".join(lines) + "\n")
        else:  # a type the text form does not cover: psycopg's own adapters, row by row
            for row in zip(*cols.values()):
                copy.write_row(row)


_CHUNK = 5_000  # rows a write: the server starts on the first while the rest are sent
_NONE = type(None)
_TEXT_KINDS = frozenset({str, _NONE})
_ESCAPED = "\\\t\n\r"
_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def _copy_text(v: Any) -> str | None:
    """One value in COPY's text format; None for a type left to psycopg (JSON, bytes …)."""
    if v is None:
        return "\\N"
    cls = v.__class__
    if cls is str:
        return v.translate(_ESCAPES)  # type: ignore[no-any-return]
    if cls is bool:
        return "t" if v else "f"
    if cls is int or cls is Decimal:
        return str(v)
    if cls is dt.date:
        return v.isoformat()  # type: ignore[no-any-return]
    if cls is dt.datetime and v.tzinfo is None:
        return v.isoformat(" ")  # type: ignore[no-any-return]
    return None


def _copy_texts(values: Sequence[Any]) -> Sequence[str] | None:
    """A column in COPY's text format, each distinct value converted once; None if one cannot be."""
    kinds = set(map(type, values))
    if kinds <= _TEXT_KINDS:  # names, ID numbers: as they are unless one holds a character COPY escapes
        present = [v for v in values if v is not None] if _NONE in kinds else values
        joined = "\x1f".join(present)
        if not any(ch in joined for ch in _ESCAPED):
            return ["\\N" if v is None else v for v in values] if _NONE in kinds else values
    try:
        done = {v: _copy_text(v) for v in set(values)}
    except TypeError:  # an unhashable value (JSON): psycopg's adapters
        return None
    if None in done.values():
        return None
    return list(map(done.__getitem__, values))  # type: ignore[arg-type]
