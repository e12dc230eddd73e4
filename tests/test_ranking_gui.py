"""The 单位考核排名 tab offscreen: editing a score re-ranks at once; overrides need a reason."""
from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from tests.factories import add_unit
from tests.gui_wait import settle
from ui.context import AppContext
from ui.ranking import tab as tab
from ui.ranking.dialogs import OverrideDialog
from zydesk.services.incentives.ranking import save_score
from zydesk.storage.uow import Database

pytestmark = pytest.mark.gui


def _seed(db: Database) -> dict[str, int]:
    ids = {}
    for i, s in enumerate([95, 90, 85, 80, 75, 70]):  # 6 × 35% = 2.1 → 2 一等奖
        ids[f"{i + 1}镇"] = add_unit(db, f"{i + 1}镇", kind="镇", group="镇", sort=i)
        save_score(db, 2024, ids[f"{i + 1}镇"], s)
        save_score(db, 2023, ids[f"{i + 1}镇"], s)
    return ids


def _awards(widget: Any) -> dict[str, tuple[object, str | None]]:
    return {u.name: (u.rank, u.award) for u in widget.ranking.model.rows}


def _open(qtbot: Any, db: Database) -> Any:
    """The tab on db, with its first reads delivered."""
    w = tab.create(AppContext(db))
    qtbot.addWidget(w)
    settle(qtbot)
    return w


def _warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the warning boxes shown from now on (instead of showing them)."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    return shown


def test_edit_score_reranks(qtbot: Any, db: Database, qtmodeltester: Any) -> None:
    _seed(db)
    w = _open(qtbot, db)
    assert tab.TITLE == "单位考核排名"
    assert w.year_box.value() == 2024
    assert _awards(w)["6镇"] == (6, "三等奖") and _awards(w)["1镇"] == (1, "一等奖")
    assert "6 × 35% = 2.1 → 2" in w.ranking.formula.text()
    model = w.ranking.model
    qtmodeltester.check(model)
    row = next(i for i, u in enumerate(model.rows) if u.name == "6镇")
    assert model.flags(model.index(row, 1)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(row, 1), "99.5")
    settle(qtbot)
    assert _awards(w)["6镇"] == (1, "一等奖")
    assert _awards(w)["2镇"] == (3, "二等奖")  # pushed out of the quota
    hist = w.history.model
    qtmodeltester.check(hist)
    line = next(r for r in hist.rows if r.unit == "6镇")
    assert line.cells[2024].award == "一等奖" and line.cells[2023].is_last  # type: ignore[union-attr]


