"""打印: a 200-page 公文 with a long name list (target ≤ 5 s, ≤ 30 KB per page after the first page)."""
from __future__ import annotations

import time
from collections.abc import Callable

from zydesk.printing import fonts
from zydesk.printing.gongwen import render_gongwen
from zydesk.printing.sample import name_list

Report = Callable[..., None]


def _rows_for(pages: int) -> int:
    """Rows that fill about `pages` pages (measured on a short document, then scaled)."""
    per_page = (render_gongwen(name_list(1000)).pages - render_gongwen(name_list(500)).pages) / 500
    first = render_gongwen(name_list(500)).pages - 500 * per_page
    return int((pages - first) / per_page)


def run(report: Report) -> None:
    t0 = time.perf_counter()
    fonts.current()  # resolve and load the fonts once, as the app does at its first print
    report("打印：字体解析与加载（首次）", time.perf_counter() - t0, "s")
    rows = _rows_for(200)
    t0 = time.perf_counter()
    big = render_gongwen(name_list(rows))
    seconds = time.perf_counter() - t0
    one = render_gongwen(name_list(5))  # the same document on one page: fonts and page furniture
    per_page = (len(big.pdf) - len(one.pdf)) / max(big.pages - 1, 1) / 1024
    report(f"打印：{big.pages}页名单公文（{rows}人）生成", seconds, "s", "≤ 5 s")
    report("打印：首页之后每页大小", per_page, "KB/页", "≤ 30 KB/页")
    report("打印：整份文件大小", len(big.pdf) / 1024, "KB")
    report("打印：单页文件大小（含字体子集）", len(one.pdf) / 1024, "KB")
