"""关心关爱: the registers of 《鼓励激励实施办法》第二十五条至第二十九条 and the year's coverage."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.care.pages import CHANGES, CoveragePage, RegisterPage
from ui.context import AppContext
from ui.widgets.year_pages import YearPagesTab
from zydesk.core.incentives.care import REGISTERS

TITLE = "关心关爱"


class CareTab(YearPagesTab):
    reloads_on = frozenset({CHANGES, "cadres", "units", "*"})

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.coverage = CoveragePage(ctx, self.year_box)
        self.registers = {r.key: RegisterPage(ctx, self.year_box, r) for r in REGISTERS}
        self.add_pages([(self.coverage, "年度覆盖"), *((self.registers[r.key], r.title) for r in REGISTERS)])

    def show_register(self, key: str) -> RegisterPage:
        page = self.registers[key]
        self.pages.setCurrentWidget(page)
        return page

    def edit_current(self) -> object:
        page = self.current()
        return page.edit_current() if isinstance(page, RegisterPage) else None

    def changes_shown(self, what: str) -> bool:
        return super().changes_shown(what) or what in self.registers


def create(ctx: AppContext) -> QWidget:
    return CareTab(ctx)
