"""Table models over plain rows, and the read services behind the 干部信息 list."""
from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from PySide6.QtCore import Qt

from tests import factories as f
from ui.widgets.row_model import ROW_ROLE, Column, LazyRowModel, RowTableModel, display
from zydesk.core.dates import age_on
from zydesk.core.security.roles import Permission
from zydesk.services import cadre_queries as q
from zydesk.storage.uow import Database


class Row(NamedTuple):
    id: int
    name: str
    born: dt.date | None
    leader: bool
    score: int


COLUMNS = [Column("编号", lambda r: r.id), Column("姓名", lambda r: r.name), Column("出生", lambda r: r.born),
           Column("领导", lambda r: r.leader), Column("得分", lambda r: r.score)]


def rows(n: int) -> list[Row]:
    return [Row(i, f"干部{i}", dt.date(1980, 1, 1) + dt.timedelta(days=i), i % 2 == 0, i * 3) for i in range(n)]


def test_display_of_plain_values() -> None:
    assert display(None) == "" and display(True) == "是" and display(False) == "否"
    assert display(dt.date(2016, 11, 28)) == "2016-11-28"


def test_row_table_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = RowTableModel(COLUMNS, rows(5))
    qtmodeltester.check(model)
    assert model.rowCount() == 5 and model.columnCount() == 5
    assert model.headerData(1, Qt.Orientation.Horizontal) == "姓名"
    assert model.data(model.index(2, 1)) == "干部2"
    assert model.data(model.index(2, 3)) == "是"
    assert model.data(model.index(2, 2)) == "1980-01-03"
    assert model.data(model.index(2, 0), ROW_ROLE) == rows(5)[2]
    right = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
    assert model.data(model.index(2, 4), Qt.ItemDataRole.TextAlignmentRole) == right
    model.set_rows(rows(3), COLUMNS[:2])
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (3, 2)


