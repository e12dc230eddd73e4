"""The import error dialog offers 导出错误清单: the refused file back with a 错误说明 column."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.gui_wait import settle
from tests.test_excel_helpers import CADRE_HEAD, cadre_row, two_units, xlsx
from ui import main_window as mw
from zydesk.storage.uow import Database

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, db: Database) -> Iterator[mw.MainWindow]:  # type: ignore[no-untyped-def]
    two_units(db)
    win = mw.MainWindow(db)
    qtbot.addWidget(win)
    settle(qtbot)
    yield win
    settle(qtbot)
    QThreadPool.globalInstance().waitForDone(10_000)


def test_refused_import_exports_its_error_list(qtbot, window: mw.MainWindow, tmp_path: Path,  # type: ignore[no-untyped-def]
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: messages.append(text))
    dialogs: list[mw.ErrorListDialog] = []
    shown = mw.MainWindow.show_import_errors

    def show(self: mw.MainWindow, title: str, lines: list[str]) -> mw.ErrorListDialog:
        dialogs.append(shown(self, title, lines))
        return dialogs[-1]

    monkeypatch.setattr(mw.MainWindow, "show_import_errors", show)
    bad = xlsx(tmp_path / "bad.xlsx", CADRE_HEAD, [cadre_row(None, 职务层次="大科级")])
    window.start_import("cadres", "干部信息", str(bad))
    qtbot.waitUntil(lambda: bool(dialogs), timeout=10_000)
    dialog = dialogs[0]
    assert dialog.export_button is not None and dialog.export_button.text() == "导出错误清单"
    out = tmp_path / "errs.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert messages[0].startswith(f"已导出错误清单：{out}")
    ws = openpyxl.load_workbook(out).worksheets[0]
    assert ws.cell(2, len(CADRE_HEAD) + 1).value.startswith("«职务层次»: “大科级”不在代码表中")
    dialog.close()
