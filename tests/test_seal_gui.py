"""A sealed year in the window: the edits of the 单位考核排名 and 优秀干部评选 pages are disabled with the 文号
in their tooltip (what the pages load says so), open again after 解除封存; the notice's preview shows the copy
kept when it was issued, with the line saying so."""
from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.gui_wait import capture_previews, settle
from tests.test_excellent_print import winners  # noqa: F401  (fixture)
from tests.test_ranking_gui import _seed
from ui.context import AppContext
from ui.ranking import tab as ranking_tab
from ui.ranking.models import SCORE_COLUMN
from zydesk.services import documents, numbering
from zydesk.services.incentives import print_jobs
from zydesk.storage.uow import Database

pytestmark = pytest.mark.gui
NOTE = "已随紫发〔2025〕1号印发封存"


def _open(qtbot: Any, db: Database) -> Any:
    w = ranking_tab.create(AppContext(db))
    qtbot.addWidget(w)
    w.resize(1366, 728)
    w.show()
    settle(qtbot)
    return w


def _locked(widgets: Any) -> bool:
    return all(not b.isEnabled() and NOTE in b.toolTip() for b in widgets)


def _score_editable(w: Any) -> bool:
    model = w.ranking.model
    return bool(model.flags(model.index(0, SCORE_COLUMN)) & Qt.ItemFlag.ItemIsEditable)


def test_ranking_edits_are_locked_while_the_year_is_sealed(qtbot: Any, db: Database) -> None:
    _seed(db)
    numbering.take_number(db, "award-notice", 2024, "紫发", dt.date(2025, 3, 1))
    w = _open(qtbot, db)
    assert w.year_box.value() == 2024
    assert _locked(w.ranking.edit_buttons.values()) and _locked(w.ranking.settings.edits)
    assert not _score_editable(w)
    assert w.ranking.locked_hint.isVisible() and NOTE in w.ranking.locked_hint.text()  # said without hovering
    awards = w.awards.edit_buttons
    assert _locked([awards["录入奖项…"], awards["删除所选录入"]]) and awards["重点工作清单…"].isEnabled()
    w.year_box.setValue(2023)  # another year is open
    settle(qtbot)
    assert all(b.isEnabled() and not b.toolTip() for b in w.ranking.edit_buttons.values()) and _score_editable(w)
    w.year_box.setValue(2024)
    settle(qtbot)
    assert _locked(w.ranking.edit_buttons.values())
    w.seal.unlock("更正2镇得分")  # 解除封存: the pages read the year again
    settle(qtbot)
    assert all(b.isEnabled() for b in [*w.ranking.edit_buttons.values(), *w.ranking.settings.edits])
    assert awards["录入奖项…"].isEnabled() and not awards["录入奖项…"].toolTip() and _score_editable(w)
    assert not w.ranking.locked_hint.isVisible()
    w.seal.relock()
    settle(qtbot)
    assert _locked(w.ranking.edit_buttons.values()) and not _score_editable(w)


def test_excellent_selection_is_locked_while_the_year_is_sealed(qtbot: Any, db: Database,
                                                               winners: dict[str, int]) -> None:  # noqa: F811
    from ui.excellent import tab as excellent_tab

    numbering.take_number(db, "excellent-decision", 2025, written_date="2026-01-20")
    w = excellent_tab.create(AppContext(db))
    qtbot.addWidget(w)
    w.show()
    w.year_box.setValue(2025)
    settle(qtbot)
    page = w.selection
    note = "已随紫发〔2026〕1号印发封存"
    assert all(not b.isEnabled() and note in b.toolTip() for b in [*page.action_buttons.values(),
                                                                     *page.round_box.edits])
    page.nominee_view.selectRow(0)  # the nominee's stage does not open a sealed year
    settle(qtbot)
    assert not any(b.isEnabled() for b in page.action_buttons.values())
    w.seal_banner.unlock("补录得分")
    settle(qtbot)
    page.nominee_view.selectRow(0)
    settle(qtbot)
    assert all(b.isEnabled() for b in page.round_box.edits)
    assert any(b.isEnabled() for b in page.action_buttons.values())
    assert not any(note in b.toolTip() for b in page.action_buttons.values())


def test_preview_of_a_sealed_notice_is_the_kept_copy(qtbot: Any, db: Database, monkeypatch: Any) -> None:
    _seed(db)
    numbering.take_number(db, "award-notice", 2024, "紫发", dt.date(2025, 3, 1))
    shown = capture_previews(qtbot, monkeypatch)
    w = _open(qtbot, db)
    w.print_notice()
    settle(qtbot)
    fresh = shown[-1]
    assert fresh.rendered.issued == ("award-notice", "2024") and not fresh.archived_label.isVisible()
    assert fresh.word_button.isEnabled()
    documents.record_printed(db, fresh.rendered, "打印机")  # what 打印… records: the first copy is kept
    kept = documents.render_document(db, lambda d, _s: print_jobs.ranking_notice(d, 2024, False), None, "",
                                     ("award-notice", 2024))
    w.print_notice()
    settle(qtbot)
    again = shown[-1]
    assert again.rendered.pdf == kept.pdf == fresh.rendered.pdf
    assert again.archived_label.isVisible() and again.archived_label.text().startswith("按印发存档的文本重印（")
    assert not again.word_button.isEnabled() and "解除封存" in again.word_button.toolTip()
