"""Small pieces the sign-in dialogs share: a password line, the window title, a message line."""
from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QLineEdit

from ui.theme import mark
from ui.widgets.fit import settings

LAST_ACCOUNT = "signin/last_account"  # the account name last signed in with (never a password)


def password_line() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(128)
    return edit


def message_line() -> QLabel:
    """Where a refusal is shown inside the dialog (red, wrapped, hidden while empty)."""
    label = QLabel()
    label.setWordWrap(True)
    mark(label, "error")
    label.hide()
    return label


def show_message(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def heading(text: str, scale: float = 1.4) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def note(text: str, role: str = "hint") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    mark(label, role)
    return label


def last_account() -> str:
    value = settings().value(LAST_ACCOUNT, "")
    return value if isinstance(value, str) else ""


def remember_account(name: str) -> None:
    settings().setValue(LAST_ACCOUNT, name)
