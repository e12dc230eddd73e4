"""Callbacks for operations of the 单位考核排名 tab: a refusal or a confirmation in a message box (each
returns None, as an operation's callbacks do)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget


def warner(parent: QWidget, title: str, prefix: str = "") -> Callable[[str], None]:
    def show(message: str) -> None:
        QMessageBox.warning(parent, title, prefix + message)
    return show


def informer(parent: QWidget, title: str, message: str) -> Callable[[Any], None]:
    def show(_result: Any) -> None:
        QMessageBox.information(parent, title, message)
    return show
