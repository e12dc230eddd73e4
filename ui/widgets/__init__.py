"""Reusable GUI building blocks: table models over plain rows, tree models over nodes, form helpers."""

from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


def while_alive(widget: Any, fn: Callable[..., T]) -> Callable[..., T | None]:
    """fn, but doing nothing once widget has been deleted — for results of background work that may
    arrive after the clerk closed the window the work was for."""
    from shiboken6 import isValid

    def call(*args: Any) -> T | None:
        return fn(*args) if isValid(widget) else None

    return call
