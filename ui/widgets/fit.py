"""Screens that fit an office laptop (1366×768, a taskbar leaves about 728 px).

    layout = scroll_body(dialog)        # the body scrolls when the screen is short …
    layout.addWidget(form)
    add_foot(dialog, buttons)           # … the button row stays below it, always visible
    fit_to_screen(dialog)               # never larger than the screen's free area

    ColumnFit(view, keep=("依据", "期限"), spare=("备注", "单位"))   # narrow: spare columns go first;
                                        # right click on the header shows or hides any column

Window and splitter sizes are remembered in QSettings (remember_splitter, window_settings) — sizes only,
never what the clerk typed.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import cast

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHeaderView,
    QMenu,
    QScrollArea,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from zydesk.services.window_state import settings_file

SCREEN_MARGIN = 40  # px kept free around a dialog for the title bar and frame
SPLITTER_SAVE_MS = 400  # how long a dragged splitter handle rests before its sizes are saved
_FOOT = "zydesk_foot"


def settings() -> QSettings:
    """Where window geometry and splitter sizes are kept (an INI file in the user's data folder, named
    after the app; moved with ZYDESK_HOME, so tests never touch the clerk's own)."""
    return QSettings(str(settings_file()), QSettings.Format.IniFormat)


def free_area(widget: QWidget | None = None) -> QSize:
    """The free area of the widget's screen (of the primary screen without one), less the window frame."""
    screen = widget.screen() if widget is not None else QGuiApplication.primaryScreen()
    size = screen.availableGeometry().size()
    return QSize(max(320, size.width() - SCREEN_MARGIN), max(240, size.height() - SCREEN_MARGIN))


class FitScrollArea(QScrollArea):
    """A scroll area as large as its content asks, up to the screen: a short form shows no scroll bar,
    a long one scrolls inside the dialog instead of pushing the buttons below the screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def sizeHint(self) -> QSize:
        body = self.widget()
        if body is None:
            return super().sizeHint()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        hint = body.sizeHint().expandedTo(body.minimumSizeHint())
        room = free_area(self)
        return QSize(min(hint.width() + bar, room.width()), min(hint.height() + 2, room.height() - 120))


def scroll_body(dialog: QWidget, spacing: int | None = None) -> QVBoxLayout:
    """Give dialog a scrolling body and return the body's layout; add_foot puts the buttons below it."""
    outer = QVBoxLayout(dialog)
    area = FitScrollArea(dialog)
    area.setObjectName("zydesk_body")
    body = QWidget()
    inner = QVBoxLayout(body)
    inner.setContentsMargins(0, 0, 0, 0)
    if spacing is not None:
        inner.setSpacing(spacing)
    area.setWidget(body)
    outer.addWidget(area, 1)
    dialog.setProperty(_FOOT, True)
    return inner


def add_foot(dialog: QWidget, foot: QWidget) -> None:
    """The button row (or any foot) below the scrolling body, outside it."""
    layout = dialog.layout()
    if not isinstance(layout, QBoxLayout) or not dialog.property(_FOOT):
        raise RuntimeError("add_foot needs scroll_body(dialog) first")
    layout.addWidget(foot)


def fit_to_screen(window: QWidget, width: int | None = None, height: int | None = None) -> None:
    """Resize to width×height (default: as the layout asks), never beyond the screen's free area."""
    room = free_area(window)
    hint = window.sizeHint()
    w = min(width if width is not None else hint.width(), room.width())
    h = min(height if height is not None else hint.height(), room.height())
    window.resize(max(w, 1), max(h, 1))
    window.setMaximumSize(QSize(16777215, 16777215))


def remember_splitter(splitter: QSplitter, key: str) -> None:
    """Restore the splitter's sizes saved under key, and save them whenever the clerk moves it."""
    splitter.setObjectName(key)
    saved = settings().value(f"splitter/{key}")
    if isinstance(saved, QByteArray):
        splitter.restoreState(saved)
    # splitterMoved fires on every mouse move of a drag: save once the handle has rested for a moment
    pause = QTimer(splitter)
    pause.setSingleShot(True)
    pause.setInterval(SPLITTER_SAVE_MS)
    pause.timeout.connect(lambda: settings().setValue(f"splitter/{key}", splitter.saveState()))
    splitter.splitterMoved.connect(lambda _pos, _index: pause.start())


def side_panel(splitter: QSplitter, panel: int, share: float = 0.25) -> None:
    """The panel at index `panel` takes about `share` of the width; the others stretch, and the panel
    can be collapsed by dragging the handle (the main part never collapses)."""
    for i in range(splitter.count()):
        splitter.setStretchFactor(i, 0 if i == panel else 1)
        splitter.setCollapsible(i, i == panel)
    total = max(splitter.width(), 1000)
    rest = max(splitter.count() - 1, 1)
    sizes = [int(total * share) if i == panel else int(total * (1 - share) / rest) for i in range(splitter.count())]
    splitter.setSizes(sizes)


def header_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    return [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())]



KEY_COLUMNS = ("依据", "期限")  # never hidden: what a clerk checks a row against


def fit_columns(view: QAbstractItemView, keep: Iterable[str] = (), spare: Iterable[str] = (),
                key: str = "") -> ColumnFit:
    """The view's ColumnFit (table_view gives every list one), set to keep, spare and key."""
    fit = view.findChild(ColumnFit)
    if fit is None:
        return ColumnFit(view, keep, spare, key)
    fit.configure(keep, spare, key)
    fit.apply()
    return fit


