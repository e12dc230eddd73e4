"""Tab of this area (not yet written)."""
from __future__ import annotations

from typing import Any

TITLE = ""


def create(ctx: Any) -> None:
    return None
