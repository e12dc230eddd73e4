"""What every tab receives: the open database, a way to run operations, and change notifications."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ui.ops import run_in_background
from zydesk.core.task_state import TaskState
from zydesk.services.handle import Database

T = TypeVar("T")


class Events(QObject):
    # Emitted after a write, with what changed ("cadres", "units", "unit-scores", "cases", ... or "*").
    data_changed = Signal(str)


class AppContext:
    def __init__(self, db: Database, window: QWidget | None = None) -> None:
        self.db = db
        self.window = window
        self.events = Events()

    def run(self, title: str, fn: Callable[[TaskState], T], on_success: Callable[[T], None],
            on_failure: Callable[[str], None] | None = None, *, show_progress: bool = True) -> TaskState:
        """Start fn(state) off the GUI thread; callbacks run on the GUI thread."""
        return run_in_background(self.window, title, fn, on_success, on_failure, show_progress=show_progress)

    def changed(self, what: str) -> None:
        self.events.data_changed.emit(what)

    def __repr__(self) -> str:
        return f"AppContext({self.db.url!r})"

    def __getattr__(self, name: str) -> Any:  # pragma: no cover - a clear message for a typo in a tab
        raise AttributeError(f"AppContext has no {name!r}")
