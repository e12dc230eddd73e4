"""A window listening for other clerks' changes (PostgreSQL) that lost its connection reloads everything once it
listens again: the server keeps no notice for a listener that was away."""
from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any, cast

from zydesk.storage import notify


class _Connection:
    def __init__(self, fail: bool) -> None:
        self.fail = fail

    def notifies(self, timeout: float) -> Iterator[Any]:
        if self.fail:
            raise OSError("server closed the connection unexpectedly")
        time.sleep(timeout)
        return iter(())

    def close(self) -> None:
        pass


class _Listener(notify.Listener):
    def __init__(self, plan: list[str], callback: Any) -> None:
        self.plan = plan  # per connection attempt: "fail" (cannot connect), "lost" (dropped), "ok"
        super().__init__(cast(Any, object()), callback, poll_seconds=0.01)

    def _connect(self) -> Any:
        step = self.plan.pop(0) if self.plan else "ok"
        if step == "fail":
            raise OSError("could not connect to server")
        return _Connection(step == "lost")


def _heard(plan: list[str], expected: int) -> list[str]:
    """What the window heard once every planned connection was tried (and `expected` calls arrived)."""
    heard: list[str] = []
    listener = _Listener(plan, heard.append)
    try:
        deadline = time.monotonic() + 15
        while (listener.plan or not listener.ready.is_set() or len(heard) < expected) \
                and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(0.2)  # nothing more arrives
    finally:
        listener.stop()
    return heard


def test_a_lost_connection_reloads_everything_once_listening_again() -> None:
    assert _heard(["ok"], 0) == []  # listening from the start: nothing to catch up on
    assert _heard(["lost", "ok"], 1) == [notify.EVERYTHING]


def test_listening_that_started_late_reloads_everything() -> None:
    assert _heard(["fail", "ok"], 1) == [notify.EVERYTHING]
