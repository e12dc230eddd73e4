"""Every screen fits an office laptop: 1366×768, of which a taskbar leaves 1366×728.

The window is set to that size with the demo county; every tab (and every page inside a tab) is opened,
then every dialog the tabs reach through their "…" buttons and the known dialog slots. A button outside
the window or the screen, or a key column (依据, 期限) hidden or outside its table's viewport, fails.
Buttons inside a scrolling body count as reachable (the clerk scrolls); the body itself must fit.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from tests.gui_wait import settle

SCREEN = QSize(1366, 728)
KEY_COLUMNS = ("依据", "期限")


@pytest.fixture
def laptop(monkeypatch: pytest.MonkeyPatch) -> None:
    """What the program reads of the screen is a 1366×768 laptop's free area (the offscreen screen differs)."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(QPoint(0, 0), SCREEN))


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[QDialog]:
    """Modal dialogs are shown and recorded instead of run; message and file boxes answer at once."""
    seen: list[QDialog] = []

    def fake_exec(self: QDialog) -> int:
        self.show()
        seen.append(self)
        return int(QDialog.DialogCode.Rejected.value)

    monkeypatch.setattr(QDialog, "exec", fake_exec)
    no = QMessageBox.StandardButton.No
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_a, **_k: no))
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *_a, **_k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_a, **_k: ""))
    for name in ("getText", "getMultiLineText", "getItem", "getInt", "getDouble"):
        monkeypatch.setattr(QInputDialog, name, staticmethod(lambda *_a, **_k: ("", False)))
    return seen


@pytest.fixture
def window(qtbot: Any, demo_db: Any, laptop: None) -> Iterator[Any]:
    from ui.main_window import MainWindow

    win = MainWindow(demo_db)
    qtbot.addWidget(win)
    win.setWindowState(win.windowState() & ~win.windowState())  # not maximised: exactly the laptop size
    win.resize(SCREEN)
    win.show()
    settle(qtbot)
    win.build_remaining_tabs()
    settle(qtbot)
    yield win
    settle(qtbot)


