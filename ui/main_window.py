"""The main window: one tab per area (ui.tabs.TAB_MODULES), menus, and the status bar.

Start-up builds only the first tab. Once its first page is on screen the other areas' modules are
imported and their tabs listed; each tab's widget is built when the clerk first opens it, so no
area's start-up work delays the window or the others. Every area is part of the program: a tab that
cannot be imported or built is an error (logged, and shown in its place), never a tab left out.
"""
from __future__ import annotations

import datetime as dt
import importlib
import logging
import traceback
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QWidget,
)

from ui import theme
from ui.context import AppContext
from ui.ops import QueryOp, WriteOp
from ui.tabs import TAB_MODULES
from ui.widgets import inform
from ui.widgets.fit import add_foot, fit_to_screen, restore_window, save_window, scroll_body
from zydesk import APP_TITLE, __version__
from zydesk.core.security.roles import Permission
from zydesk.core.task_state import TaskState
from zydesk.errors import FieldError, ValidationError
from zydesk.services.handle import Database
from zydesk.services.opening import database_label
from zydesk.services.reading import read
from zydesk.services.settings import is_demo

if TYPE_CHECKING:  # the Excel facade loads openpyxl: imported when a menu of the 文件 menu first opens
    from zydesk.services import excel_files
    from zydesk.services.tolerance.reads import Reminder

log = logging.getLogger(__name__)

POLICY = "紫办发〔2016〕15号"
POLICY_TITLE = ("《紫阳县党政干部鼓励激励实施办法（试行）》《紫阳县党政干部容错纠错实施细则（试行）》"
                "《紫阳县推进县管党政领导干部能上能下实施办法（试行）》")
XLSX_FILTER = "Excel 工作簿 (*.xlsx)"
AFTER_FIRST_PAGE_MS = 150
WARM_MODULES = ("ui.printing.preview", "zydesk.services.documents", "zydesk.services.excel_files")


def _import_all(names: list[str]) -> None:
    """Import what can be imported; a module that fails is imported again on the GUI thread by
    add_remaining_tabs, which records and shows the failure in its tab."""
    for name in names:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001, S112 - reported by the second import, see above
            continue


class ErrorListDialog(QDialog):
    """Every problem of a refused import, one per line (第N行 «列名»: 说明), with 复制 for the clerk's notes."""

    def __init__(self, title: str, heading: str, lines: list[str], parent: QWidget | None = None,
                 export: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.lines = lines
        head = QLabel(heading)
        head.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)  # a long line (可用的列：…) wraps instead of being cut off
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.addItems(lines)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText("关闭")
        copy = buttons.addButton("复制", QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy)
        self.export_button: QPushButton | None = None
        if export is not None:  # the clerk's sheet with a 错误说明 column, to fix the errors where they are
            self.export_button = buttons.addButton("导出错误清单", QDialogButtonBox.ButtonRole.ActionRole)
            self.export_button.clicked.connect(export)
        buttons.rejected.connect(self.reject)
        layout = scroll_body(self)
        layout.addWidget(head)
        layout.addWidget(self.list)
        add_foot(self, buttons)
        fit_to_screen(self, 720, 420)

    def copy(self) -> None:
        QApplication.clipboard().setText("\n".join(self.lines))


