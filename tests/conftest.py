from __future__ import annotations

import gc
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from zydesk.storage.uow import Database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENPYXL_LXML", "False")  # as zydesk/__init__.py sets it (test modules import openpyxl first)


@pytest.fixture(autouse=True, scope="session")
def _no_collection_in_worker_threads() -> Iterator[None]:
    """As in the app (ui.app.collect_garbage_on_gui_thread): Python's cyclic collector would run in
    whichever thread allocates and could destroy a previous test's Qt objects from a worker thread."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_on_main_thread() -> Iterator[None]:
    yield
    _drain_operations()
    gc.collect()
    # What survives is held by modules, caches or wider fixtures: take it out of later passes (as
    # ui.app.freeze_after_start does), or each pass walks everything the session built so far and
    # the teardowns grow to seconds. Garbage of each test is still collected after it.
    gc.freeze()


def _drain_operations(timeout_s: float = 60) -> None:
    """Operations run one at a time on one worker: one a test left running would hold up the next test's
    (and could outlive its database). Let every started operation report back before the next test."""
    import sys
    import time

    ops = sys.modules.get("ui.ops")
    if ops is None or not ops.pending():
        return
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    end = time.monotonic() + timeout_s
    while ops.pending() and time.monotonic() < end and app is not None:
        app.processEvents()
        time.sleep(0.002)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real per-user data folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("ZYDESK_HOME", str(home))
    monkeypatch.delenv("ZYDESK_DB", raising=False)
    from tests.accounts import CLERK, PASSWORD

    monkeypatch.setenv("ZYDESK_USER", CLERK)  # the CLI signs in as the test clerk
    monkeypatch.setenv("ZYDESK_PASSWORD", PASSWORD)
    monkeypatch.delenv("ZYDESK_NEW_PASSWORD", raising=False)


# Both backends. A test that uses a database fixture (db, demo_db, db_url) runs on SQLite and on PostgreSQL
# (a throwaway server on loopback, tests/pg_server.py): the services, the CLI's JSON, imports, rankings, scans
# and cases must give the same results on both. These modules stay on SQLite, and why:
SQLITE_ONLY_MODULES = {
    "test_storage": "the database file itself: WAL, pragmas, its place on disk",
    "test_encryption": "SQLCipher files and their key slots",
    "test_signin": "key slots (the server's sign-in and lockout: tests/test_postgresql.py)",
    "test_cli_signin": "key slots, rekey and the recovery key of a file",
    "test_kill": "a process killed while writing a file",
    "test_backups": "backups are files beside the database (a server is backed up by its own tools)",
    "test_paths": "where files go on disk",
    "test_integrity": "SQLite's integrity_check and damaged files opened read-only",
    "test_frozen": "the built program",
    "test_schema_upgrades": "SQL dumps of released SQLite files",
    "test_transactions": "BEGIN IMMEDIATE, the busy timeout, two processes on one file",
    "test_audit_chain": "raw edits of the file and the head file beside it (server: tests/test_postgresql.py)",
    "test_leftovers": "files beside a database after a killed export",
    "test_postgresql": "chooses its backends itself",
}
# The window's tests (modules named *gui*) stay on SQLite too: what they show comes through the services
# tested on both backends here, and doubling them would double the slowest part of the suite.
BACKENDS = ("sqlite", "postgresql")


def _sqlite_only(metafunc: pytest.Metafunc) -> bool:
    module = metafunc.module.__name__.rsplit(".", 1)[-1]
    return (module in SQLITE_ONLY_MODULES or "gui" in module
            or metafunc.definition.get_closest_marker("sqlite_only") is not None)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    if metafunc.definition.get_closest_marker("server_only") is not None:  # interleaving writers: a server's
        metafunc.parametrize("backend", ("postgresql",), indirect=True)
    elif not _sqlite_only(metafunc):
        metafunc.parametrize("backend", BACKENDS, indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """"sqlite" or "postgresql" (see pytest_generate_tests): where db, demo_db and db_url are."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def server() -> Iterator[Any]:
    """The test PostgreSQL server, started once when a test first needs it (tests/pg_server.py). Without
    its programs the PostgreSQL tests are skipped, unless ZYDESK_REQUIRE_POSTGRESQL (or CI) says they must run."""
    from tests import pg_server

    pytest.importorskip("psycopg")
    if pg_server.find_bin() is None:
        if os.environ.get("CI") or os.environ.get("ZYDESK_REQUIRE_POSTGRESQL"):
            pytest.fail("PostgreSQL 服务器程序（initdb、pg_ctl）未安装：.ci/run 应已用 apt-get 安装 postgresql")
        pytest.skip("PostgreSQL server programs (initdb, pg_ctl) are not installed: "
                    "apt-get install postgresql to run the server tests")
    with pg_server.running_server() as srv:
        yield srv


@pytest.fixture
def db_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """Where the test's database is: a file, or a database on the test server (dropped after the test). On
    the server it is created empty unless db/demo_db fill it from their template."""
    if backend == "sqlite":
        yield "sqlite:///" + str(tmp_path / "test.sqlite")
        return
    srv = request.getfixturevalue("server")
    name = srv.new_name()
    if not {"db", "demo_db"} & set(request.fixturenames):
        srv.create_database(name)
    try:
        yield srv.url(name)
    finally:
        srv.drop_database(name)


