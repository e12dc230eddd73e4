"""Exports: the same columns as the import template, every text cell written as text (never a formula)."""
from __future__ import annotations

from pathlib import Path

from zydesk.core.task_state import TaskState
from zydesk.storage.uow import Database


def export_kind(db: Database, kind: str, path: str | Path, year: int | None = None,
                state: TaskState | None = None) -> int:
    """Write the kind's records to path; returns the number of data rows written."""
    raise NotImplementedError
