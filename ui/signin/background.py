"""Work before (or around) the main window, off the GUI thread: argon2 takes 0.1–0.3 s per password and a
new demo database several seconds, and no AppContext exists yet. A thin layer over ui.ops.run_in_background
(the same worker thread as every operation): the result or the Chinese message comes back on the GUI thread."""
from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QWidget

from ui.ops import error_text, run_in_background
from zydesk.core.task_state import Cancelled, TaskState

T = TypeVar("T")


def call(parent: QWidget | None, fn: Callable[[TaskState], T], done: Callable[[T], None],
         failed: Callable[[BaseException, str], None], *, progress: str | None = None) -> TaskState:
    """fn(state) on the worker; done(result) or failed(exception, Chinese message) on the GUI thread.
    `progress`: a progress dialog with that title (and 取消) once the work takes longer than 0.3 s.

    The dialogs here have no parent window, so Python owns them: the last reference to one must not be
    dropped on the worker thread (the job is deleted there), or Qt would destroy the dialog in the wrong
    thread. So the job and its callbacks hold the functions only through lists emptied on the GUI thread."""
    work: list[Callable[[TaskState], T]] = [fn]
    replies: list[tuple[Callable[[T], None], Callable[[BaseException, str], None]]] = [(done, failed)]

    def run(state: TaskState) -> T:
        return work[0](state)

    def take_result(result: T) -> None:
        on_done, _f = replies[0]
        work.clear()
        replies.clear()
        on_done(result)

    def take_error(exc: BaseException) -> bool:
        _d, on_failed = replies[0]
        work.clear()
        replies.clear()
        on_failed(exc, "" if isinstance(exc, Cancelled) else error_text(exc))
        return True

    return run_in_background(parent, progress or "操作", run, take_result, None, show_progress=progress is not None,
                             on_error=take_error)
