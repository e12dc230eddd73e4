"""干部信息's 导入任免审批表… and 导出任免审批表…: `.lrmx` files in (files, a folder or zips, with a preview the
clerk confirms — a match by name and birth month only after ticking that it is the same person) and out
(the selected cadres, one file or a zip, with the dates of the form)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QDialog,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from ui.context import AppContext
from ui.ops import QueryOp, WriteOp
from ui.theme import mark
from ui.widgets.fit import add_foot, fit_to_screen, scroll_body
from ui.widgets.forms import FieldForm, dialog_buttons, line, read_date
from ui.widgets.row_model import Column, RowTableModel, table_view
from zydesk.errors import FieldError
from zydesk.services.lrmx.exporting import Exported, export_forms
from zydesk.services.lrmx.fill import Basis, FillDates
from zydesk.services.lrmx.importing import BY_NAME, ImportItem, ImportPlan, import_forms, preview_import
from zydesk.services.lrmx.sources import Source, collect

FILE_FILTER = "任免审批表 (*.lrmx *.zip);;全部文件 (*)"

ITEM_COLUMNS: list[Column[ImportItem]] = [
    Column("文件", lambda i: i.file, width=12),
    Column("姓名", lambda i: i.name, width=5),
    Column("公民身份号码", lambda i: _masked(i.id_number), width=11),
    Column("对应", lambda i: i.match, width=8),
    Column("修改", lambda i: "；".join(f"{c.field}：{c.before or '（空）'}→{c.after}" for c in i.changes), width=18),
    Column("新任职", lambda i: i.new_post.label if i.new_post else "", width=14),
    Column("提示", lambda i: "；".join(i.warnings), width=14),
]


def _masked(number: str) -> str:
    return number[:6] + "*" * 8 + number[14:] if len(number) == 18 else number


class LrmxActions:
    """The two buttons of 干部信息 and what they do. `selected` gives the ids of the selected cadres."""

    def __init__(self, ctx: AppContext, parent: QWidget, selected: Callable[[], list[int]]) -> None:
        self.ctx = ctx
        self.parent = parent
        self.selected = selected
        self.import_button = QPushButton("导入任免审批表…")
        menu = QMenu(self.import_button)
        menu.addAction("选择文件或压缩包…", self.choose_files)
        menu.addAction("选择文件夹…", self.choose_folder)
        self.import_button.setMenu(menu)
        self.export_button = QPushButton("导出任免审批表…")
        self.export_button.clicked.connect(self.export_selected)

    def add_to(self, layout: QBoxLayout) -> None:
        layout.addWidget(self.import_button)
        layout.addWidget(self.export_button)

    def update(self) -> None:
        self.export_button.setEnabled(bool(self.selected()))

    # ----- import -----
    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self.parent, "导入任免审批表", "", FILE_FILTER)
        if names:
            self.preview([Path(n) for n in names])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.parent, "导入文件夹中的任免审批表")
        if folder:
            self.preview([Path(folder)])

    def preview(self, paths: list[Path]) -> None:
        def job(db: Any, state: Any) -> tuple[list[Source], ImportPlan]:
            sources = collect(paths, state)
            return sources, preview_import(db, sources, state)

        QueryOp(self.ctx, job, self._show_preview, parent=self.parent).with_progress("读取任免审批表").run()

    def _show_preview(self, result: tuple[list[Source], ImportPlan]) -> None:
        sources, plan = result
        dialog = ImportPreviewDialog(plan, self.parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        accept = dialog.accept_names.isChecked()
        WriteOp(self.ctx, lambda db, state: import_forms(db, sources, accept_name_match=accept, state=state),
                changes=("cadres", "posts"), success=self._imported, parent=self.parent
                ).with_progress("导入任免审批表").run()

    def _imported(self, plan: ImportPlan) -> None:
        counts = plan.counts()
        QMessageBox.information(self.parent, "导入任免审批表",
                                f"已导入任免审批表 {counts['files']} 份：新建干部 {counts['created']} 名，"
                                f"对应已有干部 {counts['matched']} 名，新任职 {counts['new_posts']} 条。")

    # ----- export -----
    def export_selected(self) -> None:
        export_renmian(self.ctx, self.parent, self.selected())


def export_renmian(ctx: AppContext, parent: QWidget, ids: list[int], basis: Basis | None = None) -> None:
    """The dates of the form, where to save (one cadre: a .lrmx, several: a zip), then the export (audited);
    `basis`: the proposal or review the form is for."""
    if not ids:
        return
    dialog = ExportDialog(len(ids), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.dates is None:
        return
    if len(ids) == 1:
        path, _ = QFileDialog.getSaveFileName(parent, "导出任免审批表", "任免审批表.lrmx", "任免审批表 (*.lrmx)")
    else:
        path, _ = QFileDialog.getSaveFileName(parent, "导出任免审批表", "任免审批表.zip", "压缩包 (*.zip)")
    if not path:
        return
    target, dates = Path(path), dialog.dates

    def exported(done: Exported) -> None:
        QMessageBox.information(parent, "导出任免审批表", f"已导出任免审批表 {len(done.files)} 份：{done.target}")

    WriteOp(ctx, lambda db, state: export_forms(db, ids, target, dates, state, basis), changes="audit",
            success=exported, parent=parent).with_progress("导出任免审批表").run()


class ImportPreviewDialog(QDialog):
    """What the import will do, file by file; refused files keep 导入 disabled, matches by name need a tick."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("导入任免审批表：核对")
        self.plan = plan
        layout = scroll_body(self)
        counts = plan.counts()
        layout.addWidget(QLabel(f"共 {counts['files']} 份：新建干部 {counts['created']} 名，对应已有干部 "
                                f"{counts['matched']} 名（有修改 {counts['changed']} 名），新任职 {counts['new_posts']} 条。"))
        self.model = RowTableModel(ITEM_COLUMNS, plan.items)
        self.table: QTableView = table_view(self.model)
        layout.addWidget(self.table, 1)
        self.problems = QLabel("\n".join(["以下文件有问题，全部改正后才能导入（未写入任何数据）：", *plan.problems[:30]])
                               if plan.problems else "")
        self.problems.setWordWrap(True)
        mark(self.problems, "error")
        self.problems.setVisible(bool(plan.problems))
        layout.addWidget(self.problems)
        names = plan.name_matches
        self.accept_names = QCheckBox(f"已核对：按姓名和出生年月对应的 {len(names)} 份确是表中所列的干部本人")
        self.accept_names.setVisible(bool(names))
        if names:
            shown = "；".join(f"{i.file}→{i.candidates[0].label}" for i in names[:10] if i.candidates)
            hint = QLabel(f"这些文件没有身份证号：{shown}")
            hint.setWordWrap(True)
            mark(hint, "warning")
            layout.addWidget(hint)
        layout.addWidget(self.accept_names)
        self.buttons = dialog_buttons(self, "导入")
        add_foot(self, self.buttons)
        self.accept_names.toggled.connect(lambda _c: self._update())
        self._update()
        fit_to_screen(self, 1100, 600)

    def _update(self) -> None:
        ok = not self.plan.problems and bool(self.plan.items) and (
            not self.plan.name_matches or self.accept_names.isChecked())
        self.buttons.button(self.buttons.StandardButton.Ok).setEnabled(ok)


