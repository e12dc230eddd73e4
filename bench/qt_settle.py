"""Waiting for the window's operations in the screenshot scripts (they run without pytest-qt)."""
from __future__ import annotations


def settle() -> None:
    """Process events until no operation is pending, then a little longer so that painting finishes."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QThread

    from ui import ops

    for _ in range(400):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if not ops.pending():
            break
        QThread.msleep(20)
    for _ in range(10):
        QCoreApplication.processEvents()
        QThread.msleep(20)