def test_lazy_model_loads_only_the_pages_shown(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    data = {r.id: r for r in rows(1000)}
    asked: list[list[int]] = []

    def load(keys: list[int]) -> list[Row]:
        asked.append(list(keys))
        return [data[k] for k in keys if k != 7]  # 7 "was deleted meanwhile"

    model: LazyRowModel[int, Row] = LazyRowModel(COLUMNS, load, key=lambda r: r.id, page_size=50, max_pages=3)
    model.set_keys(list(data))
    assert model.rowCount() == 1000 and asked == []
    assert model.data(model.index(120, 1)) == "干部120"
    assert asked == [list(range(100, 150))]
    assert model.data(model.index(7, 1)) is None  # a missing row shows as empty, not as an error
    for page in (5, 6, 7, 8):
        model.data(model.index(page * 50, 1))
    assert len(model._pages) == 3  # bounded memory
    model.set_keys(list(data)[:60], first_rows=[data[k] for k in range(50)])
    loads = model.pages_loaded
    assert model.data(model.index(10, 1)) == "干部10" and model.pages_loaded == loads  # first page given
    qtmodeltester.check(model)
    assert model.row_of_key(55) == 55 and model.row_of_key(999) is None
    data[3] = data[3]._replace(name="改名")  # the data changed, the keys did not
    model.invalidate()
    assert model.data(model.index(3, 1)) == "改名"


def _county(db: Database) -> dict[str, int]:
    f.add_unit(db, "城关镇", kind="镇", group="镇", sort=1)
    f.add_unit(db, "县财政局", kind="县直部门", group="县直部门一类", sort=20)
    return {
        "赵磊": f.add_cadre(db, "赵磊", "县财政局", title="科员", level="科员"),
        "王建国": f.add_cadre(db, "王建国", "城关镇", title="党委书记", level="正科级", principal=True),
        "李秀英": f.add_cadre(db, "李秀英", "城关镇", title="副镇长", level="副科级", male=False),
        "王芳": f.add_cadre(db, "王芳", "县财政局", title="局长", level="正科级", principal=True, male=False),
    }


def test_search_filters_and_display_order(db: Database) -> None:
    ids = _county(db)
    with db.read() as s:
        everyone = q.search_cadre_ids(s, q.CadreFilter())
        # by unit sort order, principal first
        assert everyone == [ids["王建国"], ids["李秀英"], ids["王芳"], ids["赵磊"]]
        assert q.display_order(s) == everyone
        assert set(q.search_cadre_ids(s, q.CadreFilter(text="王"))) == {ids["王建国"], ids["王芳"]}
        unit_id = q.unit_choices(s)[1].id
        assert q.search_cadre_ids(s, q.CadreFilter(unit_id=unit_id)) == [ids["王芳"], ids["赵磊"]]
        assert q.search_cadre_ids(s, q.CadreFilter(level="副科级")) == [ids["李秀英"]]
        assert q.search_cadre_ids(s, q.CadreFilter(status="退休")) == []
        assert q.search_cadre_ids(s, q.CadreFilter(text="%")) == []  # LIKE wildcards are literal
        number = q.cadre_record(s, ids["王芳"]).id_number  # type: ignore[union-attr]
        assert q.search_cadre_ids(s, q.CadreFilter(text=number[-8:])) == [ids["王芳"]]
        index = q.load_index(s)
        assert index.ids == everyone and len(index) == 4
        for flt in (q.CadreFilter(), q.CadreFilter(text="王"), q.CadreFilter(unit_id=unit_id),
                    q.CadreFilter(text=number[3:9]), q.CadreFilter(text="x"), q.CadreFilter(text="王", level="正科级"),
                    q.CadreFilter(status="在职", unit_id=unit_id), q.CadreFilter(text="%")):
            assert index.search(flt) == q.search_cadre_ids(s, flt), flt
            assert q.count_cadres(s, flt) == len(q.search_cadre_ids(s, flt))
        rows_ = q.cadre_rows(s, [ids["王芳"], 99999, ids["王建国"]])
    assert [r.name for r in rows_] == ["王芳", "王建国"]
    assert rows_[0].id_masked == number[:6] + "********" + number[14:]
    assert rows_[0].unit == "县财政局" and rows_[0].title == "局长" and rows_[0].level == "正科级"
    assert rows_[0].age == age_on(dt.date(1980, 5, 17), dt.date.today())


def test_a_cadre_with_two_open_posts_is_listed_once(db: Database) -> None:
    from zydesk.storage.models import Post

    ids = _county(db)
    cid = ids["赵磊"]
    with db.uow("测试数据", Permission.ENTER) as uow:  # a data error the list must survive: a second open post
        uow.session.add(Post(cadre_id=cid, unit_id=q.unit_choices(uow.session)[0].id, title="兼职", level="科员"))
        uow.commit()
    with db.read() as s:
        found = q.search_cadre_ids(s, q.CadreFilter())
        assert found.count(cid) == 1 and q.load_index(s).ids == found
        assert q.count_cadres(s, q.CadreFilter()) == 4
        assert q.cadre_rows(s, [cid])[0].title == "兼职"  # the newer post


def test_history_rows(db: Database) -> None:
    from zydesk.core.master import PostData
    from zydesk.services.master import change_post
    from zydesk.storage.models import Appraisal, Discipline

    ids = _county(db)
    cid = ids["李秀英"]
    change_post(db, cid, PostData("城关镇", "镇长", "正科级", is_principal=True, start_date=dt.date(2018, 3, 1)))
    with db.uow("测试数据", Permission.ENTER) as uow:
        uow.session.add_all([Appraisal(cadre_id=cid, year=2016, grade="优秀"),
                             Appraisal(cadre_id=cid, year=2017, grade="称职"),
                             Discipline(cadre_id=cid, category="组织处理", kind="诫勉",
                                        decision_date=dt.date(2019, 1, 5), effect_end=dt.date(2019, 7, 5))])
        uow.commit()
    with db.read() as s:
        hist = q.cadre_history(s, cid)
    assert [(p.title, p.end) for p in hist.posts] == [("镇长", None), ("副镇长", dt.date(2018, 3, 1))]
    assert [a.year for a in hist.appraisals] == [2017, 2016]
    assert hist.disciplines[0].kind == "诫勉" and hist.disciplines[0].effect_end == dt.date(2019, 7, 5)
