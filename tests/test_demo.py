"""The demo county: sizes, validity of what it writes, the planted threshold cases, and `init --demo`."""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.accounts import ADMIN, PASSWORD
from tests.cli_db import new_database
from zydesk.cli.main import main
from zydesk.core.dates import add_months
from zydesk.core.idnumber import parse_id_number
from zydesk.demo import COUNTY, DemoSizes, fill_demo, has_data
from zydesk.demo.catalogue import ZIYANG_TOWNS
from zydesk.services.codes import discipline_periods, vote_options
from zydesk.services.security.signin import sign_in
from zydesk.services.settings import is_demo
from zydesk.storage.models import (
    Appraisal,
    AuditEntry,
    Cadre,
    Commendation,
    Discipline,
    Post,
    Unit,
    UnitScore,
    Vote,
)
from zydesk.storage.uow import Database

YEARS = list(COUNTY.years)
BEFORE_FILL: dict[str, int] = {}  # the last audit entry that creating the demo module's database wrote


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, list[tuple[int, int]], str]]:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    db = new_database(path)
    with db.read() as s:  # what creating the database and its administrator wrote before the fill
        last = s.scalar(select(func.max(AuditEntry.id)))
    calls: list[tuple[int, int]] = []
    summary = fill_demo(db, progress=lambda done, total: calls.append((done, total)))
    BEFORE_FILL["last_entry"] = last or 0
    yield db, calls, summary
    db.dispose()


def test_sizes_and_summary(demo: tuple[Database, list[tuple[int, int]], str]) -> None:
    db, _, summary = demo
    with db.read() as s:
        units = s.execute(select(Unit.name, Unit.kind, Unit.group)).all()
        assert s.scalar(select(func.count()).select_from(Cadre)) == 2000
    assert len(units) == 100
    towns = sorted(name for name, kind, group in units if kind == "镇")
    assert towns == sorted(t + "镇" for t in ZIYANG_TOWNS) and len(towns) == 17
    assert all(group == "镇" for _, kind, group in units if kind == "镇")
    assert {kind for _, kind, _ in units} == {"镇", "县直部门", "县直事业单位", "县属国有企业"}
    assert {"党群部门", "政府工作部门", "执法监管部门", "县直事业单位", "县属国有企业"} <= {g for *_, g in units}
    for name in ("县委办公室", "县委组织部", "县发展和改革局", "县财政局", "县统计局", "县扶贫开发局", "县教育体育局"):
        assert name in {n for n, *_ in units}
    assert "单位 100 个" in summary and "干部 2000 人" in summary


def test_every_id_number_is_valid_and_agrees_with_birth_and_gender(demo: tuple[Database, object, str]) -> None:
    db = demo[0]
    with db.read() as s:
        rows = s.execute(select(Cadre.id_number, Cadre.birth_date, Cadre.gender, Cadre.name)).all()
    assert len({r.id_number for r in rows}) == len(rows)
    for number, birth, gender, name in rows:
        info = parse_id_number(number)
        assert (info.birth_date, info.gender) == (birth, gender)
        assert number[:4] == "6109"  # Ankang
        assert 2 <= len(name) <= 3
    assert Counter(r.id_number[:6] for r in rows).most_common(1)[0][0] == "610924"


def test_every_cadre_has_exactly_one_open_post_and_history_ends_before_it(demo: tuple[Database, object, str]) -> None:
    db = demo[0]
    with db.read() as s:
        posts = s.execute(select(Post.cadre_id, Post.start_date, Post.end_date, Post.title, Post.level,
                                 Post.is_principal)).all()
        cadre_ids = set(s.scalars(select(Cadre.id)))
    open_posts = Counter(p.cadre_id for p in posts if p.end_date is None)
    assert set(open_posts) == cadre_ids and set(open_posts.values()) == {1}
    current = {p.cadre_id: p.start_date for p in posts if p.end_date is None}
    closed = [p for p in posts if p.end_date is not None]
    assert closed, "some post history is expected"
    for p in closed:
        assert p.start_date < p.end_date <= current[p.cadre_id]
    titles = Counter((p.title, p.level, p.is_principal) for p in posts if p.end_date is None)
    assert titles[("党委书记", "正科级", True)] == 17
    assert titles[("党委副书记、镇长", "正科级", True)] == 17
    assert titles[("局长", "正科级", True)] > 10 and titles[("副局长", "副科级", False)] > 10


