"""The 帮助 window: the tasks on the left, the chosen page (steps, then the articles quoted) on the right."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QListWidgetItem, QSplitter, QTextBrowser, QWidget

from ui.context import AppContext
from ui.ops import QueryOp
from ui.widgets.fit import add_foot, fit_to_screen, scroll_body
from zydesk.services.help_pages import HelpPage, help_page, topics

# the help page that belongs to each tab (F1 opens it)
TAB_TOPICS = {
    "ui.master.cadres_tab": "import",
    "ui.master.units_tab": "import",
    "ui.ranking.tab": "rank",
    "ui.excellent.tab": "select",
    "ui.tolerance.tab": "case",
    "ui.adjustment.tab": "scan",
    "ui.care.tab": "care",
}


def page_html(page: HelpPage) -> str:
    steps = "".join(f"<li>{escape(s)}</li>" for s in page.steps)
    quotes = "".join(
        f"<h4>{escape(q.heading)}</h4><p>{escape(q.text).replace(chr(10), '<br>')}</p>" for q in page.quotes)
    return f"<h3>{escape(page.title)}</h3><ol>{steps}</ol><h3>相关条款</h3>{quotes}"


class HelpDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("帮助")
        self.list = QListWidget()
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(self.view)
        split.setStretchFactor(1, 1)
        split.setSizes([180, 620])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText("关闭")
        buttons.rejected.connect(self.reject)
        layout = scroll_body(self)
        layout.addWidget(split, 1)
        add_foot(self, buttons)
        fit_to_screen(self, 860, 600)
        self.list.currentItemChanged.connect(self._chosen)
        self.page: HelpPage | None = None

    def show_topic(self, key: str | None = None) -> None:
        """List the pages (static texts: topics() reads no database) and open `key`, or the first."""
        if self.list.count() == 0:
            for k, title in topics():
                item = QListWidgetItem(title)
                item.setData(Qt.ItemDataRole.UserRole, k)
                self.list.addItem(item)
        for i in range(self.list.count()):
            item = self.list.item(i)
            if key is None or item.data(Qt.ItemDataRole.UserRole) == key:
                self.list.setCurrentRow(i)
                return

    def _chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        key = str(item.data(Qt.ItemDataRole.UserRole))
        # the policy text is read from disk: off the GUI thread
        QueryOp(self.ctx, lambda _db, _s: help_page(key), self._show, parent=self).run()

    def _show(self, page: HelpPage) -> None:
        self.page = page
        self.view.setHtml(page_html(page))


def open_help(ctx: AppContext, parent: QWidget | None = None, key: str | None = None) -> HelpDialog:
    dialog = HelpDialog(ctx, parent)
    dialog.show_topic(key)
    dialog.show()
    return dialog
