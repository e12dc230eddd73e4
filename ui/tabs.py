"""Tabs of the main window, in order. Each module defines TITLE and create(ctx) -> QWidget | None
(None: the area is not available yet and the tab is left out)."""

TAB_MODULES = [
    "ui.master.cadres_tab",  # 干部信息
    "ui.master.units_tab",  # 单位
    "ui.ranking.tab",  # 单位考核排名
    "ui.excellent.tab",  # 优秀干部评选
    "ui.tolerance.tab",  # 容错纠错
    "ui.adjustment.tab",  # 能上能下
]
