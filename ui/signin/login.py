"""登录: account and password before the main window. Wrong passwords are counted by the service (lockout);
its refusal is shown inside the dialog, which stays open for another try. 忘记口令 opens the recovery with the
sealed key (reset.py) on a local file; a server has no recovery key (its 安全管理员 resets passwords)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QPushButton, QWidget

from ui.signin.background import call
from ui.signin.fields import heading, last_account, message_line, note, password_line, remember_account, show_message
from ui.theme import app_icon, mark
from ui.widgets.fit import add_foot, fit_to_screen, scroll_body
from ui.widgets.forms import FieldForm
from zydesk import APP_TITLE
from zydesk.errors import FieldError
from zydesk.services.opening import database_label
from zydesk.services.security.first_start import DEMO_ACCOUNTS
from zydesk.services.security.signin import SignedIn, recovery_key_applies, sign_in


class LoginDialog(QDialog):
    """After accept(): `signed` (the open database and whether the password must be changed now) and
    `password` (kept only until a required password change is done)."""

    def __init__(self, url: str, parent: QWidget | None = None, *, demo: bool = False, message: str = "") -> None:
        super().__init__(parent)
        self.url = url
        self.signed: SignedIn | None = None
        self.password = ""
        self.setWindowTitle(f"登录 — {APP_TITLE}")
        self.setWindowIcon(app_icon())
        layout = scroll_body(self)
        layout.addWidget(heading(APP_TITLE))
        layout.addWidget(note(f"数据库：{database_label(url)}", "muted"))
        self.demo_note = note(f"这是演示数据库（虚构的紫阳县）。演示账号 {'、'.join(DEMO_ACCOUNTS)} "
                              "的口令都与创建它的系统管理员相同。", "demo")
        self.demo_note.setVisible(demo)
        layout.addWidget(self.demo_note)
        self.form = FieldForm()
        self.name = QLineEdit(last_account())
        self.name.setMaxLength(40)
        self.secret = password_line()
        self.form.add("账号", self.name)
        self.form.add("口令", self.secret)
        layout.addWidget(self.form)
        self.message = message_line()
        layout.addWidget(self.message)
        show_message(self.message, message)
        self.forgot_button = QPushButton(FORGOT)
        self.forgot_button.setFlat(True)
        self.forgot_button.setStyleSheet("QPushButton { color: palette(link); text-decoration: underline; border: none; }")
        self.forgot_button.setAutoDefault(False)
        self.forgot_button.setToolTip("所有管理员的口令都遗失时，凭创建数据库时保管的恢复密钥为系统管理员重设口令。"
                                      "其他账号忘记口令，请安全管理员重设。")
        self.forgot_button.clicked.connect(self.forgot)
        self.forgot_button.setVisible(recovery_key_applies(url))
        layout.addWidget(self.forgot_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox()
        self.login_button = self.buttons.addButton("登录", QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = self.buttons.addButton("退出", QDialogButtonBox.ButtonRole.RejectRole)
        self.login_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        add_foot(self, self.buttons)
        (self.secret if self.name.text() else self.name).setFocus()
        fit_to_screen(self, 520, 340)

    def forgot(self) -> None:
        """The recovery dialog; once the password is set, back here with the name filled in."""
        if not self.buttons.isEnabled():
            return
        from ui.signin.reset import ResetWithKeyDialog

        self.reset = ResetWithKeyDialog(self.url, self.name.text().strip(), self)
        if self.reset.exec() != QDialog.DialogCode.Accepted or not self.reset.admin:
            return
        self.name.setText(self.reset.admin)
        self.secret.clear()
        self.form.clear_errors()
        mark(self.message, "good")  # news, not a refusal; the next refusal is red again
        show_message(self.message, RESET_DONE)
        self.secret.setFocus()

    def accept(self) -> None:
        if not self.buttons.isEnabled():  # a sign-in is under way
            return
        name, password = self.name.text().strip(), self.secret.text()
        self.form.clear_errors()
        if not name or not password:
            self.form.show_errors([e for e in (_missing("账号", name), _missing("口令", password)) if e])
            return
        self.buttons.setEnabled(False)
        show_message(self.message, "")
        call(self, lambda _s: sign_in(self.url, name, password), lambda s: self._signed(s, name, password),
             self._refused)

    def _signed(self, signed: SignedIn, name: str, password: str) -> None:
        self.signed, self.password = signed, password
        remember_account(name)
        self.buttons.setEnabled(True)
        super().accept()

    def _refused(self, _exc: BaseException, text: str) -> None:
        self.buttons.setEnabled(True)
        mark(self.message, "error")
        show_message(self.message, text)
        self.secret.clear()
        self.secret.setFocus()


FORGOT = "忘记口令？用恢复密钥重设…"
RESET_DONE = "口令已重设，请用新口令登录。"


def _missing(field: str, value: str) -> FieldError | None:
    return None if value else FieldError(field, "必填")
