"""Signing in through the window: login, lockout, first start with the recovery key, conversion, the idle lock,
changing the password, signing out, and the administrators' window without business tabs."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from tests.accounts import CLERK, PASSWORD, as_role
from tests.gui_wait import settle
from ui import main_window as mw
from ui.signin.first_start import ConversionDialog, FirstStartDialog
from ui.signin.login import LoginDialog
from ui.signin.password import ChangePasswordDialog
from ui.signin.recovery import RecoveryKeyDialog, key_lines
from zydesk.core.security.roles import Role
from zydesk.services.security.signin import sign_in, start_state
from zydesk.storage.uow import Database

pytestmark = pytest.mark.gui
NEW_PASSWORD = "Neu-Kennwort-2026"


@pytest.fixture(autouse=True)
def _drain(qtbot) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    settle(qtbot, 30_000)
    QThreadPool.globalInstance().waitForDone(10_000)


def _login(qtbot, dialog: LoginDialog, name: str, password: str) -> None:  # type: ignore[no-untyped-def]
    dialog.name.setText(name)
    dialog.secret.setText(password)
    dialog.login_button.click()
    settle(qtbot, 20_000)


def test_login_success_failure_and_the_remembered_account(qtbot, db: Database, db_url: str) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(db_url)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle().startswith("登录") and not dialog.demo_note.isVisible()
    assert db_url.removeprefix("sqlite:///") in " ".join(w.text() for w in dialog.findChildren(type(dialog.message)))
    dialog.login_button.click()  # nothing typed
    assert dialog.form.error_text("账号") == "必填" and dialog.form.error_text("口令") == "必填"
    _login(qtbot, dialog, CLERK, "wrong-Password-1")
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "账号或口令不正确" in dialog.message.text() and "再输错 4 次" in dialog.message.text()
    assert dialog.secret.text() == ""
    _login(qtbot, dialog, CLERK, PASSWORD)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.signed is not None and dialog.signed.db.principal.name == CLERK
    assert dialog.signed.db.principal.roles == (Role.CLERK, Role.REVIEWER)
    dialog.signed.db.dispose()
    again = LoginDialog(db_url)  # the account name is remembered, the password never
    qtbot.addWidget(again)
    assert again.name.text() == CLERK and again.secret.text() == ""


def test_five_wrong_passwords_lock_the_account(qtbot, db: Database, db_url: str) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(db_url)
    qtbot.addWidget(dialog)
    for _ in range(5):
        _login(qtbot, dialog, "查阅员", "wrong-Password-1")
    assert "已连续输错 5 次，账号锁定至" in dialog.message.text()
    _login(qtbot, dialog, "查阅员", PASSWORD)  # the right password does not open a locked account
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "已锁定" in dialog.message.text() and "安全管理员解锁" in dialog.message.text()


def test_demo_database_says_so_on_the_login_screen(qtbot, db_url: str) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(db_url, demo=True, message="已退出登录。")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.demo_note.isVisible()
    for name in ("安全管理员", "审计管理员", "录入员", "审核员", "查阅员"):
        assert name in dialog.demo_note.text()
    assert dialog.message.text() == "已退出登录。"


def test_first_start_creates_the_database_and_shows_the_recovery_key(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    url = "sqlite:///" + str(tmp_path / "new.sqlite")
    assert start_state(url) == "new"
    first = FirstStartDialog(url)
    qtbot.addWidget(first)
    first.secret.setText("short")
    first.again.setText("other")
    first.accept()
    assert "不一致" in first.form.error_text("确认口令")
    first.again.setText("short")
    first.accept()
    settle(qtbot, 20_000)
    assert "至少 8 位" in first.message.text() and first.result() != QDialog.DialogCode.Accepted
    first.name.setText("张管理")
    first.secret.setText(PASSWORD)
    first.again.setText(PASSWORD)
    first.accept()
    settle(qtbot, 20_000)
    assert first.result() == QDialog.DialogCode.Accepted and not first.demo
    created = first.created
    assert created.db.principal.name == "张管理" and start_state(url) == "sign_in"

    key = RecoveryKeyDialog(created.recovery_key, str(created.path))
    qtbot.addWidget(key)
    assert key.key_label.text() == key_lines(created.recovery_key) and len(key.key_label.text().splitlines()) == 2
    assert key.key_label.font().pointSizeF() >= 20
    assert not key.go_button.isEnabled()
    key.reject()  # Esc does not skip it
    assert key.result() != QDialog.DialogCode.Accepted and "请先勾选" in key.message.text()
    key.copy_key()
    assert QApplication.clipboard().text() == created.recovery_key
    before = set(Path(__import__("tempfile").gettempdir()).iterdir())
    key.print_key()
    qtbot.waitUntil(lambda: getattr(key, "preview", None) is not None, timeout=30_000)
    assert key.preview.rendered.pages == 1 and key.preview.rendered.pdf.startswith(b"%PDF")
    assert not {p for p in set(Path(__import__("tempfile").gettempdir()).iterdir()) - before if p.suffix == ".pdf"}
    key.preview.close()
    key.kept.setChecked(True)
    assert key.go_button.isEnabled()
    key.go_button.click()
    assert key.result() == QDialog.DialogCode.Accepted
    created.db.dispose()
    signed = sign_in(url, "张管理", PASSWORD)  # the new account signs in
    assert signed.db.principal.roles == (Role.SYSTEM_ADMIN,)
    signed.db.dispose()


def _drive(qtbot, steps: dict[type, Callable[[Any], None]]) -> QTimer:  # type: ignore[no-untyped-def]
    """Act on each modal dialog of a flow as it comes up (each instance once)."""
    seen: set[int] = set()

    def tick() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or id(widget) in seen:
            return
        for kind, act in steps.items():
            if isinstance(widget, kind):
                seen.add(id(widget))
                act(widget)
                return

    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(tick)
    timer.start()
    return timer


def test_first_start_flow_with_demo_data(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.signin.flow import sign_in_flow

    url = "sqlite:///" + str(tmp_path / "demo.sqlite")

    def create(d: FirstStartDialog) -> None:
        d.secret.setText(PASSWORD)
        d.again.setText(PASSWORD)
        d.demo_box.setChecked(True)
        d.accept()

    def keep(d: RecoveryKeyDialog) -> None:
        d.kept.setChecked(True)
        d.accept()

    timer = _drive(qtbot, {FirstStartDialog: create, RecoveryKeyDialog: keep})
    started = sign_in_flow(url)
    timer.stop()
    assert started is not None and started.fill_demo
    assert started.db.principal.name == "系统管理员"
    started.db.dispose()
    login = LoginDialog(url, demo=__import__("zydesk.services.security.signin", fromlist=["x"]).is_demo_keys(url))
    qtbot.addWidget(login)
    assert not login.demo_note.isHidden()
    _login(qtbot, login, "录入员", PASSWORD)  # a demo account with the administrator's password
    assert login.signed is not None and login.signed.db.principal.roles == (Role.CLERK,)
    login.signed.db.dispose()


def test_a_reset_password_must_be_changed_before_the_window_opens(qtbot, db: Database, db_url: str) -> None:  # type: ignore[no-untyped-def]
    from ui.signin.flow import sign_in_flow
    from zydesk.services.security.accounts import reset_password

    reset_password(as_role(db, Role.SECURITY_ADMIN), "审核员", "Temp-Pass-2026")
    shown: list[str] = []

    def login(d: LoginDialog) -> None:
        d.name.setText("审核员")
        d.secret.setText("Temp-Pass-2026")
        d.accept()

    def change(d: ChangePasswordDialog) -> None:
        shown.append(" ".join(w.text() for w in d.findChildren(type(d.message))))
        assert "原口令" not in d.form.widgets  # typed at the login just now
        d.new_edit.setText(NEW_PASSWORD)
        d.again_edit.setText(NEW_PASSWORD)
        d.accept()

    timer = _drive(qtbot, {LoginDialog: login, ChangePasswordDialog: change})
    started = sign_in_flow(db_url)
    timer.stop()
    assert started is not None and started.db.principal.name == "审核员"
    assert shown and "管理员重设了您的口令" in shown[0]
    started.db.dispose()
    again = sign_in(db_url, "审核员", NEW_PASSWORD)
    assert again.must_change is None
    again.db.dispose()


def test_a_clear_database_is_offered_the_conversion(qtbot, tmp_path: Path, db: Database,  # type: ignore[no-untyped-def]
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    from ui.signin import flow
    from zydesk.services.security import first_start

    clear = tmp_path / "old.sqlite"
    sqlite3.connect(clear).execute("create table t (x)").connection.close()  # a first-version file: clear
    url = "sqlite:///" + str(clear)
    assert start_state(url) == "convert"
    calls: list[tuple[str, str, str]] = []

    class Converted:
        def __init__(self) -> None:
            self.db, self.recovery_key, self.report = db, "ABCDE-FGHJK-MNPQR-STUVW-XYZ23-45678-9ABCD-EFGHJ", "已转换。"

    def fake(u: str, admin: str, password: str) -> Converted:
        calls.append((u, admin, password))
        return Converted()

    monkeypatch.setattr(first_start, "convert", fake)
    monkeypatch.setattr("ui.signin.first_start.convert", fake)
    reports: list[str] = []

    def start(d: ConversionDialog) -> None:
        d.secret.setText(PASSWORD)
        d.again.setText(PASSWORD)
        d.accept()

    def report(d: flow.ReportDialog) -> None:
        reports.append(d.text.toPlainText())
        d.accept()

    def keep(d: RecoveryKeyDialog) -> None:
        d.kept.setChecked(True)
        d.accept()

    timer = _drive(qtbot, {ConversionDialog: start, flow.ReportDialog: report, RecoveryKeyDialog: keep})
    started = flow.sign_in_flow(url)
    timer.stop()
    assert started is not None and started.db is db
    assert calls == [(url, "系统管理员", PASSWORD)] and reports == ["已转换。"]


def test_the_real_conversion_when_it_is_installed(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("zydesk.services.security.conversion")
    from zydesk.services.security.first_start import convert

    assert callable(convert)


def test_change_own_password_shows_errors_beside_the_fields(qtbot, db: Database, db_url: str) -> None:  # type: ignore[no-untyped-def]
    dialog = ChangePasswordDialog(db)
    qtbot.addWidget(dialog)
    settle(qtbot)
    assert "至少 8 位" in dialog.policy.text()
    dialog.old_edit.setText(PASSWORD)
    dialog.new_edit.setText(NEW_PASSWORD)
    dialog.again_edit.setText("other")
    dialog.accept()
    assert "不一致" in dialog.form.error_text("确认新口令")
    dialog.old_edit.setText("wrong-Password-1")
    dialog.again_edit.setText(NEW_PASSWORD)
    dialog.accept()
    settle(qtbot, 20_000)
    assert dialog.form.error_text("原口令") == "原口令不正确。"
    dialog.old_edit.setText(PASSWORD)
    dialog.new_edit.setText("abcdefgh")
    dialog.again_edit.setText("abcdefgh")
    dialog.accept()
    settle(qtbot, 20_000)
    assert "至少 3 类" in dialog.form.error_text("新口令")
    dialog.new_edit.setText(NEW_PASSWORD)
    dialog.again_edit.setText(NEW_PASSWORD)
    dialog.accept()
    settle(qtbot, 20_000)
    assert dialog.result() == QDialog.DialogCode.Accepted
    signed = sign_in(db_url, CLERK, NEW_PASSWORD)
    signed.db.dispose()


@pytest.fixture
def window(qtbot, db: Database) -> Iterator[mw.MainWindow]:  # type: ignore[no-untyped-def]
    win = mw.MainWindow(db)
    qtbot.addWidget(win)
    win.show()
    settle(qtbot)
    yield win
    win.session.stop()
    settle(qtbot)


def _unlock(qtbot, window: mw.MainWindow, password: str) -> None:  # type: ignore[no-untyped-def]
    dialog = window.session.dialog
    assert dialog is not None
    dialog.secret.setText(password)
    dialog.unlock_button.click()
    settle(qtbot, 20_000)


def test_status_bar_and_account_menu(window: mw.MainWindow) -> None:
    assert window.user_label.text() == "当前用户：业务员（录入员、审核员）"
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    assert list(menus) == ["文件(&F)", "数据(&D)", "账号(&U)", "帮助(&H)"]
    assert [a.text() for a in menus["账号(&U)"].actions()] == ["修改口令(&P)…", "锁定屏幕(&L)", "退出登录(&O)"]


def test_idle_lock_asks_for_the_password_and_keeps_open_dialogs(qtbot, window: mw.MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.change_password()  # a dialog with typed input stays open beneath the lock
    typed = window._password_dialog
    typed.old_edit.setText("half-typed")
    window.session.idle.set_interval_ms(50)
    qtbot.waitUntil(lambda: window.session.locked, timeout=5000)
    lock = window.session.dialog
    assert lock is not None and lock.isVisible() and lock.windowModality() == Qt.WindowModality.ApplicationModal
    lock.reject()  # Esc does not unlock
    assert window.session.locked
    _unlock(qtbot, window, "wrong-Password-1")
    assert window.session.locked and "再输错 4 次" in lock.message.text()
    _unlock(qtbot, window, PASSWORD)
    assert not window.session.locked
    assert typed.isVisible() and typed.old_edit.text() == "half-typed"
    typed.reject()


def test_wrong_passwords_at_the_lock_sign_out(qtbot, window: mw.MainWindow) -> None:  # type: ignore[no-untyped-def]
    ended: list[str] = []
    window.session_ended.connect(ended.append)
    window.session.lock()  # 锁定屏幕
    assert window.session.locked
    for _ in range(5):
        if ended:
            break
        _unlock(qtbot, window, "wrong-Password-1")
    assert ended and "锁定至" in ended[0] and "未保存的内容未保存" in ended[0]
    assert window.ended == ended[0] and not window.isVisible()


def test_sign_out_ends_the_session(qtbot, window: mw.MainWindow) -> None:  # type: ignore[no-untyped-def]
    ended: list[str] = []
    window.session_ended.connect(ended.append)
    window.end_session()
    assert ended == [""] and window.ended == "" and not window.isVisible()


@pytest.mark.parametrize(("role", "screens"), [
    (Role.SYSTEM_ADMIN, ["账号管理", "备份与恢复"]),
    (Role.SECURITY_ADMIN, ["账号管理"]),
    (Role.AUDIT_ADMIN, ["审计记录"]),
])
def test_administrators_see_no_business_tabs(qtbot, db: Database, role: Role, screens: list[str]) -> None:  # type: ignore[no-untyped-def]
    win = mw.MainWindow(as_role(db, role))
    qtbot.addWidget(win)
    settle(qtbot)
    assert win.tab_titles() == [] and win.admin_page is not None and win.centralWidget() is win.admin_page
    assert list(win.admin_page.buttons) == screens
    assert not win.import_menu.menuAction().isVisible() and not win.export_menu.menuAction().isVisible()
    assert win.failed_tabs == {}
    win.session.stop()


def test_business_roles_see_the_tabs(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    win = mw.MainWindow(as_role(db, Role.READER))
    qtbot.addWidget(win)
    settle(qtbot)
    assert win.admin_page is None and win.tab_titles()[:2] == ["干部信息", "单位"]
    assert not win.import_menu.menuAction().isVisible() and win.export_menu.menuAction().isVisible()
    win.session.stop()
    settle(qtbot)


def test_sign_in_screens_fit_1366x728(qtbot, db: Database, db_url: str, tmp_path: Path,  # type: ignore[no-untyped-def]
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtGui import QScreen

    from tests.test_gui_fit import SCREEN, misfits
    from ui.accounts.dialog import AccountsDialog
    from ui.context import AppContext

    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(QPoint(0, 0), SCREEN))
    new_url = "sqlite:///" + str(tmp_path / "new.sqlite")
    admin = AccountsDialog(AppContext(as_role(db, Role.SYSTEM_ADMIN)))
    security = AccountsDialog(AppContext(as_role(db, Role.SECURITY_ADMIN)))
    screens: list[QDialog] = [
        LoginDialog(db_url, demo=True, message="账号或口令不正确。再输错 4 次，账号将锁定 10 分钟。"),
        FirstStartDialog(new_url), ConversionDialog(new_url),
        RecoveryKeyDialog("ABCDE-FGHJK-MNPQR-STUVW-XYZ23-45678-9ABCD-EFGHJ", "D:/组织部/干部工作台/zydesk.sqlite"),
        ChangePasswordDialog(db, required="口令已使用超过 90 天，请设置新口令。", old=PASSWORD), admin, security]
    problems: list[str] = []
    for dialog in screens:
        qtbot.addWidget(dialog)
        dialog.show()
        settle(qtbot)
        problems += [f"{dialog.windowTitle()}: {p}" for p in misfits(dialog)]
    for form in (admin.new_account(), security.edit_policy()):
        settle(qtbot)
        problems += [f"{form.windowTitle()}: {p}" for p in misfits(form)]
    assert not problems, "\n".join(problems)


def test_a_new_demo_database_is_filled_in_the_window(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from ui import app as gui_app
    from zydesk.services import demo
    from zydesk.services.security.signin import create_database

    url = "sqlite:///" + str(tmp_path / "demo.sqlite")
    created = create_database(url, "系统管理员", PASSWORD, demo=True)
    told: list[str] = []
    monkeypatch.setattr(mw.QMessageBox, "information", lambda parent, title, text: told.append(text))
    win = mw.MainWindow(created.db)
    qtbot.addWidget(win)
    settle(qtbot)
    gui_app.fill_new_demo(win)
    settle(qtbot, 120_000)
    assert told and told[0].startswith("已填入演示数据")
    assert demo.has_data(as_role(created.db, Role.READER))
    assert win.windowTitle().endswith("演示数据")  # the key file says so; the administrator reads no business data
    win.session.stop()
    created.db.dispose()


def test_the_app_signs_in_signs_out_and_comes_back_to_the_login(qtbot, qapp, db: Database,  # type: ignore[no-untyped-def]
                                                                db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ui import app as gui_app

    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)  # no demo fill

    logins: list[str] = []
    windows: list[mw.MainWindow] = []

    def login(d: LoginDialog) -> None:
        logins.append(d.message.text())
        if len(logins) == 1:
            d.name.setText(CLERK)
            d.secret.setText(PASSWORD)
            d.accept()
        else:
            d.reject()  # 退出

    def sign_out_when_shown() -> None:
        for top in QApplication.topLevelWidgets():
            if isinstance(top, mw.MainWindow) and top.isVisible() and top not in windows:
                windows.append(top)
                top.end_session()

    driver = _drive(qtbot, {LoginDialog: login})
    watcher = QTimer()
    watcher.setInterval(100)
    watcher.timeout.connect(sign_out_when_shown)
    watcher.start()
    sheet = qapp.styleSheet()
    try:
        assert gui_app.run(db_url) == 0
    finally:
        driver.stop()
        watcher.stop()
        qapp.setStyleSheet(sheet)
        qapp.setQuitOnLastWindowClosed(True)
    assert len(logins) == 2 and len(windows) == 1 and windows[0].ended == ""


def test_sign_out_from_the_menu_asks_when_dialogs_are_open(qtbot, window: mw.MainWindow,  # type: ignore[no-untyped-def]
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text: asked.append(text) or answer[0])
    ended: list[str] = []
    window.session_ended.connect(ended.append)
    window.change_password()
    window.confirm_sign_out()
    assert asked and "未保存的内容不会保存" in asked[0] and ended == []
    answer[0] = QMessageBox.StandardButton.Yes
    window.confirm_sign_out()
    assert ended == [""]
