"""关心关爱: the registers of 《鼓励激励实施办法》第二十五条至第二十九条 and the year's coverage."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QTabWidget, QVBoxLayout, QWidget

from ui.care.pages import CHANGES, CoveragePage, Page, RegisterPage
from ui.context import AppContext
from zydesk.core.incentives.care import REGISTERS

TITLE = "关心关爱"


class CareTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.year_box = QSpinBox()
        self.year_box.setRange(2016, 2100)
        self.year_box.setValue(dt.date.today().year)
        self.year_box.setSuffix(" 年度")
        self.coverage = CoveragePage(ctx, self.year_box)
        self.registers = {r.key: RegisterPage(ctx, self.year_box, r) for r in REGISTERS}
        self.pages = QTabWidget()
        self.pages.addTab(self.coverage, "年度覆盖")
        for reg in REGISTERS:
            self.pages.addTab(self.registers[reg.key], reg.title)
        top = QHBoxLayout()
        top.addWidget(QLabel("年度："))
        top.addWidget(self.year_box)
        top.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.pages)
        self.year_box.valueChanged.connect(lambda _v: self.current().reload())
        self.pages.currentChanged.connect(lambda _i: self.current().reload())
        ctx.events.data_changed.connect(self._data_changed)
        self.current().reload()

    def current(self) -> Page:
        page = self.pages.currentWidget()
        assert isinstance(page, Page)
        return page

    def show_register(self, key: str) -> RegisterPage:
        page = self.registers[key]
        self.pages.setCurrentWidget(page)
        return page

    def edit_current(self) -> object:
        page = self.current()
        return page.edit_current() if isinstance(page, RegisterPage) else None

    def _data_changed(self, what: str) -> None:
        if what in (CHANGES, "cadres", "units", "*") or what in self.registers:
            self.current().reload()


def create(ctx: AppContext) -> QWidget:
    return CareTab(ctx)