class ReminderDialog(QDialog):
    """Start-up reminders, wrapped; double-click (or 打开案件) on a case's reminder opens the case."""

    def __init__(self, items: list[Reminder], open_case: Callable[[int], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("提醒")
        self.items = items
        self.lines = [i.text for i in items]
        self._open_case = open_case
        head = QLabel("请注意以下事项（双击一条案件提醒即可打开该案件）：" if items else "目前没有需要提醒的事项。")
        head.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        for item in items:
            row = QListWidgetItem(item.text)
            row.setData(Qt.ItemDataRole.UserRole, item.case_id)
            if item.case_id is not None:
                row.setToolTip("双击打开该案件")
            self.list.addItem(row)
        self.list.itemActivated.connect(self.activate)
        self.list.currentRowChanged.connect(self._update_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText("关闭")
        self.open_button = buttons.addButton("打开案件", QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(lambda: self.activate(self.list.currentItem()))
        self.open_button.setEnabled(False)
        buttons.rejected.connect(self.reject)
        layout = scroll_body(self)
        layout.addWidget(head)
        layout.addWidget(self.list)
        add_foot(self, buttons)
        fit_to_screen(self, 720, 420)

    def _update_button(self, row: int) -> None:
        self.open_button.setEnabled(0 <= row < len(self.items) and self.items[row].case_id is not None)

    def activate(self, row: QListWidgetItem | None) -> None:
        case_id = row.data(Qt.ItemDataRole.UserRole) if row is not None else None
        if isinstance(case_id, int):
            self._open_case(case_id)


class TabFailed(QLabel):
    """In place of a tab that could not be imported or built: the reason, and where the details are."""

    def __init__(self, title: str, reason: str) -> None:
        # the reason is a developer's text (English, module names): it goes to the log, not on screen
        named = "" if "." in title else f"（{title}）"
        super().__init__(f"此页面{named}未能打开：程序内部出错，详情已记入日志。\n"
                         "请重新启动程序；仍不能打开的，请把日志交给系统管理员。")
        self.reason = reason
        theme.mark(self, "error")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)


class MainWindow(QMainWindow):
    # The session ended (退出登录, or the account was locked at the idle lock): the app shows the login
    # dialog again, with this message on it.
    session_ended = Signal(str)
    closed = Signal()

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db  # handed to the operations (ctx); the window itself never reads through it
        # (kind, file, problems) of the import just refused, for its 导出错误清单
        self.refused_import: tuple[str, str, list[FieldError]] | None = None
        self.ctx = AppContext(db, self)
        self.setWindowIcon(theme.app_icon())
        self.failed_tabs: dict[str, str] = {}  # module → why its tab could not be opened
        self._kinds: list[excel_files.KindInfo] | None = None
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self._pending: dict[int, tuple[str, Any]] = {}  # tab index → (module name, module) not built yet
        self._built: dict[str, QWidget] = {}
        self._rest: list[str] = []  # modules after the first tab, not imported yet
        self._warming = False
        self.ended: str | None = None  # set when the session ended (see session_ended)
        self.admin_page: QWidget | None = None
        if db.principal.may(Permission.READ):
            self.setCentralWidget(self.tabs)
            first = self._build_first_tab()
            shown = getattr(first, "shown", None)
            if shown is not None:  # list the other tabs once the first page has been painted
                shown.connect(lambda: QTimer.singleShot(AFTER_FIRST_PAGE_MS, self._warm_up))
            else:
                QTimer.singleShot(0, self.add_remaining_tabs)
        else:  # 三员: administrators see no business data, only their own screens
            from ui.accounts.admin_page import AdminPage

            self.admin_page = AdminPage(self.ctx, self)
            self.setCentralWidget(self.admin_page)
        self.tabs.currentChanged.connect(self._materialize)
        self._build_menus()
        from ui.signin.session import SessionGuard

        self.session = SessionGuard(self)
        self.db_label = QLabel(f"数据库：{database_label(db.url)}" + ("（已损坏，只能查看）" if db.damaged else ""))
        if db.damaged is not None:
            QTimer.singleShot(0, self.show_damage)
        self.user_label = QLabel(f"当前用户：{db.principal}" if db.principal.roles else f"当前用户：{db.user}")
        self.demo_label = QLabel("演示数据")
        theme.mark(self.demo_label, "demo")
        self.demo_label.hide()
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.demo_label)
        self.statusBar().addPermanentWidget(self.user_label)
        self.update_title()
        # only a whole-database change (demo fill, restore) can change what the title says
        self.ctx.events.data_changed.connect(lambda what: self.update_title() if what == "*" else None)
        restore_window(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        save_window(self)
        self.session.stop()
        super().closeEvent(event)
        self.closed.emit()

    def end_session(self, message: str = "") -> None:
        """退出登录 (or a lockout at the idle lock): close the window; the app shows the login dialog again."""
        self.ended = message
        self.session.stop()
        self.close()
        self.session_ended.emit(message)

    # ----- tabs -----
    def _import(self, name: str) -> ModuleType | None:
        """The area's module; None after logging and recording why it failed (its tab shows the reason)."""
        try:
            module = importlib.import_module(name)
            if not getattr(module, "TITLE", "") or not callable(getattr(module, "create", None)):
                raise ImportError(f"{name} defines no TITLE and create(ctx)")
        except Exception as exc:  # noqa: BLE001 - one broken area must not keep the rest from opening
            log.error("tab %s failed to import:\n%s", name, traceback.format_exc())
            self.failed_tabs[name] = str(exc) or type(exc).__name__
            return None
        return module

    def _failed_tab(self, name: str) -> QWidget:
        widget = TabFailed(name, self.failed_tabs.get(name, ""))
        self._built[name] = widget
        return widget

    def _build_first_tab(self) -> QWidget | None:
        name = TAB_MODULES[0]
        self._rest = TAB_MODULES[1:]
        module = self._import(name)
        if module is None:
            widget = self._failed_tab(name)
            self.tabs.addTab(widget, "（未能打开）")
            return widget
        widget = self._create(name, module)
        self.tabs.addTab(widget, module.TITLE)
        return widget

    def _warm_up(self) -> None:
        """Import the other areas and the printing and Excel stack on the operations thread, then list the
        tabs: an import costs the importing thread PySide's source check of every new module (0.1–0.3 s in
        all), which the GUI thread must not pay while the clerk works."""
        if self._warming or not self._rest:
            return
        self._warming = True
        names = [*self._rest, *WARM_MODULES]
        QueryOp(self.ctx, lambda _db, _state: _import_all(names), lambda _r: self.add_remaining_tabs(),
                parent=self).failure(lambda _message: self.add_remaining_tabs()).run()

    def add_remaining_tabs(self) -> None:
        """List the tabs after the first (their widgets are built when first opened)."""
        rest, self._rest = self._rest, []
        for name in rest:
            module = self._import(name)
            if module is None:
                self.tabs.addTab(self._failed_tab(name), "（未能打开）")
                continue
            index = self.tabs.addTab(QWidget(), module.TITLE)
            self._pending[index] = (name, module)

    def _create(self, name: str, module: Any) -> QWidget:
        widget: QWidget
        try:
            made: object = module.create(self.ctx)
            if not isinstance(made, QWidget):
                raise TypeError(f"{name}.create() returned {type(made).__name__}")
            widget = made
        except Exception as exc:  # noqa: BLE001 - shown in the tab's place; the other tabs still open
            log.error("tab %s failed:\n%s", name, traceback.format_exc())
            self.failed_tabs[name] = str(exc) or type(exc).__name__
            widget = TabFailed(getattr(module, "TITLE", name), self.failed_tabs[name])
        self._built[name] = widget
        return widget

    def _materialize(self, index: int) -> None:
        entry = self._pending.pop(index, None)
        if entry is None:
            return
        name, module = entry
        widget = self._create(name, module)
        self.tabs.blockSignals(True)
        try:
            current = self.tabs.currentIndex()
            placeholder = self.tabs.widget(index)
            self.tabs.removeTab(index)
            if placeholder is not None:
                placeholder.deleteLater()
            self.tabs.insertTab(index, widget, module.TITLE)
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(False)

    def build_remaining_tabs(self) -> None:
        self.add_remaining_tabs()
        while self._pending:
            self._materialize(max(self._pending))

    def tab(self, module_name: str) -> QWidget | None:
        """The widget of a tab by module name (built now if it was not yet)."""
        if module_name in self._rest:
            self.add_remaining_tabs()
        for index, (name, _m) in list(self._pending.items()):
            if name == module_name:
                self._materialize(index)
        return self._built.get(module_name)

    def tab_titles(self) -> list[str]:
        self.add_remaining_tabs()
        return [self.tabs.tabText(i) for i in range(self.tabs.count())]

    # ----- title -----
    def update_title(self) -> None:
        if self.db.principal.may(Permission.READ):
            QueryOp(self.ctx, lambda db, _s: read(db, is_demo), self._show_demo, parent=self).run()
        else:  # an administrator reads no business data: the key file says whether it is the demo county
            from zydesk.services.security.signin import is_demo_keys

            QueryOp(self.ctx, lambda db, _s: is_demo_keys(db.url), self._show_demo, parent=self).run()

    def _show_demo(self, demo: bool) -> None:
        self.setWindowTitle(APP_TITLE + (" — 演示数据" if demo else ""))
        self.demo_label.setVisible(demo)

    # ----- menus -----
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("文件(&F)")
        self.import_menu = file_menu.addMenu("导入(&I)")
        self.check_menu = file_menu.addMenu("试导入（只检查，不写入）(&C)")
        self.export_menu = file_menu.addMenu("导出(&E)")
        self.template_menu = file_menu.addMenu("下载导入模板(&T)")
        for menu, fill in ((self.import_menu, self.start_import), (self.check_menu, self.start_check),
                           (self.export_menu, self.start_export), (self.template_menu, self.start_template)):
            menu.aboutToShow.connect(lambda m=menu, f=fill: self._fill_kind_menu(m, f))
        file_menu.addSeparator()
        quit_action = QAction("退出(&X)", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        data_menu = bar.addMenu("数据(&D)")
        refresh = QAction("刷新(&R)", self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(lambda: self.ctx.changed("*"))
        data_menu.addAction(refresh)
        data_menu.addSeparator()
        code_tables = QAction("代码表与影响期(&C)…", self)
        code_tables.triggered.connect(self.show_code_tables)
        data_menu.addAction(code_tables)
        print_settings = QAction("打印设置（字体、发文机关与文号）(&P)…", self)
        print_settings.triggered.connect(self.show_print_settings)
        data_menu.addAction(print_settings)
        backup = QAction("备份与恢复(&B)…", self)
        backup.triggered.connect(self.show_backups)
        data_menu.addAction(backup)
        data_menu.addSeparator()
        check = QAction("检查数据库(&K)…", self)
        check.triggered.connect(self.check_database)
        data_menu.addAction(check)
        if self.db.principal.may(Permission.UNDO):
            changes = QAction("修改记录与撤销(&U)…", self)
            changes.triggered.connect(self.show_changes)
            data_menu.addAction(changes)
        if self.db.principal.may(Permission.AUDIT_READ):
            audit = QAction("审计记录(&A)…", self)
            audit.triggered.connect(self.show_audit)
            bar.addMenu("审计(&U)").addAction(audit)

        help_menu = bar.addMenu("帮助(&H)")
        here = QAction("本页帮助(&H)…", self)
        here.setShortcut(QKeySequence.StandardKey.HelpContents)  # F1
        here.triggered.connect(lambda: self.show_help(self.current_topic()))
        help_menu.addAction(here)
        from zydesk.services.help_pages import topics  # static titles, no database

        for key, title in topics():
            act = QAction(f"{title}…", self)
            act.triggered.connect(lambda _c=False, k=key: self.show_help(k))
            help_menu.addAction(act)
        help_menu.addSeparator()
        self.manual_action = QAction("用户手册(&M)…", self)
        self.manual_action.triggered.connect(self.show_manual)
        help_menu.addAction(self.manual_action)
        reminders = QAction("提醒事项(&R)…", self)
        reminders.triggered.connect(lambda: self.show_reminders(always=True))
        help_menu.addAction(reminders)
        help_menu.addSeparator()
        about = QAction("关于(&A)…", self)
        self._build_account_menu()
        self._hide_what_the_roles_cannot_do(file_menu, data_menu, code_tables, backup, check, reminders)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _build_account_menu(self) -> None:
        menu = QMenu("账号(&U)", self)
        self.menuBar().insertMenu(self.menuBar().actions()[-1], menu)  # before 帮助
        self.account_menu = menu
        change = QAction("修改口令(&P)…", self)
        change.triggered.connect(self.change_password)
        lock = QAction("锁定屏幕(&L)", self)
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.triggered.connect(lambda: self.session.lock())
        sign_out = QAction("退出登录(&O)", self)
        sign_out.triggered.connect(self.confirm_sign_out)
        for act in (change, lock, sign_out):
            menu.addAction(act)

    def _hide_what_the_roles_cannot_do(self, file_menu: QMenu, data_menu: QMenu, code_tables: QAction,
                                       backup: QAction, check: QAction, reminders: QAction) -> None:
        """The services refuse anyway; the menus show only what the account may do."""
        p = self.db.principal
        if not p.roles:  # a handle without a signed-in account (older tests, tools): everything shows
            return
        self.import_menu.menuAction().setVisible(p.may(Permission.ENTER))
        self.check_menu.menuAction().setVisible(p.may(Permission.ENTER))
        self.export_menu.menuAction().setVisible(p.may(Permission.PRINT))
        self.template_menu.menuAction().setVisible(p.may(Permission.READ))
        code_tables.setVisible(p.may(Permission.READ))
        backup.setVisible(p.may(Permission.BACKUP))
        check.setVisible(p.may(Permission.BACKUP))
        reminders.setVisible(p.may(Permission.READ))
        if not p.may(Permission.READ):
            for act in data_menu.actions():
                if act.text().startswith("刷新") or act.text().startswith("打印设置"):
                    act.setVisible(False)

    def confirm_sign_out(self) -> None:
        """退出登录 from the menu: open dialogs close with the window, so ask first when there are any."""
        open_dialogs = [w for w in QApplication.topLevelWidgets()
                        if isinstance(w, QDialog) and w.isVisible() and w.parent() is not None]
        if open_dialogs:
            answer = QMessageBox.question(self, "退出登录", "还有打开的窗口，退出登录将关闭它们，其中未保存的内容不会保存。"
                                          "\n\n仍要退出登录吗？")
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.end_session()

    def change_password(self) -> None:
        from ui.signin.password import ChangePasswordDialog

        self._password_dialog = ChangePasswordDialog(self.db, self)
        self._password_dialog.accepted.connect(
            lambda: self.statusBar().showMessage("口令已修改。", 5000))
        self._password_dialog.open()

    def kinds(self) -> dict[str, str]:
        """kind → Chinese title, from the Excel registry (read once, on the first menu that needs it)."""
        return {k.kind: k.title for k in self._kind_list()}

    def _kind_list(self) -> list[excel_files.KindInfo]:
        if self._kinds is None:  # static metadata, no database: the registry is imported, nothing is read
            from zydesk.services import excel_files

            self._kinds = excel_files.kind_list()
        return self._kinds

    def _kind(self, kind: str) -> excel_files.KindInfo:
        return next(k for k in self._kind_list() if k.kind == kind)

    def _fill_kind_menu(self, menu: QMenu, action: Callable[[str, str], None]) -> None:
        if menu.actions():
            return
        for kind, title in self.kinds().items():
            act = menu.addAction(title + "…")
            act.setData(kind)
            act.triggered.connect(lambda _c=False, k=kind, t=title: action(k, t))

    def start_import(self, kind: str, title: str, path: str | None = None, *, dry_run: bool = False) -> None:
        verb = "试导入" if dry_run else "导入"
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, f"{verb}{title}", "", XLSX_FILTER)
            if not path:
                return
        chosen = path

        def refused(exc: BaseException) -> bool:  # every problem of the file, one per line
            if isinstance(exc, ValidationError):
                self.refused_import = (kind, chosen, list(exc.errors))
                self.show_import_errors(title, [str(e) for e in exc.errors] or [str(exc)])
                return True
            return False

        def done(result: Any) -> None:
            summary = result.summary() if hasattr(result, "summary") else f"{verb}完成。"
            QMessageBox.information(self, f"{verb}{title}", summary)

        def job(db: Database, state: TaskState) -> Any:
            from zydesk.services import excel_files

            return excel_files.import_excel(db, kind, chosen, dry_run=dry_run, state=state)

        op = QueryOp(self.ctx, job, done, parent=self) if dry_run else WriteOp(self.ctx, job, kind, done, parent=self)
        op.on_error(refused).with_progress(f"{verb}{title}").run()

    def start_check(self, kind: str, title: str, path: str | None = None) -> None:
        """试导入: every check of an import, nothing written (`zydesk import --dry-run`)."""
        self.start_import(kind, title, path, dry_run=True)

    def show_import_errors(self, title: str, lines: list[str]) -> ErrorListDialog:
        source, self.refused_import = self.refused_import, None
        export = (lambda: self.export_error_list(title, *source)) if source is not None else None
        dialog = ErrorListDialog(f"导入{title}", f"文件中有 {len(lines)} 处问题，未导入任何数据。请修改后重新导入：",
                                 lines, self, export)
        dialog.open()
        return dialog

    def export_error_list(self, title: str, kind: str, path: str, errors: list[FieldError],
                          out: str | None = None) -> None:
        """错误清单: the refused file with a 错误说明 column and the bad cells marked."""
        if out is None:
            stem = Path(path).with_suffix("").name
            out, _ = QFileDialog.getSaveFileName(self, "导出错误清单", str(Path(path).with_name(f"{stem}_错误清单.xlsx")),
                                                 XLSX_FILTER)
            if not out:
                return
        target = out

        def job(db: Database, state: TaskState) -> Any:
            from zydesk.services import excel_files

            return excel_files.write_error_list(kind, path, errors, target)

        def done(written: Any) -> None:
            QMessageBox.information(self, f"导入{title}", f"已导出错误清单：{written}\n请在标红的单元格处改正后重新导入。")

        QueryOp(self.ctx, job, done, parent=self).run()

    def start_export(self, kind: str, title: str, path: str | None = None, year: int | None = None) -> None:
        if path is None:
            year_filter = self._kind(kind).year_filter
            if year_filter:  # the same choice as `zydesk export --year`
                this_year = dt.date.today().year
                choices = ["全部年度"] + [f"{y}年" for y in range(this_year, this_year - 11, -1)]
                choice, ok = QInputDialog.getItem(self, f"导出{title}", f"导出哪一年度（{year_filter}）：",
                                                  choices, 0, False)
                if not ok:
                    return
                year = None if choice == choices[0] else int(choice.removesuffix("年"))
            suffix = f"（{year}年）" if year else ""
            path, _ = QFileDialog.getSaveFileName(self, f"导出{title}", f"{title}{suffix}.xlsx", XLSX_FILTER)
            if not path:
                return
        chosen = path

        def export(db: Database, state: TaskState) -> Any:
            from zydesk.services import excel_files

            return excel_files.export_excel(db, kind, chosen, year, state)

        QueryOp(self.ctx, export,
                inform(self, f"导出{title}",
                       lambda n: f"已导出 {n} 行到：\n{chosen}" if isinstance(n, int) else f"已导出到：\n{chosen}"),
                parent=self).with_progress(f"导出{title}").run()

    def start_template(self, kind: str, title: str, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, f"下载{title}导入模板", f"{title}导入模板.xlsx", XLSX_FILTER)
            if not path:
                return
        chosen = path

        def template(db: Database, _state: TaskState) -> Path:
            from zydesk.services import excel_files

            return excel_files.template(db, kind, chosen)

        QueryOp(self.ctx, template,
                inform(self, "下载导入模板", lambda _r: f"模板已保存到：\n{Path(chosen)}"),
                parent=self).with_progress(f"下载{title}导入模板").run()

    def show_code_tables(self) -> None:
        from ui.master.code_tables import open_code_tables

        self._code_tables = open_code_tables(self.ctx, self)

    def show_backups(self) -> None:
        from ui.backup.dialog import open_backups

        self._backups = open_backups(self.ctx, self)

    def show_audit(self) -> None:
        from ui.audit.viewer import open_audit_viewer

        self._audit = open_audit_viewer(self)

    def show_changes(self) -> None:
        from ui.audit.changes import open_changes

        self._changes = open_changes(self)

    def show_print_settings(self) -> None:
        from ui.printing.font_settings import open_print_settings

        self._print_settings = open_print_settings(self.ctx, self)

    def check_database(self) -> None:
        """检查数据库: a raw copy first, then every check; the file itself is not changed."""
        from zydesk.services.checking import CheckReport, check_database

        def show(report: CheckReport) -> None:
            if report.ok:
                heading = "检查完毕，未发现问题。"
                lines = [f"检查前的原样副本：{report.copy}"]
            else:
                heading = f"发现 {len(report.problems)} 个问题（数据库未作任何修改）："
                lines = [p.message for p in report.problems] + [f"检查前的原样副本：{report.copy}"]
            self._check_result = ErrorListDialog("检查数据库", heading, lines, self)
            self._check_result.show()

        QueryOp(self.ctx, lambda db, _s: check_database(db), show, parent=self).with_progress("正在检查数据库…").run()

    def show_damage(self) -> None:
        """At start-up, for a file that failed its integrity check: why only reading is possible now."""
        if self.db.damaged is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, "数据库已损坏", self.db.damaged,
                          QMessageBox.StandardButton.Ok, self)
        box.button(QMessageBox.StandardButton.Ok).setText("知道了")
        restore = box.addButton("恢复…", QMessageBox.ButtonRole.ActionRole)
        restore.clicked.connect(self.show_backups)  # 备份与恢复: pick the good backup and restore it
        self._damage_box = box
        box.open()

    def show_reminders(self, always: bool = False) -> None:
        """Start-up reminders: next year's holiday schedule (Nov/Dec), overdue and soon-due case steps;
        a reminder of a case opens it. `always` shows the window even when there is nothing to remind."""
        from zydesk.services.tolerance.reads import reminder_items

        QueryOp(self.ctx, lambda db, _s: read(db, reminder_items),
                lambda items: self._show_reminders(items, always), parent=self).run()

    def _show_reminders(self, items: list[Reminder], always: bool = False) -> None:
        if items or always:
            self._reminders = ReminderDialog(items, self.open_case, self)
            self._reminders.show()

    def open_case(self, case_id: int) -> None:
        """Bring the 容错纠错 tab forward with this case open."""
        tab = self.tab("ui.tolerance.tab")
        if tab is None:
            return
        self.tabs.setCurrentWidget(tab)
        opener = getattr(tab, "open_case", None)
        if callable(opener):
            opener(case_id)

    # ----- help -----
    def current_topic(self) -> str | None:
        from ui.help.dialog import TAB_TOPICS

        widget = self.tabs.currentWidget()
        for name, built in self._built.items():
            if built is widget:
                return TAB_TOPICS.get(name)
        return None

    def show_help(self, key: str | None = None) -> None:
        from ui.help.dialog import open_help

        self._help = open_help(self.ctx, self, key)

    def show_manual(self) -> None:
        from ui.help.manual import open_manual

        open_manual(self.ctx, self)

    def show_about(self) -> None:
        QMessageBox.about(
            self, f"关于{APP_TITLE}",
            f"<h3>{APP_TITLE}</h3><p>版本 {__version__}</p>"
            f"<p>依据中共紫阳县委办公室{POLICY}印发的{POLICY_TITLE}，"
            "为县委组织部提供鼓励激励、容错纠错、能上能下的日常工作工具。</p>"
            f"<p>数据库：{database_label(self.db.url)}<br>当前用户：{self.db.principal}</p>")
