"""The main window: one tab per area (ui.tabs.TAB_MODULES), menus, and the status bar.

Start-up builds only the first tab. Once its first page is on screen the other areas' modules are
imported and their tabs listed; each tab's widget is built when the clerk first opens it, so no
area's start-up work delays the window or the others.
"""
from __future__ import annotations

import datetime as dt
import importlib
import logging
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.tabs import TAB_MODULES
from zydesk import APP_TITLE, __version__
from zydesk.core.task_state import TaskState
from zydesk.errors import ValidationError
from zydesk.storage.uow import Database

log = logging.getLogger(__name__)

POLICY = "紫办发〔2016〕15号"
POLICY_TITLE = ("《紫阳县党政干部鼓励激励实施办法（试行）》《紫阳县党政干部容错纠错实施细则（试行）》"
                "《紫阳县推进县管党政领导干部能上能下实施办法（试行）》")
XLSX_FILTER = "Excel 工作簿 (*.xlsx)"
AFTER_FIRST_PAGE_MS = 150


def database_label(url: str) -> str:
    """The file path of a SQLite database, else the URL without its password."""
    from sqlalchemy.engine import make_url

    from zydesk.storage.engine import sqlite_path

    path = sqlite_path(url)
    return str(path) if path is not None else make_url(url).render_as_string(hide_password=True)


