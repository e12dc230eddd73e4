"""干部信息 → 打印任免审批表: the selected cadres' 干部任免审批表 in the print preview (two pages each).

The forms are filled, rendered and the printing audited on the operations thread
(zydesk.services.renmian_print); fields too long for their boxes are named in the preview's banner.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QBoxLayout, QPushButton, QTableView, QWidget

from ui.context import AppContext
from zydesk.core.security.roles import Permission
from zydesk.services.lrmx.fill import Basis


def print_renmian(ctx: AppContext, parent: QWidget, cadre_ids: Sequence[int], basis: Basis | None = None) -> None:
    """`basis`: the proposal or review the form is printed for (its 拟任/拟免 and 任免理由)."""
    ids = list(cadre_ids)
    if not ids:
        return
    from ui.printing.preview import preview_document  # the printing stack loads when first needed

    def build(db: Any, state: Any) -> Any:
        from zydesk.services import renmian_print

        return renmian_print.print_forms(db, ids, state=state, basis=basis)

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


class CaseFormButtons:
    """任免审批表… and 导出LRMX… on one case (a 能上能下 proposal at 报批/决定, a 选拔 资格审查): the form of its
    cadre with the case's 拟任/拟免 and 任免理由. `case` gives (cadre id, basis) or None when there is none;
    both are hidden for accounts without 打印和导出."""

    def __init__(self, ctx: AppContext, parent: QWidget, case: Callable[[], tuple[int, Basis] | None]) -> None:
        self.ctx = ctx
        self.parent = parent
        self.case = case
        self.print_button = QPushButton("任免审批表…")
        self.print_button.setToolTip("该干部的干部任免审批表（拟任、拟免职务和任免理由取自本案），先预览再打印")
        self.print_button.clicked.connect(self.print_form)
        self.export_button = QPushButton("导出LRMX…")
        self.export_button.setToolTip("该干部的干部任免审批表存为 .lrmx 文件，可在任免审批表软件中打开")
        self.export_button.clicked.connect(self.export_form)
        self.allowed = ctx.db.principal.may(Permission.PRINT)
        self.may_export = self.allowed and ctx.db.principal.may(Permission.FULL_ID)  # the file has the whole ID

    def add_to(self, layout: QBoxLayout) -> None:
        layout.addWidget(self.print_button)
        layout.addWidget(self.export_button)
        self.show(True)

    def show(self, wanted: bool) -> None:
        self.print_button.setVisible(self.allowed and wanted)
        self.export_button.setVisible(self.may_export and wanted)

    def print_form(self) -> None:
        case = self.case()
        if case is not None:
            print_renmian(self.ctx, self.parent, [case[0]], case[1])

    def export_form(self) -> None:
        case = self.case()
        if case is not None:
            from ui.master.lrmx import export_renmian

            export_renmian(self.ctx, self.parent, [case[0]], case[1])