def test_five_years_of_appraisals_mostly_competent(demo: tuple[Database, object, str]) -> None:
    db = demo[0]
    with db.read() as s:
        grades = Counter(s.scalars(select(Appraisal.grade)))
        years = set(s.scalars(select(Appraisal.year)))
    assert years == set(YEARS)
    total = sum(grades.values())
    assert grades["称职"] / total > 0.7
    assert 0.10 < grades["优秀"] / total < 0.20
    assert grades["基本称职"] > 0 and grades["不称职"] > 0


def _shares(counts: dict[str, int], *options: str) -> Fraction:
    return Fraction(sum(counts.get(o, 0) for o in options), sum(counts.values()))


def test_votes_of_every_type_with_its_own_options_and_threshold_cases(demo: tuple[Database, object, str]) -> None:
    db = demo[0]
    with db.read() as s:
        votes = s.execute(select(Vote.year, Vote.vote_type, Vote.unit_id, Vote.cadre_id, Vote.counts)).all()
        heads = set(s.scalars(select(Post.cadre_id).join(Unit).where(
            Post.end_date.is_(None), Post.is_principal, Unit.kind.in_(["镇", "县直部门"]))))
    options = vote_options()
    assert {v.vote_type for v in votes} == set(options)
    for v in votes:
        assert set(v.counts) <= set(options[v.vote_type]) and sum(v.counts.values()) > 0
        assert (v.unit_id is None) != (v.cadre_id is None)  # a team or a person, never both
        if v.vote_type == "领导干部大会测评":
            assert v.cadre_id in heads
    team = [v.counts for v in votes if v.vote_type == "班子年度测评"]
    assert any(_shares(c, "好", "较好") < Fraction(2, 3) for c in team)
    assert any(_shares(c, "好", "较好") == Fraction(2, 3) for c in team)  # on the line: not "达不到"
    assert any(_shares(c, "差") > Fraction(1, 3) for c in team)
    assert any(_shares(c, "差") == Fraction(1, 3) for c in team)  # on the line: not "超过"
    person = [v.counts for v in votes if v.vote_type == "个人年度测评"]
    low = [c for c in person if _shares(c, "基本称职", "不称职") >= Fraction(3, 10)]
    assert any(_shares(c, "不称职") > Fraction(15, 100) for c in low)
    assert any(_shares(c, "不称职") == Fraction(15, 100) for c in low)


def test_unit_scores_for_every_unit_and_year_with_flags(demo: tuple[Database, object, str]) -> None:
    db = demo[0]
    with db.read() as s:
        scores = s.execute(select(UnitScore.unit_id, UnitScore.year, UnitScore.vetoed, UnitScore.veto_reason,
                                  UnitScore.commend_plus, UnitScore.excess_plus)).all()
        unit_ids = set(s.scalars(select(Unit.id)))
    assert {(r.unit_id, r.year) for r in scores} == {(u, y) for u in unit_ids for y in YEARS}
    vetoed = [r for r in scores if r.vetoed]
    assert len(vetoed) == 2 and all(r.veto_reason for r in vetoed)
    assert any(r.commend_plus for r in scores) and any(r.excess_plus for r in scores)


def test_commendations_and_discipline_cover_every_kind(demo: tuple[Database, object, str]) -> None:
    db = demo[0]
    with db.read() as s:
        coms = s.execute(select(Commendation.subject_type, Commendation.level, Commendation.cadre_id,
                                Commendation.unit_id)).all()
        discs = s.execute(select(Discipline.category, Discipline.kind, Discipline.decision_date,
                                 Discipline.effect_end)).all()
        periods = discipline_periods(s)
    assert {c.level for c in coms} == {"中央/国务院", "中央国家部委", "省委省政府", "市委市政府", "县委县政府"}
    assert {c.subject_type for c in coms} == {"个人", "单位"}
    assert all((c.cadre_id is None) == (c.subject_type == "单位") for c in coms)
    assert {d.category for d in discs} == {"党纪处分", "政务处分", "组织处理"}
    for d in discs:
        months = periods[(d.category, d.kind)]
        assert d.effect_end == (add_months(d.decision_date, months) if months else None)


