"""The one way the window reaches data: operations that run a service off the GUI thread.

    QueryOp(ctx, lambda db, state: svc.case_rows(db, year), self.show).run()
    WriteOp(ctx, lambda db, state: svc.conclude(db, case_id, ...), changes="cases",
            success=self.after_save, parent=self).with_progress("认定").run()

A query reads and delivers its result on the GUI thread; a write runs a service (which owns the
transaction, the permission check and the audit), then announces what changed (`ctx.changed`), so every
tab that shows it reloads. Operations run one at a time, in the order they were started, on one worker
thread: a read started after a write sees the write, and two writes never race each other.

Errors: a UserError's message is shown as it is (a `ValidationError` goes to `failure` if one is given,
so a form can put each message beside its field); anything else is logged and shown as an internal error
with the log file's path. A result that arrives after its `parent` widget was closed is dropped.
"""
from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from shiboken6 import isValid

from zydesk.core.task_state import Cancelled, TaskState
from zydesk.errors import UserError
from zydesk.services.crash_log import write_crash_log
from zydesk.services.handle import Database
from zydesk.services.notices import announced
from zydesk.services.refusals import storage_refusal

if TYPE_CHECKING:
    from ui.context import AppContext

T = TypeVar("T")
log = logging.getLogger(__name__)

Operation = Callable[[Database, TaskState], T]


class _Relay(QObject):
    """Lives on the GUI thread; the worker's signals are queued to its slots.

    The worker thread holds Python references to this object too (through the job) and may drop the last
    one. A QObject owned by Python would then be destroyed on the worker thread with its connections —
    which crashes. So the application owns it (parent), and _finish() deletes it on the GUI thread."""

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object, str)

    def __init__(self) -> None:
        super().__init__(QCoreApplication.instance())
        self.on_progress: Callable[[int, int, str], None] = lambda d, t, m: None
        self.on_finished: Callable[[Any], None] = lambda r: None
        self.on_failed: Callable[[BaseException, str], None] = lambda e, tb: None
        self.progress.connect(self._progress)
        self.finished.connect(self._finished)
        self.failed.connect(self._failed)

    @Slot(int, int, str)
    def _progress(self, done: int, total: int, message: str) -> None:
        self.on_progress(done, total, message)

    @Slot(object)
    def _finished(self, result: Any) -> None:
        self.on_finished(result)

    @Slot(object, str)
    def _failed(self, exc: BaseException, tb: str) -> None:
        self.on_failed(exc, tb)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[TaskState], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay
        self.state = TaskState(on_progress=lambda d, t, m: relay.progress.emit(d, t, m))

    def run(self) -> None:
        try:
            try:
                result = self.fn(self.state)
            except BaseException as exc:  # noqa: BLE001 - every failure must reach the GUI thread
                self.relay.failed.emit(exc, traceback.format_exc())
            else:
                self.relay.finished.emit(result)
        except RuntimeError:  # the application is closing and the receiver is gone: nobody to tell
            log.debug("operation result dropped: receiver deleted")


def error_text(exc: BaseException, tb: str = "") -> str:
    """The Chinese message a clerk sees for a failure."""
    if isinstance(exc, (UserError, Cancelled)):
        return str(exc)
    refusal = storage_refusal(exc)  # e.g. a damaged page met while reading: no internal error
    if refusal is not None:
        return refusal
    path = write_crash_log(tb or repr(exc))
    log.error("internal error: %s", tb)
    # the exception's own text is a developer's (English, Python names): the log keeps it, the clerk is told plainly
    return f"程序内部错误，操作未完成。\n详情已写入日志：{path}\n请把该日志交给系统管理员。"


_running: set[_Relay] = set()  # relays alive until their job reports back; also what pending() counts
_pool: QThreadPool | None = None


def _operations_pool() -> QThreadPool:
    """One worker thread: operations run in the order they were started, never two at once."""
    global _pool
    if _pool is None:
        _pool = QThreadPool(QCoreApplication.instance())
        _pool.setMaxThreadCount(1)
        _pool.setExpiryTimeout(-1)
    return _pool


def pending() -> int:
    """Operations started and not yet reported back (tests wait for 0)."""
    return len(_running)


def wait_for_workers(msecs: int = 10_000) -> bool:
    """Block until the worker thread has finished (at exit, before the database is closed)."""
    return _pool.waitForDone(msecs) if _pool is not None else True