class ColumnFit(QObject):
    """Which columns of a table show at the width it has.

    keep: never hidden (the clerk cannot hide them either). spare: hidden, in this order, while the
    columns do not fit the viewport; shown again when there is room. Right click on the header lists
    every column with a check mark, so a hidden one is one click away; the clerk's own choice wins
    over the automatic one and is remembered per table (under key)."""

    def __init__(self, view: QAbstractItemView, keep: Iterable[str] = (), spare: Iterable[str] = (),
                 key: str = "") -> None:
        super().__init__(view)
        self.view = view
        self.chosen: dict[str, bool] = {}  # header text → shown, as the clerk chose
        self._widths: dict[int, int] = {}  # a hidden column's width, to show it again as it was
        self.configure(keep, spare, key)
        header = self.header()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.menu)
        header.setToolTip("右键单击表头可显示或隐藏列")
        view.viewport().installEventFilter(self)
        model = view.model()
        model.modelReset.connect(self.apply)
        model.layoutChanged.connect(lambda *_a: self.apply())
        model.columnsInserted.connect(lambda *_a: self.apply())
        self.apply()

    def configure(self, keep: Iterable[str], spare: Iterable[str], key: str) -> None:
        self.keep = (*KEY_COLUMNS, *keep)
        self.spare = tuple(spare)
        self.key = key
        self.chosen.clear()
        if key:
            saved = settings().value(f"columns/{key}")
            if isinstance(saved, str) and saved:
                for part in saved.split("|"):
                    name, _, flag = part.rpartition("=")
                    if name:
                        self.chosen[name] = flag == "1"

    def header(self) -> QHeaderView:
        header = getattr(self.view, "horizontalHeader")()  # noqa: B009 - QTableView and QTreeView both have one
        return cast(QHeaderView, header)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QResizeEvent) and event.size().width() != event.oldSize().width():
            self.apply()
        return False

    def _set(self, column: int, shown: bool) -> None:
        header = self.header()
        if header.isSectionHidden(column) != shown:
            return
        if not shown:
            self._widths[column] = header.sectionSize(column)
        header.setSectionHidden(column, not shown)
        if shown:  # Qt may bring a section back at its minimum width: give it the width it had
            header.resizeSection(column, self._widths.get(column, header.defaultSectionSize()))

    def apply(self) -> None:
        """Show what fits: keep always, the clerk's choices as chosen, spare columns while there is room."""
        texts = header_texts(self.view)
        header = self.header()
        for col, name in enumerate(texts):
            if name in self.keep:
                self._set(col, True)
            elif name in self.chosen:
                self._set(col, self.chosen[name])
        automatic = [texts.index(n) for n in self.spare if n in texts and n not in self.chosen]
        if not self.view.isVisible():  # not laid out yet: its width says nothing
            return
        for col in automatic:  # first show them all, then hide from the first until the rest fits
            self._set(col, True)
        room = self.view.viewport().width()
        for col in automatic:
            used = sum(header.sectionSize(c) for c in range(len(texts)) if not header.isSectionHidden(c))
            if used <= room:
                break
            self._set(col, False)

    def menu(self, pos: QPoint) -> None:
        menu = QMenu(self.view)
        header = self.header()
        for col, name in enumerate(header_texts(self.view)):
            if not name:
                continue
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(col))
            action.setEnabled(name not in self.keep)
            action.toggled.connect(lambda on, n=name: self.choose(n, on))
        menu.addSeparator()
        reset = menu.addAction("恢复默认列")
        reset.triggered.connect(self.reset)
        menu.popup(header.mapToGlobal(pos))

    def choose(self, name: str, shown: bool) -> None:
        self.chosen[name] = shown
        self._save()
        self.apply()

    def reset(self) -> None:
        self.chosen.clear()
        self._save()
        self.apply()

    def _save(self) -> None:
        if self.key:
            settings().setValue(f"columns/{self.key}",
                                "|".join(f"{n}={'1' if v else '0'}" for n, v in self.chosen.items()))


def restore_window(window: QWidget) -> None:
    """The size and place the window had when last closed; the first start fills the screen (maximised)."""
    saved = settings().value("window/geometry")
    if isinstance(saved, QByteArray) and window.restoreGeometry(saved):
        return
    room = free_area(window)
    window.resize(room)
    window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def save_window(window: QWidget) -> None:
    settings().setValue("window/geometry", window.saveGeometry())


def close_box(dialog: QDialog) -> QDialogButtonBox:
    """A button row with 关闭 alone, for dialogs that save as they go."""
    box = QDialogButtonBox()
    close = box.addButton("关闭", QDialogButtonBox.ButtonRole.AcceptRole)
    close.clicked.connect(dialog.accept)
    return box


def char_widths(view: QAbstractItemView, widths: dict[str, int]) -> None:
    """Column widths in characters of the view's font, by header text (CJK glyphs are wide)."""
    char = view.fontMetrics().horizontalAdvance("中")
    header = getattr(view, "horizontalHeader")()  # noqa: B009 - QTableView and QTreeView both have one
    for col, name in enumerate(header_texts(view)):
        if name in widths:
            header.resizeSection(col, widths[name] * char + 16)