class ExportDialog(QDialog):
    """计算年龄时间 and 填表时间 (empty: an imported form keeps its own, else today)."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("导出任免审批表")
        self.dates: FillDates | None = None
        layout = scroll_body(self)
        layout.addWidget(QLabel(f"导出所选 {count} 名干部的任免审批表（.lrmx）。日期留空：导入的表保留原值，其余为今天。"))
        self.form = FieldForm()
        self.form.add("计算年龄时间", line("", "如 2025-12-01"))
        self.form.add("填表时间", line(f"{dt.date.today():%Y-%m-%d}"))
        layout.addWidget(self.form)
        add_foot(self, dialog_buttons(self, "选择保存位置…"))
        fit_to_screen(self)

    def accept(self) -> None:
        errors: list[FieldError] = []
        age = read_date(self.form, "计算年龄时间", errors, month_ok=False)
        fill = read_date(self.form, "填表时间", errors, month_ok=False)
        if errors:
            self.form.show_errors(errors)
            return
        self.dates = FillDates(age, fill)
        super().accept()


def install(ctx: AppContext, tab: QWidget, layout: QBoxLayout, view: QTableView,
            key_of_row: Callable[[int], int | None]) -> LrmxActions:
    """The hook 干部信息 calls: the buttons in its action row, several rows selectable for the export."""
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

    def selected() -> list[int]:
        rows = sorted({index.row() for index in view.selectionModel().selectedRows()})
        return [k for k in (key_of_row(r) for r in rows) if k is not None]

    actions = LrmxActions(ctx, tab, selected)
    actions.add_to(layout)
    view.selectionModel().selectionChanged.connect(lambda *_a: actions.update())
    actions.update()
    return actions
