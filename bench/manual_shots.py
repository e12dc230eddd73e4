"""The screenshots of the user manual, taken from the real program on the demo county at 1366×768:

    QT_QPA_PLATFORM=offscreen python -m bench.manual_shots [OUT_DIR]      (default docs/manual/images)
    python tasks.py manual --shots                                         (the same, then the PDF)

Every name a chapter of docs/manual shows (![图题](images/NAME.png)) is taken here; `SHOTS` lists them
and tests/test_manual.py checks that the two agree. The PNGs are reduced to 256 colours (a window has few),
so the committed images stay small; they are taken again whenever a screen changes.
"""
from __future__ import annotations

import io
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6

WIDTH, HEIGHT = 1366, 768
PASSWORD = "Zy-shot-2026"
CLERK = "张三"  # the clerk the business screens show signed in (录入员+审核员)
# Where a clerk's database lives on Windows (the user data folder): the screens show this instead of the
# temporary folder the screenshots are taken in.
SHOWN_HOME = "C:\\Users\\干部科\\AppData\\Local\\ZYDesk"
OUT = Path(__file__).resolve().parents[1] / "docs" / "manual" / "images"

# name → what it shows (the chapters use the same names)
SHOTS: dict[str, str] = {
    "first_start": "首次使用：新建数据库",
    "recovery_key": "恢复密钥",
    "login": "登录",
    "reset_password": "用恢复密钥重设口令",
    "admin_page": "系统管理员的管理页",
    "accounts": "账号管理",
    "new_account": "新建账号",
    "security_policy": "口令和锁定策略",
    "password": "修改口令",
    "lock": "屏幕锁定",
    "cadres": "干部信息",
    "units": "单位",
    "import_errors": "导入的问题清单",
    "ranking": "单位考核排名",
    "ranking_bonus": "奖金",
    "excellent": "优秀干部评选",
    "care": "关心关爱",
    "care_coverage": "年度覆盖",
    "tolerance": "容错纠错",
    "adjustment_scan": "能上能下：情形扫描",
    "adjustment_proposals": "调整方案",
    "analysis": "分析研判",
    "preview": "打印预览",
    "numbering": "编号",
    "sealed": "已封存的年度",
    "fonts": "字体设置",
    "numbers": "发文机关与文号",
    "backups": "备份与恢复",
}


def save(widget: Any, path: Path, crop: bool = False) -> None:
    """The widget as a 256-colour PNG (Qt grabs it; Pillow reduces the palette); `crop` keeps only what
    differs from the colour of the top left corner (a small box in the middle of a covering screen)."""
    from PIL import Image, ImageChops
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    widget.grab().save(buf, "PNG")
    buf.close()
    image = Image.open(io.BytesIO(bytes(data.data()))).convert("RGB")
    if crop:
        box = ImageChops.difference(image, Image.new("RGB", image.size, image.getpixel((0, 0)))).getbbox()
        if box is not None:
            m = 16
            image = image.crop((max(box[0] - m, 0), max(box[1] - m, 0), min(box[2] + m, image.width),
                                min(box[3] + m, image.height)))
    image.quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)


def show_paths_as_on_windows(home: str) -> None:
    """Database and backup paths under `home` read as they do on a clerk's PC. Called before any window
    module is imported (they take database_label by name)."""
    import dataclasses

    from zydesk.services import backups, opening

    def shown(path: str) -> str:
        return path.replace(home, SHOWN_HOME).replace("/", "\\") if path.startswith(home) else path

    label = opening.database_label

    def database_label(url: str, account: str | None = None) -> str:
        return shown(label(url, account))

    opening.database_label = database_label
    listed, take = backups.list_backups, backups.backup_now

    def list_backups(db: Any) -> list[backups.BackupRow]:
        return [dataclasses.replace(r, file=shown(r.file)) for r in listed(db)]

    def backup_now(db: Any, *args: Any, **kwargs: Any) -> backups.BackupRow:
        row = take(db, *args, **kwargs)
        return dataclasses.replace(row, file=shown(row.file))

    backups.list_backups = list_backups
    backups.backup_now = backup_now


def unmaximised(window: Any) -> None:
    """The first start maximises the window (to whatever screen there is): 1366×768 exactly instead."""
    from PySide6.QtCore import Qt

    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(WIDTH, HEIGHT)


def _button(root: Any, text: str) -> Any:
    from PySide6.QtWidgets import QPushButton

    return next(b for b in root.findChildren(QPushButton) if b.text() == text and b.isVisible())


def _inner_page(root: Any, title: str) -> None:
    """Make the page with this title current in whichever tab bar inside root has it."""
    from PySide6.QtWidgets import QTabWidget

    for inner in root.findChildren(QTabWidget):
        for i in range(inner.count()):
            if inner.tabText(i) == title:
                inner.setCurrentIndex(i)
                return
    raise LookupError(title)


