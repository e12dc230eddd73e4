"""优秀干部评选: “敢担当、善作为”优秀干部 (第九条), 第十条 unit quotas and honours, 记功 suggestions,
the 资格审查 for promotion (第十八条至第二十四条) and the 科级后备干部 list."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.excellent.pages import HonoursPage, ReservePage, ReviewPage, SelectionPage, UnitQuotaPage
from ui.widgets.year_pages import YearPagesTab
from zydesk.core.incentives.seal import SealArea

TITLE = "优秀干部评选"


class ExcellentTab(YearPagesTab):
    seal_area = SealArea.EXCELLENT  # the year's selection is sealed once its 表彰决定 has a 文号
    reloads_on = frozenset({"cadres", "units", "unit-scores", "ranking", "appraisals", "commendations",
                            "discipline", "cases", "seals", "numbers", "*"})  # 编号 seals, 解除封存 opens

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, dt.date.today().year - 1)  # the selection is made early in the next year
        self.selection = SelectionPage(ctx, self.year_box)
        self.unit_quotas = UnitQuotaPage(ctx, self.year_box)
        self.honours = HonoursPage(ctx, self.year_box)
        self.review = ReviewPage(ctx, self.year_box)
        self.reserve = ReservePage(ctx, self.year_box)
        # Only the page in view is read (the others when they are shown): the 第十条 page reads every unit.
        self.add_pages([(self.selection, "“敢担当、善作为”优秀干部"), (self.unit_quotas, "单位优秀名额（第十条）"),
                        (self.honours, "记功与荣誉"), (self.review, "选拔资格审查"), (self.reserve, "科级后备干部")])


def create(ctx: AppContext) -> QWidget:
    return ExcellentTab(ctx)
