"""The handle every service takes: the open database. The window passes it through its operations
(ui.ops) without opening sessions of its own."""
from __future__ import annotations

from zydesk.storage.uow import Database

__all__ = ["Database"]
