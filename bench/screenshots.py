"""Screenshots of every tab (and every page inside a tab) with the demo county, at the sizes clerks use.

    xvfb-run -s "-screen 0 1920x1080x24" python -m bench.screenshots OUT_DIR

Each size is the free area of a common screen (a taskbar takes 40 px): 1366×728 and 1920×1040. The PNGs
are for looking at (clipped text, overlapping labels, missing glyphs), not committed.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

SIZES = ((1366, 728), (1920, 1040))


def _name(text: str) -> str:
    return "".join(c if c.isalnum() else "_" for c in text).strip("_")


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    home = tempfile.mkdtemp(prefix="zydesk-shots-")
    os.environ["ZYDESK_HOME"] = home  # no remembered window size, no real settings touched
    from PySide6.QtWidgets import QApplication, QTabWidget

    from bench.accounts import create
    from bench.qt_settle import settle
    from ui import ops, theme
    from ui.app import setup_qt
    from zydesk.services import demo

    app = QApplication(sys.argv[:1])
    setup_qt(app)
    theme.apply(app)
    db = create(Path(home) / "demo.sqlite")  # encrypted, the benchmark account (录入员+审核员) signed in
    demo.fill_demo(db)
    from ui.main_window import MainWindow


    written = 0
    for width, height in SIZES:
        window = MainWindow(db)
        window.setWindowState(window.windowState() & ~window.windowState())
        window.resize(width, height)
        window.show()
        settle()
        window.build_remaining_tabs()
        settle()
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            settle()
            title = _name(window.tabs.tabText(index))
            window.grab().save(str(out / f"{width}_{index}_{title}.png"))
            written += 1
            page = window.tabs.widget(index)
            for inner in page.findChildren(QTabWidget) if page is not None else []:
                for sub in range(1, inner.count()):
                    inner.setCurrentIndex(sub)
                    settle()
                    window.grab().save(str(out / f"{width}_{index}_{title}_{sub}_{_name(inner.tabText(sub))}.png"))
                    written += 1
                inner.setCurrentIndex(0)
        window.close()
        settle()
    ops.wait_for_workers(10_000)
    db.dispose()
    print(f"{written} screenshots in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
