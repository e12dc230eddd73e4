"""忘记口令 in the login window: the sealed recovery key sets a new password for the 系统管理员 (as `zydesk rekey`
does), then the login comes back with the name filled in and the new password signs in."""
from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from tests.accounts import PASSWORD
from tests.gui_wait import settle
from ui.signin.login import FORGOT, RESET_DONE, LoginDialog
from ui.signin.reset import KEY, ResetWithKeyDialog, grouped
from zydesk.core.security.roles import Role
from zydesk.services.security.signin import Created, create_database, sign_in, sign_out
from zydesk.storage import keyslots
from zydesk.storage.models import AuditEntry

pytestmark = pytest.mark.gui
ADMIN = "张管理"
NEW = "Neu-Kennwort-2026"
WRONG_KEY = "ABCDE-FGHJK-MNPQR-STUVW-XYZ23-45678-9ABCD-EFGHJ"


@pytest.fixture(autouse=True)
def _drain(qtbot: Any) -> Iterator[None]:
    yield
    settle(qtbot, 30_000)
    QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture
def created(tmp_path: Path) -> Created:
    """A database whose only account is its 系统管理员, closed again: only its password or the key opens it."""
    made = create_database("sqlite:///" + str(tmp_path / "lost.sqlite"), ADMIN, PASSWORD)
    sign_out(made.db)
    return made


def _url(created: Created) -> str:
    return "sqlite:///" + str(created.path)


def _fill(dialog: ResetWithKeyDialog, name: str, key: str, password: str, again: str | None = None) -> None:
    dialog.name.setText(name)
    dialog.key.setText(key)
    dialog.secret.setText(password)
    dialog.again.setText(password if again is None else again)


def _run(qtbot: Any, dialog: ResetWithKeyDialog) -> None:
    dialog.accept()
    settle(qtbot, 30_000)


def _login(qtbot: Any, dialog: LoginDialog, name: str, password: str) -> None:
    dialog.name.setText(name)
    dialog.secret.setText(password)
    dialog.login_button.click()
    settle(qtbot, 20_000)


def test_the_key_is_grouped_as_printed_whatever_is_typed(qtbot: Any, db_url: str) -> None:
    assert grouped(" k7m2p q8rst-uvw ") == "K7M2P-Q8RST-UVW"
    dialog = ResetWithKeyDialog(db_url)
    qtbot.addWidget(dialog)
    QTest.keyClicks(dialog.key, "abcde fghjk-mn")
    assert dialog.key.text() == "ABCDE-FGHJK-MN"
    assert dialog.key.cursorPosition() == len(dialog.key.text())


def test_missing_fields_and_a_repeated_password_that_differs(qtbot: Any, db_url: str) -> None:
    dialog = ResetWithKeyDialog(db_url)
    qtbot.addWidget(dialog)
    dialog.key.setText(" - - ")
    dialog.accept()
    for field in ("系统管理员账号", KEY, "新口令"):
        assert dialog.form.error_text(field) == "必填"
    _fill(dialog, ADMIN, WRONG_KEY, NEW, again="Other-2026-x")
    dialog.accept()
    assert "不一致" in dialog.form.error_text("确认新口令") and dialog.buttons.isEnabled()