def _in_scroll_body(widget: QWidget, top: QWidget) -> bool:
    """Inside a scroll area's viewport below top: reachable by scrolling."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and parent is grand.viewport():
            return True
        parent = grand
    return False


def _where(widget: QWidget) -> str:
    names = []
    w: QWidget | None = widget
    while w is not None:
        names.append(type(w).__name__ + (f"[{w.windowTitle()}]" if w.isWindow() else ""))
        w = w.parentWidget()
    return " < ".join(names[:4] + names[-1:])


def misfits(top: QWidget) -> list[str]:
    """What of top does not fit: its size, buttons outside it, key columns hidden or out of view."""
    problems: list[str] = []
    if top.width() > SCREEN.width() or top.height() > SCREEN.height():
        problems.append(f"{_where(top)}: {top.width()}×{top.height()} larger than the screen")
    area = QRect(QPoint(0, 0), top.size()).intersected(QRect(QPoint(0, 0), SCREEN))
    for button in top.findChildren(QAbstractButton):
        if not isinstance(button, QPushButton) and type(button).__name__ != "QPushButton":
            continue
        if not button.isVisibleTo(top) or not button.isVisible() or _in_scroll_body(button, top):
            continue
        rect = QRect(button.mapTo(top, QPoint(0, 0)), button.size())
        if not area.contains(rect):
            problems.append(f"{_where(button)} «{button.text()}» at {rect.getRect()} outside {area.getRect()}")
    for view in [*top.findChildren(QTableView), *top.findChildren(QTreeView)]:
        if not view.isVisible() or _in_scroll_body(view, top) or view.model() is None:
            continue
        header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
        model = view.model()
        for col in range(model.columnCount()):
            name = str(model.headerData(col, header.orientation()) or "")
            if not any(name.startswith(key) for key in KEY_COLUMNS):
                continue
            x = header.sectionViewportPosition(col)
            width = header.sectionSize(col)
            if header.isSectionHidden(col):
                problems.append(f"{_where(view)}: column {name} hidden")
            elif x < 0 or x + min(width, 60) > view.viewport().width():
                problems.append(f"{_where(view)}: column {name} at {x}+{width} outside {view.viewport().width()}")
    return problems


def _pages(win: Any, qtbot: Any) -> Iterator[str]:
    """Every tab and every page of a QTabWidget inside it, each made current in turn."""
    for index in range(win.tabs.count()):
        win.tabs.setCurrentIndex(index)
        settle(qtbot)
        title = win.tabs.tabText(index)
        yield title
        page = win.tabs.widget(index)
        for inner in page.findChildren(QTabWidget):
            for sub in range(inner.count()):
                inner.setCurrentIndex(sub)
                settle(qtbot)
                QApplication.processEvents()
                yield f"{title} / {inner.tabText(sub)}"


def test_every_tab_fits_1366x728(qtbot: Any, window: Any) -> None:
    problems: list[str] = []
    for page in _pages(window, qtbot):
        QApplication.processEvents()
        problems += [f"{page}: {p}" for p in misfits(window)]
    assert not problems, "\n".join(problems)


def _dialog_buttons(page: QWidget) -> list[QPushButton]:
    """The buttons of a page that open a dialog: "…" buttons, visible and enabled."""
    return [b for b in page.findChildren(QPushButton)
            if b.text().rstrip().endswith("…") and b.isVisible() and b.isEnabled() and b.menu() is None]


def _check_dialogs(qtbot: Any, opened: list[QDialog], where: str, problems: list[str]) -> None:
    for dialog in opened:
        settle(qtbot)
        QApplication.processEvents()
        problems += [f"{where} → {dialog.windowTitle()}: {p}" for p in misfits(dialog)]
        dialog.close()
    opened.clear()
    for top in QApplication.topLevelWidgets():  # dialogs shown without exec (print settings, reminders)
        if isinstance(top, QDialog) and top.isVisible():
            settle(qtbot)
            problems += [f"{where} → {top.windowTitle()}: {p}" for p in misfits(top)]
            top.close()


def test_every_dialog_fits_1366x728(qtbot: Any, window: Any, dialogs: list[QDialog]) -> None:
    problems: list[str] = []
    clicked = 0
    for page in _pages(window, qtbot):
        current = window.tabs.currentWidget()
        for button in _dialog_buttons(current):
            if not button.isVisible():
                continue
            # select the first row of each table first, so buttons about "the selected one" open their dialog
            button.click()
            clicked += 1
            settle(qtbot)
            _check_dialogs(qtbot, dialogs, f"{page} «{button.text()}»", problems)
    for action in (window.show_code_tables, window.show_print_settings, window.show_backups, window.show_changes,
                   window.show_audit,
                   lambda: window.show_import_errors("干部信息", [f"第{i}行 «姓名»: 必填" for i in range(2, 80)])):
        action()
        settle(qtbot)
        _check_dialogs(qtbot, dialogs, "菜单", problems)
    assert clicked >= 5
    assert not problems, "\n".join(problems)


def _first_rows(win: Any) -> None:
    for view in win.findChildren(QTableView):
        if view.isVisible() and view.model() is not None and view.model().rowCount() > 0:
            view.selectRow(0)


DIALOG_SLOTS: list[tuple[str, str, Callable[[Any], Any]]] = [
    ("ui.master.cadres_tab", "编辑干部", lambda tab: tab.edit_current()),
    ("ui.master.cadres_tab", "任职变动", lambda tab: tab.change_post()),
    ("ui.master.cadres_tab", "导出任免审批表", lambda tab: tab.lrmx.export_selected()),
    ("ui.tolerance.tab", "登记容错申请", lambda tab: tab.register_dialog()),
    ("ui.tolerance.tab", "节假日安排", lambda tab: tab.calendar_dialog()),
    ("ui.tolerance.tab", "容错纠错设置", lambda tab: tab.settings_dialog()),
    ("ui.care.tab", "新增培训记录", lambda tab: tab.show_register("training").add_dialog()),
    ("ui.care.tab", "新增交流挂职记录", lambda tab: tab.show_register("exchanges").add_dialog()),
    ("ui.adjustment.tab", "编号（请示：发文机关、成文日期、签发人）", lambda tab: _number_dialog(tab)),
    ("ui.ranking.tab", "解除封存", lambda tab: _reason_dialog(tab)),
]


def _number_dialog(tab: QWidget) -> QDialog:
    from ui.printing.numbering import NumberDialog
    from zydesk.services.numbering import NUMBERED, NumberStatus

    bodies = [(f"紫{i}发", f"中共紫阳县第{i}机关") for i in range(12)]
    return NumberDialog(tab, NumberStatus(NUMBERED["adjustment-submission"], "1", None, "紫1发", bodies))


def _reason_dialog(tab: QWidget) -> QDialog:
    from ui.widgets.seal_banner import ReasonDialog
    from zydesk.core.incentives.seal import SealArea, SealState

    return ReasonDialog(tab, SealState(SealArea.RANKING, 2025, "紫发〔2026〕3号", 1, None))


def test_dialogs_of_the_selected_record_fit(qtbot: Any, window: Any, dialogs: list[QDialog]) -> None:
    """Dialogs about the selected row: each tab's first row is selected, then the dialog is opened."""
    problems: list[str] = []
    for module, what, open_it in DIALOG_SLOTS:
        tab = window.tab(module)
        window.tabs.setCurrentWidget(tab)
        settle(qtbot)
        _first_rows(window)
        settle(qtbot)
        made = open_it(tab)
        settle(qtbot)
        if isinstance(made, QDialog):
            made.show()
            dialogs.append(made)
        _check_dialogs(qtbot, dialogs, what, problems)
    assert not problems, "\n".join(problems)


