"""帮助 where the work is (F1 opens the page of the tab in view, each page quotes its articles), and start-up
reminders that open their case."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.gui_wait import settle
from ui import main_window as mw
from zydesk.services.help_pages import help_page, topics
from zydesk.services.tolerance.cases import CaseInput, register_case
from zydesk.storage.uow import Database

pytestmark = pytest.mark.gui


def test_every_task_has_a_page_quoting_the_policy() -> None:
    keys = [k for k, _t in topics()]
    assert keys == ["import", "rank", "select", "case", "scan", "care", "print"]
    case = help_page("case")
    assert any(q.heading.endswith("第八条") and "申请" in q.text for q in case.quotes)
    assert all(q.text for k in keys for q in help_page(k).quotes)


def test_f1_opens_the_page_of_the_tab_in_view(qtbot, window: mw.MainWindow) -> None:  # type: ignore[no-untyped-def]
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text().startswith("帮助"))
    titles = [a.text() for a in help_menu.actions()]
    assert "选拔资格审查…" in titles and "容错申请：登记与办理…" in titles
    tab = window.tab("ui.tolerance.tab")
    assert tab is not None
    window.tabs.setCurrentWidget(tab)
    f1 = next(a for a in help_menu.actions() if a.text().startswith("本页帮助"))
    assert f1.shortcut().toString() == "F1"
    f1.trigger()
    settle(qtbot)
    dialog = window._help
    assert dialog.page is not None and dialog.page.key == "case"
    assert "容错认定程序" in dialog.view.toPlainText()
    dialog.close()


def test_a_reminder_opens_its_case(qtbot, window: mw.MainWindow, db: Database) -> None:  # type: ignore[no-untyped-def]
    applied = dt.date.today() - dt.timedelta(days=30)
    reg = register_case(db, CaseInput(applicant_type="单位", applicant_name="城关镇", matter="项目推进中的失误",
                                      accountability_started=applied - dt.timedelta(days=1), host_body="县纪委监委",
                                      host_kind="纪检监察机关（机构）", applied_on=applied, circumstances=[4]))
    window.show_reminders()
    settle(qtbot)
    dialog = window._reminders
    row = next(i for i, item in enumerate(dialog.items) if reg.number in item.text)
    assert dialog.list.wordWrap()
    dialog.list.setCurrentRow(row)
    assert dialog.open_button.isEnabled()
    dialog.activate(dialog.list.item(row))
    settle(qtbot)
    tab = window.tab("ui.tolerance.tab")
    assert window.tabs.currentWidget() is tab
    assert tab.case_id == reg.case_id and tab.detail is not None and tab.detail.row.number == reg.number  # type: ignore[union-attr]
    dialog.close()


def test_determinations_open_on_the_latest_year_with_records(qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    from ui.adjustment.entry import DeterminationsPage
    from ui.context import AppContext

    page = DeterminationsPage(AppContext(demo_db))
    qtbot.addWidget(page)
    settle(qtbot)
    assert page.years, "the demo county has 责任认定 records"
    assert page.year.value() == page.years[0] and page.model.rowCount() > 0 and page.empty.isHidden()
    page.year.setValue(2099)
    settle(qtbot)
    assert page.model.rowCount() == 0 and "有记录的年度" in page.empty.text() and str(page.years[0]) in page.empty.text()


def test_review_page_says_what_to_do_and_reserve_hides_removal_columns(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    from ui.context import AppContext
    from ui.excellent import tab as excellent
    from ui.excellent.models import RESERVE_COLUMNS

    w = excellent.create(AppContext(db))
    qtbot.addWidget(w)
    settle(qtbot)
    assert "资格审查" in w.review.guide.text() and not w.review.guide.isHidden()
    page = w.reserve
    page.reload()
    settle(qtbot)
    removal = [i for i, c in enumerate(RESERVE_COLUMNS) if c.title.startswith("移出")]
    assert removal and all(page.view.isColumnHidden(i) for i in removal)
    page.show_removed.setChecked(True)
    settle(qtbot)
    assert not any(page.view.isColumnHidden(i) for i in removal)


def test_circumstances_checklist_shows_every_item(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.tolerance.dialogs import ActionDialog
    from zydesk.core.tolerance import rules

    dlg = ActionDialog("容错情形", "", None)
    qtbot.addWidget(dlg)
    items = [(i, f"（{rules.cn_number(i)}）{t}") for i, t in enumerate(rules.policy.SIX, start=1)]
    lst = dlg.add_checklist("容错情形", items, set())
    lst.resize(700, lst.minimumHeight())
    assert len(items) >= 12
    last = lst.visualItemRect(lst.item(lst.count() - 1))
    assert last.bottom() <= lst.viewport().height()
