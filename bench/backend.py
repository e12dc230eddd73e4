"""Which database the benchmarks measure: the encrypted file (default) or PostgreSQL (`python -m bench --backend
postgresql`). On the server, a throwaway cluster on loopback (bench/pg_cluster.py) is started once by
`python -m bench` and its port handed to each benchmark's process (ZYDESK_BENCH_PG_PORT); a benchmark run on
its own starts one itself. A benchmark's data is made as always — the cached synthetic file — and, on the
server, moved into a new database there by `zydesk migrate-to`'s own copy (verified), so both backends measure
the same rows."""
from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from bench import accounts

if TYPE_CHECKING:
    from zydesk.services.migration import MoveReport
    from zydesk.storage.uow import Database

BACKENDS = ("sqlite", "postgresql")
BACKEND_ENV = "ZYDESK_BENCH_BACKEND"
PORT_ENV = "ZYDESK_BENCH_PG_PORT"
# The benchmarks that measure the database on either backend (the others measure the file, the window or
# pure rules, and run only on the default backend).
ON_SERVER = ("adjustment", "contention", "import", "ranking", "tolerance")
BACKEND_NAMES = {"sqlite": "本机加密数据库文件（SQLCipher）", "postgresql": "PostgreSQL（本机回环上的临时实例）"}


def backend() -> str:
    value = os.environ.get(BACKEND_ENV, "sqlite")
    return value if value in BACKENDS else "sqlite"


def on_server() -> bool:
    return backend() == "postgresql"


def label(text: str) -> str:
    """A figure's name, marked when it was measured on the server."""
    return f"[PG] {text}" if on_server() else text


@contextlib.contextmanager
def cluster() -> Iterator[None]:
    """The server for this run (started here unless a parent already did); nothing on SQLite."""
    if not on_server() or os.environ.get(PORT_ENV):
        yield
        return
    from bench.pg_cluster import find_bin, running_server

    if find_bin() is None:
        raise SystemExit("找不到 PostgreSQL 服务器程序（initdb、pg_ctl）：apt-get install postgresql 后再运行。")
    with running_server() as server:
        os.environ[PORT_ENV] = str(server.port)
        try:
            yield
        finally:
            os.environ.pop(PORT_ENV, None)


def new_database() -> str:
    """A new empty database on the benchmark server: its URL (the cluster's superuser owns it)."""
    from bench.pg_cluster import Server

    port = os.environ.get(PORT_ENV)
    if not port:
        raise RuntimeError("no benchmark server: run inside backend.cluster()")
    return Server(int(port), Path(), Path()).new_database()


def moved(path: Path) -> str:
    """The database file at path copied into a new server database (migrate-to's copy, verified): its URL."""
    return move(path)[0]


def move(path: Path) -> tuple[str, MoveReport, float]:
    """moved(), with the copy's report and how long it took (seconds)."""
    import time

    from zydesk.services.migration import migrate_to
    from zydesk.services.security.signin import sign_in

    url = new_database()
    admin = sign_in(accounts.url_of(path), accounts.ADMIN, accounts.PASSWORD).db
    try:
        t0 = time.perf_counter()
        report = migrate_to(admin, url)
        took = time.perf_counter() - t0
    finally:
        admin.dispose()
    if not report.ok:
        raise RuntimeError(f"copy to the benchmark server did not verify: {report.as_json()}")
    return url, report, took


def open_url(url: str) -> Database:
    """A server database opened (checked, migrated) as the benchmark account, the way open_db opens a file."""
    from zydesk.storage.migrate import open_database
    from zydesk.storage.uow import Database

    return Database(open_database(url), accounts.principal())


def store(path: Path) -> Database:
    """The benchmark's writable database: the file at path itself, or on the server a copy of it."""
    if on_server():
        return open_url(moved(path))
    return accounts.open_db(path)


def create(path: Path) -> Database:
    """A new store with the administrator and the benchmark account (`accounts.create`), on this backend."""
    db = accounts.create(path)
    if not on_server():
        return db
    db.dispose()
    return store(path)
