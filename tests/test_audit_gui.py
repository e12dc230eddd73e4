"""The audit viewer (审计管理员) and the 修改记录 dialog with 撤销 (审核员), offscreen."""
from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QMessageBox

from tests.accounts import as_role
from tests.factories import add_cadre, add_unit
from tests.gui_wait import settle
from ui.audit.changes import ChangesDialog
from ui.audit.viewer import AuditViewer
from ui.context import AppContext
from zydesk.core.master import UnitData
from zydesk.core.security.roles import Role
from zydesk.services.master import save_unit
from zydesk.storage.uow import Database

SCREEN = QSize(1366, 728)


@pytest.fixture
def laptop(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(QPoint(0, 0), SCREEN))


def _fits(dialog: object) -> None:
    from PySide6.QtWidgets import QWidget

    assert isinstance(dialog, QWidget)
    assert dialog.width() <= SCREEN.width() and dialog.height() <= SCREEN.height()


def test_viewer_lists_filters_verifies_and_exports(qtbot, db: Database, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                   laptop: None) -> None:
    add_unit(db, "城关镇", kind="镇", group="镇")
    add_cadre(db, "王书记", "城关镇")
    viewer = AuditViewer(AppContext(as_role(db, Role.AUDIT_ADMIN)))
    qtbot.addWidget(viewer)
    viewer.show()
    settle(qtbot)
    _fits(viewer)
    rows = viewer.model.rows
    assert rows and rows[0].seq == max(r.seq or 0 for r in rows)  # newest first
    headers = [c.title for c in viewer.model.columns]
    assert headers == ["序号", "时间", "账号", "角色", "操作", "对象", "结果", "变更前", "变更后"]
    assert "新增单位" in [viewer.action.itemText(k) for k in range(viewer.action.count())]
    viewer.action.setCurrentText("新增单位")
    viewer.load()
    settle(qtbot)
    (unit,) = viewer.model.rows
    assert unit.object_text.startswith("单位") and unit.role == "录入员、审核员"
    assert "名称: 城关镇" in viewer.model.data(viewer.model.index(0, 8))
    viewer.view.selectRow(0)
    assert "变更后：" in viewer.detail.toPlainText()
    viewer.verify()
    settle(qtbot)
    assert "审计记录完整" in viewer.verdict.text()
    target = tmp_path / "审计.xlsx"
    viewer.export_to(str(target))
    settle(qtbot)
    assert "已导出 1 条" in viewer.status.text()
    sheet = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    assert sheet[1][4] == "新增单位"


def test_viewer_refuses_a_clerk(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    viewer = AuditViewer(AppContext(db))
    qtbot.addWidget(viewer)
    settle(qtbot)
    assert viewer.model.rows == [] and "无权查看审计记录" in viewer.status.text()


def test_changes_dialog_undoes_the_selected_change(qtbot, db: Database,  # type: ignore[no-untyped-def]
                                                   laptop: None, monkeypatch: pytest.MonkeyPatch) -> None:
    unit_id = add_unit(db, "城关镇", kind="镇", group="镇")
    save_unit(db, UnitData(name="城关镇（误）", kind="镇", group="镇"), unit_id)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes))
    dialog = ChangesDialog(AppContext(as_role(db, Role.REVIEWER)))
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot)
    _fits(dialog)
    first = dialog.model.rows[0]
    assert (first.kind, first.action, first.problem) == ("修改", "编辑单位", None)
    dialog.view.selectRow(0)
    assert dialog.undo_button.isEnabled()
    dialog.undo_selected()
    settle(qtbot)
    assert "恢复为修改前的值" in dialog.status.text()
    undone = next(c for c in dialog.model.rows if c.seq == first.seq)
    assert undone.problem is not None and "已撤销" in undone.problem
    dialog.view.selectRow(dialog.model.rows.index(undone))
    assert not dialog.undo_button.isEnabled()


def test_menus_show_each_role_its_screens(qtbot, db: Database,  # type: ignore[no-untyped-def]
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.main_window import MainWindow

    for name in ("information", "warning", "critical"):  # the tabs' reads an administrator may not do
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Ok))

    def titles(win: MainWindow) -> set[str]:
        return {a.text() for m in win.menuBar().actions() if m.menu() for a in m.menu().actions()} | {
            m.text() for m in win.menuBar().actions()}

    reviewer = MainWindow(as_role(db, Role.REVIEWER))
    qtbot.addWidget(reviewer)
    assert "修改记录与撤销(&U)…" in titles(reviewer) and "审计记录(&A)…" not in titles(reviewer)
    auditor = MainWindow(as_role(db, Role.AUDIT_ADMIN))
    qtbot.addWidget(auditor)
    assert "审计记录(&A)…" in titles(auditor) and "修改记录与撤销(&U)…" not in titles(auditor)
    settle(qtbot)
