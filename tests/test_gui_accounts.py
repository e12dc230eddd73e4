"""账号管理 in the window: 系统管理员 creates accounts (三员分立 in the role boxes and from the service);
安全管理员 停用/解锁, 重设口令 and the 安全策略; each sees only what the role may do."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QDialog

from tests.accounts import PASSWORD, as_role
from tests.gui_wait import settle
from ui.accounts.admin_page import AdminPage
from ui.accounts.dialog import AccountsDialog, NewAccountDialog, PolicyDialog, ResetPasswordDialog
from ui.context import AppContext
from zydesk.core.security.roles import Role
from zydesk.services.security.accounts import list_accounts, security_policy
from zydesk.services.security.signin import sign_in
from zydesk.storage.uow import Database

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _drain(qtbot) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    settle(qtbot, 30_000)
    QThreadPool.globalInstance().waitForDone(10_000)


def _dialog(qtbot, db: Database, role: Role) -> AccountsDialog:  # type: ignore[no-untyped-def]
    dialog = AccountsDialog(AppContext(as_role(db, role)))
    qtbot.addWidget(dialog)
    settle(qtbot)
    return dialog


def _select(dialog: AccountsDialog, name: str) -> None:
    row = next(i for i, r in enumerate(dialog.model.rows) if r.name == name)
    dialog.view.selectRow(row)


def test_system_admin_creates_accounts_under_the_separation_of_duties(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, db, Role.SYSTEM_ADMIN)
    assert list(dialog.buttons) == ["新建账号…", "刷新"]
    names = [r.name for r in dialog.model.rows]
    assert names[0] == "管理员" and "查阅员" in names
    form = dialog.new_account()
    assert isinstance(form, NewAccountDialog)
    boxes = form.roles.boxes
    boxes[Role.CLERK].setChecked(True)
    boxes[Role.REVIEWER].setChecked(True)
    assert form.roles.chosen() == [Role.CLERK, Role.REVIEWER]
    boxes[Role.AUDIT_ADMIN].setChecked(True)  # an administrative role stands alone
    assert form.roles.chosen() == [Role.AUDIT_ADMIN] and not boxes[Role.CLERK].isEnabled()
    boxes[Role.AUDIT_ADMIN].setChecked(False)
    assert all(b.isEnabled() for b in boxes.values())
    form.accept()
    assert form.form.error_text("账号名") == "必填" and "至少选择一个角色" in form.form.error_text("角色")
    form.name.setText("录入员")  # taken
    boxes[Role.READER].setChecked(True)
    form.secret.setText(PASSWORD)
    form.again.setText(PASSWORD)
    form.accept()
    settle(qtbot, 20_000)
    assert "已存在" in form.form.error_text("账号名") and form.result() != QDialog.DialogCode.Accepted
    form.name.setText("李四")
    form.secret.setText("weakweak")
    form.again.setText("weakweak")
    form.accept()
    settle(qtbot, 20_000)
    assert "至少 3 类" in form.form.error_text("口令")
    form.secret.setText(PASSWORD)
    form.again.setText(PASSWORD)
    form.accept()
    settle(qtbot, 20_000)
    assert form.result() == QDialog.DialogCode.Accepted
    settle(qtbot)
    row = next(r for r in dialog.model.rows if r.name == "李四")
    assert row.roles == "查阅员" and row.created_by == "管理员" and row.status == "正常"


def test_security_admin_disables_unlocks_and_resets(qtbot, db: Database, db_url: str) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, db, Role.SECURITY_ADMIN)
    assert list(dialog.buttons) == ["停用", "解锁（启用）", "重设口令…", "安全策略…", "刷新"]
    dialog.set_disabled(True)
    assert "请先在列表中选择" in dialog.message.text()
    _select(dialog, "查阅员")
    dialog.set_disabled(True)
    settle(qtbot)
    assert next(r for r in dialog.model.rows if r.name == "查阅员").status == "已停用"
    _select(dialog, "查阅员")
    dialog.set_disabled(False)
    settle(qtbot)
    assert next(r for r in dialog.model.rows if r.name == "查阅员").status == "正常"
    _select(dialog, "审核员")
    reset = dialog.reset_password()
    assert isinstance(reset, ResetPasswordDialog)
    reset.secret.setText("Temp-Pass-2026")
    reset.again.setText("Temp-Pass-2026")
    reset.accept()
    settle(qtbot, 20_000)
    assert reset.result() == QDialog.DialogCode.Accepted
    settle(qtbot)
    assert next(r for r in dialog.model.rows if r.name == "审核员").status == "须改口令"
    signed = sign_in(db_url, "审核员", "Temp-Pass-2026")
    assert signed.must_change
    signed.db.dispose()


def test_security_policy_form(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, db, Role.SECURITY_ADMIN)
    policy = dialog.edit_policy()
    assert isinstance(policy, PolicyDialog)
    settle(qtbot)
    assert policy.fields["最短长度"].value() == 8 and policy.fields["空闲锁屏"].value() == 10
    policy.fields["最短长度"].setValue(6)
    policy.fields["输错次数"].setValue(20)
    policy.accept()
    settle(qtbot)
    assert "至少 8 位" in policy.form.error_text("最短长度") and "3–10" in policy.form.error_text("输错次数")
    policy.fields["最短长度"].setValue(10)
    policy.fields["输错次数"].setValue(4)
    policy.fields["空闲锁屏"].setValue(5)
    policy.accept()
    settle(qtbot)
    assert policy.result() == QDialog.DialogCode.Accepted
    now = security_policy(db)
    assert (now.password.min_length, now.lockout.attempts, now.idle_minutes) == (10, 4, 5)


def test_other_roles_see_no_account_buttons(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    page = AdminPage(AppContext(as_role(db, Role.AUDIT_ADMIN)))
    qtbot.addWidget(page)
    assert list(page.buttons) == ["审计记录"]
    reader = AdminPage(AppContext(as_role(db, Role.READER)))
    qtbot.addWidget(reader)
    assert reader.buttons == {}
    admin = AdminPage(AppContext(as_role(db, Role.SYSTEM_ADMIN)))
    qtbot.addWidget(admin)
    opened = admin.open("账号管理")
    assert isinstance(opened, AccountsDialog)
    settle(qtbot)
    assert len(opened.model.rows) == len(list_accounts(as_role(db, Role.SYSTEM_ADMIN)))
