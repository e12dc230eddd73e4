"""恢复密钥: shown once, right after a database was created or converted. The clerk prints it (one page, made
in memory and shown in the print preview: no file is written unless the clerk saves one) or copies it, and
confirms having kept it before going on."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QWidget,
)

from ui.signin.background import call
from ui.signin.fields import heading, message_line, note, show_message
from ui.widgets.fit import add_foot, fit_to_screen, scroll_body
from zydesk.services.documents import Rendered
from zydesk.services.security.first_start import recovery_sheet

KEPT = "我已抄写或打印并妥善保管"


def key_lines(key: str) -> str:
    """Four groups a line: easier to copy by hand and to read back."""
    groups = key.split("-")
    return "\n".join("-".join(groups[i:i + 4]) for i in range(0, len(groups), 4))


class RecoveryKeyDialog(QDialog):
    def __init__(self, key: str, database: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key, self.database = key, database
        self.setWindowTitle("恢复密钥")
        layout = scroll_body(self)
        layout.addWidget(heading("请保管好恢复密钥"))
        layout.addWidget(note("所有管理员口令都遗失时，只有凭恢复密钥才能重新打开数据库。"
                              "它只显示这一次，程序不保存其明文。请抄写或打印后封存，不要与数据库文件放在一起，"
                              "不要拍照。", "warning"))
        layout.addWidget(note(f"数据库：{database}", "muted"))
        self.key_label = QLabel(key_lines(key))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(max(20.0, font.pointSizeF() * 2))
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setStyleSheet("padding: 12px; border: 1px solid palette(mid);")
        layout.addWidget(self.key_label)
        self.kept = QCheckBox(KEPT)
        layout.addWidget(self.kept)
        self.message = message_line()
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox()
        self.print_button = self.buttons.addButton("打印…", QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button = self.buttons.addButton("复制", QDialogButtonBox.ButtonRole.ActionRole)
        self.go_button = self.buttons.addButton("继续", QDialogButtonBox.ButtonRole.AcceptRole)
        self.go_button.setEnabled(False)
        self.kept.toggled.connect(self.go_button.setEnabled)
        self.print_button.clicked.connect(self.print_key)
        self.copy_button.clicked.connect(self.copy_key)
        self.buttons.accepted.connect(self.accept)
        add_foot(self, self.buttons)
        fit_to_screen(self, 760, 460)

    def copy_key(self) -> None:
        QApplication.clipboard().setText(self.key)
        show_message(self.message, "")

    def print_key(self) -> None:
        self.print_button.setEnabled(False)
        key, database = self.key, self.database
        call(self, lambda _s: recovery_sheet(key, database), self._preview, self._failed)

    def _preview(self, rendered: Rendered) -> None:
        from ui.printing.preview import show_pdf

        self.print_button.setEnabled(True)
        self.preview = show_pdf(self, rendered, "恢复密钥")

    def _failed(self, _exc: BaseException, text: str) -> None:
        self.print_button.setEnabled(True)
        show_message(self.message, text)

    def accept(self) -> None:
        if self.kept.isChecked():
            super().accept()
        else:
            show_message(self.message, f"请先勾选“{KEPT}”。")

    def reject(self) -> None:  # Esc or the close box: only once the key is kept
        self.accept()
