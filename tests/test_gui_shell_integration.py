"""The shell reaches the other areas: print settings from the 数据 menu, start-up reminders of case deadlines."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.gui_wait import settle
from ui import main_window as mw
from zydesk.services.tolerance.cases import CaseInput, register_case
from zydesk.storage.uow import Database

pytestmark = pytest.mark.gui


def test_print_settings_open_from_the_data_menu(window: mw.MainWindow) -> None:
    data_menu = next(a.menu() for a in window.menuBar().actions() if a.text().startswith("数据"))
    action = next(a for a in data_menu.actions() if a.text().startswith("打印设置"))
    action.trigger()
    dialog = window._print_settings
    assert dialog.windowTitle() == "打印设置" and dialog.isVisible()
    dialog.close()


def test_startup_reminder_lists_an_overdue_acceptance(qtbot, window: mw.MainWindow, db: Database) -> None:  # type: ignore[no-untyped-def]
    # Applied a month ago and never accepted: 受理 was due 3 working days after the application (第八条第（二）项).
    applied = dt.date.today() - dt.timedelta(days=30)
    reg = register_case(db, CaseInput(applicant_type="单位", applicant_name="城关镇", matter="项目推进中的失误",
                                      accountability_started=applied - dt.timedelta(days=1), host_body="县纪委监委",
                                      host_kind="纪检监察机关（机构）", applied_on=applied, circumstances=[4]))
    window.show_reminders()
    settle(qtbot)
    lines = window._reminders.lines
    assert any(reg.number in line and "逾期" in line and "第八条" in line for line in lines)
    window._reminders.close()


def test_garbage_is_collected_on_the_gui_thread(qapp) -> None:  # type: ignore[no-untyped-def]
    import gc

    from ui.app import collect_garbage_on_gui_thread

    was = gc.isenabled()
    gc.enable()
    try:
        collect_garbage_on_gui_thread(qapp)
        assert not gc.isenabled()  # never in a worker thread
        assert qapp._zydesk_gc_timer.isActive()  # ...but regularly on this one
    finally:
        qapp._zydesk_gc_timer.stop()
        if not was:
            gc.disable()


def test_code_tables_dialog_adds_a_level_and_edits_a_period(qtbot, window: mw.MainWindow, db: Database,  # type: ignore[no-untyped-def]
                                                            monkeypatch: pytest.MonkeyPatch, qtmodeltester) -> None:
    from PySide6.QtWidgets import QDialog

    from ui.master import code_tables as gct
    from zydesk.services.codes import discipline_periods, load_codes

    data_menu = next(a.menu() for a in window.menuBar().actions() if a.text().startswith("数据"))
    next(a for a in data_menu.actions() if a.text().startswith("代码表")).trigger()
    dialog = window._code_tables
    page = dialog.findChild(gct.CodeTablesPage)
    periods = dialog.findChild(gct.PeriodsPage)
    settle(qtbot)
    qtmodeltester.check(page.model)
    qtmodeltester.check(periods.model)
    assert page.table == "position_level" and page.add_button.isEnabled()

    def fill_and_accept(self: gct.FormDialog) -> QDialog.DialogCode:
        name = self.form.widgets["名称"]
        name.setText("")  # first an empty name: the message stays beside the field
        self.accept()
        settle(qtbot)
        assert self.form.error_text("名称") == "必填" and self.result() != QDialog.DialogCode.Accepted
        name.setText("乡镇专职委员")
        self.accept()
        settle(qtbot)
        return QDialog.DialogCode(self.result())

    monkeypatch.setattr(gct.FormDialog, "exec", fill_and_accept)
    page.add_code()
    settle(qtbot)
    with db.read() as s:
        assert load_codes(s)["position_level"][-1] == "乡镇专职委员"
    assert page.current() is not None and page.current().label == "乡镇专职委员"

    page.tables.setCurrentRow(page.keys.index("appraisal_grade"))  # fixed by policy
    settle(qtbot)
    assert not page.add_button.isEnabled() and "政策规定" in page.hint.text()

    row = next(n for n, r in enumerate(periods.model.rows) if (r.category, r.kind) == ("组织处理", "诫勉"))
    periods.view.selectRow(row)

    def set_nine_months(self: gct.FormDialog) -> QDialog.DialogCode:
        self.form.widgets["影响期（月）"].setValue(9)
        self.accept()
        settle(qtbot)
        return QDialog.DialogCode(self.result())

    monkeypatch.setattr(gct.FormDialog, "exec", set_nine_months)
    periods.edit()
    settle(qtbot)
    with db.read() as s:
        assert discipline_periods(s)[("组织处理", "诫勉")] == 9
    assert periods.model.rows[row].months == 9
    dialog.close()


def test_full_collection_waits_until_no_operation_runs(qapp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """A full pass holds the interpreter for 0.1 s or more: only the young generations while work runs."""
    import gc

    from ui import app as app_module
    from ui import ops

    calls: list[int] = []
    was = gc.isenabled()
    monkeypatch.setattr(gc, "collect", lambda generation=2: calls.append(generation) or 0)
    try:
        app_module.collect_garbage_on_gui_thread(qapp)
        timer = qapp._zydesk_gc_timer
        timer.stop()
        monkeypatch.setattr(ops, "pending", lambda: 1)
        for _ in range(app_module.FULL_GC_EVERY):
            timer.timeout.emit()
        assert calls and set(calls) == {1}
        calls.clear()
        monkeypatch.setattr(ops, "pending", lambda: 0)
        for _ in range(app_module.FULL_GC_EVERY):
            timer.timeout.emit()
        assert calls.count(2) == 1 and calls.count(1) == app_module.FULL_GC_EVERY - 1
    finally:
        if was:
            gc.enable()
