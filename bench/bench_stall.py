"""The window never freezes: the longest stall of the GUI event loop during each operation.

A 5 ms QTimer heartbeat runs while the main window, on the synthetic database, opens each tab, imports
the cadre sheet, runs the 能上能下 scan, recomputes the unit ranking and renders a printed document.
A stall is the longest gap between two heartbeats, less the interval (target ≤ 100 ms for every
operation). Floor: the same heartbeat with the window idle for a second.

Run: python -m bench --only stall, or python bench/bench_stall.py [DB] (default: the synthetic database
of the chosen scale; it is copied, never changed).
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
Report = Callable[..., None]
HEARTBEAT_MS = 5
TARGET_MS = 100
SETTLE_MS = 300  # after an operation reports back, the window repaints and reloads what changed


class Heartbeat:
    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.worst = 0.0
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def reset(self) -> None:
        self.last = time.perf_counter()
        self.worst = 0.0

    def stall_ms(self) -> float:
        return max(0.0, self.worst * 1000 - HEARTBEAT_MS)


def _spin(app: Any, until: Callable[[], bool], timeout_s: float = 900) -> None:
    end = time.perf_counter() + timeout_s
    while not until():
        if time.perf_counter() > end:
            raise RuntimeError("操作在限定时间内未完成")
        app.processEvents()
        time.sleep(0.001)


def _idle(app: Any, ms: int) -> None:
    end = time.perf_counter() + ms / 1000
    _spin(app, lambda: time.perf_counter() >= end)


def _quiet_dialogs() -> None:
    """Message boxes and modal previews would wait for a click: answer them at once."""
    from PySide6.QtWidgets import QDialog, QMessageBox

    yes = QMessageBox.StandardButton.Yes
    for name in ("information", "warning", "critical"):
        setattr(QMessageBox, name, staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok))
    QMessageBox.question = staticmethod(lambda *a, **k: yes)  # type: ignore[method-assign]

    def show_instead(dialog: QDialog) -> int:
        dialog.show()
        return 0

    QDialog.exec = show_instead  # type: ignore[method-assign]


def measure(db_path: Path, sheet: Path) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication, QWidget

    from bench.accounts import signed_in
    from ui import ops
    from ui.app import collect_garbage_on_gui_thread, setup_qt
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    setup_qt(app)
    collect_garbage_on_gui_thread(app)  # as the application does
    _quiet_dialogs()
    db = signed_in(db_path)  # as the window signs in (ZYDESK_USER/ZYDESK_PASSWORD, or the benchmark account)
    window = MainWindow(db)
    window.resize(1366, 728)
    window.show()
    beat = Heartbeat()

    def done() -> bool:
        return ops.pending() == 0

    results: dict[str, float] = {}

    def run(label: str, action: Callable[[], None]) -> None:
        _spin(app, done)
        _idle(app, 100)
        beat.reset()
        action()
        _idle(app, 50)
        _spin(app, done)
        _idle(app, SETTLE_MS)
        results[label] = beat.stall_ms()

    _spin(app, done)
    _idle(app, 500)
    beat.reset()
    _idle(app, 1000)
    results["空闲窗口（下限）"] = beat.stall_ms()
    window.tab_titles()
    for index in range(window.tabs.count()):
        run(f"打开“{window.tabs.tabText(index)}”页", partial(window.tabs.setCurrentIndex, index))

    def find(attr: str) -> Any:
        for w in window.findChildren(QWidget):
            if hasattr(type(w), attr):
                return w
        raise RuntimeError(f"找不到带 {attr} 的页面")

    run("导入干部信息（Excel）", lambda: window.start_import("cadres", "干部信息", str(sheet)))
    run("能上能下扫描", lambda: find("start_scan").start_scan())
    ranking = find("print_table")
    run("单位考核排名重算", lambda: ranking.reload())
    run("生成排名表（打印预览）", lambda: ranking.print_table())
    window.close()
    _spin(app, done)
    ops.wait_for_workers()
    db.dispose()
    return results


def _sheet(db_path: Path, folder: Path) -> Path:
    """The cadre sheet of the same database (an import that updates nothing still reads and checks it all)."""
    from bench.accounts import signed_in
    from zydesk.services.excel_files import export_excel

    db = signed_in(db_path)
    try:
        path = folder / "干部信息.xlsx"
        export_excel(db, "cadres", path)
        return path
    finally:
        db.dispose()


def run(report: Report) -> None:
    from bench.bench_gui import database  # the same choice of database: argument, ZYDESK_BENCH_DB, or synthetic

    source = database()
    with tempfile.TemporaryDirectory(prefix="zydesk-stall-") as tmp:
        folder = Path(tmp)
        from bench.synth import copy_db

        copy = folder / "stall.sqlite"
        if len(sys.argv) > 1 and not sys.argv[1].startswith("-"):
            from bench.accounts import copy as copy_file

            copy_file(source, copy)  # with its key slots
        else:
            from bench import scale

            copy_db(scale(), copy)
        sheet = _sheet(copy, folder)
        results = measure(copy, sheet)
    floor = results.pop("空闲窗口（下限）")
    worst = max(results.values())
    for label, ms in results.items():
        report(f"界面停顿：{label}", ms, "ms", target=f"≤ {TARGET_MS} ms", floor=f"{floor:.0f} ms（空闲）")
    report("界面停顿：全部操作中最长", worst, "ms", target=f"≤ {TARGET_MS} ms", floor=f"{floor:.0f} ms（空闲）")


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from bench import report as _report

    run(_report)