class ErrorListDialog(QDialog):
    """Every problem of a refused import, one per line (第N行 «列名»: 说明), with 复制 for the clerk's notes."""

    def __init__(self, title: str, heading: str, lines: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.lines = lines
        head = QLabel(heading)
        head.setWordWrap(True)
        self.list = QListWidget()
        self.list.addItems(lines)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText("关闭")
        copy = buttons.addButton("复制", QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(720, 420)

    def copy(self) -> None:
        QApplication.clipboard().setText("\n".join(self.lines))


class _Refused:
    """An import's ValidationError carried back as a result (the worker must not lose the field list)."""

    def __init__(self, exc: ValidationError) -> None:
        self.lines = [str(e) for e in exc.errors] or [str(exc)]


class MainWindow(QMainWindow):
    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.ctx = AppContext(db, self)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self._pending: dict[int, tuple[str, Any]] = {}  # tab index → (module name, module) not built yet
        self._built: dict[str, QWidget] = {}
        self._rest: list[str] = []  # modules after the first tab, not imported yet
        first = self._build_first_tab()
        shown = getattr(first, "shown", None)
        if shown is not None:  # list the other tabs once the first page has been painted
            shown.connect(lambda: QTimer.singleShot(AFTER_FIRST_PAGE_MS, self.add_remaining_tabs))
        else:
            QTimer.singleShot(0, self.add_remaining_tabs)
        self.tabs.currentChanged.connect(self._materialize)
        self._build_menus()
        self.db_label = QLabel(f"数据库：{database_label(db.url)}")
        self.user_label = QLabel(f"当前用户：{db.user}")
        self.demo_label = QLabel("演示数据")
        self.demo_label.setStyleSheet("color: #c0392b; font-weight: bold;")
        self.demo_label.hide()
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.demo_label)
        self.statusBar().addPermanentWidget(self.user_label)
        self.update_title()
        self.ctx.events.data_changed.connect(lambda _w: self.update_title())
        screen = QApplication.primaryScreen()
        avail = screen.availableGeometry() if screen is not None else None
        self.resize(min(1360, avail.width()) if avail else 1280, min(860, avail.height()) if avail else 800)

    # ----- tabs -----
    @staticmethod
    def _import(name: str) -> Any:
        try:
            module = importlib.import_module(name)
        except Exception:  # noqa: BLE001 - one broken area must not keep the rest from opening
            log.error("tab %s failed to import:\n%s", name, traceback.format_exc())
            return None
        return module if getattr(module, "TITLE", "") else None

    def _build_first_tab(self) -> QWidget | None:
        for n, name in enumerate(TAB_MODULES):
            module = self._import(name)
            widget = self._create(name, module) if module is not None else None
            if widget is not None:
                self.tabs.addTab(widget, module.TITLE)
                self._rest = TAB_MODULES[n + 1:]
                return widget
        return None

    def add_remaining_tabs(self) -> None:
        """List the tabs after the first (their widgets are built when first opened)."""
        rest, self._rest = self._rest, []
        for name in rest:
            module = self._import(name)
            if module is not None:
                index = self.tabs.addTab(QWidget(), module.TITLE)
                self._pending[index] = (name, module)

    def _create(self, name: str, module: Any) -> QWidget | None:
        try:
            widget: QWidget | None = module.create(self.ctx)
        except Exception:  # noqa: BLE001
            log.error("tab %s failed:\n%s", name, traceback.format_exc())
            widget = QLabel(f"此页面未能打开（{getattr(module, 'TITLE', name)}）。详情见日志。")
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if widget is not None:
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
            placeholder.deleteLater()
            if widget is not None:
                self.tabs.insertTab(index, widget, module.TITLE)
                self.tabs.setCurrentIndex(current)
            else:  # the area is not available: later placeholders move one to the left
                self._pending = {(i - 1 if i > index else i): v for i, v in self._pending.items()}
                self.tabs.setCurrentIndex(min(current, self.tabs.count() - 1))
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
        from zydesk.services.settings import is_demo

        with self.db.read() as s:
            demo = is_demo(s)
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

        help_menu = bar.addMenu("帮助(&H)")
        about = QAction("关于(&A)…", self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    @staticmethod
    def kinds() -> dict[str, str]:
        """kind → Chinese title, from the Excel registry (imported on first use: it is not needed to start)."""
        try:
            from zydesk.excel.kinds import KINDS
        except Exception:  # noqa: BLE001
            log.error("excel kinds unavailable:\n%s", traceback.format_exc())
            return {}
        return dict(KINDS)

    def _fill_kind_menu(self, menu: QMenu, action: Callable[[str, str], None]) -> None:
        if menu.actions():
            return
        kinds = self.kinds()
        if not kinds:
            menu.addAction("（Excel 功能不可用）").setEnabled(False)
        for kind, title in kinds.items():
            act = menu.addAction(title + "…")
            act.setData(kind)
            act.triggered.connect(lambda _c=False, k=kind, t=title: action(k, t))

    def start_import(self, kind: str, title: str, path: str | None = None, *, dry_run: bool = False) -> None:
        verb = "试导入" if dry_run else "导入"
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, f"{verb}{title}", "", XLSX_FILTER)
            if not path:
                return
        db = self.db

        def job(state: TaskState) -> Any:
            from zydesk.excel.importer import import_file

            try:
                return import_file(db, kind, path, dry_run=dry_run, state=state)
            except ValidationError as exc:
                return _Refused(exc)

        def done(result: Any) -> None:
            if isinstance(result, _Refused):
                self.show_import_errors(title, result.lines)
                return
            if not dry_run:
                self.ctx.changed(kind)
            summary = result.summary() if hasattr(result, "summary") else f"{verb}完成。"
            QMessageBox.information(self, f"{verb}{title}", summary)

        self.ctx.run(f"{verb}{title}", job, done)

    def start_check(self, kind: str, title: str, path: str | None = None) -> None:
        """试导入: every check of an import, nothing written (`zydesk import --dry-run`)."""
        self.start_import(kind, title, path, dry_run=True)

    def show_import_errors(self, title: str, lines: list[str]) -> ErrorListDialog:
        dialog = ErrorListDialog(f"导入{title}", f"文件中有 {len(lines)} 处问题，未导入任何数据。请修改后重新导入：",
                                 lines, self)
        dialog.open()
        return dialog

    def start_export(self, kind: str, title: str, path: str | None = None, year: int | None = None) -> None:
        if path is None:
            from zydesk.excel.kinds import get_kind

            spec = get_kind(kind)
            if spec.year_filter:  # the same choice as `zydesk export --year`
                this_year = dt.date.today().year
                choices = ["全部年度"] + [f"{y}年" for y in range(this_year, this_year - 11, -1)]
                choice, ok = QInputDialog.getItem(self, f"导出{title}", f"导出哪一年度（{spec.year_filter}）：",
                                                  choices, 0, False)
                if not ok:
                    return
                year = None if choice == choices[0] else int(choice.removesuffix("年"))
            suffix = f"（{year}年）" if year else ""
            path, _ = QFileDialog.getSaveFileName(self, f"导出{title}", f"{title}{suffix}.xlsx", XLSX_FILTER)
            if not path:
                return
        db = self.db

        def job(state: TaskState) -> Any:
            from zydesk.excel.exporter import export_kind

            return export_kind(db, kind, path, year=year, state=state)

        self.ctx.run(f"导出{title}", job, lambda n: QMessageBox.information(
            self, f"导出{title}", f"已导出 {n} 行到：\n{path}" if isinstance(n, int) else f"已导出到：\n{path}"))

    def start_template(self, kind: str, title: str, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, f"下载{title}导入模板", f"{title}导入模板.xlsx", XLSX_FILTER)
            if not path:
                return
        db = self.db

        def job(_state: TaskState) -> Any:
            from zydesk.excel.template import write_template

            return write_template(db, kind, path)

        self.ctx.run(f"下载{title}导入模板", job, lambda _r: QMessageBox.information(
            self, "下载导入模板", f"模板已保存到：\n{Path(path)}"))

    def show_code_tables(self) -> None:
        from ui.master.code_tables import open_code_tables

        self._code_tables = open_code_tables(self.ctx, self)

    def show_print_settings(self) -> None:
        from ui.printing.font_settings import open_print_settings

        self._print_settings = open_print_settings(self.ctx, self)

    def show_reminders(self) -> None:
        """Start-up reminders: next year's holiday schedule (Nov/Dec), overdue and soon-due case steps."""
        try:
            from zydesk.services.tolerance.reads import startup_reminders
        except ImportError:
            return
        with self.db.read() as s:
            lines = startup_reminders(s)
        if lines:
            self._reminders = ErrorListDialog("提醒", "请注意以下事项：", lines, self)
            self._reminders.show()

    def show_about(self) -> None:
        QMessageBox.about(
            self, f"关于{APP_TITLE}",
            f"<h3>{APP_TITLE}</h3><p>版本 {__version__}</p>"
            f"<p>依据中共紫阳县委办公室{POLICY}印发的{POLICY_TITLE}，"
            "为县委组织部提供鼓励激励、容错纠错、能上能下的日常工作工具。</p>"
            f"<p>数据库：{database_label(self.db.url)}<br>当前用户：{self.db.user}</p>")
