"""The 优秀干部评选 tab offscreen: nominate through the dialog, check, score, elect; counters update."""
from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from tests.factories import add_cadre, add_unit
from tests.gui_wait import settle
from tests.test_excellent_helpers import appraise, commend
from ui.context import AppContext
from ui.excellent import tab as tab
from zydesk.services.incentives import excellent as svc
from zydesk.storage.uow import Database

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _collect_on_gui_thread() -> Any:
    """Collect this test's Qt wrappers here, on the GUI thread, not in a later test's worker thread."""
    yield
    import gc

    gc.collect()


@pytest.fixture
def seeded(db: Database) -> dict[str, int]:
    add_unit(db, "城关镇", kind="镇", group="镇")
    add_unit(db, "县财政局")
    ids = {"书记": add_cadre(db, "王书记", "城关镇", "党委书记", "正科级", principal=True),
           "一线": add_cadre(db, "钱干事", "城关镇", "包村干部", "一级科员", leadership=False, frontline=True),
           "局长": add_cadre(db, "李局长", "县财政局", "局长", "正科级", principal=True)}
    for cid in ids.values():
        appraise(db, cid, {2024: "称职", 2025: "优秀"})
    return ids


def _tab(qtbot: Any, db: Database) -> Any:
    w = tab.create(AppContext(db))
    qtbot.addWidget(w)
    w.year_box.setValue(2025)
    settle(qtbot)
    return w


