"""What every tab receives: the open database (passed through operations, never read here), the window
operations report to, and change notifications."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from zydesk.services import notices
from zydesk.services.handle import Database


class Events(QObject):
    # Emitted after a write, with what changed ("cadres", "units", "unit-scores", "cases", ... or "*").
    data_changed = Signal(str)
    # Another clerk's committed change (PostgreSQL), emitted on the listener's thread, queued to this one.
    remote_change = Signal(str)


class AppContext:
    """Reads and writes go through ui.ops.QueryOp / WriteOp, which hand `db` to a service off the GUI thread."""

    def __init__(self, db: Database, window: QWidget | None = None) -> None:
        self.db = db
        self.window = window
        self.events = Events()
        self.events.remote_change.connect(self._elsewhere_changed, Qt.ConnectionType.QueuedConnection)
        self._listening: notices.Listening | None = None
        self.elsewhere = False  # True while a change another clerk made is being announced

    def _elsewhere_changed(self, what: str) -> None:
        self.elsewhere = True  # a page that refreshes itself after its own writes reloads for these
        try:
            self.changed(what)
        finally:
            self.elsewhere = False

    def listen(self) -> None:
        """Reload what other clerks change (PostgreSQL; nothing on SQLite): their commits arrive as the same
        data_changed the window's own writes emit."""
        if self._listening is None:
            self._listening = notices.listen(self.db, self.events.remote_change.emit)

    def stop_listening(self) -> None:
        if self._listening is not None:
            self._listening.stop()
            self._listening = None

    def changed(self, what: str) -> None:
        self.events.data_changed.emit(what)

    def __repr__(self) -> str:
        return f"AppContext({self.db.url!r})"

    def __getattr__(self, name: str) -> Any:  # pragma: no cover - a clear message for a typo in a tab
        raise AttributeError(f"AppContext has no {name!r}")
