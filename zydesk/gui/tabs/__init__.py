"""Tabs of the main window, in order. Each module defines TITLE and create(ctx) -> QWidget | None
(None: the area is not available yet and the tab is left out)."""

TAB_MODULES = [
    "zydesk.gui.tabs.cadres",  # 干部信息
    "zydesk.gui.tabs.units",  # 单位
    "zydesk.gui.tabs.ranking",  # 单位考核排名
    "zydesk.gui.tabs.excellent",  # 优秀干部评选
    "zydesk.gui.tabs.tolerance",  # 容错纠错
    "zydesk.gui.tabs.adjustment",  # 能上能下
]
