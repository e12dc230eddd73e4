"""Screenshots of the sign-in screens (登录, 首次使用, 恢复密钥, 修改口令, 屏幕锁定, 账号管理, the 管理 page) at the
sizes clerks use, for looking at (clipped text, missing glyphs, English words):

    xvfb-run -s "-screen 0 1920x1080x24" python -m bench.screenshots_signin OUT_DIR
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from bench.screenshots import SIZES

PASSWORD = "Zy-shot-2026"


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    home = tempfile.mkdtemp(prefix="zydesk-shots-")
    os.environ["ZYDESK_HOME"] = home
    from PySide6.QtCore import QPoint, QRect, QSize
    from PySide6.QtGui import QScreen
    from PySide6.QtWidgets import QApplication, QWidget

    from bench.qt_settle import settle
    from ui import ops, theme
    from ui.app import setup_qt

    app = QApplication(sys.argv[:1])
    setup_qt(app)
    theme.apply(app)


    from ui.accounts.dialog import AccountsDialog
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.signin.first_start import FirstStartDialog
    from ui.signin.login import LoginDialog
    from ui.signin.password import ChangePasswordDialog
    from ui.signin.recovery import RecoveryKeyDialog
    from zydesk.core.security.principal import Principal
    from zydesk.core.security.roles import Role
    from zydesk.services.security.accounts import add_account
    from zydesk.services.security.signin import create_database

    url = "sqlite:///" + str(Path(home) / "zydesk.sqlite")
    created = create_database(url, "系统管理员", PASSWORD, demo=True)
    db = created.db
    add_account(db, "张三", [Role.CLERK, Role.REVIEWER], PASSWORD)
    security = db.acting_as(Principal("安全管理员", (Role.SECURITY_ADMIN,)))
    written = 0
    # Every screen is kept to the end: a parentless widget an operation still refers to must not be freed
    # by the worker thread dropping that reference.
    kept: list[QWidget] = []

    def shoot(widget: QWidget, name: str, width: int) -> None:
        nonlocal written
        kept.append(widget)
        widget.show()
        settle()
        widget.grab().save(str(out / f"{width}_{name}.png"))
        written += 1

    for width, height in SIZES:
        free = QRect(QPoint(0, 0), QSize(width, height))
        QScreen.availableGeometry = lambda _self, free=free: free  # type: ignore[method-assign,misc]
        login = LoginDialog(url, demo=True, message="账号或口令不正确。再输错 4 次，账号将锁定 10 分钟。")
        login.name.setText("张三")
        shoot(login, "login", width)
        shoot(FirstStartDialog("sqlite:///" + str(Path(home) / "new.sqlite")), "first_start", width)
        shoot(RecoveryKeyDialog(created.recovery_key, str(created.path)), "recovery_key", width)
        shoot(ChangePasswordDialog(db, required="管理员重设了您的口令，请设置新口令。", old=PASSWORD), "password", width)
        accounts = AccountsDialog(AppContext(db))
        shoot(accounts, "accounts_system_admin", width)
        shoot(accounts.new_account(), "new_account", width)
        sec = AccountsDialog(AppContext(security))
        shoot(sec, "accounts_security_admin", width)
        shoot(sec.edit_policy(), "security_policy", width)
        window = MainWindow(db)
        window.resize(width, height)
        shoot(window, "admin_page", width)
        window.session.lock()
        settle()
        lock = window.session.dialog
        if lock is not None:
            shoot(lock, "lock", width)
        window.session.stop()
        window.close()
        settle()
        for widget in kept:
            widget.close()
    ops.wait_for_workers(10_000)
    db.dispose()
    print(f"{written} screenshots in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
