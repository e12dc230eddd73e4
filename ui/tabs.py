"""Tabs of the main window, in order. Each module defines TITLE and create(ctx) -> QWidget.
Every area is part of the program: a module that cannot be imported or built is an error, shown in its
tab's place (ui.main_window.TabFailed)."""

TAB_MODULES = [
    "ui.master.cadres_tab",  # 干部信息
    "ui.master.units_tab",  # 单位
    "ui.ranking.tab",  # 单位考核排名
    "ui.excellent.tab",  # 优秀干部评选
    "ui.tolerance.tab",  # 容错纠错
    "ui.adjustment.tab",  # 能上能下
    "ui.care.tab",  # 关心关爱
]
