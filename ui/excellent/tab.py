"""优秀干部评选: “敢担当、善作为”优秀干部 (第九条), 第十条 unit quotas and honours, 记功 suggestions,
the 资格审查 for promotion (第十八条至第二十四条) and the 科级后备干部 list."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QTabWidget, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.excellent.pages import HonoursPage, Page, ReservePage, ReviewPage, SelectionPage, UnitQuotaPage

TITLE = "优秀干部评选"


class ExcellentTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.year_box = QSpinBox()
        self.year_box.setRange(2016, 2100)
        self.year_box.setValue(dt.date.today().year - 1)  # the selection is made early in the next year
        self.year_box.setSuffix(" 年度")
        self.selection = SelectionPage(ctx, self.year_box)
        self.unit_quotas = UnitQuotaPage(ctx, self.year_box)
        self.honours = HonoursPage(ctx, self.year_box)
        self.review = ReviewPage(ctx, self.year_box)
        self.reserve = ReservePage(ctx, self.year_box)
        self.pages = QTabWidget()
        for page, title in ((self.selection, "“敢担当、善作为”优秀干部"), (self.unit_quotas, "单位优秀名额（第十条）"),
                            (self.honours, "记功与荣誉"), (self.review, "选拔资格审查"),
                            (self.reserve, "科级后备干部")):
            self.pages.addTab(page, title)
        top = QHBoxLayout()
        top.addWidget(QLabel("年度："))
        top.addWidget(self.year_box)
        top.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.pages)
        # Only the page in view is read (the others when they are shown): the 第十条 page reads every unit.
        self.year_box.valueChanged.connect(lambda _v: self._current().reload())
        self.pages.currentChanged.connect(lambda _i: self._current().reload())
        ctx.events.data_changed.connect(self._data_changed)
        self._current().reload()

    def _current(self) -> Page:
        page = self.pages.currentWidget()
        assert isinstance(page, Page)
        return page

    def reload(self) -> None:
        for i in range(self.pages.count()):
            page = self.pages.widget(i)
            assert isinstance(page, Page)
            page.reload()

    def _data_changed(self, what: str) -> None:
        if what in ("cadres", "units", "unit-scores", "ranking", "appraisals", "commendations", "discipline",
                    "cases", "*"):
            self._current().reload()


def create(ctx: AppContext) -> QWidget:
    return ExcellentTab(ctx)
