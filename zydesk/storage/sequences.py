"""Ids given by the program itself (the demo county writes its rows with their ids): a server hands out the
next id from a sequence that such rows do not move, so it is moved past them; a SQLite file takes the
largest id + 1 by itself."""
from __future__ import annotations

from sqlalchemy import Connection, Integer

from zydesk.storage.all_models import metadata


def follow_given_ids(conn: Connection) -> None:
    """Every table's id sequence (PostgreSQL) continues after the largest id the table holds."""
    if conn.dialect.name != "postgresql":
        return
    quote = conn.dialect.identifier_preparer.quote
    for table in metadata.sorted_tables:
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not isinstance(keys[0].type, Integer):
            continue
        name, column = quote(table.name), quote(keys[0].name)
        conn.exec_driver_sql(  # no sequence (a key the program always gives): pg_get_serial_sequence is NULL
            f"SELECT setval(seq, COALESCE((SELECT MAX({column}) FROM {name}), 0) + 1, false) "
            f"FROM pg_get_serial_sequence('{name}', '{keys[0].name}') AS seq WHERE seq IS NOT NULL")