def test_first_start_is_maximised_and_the_size_is_remembered(qtbot: Any, demo_db: Any, laptop: None) -> None:
    from ui.main_window import MainWindow

    first = MainWindow(demo_db)
    qtbot.addWidget(first)
    assert first.isMaximized() or bool(first.windowState() & first.windowState().WindowMaximized)
    first.setWindowState(first.windowState() & ~first.windowState())
    first.resize(780, 560)  # within the offscreen screen (800×800), which restoreGeometry keeps it to
    first.show()
    settle(qtbot)
    first.close()
    settle(qtbot)
    second = MainWindow(demo_db)
    qtbot.addWidget(second)
    assert not second.isMaximized()
    assert second.size() == QSize(780, 560)


def test_title_does_not_repeat_the_app_name(qtbot: Any, qapp: Any, window: Any) -> None:
    """Qt appends the application's display name to window titles: the main window's title already
    names the program, so no display name is set."""
    from ui.app import setup_qt
    from zydesk import APP_TITLE

    setup_qt(qapp)
    settle(qtbot)
    assert window.windowTitle().count(APP_TITLE) == 1
    assert APP_TITLE not in QApplication.applicationDisplayName()


def test_columns_give_way_but_key_columns_stay(qtbot: Any) -> None:
    """Spare columns are hidden while the table is narrow; 依据 never; the clerk's choice from the header
    menu wins and is remembered for the next table with the same key."""
    from ui.widgets.fit import fit_columns
    from ui.widgets.row_model import Column, RowTableModel, table_view

    cols = [Column(name, lambda r, i=i: r[i], width=10) for i, name in enumerate(("名称", "事由", "依据", "备注"))]
    model: RowTableModel[tuple[str, ...]] = RowTableModel(cols, [("甲", "乙", "第八条", "丙")])
    view = table_view(model)
    qtbot.addWidget(view)
    fit = fit_columns(view, spare=("事由", "备注"), key="test/columns")
    view.resize(300, 200)
    view.show()
    qtbot.waitUntil(lambda: view.horizontalHeader().isSectionHidden(1))
    assert not view.horizontalHeader().isSectionHidden(2)  # 依据
    fit.choose("依据", False)
    assert not view.horizontalHeader().isSectionHidden(2)
    fit.choose("事由", True)
    assert not view.horizontalHeader().isSectionHidden(1)
    view.resize(1400, 200)
    qtbot.waitUntil(lambda: not view.horizontalHeader().isSectionHidden(3))
    again = table_view(model)
    qtbot.addWidget(again)
    fit_columns(again, spare=("事由", "备注"), key="test/columns")
    assert fit.chosen == again.findChild(type(fit)).chosen == {"依据": False, "事由": True}


def test_signin_dialogs_fit(qtbot: Any, db_url: str, laptop: None) -> None:
    """The login and its 忘记口令 dialog (the recovery key with the new password twice)."""
    from ui.signin.login import LoginDialog
    from ui.signin.reset import ResetWithKeyDialog

    login = LoginDialog(db_url, demo=True, message="账号或口令不正确。再输错 4 次，账号将锁定 10 分钟。")
    reset = ResetWithKeyDialog(db_url, "系统管理员")
    problems: list[str] = []
    for dialog in (login, reset):
        qtbot.addWidget(dialog)
        dialog.show()
        settle(qtbot)
        QApplication.processEvents()
        problems += [f"{dialog.windowTitle()}: {p}" for p in misfits(dialog)]
    assert login.forgot_button.isVisible()
    assert not problems, "\n".join(problems)
