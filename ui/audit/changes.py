"""修改记录 (数据 menu, 审核员): the newest changes of business data, each with what it changed; 撤销 reverses
the selected one from its audit entry (an audited write). What cannot be undone says why in the last column."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from ui import theme
from ui.context import AppContext
from ui.ops import QueryOp, WriteOp
from ui.widgets.fit import add_foot, fit_to_screen, scroll_body
from ui.widgets.row_model import Column, RowTableModel, selected_row, table_view
from zydesk.core.security.roles import Permission
from zydesk.services import audit_undo as svc
from zydesk.services.audit_trail import change_text
from zydesk.services.audit_undo import Change, Undone

LIMIT = 300

COLUMNS: list[Column[Change]] = [
    Column("时间", lambda c: f"{c.at:%Y-%m-%d %H:%M:%S}", width=12),
    Column("账号", lambda c: c.user, width=5),
    Column("操作", lambda c: c.action, width=8),
    Column("对象", lambda c: c.object_text, width=8),
    Column("类型", lambda c: c.kind, width=3),
    Column("变更前", lambda c: change_text(c.before), tooltip=lambda c: change_text(c.before) or None, width=14),
    Column("变更后", lambda c: change_text(c.after), tooltip=lambda c: change_text(c.after) or None, width=14),
    Column("能否撤销", lambda c: "可撤销" if c.problem is None else c.problem,
           tooltip=lambda c: c.problem, width=10),
]

CONFIRM = "撤销这次{kind}：{what}？\n\n撤销本身也记入审计记录；撤销后如需恢复，可再撤销这次撤销。"


class ChangesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("修改记录")
        self.model: RowTableModel[Change] = RowTableModel(COLUMNS)
        self.view = table_view(self.model)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_button())
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.undo_button = QPushButton("撤销")
        self.undo_button.setToolTip("按审计记录把所选修改恢复原样（该记录此后未再被修改时）")
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(lambda: self.undo_selected())
        close = QPushButton("关闭")
        close.clicked.connect(self.accept)
        foot = QWidget()
        buttons = QHBoxLayout(foot)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = scroll_body(self)
        intro = QLabel(f"最近 {LIMIT} 次业务数据的新增、修改和删除。选中误改的一条，点“撤销”恢复原样；"
                       "之后又被改过的，请先撤销后来的修改。Excel 批量导入的修改不能逐条撤销。")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        add_foot(self, foot)
        fit_to_screen(self, 1200, 620)
        self.load()

    def load(self, note: str = "") -> None:
        QueryOp(self.ctx, lambda db, _s: svc.recent_changes(db, LIMIT), lambda rows: self._show(rows, note),
                parent=self).failure(self._say).run()

    def _show(self, rows: list[Change], note: str) -> None:
        self.model.set_rows(rows)
        self.status.setText(note + ("" if rows else "还没有业务数据的修改记录。"))
        theme.mark(self.status, "good" if note else "")
        self._update_button()

    def _update_button(self) -> None:
        change = selected_row(self.view, self.model)
        self.undo_button.setEnabled(change is not None and change.problem is None)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        theme.mark(self.status, "error")

    def undo_selected(self, confirm: bool = True) -> None:
        change = selected_row(self.view, self.model)
        if change is None or change.problem is not None:
            return
        if confirm:
            what = f"{change.object_text}（{change.at:%Y-%m-%d %H:%M}，{change.user}，{change.action}）"
            answer = QMessageBox.question(self, "撤销修改", CONFIRM.format(kind=change.kind, what=what))
            if answer != QMessageBox.StandardButton.Yes:
                return
        WriteOp(self.ctx, lambda db, _s: svc.undo_entry(db, change.seq), changes="*", success=self._undone,
                parent=self).failure(self._say).run()

    def _undone(self, done: Undone) -> None:
        self.load(done.what)


def may_open(ctx: AppContext) -> bool:
    return ctx.db.principal.may(Permission.UNDO)


def open_changes(window: Any) -> ChangesDialog:
    """The dialog for the main window (its `ctx`), shown without blocking."""
    dialog = ChangesDialog(window.ctx, window)
    dialog.show()
    return dialog
