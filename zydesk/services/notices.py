"""What the window needs of the server's change notices (storage.notify), without touching storage itself:
`announced(changes, fn)` runs a write naming what it changes, `listen(db, callback)` calls back (on a
background thread) with each change another clerk committed. On SQLite `listen` returns None."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol, TypeVar

from zydesk.services.handle import Database
from zydesk.storage import notify

T = TypeVar("T")


class Listening(Protocol):
    def stop(self, wait: float = 5.0) -> None: ...


def announced(changes: Iterable[str], fn: Callable[[], T]) -> T:
    with notify.announcing(tuple(changes)):
        return fn()


def listen(db: Database, callback: Callable[[str], None]) -> Listening | None:
    return notify.listen(db.engine, callback)
