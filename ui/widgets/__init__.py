"""Reusable GUI building blocks: table models over plain rows, tree models over nodes, form helpers."""

from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


def warn(parent: Any, title: str) -> Callable[[str], None]:
    """An operation's failure(): the message in a warning box titled title."""
    from PySide6.QtWidgets import QMessageBox

    def show(text: str) -> None:
        QMessageBox.warning(parent, title, text)

    return show


def inform(parent: Any, title: str, text: Callable[[T], str]) -> Callable[[T], None]:
    """An operation's success(): text(result) in an information box titled title."""
    from PySide6.QtWidgets import QMessageBox

    def show(result: T) -> None:
        QMessageBox.information(parent, title, text(result))

    return show