def _template(folder: Path, fill: Callable[[Database], object] | None = None, url: str | None = None) -> Path:
    """Create (and fill) one encrypted database with the test accounts (tests/accounts.py); tests get copies
    of it, file and key slots. Closed, so the WAL is folded into the file. On the server (url) the same in a
    database that tests clone."""
    from tests.accounts import ADMIN, CLERK_ROLES, PASSWORD, add_test_accounts, as_role
    from zydesk.services.security.signin import create_database

    path = folder / "template.sqlite"
    with pytest.MonkeyPatch.context() as mp:  # a session fixture runs before _isolated_home
        mp.setenv("ZYDESK_HOME", str(folder / "home"))
        mp.delenv("ZYDESK_DB", raising=False)
        database = create_database(url or "sqlite:///" + str(path), ADMIN, PASSWORD).db
        try:
            add_test_accounts(database)
            if fill is not None:
                fill(as_role(database, *CLERK_ROLES))
        finally:
            database.dispose()
    assert url is not None or not Path(str(path) + "-wal").exists()
    return path


@pytest.fixture(scope="session")
def _migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _template(tmp_path_factory.mktemp("template"))


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from zydesk.demo import fill_demo

    return _template(tmp_path_factory.mktemp("demo-template"), fill_demo)


def _server_template(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, name: str,
                     fill: Callable[[Database], object] | None = None) -> str:
    """A database on the test server, migrated with the test accounts (and filled) once per session: tests
    clone it (CREATE DATABASE … TEMPLATE), which is far quicker than migrating each time."""
    srv = request.getfixturevalue("server")
    srv.create_database(name)
    _template(tmp_path_factory.mktemp(name), fill, srv.url(name))
    return name


@pytest.fixture(scope="session")
def _pg_migrated_template(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    return _server_template(request, tmp_path_factory, "zy_template")


@pytest.fixture(scope="session")
def _pg_demo_template(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    from zydesk.demo import fill_demo

    return _server_template(request, tmp_path_factory, "zy_demo_template", fill_demo)


def _open_copy(template: Path, url: str) -> Database:
    """A copy of the template at url, opened the one way the program opens a file (checks included), with
    业务员 (录入员+审核员) signed in. The key is the template's, held already: no argon2 per test."""
    from tests.accounts import CLERK, CLERK_ROLES
    from zydesk.core.security.principal import Principal
    from zydesk.storage import cipher, keyslots
    from zydesk.storage.audit_chain import head_path
    from zydesk.storage.engine import sqlite_path
    from zydesk.storage.migrate import open_database
    from zydesk.storage.uow import Database

    target = sqlite_path(url)
    assert target is not None
    shutil.copyfile(template, target)
    shutil.copyfile(keyslots.keys_path(template), keyslots.keys_path(target))
    if head_path(template).exists():  # the audit chain's head goes with its file
        shutil.copyfile(head_path(template), head_path(target))
    key = cipher.key_for(template)
    assert key is not None
    cipher.remember(target, key)
    return Database(open_database(url), Principal(CLERK, CLERK_ROLES))


def _open_clone(request: pytest.FixtureRequest, template: str, url: str) -> Database:
    """A clone of the server template at url (db_url's name), opened the way the program opens a server
    database, 业务员 acting (signed in already: the account's password is not checked per test)."""
    from sqlalchemy.engine import make_url

    from tests.accounts import CLERK, CLERK_ROLES
    from zydesk.core.security.principal import Principal
    from zydesk.storage.migrate import open_database
    from zydesk.storage.uow import Database

    name = make_url(url).database
    assert name is not None
    request.getfixturevalue("server").create_database(name, template=template)
    return Database(open_database(url), Principal(CLERK, CLERK_ROLES))


def _open_database(request: pytest.FixtureRequest, backend: str, url: str, demo: bool) -> Database:
    if backend == "sqlite":
        return _open_copy(request.getfixturevalue("_demo_template" if demo else "_migrated_template"), url)
    return _open_clone(request, request.getfixturevalue("_pg_demo_template" if demo else "_pg_migrated_template"),
                       url)


@pytest.fixture
def db(db_url: str, backend: str, request: pytest.FixtureRequest) -> Iterator[Database]:
    """A fresh, migrated database with the code tables and nothing else (a copy of one migrated per session)."""
    database = _open_database(request, backend, db_url, demo=False)
    yield database
    database.dispose()


@pytest.fixture
def demo_db(db_url: str, backend: str, request: pytest.FixtureRequest) -> Iterator[Database]:
    """The demo county (fill_demo with its defaults) at db_url, a copy of one filled per session."""
    database = _open_database(request, backend, db_url, demo=True)
    yield database
    database.dispose()


@pytest.fixture
def settle(qtbot):  # type: ignore[no-untyped-def]
    """settle(): wait until every operation started on the operations boundary (ui.ops) has reported back."""
    from ui import ops

    def wait(timeout: int = 10_000) -> None:
        qtbot.waitUntil(lambda: ops.pending() == 0, timeout=timeout)

    return wait


@pytest.fixture
def window(qtbot, db: Database) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    """The main window over a database with one 镇 (modules that need another set-up define their own)."""
    from PySide6.QtCore import QThreadPool

    from tests import factories
    from ui.main_window import MainWindow

    factories.add_unit(db, "城关镇", kind="镇", group="镇", sort=1)
    win = MainWindow(db)
    qtbot.addWidget(win)
    yield win
    QThreadPool.globalInstance().waitForDone(10_000)
