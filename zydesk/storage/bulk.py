"""Many rows into one table inside the caller's transaction, the fastest way the open database offers.

On PostgreSQL `COPY … FROM STDIN` (psycopg's copy): one stream instead of a statement per row, which on a
socket was most of a 50,000-row import's time. Elsewhere (SQLite) the driver's executemany of one compiled
INSERT. Either way the values go through the column types' own bind processors (each distinct value once),
so both store exactly what an INSERT through SQLAlchemy would."""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table, insert
from sqlalchemy.sql.schema import ScalarElementColumnDefault


def insert_rows(conn: Connection, table: Table, columns: Mapping[str, Sequence[Any]]) -> int:
    """INSERT len(column) rows; columns: column name → values (all of one length). Returns the count."""
    keys = list(columns)
    n = len(columns[keys[0]]) if keys else 0
    if not n:
        return 0
    dialect = conn.dialect
    cols = {k: _processed(conn, table, k, columns[k]) for k in keys}
    if dialect.name == "postgresql":
        filled = _with_defaults(table, cols, n)
        if filled is not None:
            _copy(conn, table, filled)
            return n
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
    done = {v: proc(v) for v in set(values)}  # values repeat (dates, flags): process each once
    return list(map(done.__getitem__, values))


def _with_defaults(table: Table, cols: dict[str, Sequence[Any]], n: int) -> dict[str, Sequence[Any]] | None:
    """The columns plus the plain Python defaults (e.g. status 在职) an INSERT would have sent; None when a
    left-out column's default is computed on the client (a function, a SQL expression): then COPY cannot
    reproduce it and the caller uses INSERT. Server defaults (version, ids) apply to COPY as to INSERT."""
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
    with raw.cursor() as cur, cur.copy(sql) as copy:
        for row in zip(*cols.values()):
            copy.write_row(row)
