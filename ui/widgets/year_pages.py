"""A tab of pages under one 年度 box (优秀干部评选, 关心关爱): only the page in view is read — when it is shown,
when the year changes, and when data it shows changed."""
from __future__ import annotations

import datetime as dt
from typing import Protocol, runtime_checkable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QTabWidget, QVBoxLayout, QWidget

from ui.context import AppContext
from zydesk.core.incentives.seal import SealArea


@runtime_checkable
class YearPage(Protocol):
    def reload(self) -> None: ...


class YearPageBase(QWidget):
    """A page under the tab's 年度 box: the context and the box it reads its year from."""

    def __init__(self, ctx: AppContext, year_box: QSpinBox) -> None:
        super().__init__()
        self.ctx = ctx
        self.year_box = year_box

    def year(self) -> int:
        return int(self.year_box.value())


def year_box(default: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(2016, 2100)
    box.setValue(default)
    box.setSuffix(" 年度")
    return box


class YearPagesTab(QWidget):
    """Subclasses make `self.year_box` (year_box()) and their pages, then call `self.add_pages(…)`;
    `reloads_on` names the changes (ctx.changed) that touch what the pages show."""

    reloads_on: frozenset[str] = frozenset({"*"})
    seal_area: SealArea | None = None  # a year sealed by its document's 文号 shows a banner beside the box

    def __init__(self, ctx: AppContext, default_year: int | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.year_box = year_box(dt.date.today().year if default_year is None else default_year)
        self.pages = QTabWidget()
        self._readers: list[YearPage] = []  # the pages, in tab order

    def add_pages(self, pages: list[tuple[QWidget, str]]) -> None:
        for page, title in pages:
            assert isinstance(page, YearPage)  # each page reads its data again on reload()
            self.pages.addTab(page, title)
            self._readers.append(page)
        top = QHBoxLayout()
        top.addWidget(QLabel("年度："))
        top.addWidget(self.year_box)
        if self.seal_area is not None:
            from ui.widgets.seal_banner import SealBanner

            self.seal_banner = SealBanner(self.ctx, self.seal_area, self.year_box)
            top.addWidget(self.seal_banner)
        top.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.pages)
        self.year_box.valueChanged.connect(lambda _v: self.current().reload())
        self.pages.currentChanged.connect(lambda _i: self.current().reload())
        self.ctx.events.data_changed.connect(self._data_changed)
        self.current().reload()

    def current(self) -> YearPage:
        return self._readers[self.pages.currentIndex()]

    def reload(self) -> None:
        for page in self._readers:
            page.reload()

    def changes_shown(self, what: str) -> bool:
        return what in self.reloads_on

    def _data_changed(self, what: str) -> None:
        if self.changes_shown(what):
            self.current().reload()
