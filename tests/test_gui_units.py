"""单位 tab: the grouped tree, editing with messages beside the fields, sort order."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex
from sqlalchemy import select

from tests import factories as f
from tests.gui_wait import settle
from ui.context import AppContext
from ui.master import units_tab as units
from zydesk.services.unit_list import list_units, move_unit
from zydesk.storage.models import AuditEntry, Unit
from zydesk.storage.uow import Database

pytestmark = pytest.mark.gui


@pytest.fixture
def county(db: Database) -> dict[str, int]:
    ids = {
        "城关镇": f.add_unit(db, "城关镇", kind="镇", group="镇", sort=1),
        "蒿坪镇": f.add_unit(db, "蒿坪镇", kind="镇", group="镇", sort=2),
        "汉王镇": f.add_unit(db, "汉王镇", kind="镇", group="镇", sort=3),
        "县财政局": f.add_unit(db, "县财政局", kind="县直部门", group="县直部门一类", sort=20),
        "县档案馆": f.add_unit(db, "县档案馆", kind="县直事业单位", group="事业单位", sort=40),
    }
    f.add_cadre(db, "王建国", "城关镇")
    return ids


def tree(model: units.UnitTreeModel, parent: QModelIndex = QModelIndex()) -> list[object]:
    out: list[object] = []
    for r in range(model.rowCount(parent)):
        idx = model.index(r, 0, parent)
        kids = tree(model, idx)
        out.append((model.data(idx), kids) if kids else model.data(idx))
    return out


def test_tree_groups_by_kind_and_group(qtbot, db: Database, county: dict[str, int], qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    tab = units.UnitTab(AppContext(db))
    qtbot.addWidget(tab)
    settle(qtbot)  # the tree is read off the GUI thread
    qtmodeltester.check(tab.model)
    assert tree(tab.model) == [
        ("镇（3）", ["城关镇", "蒿坪镇", "汉王镇"]),  # one 考核类别 named as its kind: no second level
        ("县直部门（1）", [("县直部门一类（1）", ["县财政局"])]),
        ("县直事业单位（1）", [("事业单位（1）", ["县档案馆"])]),
    ]
    first = tab.model.index_of_unit(county["城关镇"])
    assert tab.model.data(first.siblingAtColumn(3)) == "1"  # one cadre currently there
    assert tab.model.data(first.siblingAtColumn(4)) == "启用"


def test_edit_shows_errors_beside_fields_then_saves(qtbot, db: Database, county: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    ctx = AppContext(db)
    tab = units.UnitTab(ctx)
    qtbot.addWidget(tab)
    settle(qtbot)  # the tree is read off the GUI thread
    seen: list[str] = []
    ctx.events.data_changed.connect(seen.append)
    tab.select(county["蒿坪镇"])
    assert tab.name.text() == "蒿坪镇"  # type: ignore[attr-defined]
    tab.name.setText("城关镇")  # type: ignore[attr-defined]  # a name already taken
    tab.save()
    settle(qtbot)
    assert "已有同名单位" in tab.form.error_text("单位名称")
    with db.read() as s:
        assert s.get(Unit, county["蒿坪镇"]).name == "蒿坪镇"  # type: ignore[union-attr]
    assert seen == []
    tab.name.setText("蒿坪镇")  # type: ignore[attr-defined]
    tab.short.setText("蒿坪")  # type: ignore[attr-defined]
    tab.active.setChecked(False)
    tab.save()
    settle(qtbot)
    assert tab.form.error_text("单位名称") == "" and seen == ["units"]
    with db.read() as s:
        u = s.get(Unit, county["蒿坪镇"])
        assert u is not None and (u.short_name, u.active) == ("蒿坪", False)
        assert s.scalar(select(AuditEntry.id).where(AuditEntry.action == "编辑单位")) is not None
    assert tab.model.unit_at(tab.tree.currentIndex()).id == county["蒿坪镇"]  # type: ignore[union-attr]


def test_new_unit_requires_group(qtbot, db: Database, county: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    tab = units.UnitTab(AppContext(db))
    qtbot.addWidget(tab)
    settle(qtbot)  # the tree is read off the GUI thread
    tab.new_unit()
    tab.name.setText("县审计局")  # type: ignore[attr-defined]
    tab.kind.setCurrentText("县直部门")  # type: ignore[attr-defined]
    tab.group.setCurrentText("")  # type: ignore[attr-defined]
    tab.save()
    settle(qtbot)
    assert tab.form.error_text("考核类别") == "必填"
    tab.group.setCurrentText("县直部门一类")  # type: ignore[attr-defined]
    tab.save()
    settle(qtbot)
    with db.read() as s:
        assert s.scalar(select(Unit.group).where(Unit.name == "县审计局")) == "县直部门一类"
    assert "县审计局" in str(tree(tab.model))


def test_move_up_and_down_within_the_group(qtbot, db: Database, county: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    tab = units.UnitTab(AppContext(db))
    qtbot.addWidget(tab)
    settle(qtbot)  # the tree is read off the GUI thread
    tab.select(county["汉王镇"])
    tab.move_row(-1)
    settle(qtbot)
    assert tree(tab.model)[0] == ("镇（3）", ["城关镇", "汉王镇", "蒿坪镇"])
    assert tab.model.unit_at(tab.tree.currentIndex()).name == "汉王镇"  # type: ignore[union-attr]
    tab.move_row(-1)
    settle(qtbot)
    tab.move_row(-1)  # already first: nothing happens
    settle(qtbot)
    with db.read() as s:
        assert [u.name for u in list_units(s) if u.group == "镇"] == ["汉王镇", "城关镇", "蒿坪镇"]


def test_move_renumbers_ties(db: Database) -> None:
    a = f.add_unit(db, "甲局", group="乙类", sort=0)
    b = f.add_unit(db, "乙局", group="乙类", sort=0)
    c = f.add_unit(db, "丙局", group="乙类", sort=0)
    move_unit(db, c, -1)
    with db.read() as s:
        order = [(u.id, u.sort_order) for u in list_units(s) if u.group == "乙类"]
    assert order == [(a, 0), (c, 1), (b, 2)]


def test_filter_box_narrows_the_tree(qtbot, db: Database, county: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    tab = units.UnitTab(AppContext(db))
    qtbot.addWidget(tab)
    settle(qtbot)  # the tree is read off the GUI thread
    tab.filter.setText("镇")
    assert tree(tab.model) == [("镇（3）", ["城关镇", "蒿坪镇", "汉王镇"])]
    tab.filter.setText("事业")  # by assessment group
    assert tree(tab.model) == [("县直事业单位（1）", [("事业单位（1）", ["县档案馆"])])]
    tab.filter.clear()
    assert len(tree(tab.model)) == 3


def test_the_form_saves_the_version_it_read(qtbot, db: Database, county: dict[str, int],  # type: ignore[no-untyped-def]
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Saving twice in a row works (the form takes the version its own save left); a change another clerk
    saved since the unit was shown is refused with who and when, and stays."""
    from PySide6.QtWidgets import QMessageBox

    from tests.accounts import as_role
    from zydesk.core.master import UnitData
    from zydesk.core.security.roles import Role
    from zydesk.services.master import save_unit

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    tab = units.UnitTab(AppContext(db))
    qtbot.addWidget(tab)
    settle(qtbot)
    tab.select(county["蒿坪镇"])
    for short in ("蒿坪", "蒿坪镇"):
        tab.short.setText(short)  # type: ignore[attr-defined]
        tab.save()
        settle(qtbot)
    assert warnings == []
    other = as_role(db, Role.CLERK)  # 录入员, on another PC
    save_unit(other, UnitData(name="蒿坪镇", kind="镇", group="镇", short_name="别名", sort_order=2), county["蒿坪镇"])
    tab.short.setText("蒿坪")  # type: ignore[attr-defined]
    tab.save()
    settle(qtbot)
    assert len(warnings) == 1 and "该记录已被 录入员 于" in warnings[0] and "请刷新后再改" in warnings[0]
    with db.read() as s:
        assert s.scalar(select(Unit.short_name).where(Unit.id == county["蒿坪镇"])) == "别名"