def test_bad_score_refused(qtbot: Any, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    _seed(db)
    shown = _warnings(monkeypatch)
    w = _open(qtbot, db)
    model = w.ranking.model
    assert not model.setData(model.index(0, 1), "abc")
    assert shown and "不是数字" in shown[0]
    assert _awards(w)["1镇"] == (1, "一等奖")


def test_override_requires_reason(qtbot: Any, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    _seed(db)
    shown = _warnings(monkeypatch)
    w = _open(qtbot, db)
    unit = next(u for u in w.ranking.model.rows if u.name == "5镇")
    dialog = OverrideDialog(unit)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.reason.setPlainText("经县委常委会研究")
    assert ok.isEnabled()
    dialog.reason.setPlainText("   ")
    assert not ok.isEnabled()
    # the service refuses a blank reason even if the dialog is bypassed
    w.ranking.apply_override(unit, "一等奖", " ")
    settle(qtbot)
    assert shown and "理由" in shown[0]
    assert _awards(w)["5镇"][1] == "三等奖"
    w.ranking.apply_override(unit, "一等奖", "经县委常委会研究")
    settle(qtbot)
    assert len(shown) == 1
    u = next(u for u in w.ranking.model.rows if u.name == "5镇")
    assert u.award == "一等奖" and u.override is not None
    row = w.ranking.model.rows.index(u)
    assert "人工调整" in w.ranking.model.data(w.ranking.model.index(row, 4))


def test_settings_visible_and_changeable(qtbot: Any, db: Database) -> None:
    _seed(db)
    w = _open(qtbot, db)
    box = w.ranking.settings
    from zydesk.services.incentives.ranking import compute_ranking

    with db.read() as s:
        assert compute_ranking(s, 2024).settings.rounding != "floor"
    box.rounding.setCurrentIndex(box.rounding.findData("floor"))
    box.percent.setText("50")
    box.save()
    settle(qtbot)
    assert "6 × 50% = 3 → 3" in w.ranking.formula.text()
    assert sum(1 for u in w.ranking.model.rows if u.award == "一等奖") == 3


def test_awards_and_bonus_pages(qtbot: Any, db: Database, qtmodeltester: Any) -> None:
    from tests.factories import add_cadre
    from zydesk.core.incentives.bonus import Person
    from zydesk.services.incentives.awards import RecordedAwardData, add_recorded_award, save_monitoring_rows
    from zydesk.services.incentives.bonus import set_bonus_amount

    ids = _seed(db)
    add_unit(db, "发改局")
    save_monitoring_rows(db, [{"year": y, "indicator": "固定资产投资增速", "unit_name": "发改局", "province_rank": r}
                              for y, r in ((2022, 40), (2023, 30), (2024, 25))])
    add_recorded_award(db, RecordedAwardData(2024, "脱贫攻坚先进村", ids["1镇"], village="东城村"))
    add_cadre(db, "张三", "1镇")
    add_cadre(db, "李四", "1镇")
    set_bonus_amount(db, 2024, "年度目标责任考核奖", "一等奖", "9999")
    ctx = AppContext(db)
    w = tab.create(ctx)
    qtbot.addWidget(w)
    settle(qtbot)
    page = w.awards
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.catch_model)
    kinds = {a.kind for a in page.model.rows}
    assert {"年度目标责任考核奖", "追赶超越贡献奖", "脱贫攻坚先进村"} <= kinds
    catch = page.catch_model.rows[0]
    assert (catch.rank_now, catch.rank_prev1, catch.rank_prev2, catch.qualifies) == (25, 30, 40, True)
    assert "5—8" in page.warning.text()  # one village only
    bonus = w.bonus
    qtmodeltester.check(bonus.amounts)
    i = bonus.winner.findText("1镇 — 年度目标责任考核奖 一等奖")
    assert i >= 0
    bonus.winner.setCurrentIndex(i)
    bonus.load_people()
    settle(qtbot)
    assert "未录入" in bonus.summary.text()  # no appraisal grades yet: refused, nothing computed
    bonus.people = [Person("张三", "优秀", cadre_id=None), Person("李四", "称职")]
    bonus.recompute()
    settle(qtbot)
    qtmodeltester.check(bonus.share_model)
    amounts = [s.amount for s in bonus.share_model.rows]
    assert sum(amounts) == 9999 and amounts == [5454, 4545]
    assert "结余 0.00 元" in bonus.summary.text()


def test_tie_break_flow(qtbot: Any, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QDialog

    from ui.ranking import dialogs as ranking_dialogs
    from zydesk.services.incentives.ranking import save_ranking_setting

    for i, s in enumerate([95, 90, 90, 80, 75, 70]):  # 2 places: 95, then 90/90 for the last one
        uid = add_unit(db, f"{i + 1}镇", kind="镇", group="镇", sort=i)
        save_score(db, 2024, uid, s)
    save_ranking_setting(db, "ranking.tie_rule", "clerk")
    w = _open(qtbot, db)
    assert _awards(w)["2镇"][1] is None and "待裁定" in w.ranking.warnings.text()

    def accept(dialog: Any) -> int:
        assert [b.text() for b, _ in dialog.boxes] == ["2镇（得分 90.00）", "3镇（得分 90.00）"]
        dialog.boxes[1][0].setChecked(True)
        dialog.reason.setText("脱贫攻坚考核优秀")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ranking_dialogs.TieBreakDialog, "exec", accept)
    w.ranking.tie_break()
    settle(qtbot)
    assert _awards(w)["3镇"] == (2, "一等奖") and _awards(w)["2镇"] == (2, "二等奖")
    assert w.ranking.warnings.text() == ""


def test_settings_saved_together_or_not_at_all(qtbot: Any, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    _seed(db)
    shown = _warnings(monkeypatch)
    w = _open(qtbot, db)
    box = w.ranking.settings
    box.rounding.setCurrentIndex(box.rounding.findData("floor"))
    box.percent.setText("150")  # out of range: the rounding is not saved either
    box.save()
    settle(qtbot)
    assert shown and "0 至 100" in shown[0]
    from zydesk.services.incentives.ranking import compute_ranking

    with db.read() as s:
        assert compute_ranking(s, 2024).settings.rounding != "floor"


def test_another_clerks_change_reloads_and_keeps_what_is_typed(qtbot: Any, db: Database,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """A change another clerk saved (announced from elsewhere) re-ranks the page; settings being typed stay;
    the box's save is refused when another clerk saved the settings since they were shown."""
    from tests.accounts import as_role
    from zydesk.core.security.roles import Role
    from zydesk.services.incentives.ranking import save_ranking_settings

    shown = _warnings(monkeypatch)
    ids = _seed(db)
    w = _open(qtbot, db)
    assert w.year_box.value() == 2024 and _awards(w)["1镇"] == (1, "一等奖")
    w.ranking.settings.percent.setText("50")  # being typed
    save_score(db, 2024, ids["1镇"], 10)  # on another PC
    w.ranking.ctx._elsewhere_changed("ranking")  # as the listener delivers it
    settle(qtbot)
    assert _awards(w)["1镇"][0] == 6  # re-ranked
    assert w.ranking.settings.percent.text() == "50"  # kept
    save_ranking_settings(as_role(db, Role.REVIEWER), {"ranking.rounding": "floor"}, 2024)  # another clerk
    w.ranking.settings.save()
    settle(qtbot)
    assert len(shown) == 1 and "该记录已被 审核员 于" in shown[0]
    w.year_box.setValue(2023)
    settle(qtbot)
    assert w.ranking.settings.percent.text() == "35"  # another year shows its own settings
