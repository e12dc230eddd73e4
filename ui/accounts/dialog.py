"""账号管理: the accounts with their roles and state. 系统管理员 creates accounts (roles chosen under 三员分立);
安全管理员 停用/解锁, 重设口令 and sets the 安全策略. Buttons a role may not use are not shown; the services
refuse anyway and their messages appear beside the fields."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ui.ops import QueryOp, WriteOp
from ui.signin.fields import message_line, note, password_line, show_message
from ui.widgets.fit import add_foot, close_box, fit_to_screen, scroll_body
from ui.widgets.flow import flow_row
from ui.widgets.forms import FieldForm, dialog_buttons
from ui.widgets.row_model import Column, RowTableModel, selected_row, table_view
from zydesk.core.security.lockout import LockoutPolicy
from zydesk.core.security.passwords import PasswordPolicy
from zydesk.core.security.roles import ADMIN_ROLES, Permission, Role
from zydesk.core.task_state import TaskState
from zydesk.errors import FieldError, ValidationError
from zydesk.services.handle import Database
from zydesk.services.security import accounts as svc
from zydesk.services.security.first_start import policy_text

if TYPE_CHECKING:
    from ui.context import AppContext

COLUMNS: list[Column[svc.AccountRow]] = [
    Column("账号", lambda r: r.name, width=8),
    Column("角色", lambda r: r.roles, width=9),
    Column("状态", lambda r: r.status, width=9),
    Column("口令修改于", lambda r: r.password_changed_at.date() if r.password_changed_at else None, width=7),
    Column("口令到期", lambda r: r.password_expires, width=7),
    Column("创建时间", lambda r: r.created_at.strftime("%Y-%m-%d %H:%M"), width=9),
    Column("创建人", lambda r: r.created_by, width=6),
]


class _FormDialog(QDialog):
    """A form whose 确定 runs one write; FieldErrors beside the fields, other refusals below them."""

    def __init__(self, ctx: AppContext, parent: QWidget, title: str) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.body = scroll_body(self)
        self.form = FieldForm()
        self.message = message_line()

    def finish(self, ok_text: str = "确定") -> None:
        self.body.addWidget(self.form)
        self.body.addWidget(self.message)
        self.body.addStretch(1)
        self.buttons = dialog_buttons(self, ok_text)
        add_foot(self, self.buttons)
        fit_to_screen(self, 620, 420)

    def check(self) -> list[FieldError]:
        return []

    def operation(self) -> Callable[[Database, TaskState], Any]:
        raise NotImplementedError

    def accept(self) -> None:
        if not self.buttons.isEnabled():
            return
        self.form.clear_errors()
        show_message(self.message, "")
        errors = self.check()
        if errors:
            self.form.show_errors(errors)
            return
        self.buttons.setEnabled(False)
        WriteOp(self.ctx, self.operation(), "accounts", lambda _r: self._done(), parent=self) \
            .on_error(self._fields).failure(self._refused).run()

    def _done(self) -> None:
        self.buttons.setEnabled(True)
        super().accept()

    def _fields(self, exc: BaseException) -> bool:
        if isinstance(exc, ValidationError):
            self.buttons.setEnabled(True)
            self.form.show_errors(exc.errors)
            return True
        return False

    def _refused(self, text: str) -> None:
        self.buttons.setEnabled(True)
        show_message(self.message, text)


class RoleBoxes(QWidget):
    """One box per role. 三员分立: an administrative role stands alone (the other boxes are cleared and
    greyed); the business roles combine."""

    def __init__(self) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[Role, QCheckBox] = {}
        for i, role in enumerate(Role):
            box = QCheckBox(str(role))
            box.toggled.connect(lambda _on, r=role: self._changed(r))
            grid.addWidget(box, 0 if role in ADMIN_ROLES else 1, i % 3)
            self.boxes[role] = box

    def _changed(self, role: Role) -> None:
        admin = next((r for r, b in self.boxes.items() if b.isChecked() and r in ADMIN_ROLES), None)
        for r, box in self.boxes.items():
            if admin is not None and r is not admin:
                box.blockSignals(True)
                box.setChecked(False)
                box.blockSignals(False)
            box.setEnabled(admin is None or r is admin)

    def chosen(self) -> list[Role]:
        return [r for r, b in self.boxes.items() if b.isChecked()]


class NewAccountDialog(_FormDialog):
    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(ctx, parent, "新建账号")
        self.name = QLineEdit()
        self.name.setMaxLength(40)
        self.roles = RoleBoxes()
        self.secret, self.again = password_line(), password_line()
        self.form.add("账号名", self.name, required=True)
        self.form.add("角色", self.roles, required=True)
        self.form.add("口令", self.secret, required=True)
        self.form.add("确认口令", self.again, required=True)
        self.body.addWidget(note("三员分立：系统管理员、安全管理员、审计管理员各由一个账号单独担任，"
                                 "不能兼任业务角色；录入员、审核员、查阅员可以兼任。"))
        self.body.addWidget(note(policy_text()))
        self.finish("新建")

    def check(self) -> list[FieldError]:
        errors = [FieldError(f, "必填") for f, v in (("账号名", self.name.text().strip()),
                                                    ("口令", self.secret.text())) if not v]
        if not self.roles.chosen():
            errors.append(FieldError("角色", "请至少选择一个角色。"))
        if self.secret.text() and self.again.text() != self.secret.text():
            errors.append(FieldError("确认口令", "两次输入的口令不一致。"))
        return errors

    def operation(self) -> Callable[[Database, TaskState], Any]:
        name, roles, password = self.name.text().strip(), self.roles.chosen(), self.secret.text()
        return lambda db, _s: svc.add_account(db, name, roles, password)


class ResetPasswordDialog(_FormDialog):
    def __init__(self, ctx: AppContext, parent: QWidget, name: str, version: int | None = None) -> None:
        super().__init__(ctx, parent, f"重设口令：{name}")
        self.account = name
        self.version = version  # as listed: a change by another administrator since is refused
        self.secret, self.again = password_line(), password_line()
        self.form.add("口令", self.secret, required=True)
        self.form.add("确认口令", self.again, required=True)
        self.body.addWidget(note(f"为账号“{name}”设置临时口令；该账号下次登录时须改设自己的口令。"))
        self.body.addWidget(note(policy_text()))
        self.finish("重设")

    def check(self) -> list[FieldError]:
        if not self.secret.text():
            return [FieldError("口令", "必填")]
        if self.again.text() != self.secret.text():
            return [FieldError("确认口令", "两次输入的口令不一致。")]
        return []

    def operation(self) -> Callable[[Database, TaskState], Any]:
        name, password, version = self.account, self.secret.text(), self.version
        return lambda db, _s: svc.reset_password(db, name, password, version)


def _spin(low: int, high: int, suffix: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setSuffix(suffix)
    return box


class PolicyDialog(_FormDialog):
    """安全策略: the password rules, the lockout and the idle lock (the service checks the ranges)."""

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(ctx, parent, "安全策略")
        self.fields = {"最短长度": _spin(1, 128, " 位"), "字符类别": _spin(1, 4, " 类"),
                       "有效天数": _spin(0, 3650, " 天"), "输错次数": _spin(1, 100, " 次"),
                       "锁定分钟": _spin(1, 10000, " 分钟"), "空闲锁屏": _spin(1, 600, " 分钟")}
        for label, box in self.fields.items():
            self.form.add(label, box)
        self.body.addWidget(note("字符类别：大写字母、小写字母、数字、其他字符中至少须含几类。有效天数为 0 表示口令不过期。"
                                 "连续输错口令达到次数，账号锁定所设分钟；空闲达到所设分钟，程序锁定屏幕。"))
        self.finish("保存")
        QueryOp(ctx, lambda db, _s: svc.security_policy(db), self.show_policy, parent=self).run()

    def show_policy(self, policy: svc.SecurityPolicy) -> None:
        p, lo = policy.password, policy.lockout
        for label, value in (("最短长度", p.min_length), ("字符类别", p.min_classes), ("有效天数", p.max_age_days),
                             ("输错次数", lo.attempts), ("锁定分钟", lo.minutes), ("空闲锁屏", policy.idle_minutes)):
            self.fields[label].setValue(value)

    def policy(self) -> svc.SecurityPolicy:
        v = {label: box.value() for label, box in self.fields.items()}
        return svc.SecurityPolicy(PasswordPolicy(v["最短长度"], v["字符类别"], v["有效天数"]),
                                  LockoutPolicy(v["输错次数"], v["锁定分钟"]), v["空闲锁屏"])

    def operation(self) -> Callable[[Database, TaskState], Any]:
        policy = self.policy()
        return lambda db, _s: svc.set_security_policy(db, policy)


class AccountsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("账号管理")
        p = ctx.db.principal
        layout = scroll_body(self)
        layout.addWidget(note(f"当前用户：{p}", "muted"))
        self.model: RowTableModel[svc.AccountRow] = RowTableModel(COLUMNS)
        self.view = table_view(self.model)
        self.view.setMinimumHeight(260)
        layout.addWidget(self.view, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons: dict[str, QPushButton] = {}
        actions: list[tuple[str, Permission, Callable[[], object]]] = [
            ("新建账号…", Permission.ACCOUNTS, self.new_account),
            ("停用", Permission.UNLOCK, lambda: self.set_disabled(True)),
            ("解锁（启用）", Permission.UNLOCK, lambda: self.set_disabled(False)),
            ("重设口令…", Permission.UNLOCK, self.reset_password),
            ("安全策略…", Permission.SECURITY_POLICY, self.edit_policy),
            ("刷新", Permission.REVIEW_ROLES, self.load)]
        for text, need, fn in actions:
            if p.may(need):
                button = QPushButton(text)
                button.clicked.connect(fn)
                self.buttons[text] = button
        layout.addWidget(flow_row(list(self.buttons.values())))
        add_foot(self, close_box(self))
        fit_to_screen(self, 980, 560)
        ctx.events.data_changed.connect(self._changed)
        self.load()

    def _changed(self, what: str) -> None:
        if what in ("accounts", "*"):
            self.load()

    def load(self) -> None:
        QueryOp(self.ctx, lambda db, _s: svc.list_accounts(db), self.model.set_rows, parent=self) \
            .failure(self.say).run()

    def say(self, text: str) -> None:
        self.message.setText(text)

    def selected(self) -> svc.AccountRow | None:
        row = selected_row(self.view, self.model)
        if row is None:
            self.say("请先在列表中选择一个账号。")
        return row

    def new_account(self) -> NewAccountDialog:
        dialog = NewAccountDialog(self.ctx, self)
        self._form: QDialog = dialog
        dialog.open()
        return dialog

    def reset_password(self) -> ResetPasswordDialog | None:
        row = self.selected()
        if row is None:
            return None
        dialog = ResetPasswordDialog(self.ctx, self, row.name, row.version)
        self._form = dialog
        dialog.open()
        return dialog

    def edit_policy(self) -> PolicyDialog:
        dialog = PolicyDialog(self.ctx, self)
        self._form = dialog
        dialog.open()
        return dialog

    def set_disabled(self, disabled: bool) -> None:
        row = self.selected()
        if row is None:
            return
        name, version = row.name, row.version  # as listed: a change by another administrator since is refused
        done = f"已停用账号“{name}”。" if disabled else f"已解锁账号“{name}”。"
        WriteOp(self.ctx, lambda db, _s: svc.set_disabled(db, name, disabled, version), "accounts",
                lambda _r: self.say(done), parent=self).failure(self.say).run()


def open_accounts(ctx: AppContext, parent: QWidget | None = None) -> AccountsDialog:
    dialog = AccountsDialog(ctx, parent)
    dialog.show()
    return dialog
