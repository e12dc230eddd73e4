"""Run service operations off the GUI thread with a progress dialog and 取消; results come back on the GUI thread.

    run_in_background(parent, "导入干部", lambda state: import_file(db, ..., state=state),
                      on_success=lambda result: ..., )

Errors: a UserError's message is shown as it is; anything else is logged and shown as an internal error
with the log file path. on_failure, if given, replaces the message box.
"""
from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from zydesk.core.task_state import Cancelled, TaskState
from zydesk.errors import UserError

T = TypeVar("T")
log = logging.getLogger(__name__)


class _Signals(QObject):
    """Lives on the GUI thread; signals emitted by the worker are queued to its slots.

    The worker thread holds Python references to this object too (through the job), and may drop the last
    one. A QObject owned by Python would then be destroyed on the worker thread, with its connections —
    which crashes. So the application owns it (parent), and finish() deletes it on the GUI thread."""

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
    def __init__(self, fn: Callable[[TaskState], Any], signals: _Signals) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals
        self.state = TaskState(on_progress=lambda d, t, m: signals.progress.emit(d, t, m))

    def run(self) -> None:
        try:
            try:
                result = self.fn(self.state)
            except BaseException as exc:  # noqa: BLE001 - every failure must reach the GUI thread
                self.signals.failed.emit(exc, traceback.format_exc())
            else:
                self.signals.finished.emit(result)
        except RuntimeError:  # the application is closing and the receiver is gone: nobody to tell
            log.debug("background result dropped: receiver deleted")


def error_text(exc: BaseException, tb: str = "") -> str:
    """The Chinese message a clerk sees for a failure."""
    if isinstance(exc, (UserError, Cancelled)):
        return str(exc)
    from zydesk.cli.common import CliContext

    path = CliContext.write_crash_log(tb or repr(exc))
    log.error("internal error: %s", tb)
    return f"内部错误：{exc}\n详情已写入日志：{path}"


_running: set[_Signals] = set()  # keep signal objects alive until their job reports back


def run_in_background(
    parent: QWidget | None,
    title: str,
    fn: Callable[[TaskState], T],
    on_success: Callable[[T], None],
    on_failure: Callable[[str], None] | None = None,
    *,
    show_progress: bool = True,
) -> TaskState:
    signals = _Signals()
    job = _Job(fn, signals)
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
        _running.discard(signals)
        signals.deleteLater()
        if dialog is not None:
            dialog.reset()
            dialog.deleteLater()

    def on_finished(result: Any) -> None:
        finish()
        on_success(result)

    def on_failed(exc: BaseException, tb: str) -> None:
        finish()
        text = error_text(exc, tb)
        if on_failure is not None:
            on_failure(text)
        elif not isinstance(exc, Cancelled):
            QMessageBox.warning(parent, title, text)

    signals.on_progress, signals.on_finished, signals.on_failed = on_progress, on_finished, on_failed
    _running.add(signals)
    QThreadPool.globalInstance().start(job)
    return job.state