def _propose_first_finding(tab: Any) -> None:
    """An adjustment proposal for the first finding of the scan (the 调整方案 page is empty in the demo)."""
    from PySide6.QtCore import QItemSelectionModel

    page = tab.findings
    group = page.model.index(0, 0)
    page.view.selectionModel().select(page.model.index(0, 0, group),
                                      QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
    page._accept = lambda _dialog: True  # the 报告 dialog as it opens, accepted
    page.propose()


def pages_drawn(preview: Any, timeout_ms: int = 10_000) -> None:
    """Wait until the preview's view shows its page: the view draws pages on a thread of its own, so a grab
    right after showing it would catch a blank page."""
    from PySide6.QtCore import QCoreApplication, QThread
    from PySide6.QtGui import QColor

    for _ in range(timeout_ms // 50):
        QCoreApplication.processEvents()
        image = preview.view.viewport().grab().toImage()
        w, h = image.width(), image.height()
        if any(QColor(image.pixel(x, y)).lightness() < 128 for y in range(h // 8, h, 7) for x in range(0, w, 7)):
            return
        QThread.msleep(50)


def _pick_first_row(root: Any) -> None:
    from PySide6.QtWidgets import QTableView, QTreeView

    for view in [*root.findChildren(QTableView), *root.findChildren(QTreeView)]:
        model = view.model()
        if view.isVisible() and model is not None and model.rowCount() > 0:
            view.setCurrentIndex(model.index(0, 0))
            return


def number_the_notice(window: Any, shoot: Callable[..., None]) -> None:
    """The shown year's award notice in the preview (a draft, 编号… above it), then 编号 there (the window
    as it opens, with a fixed 成文日期); the year is sealed afterwards."""
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QApplication

    from bench.qt_settle import settle
    from ui.printing.numbering import NumberDialog
    from ui.printing.preview import PreviewDialog

    ranking = window.tab("ui.ranking.tab")
    window.tabs.setCurrentWidget(ranking)
    settle()
    ranking.print_notice()
    settle()
    preview = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PreviewDialog) and w.isVisible()
                   and hasattr(w, "number_bar"))
    preview.fit_page_button.click()  # the whole first page, the 编号… line above it
    shoot(preview, "preview", lambda: pages_drawn(preview))
    preview.number_bar.open_dialog()
    settle()
    dialog = preview.findChildren(NumberDialog)[-1]
    dialog.date.setDate(QDate(2026, 3, 2))
    shoot(dialog, "numbering")
    dialog.buttons.accepted.emit()
    settle()
    preview.close()
    settle()


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else OUT
    out.mkdir(parents=True, exist_ok=True)
    home = tempfile.mkdtemp(prefix="zydesk-manual-")
    os.environ["ZYDESK_HOME"] = home  # no remembered window size, no real settings touched
    show_paths_as_on_windows(home)
    from PySide6.QtCore import QPoint, QRect, QSize
    from PySide6.QtGui import QScreen
    from PySide6.QtWidgets import QApplication, QWidget

    from bench.qt_settle import settle
    from ui import ops, theme
    from ui.app import setup_qt

    app = QApplication(sys.argv[:1])
    setup_qt(app)
    theme.apply(app)
    free = QRect(QPoint(0, 0), QSize(WIDTH, HEIGHT))
    QScreen.availableGeometry = lambda _self: free  # type: ignore[method-assign]

    from ui.accounts.dialog import AccountsDialog
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.signin.first_start import FirstStartDialog
    from ui.signin.login import LoginDialog
    from ui.signin.password import ChangePasswordDialog
    from ui.signin.recovery import RecoveryKeyDialog
    from ui.signin.reset import ResetWithKeyDialog
    from zydesk.core.security.principal import Principal
    from zydesk.core.security.roles import Role
    from zydesk.services import demo, opening
    from zydesk.services.security.accounts import add_account
    from zydesk.services.security.signin import create_database

    url = "sqlite:///" + str(Path(home) / "zydesk.sqlite")
    created = create_database(url, "系统管理员", PASSWORD, demo=True, fill=demo.fill_demo)
    admin = created.db
    add_account(admin, CLERK, [Role.CLERK, Role.REVIEWER], PASSWORD)
    clerk = admin.acting_as(Principal(CLERK, (Role.CLERK, Role.REVIEWER)))
    security = admin.acting_as(Principal("安全管理员", (Role.SECURITY_ADMIN,)))
    kept: list[QWidget] = []  # every screen lives to the end (an operation may still refer to it)
    taken: list[str] = []

    def shoot(widget: QWidget, name: str, prepare: Callable[[], None] | None = None, crop: bool = False) -> None:
        assert name in SHOTS, name
        kept.append(widget)
        widget.show()
        settle()
        if prepare is not None:
            prepare()
            settle()
        save(widget, out / f"{name}.png", crop)
        taken.append(name)

    login = LoginDialog(url, demo=True)
    login.name.setText(CLERK)
    shoot(login, "login")
    shoot(FirstStartDialog("sqlite:///" + str(Path(home) / "new.sqlite")), "first_start")
    shoot(RecoveryKeyDialog(created.recovery_key, opening.database_label(url)), "recovery_key")
    shoot(ResetWithKeyDialog(url, "系统管理员"), "reset_password")
    shoot(ChangePasswordDialog(clerk, old=PASSWORD), "password")
    accounts = AccountsDialog(AppContext(admin))
    shoot(accounts, "accounts")
    shoot(accounts.new_account(), "new_account")
    shoot(AccountsDialog(AppContext(security)).edit_policy(), "security_policy")
    admin_window = MainWindow(admin)
    unmaximised(admin_window)
    shoot(admin_window, "admin_page")
    admin_window.show_backups()  # backups are the 系统管理员's
    settle()
    backups = next(w for w in app.topLevelWidgets() if w.windowTitle() == "备份与恢复" and w.isVisible())
    shoot(backups, "backups", lambda: _button(backups, "立即备份").click())
    admin_window.session.stop()
    admin_window.close()

    window = MainWindow(clerk)
    unmaximised(window)
    window.show()
    settle()
    window.build_remaining_tabs()
    settle()
    for reminder in ("_reminders",):  # the start-up reminders would cover the tabs
        box = getattr(window, reminder, None)
        if box is not None:
            box.close()

    def tab(module: str, name: str, page: str | None = None, prepare: Callable[[QWidget], None] | None = None) -> None:
        widget = window.tab(module)
        assert widget is not None, module
        window.tabs.setCurrentWidget(widget)
        settle()
        if page is not None:
            _inner_page(widget, page)
        shoot(window, name, (lambda: prepare(widget)) if prepare is not None else None)

    tab("ui.master.cadres_tab", "cadres", prepare=_pick_first_row)
    tab("ui.master.units_tab", "units", prepare=_pick_first_row)
    tab("ui.ranking.tab", "ranking", "考核排名与等次")
    tab("ui.ranking.tab", "ranking_bonus", "奖金")
    tab("ui.excellent.tab", "excellent")
    tab("ui.care.tab", "care", "谈心谈话")
    tab("ui.care.tab", "care_coverage", "年度覆盖")
    tab("ui.tolerance.tab", "tolerance", prepare=_pick_first_row)
    tab("ui.adjustment.tab", "adjustment_scan", "情形扫描", prepare=lambda w: _button(w, "扫描").click())
    _propose_first_finding(window.tab("ui.adjustment.tab"))
    settle()
    tab("ui.adjustment.tab", "adjustment_proposals", "调整方案", prepare=_pick_first_row)
    tab("ui.adjustment.tab", "analysis", "分析研判", prepare=lambda w: _button(w, "分析").click())

    errors = [f"第{i}行«{col}»：{why}" for i, col, why in (
        (3, "身份证号", "校验位不对（应为 X）"), (5, "出生年月", "“1975.13”不是有效的年月"),
        (8, "单位", "“紫阳县发改局”不在单位列表中（是否指“紫阳县发展和改革局”？）"), (12, "姓名", "必填"))]
    shoot(window.show_import_errors("干部信息", errors), "import_errors")
    window.show_print_settings()
    settle()
    settings = next(w for w in app.topLevelWidgets() if w.windowTitle() == "打印设置" and w.isVisible())
    shoot(settings, "fonts")
    shoot(settings, "numbers", lambda: _inner_page(settings, "发文机关与文号"))
    settings.close()
    number_the_notice(window, shoot)
    tab("ui.ranking.tab", "sealed", "考核排名与等次")
    window.session.lock()
    settle()
    if window.session.dialog is not None:
        shoot(window.session.dialog, "lock", crop=True)
    window.session.stop()
    for widget in kept:
        if shiboken6.isValid(widget):  # a preview deletes itself (and its 编号 window) when it is closed
            widget.close()
    window.close()
    settle()
    ops.wait_for_workers(10_000)
    admin.dispose()
    shutil.rmtree(home, ignore_errors=True)  # the demo database and its backups: nothing of it stays behind
    left = sorted(set(SHOTS) - set(taken))
    print(f"{len(taken)} screenshots in {out}" + (f"; not taken: {', '.join(left)}" if left else ""))
    return 1 if left else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