def run_in_background(
    parent: QWidget | None,
    title: str,
    fn: Callable[[TaskState], T],
    on_success: Callable[[T], None],
    on_failure: Callable[[str], None] | None = None,
    *,
    show_progress: bool = True,
    on_error: Callable[[BaseException], bool] | None = None,
) -> TaskState:
    """The machinery under QueryOp and WriteOp: fn(state) on the worker, callbacks on the GUI thread.
    on_error(exc) may take a failure first (return True) — a form showing FieldErrors."""
    relay = _Relay()
    job = _Job(fn, relay)
    dialog: QProgressDialog | None = None
    if show_progress:
        dialog = QProgressDialog(title + "…", "取消", 0, 0, parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        # A lambda, not the bound method: PySide drops a connection to a bound method when its object dies,
        # and the TaskState may die with the job on the worker thread — a disconnect there crashes.
        state = job.state
        dialog.canceled.connect(lambda: state.cancel())

    def on_progress(done: int, total: int, message: str) -> None:
        if dialog is not None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)
            if message:
                dialog.setLabelText(message)

    def finish() -> None:
        _running.discard(relay)
        relay.deleteLater()
        if dialog is not None:
            dialog.reset()
            dialog.deleteLater()

    def on_finished(result: Any) -> None:
        finish()
        on_success(result)

    def on_failed(exc: BaseException, tb: str) -> None:
        finish()
        if on_error is not None and on_error(exc):
            return
        text = error_text(exc, tb)
        if on_failure is not None:
            on_failure(text)
        elif not isinstance(exc, Cancelled):
            QMessageBox.warning(parent if parent is not None and isValid(parent) else None, title, text)

    relay.on_progress, relay.on_finished, relay.on_failed = on_progress, on_finished, on_failed
    _running.add(relay)
    _operations_pool().start(job)
    return job.state


def _alive(parent: QWidget | None, fn: Callable[..., Any]) -> Callable[..., Any]:
    """fn, but doing nothing once parent has been deleted (the clerk closed the window the work was for)."""
    if parent is None:
        return fn

    def call(*args: Any) -> Any:
        return fn(*args) if isValid(parent) else None

    return call


class _Op(Generic[T]):
    def __init__(self, ctx: AppContext, op: Operation[T], success: Callable[[T], None] | None,
                 parent: QWidget | None) -> None:
        self._ctx = ctx
        self._op = op
        self._success: Callable[[T], None] = success or (lambda _r: None)
        self._failure: Callable[[str], None] | None = None
        self._on_error: Callable[[BaseException], bool] | None = None
        self._parent = parent
        self._title: str | None = None

    def failure(self, fn: Callable[[str], None]) -> _Op[T]:
        """Show the failure message yourself (instead of a message box)."""
        self._failure = fn
        return self

    def on_error(self, fn: Callable[[BaseException], bool]) -> _Op[T]:
        """See the exception first (a form takes ValidationError and returns True)."""
        self._on_error = fn
        return self

    def with_progress(self, title: str) -> _Op[T]:
        """A progress dialog with 取消 once the work takes longer than 0.3 s."""
        self._title = title
        return self

    def _deliver(self, result: T) -> None:
        _alive(self._parent, self._success)(result)

    def run(self) -> TaskState:
        db = self._ctx.db
        op = self._op
        parent = self._parent if self._parent is not None else self._ctx.window
        return run_in_background(
            parent, self._title or "操作", lambda state: op(db, state), self._deliver,
            _alive(self._parent, self._failure) if self._failure else None,
            show_progress=self._title is not None,
            on_error=_alive(self._parent, self._on_error) if self._on_error else None)


class QueryOp(_Op[T]):
    """Read off the GUI thread; success(result) runs on the GUI thread."""

    def __init__(self, ctx: AppContext, op: Operation[T], success: Callable[[T], None] | None = None,
                 *, parent: QWidget | None = None) -> None:
        super().__init__(ctx, op, success, parent)


class WriteOp(_Op[T]):
    """Run a writing service in its unit of work off the GUI thread, then announce what changed and call
    success(result) on the GUI thread. `changes` names what the write touched ("cases", "cadres", … or "*")."""

    def __init__(self, ctx: AppContext, op: Operation[T], changes: str | Iterable[str],
                 success: Callable[[T], None] | None = None, *, parent: QWidget | None = None) -> None:
        self._changes = (changes,) if isinstance(changes, str) else tuple(changes)
        told = self._changes  # the same names reach other clerks' windows (PostgreSQL NOTIFY)
        super().__init__(ctx, lambda db, state: announced(told, lambda: op(db, state)), success, parent)

    def _deliver(self, result: T) -> None:
        for what in self._changes:  # announced even when the window that asked is gone
            self._ctx.changed(what)
        super()._deliver(result)
