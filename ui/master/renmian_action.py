"""干部信息 → 打印任免审批表: the selected cadres' 干部任免审批表 in the print preview (two pages each).

The forms are filled, rendered and the printing audited on the operations thread
(zydesk.services.renmian_print); fields too long for their boxes are named in the preview's banner.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QBoxLayout, QPushButton, QTableView, QWidget

from ui.context import AppContext


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


def install(ctx: AppContext, tab: QWidget, layout: QBoxLayout, view: QTableView,
            key_of_row: Callable[[int], int | None]) -> QPushButton:
    """The hook 干部信息 calls: the button in its action row, several rows selectable (Ctrl/Shift)."""
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

    def selected() -> list[int]:
        rows = sorted({index.row() for index in view.selectionModel().selectedRows()})
        return [k for k in (key_of_row(r) for r in rows) if k is not None]

    button = QPushButton("打印任免审批表…")
    button.setToolTip("选中的干部（可按住 Ctrl 或 Shift 多选）每人一份干部任免审批表，先预览再打印")
    button.clicked.connect(lambda: print_renmian(ctx, tab, selected()))
    layout.addWidget(button)
    view.selectionModel().selectionChanged.connect(lambda *_a: button.setEnabled(bool(selected())))
    button.setEnabled(bool(selected()))
    return button
