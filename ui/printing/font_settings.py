"""字体设置: which file serves each typeface style of printed documents, and the clerk's choice of another.

    from ui.printing.font_settings import FontSettingsWidget, open_font_settings
    open_font_settings(ctx, parent)        # a dialog; or embed FontSettingsWidget(ctx) in a settings page
    open_print_settings(ctx, parent)       # 字体 and 发文机关与文号 (IssuingBodiesWidget) in one dialog
"""
from __future__ import annotations

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

from ui.ops import QueryOp, WriteOp
from ui.theme import mark
from ui.widgets import warn
from ui.widgets.fit import add_foot, close_box, fit_to_screen, scroll_body
from zydesk.core.security.roles import Permission
from zydesk.services import documents
from zydesk.services import print_settings as ps
from zydesk.services.conflicts import EditConflict
from zydesk.services.print_settings import STYLES, FontRow


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
        intro = QLabel("打印公文和表格时，每种字体依次取自：您在此选择的文件 → 本机已安装的该字体"
                       "（仿宋_GB2312/仿宋、黑体、楷体、宋体、方正小标宋简体）→ 本机其他相近字体或程序自带的"
                       "文鼎PL中楷（替代字体，“来源”栏写明）。"
                       "只能使用 TrueType 字体文件（.ttf、.ttc）。某个字缺字形时，自动改用其他含该字的字体；"
                       "都没有时，打印前会提示。")
        intro.setWordWrap(True)
        self.missing = QLabel()  # 本机未安装仿宋… : said plainly above the table, hidden when all are there
        self.missing.setWordWrap(True)
        mark(self.missing, "warning")
        self.missing.hide()
        self.model = FontModel([])
        self.folder = ""  # where the file dialog starts
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
        layout.addWidget(self.missing)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.choose_button.clicked.connect(self.choose_file)
        self.reset_button.clicked.connect(self.reset_style)
        self.sample_button.clicked.connect(self.show_sample)
        may_change = ctx.db.principal.may(Permission.SYSTEM_SETTINGS)  # others see what prints, no more
        self.choose_button.setVisible(may_change)
        self.reset_button.setVisible(may_change)
        self.rows_loaded = False  # for tests: the first rows have arrived
        self.versions: dict[str, int] | None = None  # of the stored choices as shown: passed back with a choice
        QueryOp(ctx, lambda db, _s: (ps.font_versions(db), ps.font_rows(db), ps.font_folder()), self._loaded,
                parent=self).run()

    def _loaded(self, result: tuple[dict[str, int], list[FontRow], str]) -> None:
        self.versions, rows, self.folder = result
        self.show_rows(rows)
        self.rows_loaded = True

    def show_warning(self, text: str) -> None:
        self.missing.setText(text)
        self.missing.setVisible(bool(text))

    def selected_style(self) -> str:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()].style if rows else STYLES[0]

    def show_rows(self, rows: list[FontRow]) -> None:
        """What printing uses now (what the selected style was stays selected)."""
        style = self.selected_style()
        self.model.set_rows(rows)
        self.table.selectRow(STYLES.index(style))
        self.show_warning(ps.warning_of(rows))

    def apply_choice(self, style: str, path: str | None, index: int = 0) -> None:
        """Serve style from the font file at path (None: automatic again); the file is checked first."""
        versions = self.versions

        def saved(rows: list[FontRow]) -> None:
            self.show_rows(rows)
            self.reload()

        def refused(text: str) -> None:
            warn(self, "字体设置")(text)
            self.reload()  # another administrator's newer choice is shown (and its version taken)

        WriteOp(self.ctx, lambda db, _s: ps.choose_font(db, style, path, index, versions), "fonts", saved,
                parent=self).failure(refused).run()

    def reload(self) -> None:
        QueryOp(self.ctx, lambda db, _s: (ps.font_versions(db), ps.font_rows(db), ps.font_folder()), self._loaded,
                parent=self).run()

    def choose_file(self) -> None:
        style = self.selected_style()
        path, _ = QFileDialog.getOpenFileName(self, f"选择“{style}”的字体文件", self.folder,
                                              "TrueType 字体 (*.ttf *.ttc *.TTF *.TTC)")
        if not path:
            return
        index = 0
        if path.lower().endswith(".ttc"):
            index, ok = QInputDialog.getInt(self, "字体集合", f"{Path(path).name} 含多个字体，使用第几个（从 0 数起）？",
                                            0, 0, 31)
            if not ok:
                return
        self.apply_choice(style, path, index)

    def reset_style(self) -> None:
        self.apply_choice(self.selected_style(), None)

    def show_sample(self) -> None:
        from ui.printing.preview import preview_document

        preview_document(self.ctx, self, documents.font_sample, "字体样张")


