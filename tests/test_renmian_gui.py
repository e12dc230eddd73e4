"""干部信息 → 打印任免审批表: the selected cadres' forms in the print preview, the printing audited."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QItemSelectionModel, QThreadPool
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from tests.test_gui_cadres import small_county
from ui.context import AppContext
from ui.master import cadres_tab as cadres
from ui.printing.preview import PreviewDialog
from zydesk.storage.models import AuditEntry
from zydesk.storage.uow import Database

pytestmark = pytest.mark.gui


@pytest.fixture
def tab(qtbot, db: Database) -> Iterator[cadres.CadreTab]:  # type: ignore[no-untyped-def]
    small_county(db)
    widget = cadres.CadreTab(AppContext(db))
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.model.rowCount() > 0, timeout=5000)
    yield widget
    QThreadPool.globalInstance().waitForDone(10_000)


def _previews() -> list[PreviewDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, PreviewDialog) and w.isVisible()]


def test_print_forms_of_the_selected_cadres(qtbot, tab: cadres.CadreTab, db: Database, settle) -> None:  # type: ignore[no-untyped-def]
    assert not tab.renmian_button.isEnabled()  # nobody chosen yet
    selection = tab.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    selection.select(tab.model.index(2, 0), flags)
    settle()
    assert tab.renmian_button.isEnabled()
    tab.renmian_button.click()
    qtbot.waitUntil(lambda: bool(_previews()), timeout=20_000)
    (dialog,) = _previews()
    try:
        assert dialog.page_count() == 4 and dialog.warning == ""
        assert "干部任免审批表（2份）" in dialog.windowTitle()
    finally:
        dialog.close()
    settle()
    with db.read(need=None) as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "打印干部任免审批表")).one()
    assert [c["姓名"] for c in entry.after["干部"]] == ["王建国", "张伟"]
    assert entry.after["文件"] == "（打印预览）"
