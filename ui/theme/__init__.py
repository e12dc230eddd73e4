"""The look of the window: one style sheet (theme.qss), named colours (colours.py) and the icon."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

HERE = Path(__file__).resolve().parent
QSS = HERE / "theme.qss"
ICON_PNG = HERE / "icons" / "zydesk.png"
ICON_ICO = HERE / "icons" / "zydesk.ico"


ROLES = ("error", "demo", "warning", "good", "hint", "muted")  # the roles theme.qss styles


def mark(widget: QWidget, role: str) -> QWidget:
    """Give the widget a role of theme.qss (its colour); a changed role is shown at once."""
    if role not in ROLES and role:
        raise ValueError(role)
    widget.setProperty("role", role)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    return widget


def style_sheet() -> str:
    return QSS.read_text(encoding="utf-8")


def app_icon() -> QIcon:
    return QIcon(str(ICON_PNG))


def apply(app: QApplication) -> None:
    """The style sheet and the window icon for every window of the application."""
    app.setStyleSheet(style_sheet())
    app.setWindowIcon(app_icon())


__all__ = ["ICON_ICO", "ICON_PNG", "QSS", "ROLES", "app_icon", "apply", "mark", "style_sheet"]