def test_nominate_check_elect_counters(qtbot: Any, db: Database, seeded: dict[str, int], qtmodeltester: Any,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    w = _tab(qtbot, db)
    assert tab.TITLE == "优秀干部评选"
    page = w.selection
    assert "尚未建立" in page.total_label.text()
    dialog = page.nominate_dialog()
    qtbot.addWidget(dialog)
    dialog.picker.search.setText("李局长")
    settle(qtbot)
    assert [dialog.category.itemText(i) for i in range(dialog.category.count())] == ["部门正职", "科级干部"]
    assert "请选择其一" in dialog.basis.text() and dialog.unit.currentText() == "县财政局"
    dialog.category.setCurrentText("科级干部")
    dialog.deeds.setPlainText("牵头完成财政体制改革")
    dialog.attachments.setPlainText("事迹材料\n审计意见")
    dialog.accept()
    settle(qtbot)
    assert dialog.nomination_id is not None
    page.after_write(dialog.nomination_id)
    settle(qtbot)
    qtmodeltester.check(page.nominees)
    qtmodeltester.check(page.quota_model)
    (row,) = page.nominees.rows
    assert (row.name, row.category, row.stage, row.attachments) == ("李局长", "科级干部", "推荐", ("事迹材料", "审计意见"))
    assert page.current() is not None and page.current().id == row.id

    page.check()
    settle(qtbot)
    assert page.current().stage == "审核" and page.current().eligible
    qtmodeltester.check(page.checks)
    assert page.checks.rows and all(str(x.citation) == "第九条" for x in page.checks.rows)

    page.advance()  # 审核 → 评审
    settle(qtbot)
    d = page.score_dialog(page.current())
    qtbot.addWidget(d)
    d.form.widgets["得分"].setText("91.555")  # type: ignore[attr-defined]
    d.accept()
    settle(qtbot)
    assert "两位小数" in d.form.error_text("得分") and d.result() == 0
    d.form.widgets["票数"].setText("38")  # type: ignore[attr-defined]
    d.form.widgets["得分"].setText("91.5")  # type: ignore[attr-defined]
    d.accept()
    settle(qtbot)
    page.after_write(page.current().id)
    settle(qtbot)
    assert page.current().votes == 38 and str(page.current().score) == "91.50"
    page.advance()  # 评审 → 公示
    settle(qtbot)
    line = page.quota_model.rows[2]
    assert line.category == "科级干部" and line.filled == 0 and line.nominated == 1
    page.advance()  # 公示 → 当选
    settle(qtbot)
    assert page.current().stage == "当选"
    assert "阶段记录：推荐" in page.deeds.toPlainText() and "→ 当选" in page.deeds.toPlainText()
    assert "附件：事迹材料；审计意见" in page.deeds.toPlainText()
    assert page.quota_model.rows[2].filled == 1  # the counter follows at once
    assert "已当选 1 / 60" in page.total_label.text()
    page.city()
    settle(qtbot)
    assert page.current().city_recommended
    assert shown == []
    # the winner is on the reserve list (第二十条)
    w.reserve.reload()
    settle(qtbot)
    assert [r.name for r in w.reserve.model.rows] == ["李局长"]


def test_overrun_asks_for_reason(qtbot: Any, db: Database, seeded: dict[str, int],
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from zydesk.core.incentives.excellent import Tolerance

    svc.set_round(db, 2025, {"镇党政正职": 0}, 60, Tolerance(0, 3))
    nid = svc.nominate(db, 2025, seeded["书记"])
    svc.check_nominee(db, nid)
    svc.advance(db, nid, "评审")
    svc.enter_score(db, nid, 20)
    svc.advance(db, nid, "公示")
    w = _tab(qtbot, db)
    page = w.selection
    page.select(nid)
    asked: list[str] = []

    def answer(*a: Any, **k: Any) -> tuple[str, bool]:
        asked.append(a[2])
        return "县委研究决定", True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    page.advance()
    settle(qtbot)
    assert asked and "上限0名" in asked[0]
    assert page.current().stage == "当选" and "县委研究决定" in page.current().overrun_reason
    assert page.quota_model.rows[0].status == "超出"


def test_other_pages_models(qtbot: Any, db: Database, seeded: dict[str, int], qtmodeltester: Any,
                            monkeypatch: pytest.MonkeyPatch) -> None:
    commend(db, seeded["一线"], "全省脱贫攻坚先进个人", "省委省政府", dt.date(2025, 10, 1))
    appraise(db, seeded["书记"], {2023: "优秀"})
    commend(db, seeded["书记"], "全省安全生产先进个人", "省委省政府", dt.date(2019, 6, 1))  # outside the window
    w = _tab(qtbot, db)
    w.pages.setCurrentWidget(w.unit_quotas)
    settle(qtbot)
    qtmodeltester.check(w.unit_quotas.quotas)
    assert [d.name for d in w.unit_quotas.direct.rows] == ["钱干事"]
    town = next(q for q in w.unit_quotas.quotas.rows if q.unit_name == "城关镇")
    assert town.direct == ("钱干事",) and town.appraised == 1
    w.pages.setCurrentWidget(w.honours)
    settle(qtbot)
    qtmodeltester.check(w.honours.suggestions)
    assert [s.name for s in w.honours.suggestions.rows] == []  # 2023 优秀, 2024 称职: no run of three
    # 资格审查 page
    page = w.review
    page.picker.search.setText("王书记")
    settle(qtbot)
    page.on.setText("2026-03-01")
    page.run_review()
    settle(qtbot)
    qtmodeltester.check(page.lines)
    assert page.lines.rows and "结论" in page.conclusion.text()
    assert "未计入（第二十一条）：2019-06-01 省委省政府“全省安全生产先进个人”" in page.left_out.text()
    assert len(page.history.rows) == 1
    # reserve: removing needs a reason
    entry = svc.add_reserve(db, seeded["书记"], "组织推荐", dt.date(2026, 1, 2))
    w.reserve.reload()
    settle(qtbot)
    w.reserve.view.selectRow(0)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("  ", True))
    w.reserve.remove()
    settle(qtbot)
    assert shown and "理由" in shown[0] and w.reserve.model.rows[0].id == entry
    qtmodeltester.check(w.reserve.model)


def test_edit_deeds_key_work_and_tag(qtbot: Any, db: Database, seeded: dict[str, int]) -> None:
    nid = svc.nominate(db, 2025, seeded["一线"], deeds="旧事迹")
    cid = commend(db, seeded["书记"], "陕西省先进工作者", "省委省政府", dt.date(2025, 4, 28))
    w = _tab(qtbot, db)
    page = w.selection
    page.select(nid)
    row = page.current()
    assert row is not None
    d = page.edit_dialog(row)
    qtbot.addWidget(d)
    d.form.widgets["事迹"].setPlainText("新事迹")  # type: ignore[attr-defined]
    d.accept()
    settle(qtbot)
    page.after_write(nid)
    settle(qtbot)
    assert page.current().deeds == "新事迹"
    review = w.review
    review.picker.search.setText("王书记")
    settle(qtbot)
    k = review.key_work_dialog(seeded["书记"])
    qtbot.addWidget(k)
    k.accept()  # nothing typed: the error stays in the dialog
    settle(qtbot)
    assert "均须填写" in k.form.foot.text() and k.result() == 0
    k.form.widgets["重点工作、中心工作"].setText("汉江防汛")  # type: ignore[attr-defined]
    k.form.widgets["取得的成绩"].setPlainText("转移群众3200人")  # type: ignore[attr-defined]
    k.accept()
    settle(qtbot)
    t = review.tag_dialog(seeded["书记"])
    qtbot.addWidget(t)
    settle(qtbot)
    assert t.form.widgets["表彰"].currentData() == cid  # type: ignore[attr-defined]
    t.form.widgets["领域（名称看不出时）"].setCurrentText("安全生产")  # type: ignore[attr-defined]
    t.accept()
    settle(qtbot)
    review.on.setText("2026-03-01")
    review.run_review()
    settle(qtbot)
    rules = {x.rule for x in review.lines.rows}
    assert "省级以上表彰（安全生产）" in rules and "参与重点工作成绩优异" in rules


def test_form_dialog_saves_once_however_often_ok_is_clicked(qtbot: Any, db: Database) -> None:
    """OK starts the write and stays disabled until it reports back: two clicks, one write."""
    from ui.excellent.widgets import FormDialog

    calls: list[int] = []
    dialog = FormDialog("测试", AppContext(db), "excellent")
    qtbot.addWidget(dialog)
    dialog.submit = lambda _db: calls.append(1)
    dialog.accept()
    dialog.accept()
    settle(qtbot)
    assert calls == [1]


def test_form_dialog_can_save_again_after_a_refusal(qtbot: Any, db: Database) -> None:
    from ui.excellent.widgets import FormDialog
    from zydesk.errors import UserError

    dialog = FormDialog("测试", AppContext(db), "excellent")
    qtbot.addWidget(dialog)

    def refuse(_db: Database) -> None:
        raise UserError("不能保存")

    dialog.submit = refuse
    dialog.accept()
    settle(qtbot)
    assert dialog.buttons.isEnabled()
