"""Tree models over a plain node tree — the structural half of QAbstractItemModel, written once.

    class UnitModel(NodeTreeModel[UnitRow]):
        def set_units(self, units):
            self.beginResetModel()
            root = TreeNode("")
            kind = TreeNode("机关", root)          # a node joins its parent's children as it is made
            TreeNode(u.name, kind, u)              # item: the plain row behind the node
            self._root = root
            self.endResetModel()
        # columnCount, data, headerData stay the subclass's own; self._node(index) gives the node

Every index carries its node as the internal pointer; the model keeps the tree alive through `_root`.
"""
from __future__ import annotations

from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


class TreeNode(Generic[T]):
    """text: what the node reads as (groups, detail lines); item: the plain object behind it, if any."""

    __slots__ = ("children", "item", "parent", "row", "text")

    def __init__(self, text: str = "", parent: TreeNode[T] | None = None, item: T | None = None) -> None:
        self.text = text
        self.parent = parent
        self.children: list[TreeNode[T]] = []
        self.item = item
        self.row = 0  # position under the parent (kept, so parent() is not a search through 2,000 siblings)
        if parent is not None:
            self.row = len(parent.children)
            parent.children.append(self)


class NodeTreeModel(QAbstractItemModel, Generic[T]):
    """index / parent / rowCount over `self._root`; children hang under column 0 only."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._root: TreeNode[T] = TreeNode()

    def _node(self, index: Index) -> TreeNode[T]:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._node(parent).children[row])

    # Qt's two parent()s: the QObject owner, and the parent of an index (the one a model implements)
    @overload
    def parent(self) -> QObject | None: ...
    @overload
    def parent(self, index: Index) -> QModelIndex: ...

    def parent(self, index: Index | None = None) -> QObject | QModelIndex | None:
        if index is None:
            return super().parent()
        if not index.isValid():
            return QModelIndex()
        up = self._node(index).parent
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.row, 0, up)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
