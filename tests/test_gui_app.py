"""The application shell: main window, menus, status bar, demo-data offer, import errors, --smoke."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox

from tests import factories as f
from tests.gui_wait import settle
from ui import app as gui_app
from ui import main_window as mw
from zydesk.core.security.roles import Permission
from zydesk.errors import FieldError, ValidationError
from zydesk.services.settings import set_setting
from zydesk.storage.uow import Database

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def window(qtbot, db: Database) -> Iterator[mw.MainWindow]:  # type: ignore[no-untyped-def]
    f.add_unit(db, "城关镇", kind="镇", group="镇", sort=1)
    f.add_cadre(db, "王建国", "城关镇", title="党委书记", level="正科级", principal=True)
    win = mw.MainWindow(db)
    qtbot.addWidget(win)
    tab = win.tab("ui.master.cadres_tab")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)  # type: ignore[union-attr]
    settle(qtbot)
    yield win
    settle(qtbot)
    QThreadPool.globalInstance().waitForDone(10_000)


def test_main_window_tabs_status_bar_and_title(qtbot, window: mw.MainWindow, db: Database, db_url: str) -> None:  # type: ignore[no-untyped-def]
    assert window.tab_titles()[:2] == ["干部信息", "单位"]
    path = db_url.removeprefix("sqlite:///")
    assert window.db_label.text() == f"数据库：{path}"
    assert window.user_label.text() == "当前用户：业务员（录入员、审核员）"
    assert window.windowTitle() == "紫阳县干部工作台"
    assert not window.windowIcon().isNull()
    set_setting(db, "demo", True)
    window.ctx.changed("*")
    settle(qtbot)
    assert window.windowTitle() == "紫阳县干部工作台 — 演示数据"


def test_menus_are_chinese_and_list_every_kind(window: mw.MainWindow) -> None:
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    assert list(menus) == ["文件(&F)", "数据(&D)", "账号(&U)", "帮助(&H)"]
    file_items = [a.text() for a in menus["文件(&F)"].actions() if a.text()]
    assert file_items == ["导入(&I)", "试导入（只检查，不写入）(&C)", "导出(&E)", "下载导入模板(&T)", "退出(&X)"]
    window.import_menu.aboutToShow.emit()
    titles = [a.text() for a in window.import_menu.actions()]
    from zydesk.excel.kinds import KINDS

    assert titles == [t + "…" for t in KINDS.values()] and "干部信息…" in titles
    help_items = [a.text() for a in menus["帮助(&H)"].actions() if a.text()]
    assert help_items[0] == "本页帮助(&H)…" and help_items[-1] == "关于(&A)…" and "提醒事项(&R)…" in help_items
    assert "用户手册(&M)…" in help_items
    assert len(help_items) == 11  # 本页帮助, seven task pages, 用户手册, 提醒事项, 关于


def test_remaining_tabs_are_built_after_start(qtbot, window: mw.MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.build_remaining_tabs()
    settle(qtbot)
    assert not window._pending
    assert window.tab("ui.master.units_tab") is not None
    assert window.failed_tabs == {}  # every area imports and builds its tab
    assert "（未能打开）" not in window.tab_titles()


def test_import_errors_are_listed_and_copyable(qtbot, window: mw.MainWindow, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                               tmp_path: Path) -> None:
    import zydesk.excel.importer as importer

    errors = [FieldError("公民身份号码", "校验位错误（末位应为 X）", row=3), FieldError("职务层次", "必填", row=7)]

    def refuse(db, kind, path, *, dry_run=False, state=None):  # type: ignore[no-untyped-def]
        raise ValidationError(errors)

    monkeypatch.setattr(importer, "import_file", refuse)
    shown: list[mw.ErrorListDialog] = []
    monkeypatch.setattr(mw.MainWindow, "show_import_errors",
                        lambda self, title, lines: shown.append(mw.ErrorListDialog(title, "", lines, self)))
    changed: list[str] = []
    window.ctx.events.data_changed.connect(changed.append)
    window.start_import("cadres", "干部信息", str(tmp_path / "x.xlsx"))
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    dialog = shown[0]
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [
        "第3行 «公民身份号码»: 校验位错误（末位应为 X）", "第7行 «职务层次»: 必填"]
    dialog.copy()
    assert QApplication.clipboard().text() == "第3行 «公民身份号码»: 校验位错误（末位应为 X）\n第7行 «职务层次»: 必填"
    assert changed == []


def test_successful_import_announces_the_change(qtbot, window: mw.MainWindow, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                                tmp_path: Path) -> None:
    import zydesk.excel.importer as importer

    class Report:
        def summary(self) -> str:
            return "导入完成"

    monkeypatch.setattr(importer, "import_file", lambda db, kind, path, **kw: Report())
    messages: list[str] = []
    monkeypatch.setattr(mw.QMessageBox, "information", lambda parent, title, text: messages.append(text))
    changed: list[str] = []
    window.ctx.events.data_changed.connect(changed.append)
    window.start_import("units", "单位", str(tmp_path / "x.xlsx"))
    qtbot.waitUntil(lambda: bool(messages), timeout=5000)
    assert changed == ["units"] and messages == ["导入完成"]


def test_qt_speaks_chinese(qapp) -> None:  # type: ignore[no-untyped-def]
    gui_app.setup_qt(qapp)
    assert QLocale().name() == "zh_CN"
    assert qapp.property("zydesk_translators") >= 1
    assert QApplication.translate("QPlatformTheme", "Cancel") == "取消"


def test_empty_database_offers_demo_data(qtbot, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import zydesk.demo as demo

    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text: asked.append(text)
                        or QMessageBox.StandardButton.Yes)
    done: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: done.append(text))

    def fake_fill(database: Database, progress=None) -> str:  # type: ignore[no-untyped-def]
        progress(1, 2)
        f.add_unit(database, "城关镇", kind="镇", group="镇")
        set_setting(database, "demo", True)
        progress(2, 2)
        return "单位 1 条"

    monkeypatch.setattr(demo, "fill_demo", fake_fill)
    win = mw.MainWindow(db)
    qtbot.addWidget(win)
    settle(qtbot)
    gui_app.offer_demo(win)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert asked and asked[0].startswith("数据库为空，是否填入演示数据？")
    assert done == ["已填入演示数据：单位 1 条"]
    settle(qtbot)
    assert win.windowTitle().endswith("演示数据")
    asked.clear()
    gui_app.offer_demo(win)  # not empty any more: no question
    settle(qtbot)
    assert asked == []
    QThreadPool.globalInstance().waitForDone(10_000)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "zydesk", *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=120)


@pytest.mark.slow
def test_smoke_prints_timings_and_exits_0(db: Database, db_url: str) -> None:
    f.add_unit(db, "城关镇", kind="镇", group="镇")
    for name in ("王建国", "李秀英", "张伟"):
        f.add_cadre(db, name, "城关镇")
    db.dispose()
    result = _run("gui", "--smoke", "--db", db_url.removeprefix("sqlite:///"))
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) == 1
    data = json.loads(lines[0])
    assert data["cadres"] == 3 and data["tabs"][:2] == ["干部信息", "单位"]
    assert 0 < data["qt_ms"] <= data["rows_ms"] <= data["shown_ms"]


@pytest.mark.slow
def test_smoke_on_a_foreign_file_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "not-ours.sqlite"
    bad.write_bytes(b"this is not a database" * 10)
    result = _run("gui", "--smoke", "--db", str(bad))
    assert result.returncode == 2
    assert "不是本程序的数据库文件" in result.stderr and result.stdout == ""


@pytest.mark.slow
def test_smoke_without_credentials_asks_for_a_sign_in(db: Database, db_url: str,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    db.dispose()
    monkeypatch.delenv("ZYDESK_PASSWORD")
    result = _run("gui", "--smoke", "--db", db_url.removeprefix("sqlite:///"))
    assert result.returncode == 2 and "需要登录" in result.stderr and result.stdout == ""


def test_file_menu_runs_template_export_and_a_refused_import(qtbot, window: mw.MainWindow,  # type: ignore[no-untyped-def]
                                                             monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from openpyxl import Workbook

    messages: list[str] = []
    monkeypatch.setattr(mw.QMessageBox, "information", lambda parent, title, text: messages.append(text))
    template = tmp_path / "单位导入模板.xlsx"
    window.start_template("units", "单位", str(template))
    qtbot.waitUntil(lambda: len(messages) == 1, timeout=10_000)
    assert template.exists() and "模板已保存到" in messages[0]
    out = tmp_path / "单位.xlsx"
    window.start_export("units", "单位", str(out))
    qtbot.waitUntil(lambda: len(messages) == 2, timeout=10_000)
    assert out.exists() and messages[1].startswith("已导出 1 行")

    bad = tmp_path / "bad.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["单位名称", "单位类型", "考核类别"])
    ws.append(["县审计局", "县直部门", "县直部门一类"])
    ws.append(["洞河镇", "乡", "镇"])
    wb.save(bad)
    good = tmp_path / "good.xlsx"
    wb = Workbook()
    wb.active.append(["单位名称", "单位类型", "考核类别"])
    wb.active.append(["县审计局", "县直部门", "县直部门一类"])
    wb.save(good)
    window.start_check("units", "单位", str(good))  # 试导入: a summary, nothing written
    qtbot.waitUntil(lambda: len(messages) == 3, timeout=10_000)
    assert "新增 1" in messages[2]
    shown: list[list[str]] = []
    monkeypatch.setattr(mw.MainWindow, "show_import_errors", lambda self, title, lines: shown.append(lines))
    changed: list[str] = []
    window.ctx.events.data_changed.connect(changed.append)
    window.start_import("units", "单位", str(bad))
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert any(line.startswith("第3行 «单位类型»") for line in shown[0]), shown
    assert changed == []
    from zydesk.services.unit_list import list_units

    with window.db.read() as s:
        assert [u.name for u in list_units(s)] == ["城关镇"]  # all or nothing


@pytest.mark.slow
def test_smoke_on_an_empty_database_asks_nothing(tmp_path: Path) -> None:
    from tests.accounts import ADMIN, PASSWORD, add_test_accounts
    from zydesk.services.security.signin import create_database

    fresh = tmp_path / "fresh.sqlite"
    created = create_database("sqlite:///" + str(fresh), ADMIN, PASSWORD)
    add_test_accounts(created.db)
    created.db.dispose()
    result = _run("gui", "--smoke", "--db", str(fresh))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout.strip())
    assert data["cadres"] == 0 and data["shown_ms"] > 0


def test_export_of_a_yearly_kind_asks_the_year(qtbot, window: mw.MainWindow, db: Database,  # type: ignore[no-untyped-def]
                                               monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import datetime as dt

    from zydesk.storage.models import Appraisal

    last = dt.date.today().year - 1
    with db.uow("测试数据", Permission.ENTER) as uow:
        uow.session.add_all([Appraisal(cadre_id=1, year=last, grade="优秀"),
                             Appraisal(cadre_id=1, year=last - 1, grade="称职")])
        uow.commit()
    asked: list[list[str]] = []

    def pick(parent, title, label, items, current, editable):  # type: ignore[no-untyped-def]
        asked.append(list(items))
        return f"{last}年", True

    out = tmp_path / "考核.xlsx"
    monkeypatch.setattr(mw.QInputDialog, "getItem", pick)
    monkeypatch.setattr(mw.QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    messages: list[str] = []
    monkeypatch.setattr(mw.QMessageBox, "information", lambda parent, title, text: messages.append(text))
    window.start_export("appraisals", "年度考核")
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert asked and asked[0][0] == "全部年度"
    assert f"{last}年" in asked[0] and messages[0].startswith("已导出 1 行")  # only that year


def test_a_tab_that_cannot_be_imported_is_shown_as_a_failure(qtbot, db: Database,  # type: ignore[no-untyped-def]
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mw, "TAB_MODULES", ["ui.master.cadres_tab", "ui.master.no_such_area", "ui.master.units_tab"])
    win = mw.MainWindow(db)
    qtbot.addWidget(win)
    settle(qtbot)
    assert win.tab_titles() == ["干部信息", "（未能打开）", "单位"]  # never silently left out
    assert "ui.master.no_such_area" in win.failed_tabs
    failed = win.tab("ui.master.no_such_area")
    assert isinstance(failed, mw.TabFailed) and "未能打开" in failed.text()
    settle(qtbot)


def test_a_database_that_cannot_be_opened_is_refused_in_chinese(tmp_path: Path) -> None:
    from zydesk.errors import UserError
    from zydesk.services.security.signin import sign_in

    bad = tmp_path / "not-ours.sqlite"
    bad.write_bytes(b"this is not a database" * 10)
    with pytest.raises(UserError, match="不是本程序的数据库文件"):
        sign_in("sqlite:///" + str(bad), "业务员", "Zy-test-2026")


def test_theme_colours_are_the_named_ones_and_a_role_takes_its_colour(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    import re

    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QLabel

    from ui import theme
    from ui.theme import colours

    sheet = theme.style_sheet()
    named = {v.lower() for k, v in vars(colours).items() if k.isupper() and isinstance(v, str)}
    used = {c.lower() for c in re.findall(r"#[0-9a-fA-F]{6}", sheet)}
    assert used and used <= named, used - named
    assert not theme.app_icon().isNull()
    before = qapp.styleSheet()
    theme.apply(qapp)
    try:
        label = theme.mark(QLabel("必填"), "error")
        qtbot.addWidget(label)
        label.show()
        assert label.palette().color(QPalette.ColorRole.WindowText).name() == colours.ERROR
    finally:
        qapp.setStyleSheet(before)
