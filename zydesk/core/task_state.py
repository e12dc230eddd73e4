"""Progress and cancel for long operations (imports, batch printing, scans), with no Qt in it.

A long function takes `state: TaskState`, calls state.progress(done, total) now and then and
state.check() at safe points; check() raises Cancelled once the clerk pressed 取消.
"""
from __future__ import annotations

import threading
from collections.abc import Callable


class Cancelled(Exception):
    def __init__(self) -> None:
        super().__init__("操作已取消，未做任何修改。")


class TaskState:
    def __init__(self, on_progress: Callable[[int, int, str], None] | None = None) -> None:
        self._on_progress = on_progress
        self._cancel = threading.Event()

    def progress(self, done: int, total: int, message: str = "") -> None:
        if self._on_progress is not None:
            self._on_progress(done, total, message)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()