def test_marked_as_demo_with_one_audit_entry_and_progress(demo: tuple[Database, list[tuple[int, int]], str]) -> None:
    db, calls, _ = demo
    with db.read() as s:
        assert is_demo(s)
        entries = s.execute(select(AuditEntry.action, AuditEntry.after)
                            .where(AuditEntry.id > BEFORE_FILL["last_entry"])).all()
    assert len(entries) == 1 and entries[0].action == "填入演示数据"
    after = entries[0].after if isinstance(entries[0].after, dict) else json.loads(entries[0].after)
    assert after["数量"]["干部"] == 2000 and after["特意设置的情形"]
    assert calls and calls[-1][0] == calls[-1][1]
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert has_data(db)


@pytest.mark.slow
def test_same_seed_same_county(tmp_path: Path) -> None:
    small = DemoSizes(units=40, cadres=300, first_year=2024, last_year=2025)
    dumps = []
    for name in ("a", "b"):
        db = new_database(tmp_path / f"{name}.sqlite")
        fill_demo(db, seed=7, sizes=small)
        with db.read() as s:
            dumps.append(s.execute(select(Cadre.name, Cadre.id_number).order_by(Cadre.id)).all())
        db.dispose()
    assert dumps[0] == dumps[1] and len(dumps[0]) == 300


def test_refuses_a_database_that_has_data(demo: tuple[Database, object, str]) -> None:
    from zydesk.errors import UserError

    db = demo[0]
    with pytest.raises(UserError, match="已有数据"):
        fill_demo(db)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Cadre)) == 2000


def test_records_added_after_the_demo_get_new_ids(demo_db: Database) -> None:
    """The demo county gives its rows their ids; what a clerk adds afterwards gets the next ones (on a server
    the id sequences are moved past the demo's)."""
    from tests.factories import add_cadre, add_unit

    with demo_db.read() as s:
        units, cadres = s.scalar(select(func.max(Unit.id))), s.scalar(select(func.max(Cadre.id)))
    unit = add_unit(demo_db, "县新设局")
    cadre = add_cadre(demo_db, "新来的干部", "县新设局")
    assert units is not None and cadres is not None and unit > units and cadre > cadres


def test_failure_leaves_nothing_behind(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from zydesk.demo import records

    def broken(*_args: object) -> None:
        raise RuntimeError("磁盘已满")

    monkeypatch.setattr(records, "fill", broken)
    with db.read() as s:  # creating the database and its accounts
        entries = s.scalar(select(func.count()).select_from(AuditEntry))
    with pytest.raises(RuntimeError):
        fill_demo(db)
    assert not has_data(db)
    with db.read() as s:
        assert not is_demo(s)
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == entries


@pytest.mark.slow
def test_cancel_from_the_last_progress_call_still_rolls_back(db: Database) -> None:
    from zydesk.core.task_state import Cancelled, TaskState

    state = TaskState()

    def progress(done: int, total: int) -> None:
        if done == total:
            state.cancel()
        state.check()

    with pytest.raises(Cancelled):
        fill_demo(db, progress=progress)
    assert not has_data(db)


@pytest.mark.slow
def test_cli_init_demo_then_refuses_a_filled_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "cli.sqlite"
    assert main(["--db", str(target), "init", "--demo", "--admin", ADMIN]) == 0
    assert "演示数据" in capsys.readouterr().err
    assert main(["--db", str(target), "init", "--demo", "--admin", ADMIN]) == 2
    assert "演示数据只能填入新数据库" in capsys.readouterr().err
    db = sign_in(f"sqlite:///{target}", "录入员", PASSWORD).db  # a demo database has one account per role
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Cadre)) == 2000
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "填入演示数据")) == 1
    db.dispose()