def test_a_wrong_key_is_refused_beside_the_field_and_recorded(qtbot: Any, created: Created,
                                                              caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    dialog = ResetWithKeyDialog(_url(created), ADMIN)
    qtbot.addWidget(dialog)
    assert dialog.name.text() == ADMIN
    _fill(dialog, ADMIN, WRONG_KEY, NEW)
    _run(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "恢复密钥不正确" in dialog.form.error_text(KEY) and dialog.key.text() == WRONG_KEY  # kept to correct
    assert dialog.buttons.isEnabled() and not dialog.message.isVisible()
    # counted as the command counts it: a failed sign-in waiting for the trail, no account locked
    pending = keyslots.load(created.path).pending
    assert [(e["name"], e["result"]) for e in pending] == [(keyslots.RECOVERY_SLOT, "恢复密钥错误")]
    sign_out(sign_in(_url(created), ADMIN, PASSWORD).db)  # nothing changed
    _fill(dialog, ADMIN, created.recovery_key, NEW)
    _run(qtbot, dialog)  # the right key after a wrong one
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.admin == ADMIN
    for key in (WRONG_KEY, created.recovery_key, keyslots.normal_recovery_key(created.recovery_key)):
        assert key not in caplog.text


def test_an_account_that_is_no_administrator_and_a_weak_password(qtbot: Any, created: Created) -> None:
    dialog = ResetWithKeyDialog(_url(created))
    qtbot.addWidget(dialog)
    _fill(dialog, "张三", created.recovery_key, NEW)
    _run(qtbot, dialog)
    assert "不是该数据库的系统管理员账号" in dialog.form.error_text("系统管理员账号")
    _fill(dialog, ADMIN, created.recovery_key, "short")
    _run(qtbot, dialog)
    assert "至少 8 位" in dialog.form.error_text("新口令")
    assert dialog.result() != QDialog.DialogCode.Accepted
    sign_out(sign_in(_url(created), ADMIN, PASSWORD).db)  # the old password still opens it


def test_the_right_key_resets_and_the_new_password_signs_in(qtbot: Any, created: Created,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    url = _url(created)
    login = LoginDialog(url)
    qtbot.addWidget(login)
    login.show()
    assert login.forgot_button.isVisible() and login.forgot_button.text() == FORGOT
    login.name.setText(f" {ADMIN} ")
    seen: list[ResetWithKeyDialog] = []

    def fake_exec(dialog: ResetWithKeyDialog) -> int:  # the clerk types the key as it comes, in lower case
        seen.append(dialog)
        assert dialog.name.text() == ADMIN  # taken from the login
        dialog.key.setText(created.recovery_key.lower().replace("-", " "))
        dialog.secret.setText(NEW)
        dialog.again.setText(NEW)
        _run(qtbot, dialog)
        return int(dialog.result())

    monkeypatch.setattr(ResetWithKeyDialog, "exec", fake_exec)
    login.forgot_button.click()
    assert seen and seen[0].result() == QDialog.DialogCode.Accepted
    assert login.name.text() == ADMIN and login.secret.text() == "" and login.message.text() == RESET_DONE
    _login(qtbot, login, ADMIN, PASSWORD)  # the lost password no longer opens it
    assert login.result() != QDialog.DialogCode.Accepted and "账号或口令不正确" in login.message.text()
    _login(qtbot, login, ADMIN, NEW)
    assert login.result() == QDialog.DialogCode.Accepted and login.signed is not None
    db = login.signed.db
    assert db.principal.name == ADMIN and db.principal.roles == (Role.SYSTEM_ADMIN,) and login.signed.must_change is None
    with db.read(need=None) as s:
        actions = [(e.user, e.action, e.result) for e in s.scalars(select(AuditEntry).order_by(AuditEntry.seq))]
    sign_out(db)
    assert (ADMIN, "用恢复密钥重设口令", "成功") in actions
    after = actions[actions.index((ADMIN, "用恢复密钥重设口令", "成功")):]
    assert [a for _u, a, _r in after] == ["用恢复密钥重设口令", "退出登录", "登录失败", "登录"]


def test_a_cancelled_recovery_leaves_the_login_as_it_was(qtbot: Any, created: Created,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    login = LoginDialog(_url(created), message="已退出登录。")
    qtbot.addWidget(login)
    login.name.setText("")
    monkeypatch.setattr(ResetWithKeyDialog, "exec", lambda _d: int(QDialog.DialogCode.Rejected.value))
    login.forgot()
    assert login.reset.name.text() == "" and login.message.text() == "已退出登录。"


def test_a_server_database_has_no_recovery_key(qtbot: Any) -> None:
    login = LoginDialog("postgresql+psycopg://zydesk@db.example/zydesk")
    qtbot.addWidget(login)
    login.show()
    assert not login.forgot_button.isVisible()


def test_a_disabled_administrator_is_enabled_again_by_the_recovery(tmp_path: Path) -> None:
    """Disabling parks the account's key slot; the recovery gives it a new slot and the parked one goes."""
    from zydesk.core.security.principal import Principal
    from zydesk.services.security.accounts import add_account, set_disabled
    from zydesk.services.security.signin import SignInRefused, recover

    made = create_database("sqlite:///" + str(tmp_path / "parked.sqlite"), ADMIN, PASSWORD)
    url = _url(made)
    add_account(made.db, "安全员", [Role.SECURITY_ADMIN], PASSWORD)
    set_disabled(made.db.acting_as(Principal("安全员", (Role.SECURITY_ADMIN,))), ADMIN, True)
    sign_out(made.db)
    with pytest.raises(SignInRefused, match="已停用"):
        sign_in(url, ADMIN, PASSWORD)
    sign_out(recover(url, made.recovery_key, ADMIN, NEW).db)
    assert ADMIN not in keyslots.load(made.path).parked
    signed = sign_in(url, ADMIN, NEW)
    assert signed.db.principal.roles == (Role.SYSTEM_ADMIN,)
    sign_out(signed.db)


def test_the_dialog_stays_while_the_reset_is_under_way(qtbot: Any, created: Created) -> None:
    dialog = ResetWithKeyDialog(_url(created), ADMIN)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(dialog, ADMIN, created.recovery_key, NEW)
    dialog.accept()
    dialog.reject()  # 取消 pressed at once: the reset goes on and the dialog reports it
    assert dialog.isVisible()
    settle(qtbot, 30_000)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.admin == ADMIN
