"""The fictitious county for a first look at the program (only into an empty database)."""
from __future__ import annotations

import zydesk.demo as _demo
from zydesk.core.task_state import TaskState
from zydesk.services.handle import Database


def has_data(db: Database) -> bool:
    """True if the database holds any unit or cadre (the demo county goes only into an empty one)."""
    return _demo.has_data(db)


def fill_demo(db: Database, state: TaskState | None = None) -> str:
    """Fill the demo county in one transaction; returns the Chinese summary. state: progress and 取消."""
    def progress(done: int, total: int) -> None:
        if state is not None:
            state.progress(done, total, "正在填入演示数据…")
            state.check()

    return str(_demo.fill_demo(db, progress=progress))


__all__ = ["fill_demo", "has_data"]
