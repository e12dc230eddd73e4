"""Before the main window: create, convert or sign in, then a required password change. Each step is a
modal dialog; the slow parts run off the GUI thread inside them."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from ui.signin.first_start import ConversionDialog, FirstStartDialog
from ui.signin.login import LoginDialog
from ui.signin.password import ChangePasswordDialog
from ui.signin.recovery import RecoveryKeyDialog
from zydesk.errors import UserError
from zydesk.services.handle import Database
from zydesk.services.opening import database_label
from zydesk.services.security.signin import is_demo_keys, sign_out, start_state

D = TypeVar("D", bound=QDialog)


# The dialogs of the last flow. Python owns them (no parent window, so each has its own taskbar entry); an
# operation's job may hold a reference until it is deleted on the worker thread, so they are let go only at
# the next flow, on the GUI thread, once the worker is idle.
_done_with: list[QDialog] = []


def _keep(dialog: D) -> D:
    _done_with.append(dialog)
    return dialog


def _let_go() -> None:
    from ui.ops import wait_for_workers

    wait_for_workers(10_000)
    _done_with.clear()


@dataclass
class Started:
    db: Database
    fill_demo: bool = False  # a new demo database: the window fills the county (with progress) first


class ReportDialog(QDialog):
    """What a conversion did, in the clerk's words."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QPlainTextEdit

        from ui.widgets.fit import add_foot, close_box, fit_to_screen, scroll_body

        super().__init__(parent)
        self.setWindowTitle(title)
        layout = scroll_body(self)
        self.text = QPlainTextEdit(text)
        self.text.setReadOnly(True)
        layout.addWidget(self.text)
        box = close_box(self)
        add_foot(self, box)
        fit_to_screen(self, 640, 400)


def sign_in_flow(url: str, parent: QWidget | None = None, message: str = "") -> Started | None:
    """The open database for the window, or None when the clerk chose 退出. `message`: shown on the login
    dialog (why the last session ended)."""
    _let_go()
    try:
        # a stat and a small file read, before any window exists: nothing to keep responsive yet
        state = start_state(url)
    except UserError as exc:
        QMessageBox.critical(parent, "无法打开数据库", f"{exc}\n\n数据库：{database_label(url)}")
        return None
    label = database_label(url)
    if state == "new":
        first = _keep(FirstStartDialog(url, parent))
        if first.exec() != QDialog.DialogCode.Accepted:
            return None
        _keep(RecoveryKeyDialog(first.created.recovery_key, label, parent)).exec()
        return Started(first.created.db, fill_demo=first.demo)
    if state == "convert":
        conversion = _keep(ConversionDialog(url, parent))
        if conversion.exec() != QDialog.DialogCode.Accepted:
            return None
        done = conversion.converted
        _keep(ReportDialog("数据库已转换", str(done.report), parent)).exec()
        _keep(RecoveryKeyDialog(done.recovery_key, label, parent)).exec()
        return Started(done.db)
    login = _keep(LoginDialog(url, parent, demo=is_demo_keys(url), message=message))
    if login.exec() != QDialog.DialogCode.Accepted or login.signed is None:
        return None
    signed, password = login.signed, login.password
    login.password = ""
    if signed.must_change:
        change = _keep(ChangePasswordDialog(signed.db, parent, required=signed.must_change, old=password))
        if change.exec() != QDialog.DialogCode.Accepted:
            sign_out(signed.db)
            return None
    return Started(signed.db)
