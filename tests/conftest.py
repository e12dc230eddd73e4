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


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return "sqlite:///" + str(tmp_path / "test.sqlite")


def _template(folder: Path, fill: Callable[[Database], object] | None = None) -> Path:
    """Create (and fill) one encrypted database with the test accounts (tests/accounts.py); tests get copies
    of it, file and key slots. Closed, so the WAL is folded into the file."""
    from tests.accounts import ADMIN, CLERK_ROLES, PASSWORD, add_test_accounts, as_role
    from zydesk.services.security.signin import create_database

    path = folder / "template.sqlite"
    with pytest.MonkeyPatch.context() as mp:  # a session fixture runs before _isolated_home
        mp.setenv("ZYDESK_HOME", str(folder / "home"))
        mp.delenv("ZYDESK_DB", raising=False)
        database = create_database("sqlite:///" + str(path), ADMIN, PASSWORD).db
        try:
            add_test_accounts(database)
            if fill is not None:
                fill(as_role(database, *CLERK_ROLES))
        finally:
            database.dispose()
    assert not Path(str(path) + "-wal").exists()
    return path


@pytest.fixture(scope="session")
def _migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _template(tmp_path_factory.mktemp("template"))


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from zydesk.demo import fill_demo

    return _template(tmp_path_factory.mktemp("demo-template"), fill_demo)


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


@pytest.fixture
def db(db_url: str, _migrated_template: Path) -> Iterator[Database]:
    """A fresh, migrated database with the code tables and nothing else (a copy of one migrated per session)."""
    database = _open_copy(_migrated_template, db_url)
    yield database
    database.dispose()


@pytest.fixture
def demo_db(db_url: str, _demo_template: Path) -> Iterator[Database]:
    """The demo county (fill_demo with its defaults) at db_url, a copy of one filled per session."""
    database = _open_copy(_demo_template, db_url)
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
