"""干部信息 tab: search, the lazy list, details, the edit form with messages beside the fields."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import func, select

from tests.accounts import CLERK
from tests import factories as f
from tests.gui_wait import settle
from ui.context import AppContext
from ui.master import cadres_tab as cadres
from zydesk.core.idnumber import mask
from zydesk.core.security.roles import Permission
from zydesk.storage.models import Appraisal, AuditEntry, Cadre, Post
from zydesk.storage.uow import Database

pytestmark = pytest.mark.gui


def small_county(db: Database) -> dict[str, int]:
    """Two towns and a bureau with a handful of cadres; returns name → cadre id."""
    f.add_unit(db, "城关镇", kind="镇", group="镇", sort=1)
    f.add_unit(db, "蒿坪镇", kind="镇", group="镇", sort=2)
    f.add_unit(db, "县财政局", kind="县直部门", group="县直部门一类", sort=20)
    return {
        "王建国": f.add_cadre(db, "王建国", "城关镇", title="党委书记", level="正科级", principal=True),
        "李秀英": f.add_cadre(db, "李秀英", "城关镇", title="副镇长", level="副科级", male=False),
        "张伟": f.add_cadre(db, "张伟", "蒿坪镇", title="镇长", level="正科级", principal=True),
        "王芳": f.add_cadre(db, "王芳", "县财政局", title="局长", level="正科级", principal=True, male=False),
        "赵磊": f.add_cadre(db, "赵磊", "县财政局", title="科员", level="科员", leadership=False),
    }


@pytest.fixture
def county(db: Database) -> dict[str, int]:
    return small_county(db)


@pytest.fixture
def tab(qtbot, db: Database, county: dict[str, int]) -> Iterator[cadres.CadreTab]:  # type: ignore[no-untyped-def]
    ctx = AppContext(db)
    widget = cadres.CadreTab(ctx)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.model.rowCount() > 0, timeout=5000)
    yield widget
    QThreadPool.globalInstance().waitForDone(10_000)


def names(tab: cadres.CadreTab) -> list[str]:
    return [tab.model.data(tab.model.index(r, 0)) for r in range(tab.model.rowCount())]


def test_list_shows_masked_numbers_in_unit_order(tab: cadres.CadreTab, db: Database, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(tab.model)
    assert names(tab) == ["王建国", "李秀英", "张伟", "王芳", "赵磊"]
    with db.read() as s:
        number = s.scalar(select(Cadre.id_number).where(Cadre.name == "王芳"))
    shown = [tab.model.data(tab.model.index(r, 1)) for r in range(5)]
    assert mask(number) in shown and number not in shown
    assert [tab.model.headerData(i, cadres.Qt.Orientation.Horizontal) for i in range(7)] == [
        "姓名", "公民身份号码", "单位", "职务", "职务层次", "年龄", "人员状态"]
    assert tab.count_label.text() == "共 5 人"


def test_search_box_filters_the_table(qtbot, tab: cadres.CadreTab) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(tab.searched, timeout=5000):
        tab.search.setText("王")  # as typed (QTest cannot type CJK characters); the debounce timer starts
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=5000)
    assert names(tab) == ["王建国", "王芳"]
    with qtbot.waitSignal(tab.searched, timeout=5000):
        tab.search.setText("王芳")
    qtbot.waitUntil(lambda: names(tab) == ["王芳"], timeout=5000)
    with qtbot.waitSignal(tab.searched, timeout=5000):
        tab.search.clear()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 5, timeout=5000)
    with qtbot.waitSignal(tab.searched, timeout=5000):
        qtbot.keyClicks(tab.search, tab.model.data(tab.model.index(3, 1))[-4:])  # the last digits of 王芳's number
    qtbot.waitUntil(lambda: "王芳" in names(tab), timeout=5000)


def test_unit_and_level_filters(qtbot, tab: cadres.CadreTab) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(tab.searched, timeout=5000):
        tab.unit_box.setCurrentText("县财政局")
    qtbot.waitUntil(lambda: names(tab) == ["王芳", "赵磊"], timeout=5000)
    with qtbot.waitSignal(tab.searched, timeout=5000):
        tab.level_box.setCurrentText("科员")
    qtbot.waitUntil(lambda: names(tab) == ["赵磊"], timeout=5000)
    with qtbot.waitSignal(tab.searched, timeout=5000):
        tab.status_box.setCurrentText("退休")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=5000)
    assert tab.count_label.text() == "共 0 人"


def test_selecting_a_cadre_shows_history(qtbot, tab: cadres.CadreTab, db: Database, county: dict[str, int],  # type: ignore[no-untyped-def]
                                         qtmodeltester) -> None:
    cid = county["李秀英"]
    with db.uow("测试数据", Permission.ENTER) as uow:
        uow.session.add_all([Appraisal(cadre_id=cid, year=2016, grade="优秀"),
                             Appraisal(cadre_id=cid, year=2017, grade="称职")])
        uow.commit()
    tab.select_cadre(cid)
    settle(qtbot)
    assert "李秀英" in tab.detail_title.text() and "女" in tab.detail_title.text()
    assert tab.post_model.rowCount() == 1 and tab.post_model.rows[0].title == "副镇长"
    assert [r.grade for r in tab.appraisal_model.rows] == ["称职", "优秀"]
    for model in (tab.post_model, tab.appraisal_model, tab.vote_model, tab.commendation_model, tab.discipline_model):
        qtmodeltester.check(model)
    assert [tab.history.tabText(i) for i in range(tab.history.count())] == [
        "任职", "年度考核", "民主测评", "表彰", "处分和组织处理"]
    assert tab.edit_button.isEnabled()


def _audit_count(db: Database, action: str) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == action)) or 0)


def test_bad_id_number_shows_beside_the_field_and_writes_nothing(qtbot, tab: cadres.CadreTab, db: Database,  # type: ignore[no-untyped-def]
                                                                 county: dict[str, int]) -> None:
    cid = county["张伟"]
    with db.read() as s:
        before = s.get(Cadre, cid).id_number  # type: ignore[union-attr]
    dialog = cadres.CadreDialog(tab.ctx, cid, tab)
    qtbot.addWidget(dialog)
    settle(qtbot)  # the form is filled when its data arrives
    field = dialog.form.widgets["公民身份号码"]
    assert isinstance(field, QLineEdit) and field.text() == before  # the whole number, only here
    field.setText(before[:-1] + ("0" if before[-1] != "0" else "1"))  # wrong check digit
    dialog.set_text("姓名", "张伟伟")
    dialog.save()
    settle(qtbot)
    assert "校验位" in dialog.form.error_text("公民身份号码")
    assert dialog.form.errors["公民身份号码"].isVisibleTo(dialog)
    assert dialog.result() != cadres.QDialog.DialogCode.Accepted
    with db.read() as s:
        c = s.get(Cadre, cid)
        assert c is not None and c.id_number == before and c.name == "张伟"
    assert _audit_count(db, "编辑干部") == 0


def test_bad_date_is_reported_beside_its_field(qtbot, tab: cadres.CadreTab, county: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    dialog = cadres.CadreDialog(tab.ctx, county["张伟"], tab)
    qtbot.addWidget(dialog)
    settle(qtbot)  # the form is filled when its data arrives
    dialog.set_text("入党时间", "2016-13-40")
    dialog.save()
    settle(qtbot)
    assert "不是有效日期" in dialog.form.error_text("入党时间")
    assert dialog.form.error_text("公民身份号码") == ""


def test_valid_edit_is_saved_audited_and_shown(qtbot, tab: cadres.CadreTab, db: Database,  # type: ignore[no-untyped-def]
                                               county: dict[str, int]) -> None:
    cid = county["张伟"]
    tab.select_cadre(cid)
    settle(qtbot)
    dialog = cadres.CadreDialog(tab.ctx, cid, tab)
    qtbot.addWidget(dialog)
    settle(qtbot)  # the form is filled when its data arrives
    dialog.set_text("姓名", "张卫")
    dialog.set_text("入党时间", "2005.7")
    dialog.set_text("学历", "大学")
    with qtbot.waitSignal(tab.searched, timeout=5000):  # the save announces "cadres": the list searches again
        dialog.save()
    settle(qtbot)
    assert dialog.result() == cadres.QDialog.DialogCode.Accepted
    with db.read() as s:
        c = s.get(Cadre, cid)
        assert c is not None and (c.name, c.party_date, c.education) == ("张卫", dt.date(2005, 7, 1), "大学")
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "编辑干部")).one()
    assert entry.user == CLERK and entry.object_type == "Cadre" and entry.object_id == str(cid)
    assert entry.before["name"] == "张伟" and entry.after["name"] == "张卫"
    qtbot.waitUntil(lambda: "张卫" in names(tab), timeout=5000)
    assert "张卫" in tab.detail_title.text()


def test_a_save_over_a_newer_change_is_refused(qtbot, tab: cadres.CadreTab, county: dict[str, int],  # type: ignore[no-untyped-def]
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Two forms opened on one cadre: the second save is refused with who changed it, and nothing is lost."""
    said: list[str] = []
    monkeypatch.setattr(cadres.QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    cid = county["张伟"]
    first, second = (cadres.CadreDialog(tab.ctx, cid, tab) for _ in range(2))
    for dialog in (first, second):
        qtbot.addWidget(dialog)
    settle(qtbot)
    first.set_text("学历", "大学")
    second.set_text("学历", "研究生")
    first.save()
    settle(qtbot)
    second.save()
    settle(qtbot)
    assert first.result() == cadres.QDialog.DialogCode.Accepted
    assert second.result() != cadres.QDialog.DialogCode.Accepted and second.save_button.isEnabled()
    assert said and "该记录已被 业务员" in said[0] and "请刷新后再改" in said[0]
    with tab.ctx.db.read() as s:
        assert s.get(Cadre, cid).education == "大学"  # type: ignore[union-attr]


def test_new_cadre_with_post(qtbot, tab: cadres.CadreTab, db: Database) -> None:  # type: ignore[no-untyped-def]
    dialog = cadres.CadreDialog(tab.ctx, None, tab)
    qtbot.addWidget(dialog)
    settle(qtbot)  # the form is filled when its data arrives
    dialog.set_text("姓名", "周新")
    dialog.set_text("公民身份号码", f.new_id_number(dt.date(1990, 2, 3), male=False))
    dialog.save()  # no post yet: errors beside the post fields, nothing written
    settle(qtbot)
    assert dialog.form.error_text("工作单位") == "必填" and dialog.form.error_text("现任职务") == "必填"
    with db.read() as s:
        assert s.scalar(select(Cadre.id).where(Cadre.name == "周新")) is None
    dialog.set_text("工作单位", "蒿坪镇")
    dialog.set_text("现任职务", "副镇长")
    dialog.set_text("职务层次", "副科级")
    dialog.set_text("任现职时间", "2021年3月1日")
    dialog.save()
    settle(qtbot)
    assert dialog.saved_id is not None
    with db.read() as s:
        c = s.get(Cadre, dialog.saved_id)
        post = s.scalars(select(Post).where(Post.cadre_id == dialog.saved_id)).one()
    assert c is not None and c.gender == "女" and c.birth_date == dt.date(1990, 2, 3)
    assert (post.title, post.level, post.start_date, post.end_date) == ("副镇长", "副科级", dt.date(2021, 3, 1), None)


def test_change_post_closes_the_old_one(qtbot, tab: cadres.CadreTab, db: Database, county: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    cid = county["赵磊"]
    dialog = cadres.PostDialog(tab.ctx, cid, tab)
    qtbot.addWidget(dialog)
    settle(qtbot)  # the form is filled when its data arrives
    dialog.fields.title.setText("副局长")  # type: ignore[attr-defined]
    dialog.fields.unit.setCurrentText("县财政局")  # type: ignore[attr-defined]
    dialog.fields.level.setCurrentText("副科级")  # type: ignore[attr-defined]
    dialog.fields.start.setText("2014-01-01")  # type: ignore[attr-defined]
    dialog.save()  # before the current post began (2015-01-01)
    settle(qtbot)
    assert "早于" in dialog.form.error_text("任现职时间")
    dialog.fields.start.setText("2020-06-01")  # type: ignore[attr-defined]
    dialog.save()
    settle(qtbot)
    assert dialog.result() == cadres.QDialog.DialogCode.Accepted
    with db.read() as s:
        posts = s.scalars(select(Post).where(Post.cadre_id == cid).order_by(Post.id)).all()
    assert [(p.title, p.end_date) for p in posts] == [("科员", dt.date(2020, 6, 1)), ("副局长", None)]


def test_tolerance_notes_of_either_shape(db: Database, county: dict[str, int],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from zydesk.services import cadre_page
    from zydesk.services.reading import read

    monkeypatch.setattr(cadre_page, "protection_notes", lambda session, cadre_id: {5: "已容错（第十一条）"})
    detail = read(db, cadre_page.cadre_detail, county["张伟"])
    assert detail is not None and detail.notes_by_matter == {5: "已容错（第十一条）"} and detail.notes == []
    assert cadres.discipline_columns(detail.notes_by_matter)[-1].title == "容错"
    monkeypatch.setattr(cadre_page, "protection_notes", lambda session, cadre_id: 1 / 0)
    with pytest.raises(ZeroDivisionError):  # a failure of 容错纠错 is a failure, not a record without notes
        read(db, cadre_page.cadre_detail, county["张伟"])


def test_searches_use_the_in_memory_index_once_loaded_and_it_follows_changes(  # type: ignore[no-untyped-def]
        qtbot, tab: cadres.CadreTab, db: Database) -> None:
    qtbot.waitUntil(lambda: tab._index is not None, timeout=5000)
    with qtbot.waitSignal(tab.searched, timeout=5000):
        tab.search.setText("王")
    qtbot.waitUntil(lambda: names(tab) == ["王建国", "王芳"], timeout=5000)
    f.add_cadre(db, "王小明", "蒿坪镇")  # written elsewhere, then announced
    with qtbot.waitSignal(tab.index_ready, timeout=5000):
        tab.ctx.changed("cadres")
    assert tab._index is not None and len(tab._index) == 6
    with qtbot.waitSignal(tab.searched, timeout=5000):
        tab.run_search()
    qtbot.waitUntil(lambda: names(tab) == ["王建国", "王小明", "王芳"], timeout=5000)


def test_tolerance_notes_show_above_the_history(qtbot, tab: cadres.CadreTab, county: dict[str, int],  # type: ignore[no-untyped-def]
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from zydesk.services import cadre_page

    monkeypatch.setattr(cadre_page, "protection_notes", lambda session, cadre_id: (
        ["已容错（第十一条）：2019年某事项免责"] if cadre_id == county["张伟"] else []))
    tab.select_cadre(county["张伟"])
    settle(qtbot)
    assert tab.notes_label.isVisibleTo(tab) and "已容错（第十一条）" in tab.notes_label.text()
    tab.select_cadre(county["王芳"])
    settle(qtbot)
    assert not tab.notes_label.isVisibleTo(tab)
