"""The main window's side of a signed-in session: the idle lock (minutes from the security policy),
锁定屏幕 on request, and signing out once the account got locked at the lock dialog."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ui.ops import QueryOp
from ui.signin.lock import IdleWatch, LockDialog
from zydesk.services.security.accounts import security_policy

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class SessionGuard(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.idle = IdleWatch(self, self.lock)
        self.dialog: LockDialog | None = None
        self.stopped = False
        QueryOp(window.ctx, lambda db, _s: security_policy(db).idle_minutes, self._start, parent=window) \
            .failure(lambda _text: self._start(10)).run()

    def _start(self, minutes: int) -> None:
        if not self.stopped and self.dialog is None and self.idle.timer.interval() <= 0:
            self.idle.start(minutes)

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def lock(self) -> None:
        if self.stopped or self.dialog is not None:
            return
        self.idle.pause()
        self.dialog = LockDialog(self.window.ctx, self.window, self._locked_out, self._sign_out)
        self.dialog.accepted.connect(self._unlocked)
        self.dialog.show()  # open() would make it window-modal: it must hold every window

    def _unlocked(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if not self.stopped:
            self.idle.resume()

    def _locked_out(self, message: str) -> None:
        self.window.end_session(message + "\n已退出登录，未保存的内容未保存。")

    def _sign_out(self) -> None:
        self.window.end_session()

    def stop(self) -> None:
        """The window closes: no more locking; the lock dialog goes with it."""
        self.stopped = True
        self.idle.pause()
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.setProperty("ending", True)
            dialog.close()
            dialog.deleteLater()

