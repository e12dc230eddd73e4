"""干部信息's 导入任免审批表… (preview, the name-match tick) and 导出任免审批表… for the selected cadres."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QThreadPool
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from sqlalchemy import func, select

from tests import factories as f
from tests.gui_wait import settle
from tests.lrmx_files import editor_file
from ui.context import AppContext
from ui.master import cadres_tab as cadres
from ui.master import lrmx as ui_lrmx
from zydesk.lrmx import reader
from zydesk.storage.models import Cadre
from zydesk.storage.uow import Database

pytestmark = pytest.mark.gui


@pytest.fixture
def tab(qtbot: Any, db: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[cadres.CadreTab]:
    f.add_unit(db, "紫阳县洄水镇", kind="镇", group="镇")
    f.add_cadre(db, "张伟", "紫阳县洄水镇", "镇长", "正科级")
    f.add_cadre(db, "李娜", "紫阳县洄水镇", "副镇长", "副科级", male=False)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    widget = cadres.CadreTab(AppContext(db))
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.model.rowCount() == 2, timeout=5000)
    yield widget
    settle(qtbot)
    QThreadPool.globalInstance().waitForDone(10_000)


def _count(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Cadre)) or 0


def test_import_with_preview(qtbot: Any, tab: cadres.CadreTab, db: Database, tmp_path: Path,
                             monkeypatch: pytest.MonkeyPatch) -> None:
    file = tmp_path / "王建国.lrmx"
    file.write_bytes(editor_file())
    seen: list[ui_lrmx.ImportPreviewDialog] = []

    def accept(dialog: ui_lrmx.ImportPreviewDialog) -> int:
        seen.append(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ui_lrmx.ImportPreviewDialog, "exec", accept)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(file)], ""))
    tab.lrmx.choose_files()
    settle(qtbot)
    assert seen and seen[0].model.rowCount() == 1
    assert seen[0].buttons.button(seen[0].buttons.StandardButton.Ok).isEnabled()
    qtbot.waitUntil(lambda: _count(db) == 3, timeout=5000)


def test_name_match_needs_the_tick(qtbot: Any, tab: cadres.CadreTab, db: Database, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    f.add_cadre(db, "王建国", "紫阳县洄水镇", "党委书记", "正科级", birth=dt.date(1985, 3, 15))
    file = tmp_path / "a.lrmx"
    file.write_bytes(editor_file(id_number=""))
    seen: list[ui_lrmx.ImportPreviewDialog] = []

    def reject(dialog: ui_lrmx.ImportPreviewDialog) -> int:
        seen.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ui_lrmx.ImportPreviewDialog, "exec", reject)
    tab.lrmx.preview([file])
    settle(qtbot)
    dialog = seen[0]
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert dialog.accept_names.isVisibleTo(dialog) and not ok.isEnabled()
    dialog.accept_names.setChecked(True)
    assert ok.isEnabled()


def test_export_selected(qtbot: Any, tab: cadres.CadreTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sel = tab.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in range(2):
        sel.select(tab.model.index(row, 0), flags)
    assert tab.lrmx.export_button.isEnabled() and len(tab.lrmx.selected()) == 2
    monkeypatch.setattr(ui_lrmx.ExportDialog, "exec", lambda d: (d.accept(), QDialog.DialogCode.Accepted)[1])
    target = tmp_path / "forms.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    tab.lrmx.export_selected()
    settle(qtbot)
    qtbot.waitUntil(target.exists, timeout=5000)
    import zipfile

    with zipfile.ZipFile(target) as zf:
        names = sorted(zf.namelist())
        assert names == ["张伟.lrmx", "李娜.lrmx"]
        assert reader.read_bytes(zf.read("李娜.lrmx")).xing_bie == "女"


def test_dialogs_fit_the_screen(qtbot: Any) -> None:
    from zydesk.services.lrmx.importing import ImportPlan

    for dialog in (ui_lrmx.ImportPreviewDialog(ImportPlan(problems=["a.lrmx：坏"])), ui_lrmx.ExportDialog(3)):
        qtbot.addWidget(dialog)
        assert dialog.width() <= 1366 and dialog.height() <= 728
