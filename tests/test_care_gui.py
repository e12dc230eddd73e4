"""关心关爱 tab offscreen: a register's form adds and changes a record (errors beside their fields), the
coverage page shows each unit's share and who is missing, a reader sees no write buttons."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QComboBox, QLineEdit

from tests import factories as f
from tests.accounts import as_role
from ui.care import tab as care_tab
from ui.context import AppContext
from zydesk.core.security.roles import Role
from zydesk.storage.uow import Database

pytestmark = pytest.mark.gui
YEAR = dt.date.today().year


@pytest.fixture
def ids(db: Database) -> dict[str, str]:
    f.add_unit(db, "城关镇", kind="镇", group="镇", sort=1)
    f.add_unit(db, "县财政局", sort=2)
    out = {"甲": f.new_id_number(), "乙": f.new_id_number()}
    f.add_cadre(db, "甲", "城关镇", id_number=out["甲"])
    f.add_cadre(db, "乙", "县财政局", id_number=out["乙"])
    return out


def _tab(qtbot: Any, db: Database, settle: Any) -> care_tab.CareTab:
    widget = care_tab.create(AppContext(db))
    assert isinstance(widget, care_tab.CareTab)
    qtbot.addWidget(widget)
    widget.resize(1300, 680)
    settle()
    return widget


@pytest.fixture
def tab(qtbot: Any, db: Database, ids: dict[str, str], settle: Any) -> Iterator[care_tab.CareTab]:
    yield _tab(qtbot, db, settle)
    settle()
    QThreadPool.globalInstance().waitForDone(10_000)


def _fill(dialog: Any, values: dict[str, str]) -> None:
    for label, text in values.items():
        w = dialog.form.widgets[label]
        if isinstance(w, QComboBox):
            w.setCurrentText(text)
        else:
            assert isinstance(w, QLineEdit)
            w.setText(text)


def test_talk_form_adds_then_coverage_shows_it(tab: care_tab.CareTab, ids: dict[str, str], settle: Any) -> None:
    page = tab.show_register("talks")
    settle()
    dialog = page.add_dialog()
    _fill(dialog, {"公民身份号码": ids["甲"], "谈话日期": "明天", "谈话人": "书记"})
    dialog.accept()
    settle()
    assert dialog.isVisible() and dialog.form.error_text("谈话日期")  # the message sits beside its field
    _fill(dialog, {"谈话日期": f"{YEAR}-12-31"})
    dialog.accept()
    settle()
    assert not dialog.isVisible()
    assert [r.name for r in page.model.rows] == ["甲"] and page.model.rows[0].id_masked[6:14] == "********"
    tab.pages.setCurrentWidget(tab.coverage)
    settle()
    units = {u.unit: u for u in tab.coverage.units.rows}
    assert str(units["城关镇"].percent("谈心谈话")) == "100.0" and str(units["县财政局"].percent("谈心谈话")) == "0.0"
    talks = [x for x in tab.coverage.missing.rows if x[0] == "谈心谈话"]
    assert [x[1] for x in talks] == ["乙"] and talks[0][4] == "第二十九条"
    tab.coverage.what.setCurrentText("体检")
    assert {x[1] for x in tab.coverage.missing.rows} == {"甲", "乙"}
    assert "谈心谈话 1/2（50.0%" in tab.coverage.summary.text()


def test_edit_keeps_the_cadre_and_changes_the_record(tab: care_tab.CareTab, ids: dict[str, str],
                                                     settle: Any) -> None:
    page = tab.show_register("leave")
    settle()
    dialog = page.add_dialog()
    assert isinstance(dialog.form.widgets["年度"], QLineEdit) and dialog.form.widgets["年度"].text() == str(YEAR)
    _fill(dialog, {"公民身份号码": ids["乙"], "应休年休假天数": "10", "已休年休假天数": "3"})
    dialog.accept()
    settle()
    page.view.selectRow(0)
    edit = tab.edit_current()
    assert edit is not None and not edit.form.widgets["公民身份号码"].isEnabled()
    _fill(edit, {"已休年休假天数": "10"})
    edit.accept()
    settle()
    assert str(page.model.rows[0].values["taken"]) == "10.0"


def test_reader_sees_lists_without_write_buttons(qtbot: Any, db: Database, ids: dict[str, str],
                                                 settle: Any) -> None:
    widget = _tab(qtbot, as_role(db, Role.READER), settle)
    page = widget.show_register("training")
    settle()
    widget.show()
    assert not page.add_button.isVisible() and page.template_button.isVisible()
    widget.close()


def test_every_register_heading_fits_its_column() -> None:
    """A column's width hint holds its whole heading (加班值班应调休天数 was cut at 1366)."""
    from ui.care.models import register_columns
    from zydesk.core.incentives.care import REGISTERS

    for reg in REGISTERS:
        for col in register_columns(reg):
            assert col.width is not None and col.width >= len(col.title), (reg, col.title)
