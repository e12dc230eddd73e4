"""Fast bulk writes for imports: values given column by column, stored by zydesk.storage.bulk (COPY on
PostgreSQL, executemany elsewhere, each with the column types' own bind processors); only per-row Python
overhead is skipped."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import JSON, Table, select
from sqlalchemy.orm import Session

from zydesk.storage.bulk import insert_rows


def insert_columns(session: Session, table: Table, columns: Mapping[str, Sequence[Any]]) -> int:
    """INSERT len(column) rows inside the session's transaction; columns: column name → values."""
    return insert_rows(session.connection(), table, columns)


def key_to_id(session: Session, table: Table, key: str) -> dict[Any, int]:
    """{natural key: id} for every row of table, read without per-row result processing."""
    conn = session.connection()
    sql = select(table.c[key], table.c.id).compile(dialect=conn.dialect).string
    result = conn.exec_driver_sql(sql)
    try:
        return dict(result.cursor.fetchall())  # the driver's plain tuples: 50,000 rows in a few ms
    finally:
        result.close()


def update_versioned(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """UPDATE by primary key of rows of a table whose records carry an optimistic-locking `version`
    (the ORM's bulk update wants each row's version): each changed record's version moves on, so a form
    opened before the import cannot save over it. Rows name different columns: one statement per set.

    A row may carry BEFORE: {column: the value the import read and compared}. The update then applies only
    while those columns still hold those values: a clerk's save committed after the import read the record
    (on a server, where the two interleave) makes the count come short, and the whole import is refused as a
    conflict and run again on fresh data (`retried`) — the clerk's change is never overwritten unseen."""
    from sqlalchemy import and_, bindparam, update

    from zydesk.storage import failures
    from zydesk.storage.uow import ServerConflict

    groups: dict[tuple[tuple[str, ...], tuple[str, ...]], list[dict[str, Any]]] = {}
    for r in rows:
        keys = tuple(sorted(k for k in r if k not in ("id", BEFORE)))
        seen: Mapping[str, Any] = r.get(BEFORE) or {}
        was = tuple(sorted(k for k in seen if not isinstance(table.c[k].type, JSON)))  # a server's json has no "="
        groups.setdefault((keys, was), []).append({"b_id": r["id"], **{f"v_{k}": r[k] for k in keys},
                                                    **{f"w_{k}": seen[k] for k in was}})
    for (keys, was), params in groups.items():
        unchanged = [table.c[k].is_not_distinct_from(bindparam(f"w_{k}", type_=table.c[k].type)) for k in was]
        stmt = (update(table).where(and_(table.c.id == bindparam("b_id"), *unchanged))
                .values({**{k: bindparam(f"v_{k}", type_=table.c[k].type) for k in keys},
                         "version": table.c.version + 1}))
        done = session.connection().execute(stmt, params)
        if was and 0 <= done.rowcount < len(params):
            raise ServerConflict(failures.SERVER_BUSY)


BEFORE = "__before__"  # the key of a row's read values in update_versioned
