"""单位: units grouped by kind and assessment group (考核类别), with an edit form and sort order."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.ops import QueryOp, WriteOp
from ui.theme import colours
from ui.widgets import warn
from ui.widgets.forms import FieldForm, line
from ui.widgets.tree_model import NodeTreeModel, TreeNode
from zydesk.core.master import UnitData
from zydesk.errors import ValidationError
from zydesk.services.master import save_unit, unit_version
from zydesk.services.reading import read
from zydesk.services.unit_list import UnitPage, UnitRow, move_unit, unit_page

TITLE = "单位"
Index = QModelIndex | QPersistentModelIndex
HEADERS = ("名称", "简称", "排序号", "现任干部", "状态")


class UnitTreeModel(NodeTreeModel[UnitRow]):
    """Three levels: 单位类型 → 考核类别 → 单位. Kinds follow the code table order; groups and units
    follow the units' sort order."""

    def set_units(self, units: Sequence[UnitRow], kind_order: Sequence[str] = ()) -> None:
        self.beginResetModel()
        root: TreeNode[UnitRow] = TreeNode("")
        kinds: dict[str, TreeNode[UnitRow]] = {}
        groups: dict[tuple[str, str], TreeNode[UnitRow]] = {}
        order = {k: i for i, k in enumerate(kind_order)}
        # a kind whose only 考核类别 bears its own name (镇 → 镇) gets no second level: "镇（17）" once
        single = {k for k in {u.kind for u in units} if {u.group for u in units if u.kind == k} == {k}}
        for u in sorted(units, key=lambda u: (order.get(u.kind, len(order)), u.kind)):
            kind = kinds.get(u.kind)
            if kind is None:
                kind = kinds[u.kind] = TreeNode(u.kind, root)
            group = kind if u.kind in single else groups.get((u.kind, u.group))
            if group is None:
                group = groups[(u.kind, u.group)] = TreeNode(u.group, kind)
            TreeNode(u.name, group, u)
        self._root = root
        self.endResetModel()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return node.text if node.item else f"{node.text}（{self._count(node)}）"
            u = node.item
            if u is None:
                return None
            return (None, u.short_name, str(u.sort_order), str(u.cadres), "启用" if u.active else "停用")[col]
        if role == Qt.ItemDataRole.FontRole and node.item is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and node.item is not None and not node.item.active:
            from PySide6.QtGui import QColor

            return QColor(colours.HINT)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (2, 3):
            return int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
        return None

    @staticmethod
    def _count(node: TreeNode[UnitRow]) -> int:
        return sum(UnitTreeModel._count(c) for c in node.children) if node.item is None else 1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(HEADERS):
            return HEADERS[section]
        return None

    def unit_at(self, index: Index) -> UnitRow | None:
        return self._node(index).item if index.isValid() else None

    def index_of_unit(self, unit_id: int) -> QModelIndex:
        """The unit's row, two or three levels down (see set_units)."""
        def walk(node: TreeNode[UnitRow], parent: QModelIndex) -> QModelIndex:
            for r, child in enumerate(node.children):
                if child.item is not None and child.item.id == unit_id:
                    return self.index(r, 0, parent)
                if child.item is None:
                    found = walk(child, self.index(r, 0, parent))
                    if found.isValid():
                        return found
            return QModelIndex()

        return walk(self._root, QModelIndex())


class UnitTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.unit_id: int | None = None
        self.unit_version: int | None = None
        self.model = UnitTreeModel(self)
        self._units: list[UnitRow] = []
        self._kinds: list[str] = []
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("输入单位名称、简称或考核类别的一部分")
        self.filter.setClearButtonEnabled(True)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        char = self.tree.fontMetrics().horizontalAdvance("中")
        for col, chars in enumerate((15, 6, 3, 4, 3)):
            self.tree.setColumnWidth(col, chars * char + 24)

        self.form = FieldForm()
        self.name = self.form.add("单位名称", line(), required=True)
        self.short = self.form.add("单位简称", line())
        self.kind = self.form.add("单位类型", QComboBox(), required=True)
        self.group = self.form.add("考核类别", QComboBox(), required=True)
        assert isinstance(self.group, QComboBox)
        self.group.setEditable(True)
        editor = self.group.lineEdit()
        assert editor is not None  # editable above
        editor.setPlaceholderText("同一考核类别内的单位相互排名")
        self.sort = QSpinBox()
        self.sort.setRange(-99999, 999999)
        self.form.add("排序号", self.sort)
        self.active = QCheckBox("启用（停用的单位不再出现在选择列表中）")
        self.active.setChecked(True)
        self.form.add("状态", self.active)
        self.heading = QLabel()
        self.save_button = QPushButton("保存")
        self.new_button = QPushButton("新增单位")
        self.up_button = QPushButton("上移")
        self.down_button = QPushButton("下移")
        buttons = QHBoxLayout()
        for b in (self.save_button, self.new_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.addWidget(self.heading)
        rl.addWidget(self.form)
        rl.addLayout(buttons)
        rl.addStretch(1)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        find = QHBoxLayout()
        find.addWidget(QLabel("查找："))
        find.addWidget(self.filter)
        ll.addLayout(find)
        ll.addWidget(self.tree)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([620, 380])  # proportions: the list gets the larger share
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.filter.textChanged.connect(lambda _t: self._show_tree())
        self.save_button.clicked.connect(self.save)
        self.new_button.clicked.connect(self.new_unit)
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(1))
        self.tree.selectionModel().currentChanged.connect(lambda cur, _prev: self._show(self.model.unit_at(cur)))
        ctx.events.data_changed.connect(self._on_changed)
        self.reload()
        self._show(None)

    def reload(self) -> None:
        QueryOp(self.ctx, lambda db, _s: read(db, unit_page), self._fill, parent=self).run()

    def _fill(self, page: UnitPage) -> None:
        self._units, self._kinds, groups = page.units, page.kinds, page.groups
        self._show_tree()
        assert isinstance(self.kind, QComboBox) and isinstance(self.group, QComboBox)
        for box, items in ((self.kind, page.kinds), (self.group, groups)):
            text = box.currentText()
            box.blockSignals(True)
            box.clear()
            box.addItems(items)
            box.setCurrentText(text)
            box.blockSignals(False)
        if self.unit_id is not None:
            self.select(self.unit_id)

    def _show_tree(self) -> None:
        text = self.filter.text().strip()
        units = [u for u in self._units if text in u.name or text in u.short_name or text in u.group] \
            if text else self._units
        self.model.set_units(units, self._kinds)
        self.tree.expandAll()
        if self.unit_id is not None:  # keep the unit in the form marked, without reloading the form
            index = self.model.index_of_unit(self.unit_id)
            if index.isValid():
                selection = self.tree.selectionModel()
                selection.blockSignals(True)
                self.tree.setCurrentIndex(index)
                selection.blockSignals(False)

    def _on_changed(self, what: str) -> None:
        if what in ("units", "cadres", "posts", "*"):
            self.reload()

    def select(self, unit_id: int) -> None:
        index = self.model.index_of_unit(unit_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def _show(self, unit: UnitRow | None) -> None:
        assert isinstance(self.name, QLineEdit) and isinstance(self.short, QLineEdit)
        assert isinstance(self.kind, QComboBox) and isinstance(self.group, QComboBox)
        self.form.clear_errors()
        self.unit_id = unit.id if unit else None
        self.unit_version = unit.version if unit else None  # passed back on save: a newer change is not overwritten
        self.heading.setText(f"<b>编辑单位：{unit.name}</b>" if unit else "<b>新增单位</b>")
        self.name.setText(unit.name if unit else "")
        self.short.setText(unit.short_name if unit else "")
        self.kind.setCurrentText(unit.kind if unit else (self.kind.itemText(0) if self.kind.count() else ""))
        self.group.setCurrentText(unit.group if unit else "")
        self.sort.setValue(unit.sort_order if unit else 0)
        self.active.setChecked(unit.active if unit else True)
        self.up_button.setEnabled(unit is not None)
        self.down_button.setEnabled(unit is not None)

    def new_unit(self) -> None:
        self.tree.clearSelection()
        self.tree.setCurrentIndex(QModelIndex())
        self._show(None)
        self.name.setFocus()

    def save(self) -> None:
        assert isinstance(self.name, QLineEdit) and isinstance(self.short, QLineEdit)
        assert isinstance(self.kind, QComboBox) and isinstance(self.group, QComboBox)
        data = UnitData(name=self.name.text(), kind=self.kind.currentText(), group=self.group.currentText(),
                        short_name=self.short.text().strip() or None, sort_order=self.sort.value(),
                        active=self.active.isChecked())
        unit_id, version = self.unit_id, self.unit_version

        def show_fields(exc: BaseException) -> bool:
            if isinstance(exc, ValidationError):
                self.form.show_errors(exc.errors)
                return True
            return False

        def saved(new_id: int) -> None:  # the reload the save announced selects it when it arrives
            self.unit_id = new_id
            self.form.clear_errors()
            QueryOp(self.ctx, lambda db, _s: unit_version(db, new_id), self._set_version, parent=self).run()

        WriteOp(self.ctx, lambda db, _s: save_unit(db, data, unit_id, version), "units", saved, parent=self) \
            .on_error(show_fields).failure(warn(self, "保存单位")).run()

    def _set_version(self, version: int | None) -> None:  # the version this clerk's own save left
        self.unit_version = version

    def move_row(self, step: int) -> None:  # 上移/下移
        if self.unit_id is None:
            return
        unit_id = self.unit_id
        WriteOp(self.ctx, lambda db, _s: move_unit(db, unit_id, step), "units", parent=self) \
            .failure(warn(self, "调整排序")).run()


def create(ctx: AppContext) -> QWidget:
    return UnitTab(ctx)
