"""审计记录 (审计管理员 only): filter by time, account and action; each entry with its role, object and the
values before and after (ID numbers masked); 校验 checks the hash chain, 导出 Excel writes what is shown.
The newest entries first, at most LIMIT of them (the export takes every entry that matches)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QWidget,
)

from ui import theme
from ui.context import AppContext
from ui.ops import QueryOp, WriteOp
from ui.widgets.fit import add_foot, fit_to_screen, scroll_body
from ui.widgets.row_model import Column, RowTableModel, selected_row, table_view
from zydesk.core.security.roles import Permission
from zydesk.services import audit_trail as svc
from zydesk.services.audit_trail import Choices, Entry, Filter, change_text

LIMIT = 2000
ALL = "（全部）"
DEFAULT_DAYS = 30

COLUMNS: list[Column[Entry]] = [
    Column("序号", lambda e: e.seq, width=4),
    Column("时间", lambda e: f"{e.at:%Y-%m-%d %H:%M:%S}", width=14),
    Column("账号", lambda e: e.user, width=6),
    Column("角色", lambda e: e.role or "", width=8),
    Column("操作", lambda e: e.action, width=9),
    Column("对象", lambda e: e.object_text, width=9),
    Column("结果", lambda e: e.result, width=3),
    Column("变更前", lambda e: change_text(e.before), tooltip=lambda e: change_text(e.before) or None, width=18),
    Column("变更后", lambda e: change_text(e.after), tooltip=lambda e: change_text(e.after) or None, width=18),
]


def _date(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def _date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _choice_box() -> QComboBox:
    box = QComboBox()
    box.setEditable(True)
    box.addItem(ALL)
    box.setMinimumContentsLength(10)
    return box


class AuditViewer(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("审计记录")
        today = dt.date.today()
        self.since = _date_edit(today - dt.timedelta(days=DEFAULT_DAYS))
        self.until = _date_edit(today)
        self.user = _choice_box()
        self.action = _choice_box()
        search = QPushButton("查询")
        search.setDefault(True)
        search.clicked.connect(self.load)
        filters = QWidget()
        row = QHBoxLayout(filters)
        row.setContentsMargins(0, 0, 0, 0)
        for label, widget in (("时间", self.since), ("至", self.until), ("账号", self.user), ("操作", self.action)):
            row.addWidget(QLabel(label))
            row.addWidget(widget)
        row.addWidget(search)
        row.addStretch(1)

        self.model: RowTableModel[Entry] = RowTableModel(COLUMNS)
        self.view = table_view(self.model)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._show_detail())
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setPlaceholderText("选中一条记录，在此查看变更前后的全部内容（身份证号已遮蔽）。")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        self.status = QLabel("")
        self.verdict = QLabel("")
        self.verdict.setWordWrap(True)

        self.verify_button = QPushButton("校验")
        self.verify_button.setToolTip("逐条核对审计记录的校验链，查出被改动、删除的记录")
        self.export_button = QPushButton("导出 Excel…")
        self.export_button.setToolTip("把符合当前条件的全部记录导出为 Excel（身份证号已遮蔽）")
        close = QPushButton("关闭")
        self.verify_button.clicked.connect(self.verify)
        self.export_button.clicked.connect(self.export)
        close.clicked.connect(self.accept)
        foot = QWidget()
        buttons = QHBoxLayout(foot)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.verdict, 1)
        buttons.addWidget(close)

        layout = scroll_body(self)
        layout.addWidget(filters)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        add_foot(self, foot)
        fit_to_screen(self, 1300, 680)
        QueryOp(ctx, lambda db, _s: svc.choices(db), self._fill_choices, parent=self).failure(self._say).run()
        self.load()

    # ----- filters -----
    def filter(self) -> Filter:
        def chosen(box: QComboBox) -> str | None:
            text = box.currentText().strip()
            return None if not text or text == ALL else text

        return Filter(_date(self.since.date()), _date(self.until.date()), chosen(self.user), chosen(self.action))

    def _fill_choices(self, choices: Choices) -> None:
        for box, items in ((self.user, choices.users), (self.action, choices.actions)):
            current = box.currentText()
            box.clear()
            box.addItem(ALL)
            box.addItems(items)
            box.setCurrentText(current)

    # ----- the list -----
    def load(self) -> None:
        where = self.filter()
        if where.since and where.until and where.since > where.until:
            self._say("起始日期晚于截止日期，请重新选择。")
            return
        QueryOp(self.ctx, lambda db, _s: svc.entries(db, where.since, where.user, where.action, where.until,
                                                     newest_first=True, limit=LIMIT + 1),
                self._show, parent=self).failure(self._say).run()

    def _show(self, found: list[Entry]) -> None:
        more = len(found) > LIMIT
        self.model.set_rows(found[:LIMIT])
        self.detail.clear()
        if not found:
            self.status.setText("没有符合条件的审计记录。")
        elif more:
            self.status.setText(f"符合条件的记录超过 {LIMIT} 条，只列出最近的 {LIMIT} 条；请缩小时间范围，"
                                "或导出 Excel 查看全部。")
        else:
            self.status.setText(f"共 {len(found)} 条（最近的在前）。")

    def _show_detail(self) -> None:
        e = selected_row(self.view, self.model)
        if e is None:
            self.detail.clear()
            return
        lines = [f"第 {e.seq} 条  {e.at:%Y-%m-%d %H:%M:%S}  {e.user}" + (f"（{e.role}）" if e.role else ""),
                 f"操作：{e.action}    对象：{e.object_text}    结果：{e.result}"]
        for label, value in (("变更前", e.before), ("变更后", e.after)):
            if value is not None:
                lines.append(f"{label}：{change_text(value)}")
        self.detail.setPlainText("\n".join(lines))

    def _say(self, text: str) -> None:
        self.status.setText(text)
        theme.mark(self.status, "error")

    # ----- 校验 and 导出 -----
    def verify(self) -> None:
        self.verdict.setText("正在校验…")
        theme.mark(self.verdict, "")
        QueryOp(self.ctx, lambda db, _s: svc.verify(db), self._verified, parent=self) \
            .with_progress("正在校验审计记录").failure(self._say).run()

    def _verified(self, verdict: Any) -> None:
        if verdict.ok:
            self.verdict.setText(f"审计记录完整：共 {verdict.entries} 条，校验链无误。")
            theme.mark(self.verdict, "good")
        else:
            self.verdict.setText(f"审计记录不完整：{verdict.problem}（共 {verdict.entries} 条）。")
            theme.mark(self.verdict, "error")

    def export(self) -> None:
        name = f"审计记录_{dt.date.today():%Y%m%d}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, "导出审计记录", name, "Excel 文件 (*.xlsx)")
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        where = self.filter()
        WriteOp(self.ctx, lambda db, state: svc.export_entries(db, path, where, state), changes="audit",
                success=lambda n: self.status.setText(f"已导出 {n} 条审计记录到：{path}（身份证号已遮蔽）。"),
                parent=self).with_progress("正在导出审计记录").failure(self._say).run()


def may_open(ctx: AppContext) -> bool:
    return ctx.db.principal.may(Permission.AUDIT_READ)


def open_for(ctx: AppContext, parent: QWidget) -> AuditViewer:
    """The viewer over `ctx`, shown without blocking (the 管理 page and the 审计 menu)."""
    viewer = AuditViewer(ctx, parent)
    viewer.show()
    return viewer


def open_audit_viewer(window: Any) -> AuditViewer:
    return open_for(window.ctx, window)
