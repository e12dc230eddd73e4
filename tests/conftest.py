from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


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
    gc.collect()


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real per-user data folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("ZYDESK_HOME", str(home))
    monkeypatch.delenv("ZYDESK_DB", raising=False)


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return "sqlite:///" + str(tmp_path / "test.sqlite")


@pytest.fixture
def db(db_url: str) -> Iterator["Database"]:  # noqa: F821
    """A fresh, migrated database with the code tables and nothing else."""
    from zydesk.storage.migrate import open_database
    from zydesk.storage.uow import Database

    database = Database(open_database(db_url), user="测试员")
    yield database
    database.dispose()


def settle(qtbot: Any, timeout: int = 10_000) -> None:
    """Wait until every operation started by the window has been delivered (ui.ops)."""
    from ui import ops

    qtbot.waitUntil(lambda: ops.pending() == 0, timeout=timeout)
