"""编号… in the print preview and the sealed-year banner beside the 年度 box, offscreen."""
from __future__ import annotations

import io
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tests.accounts import as_role
from tests.gui_wait import settle
from tests.test_excellent_print import winners  # noqa: F401  (fixture)
from tests.test_ranking_gui import _seed
from ui.context import AppContext
from ui.printing.numbering import NumberDialog
from ui.printing.preview import PreviewDialog
from ui.ranking import tab as ranking_tab
from ui.widgets.seal_banner import ReasonDialog
from zydesk.core.incentives.seal import SealArea
from zydesk.core.security.roles import Role
from zydesk.printing import registry
from zydesk.services import numbering, seals
from zydesk.storage.uow import Database

pytestmark = pytest.mark.gui


def _text(pdf: bytes) -> str:
    return "".join("".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


def _top(kind: type) -> Any:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert found, kind.__name__
    return found[-1]


def _open(qtbot: Any, db: Database) -> Any:
    w = ranking_tab.create(AppContext(db))
    qtbot.addWidget(w)
    w.show()
    settle(qtbot)
    return w


def test_preview_numbers_the_notice_and_the_year_is_sealed(qtbot: Any, db: Database) -> None:
    _seed(db)
    w = _open(qtbot, db)
    assert w.year_box.value() == 2024 and not w.seal.isVisible()  # no number yet: no banner
    w.print_notice()
    settle(qtbot)
    preview = _top(PreviewDialog)
    qtbot.addWidget(preview)
    bar = preview.number_bar
    assert "草稿" in bar.note.text() and bar.number_button.isVisible()
    bar.number_button.click()
    dialog = _top(NumberDialog)
    assert dialog.prefix() == "紫发" and dialog.body.count() >= 5
    dialog.date.setDate(QDate(2025, 3, 1))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settle(qtbot)
    settle(qtbot)
    assert not dialog.isVisible()
    assert "紫发〔2025〕1号" in bar.note.text() and not bar.number_button.isVisible()
    assert "紫发〔2025〕1号" in _text(preview.rendered.pdf) and "2025年3月1日" in _text(preview.rendered.pdf)
    _shows_what_a_fresh_preview_shows(qtbot, preview)
    # the banner beside the year box says the year is sealed
    settle(qtbot)
    assert w.seal.isVisible() and w.seal.label.text() == "已封存（紫发〔2025〕1号）"
    assert w.seal.unlock_button.isVisible() and not w.seal.lock_button.isVisible()
    # a second preview reuses the number (no 编号… any more)
    w.print_notice()
    settle(qtbot)
    again = _top(PreviewDialog)
    qtbot.addWidget(again)
    settle(qtbot)
    assert not again.number_bar.number_button.isVisible()
    assert [n.seq for n in registry.numbers(db, "紫发")] == [1]


def _shows_what_a_fresh_preview_shows(qtbot: Any, preview: PreviewDialog) -> None:
    """The page on screen is the new text (a page of the draft the view was still drawing stayed on screen)."""
    fresh = PreviewDialog(None, preview.rendered, "比较")
    qtbot.addWidget(fresh)
    fresh.resize(preview.size())
    fresh.show()

    def same() -> bool:
        a, b = preview.view.viewport().grab().toImage(), fresh.view.viewport().grab().toImage()
        w, h = min(a.width(), b.width()), min(a.height(), b.height())
        return a.width() == b.width() and a.copy(0, 0, w, h) == b.copy(0, 0, w, h)

    qtbot.waitUntil(same, timeout=5000)
    fresh.close()


def test_banner_unlock_needs_a_reason_then_relocks(qtbot: Any, db: Database) -> None:
    _seed(db)
    numbering.take_number(db, "award-notice", 2024, written_date="2026-01-05")
    w = _open(qtbot, db)
    assert w.seal.label.text() == "已封存（紫发〔2026〕1号）"
    w.seal.unlock_button.click()
    dialog = _top(ReasonDialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()  # no reason: refused in the dialog, which stays open
    settle(qtbot)
    assert "理由" in dialog.message.text() and dialog.isVisible()
    dialog.reason.setPlainText("更正2镇得分")
    ok.click()
    settle(qtbot)
    assert not dialog.isVisible() and "已解除封存" in w.seal.label.text()
    assert w.seal.lock_button.isVisible() and not w.seal.unlock_button.isVisible()
    assert not seals.year_state(db, SealArea.RANKING, 2024).sealed
    w.seal.lock_button.click()
    settle(qtbot)
    assert w.seal.label.text() == "已封存（紫发〔2026〕1号）"


def test_clerk_sees_the_seal_but_cannot_unlock(qtbot: Any, db: Database) -> None:
    _seed(db)
    numbering.take_number(db, "award-notice", 2024)
    w = _open(qtbot, as_role(db, Role.CLERK))
    assert w.seal.isVisible() and "已封存" in w.seal.label.text()
    assert not w.seal.unlock_button.isVisible() and not w.seal.lock_button.isVisible()


def test_excellent_tab_shows_the_sealed_selection(qtbot: Any, db: Database,
                                                  winners: dict[str, int]) -> None:  # noqa: F811
    from ui.excellent import tab as excellent_tab

    numbering.take_number(db, "excellent-decision", 2025, written_date="2026-01-20")
    w = excellent_tab.create(AppContext(db))
    qtbot.addWidget(w)
    w.show()
    w.year_box.setValue(2025)
    settle(qtbot)
    assert w.seal_banner.isVisible() and w.seal_banner.label.text() == "已封存（紫发〔2026〕1号）"
