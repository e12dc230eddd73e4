"""字体设置: which file serves each typeface style of printed documents, and the clerk's choice of another.

    from zydesk.gui.font_settings import FontSettingsWidget, open_font_settings
    open_font_settings(ctx, parent)        # a dialog; or embed FontSettingsWidget(ctx) in a settings page
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from zydesk.errors import UserError
from zydesk.printing import font_choice, fonts
from zydesk.printing.fonts import STYLES, FontFile

USES = {
    "仿宋": "正文、主送机关、署名、日期、版记",
    "黑体": "一级标题“一、”、表头、份号、密级、紧急程度、“附件”",
    "楷体": "二级标题“（一）”",
    "宋体": "页码（— 1 —）",
    "小标宋": "发文机关标志、标题",
}
SOURCES = {"设置": "您选择的文件", "系统": "本机已安装", "内置": "程序自带（文鼎PL中楷）"}


@dataclass(frozen=True)
class FontRow:
    style: str
    uses: str
    file: str
    path: str
    source: str


def font_rows() -> list[FontRow]:
    fs = fonts.current()
    return [FontRow(s, USES[s], fs.styles[s].file.label(), fs.styles[s].file.path,
                    SOURCES.get(fs.styles[s].source, fs.styles[s].source)) for s in STYLES]


class FontModel(QAbstractTableModel):
    HEADERS = ("字体", "用于", "字体文件", "来源", "位置")

    def __init__(self, rows: list[FontRow] | None = None) -> None:
        super().__init__()
        self.rows = rows or []

    def set_rows(self, rows: list[FontRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (row.style, row.uses, row.file, row.source, row.path)[index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None


class FontSettingsWidget(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        intro = QLabel("打印公文和表格时，每种字体依次取自：您在此选择的文件 → 本机已安装的字体"
                       "（仿宋_GB2312/仿宋、黑体、楷体、宋体、方正小标宋简体）→ 程序自带的文鼎PL中楷。"
                       "只能使用 TrueType 字体文件（.ttf、.ttc）。某个字缺字形时，自动改用其他含该字的字体；"
                       "都没有时，打印前会提示。")
        intro.setWordWrap(True)
        from zydesk.gui.preview import use_font_settings

        use_font_settings(ctx)  # show what printing will actually use
        self.model = FontModel(font_rows())
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.selectRow(0)
        self.choose_button = QPushButton("更换字体文件…")
        self.reset_button = QPushButton("恢复自动选择")
        self.sample_button = QPushButton("预览样张")
        buttons = QHBoxLayout()
        for b in (self.choose_button, self.reset_button, self.sample_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.choose_button.clicked.connect(self.choose_file)
        self.reset_button.clicked.connect(self.reset_style)
        self.sample_button.clicked.connect(self.show_sample)

    def selected_style(self) -> str:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()].style if rows else STYLES[0]

    def refresh(self) -> None:
        style = self.selected_style()
        self.model.set_rows(font_rows())
        self.table.selectRow(STYLES.index(style))

    def apply_choice(self, style: str, file: FontFile | None) -> bool:
        from zydesk.gui.preview import _fonts_applied

        try:
            font_choice.choose(self.ctx.db, style, file)
        except UserError as exc:
            QMessageBox.warning(self, "字体设置", str(exc))
            return False
        _fonts_applied.add(self.ctx.db.url)  # the process now uses exactly the stored choices
        self.refresh()
        return True

    def choose_file(self) -> None:
        style = self.selected_style()
        start = str(fonts.windows_font_dirs()[0]) if fonts.windows_font_dirs() else ""
        path, _ = QFileDialog.getOpenFileName(self, f"选择“{style}”的字体文件", start,
                                              "TrueType 字体 (*.ttf *.ttc *.TTF *.TTC)")
        if not path:
            return
        index = 0
        if path.lower().endswith(".ttc"):
            index, ok = QInputDialog.getInt(self, "字体集合", f"{Path(path).name} 含多个字体，使用第几个（从 0 数起）？",
                                            0, 0, 31)
            if not ok:
                return
        self.apply_choice(style, FontFile(path, index))

    def reset_style(self) -> None:
        self.apply_choice(self.selected_style(), None)

    def show_sample(self) -> None:
        from zydesk.gui.preview import show_pdf
        from zydesk.printing.gongwen import Gongwen, Heading, Paragraph, render_gongwen

        doc = Gongwen(organ_mark="中共紫阳县委组织部文件", doc_number="紫组发〔2026〕1号",
                      title="字体样张（小标宋）", recipients="各镇党委，县委各部门：",
                      body=[Heading("一、一级标题用黑体", 1), Heading("（一）二级标题用楷体", 2),
                            Paragraph("正文用仿宋：紫阳县党政干部鼓励激励实施办法。生僻字：䶮、㛃。数字：2016年11月28日。")],
                      signature="中共紫阳县委组织部", printer="中共紫阳县委组织部办公室")
        show_pdf(self, render_gongwen(doc), "字体样张")


def open_font_settings(ctx: Any, parent: QWidget | None = None) -> QDialog:
    dialog = QDialog(parent)
    dialog.setWindowTitle("字体设置")
    dialog.resize(900, 420)
    layout = QVBoxLayout(dialog)
    layout.addWidget(FontSettingsWidget(ctx, dialog))
    close = QPushButton("关闭")
    close.clicked.connect(dialog.accept)
    layout.addWidget(close, alignment=Qt.AlignmentFlag.AlignRight)
    dialog.show()
    return dialog
