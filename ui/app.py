"""Start-up of the desktop application: Qt in Chinese, signing in (or creating the database), the main window,
demo data on request.

`run(url, smoke=True)` is the start-up check used by packaging and the benchmark: it opens the main
window, waits until the first page of the 干部信息 table has been painted, prints one JSON line of
timings (milliseconds since the process started) and exits 0, never showing a dialog.
"""
from __future__ import annotations

import json
import os
import sys
import time
from typing import Any

_IMPORTED = time.perf_counter()

CJK_FAMILIES = ["Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC",
                "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "AR PL UMing CN", "SimSun"]
SMOKE_TIMEOUT_MS = 60_000
SWITCH_INTERVAL_S = 0.001


def process_start() -> float:
    """time.perf_counter() value at the moment the process started (best effort, ~10 ms on Linux)."""
    now = time.perf_counter()
    try:
        from pathlib import Path

        # os.name and a file test, not sys.platform: the type checker then reads every branch on any system
        if os.name == "posix" and Path("/proc/self/stat").exists():
            start_ticks = int(Path("/proc/self/stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()[19])
            uptime = float(Path("/proc/uptime").read_text(encoding="ascii").split()[0])
            return now - (uptime - start_ticks / os.sysconf("SC_CLK_TCK"))
        if os.name == "nt":
            import ctypes
            from ctypes import wintypes

            creation, exit_, kernel, user = (wintypes.FILETIME() for _ in range(4))
            k32 = getattr(ctypes, "windll").kernel32  # noqa: B009 - windll exists on Windows only
            k32.GetProcessTimes(k32.GetCurrentProcess(), ctypes.byref(creation), ctypes.byref(exit_),
                                ctypes.byref(kernel), ctypes.byref(user))
            now_ft = wintypes.FILETIME()
            k32.GetSystemTimeAsFileTime(ctypes.byref(now_ft))

            def ticks(ft: wintypes.FILETIME) -> int:
                return (int(ft.dwHighDateTime) << 32) | int(ft.dwLowDateTime)

            return now - (ticks(now_ft) - ticks(creation)) / 1e7
    except (OSError, ValueError, IndexError, AttributeError):
        pass
    return _IMPORTED


def setup_qt(app: Any) -> None:
    """Name, Chinese locale, Qt's own zh_CN translations (standard dialogs), a font with CJK glyphs."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from zydesk import APP_NAME

    # Operations run Python on a worker thread; the window's own Python (table models, slots) waits for the
    # interpreter lock. A shorter switch interval hands it over sooner, so a long operation never freezes it.
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    app.setApplicationName(APP_NAME)
    # No display name: Qt would append it to every window title, and the main window's title already
    # starts with APP_TITLE ("紫阳县干部工作台 — 演示数据 - 紫阳县干部工作台").
    app.setOrganizationName("中共紫阳县委组织部")
    QLocale.setDefault(QLocale("zh_CN"))
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translators = []
    for name in ("qtbase_zh_CN", "qt_zh_CN"):
        tr = QTranslator(app)
        if tr.load(name, folder):
            app.installTranslator(tr)
            translators.append(tr)
    app.setProperty("zydesk_translators", len(translators))
    font = app.font()
    font.setFamilies([*CJK_FAMILIES, font.family()])
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)


GC_INTERVAL_MS = 5_000
FULL_GC_EVERY = 12  # ticks: a full pass about once a minute, when idle


def collect_garbage_on_gui_thread(app: Any) -> None:
    """Qt objects may only be destroyed on the GUI thread, but Python's cyclic collector runs in whichever
    thread happens to allocate — a background import could free a dialog from a previous operation and
    crash. So automatic collection is off, and the GUI thread collects on a timer: the young generations
    every few seconds (a few milliseconds), the whole heap only while no operation is running, since a
    full pass over what an operation built holds the interpreter for 0.1 s or more."""
    import gc

    from PySide6.QtCore import QTimer

    from ui import ops

    gc.disable()
    ticks = [0]

    def collect() -> None:
        ticks[0] += 1
        if ticks[0] % FULL_GC_EVERY == 0 and not ops.pending():
            gc.collect()
        else:
            gc.collect(1)

    timer = QTimer(app)
    timer.setInterval(GC_INTERVAL_MS)
    timer.timeout.connect(collect)
    timer.start()
    app._zydesk_gc_timer = timer  # keep it alive with the application


def freeze_after_start(window: Any) -> None:
    """Once start-up has built its long-lived objects (modules, models, the search index), take them out
    of the cyclic garbage collector's full passes: with them inside, a pass takes 0.15–0.3 s and lands
    on a random keystroke. Objects are still freed as usual when no longer referenced."""
    import gc

    tab = window.tab("ui.master.cadres_tab")
    for signal in (getattr(tab, "shown", None), getattr(tab, "index_ready", None)):
        if signal is None:
            continue
        done: list[bool] = []

        def once(*_args: Any, done: list[bool] = done) -> None:  # later rebuilds are not start-up
            if not done:
                done.append(True)
                gc.freeze()

        signal.connect(once)


NEED_SIGN_IN = "需要登录：用环境变量 ZYDESK_USER 指定账号，用环境变量 ZYDESK_PASSWORD 提供口令。"


def _smoke_sign_in(url: str, user: str | None = None) -> Any:
    """--smoke signs in without any dialog (ZYDESK_USER / ZYDESK_PASSWORD); None after saying why not."""
    from zydesk.errors import UserError
    from zydesk.services.security.signin import sign_in

    name, password = user or os.environ.get("ZYDESK_USER", ""), os.environ.get("ZYDESK_PASSWORD", "")
    if not name or not password:
        print(f"错误：{NEED_SIGN_IN}", file=sys.stderr)
        return None
    try:
        return sign_in(url, name, password).db
    except UserError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return None


def fill_new_demo(window: Any) -> None:
    """A demo database just created: the demo county goes in off the GUI thread, with progress."""
    from ui.ops import WriteOp
    from ui.widgets import inform
    from zydesk.services.security import first_start

    WriteOp(window.ctx, first_start.fill_demo, "*", inform(window, "演示数据", lambda s: f"已填入演示数据：{s}"),
            parent=window).with_progress("填入演示数据").run()


def offer_demo(window: Any) -> None:
    """An empty database: ask whether to fill the fictitious county, and do it off the GUI thread."""
    from PySide6.QtWidgets import QMessageBox

    from ui.ops import QueryOp, WriteOp
    from ui.widgets import inform
    from zydesk.services import demo

    def ask(has_data: bool) -> None:
        if has_data:
            return
        answer = QMessageBox.question(window, "演示数据", "数据库为空，是否填入演示数据？\n\n"
                                      "演示数据是虚构的紫阳县单位和干部，仅供熟悉程序使用；窗口标题会标明“演示数据”。")
        if answer != QMessageBox.StandardButton.Yes:
            return
        WriteOp(window.ctx, demo.fill_demo, "*", inform(window, "演示数据", lambda s: f"已填入演示数据：{s}"),
                parent=window).with_progress("填入演示数据").run()

    QueryOp(window.ctx, lambda db, _s: demo.has_data(db), ask, parent=window).run()


class _SmokeWatch:
    """Waits for the first painted page of the 干部信息 table, then prints the timings and quits."""

    def __init__(self, app: Any, window: Any, t0: float, marks: dict[str, float]) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer

        self.app, self.window, self.t0, self.marks = app, window, t0, marks
        self.result = 1
        self.tab = window.tab("ui.master.cadres_tab")
        watch = self

        class Filter(QObject):
            def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802 - Qt name
                if event.type() == QEvent.Type.Paint and watch.ready():
                    QTimer.singleShot(0, watch.finish)
                return False

        self.filter = Filter()
        if self.tab is None or not hasattr(self.tab, "shown"):
            reason = window.failed_tabs.get("ui.master.cadres_tab", "")
            print(f"错误：干部信息页面不可用{('：' + reason) if reason else ''}", file=sys.stderr)
            QTimer.singleShot(0, app.quit)
            return
        self.tab.shown.connect(self._on_rows)
        self.tab.table.viewport().installEventFilter(self.filter)
        self._done = False
        QTimer.singleShot(SMOKE_TIMEOUT_MS, self.timeout)

    def ms(self, t: float) -> int:
        return round((t - self.t0) * 1000)

    def ready(self) -> bool:
        return "rows" in self.marks and not self._done

    def _on_rows(self) -> None:
        self.marks.setdefault("rows", time.perf_counter())
        self.tab.table.viewport().update()

    def finish(self) -> None:
        if self._done:
            return
        self._done = True
        shown = time.perf_counter()
        model = self.tab.model
        out: dict[str, Any] = {"shown_ms": self.ms(shown),
                               **{f"{k}_ms": self.ms(v) for k, v in self.marks.items()}, "cadres": model.rowCount(),
                               # CPU time of all threads so far: what a busy machine disturbs least
                               "cpu_ms": round(time.process_time() * 1000)}
        out["tabs"] = self.window.tab_titles()  # imports the other areas (after the figure above)
        out["tabs_ms"] = self.ms(time.perf_counter())
        print(json.dumps(out, ensure_ascii=False), flush=True)
        self.result = 0
        self.app.quit()

    def timeout(self) -> None:
        if not self._done:
            self._done = True
            print(f"错误：{SMOKE_TIMEOUT_MS // 1000} 秒内未显示干部信息首屏", file=sys.stderr)
            self.app.quit()


def run(url: str, smoke: bool = False, user: str | None = None) -> int:
    """The window over the database at url after signing in (`user`: the account for --smoke, else
    ZYDESK_USER). 退出登录 comes back to the login dialog; 退出 there ends the program."""
    t0 = process_start()
    marks: dict[str, float] = {}
    # What the first page needs that has no Qt in it is imported before PySide6: once PySide6 is loaded,
    # every later import pays for its check of the module's source (shibokensupport.feature).
    from PySide6.QtWidgets import QApplication

    import zydesk.services.cadre_queries  # noqa: F401
    import zydesk.services.codes  # noqa: F401
    import zydesk.services.master  # noqa: F401
    import zydesk.services.opening  # noqa: F401
    import zydesk.services.security.signin  # noqa: F401
    import zydesk.services.settings  # noqa: F401

    existing = QApplication.instance()  # typed as QCoreApplication
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    setup_qt(app)
    from ui import theme

    theme.apply(app)
    collect_garbage_on_gui_thread(app)
    from zydesk.services.crash_log import mask_log_records

    mask_log_records()
    marks["qt"] = time.perf_counter()
    if smoke:
        db = _smoke_sign_in(url, user)
        if db is None:
            return 2
        marks["db"] = time.perf_counter()
        return _session(app, db, smoke=True, t0=t0, marks=marks)
    app.setQuitOnLastWindowClosed(False)  # between sessions only the login dialog is open
    from ui.signin.flow import sign_in_flow

    message = ""
    while True:
        started = sign_in_flow(url, None, message)
        if started is None:
            return 0
        ended: list[str] = []
        code = _session(app, started.db, fill_demo=started.fill_demo, ended=ended)
        if not ended:
            return code
        message = ended[0]


def _session(app: Any, db: Any, *, smoke: bool = False, fill_demo: bool = False, ended: list[str] | None = None,
             t0: float = 0.0, marks: dict[str, float] | None = None) -> int:
    """One signed-in session: the main window until it closes (or signs out, `ended` then holds why)."""
    from ui.main_window import MainWindow
    from zydesk.core.security.roles import Permission

    window = MainWindow(db)
    freeze_after_start(window)
    try:
        if smoke:
            marks = marks if marks is not None else {}
            marks["window"] = time.perf_counter()
            watch = _SmokeWatch(app, window, t0, marks)
            window.show()
            app.exec()
            return watch.result
        window.closed.connect(app.quit)
        window.session_ended.connect(lambda why: ended.append(why) if ended is not None else None)
        window.show()
        if db.principal.may(Permission.READ):
            window.ctx.listen()  # PostgreSQL: other clerks' changes reload the tabs too
        from PySide6.QtCore import QTimer

        def after_start() -> None:
            if fill_demo:
                fill_new_demo(window)
            elif db.principal.may(Permission.ENTER):
                offer_demo(window)
            if db.principal.may(Permission.READ):
                window.show_reminders()

        QTimer.singleShot(0, after_start)
        return int(app.exec())
    finally:
        window.ctx.stop_listening()
        window.close()
        window.deleteLater()
        from PySide6.QtCore import QThreadPool

        from ui.ops import wait_for_workers
        from zydesk.services.security.signin import sign_out

        wait_for_workers(10_000)  # no operation may outlive the engine
        QThreadPool.globalInstance().waitForDone(10_000)
        from PySide6.QtCore import QCoreApplication, QEvent

        # The window is really gone now, so results still queued for it are dropped instead of appearing
        # over the next login dialog.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        from zydesk.services.backups import at_exit

        at_exit(db)  # the window is gone and no operation runs: a backup if anything was written
        sign_out(db)  # recorded; the engine is closed and the key forgotten
