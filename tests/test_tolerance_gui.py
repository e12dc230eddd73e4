"""The 容错纠错 tab offscreen: list model, colours, tab title count, case view and step dialogs.
Every read and write is an operation (ui.ops): the tests wait for them with settle()."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget

from tests.factories import add_cadre, add_unit
from tests.gui_wait import settle
from ui.context import AppContext
from ui.tolerance import tab as tab_module
from ui.tolerance.tab import OVERDUE_BG, SOON_BG, ToleranceTab
from zydesk.core.tolerance.values import CaseAction
from zydesk.services.tolerance import cases as svc
from zydesk.storage.uow import Database

pytestmark = pytest.mark.gui
D = dt.date
TODAY = D(2026, 11, 20)


def _case(db: Database, cadre: int, started: D, applied: D) -> svc.Registered:
    return svc.register_case(db, svc.CaseInput(
        applicant_type="个人", applicant_name="", applicant_cadre_id=cadre, matter="项目推进中程序瑕疵",
        accountability_started=started, host_body="县纪委监委", host_kind="纪检监察机关（机构）",
        applied_on=applied, circumstances=[4]), today=TODAY)


@pytest.fixture
def tab(qtbot, db: Database) -> ToleranceTab:  # type: ignore[no-untyped-def]
    add_unit(db, "城关镇", kind="镇", group="镇")
    cadre = add_cadre(db, "张三", "城关镇", "副镇长", "副科级")
    _case(db, cadre, D(2026, 9, 21), D(2026, 9, 28))  # 受理 due 8 Oct: overdue
    _case(db, cadre, D(2026, 11, 18), D(2026, 11, 19))  # 受理 due 24 Nov: 2 working days left
    ctx = AppContext(db)
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    widget = ToleranceTab(ctx, today=lambda: TODAY)
    widget._no_exec = True  # dialogs are built and submitted by the test, not run modally
    tabs.addTab(widget, tab_module.TITLE)
    tabs.resize(1400, 800)
    tabs.show()
    widget.holder = tabs  # type: ignore[attr-defined]  # qtbot keeps only a weak reference
    widget.qtbot = qtbot  # type: ignore[attr-defined]
    settle(qtbot)
    return widget


def _wait(tab: ToleranceTab) -> None:
    settle(tab.qtbot)  # type: ignore[attr-defined]


def test_model_passes_modeltester_and_colours(tab: ToleranceTab, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(tab.model)
    model = tab.model
    assert model.rowCount() == 2
    colours = {model.data(model.index(r, 0), Qt.ItemDataRole.DisplayRole):
               model.data(model.index(r, 0), Qt.ItemDataRole.BackgroundRole) for r in range(2)}
    assert colours == {"紫容〔2026〕1号": OVERDUE_BG, "紫容〔2026〕2号": SOON_BG}
    assert model.headerData(5, Qt.Orientation.Horizontal) == "期限"
    r = [i for i in range(2) if model.data(model.index(i, 0)) == "紫容〔2026〕1号"][0]
    assert model.data(model.index(r, 7)) == "逾期 32 个工作日"  # 9, Sat 10 Oct, then 6 full weeks to 20 Nov
    assert model.data(model.index(r, 6)) == "第八条第（二）项"
    assert "第八条第（二）项" in model.data(model.index(r, 5), Qt.ItemDataRole.ToolTipRole)


def test_tab_title_shows_overdue_count(tab: ToleranceTab, qtbot) -> None:  # type: ignore[no-untyped-def]
    tabs = tab.parentWidget().parentWidget()
    assert isinstance(tabs, QTabWidget)
    qtbot.waitUntil(lambda: tabs.tabText(0) == "容错纠错 (1)")


def test_filters(tab: ToleranceTab) -> None:
    tab.only_overdue.setChecked(True)
    _wait(tab)
    assert [r.number for r in tab.model.rows] == ["紫容〔2026〕1号"]
    tab.only_overdue.setChecked(False)
    tab.this_week.setChecked(True)  # week of Fri 20 Nov: Mon 16 – Sun 22; the soon-due one is due 24 Nov
    _wait(tab)
    assert tab.model.rows == []
    tab.this_week.setChecked(False)
    tab.status.setCurrentText("已申请")
    _wait(tab)
    assert len(tab.model.rows) == 2
    tab.status.setCurrentText("已受理")
    _wait(tab)
    assert tab.model.rows == []


def _select(tab: ToleranceTab, number: str) -> None:
    tab.status.setCurrentText("全部")
    _wait(tab)
    row = [i for i, r in enumerate(tab.model.rows) if r.number == number][0]
    tab.table.selectRow(row)
    _wait(tab)


def test_case_view_and_step_buttons(tab: ToleranceTab) -> None:
    _select(tab, "紫容〔2026〕1号")
    text = tab.view.toPlainText()
    assert "第八条第（二）项" in text and "已逾期" in text and "在推动重大项目和重点工作中" in text
    steps = tab.step_buttons
    assert steps[CaseAction.ACCEPT].isEnabled() and not steps[CaseAction.CONCLUDE].isEnabled()
    assert "下一步应办理“受理”" in steps[CaseAction.CONCLUDE].toolTip()  # the machine's reason
    records = tab.record_buttons  # 已申请: 情形 and evidence yes, 申诉意见 only in 核查, no 纠错 before a 认定
    assert records[CaseAction.EVIDENCE].isEnabled() and records[CaseAction.CIRCUMSTANCES].isEnabled()
    assert not records[CaseAction.HEARING].isEnabled() and not records[CaseAction.CORRECTION].isEnabled()
    assert "核查阶段" in records[CaseAction.HEARING].toolTip()


def test_step_dialog_refusal_shown_inside_and_success_advances(tab: ToleranceTab) -> None:
    _select(tab, "紫容〔2026〕1号")
    dlg = tab.step_dialog(CaseAction.ACCEPT)
    assert dlg is not None
    dlg.widgets["受理日期"].setText("2026-09-20")  # before the application
    dlg.submit()
    _wait(tab)
    assert "早于申请日期" in dlg.form.error_text("受理日期") and dlg.result() == 0
    dlg.widgets["受理日期"].setText("2026-09-3x")  # not a date: caught before anything is sent
    dlg.submit()
    assert dlg.form.error_text("受理日期") != "" and dlg.result() == 0
    dlg.widgets["受理日期"].setText("2026-09-30")
    dlg.submit()
    _wait(tab)
    assert dlg.error.text() == "" and dlg.form.error_text("受理日期") == "" and dlg.result() == 1
    assert tab.detail is not None and tab.detail.row.status == "已受理"
    steps = tab.step_buttons
    assert steps[CaseAction.INVESTIGATE].isEnabled() and not steps[CaseAction.ACCEPT].isEnabled()
    assert tab.record_buttons[CaseAction.HEARING].isEnabled()


def test_exclusions_limit_the_conclusion_dialog(tab: ToleranceTab, db: Database) -> None:
    _select(tab, "紫容〔2026〕1号")
    case_id = tab.detail.row.id  # type: ignore[union-attr]
    svc.accept_case(db, case_id, D(2026, 9, 30), today=TODAY)
    svc.set_exclusions(db, case_id, ["失职渎职"])
    svc.report_case(db, case_id, D(2026, 10, 20), "查实失职渎职", today=TODAY)
    tab.refresh()
    _wait(tab)
    dlg = tab.step_dialog(CaseAction.CONCLUDE)
    assert dlg is not None
    box = dlg.widgets["认定结论"]
    assert [box.itemText(i) for i in range(box.count())] == ["不予容错"]  # type: ignore[attr-defined]
    assert any("第七条" in label.text() and "失职渎职" in label.text()
               for label in dlg.findChildren(type(dlg.error)))


def test_register_dialog_late_needs_reason(tab: ToleranceTab) -> None:
    dlg = tab.register_dialog()
    dlg.widgets["申请人名称"].setText("城关镇人民政府")
    dlg.widgets["申请人类型"].setCurrentText("单位")
    dlg.widgets["问责追责事由"].setPlainText("防汛物资调拨未按规定审批")
    dlg.widgets["启动问责追责日期"].setText("2026-10-12")
    dlg.widgets["主办单位"].setText("县纪委监委")
    dlg.widgets["申请日期"].setText("2026-11-02")
    lst = dlg.widgets["容错情形"]
    lst.item(2).setCheckState(Qt.CheckState.Checked)  # type: ignore[attr-defined]
    dlg.submit()
    _wait(tab)
    late = dlg.form.error_text("逾期登记理由")
    assert "逾期申请" in late and "第八条第（一）项" in late and dlg.result() == 0
    dlg.widgets["逾期登记理由"].setText("汛期抢险，未能按时递交")
    dlg.widgets["公民身份号码"].setText("610924198001010000")  # no such cadre
    dlg.submit()
    _wait(tab)
    assert "没有这个号码" in dlg.form.error_text("公民身份号码") and dlg.result() == 0
    dlg.widgets["公民身份号码"].setText("")
    dlg.submit()
    dlg.submit()  # a second OK while the first is being written registers nothing more
    _wait(tab)
    assert dlg.error.text() == "" and dlg.form.error_text("逾期登记理由") == "" and dlg.result() == 1
    assert "紫容〔2026〕3号" in tab.message.text() and "逾期申请" in tab.message.text()
    assert len(tab.model.rows) == 3 and tab.detail is not None and tab.detail.row.number == "紫容〔2026〕3号"


def test_calendar_dialog_saves_a_year(tab: ToleranceTab) -> None:
    dlg = tab.calendar_dialog()
    dlg.year.setValue(2027)
    _wait(tab)
    assert "尚无节假日安排" in dlg.message.text()
    dlg.ranges.setPlainText("2027-01-01 至 2027-01-03\n2027-02-06 至 2027-02-14")
    dlg.makeup.setPlainText("2027-02-3x")  # not a date: beside the field, nothing saved
    dlg.save()
    _wait(tab)
    assert "第1项" in dlg.form.error_text("调休上班日")
    dlg.makeup.setPlainText("2027-02-20")
    dlg.save()
    _wait(tab)
    assert "已保存 2027 年" in dlg.message.text() and dlg.form.error_text("调休上班日") == ""
    assert any(dlg.table.item(r, 0).text() == "2027" and dlg.table.item(r, 1).text() == "人工录入"
               for r in range(dlg.table.rowCount()))
    dlg.makeup.setPlainText("2027-02-22")  # a Monday
    dlg.save()
    _wait(tab)
    assert "本来就上班" in dlg.message.text()


def test_startup_reminders_function(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    add_unit(db, "城关镇", kind="镇", group="镇")
    _case(db, add_cadre(db, "张三", "城关镇", "副镇长", "副科级"), D(2026, 9, 21), D(2026, 9, 28))
    got: list[list[str]] = []
    tab_module.startup_reminders(AppContext(db), got.append)
    settle(qtbot)
    assert len(got) == 1 and any("紫容〔2026〕1号" in line and "已逾期" in line for line in got[0])


def test_print_menu_follows_the_stage(tab: ToleranceTab, db: Database) -> None:
    _select(tab, "紫容〔2026〕1号")
    titles = [a.text() for a in tab.print_menu.actions()]
    assert titles == ["容错免责申请书"]
    svc.accept_case(db, tab.detail.row.id, D(2026, 9, 30), today=TODAY)  # type: ignore[union-attr]
    tab.refresh()
    _wait(tab)
    assert [a.text() for a in tab.print_menu.actions()] == ["容错免责申请书", "受理通知书", "调查报告（框架）"]


def test_settings_dialog_changes_filing_deadline(tab: ToleranceTab, db: Database) -> None:
    tab.settings_dialog()
    _wait(tab)
    dlg = tab._last_dialog
    assert dlg is not None and dlg.windowTitle() == "容错纠错设置"
    dlg.widgets["案件编号前缀"].setText("紫容〔")  # type: ignore[attr-defined]
    dlg.submit()
    _wait(tab)
    assert "只写代字" in dlg.form.error_text("案件编号前缀") and dlg.result() == 0
    dlg.widgets["案件编号前缀"].setText("紫容")  # type: ignore[attr-defined]
    dlg.widgets["报备期限"].setValue(2)  # type: ignore[attr-defined]
    dlg.submit()
    _wait(tab)
    assert dlg.form.error_text("案件编号前缀") == "" and dlg.result() == 1
    with db.read() as s:
        row = svc.case_rows(s, today=TODAY)[0]
    assert row.steps[5].rule == "反馈后2个工作日内"


def test_amend_dialog(tab: ToleranceTab) -> None:
    _select(tab, "紫容〔2026〕1号")
    dlg = tab.amend_dialog()
    assert dlg is not None
    dlg.widgets["问责追责事由"].setPlainText("项目推进中程序瑕疵（按原件更正）")  # type: ignore[attr-defined]
    dlg.submit()
    _wait(tab)
    assert "须写明理由" in dlg.form.error_text("更正理由")
    dlg.widgets["更正理由"].setText("按申请书原件更正")  # type: ignore[attr-defined]
    dlg.submit()
    _wait(tab)
    assert dlg.form.error_text("更正理由") == "" and tab.message.text() == "已更正：问责追责事由"
    assert "按原件更正" in tab.view.toPlainText()


def test_accept_disabled_with_reason_when_exclusion_confirmed(tab: ToleranceTab, db: Database) -> None:
    _select(tab, "紫容〔2026〕2号")
    svc.set_exclusions(db, tab.detail.row.id, ["贪污贿赂"])  # type: ignore[union-attr]
    tab.refresh()
    _wait(tab)
    steps = tab.step_buttons
    assert not steps[CaseAction.ACCEPT].isEnabled() and steps[CaseAction.REFUSE].isEnabled()
    assert "第七条" in steps[CaseAction.ACCEPT].toolTip()
    dlg = tab.step_dialog(CaseAction.REFUSE)
    assert dlg is not None and "贪污贿赂" in dlg.widgets["解释答复的理由"].toPlainText()  # type: ignore[attr-defined]


def test_refreshes_after_an_import_of_cases(tab: ToleranceTab, db: Database) -> None:
    with db.read() as s:
        cadre = svc.case_rows(s, today=TODAY)[0].cadre_id
    _case(db, cadre, D(2026, 11, 2), D(2026, 11, 3))  # written as an import would, then the window says so
    tab.ctx.changed("tolerance-cases")
    _wait(tab)
    assert len(tab.model.rows) == 3


def test_deadline_in_an_unentered_year_is_marked_in_list_and_view(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    add_unit(db, "城关镇", kind="镇", group="镇")
    cadre = add_cadre(db, "李四", "城关镇", "副镇长", "副科级")
    svc.register_case(db, svc.CaseInput(
        applicant_type="个人", applicant_name="", applicant_cadre_id=cadre, matter="年底项目验收",
        accountability_started=D(2026, 12, 28), host_body="县纪委监委", host_kind="纪检监察机关（机构）",
        applied_on=D(2026, 12, 29), circumstances=[4]), today=D(2026, 12, 30))
    widget = ToleranceTab(AppContext(db), today=lambda: D(2026, 12, 30))
    qtbot.addWidget(widget)
    settle(qtbot)
    model = widget.model
    assert model.data(model.index(0, 5)) == "2027-01-01*"
    assert "依据未录入节假日安排推算" in model.data(model.index(0, 9))
    assert "依据未录入节假日安排推算（2027年）" in model.data(model.index(0, 5), Qt.ItemDataRole.ToolTipRole)
    widget.table.selectRow(0)
    settle(qtbot)
    assert "依据未录入节假日安排推算（2027年）" in widget.view.toPlainText()
