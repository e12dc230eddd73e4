"""Waiting in GUI tests for what the window started on the operations boundary (ui.ops)."""
from __future__ import annotations

from typing import Any


def settle(qtbot: Any, timeout: int = 10_000) -> None:
    """Wait until every operation the window started has delivered its result."""
    from ui import ops

    qtbot.waitUntil(lambda: ops.pending() == 0, timeout=timeout)
