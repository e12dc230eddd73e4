"""zydesk.storage.bulk: many rows stored alike on both backends (COPY on PostgreSQL, executemany on SQLite),
awkward text, NULLs, flags, dates, numbers, JSON and left-out columns with a default included."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    create_engine,
    select,
)

from zydesk.storage.bulk import insert_rows

TEXTS = ["普通", "a\\b", "制表\t符", "换\n行", "回\r车", "\\N", "", None, "末尾\\"]


def _table() -> tuple[MetaData, Table]:
    md = MetaData()
    t = Table("bulk_probe", md, Column("id", Integer, primary_key=True), Column("txt", String(40)), Column("plain", String(20)),
              Column("flag", Boolean), Column("day", Date), Column("at", DateTime), Column("amount", Numeric(10, 2)),
              Column("status", String(10), default="在职"), Column("version", Integer, server_default="1"),
              Column("extra", JSON))
    return md, t


def _columns(with_json: bool) -> dict[str, list[Any]]:
    n = len(TEXTS)
    cols: dict[str, list[Any]] = {
        "txt": TEXTS, "plain": [None if k % 3 == 0 else f"名{k}" for k in range(n)],  # nothing to escape
        "flag": [k % 3 == 0 if k % 4 else None for k in range(n)],
        "day": [dt.date(2020, 1, 1) + dt.timedelta(days=k) if k % 5 else None for k in range(n)],
        "at": [dt.datetime(2026, 12, 4, 10, 32, k) for k in range(n)],
        "amount": [Decimal("1.50") * k for k in range(n)]}
    if with_json:
        cols["extra"] = [{"k": k, "名": "值"} for k in range(n)]
    return cols


@pytest.mark.parametrize("with_json", [False, True])
def test_rows_stored_alike(backend: str, with_json: bool, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    url = f"sqlite:///{tmp_path / 'b.sqlite'}" if backend == "sqlite" else request.getfixturevalue("server").new_database()
    engine = create_engine(url)
    md, t = _table()
    try:
        md.create_all(engine)
        cols = _columns(with_json)
        with engine.begin() as conn:
            assert insert_rows(conn, t, cols) == len(TEXTS)
            assert insert_rows(conn, t, {"txt": []}) == 0
        with engine.connect() as conn:
            rows = conn.execute(select(t).order_by(t.c.id)).all()
    finally:
        engine.dispose()
    assert [r.txt for r in rows] == TEXTS
    for key, values in cols.items():
        assert [getattr(r, key) for r in rows] == values, key
    assert {r.status for r in rows} == {"在职"} and {r.version for r in rows} == {1}
