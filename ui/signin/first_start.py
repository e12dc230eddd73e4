"""首次使用: no database yet → create one with its 系统管理员 account (optionally the demo county); a clear
database of the first version → convert it. Both end with the 恢复密钥 dialog (recovery.py)."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QDialog, QLineEdit, QWidget

from ui.signin.background import call
from ui.signin.fields import heading, message_line, note, password_line, show_message
from ui.theme import app_icon
from ui.widgets.fit import add_foot, fit_to_screen, scroll_body
from ui.widgets.forms import FieldForm, dialog_buttons
from zydesk import APP_TITLE
from zydesk.core.task_state import TaskState
from zydesk.errors import FieldError, ValidationError
from zydesk.services.opening import database_label
from zydesk.services.security.first_start import convert, policy_text
from zydesk.services.security.signin import Created, create_database

DEFAULT_ADMIN = "系统管理员"


class _AdminDialog(QDialog):
    """A heading, what happens, the administrator's name and password twice, the password rules."""

    ok_text = "确定"
    progress_title = "请稍候"

    def __init__(self, url: str, parent: QWidget | None, title: str, lines: list[str]) -> None:
        super().__init__(parent)
        self.url = url
        self.setWindowTitle(f"{title} — {APP_TITLE}")
        self.setWindowIcon(app_icon())
        self.body = scroll_body(self)
        self.body.addWidget(heading(title))
        for line in lines:
            self.body.addWidget(note(line, "muted" if line.startswith("数据库") else "hint"))
        self.form = FieldForm()
        self.name = QLineEdit(DEFAULT_ADMIN)
        self.name.setMaxLength(40)
        self.secret, self.again = password_line(), password_line()
        self.form.add("系统管理员账号", self.name, required=True)
        self.form.add("口令", self.secret, required=True)
        self.form.add("确认口令", self.again, required=True)
        self.body.addWidget(self.form)
        self.body.addWidget(note(policy_text()))
        self.extra()
        self.message = message_line()
        self.body.addWidget(self.message)
        self.body.addStretch(1)
        self.buttons = dialog_buttons(self, self.ok_text)
        self.buttons.button(self.buttons.StandardButton.Cancel).setText("退出")
        add_foot(self, self.buttons)
        self.secret.setFocus()
        fit_to_screen(self, 640, 480)

    def extra(self) -> None:
        """More fields below the password rules."""

    def work(self, name: str, password: str, state: TaskState) -> Any:
        raise NotImplementedError

    def accept(self) -> None:
        if not self.buttons.isEnabled():
            return
        name, password = self.name.text().strip(), self.secret.text()
        self.form.clear_errors()
        show_message(self.message, "")
        errors = [FieldError(f, "必填") for f, v in (("系统管理员账号", name), ("口令", password)) if not v]
        if password and self.again.text() != password:
            errors.append(FieldError("确认口令", "两次输入的口令不一致。"))
        if errors:
            self.form.show_errors(errors)
            return
        self.buttons.setEnabled(False)
        call(self, lambda state: self.work(name, password, state), self._done, self._refused,
             progress=self.progress_title)

    def _done(self, result: Any) -> None:
        self.result_value = result
        self.buttons.setEnabled(True)
        super().accept()

    def _refused(self, exc: BaseException, text: str) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.form.show_errors(exc.errors)
        else:
            show_message(self.message, text)


class FirstStartDialog(_AdminDialog):
    """After accept(): `created` (the open database, its recovery key) and `demo` (fill the demo county)."""

    ok_text = "新建数据库"
    progress_title = "正在新建数据库"

    def __init__(self, url: str, parent: QWidget | None = None) -> None:
        super().__init__(url, parent, "首次使用：新建数据库", [
            f"数据库：{database_label(url)}（尚不存在）",
            ("程序将新建一个加密的数据库，并创建第一个账号——系统管理员。系统管理员负责创建其他账号、"
             "备份与恢复；录入、审核和查阅由其他账号承担（三员分立）。"),
            "新建后会显示一次恢复密钥，请抄写或打印并妥善保管。"])

    def extra(self) -> None:
        self.demo_box = QCheckBox("填入演示数据（虚构的紫阳县，供熟悉程序；另建各角色的演示账号，口令与系统管理员相同）")
        self.body.addWidget(self.demo_box)

    @property
    def demo(self) -> bool:
        return self.demo_box.isChecked()

    @property
    def created(self) -> Created:
        created: Created = self.result_value
        return created

    def work(self, name: str, password: str, state: TaskState) -> Created:
        return create_database(self.url, name, password, demo=self.demo)


class ConversionDialog(_AdminDialog):
    """A clear database of the first version. After accept(): `converted` (`.db`, `.recovery_key`, `.report`)."""

    ok_text = "开始转换"
    progress_title = "正在转换数据库"

    def __init__(self, url: str, parent: QWidget | None = None) -> None:
        super().__init__(url, parent, "转换为加密数据库", [
            f"数据库：{database_label(url)}",
            "这是旧版本的未加密数据库。新版本的数据一律加密保存，每位使用者凭自己的账号和口令登录。",
            ("转换时程序先生成加密的副本并核对无误，再覆盖并删除未加密的原文件及其未加密的备份。"
             "请先创建系统管理员账号；转换完成后会显示一次恢复密钥。")])

    @property
    def converted(self) -> Any:
        return self.result_value

    def work(self, name: str, password: str, state: TaskState) -> Any:
        return convert(self.url, name, password)
