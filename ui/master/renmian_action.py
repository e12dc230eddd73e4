"""干部信息 → 打印任免审批表: the selected cadres' 干部任免审批表 in the print preview (two pages each).

The forms are filled, rendered and the printing audited on the operations thread
(zydesk.services.renmian_print); fields too long for their boxes are named in the preview's banner.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QTableView, QWidget

from ui.context import AppContext


def selected_ids(view: QTableView, keys: Sequence[int]) -> list[int]:
    """The cadres of the selected rows, top to bottom (the current row when nothing is selected)."""
    rows = sorted({i.row() for i in view.selectionModel().selectedRows()})
    if not rows and view.currentIndex().isValid():
        rows = [view.currentIndex().row()]
    return [keys[r] for r in rows if 0 <= r < len(keys)]


def print_renmian(ctx: AppContext, parent: QWidget, cadre_ids: Sequence[int]) -> None:
    ids = list(cadre_ids)
    if not ids:
        return
    from ui.printing.preview import preview_document  # the printing stack loads when first needed

    def build(db: Any, state: Any) -> Any:
        from zydesk.services import renmian_print

        return renmian_print.print_forms(db, ids, state=state)

    title = "干部任免审批表" if len(ids) == 1 else f"干部任免审批表（{len(ids)}份）"
    preview_document(ctx, parent, build, title)
