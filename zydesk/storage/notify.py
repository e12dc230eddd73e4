"""Other clerks' windows learn about changes (PostgreSQL mode): each writing transaction sends, in the same
transaction, `NOTIFY zydesk` with what it changed (the names the window's tabs reload on: "cadres", "units",
… or "*" when the writer did not say), so the server delivers it only if the write commits. A window
listens on a connection of its own in a background thread and skips what its own program sent. SQLite
(one PC): nothing is sent and nobody listens."""
from __future__ import annotations

import contextlib
import json
import logging
import threading
import uuid
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

CHANNEL = "zydesk"
EVERYTHING = "*"
_PROCESS = uuid.uuid4().hex[:12]
_announced: ContextVar[tuple[str, ...] | None] = ContextVar("zydesk_announced", default=None)
log = logging.getLogger(__name__)


def origin(engine: Engine) -> str:
    """Who sent a notice: this program's open database (a window skips its own)."""
    return f"{_PROCESS}-{id(engine)}"


@contextlib.contextmanager
def announcing(changes: tuple[str, ...]) -> Iterator[None]:
    """Writes made inside name what they change (the window's WriteOp passes its `changes`)."""
    token = _announced.set(changes)
    try:
        yield
    finally:
        _announced.reset(token)


def send(session: Session) -> None:
    """Queue the notice in the session's transaction (delivered at commit, dropped at rollback)."""
    bind = session.get_bind()
    if bind.dialect.name != "postgresql" or not isinstance(bind, Engine):
        return
    payload = json.dumps({"from": origin(bind), "changes": list(_announced.get() or (EVERYTHING,))})
    session.execute(text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": payload})


class Listener:
    """LISTEN on a connection of its own; `callback(change)` runs on the listener's thread for every change
    another program committed. `stop()` ends the thread and closes the connection."""

    def __init__(self, engine: Engine, callback: Callable[[str], None], poll_seconds: float = 0.5) -> None:
        self._engine = engine
        self._callback = callback
        self._poll = poll_seconds
        self._own = origin(engine)
        self._stop = threading.Event()
        self.ready = threading.Event()  # set once LISTEN is in place (tests wait for it)
        self._thread = threading.Thread(target=self._run, name="zydesk-notices", daemon=True)
        self._thread.start()

    def _connect(self) -> Any:
        import psycopg

        cargs, cparams = self._engine.dialect.create_connect_args(self._engine.url)
        con = psycopg.connect(*cargs, **cparams, autocommit=True)
        con.execute(f"LISTEN {CHANNEL}")
        return con

    def _run(self) -> None:
        lost = False  # a notice sent while not listening is never delivered: after a gap, reload everything
        while not self._stop.is_set():
            try:
                con = self._connect()
            except Exception:
                log.warning("notices: cannot listen, trying again", exc_info=True)
                lost = True
                self._stop.wait(5)
                continue
            try:
                self.ready.set()
                if lost:
                    lost = False
                    self._callback(EVERYTHING)
                while not self._stop.is_set():
                    for notice in con.notifies(timeout=self._poll):
                        self._deliver(notice.payload)
            except Exception:
                log.warning("notices: connection lost, listening again", exc_info=True)
                lost = True
                self._stop.wait(1)
            finally:
                with contextlib.suppress(Exception):
                    con.close()

    def _deliver(self, payload: str) -> None:
        try:
            notice = json.loads(payload)
            if notice.get("from") == self._own:
                return
            changes = [str(c) for c in notice.get("changes") or [EVERYTHING]]
        except (ValueError, AttributeError):
            changes = [EVERYTHING]
        for change in changes:
            self._callback(change)

    def stop(self, wait: float = 5.0) -> None:
        self._stop.set()
        self._thread.join(wait)


def listen(engine: Engine, callback: Callable[[str], None]) -> Listener | None:
    """Start listening (PostgreSQL); None on SQLite, where one PC writes and its window already knows."""
    if engine.dialect.name != "postgresql":
        return None
    return Listener(engine, callback)
