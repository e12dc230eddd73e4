"""The program defines its own sort keys where SQLite and PostgreSQL would differ: NULLs (SQLite puts them
first going up and last going down, PostgreSQL the other way round) and ties. These run on both backends
(tests/conftest.py) and hold the order SQLite always gave."""
from __future__ import annotations

import contextlib
import datetime as dt

import pytest

from tests.factories import add_cadre, add_unit
from zydesk.core.security.roles import Permission
from zydesk.services.cadre_queries import cadre_history
from zydesk.storage.models import Commendation, Post
from zydesk.storage.uow import Database


def _posts(db: Database, cadre_id: int, unit_id: int, *posts: tuple[str, dt.date | None, dt.date | None]) -> None:
    with db.uow("测试数据", Permission.ENTER) as uow:
        for title, start, end in posts:
            uow.session.add(Post(cadre_id=cadre_id, unit_id=unit_id, title=title, level="科员", start_date=start,
                                 end_date=end))
        uow.commit()


def test_history_puts_a_post_without_a_start_date_last(db: Database) -> None:
    unit = add_unit(db, "县财政局")
    cadre = add_cadre(db, "王五", "县财政局", title="局长", start=dt.date(2020, 1, 1))
    _posts(db, cadre, unit, ("办事员", None, dt.date(2008, 1, 1)),
           ("科员", dt.date(2010, 1, 1), dt.date(2019, 12, 31)))
    with db.read() as s:
        history = cadre_history(s, cadre)
    assert [p.title for p in history.posts] == ["局长", "科员", "办事员"]


def test_history_commendations_of_one_day_newest_entered_first(db: Database) -> None:
    add_unit(db, "县财政局")
    cadre = add_cadre(db, "王五", "县财政局")
    with db.uow("测试数据", Permission.ENTER) as uow:
        for title in ("先进个人", "优秀共产党员", "三八红旗手"):
            uow.session.add(Commendation(subject_type="个人", cadre_id=cadre, title=title, level="县级",
                                         date=dt.date(2024, 7, 1)))
        uow.commit()
    with db.read() as s:
        history = cadre_history(s, cadre)
    assert [c.title for c in history.commendations] == ["三八红旗手", "优秀共产党员", "先进个人"]


def test_a_form_lists_its_posts_from_the_undated_one(db: Database) -> None:
    from zydesk.services.lrmx.fill import build_form

    unit = add_unit(db, "县财政局")
    cadre = add_cadre(db, "王五", "县财政局", title="局长", start=dt.date(2020, 1, 1))
    _posts(db, cadre, unit, ("副局长", None, None))  # a second open post, its start unknown
    with db.read() as s:
        form = build_form(s, cadre, today=dt.date(2026, 1, 8))
    assert form.xian_ren_zhi_wu == "县财政局副局长、县财政局局长"


def test_text_longer_than_its_column_is_refused_on_both(db: Database) -> None:
    """A server refuses text longer than VARCHAR(n) and a file would keep it: both refuse it in Chinese,
    and nothing is written."""
    from zydesk.errors import UserError
    from zydesk.storage.models import Unit

    add_unit(db, "县财政局")
    with pytest.raises(UserError, match="超过40字的长度上限（实为41字），未写入任何数据"):
        with db.uow("测试数据", Permission.ENTER) as uow:
            unit = uow.session.query(Unit).one()
            unit.group = "类" * 41
            uow.commit()
    with db.read() as s:
        assert s.query(Unit).one().group == "县直部门一类"


def test_name_search_ignores_the_case_of_latin_letters_on_both(db: Database) -> None:
    """SQLite's LIKE ignores the case of Latin letters and PostgreSQL's does not: the search says which it
    wants, and the window's in-memory index agrees with it."""
    from zydesk.services import cadre_queries as q

    add_unit(db, "县财政局")
    anna = add_cadre(db, "Anna·阿依古丽", "县财政局")
    add_cadre(db, "王五", "县财政局")
    with db.read() as s:
        index = q.load_index(s)
        for text in ("anna", "ANNA", "Anna", "阿依", "王"):
            flt = q.CadreFilter(text=text)
            assert q.search_cadre_ids(s, flt) == index.search(flt), text
            assert q.count_cadres(s, flt) == len(index.search(flt))
        assert q.search_cadre_ids(s, q.CadreFilter(text="anna")) == [anna]


def test_a_bulk_write_of_too_long_text_is_a_chinese_refusal(db: Database) -> None:
    """Past the program's own checks (a bulk Core write) a server still refuses over-long text: in Chinese,
    nothing written. A file keeps it (SQLite does not enforce VARCHAR(n))."""
    from sqlalchemy import update

    from zydesk.errors import UserError
    from zydesk.storage.models import Unit

    add_unit(db, "县财政局")
    on_server = db.engine.dialect.name == "postgresql"
    with contextlib.ExitStack() as refused:
        if on_server:
            refused.enter_context(pytest.raises(UserError, match="超过了允许的长度，未写入任何数据"))
        with db.uow("测试数据", Permission.ENTER) as uow:
            uow.session.execute(update(Unit).values(group="类" * 41))
            uow.commit()
    with db.read() as s:
        assert s.query(Unit).one().group == ("县直部门一类" if on_server else "类" * 41)
