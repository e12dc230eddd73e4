"""分析研判 page offscreen: the analysis runs as an operation, the charts show the figures of the result, the
tables fill, a unit shows its ranking line, and 打印报告 renders the report for the preview."""
from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt

from tests.gui_wait import settle
from ui.analysis.page import COUNTY, AnalysisPage
from ui.context import AppContext
from ui.widgets.chart import ChartView
from zydesk.charts.model import Chart, ChartKind, Series
from zydesk.core.adjustment.analysis import care_text
from zydesk.storage.uow import Database

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot: Any, demo_db: Database) -> AnalysisPage:
    p = AnalysisPage(AppContext(demo_db))
    qtbot.addWidget(p)
    p.resize(QSize(1366, 640))
    p.show()
    settle(qtbot)
    return p


def test_county_then_unit(qtbot: Any, page: AnalysisPage) -> None:
    assert page.unit.itemText(0) == COUNTY and page.unit.count() > 10
    page.year.setValue(2025)
    page.start()
    settle(qtbot)
    a = page.result
    assert a is not None and a.unit is None
    shown = [v.chart for v in page.charts if v.isVisible()]
    assert shown == a.charts and shown[0] is not None and shown[0].kind is ChartKind.PYRAMID
    assert page.teams.rowCount() == len(a.teams) and "全县干部队伍" in page.summary.text()
    assert page.charts[0].grab().width() > 200  # painted without error
    heads = [page.follow.headerData(i, Qt.Orientation.Horizontal) for i in range(page.follow.columnCount())]
    care = heads.index("关心帮助")
    assert page.follow.rowCount() == len(a.follow_up)
    for row, f in enumerate(a.follow_up):
        assert page.follow.data(page.follow.index(row, care)) == care_text(f)
    page.unit.setCurrentText(next(t.unit for t in a.teams if t.unit.endswith("镇")))
    page.start()
    settle(qtbot)
    b = page.result
    assert b is not None and b.unit is not None and page.members.rowCount() == b.structure.size
    assert any(c.kind is ChartKind.LINE for c in b.charts)
    assert page.trend.rowCount() == len(b.trajectory)


def test_unknown_unit_is_said_in_place(qtbot: Any, page: AnalysisPage) -> None:
    page.unit.setCurrentText("没有这个单位")
    page.start()
    settle(qtbot)
    assert "没有名为" in page.summary.text() and page.run_button.isEnabled()


def test_print_report_goes_to_the_preview(qtbot: Any, page: AnalysisPage, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.printing import preview

    shown: list[Any] = []
    monkeypatch.setattr(preview, "show_pdf", lambda parent, rendered, title, ctx=None: shown.append(rendered))
    page.year.setValue(2025)
    page.print_report()
    settle(qtbot, 60_000)
    assert shown and shown[0].pdf.startswith(b"%PDF") and shown[0].pages >= 3


def test_chart_view_draws_every_kind(qtbot: Any) -> None:
    cats = ["35岁及以下", "36—40岁", "41—45岁"]
    for kind in ChartKind:
        series = [Series("男", [1, 2, 3]), Series("女", [3, None, 1])]
        view = ChartView(Chart(kind, "测试", cats, series if kind is not ChartKind.LINE else series[:1],
                               y_label="人数", unit="人", inverted=kind is ChartKind.LINE))
        qtbot.addWidget(view)
        view.resize(420, 260)
        assert not view.grab().isNull()


def test_targets_dialog_saves_and_the_analysis_follows(qtbot: Any, page: AnalysisPage) -> None:
    from ui.analysis.targets import TargetsDialog
    from zydesk.core.adjustment.analysis import Targets

    page.year.setValue(2025)
    page.start()
    settle(qtbot)
    before = page.result
    assert before is not None
    dialog = TargetsDialog(page, page.ctx, Targets())
    qtbot.addWidget(dialog)
    dialog.spins["min_team"].setValue(30)  # no team is that large: no gaps
    assert dialog.talk_days.value() == 90
    dialog.talk_days.setValue(120)
    dialog.accept()
    settle(qtbot)
    settle(qtbot)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert page.result is not None and page.result is not before and page.result.gaps == []
    assert "30人及以上" in page.notes.text() and "超过120天" in page.notes.text()


def test_targets_refused_for_a_clerk_in_the_form(qtbot: Any, page: AnalysisPage) -> None:
    from tests.accounts import as_role
    from ui.analysis.targets import TargetsDialog
    from zydesk.core.adjustment.analysis import Targets
    from zydesk.core.security.roles import Role

    ctx = AppContext(as_role(page.ctx.db, Role.CLERK))
    dialog = TargetsDialog(page, ctx, Targets())
    qtbot.addWidget(dialog)
    dialog.accept()
    settle(qtbot)
    assert "无权" in dialog.form.foot.text() and not dialog._busy
