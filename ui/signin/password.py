"""修改口令: the signed-in account's own password (原口令, 新口令 twice). Also required right after sign-in
when the password was reset or is too old; then 取消 reads 退出 and the main window does not open."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from ui.signin.background import call
from ui.signin.fields import heading, message_line, note, password_line, show_message
from ui.widgets.fit import add_foot, fit_to_screen, scroll_body
from ui.widgets.forms import FieldForm, dialog_buttons
from zydesk.errors import FieldError, ValidationError
from zydesk.services.handle import Database
from zydesk.services.security.accounts import change_own_password, security_policy
from zydesk.services.security.first_start import policy_text


class ChangePasswordDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None, *, required: str | None = None,
                 old: str | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._old = old
        self.setWindowTitle("修改口令")
        layout = scroll_body(self)
        layout.addWidget(heading(f"修改口令：{db.principal.name}", 1.2))
        if required:
            layout.addWidget(note(required + "设置新口令后才能继续使用。", "warning"))
        self.policy = note(policy_text())
        layout.addWidget(self.policy)
        self.form = FieldForm()
        self.old_edit, self.new_edit, self.again_edit = password_line(), password_line(), password_line()
        if old is None:
            self.form.add("原口令", self.old_edit)
        self.form.add("新口令", self.new_edit, aliases=("口令",))  # the policy check names it 口令
        self.form.add("确认新口令", self.again_edit)
        layout.addWidget(self.form)
        self.message = message_line()
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.buttons = dialog_buttons(self, "修改")
        if required:
            self.buttons.button(self.buttons.StandardButton.Cancel).setText("退出")
        add_foot(self, self.buttons)
        (self.old_edit if old is None else self.new_edit).setFocus()
        fit_to_screen(self, 560, 360)
        call(self, lambda _s: security_policy(db).password, lambda p: self.policy.setText(policy_text(p)),
             lambda _e, _t: None)

    def accept(self) -> None:
        if not self.buttons.isEnabled():
            return
        old = self._old if self._old is not None else self.old_edit.text()
        new, again = self.new_edit.text(), self.again_edit.text()
        self.form.clear_errors()
        show_message(self.message, "")
        errors = [FieldError(f, "必填") for f, v in (("原口令", old), ("新口令", new)) if not v]
        if new and again != new:
            errors.append(FieldError("确认新口令", "两次输入的新口令不一致。"))
        if errors:
            self.form.show_errors(errors)
            return
        self.buttons.setEnabled(False)
        db = self.db
        call(self, lambda _s: change_own_password(db, old, new), lambda _r: self._changed(), self._refused)

    def _changed(self) -> None:
        self.buttons.setEnabled(True)
        self._old = None
        super().accept()

    def _refused(self, exc: BaseException, text: str) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.form.show_errors(exc.errors)
            if self._old is not None and any(e.field == "原口令" for e in exc.errors):
                show_message(self.message, "原口令不正确，请退出后重新登录。")
        else:
            show_message(self.message, text)
