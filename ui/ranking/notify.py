"""Callbacks for operations of the 单位考核排名 tab: a refusal in a message box, a rendered document in the
preview (each returns None, as an operation's callbacks do)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from ui.printing.preview import show_pdf


def warner(parent: QWidget, title: str, prefix: str = "") -> Callable[[str], None]:
    def show(message: str) -> None:
        QMessageBox.warning(parent, title, prefix + message)
    return show


def informer(parent: QWidget, title: str, message: str) -> Callable[[Any], None]:
    def show(_result: Any) -> None:
        QMessageBox.information(parent, title, message)
    return show


def previewer(parent: QWidget, ctx: Any, title: str) -> Callable[[Any], None]:
    """Show a rendered document (PDF bytes + title from a print service) in the preview window."""
    def show(rendered: Any) -> None:
        show_pdf(parent, rendered, rendered.title or title, ctx=ctx)
    return show
