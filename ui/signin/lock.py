"""The idle lock: after the set minutes without a key press or mouse use anywhere in the program, a modal
dialog covers the main window and asks for the password again. Open dialogs stay as they are beneath it
(unsaved input is kept). Wrong passwords count toward lockout; once the account is locked the window
signs out without saving."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.ops import QueryOp
from ui.signin.fields import heading, message_line, note, password_line, show_message
from zydesk.services.handle import Database
from zydesk.services.security.signin import SignInRefused, check_password, is_locked_out

if TYPE_CHECKING:
    from ui.context import AppContext

INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                   QEvent.Type.Wheel, QEvent.Type.TouchBegin})


class IdleWatch(QObject):
    """Restarts its timer on every input event of the application; `on_idle` when it runs out."""

    def __init__(self, parent: QObject, on_idle: Callable[[], None]) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(on_idle)
        self.paused = True
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def start(self, minutes: int) -> None:
        self.set_interval_ms(max(1, minutes) * 60_000)

    def set_interval_ms(self, ms: int) -> None:
        """The idle time (tests set a tiny one)."""
        self.timer.setInterval(ms)
        self.resume()

    def pause(self) -> None:
        self.paused = True
        self.timer.stop()

    def resume(self) -> None:
        self.paused = False
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.paused and event.type() in INPUT:
            self.timer.start()
        return False


def unlock(db: Database, password: str) -> tuple[str, bool] | None:
    """None when the password is right; else the message and whether the account is now locked."""
    try:
        check_password(db, password)
    except SignInRefused as exc:
        return str(exc), is_locked_out(db)
    return None


class LockDialog(QDialog):
    """Modal over the whole program. Finishes with Accepted when unlocked; `locked_out(message)` is called
    when the account got locked (the window then signs out)."""

    def __init__(self, ctx: AppContext, window: QWidget, locked_out: Callable[[str], None],
                 sign_out: Callable[[], None]) -> None:
        super().__init__(window)
        self.ctx = ctx
        self._locked_out, self._sign_out = locked_out, sign_out
        self.setWindowTitle("屏幕已锁定")
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.setAutoFillBackground(True)
        principal = ctx.db.principal
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.addWidget(heading("屏幕已锁定"))
        inner.addWidget(note(f"当前用户：{principal}"))
        inner.addWidget(note("长时间未操作，屏幕已锁定；打开的窗口和未保存的内容都保留着。"))
        inner.addWidget(note("请输入口令解锁。连续输错口令，账号将被锁定并退出登录，",
                             "warning"))
        inner.addWidget(note("届时未保存的内容不会保存。", "warning"))
        row = QHBoxLayout()
        self.secret = password_line()
        caption = QLabel("口令：")
        caption.setBuddy(self.secret)
        row.addWidget(caption)
        row.addWidget(self.secret, 1)
        inner.addLayout(row)
        self.message = message_line()
        inner.addWidget(self.message)
        self.buttons = QDialogButtonBox()
        self.unlock_button = self.buttons.addButton("解锁", QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_out_button = self.buttons.addButton("退出登录", QDialogButtonBox.ButtonRole.DestructiveRole)
        self.unlock_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.sign_out_button.clicked.connect(self._sign_out)
        inner.addWidget(self.buttons)
        box.setFixedWidth(min(560, max(360, window.width() - 40)))  # wrapped lines need a set width
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.setGeometry(window.geometry())  # covers what the window shows
        self.secret.setFocus()

    def accept(self) -> None:
        if not self.buttons.isEnabled():
            return
        password = self.secret.text()
        if not password:
            show_message(self.message, "请输入口令。")
            return
        self.buttons.setEnabled(False)
        QueryOp(self.ctx, lambda db, _s: unlock(db, password), self._checked, parent=self) \
            .failure(self._failed).run()

    def _checked(self, refusal: tuple[str, bool] | None) -> None:
        self.buttons.setEnabled(True)
        self.secret.clear()
        if refusal is None:
            super().accept()
            return
        text, locked = refusal
        show_message(self.message, text)
        if locked:
            self._locked_out(text)

    def _failed(self, text: str) -> None:
        self.buttons.setEnabled(True)
        show_message(self.message, text)

    def reject(self) -> None:  # Esc does not unlock
        return

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.property("ending"):  # only the window's sign-out closes it
            event.ignore()
            return
        super().closeEvent(event)
