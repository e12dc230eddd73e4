"""忘记口令: every administrator password is lost. The sealed recovery key opens the database and the
系统管理员 gets a new password (as `zydesk rekey` does). The session the recovery opens is closed again and
the login comes back with the name filled: the administrator signs in with the new password, which both
proves it and brings the failed attempts waiting in the key-slot file into the audit trail."""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from ui.signin.background import call
from ui.signin.fields import heading, message_line, note, password_line, show_message
from ui.theme import app_icon
from ui.widgets.fit import add_foot, fit_to_screen, scroll_body
from ui.widgets.forms import FieldForm, dialog_buttons
from zydesk import APP_TITLE
from zydesk.errors import FieldError
from zydesk.services.opening import database_label
from zydesk.services.security.first_start import policy_text
from zydesk.services.security.signin import NotSystemAdmin, PasswordRefused, WrongRecoveryKey, recover, sign_out

ADMIN, KEY, NEW, AGAIN = "系统管理员账号", "恢复密钥", "新口令", "确认新口令"
GROUP = 5  # the key is printed in groups of five characters


def grouped(text: str) -> str:
    """What was typed, as the key is printed: upper case, groups of five joined by dashes. Spaces, dashes
    and other separators are dropped (the service reads the key the same way)."""
    chars = "".join(c for c in text.upper() if c.isalnum())
    return "-".join(chars[i:i + GROUP] for i in range(0, len(chars), GROUP))


class KeyEdit(QLineEdit):
    """The recovery key, regrouped as it is typed or pasted; the cursor stays after the same character."""

    def __init__(self) -> None:
        super().__init__()
        self.setMaxLength(80)
        self.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.setFont(font)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("X" * 50))
        self.textEdited.connect(self._regroup)

    def _regroup(self, text: str) -> None:
        before = sum(1 for c in text[:self.cursorPosition()] if c.isalnum())
        shown = grouped(text)
        if shown == text:
            return
        self.setText(shown)
        seen, at = 0, 0
        while at < len(shown) and seen < before:
            seen += shown[at].isalnum()
            at += 1
        self.setCursorPosition(at)


class ResetWithKeyDialog(QDialog):
    """After accept(): `admin` is the account whose password was set (the login fills it in)."""

    def __init__(self, url: str, admin: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url = url
        self.admin = ""
        self.setWindowTitle(f"用恢复密钥重设口令 — {APP_TITLE}")
        self.setWindowIcon(app_icon())
        layout = scroll_body(self)
        layout.addWidget(heading("用恢复密钥重设系统管理员口令", 1.2))
        layout.addWidget(note(f"数据库：{database_label(url)}", "muted"))
        layout.addWidget(note("所有管理员的口令都遗失时使用：请取出密封保管的恢复密钥，为系统管理员设置新口令。"
                              "数据不重新加密，其他账号的口令不变。用后请将恢复密钥重新密封保管。"
                              "其他账号忘记口令，请安全管理员在“账号管理”中重设。", "hint"))
        self.form = FieldForm()
        self.name = QLineEdit(admin)
        self.name.setMaxLength(40)
        self.key = KeyEdit()
        self.secret, self.again = password_line(), password_line()
        self.form.add(ADMIN, self.name, required=True)
        self.form.add(KEY, self.key, required=True)
        self.form.add(NEW, self.secret, required=True, aliases=("口令",))
        self.form.add(AGAIN, self.again, required=True)
        layout.addWidget(self.form)
        layout.addWidget(note("恢复密钥不区分大小写，短横线和空格可省略。" + policy_text()))
        self.message = message_line()
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.buttons = dialog_buttons(self, "重设口令")
        add_foot(self, self.buttons)
        (self.key if admin else self.name).setFocus()
        fit_to_screen(self, 820, 430)

    def accept(self) -> None:
        if not self.buttons.isEnabled():  # the work is under way
            return
        name, key, password = self.name.text().strip(), self.key.text(), self.secret.text()
        self.form.clear_errors()
        show_message(self.message, "")
        errors = [FieldError(f, "必填") for f, v in ((ADMIN, name), (KEY, grouped(key)), (NEW, password)) if not v]
        if password and self.again.text() != password:
            errors.append(FieldError(AGAIN, "两次输入的新口令不一致。"))
        if errors:
            self.form.show_errors(errors)
            return
        self.buttons.setEnabled(False)
        url = self.url

        def work(_state: object) -> str:
            # the recovery signs the administrator in; that session ends here and the login follows
            sign_out(recover(url, key, name, password).db)
            return name

        # no progress dialog: its 取消 could not stop a reset already written (it takes about a second)
        call(self, work, self._done, self._refused)

    def reject(self) -> None:  # 取消, Esc or the close box: not while the reset is under way
        if self.buttons.isEnabled():
            super().reject()

    def _done(self, name: str) -> None:
        self.admin = name
        self.key.clear()
        self.secret.clear()
        self.again.clear()
        self.buttons.setEnabled(True)
        super().accept()

    def _refused(self, exc: BaseException, text: str) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, WrongRecoveryKey):
            self.form.show_errors([FieldError(KEY, text)])
        elif isinstance(exc, NotSystemAdmin):
            self.form.show_errors([FieldError(ADMIN, text)])
        elif isinstance(exc, PasswordRefused):  # this database's password rules (the key was right)
            self.form.show_errors([FieldError(NEW, text)])
        else:
            show_message(self.message, text)
