"""Blank templates: Chinese headers (required ones marked), a 说明 sheet, drop-downs for coded columns."""
from __future__ import annotations

from pathlib import Path

from zydesk.storage.uow import Database


def write_template(db: Database, kind: str, path: str | Path) -> Path:
    raise NotImplementedError