def open_font_settings(ctx: Any, parent: QWidget | None = None) -> QDialog:
    dialog = QDialog(parent)
    dialog.setWindowTitle("字体设置")
    layout = scroll_body(dialog)
    layout.addWidget(FontSettingsWidget(ctx, dialog))
    add_foot(dialog, close_box(dialog))
    fit_to_screen(dialog, 900, 420)
    dialog.show()
    return dialog


# --- 发文机关与文号 ----------------------------------------------------------------------------------

class _RowsModel(QAbstractTableModel):
    """A read-only table over plain rows, one tuple of display strings per row."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, rows: list[Any] | None = None) -> None:
        super().__init__()
        self.rows: list[Any] = rows or []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def cells(self, row: Any) -> tuple[str, ...]:
        raise NotImplementedError

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return self.cells(self.rows[index.row()])[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None


class BodyModel(_RowsModel):
    HEADERS = ("发文机关", "发文机关标志", "代字", "状态")

    def cells(self, row: Any) -> tuple[str, ...]:
        return (row.name, row.mark, row.prefix, "在用" if row.active else "停用")


class NumberModel(_RowsModel):
    HEADERS = ("发文字号", "文件标题", "状态", "作废原因", "来源", "经办人", "编号时间")

    def cells(self, row: Any) -> tuple[str, ...]:
        return (row.text, row.title, row.status, row.void_reason or "", row.source, row.issued_by,
                f"{row.issued_at:%Y-%m-%d %H:%M}")


class BodyDialog(QDialog):
    def __init__(self, parent: QWidget | None, body: Any = None) -> None:
        from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit

        from ui.widgets.forms import dialog_buttons

        super().__init__(parent)
        self.setWindowTitle("修改发文机关" if body else "新增发文机关")
        self.name = QLineEdit(body.name if body else "")
        self.mark = QLineEdit(body.mark if body else "")
        self.prefix = QLineEdit(body.prefix if body else "")
        self.active = QCheckBox("在用")
        self.active.setChecked(body.active if body else True)
        self.name.setPlaceholderText("中共紫阳县委组织部")
        self.mark.setPlaceholderText("中共紫阳县委组织部文件")
        self.prefix.setPlaceholderText("紫组发")
        form = QFormLayout()
        form.addRow("发文机关名称", self.name)
        form.addRow("发文机关标志", self.mark)
        form.addRow("发文机关代字", self.prefix)
        form.addRow("", self.active)
        scroll_body(self).addLayout(form)
        add_foot(self, dialog_buttons(self))


class IssuingBodiesWidget(QWidget):
    """发文机关 (editable) and the register of document numbers with 作废."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QComboBox, QSpinBox

        super().__init__(parent)
        self.ctx = ctx
        self.bodies = BodyModel()
        self.body_view = QTableView()
        self.body_view.setModel(self.bodies)
        self.numbers = NumberModel()
        self.number_view = QTableView()
        self.number_view.setModel(self.numbers)
        for view in (self.body_view, self.number_view):
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.horizontalHeader().setStretchLastSection(True)
            view.verticalHeader().setVisible(False)
        self.add_button = QPushButton("新增…")
        self.edit_button = QPushButton("修改…")
        self.prefix_box = QComboBox()
        self.year_box = QSpinBox()
        self.year_box.setRange(2000, 2999)
        import datetime as dt

        self.year_box.setValue(dt.date.today().year)
        self.void_button = QPushButton("作废所选文号…")
        self.check_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel("发文机关（代字用于编发文号；已编过文号的代字不能再改）"))
        top.addStretch(1)
        top.addWidget(self.add_button)
        top.addWidget(self.edit_button)
        mid = QHBoxLayout()
        self.register_labels = (QLabel("发文字号登记："), QLabel("年"))
        mid.addWidget(self.register_labels[0])
        mid.addWidget(self.prefix_box)
        mid.addWidget(self.year_box)
        mid.addWidget(self.register_labels[1])
        mid.addWidget(self.check_label, 1)
        mid.addWidget(self.void_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.body_view, 1)
        layout.addLayout(mid)
        layout.addWidget(self.number_view, 2)
        self.add_button.clicked.connect(lambda: self.edit_body(None))
        self.edit_button.clicked.connect(lambda: self.edit_body(self.selected_body()))
        self.body_view.doubleClicked.connect(lambda _i: self.edit_body(self.selected_body()))
        self.prefix_box.currentIndexChanged.connect(lambda _i: self.load_numbers())
        self.year_box.valueChanged.connect(lambda _v: self.load_numbers())
        self.void_button.clicked.connect(self.void_selected)
        principal = ctx.db.principal  # the 发文机关 are a system setting, the register is business data
        self.may_edit = principal.may(Permission.SYSTEM_SETTINGS)
        self.may_read = principal.may(Permission.READ)
        for button in (self.add_button, self.edit_button):
            button.setVisible(self.may_edit)
        self.void_button.setVisible(principal.may(Permission.NUMBER))
        for w in (*self.register_labels, self.prefix_box, self.year_box, self.check_label, self.number_view):
            w.setVisible(self.may_read)
        self.load()

    def load(self) -> None:
        QueryOp(self.ctx, lambda db, _s: ps.bodies(db), self._show_bodies, parent=self).run()

    def _show_bodies(self, rows: list[ps.Body]) -> None:
        self.bodies.set_rows(rows)
        current = self.prefix_box.currentText()
        self.prefix_box.blockSignals(True)
        self.prefix_box.clear()
        self.prefix_box.addItems([b.prefix for b in rows])
        if current:
            self.prefix_box.setCurrentText(current)
        self.prefix_box.blockSignals(False)
        self.load_numbers()

    def load_numbers(self) -> None:
        if not self.may_read:
            return
        prefix, year = self.prefix_box.currentText(), self.year_box.value()
        QueryOp(self.ctx, lambda db, _s: ps.number_check(db, prefix, year), self._show_numbers, parent=self).run()

    def _show_numbers(self, check: ps.NumberCheck) -> None:
        self.numbers.set_rows(check.numbers)
        text = f"共 {len(check.numbers)} 个，其中作废 {check.voided} 个"
        gaps = check.gaps
        self.check_label.setText(text + ("；缺号：" + "、".join(map(str, gaps)) if gaps else "；序号连续"))

    def selected_body(self) -> Any:
        rows = self.body_view.selectionModel().selectedRows()
        return self.bodies.rows[rows[0].row()] if rows else None

    def edit_body(self, body: Any) -> None:
        if not self.may_edit:
            return
        self._edit(BodyDialog(self, body), body)

    def _edit(self, dialog: BodyDialog, body: Any) -> None:
        """Until saved or cancelled: a refused save shows why and opens the form again, as filled in."""
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = (dialog.name.text(), dialog.mark.text(), dialog.prefix.text(), body.id if body else None,
                  dialog.active.isChecked(), body.version if body else None)  # the version read: no blind overwrite

        def refused(text: str) -> None:
            QMessageBox.warning(self, "发文机关", text)
            self._edit(dialog, body)

        def changed_meanwhile(exc: BaseException) -> bool:
            """Another administrator saved this body first: say who and when, show the body as it now is."""
            if not isinstance(exc, EditConflict):
                return False
            QMessageBox.warning(self, "发文机关", str(exc))
            self.load()
            return True

        WriteOp(self.ctx, lambda db, _s: ps.save_body(db, *values), "issuing-bodies", lambda _b: self.load(),
                parent=self).on_error(changed_meanwhile).failure(refused).run()

    def void_selected(self) -> None:
        rows = self.number_view.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, "作废文号", "请先在登记表中选中一个文号。")
            return
        number = self.numbers.rows[rows[0].row()]
        reason, ok = QInputDialog.getText(self, "作废文号", f"作废 {number.text}（{number.title}）的原因：")
        if not ok:
            return
        WriteOp(self.ctx, lambda db, _s: ps.void_number(db, number.id, reason), "doc-numbers",
                lambda _n: self.load_numbers(), parent=self) \
            .failure(warn(self, "作废文号")).run()


def open_print_settings(ctx: Any, parent: QWidget | None = None) -> QDialog:
    """打印设置: 字体 and 发文机关与文号 in one dialog."""
    from PySide6.QtWidgets import QTabWidget

    dialog = QDialog(parent)
    dialog.setWindowTitle("打印设置")
    tabs = QTabWidget(dialog)
    tabs.addTab(FontSettingsWidget(ctx, dialog), "字体")
    tabs.addTab(IssuingBodiesWidget(ctx, dialog), "发文机关与文号")
    layout = scroll_body(dialog)
    layout.addWidget(tabs)
    add_foot(dialog, close_box(dialog))
    fit_to_screen(dialog, 960, 560)
    dialog.show()
    return dialog
