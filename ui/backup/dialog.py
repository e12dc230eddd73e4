"""The backup dialog (数据 → 备份与恢复…): every call goes through an operation (ui.ops)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from ui.context import AppContext
from ui.ops import QueryOp, WriteOp
from ui.widgets.fit import add_foot, fit_to_screen, scroll_body
from ui.widgets.row_model import Column, RowTableModel, selected_row, table_view
from zydesk.services import backups as svc
from zydesk.services.backups import BackupRow, RestoreReport


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(n // 1024, 1)} KB"


COLUMNS: list[Column[BackupRow]] = [
    Column("时间", lambda r: f"{r.at:%Y-%m-%d %H:%M:%S}", width=20),
    Column("原因", lambda r: r.reason_text, width=12),
    Column("大小", lambda r: _size(r.size), align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
           width=10),
    Column("已校验", lambda r: r.verified, width=6),
    Column("文件", lambda r: r.file, width=40),
]

CONFIRM = ("将用所选备份（{what}）替换当前数据库。\n\n"
           "· 恢复前会先自动备份当前数据库，可随时再恢复回来；\n"
           "· 该备份之后录入、修改的数据将不再出现；\n"
           "· 审计记录不会减少：备份之后的审计记录会保留，并记下这次恢复；\n"
           "· 恢复后本次运行期间暂停自动备份，重新启动程序后恢复。\n\n确定要恢复吗？")


class BackupDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("备份与恢复")
        self.model: RowTableModel[BackupRow] = RowTableModel(COLUMNS)
        self.view = table_view(self.model)
        self.status = QLabel("")
        self.backup_button = QPushButton("立即备份")
        self.copy_button = QPushButton("复制到…")
        self.restore_button = QPushButton("恢复…")
        close = QPushButton("关闭")
        self.backup_button.clicked.connect(self.backup_now)
        self.copy_button.clicked.connect(self.copy_to)
        self.restore_button.clicked.connect(self.restore)
        close.clicked.connect(self.accept)
        foot = QWidget()
        buttons = QHBoxLayout(foot)
        buttons.setContentsMargins(0, 0, 0, 0)
        for b in (self.backup_button, self.copy_button, self.restore_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = scroll_body(self)  # the buttons stay below the scrolling body on a small screen
        intro = QLabel("备份保存在数据库文件旁的 backups 文件夹；每份备份都已做完整性检查。"
                                "复制到U盘或其他文件夹请选中一份后点“复制到…”（未选中时先立即备份再复制）；"
                                "“恢复…”恢复选中的备份，未选中时可选择其他位置的备份文件。")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.view)
        layout.addWidget(self.status)
        add_foot(self, foot)
        fit_to_screen(self, 900, 480)
        self.load()

    def load(self, note: str = "") -> None:
        """(Re)read the list; `note` (what was just done) stays in front of the count."""
        QueryOp(self.ctx, lambda db, _s: svc.list_backups(db), lambda rows: self._show(rows, note), parent=self) \
            .failure(self._say).run()

    def _show(self, rows: list[BackupRow], note: str) -> None:
        self.model.set_rows(rows)
        self.status.setText(note + (f"共 {len(rows)} 份备份。" if rows else "还没有备份。"))

    def _say(self, text: str) -> None:
        self.status.setText(text)
        QMessageBox.warning(self, "备份与恢复", text)

    def backup_now(self) -> None:
        WriteOp(self.ctx, lambda db, _s: svc.backup_now(db), changes="backups", success=self._backed_up,
                parent=self).with_progress("正在备份").failure(self._say).run()

    def _backed_up(self, row: BackupRow) -> None:
        self.load(f"已备份并校验：{row.file}。")

    def copy_to(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "选择要复制到的文件夹（如U盘）")
        if not folder:
            return
        row = selected_row(self.view, self.model)
        source = row.file if row is not None else None
        WriteOp(self.ctx, lambda db, _s: svc.copy_backup(db, folder, source), changes="backups",
                success=lambda target: self._copied(str(target)), parent=self) \
            .with_progress("正在复制备份").failure(self._say).run()

    def _copied(self, target: str) -> None:
        self.load(f"已复制并校验：{target}。")

    def restore(self) -> None:
        """The selected backup, or (none selected) a backup file chosen elsewhere, e.g. on a USB stick."""
        row = selected_row(self.view, self.model)
        if row is not None:
            file, what = row.file, f"{row.at:%Y-%m-%d %H:%M:%S}，{row.reason_text}"
        else:
            file, _ = QFileDialog.getOpenFileName(self, "选择要恢复的备份文件", "", "数据库备份 (*.sqlite *.db);;所有文件 (*)")
            if not file:
                return
            what = file
        text = CONFIRM.format(what=what)
        answer = QMessageBox.question(self, "恢复数据库", text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        WriteOp(self.ctx, lambda db, _s: svc.restore(db, file), changes="*", success=self._restored,
                parent=self).with_progress("正在恢复").failure(self._say).run()

    def _restored(self, report: RestoreReport) -> None:
        again = "请关闭并重新启动本程序，之后即可正常修改数据。" if report.restart else ""
        self.load(f"已恢复。恢复前的数据库已备份为：{report.safety_copy}；"
                  f"保留了备份之后的 {report.carried} 条审计记录；本次运行期间暂停自动备份。{again}")


def open_backups(ctx: AppContext, parent: QWidget | None = None) -> BackupDialog:
    dialog = BackupDialog(ctx, parent)
    dialog.show()
    return dialog
