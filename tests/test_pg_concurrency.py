"""Several clerks on one server (PostgreSQL mode, a throwaway cluster: tests/pg_server.py): two clerks editing
one record of several kinds (the second is told who changed it and when, nothing is lost), two imports of one
kind and two recomputations of one year's ranking taking turns on their advisory lock (the result equals a
serial run, the audit chain verifies), a serialization failure run again, and NOTIFY reaching another clerk's
connection and window."""
from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from tests.accounts import CLERK, PASSWORD, as_role
from tests.cli_db import init_cli
from tests.factories import add_cadre, add_unit
from tests.test_postgresql import pg_url  # noqa: F401 - the server fixture (conftest's `server` beneath it)
from zydesk.core.master import UnitData
from zydesk.core.security.roles import Permission, Role
from zydesk.errors import NotPermitted, UserError
from zydesk.services.conflicts import EditConflict
from zydesk.services.handle import Database

pytest.importorskip("psycopg")

CONFLICT = rf"该记录已被 {CLERK} 于 \d\d:\d\d 修改，请刷新后再改"


@pytest.fixture
def clerks(pg_url: str) -> Iterator[tuple[Database, Database]]:  # noqa: F811 - the fixture imported above
    """Two clerks signed in on their own engines, as two PCs would be: 业务员 and 录入员."""
    from zydesk.services.security.signin import sign_in

    init_cli(pg_url)
    first = sign_in(pg_url, CLERK, PASSWORD).db
    second = sign_in(pg_url, "录入员", PASSWORD).db
    try:
        yield first, second
    finally:
        first.dispose()
        second.dispose()


def verify_chain(db: Database) -> None:
    from zydesk.services.audit_trail import verify

    verdict = verify(as_role(db, Role.AUDIT_ADMIN))
    assert verdict.ok, verdict.problem


# ---------------------------------------------------------------- optimistic locking, several kinds

def test_two_clerks_edit_one_unit(clerks: tuple[Database, Database]) -> None:
    from zydesk.services.master import save_unit, unit_version
    from zydesk.storage.models import Unit

    first, second = clerks
    unit_id = add_unit(first, "县财政局")
    data = UnitData(name="县财政局", kind="县直部门", group="县直部门一类")
    seen_first, seen_second = unit_version(first, unit_id), unit_version(second, unit_id)
    save_unit(first, dataclasses.replace(data, short_name="财政局"), unit_id, seen_first)
    with pytest.raises(EditConflict, match=CONFLICT):
        save_unit(second, dataclasses.replace(data, short_name="县财政"), unit_id, seen_second)
    with second.read() as s:
        assert s.scalar(select(Unit.short_name).where(Unit.id == unit_id)) == "财政局"  # the first one's stays
    save_unit(second, dataclasses.replace(data, short_name="县财政"), unit_id, unit_version(second, unit_id))
    verify_chain(first)


def test_two_clerks_edit_one_care_record(clerks: tuple[Database, Database]) -> None:
    from zydesk.services.incentives import care
    from zydesk.services.reading import read

    first, second = clerks
    add_unit(first, "城关镇", kind="镇", group="镇")
    cadre_id = add_cadre(first, "张三", "城关镇", "副镇长", "副科级")
    with first.read() as s:
        from zydesk.storage.models import Cadre

        idn = s.scalar(select(Cadre.id_number).where(Cadre.id == cadre_id))
    rid = care.save_record(first, "talks", {"公民身份号码": str(idn), "谈话日期": "2026-06-01", "谈话人": "书记"})
    row_first = read(first, care.list_records, "talks")[0]
    row_second = read(second, care.list_records, "talks")[0]
    care.save_record(first, "talks", {"谈话日期": "2026-06-01", "谈话人": "书记", "备注": "甲改"}, rid,
                     row_first.version)
    with pytest.raises(EditConflict, match=CONFLICT):
        care.save_record(second, "talks", {"谈话日期": "2026-06-01", "谈话人": "部长", "备注": "乙改"}, rid,
                         row_second.version)
    assert read(second, care.list_records, "talks")[0].texts["备注"] == "甲改"


def test_two_clerks_edit_one_nomination(clerks: tuple[Database, Database]) -> None:
    from zydesk.services.incentives import excellent
    from zydesk.services.reading import read

    first, second = clerks
    add_unit(first, "城关镇", kind="镇", group="镇")
    cadre_id = add_cadre(first, "王书记", "城关镇", "党委书记", "正科级", principal=True)
    nid = excellent.nominate(first, 2026, cadre_id, deeds="带头攻坚")
    seen = {n.id: n.version for n in read(second, excellent.round_view, 2026).nominees}
    excellent.update_nomination(first, nid, deeds="带头攻坚，脱贫摘帽", version=seen[nid])
    with pytest.raises(EditConflict, match=CONFLICT):
        excellent.update_nomination(second, nid, deeds="另写一稿", version=seen[nid])
    assert [n.deeds for n in read(second, excellent.round_view, 2026).nominees] == ["带头攻坚，脱贫摘帽"]


def test_two_clerks_correct_one_tolerance_case(clerks: tuple[Database, Database]) -> None:
    from tests.test_tolerance_service import TODAY, _input
    from zydesk.services.reading import read
    from zydesk.services.tolerance import cases as svc

    first, second = clerks
    add_unit(first, "城关镇", kind="镇", group="镇")
    cadre_id = add_cadre(first, "张三", "城关镇", "副镇长", "副科级")
    case_id = svc.register_case(first, _input(cadre_id), today=TODAY).case_id
    seen = int(str(read(second, svc.case_detail, case_id, TODAY).case["version"]))
    svc.amend_case(first, case_id, {"matter": "产业园项目征地程序瑕疵"}, "按原件更正", today=TODAY, version=seen)
    with pytest.raises(EditConflict, match=CONFLICT):
        svc.amend_case(second, case_id, {"matter": "别的说法"}, "另一更正", today=TODAY, version=seen)
    assert read(second, svc.case_detail, case_id, TODAY).case["matter"] == "产业园项目征地程序瑕疵"


def test_two_clerks_change_the_same_settings(clerks: tuple[Database, Database], pg_url: str) -> None:  # noqa: F811
    import dataclasses as dc

    from zydesk.services.reading import read
    from zydesk.services.security.signin import sign_in
    from zydesk.services.tolerance import cases as svc

    first, _ = clerks
    second = sign_in(pg_url, "审核员", PASSWORD).db  # the settings are the 审核员's
    try:
        seen_first, seen_second = read(first, svc.load_settings), read(second, svc.load_settings)
        svc.save_settings(first, dc.replace(seen_first, filing_workdays=3))
        with pytest.raises(EditConflict, match=CONFLICT):
            svc.save_settings(second, dc.replace(seen_second, case_prefix="紫纠"))
        assert read(second, svc.load_settings).filing_workdays == 3
        svc.save_settings(second, dc.replace(read(second, svc.load_settings), case_prefix="紫纠"))  # after a refresh
        # the ranking settings box: per year
        from zydesk.services.incentives import ranking

        seen_first, seen_second = (read(db, ranking.settings_versions, 2025) for db in (first, second))
        ranking.save_ranking_settings(first, {"ranking.rounding": "floor"}, 2025, seen_first)
        with pytest.raises(EditConflict, match=CONFLICT):
            ranking.save_ranking_settings(second, {"ranking.rounding": "ceil"}, 2025, seen_second)
        assert read(second, ranking.ranking_and_versions, 2025)[0].settings.rounding == "floor"
    finally:
        second.dispose()


# ---------------------------------------------------------------- imports and rankings take turns

def _in_thread(fn: Callable[[], Any]) -> tuple[threading.Thread, threading.Event, list[BaseException]]:
    done, failed = threading.Event(), []

    def run() -> None:
        try:
            fn()
        except BaseException as exc:  # noqa: BLE001 - the test reports it
            failed.append(exc)
        done.set()

    worker = threading.Thread(target=run)
    worker.start()
    return worker, done, failed


def test_an_import_waits_for_another_of_its_kind(clerks: tuple[Database, Database], tmp_path: Path) -> None:
    from tests.test_excel_cli import UNIT_HEAD
    from tests.test_excel_helpers import xlsx
    from zydesk.services.excel_files import import_excel
    from zydesk.storage import locks
    from zydesk.storage.models import Unit

    first, second = clerks
    a = xlsx(tmp_path / "a.xlsx", UNIT_HEAD, [["城关镇", "城关", "镇", "镇", 1], ["县财政局", None, "县直部门", "县直部门一类", 2]])
    b = xlsx(tmp_path / "b.xlsx", UNIT_HEAD, [["县财政局", "财政", "县直部门", "县直部门一类", 2],
                                              ["县教育局", None, "县直部门", "县直部门一类", 3]])
    with first.uow("导入单位", Permission.ENTER) as uow:
        uow.lock(locks.IMPORT, "units")  # as the first import holds it
        worker, done, failed = _in_thread(lambda: import_excel(second, "units", b))
        assert not done.wait(1.0)  # the second import waits for the first
        uow.session.add(Unit(name="城关镇", short_name="城关", kind="镇", group="镇", sort_order=1))
        uow.commit()
    worker.join(30)
    assert done.is_set() and not failed, failed
    report = import_excel(first, "units", a)
    assert (report.created, report.updated) == (0, 1)  # 县财政局 came with b; its short name goes back
    with first.read() as s:
        assert s.scalar(select(func.count()).select_from(Unit)) == 3
    verify_chain(first)


def test_two_concurrent_imports_equal_a_serial_run(clerks: tuple[Database, Database], tmp_path: Path) -> None:
    from tests.test_excel_cli import UNIT_HEAD
    from tests.test_excel_helpers import xlsx
    from zydesk.services.excel_files import import_excel
    from zydesk.storage.models import Unit

    first, second = clerks
    rows = [[f"{i}镇", None, "镇", "镇", i] for i in range(1500)]
    a = xlsx(tmp_path / "a.xlsx", UNIT_HEAD, rows[:1000])
    b = xlsx(tmp_path / "b.xlsx", UNIT_HEAD, rows[500:])  # 500 units in both files: the checks would overlap
    start = threading.Barrier(2)
    workers = [_in_thread(lambda db=db, f=f: (start.wait(), import_excel(db, "units", f)))  # type: ignore[misc]
               for db, f in ((first, a), (second, b))]
    for worker, done, failed in workers:
        worker.join(60)
        assert done.is_set() and not failed, failed  # neither clashes on the units both files hold
    with first.read() as s:
        assert sorted(s.scalars(select(Unit.name))) == sorted(r[0] for r in rows)
    verify_chain(first)


def test_two_tie_breaks_of_one_year_take_turns(clerks: tuple[Database, Database], pg_url: str) -> None:  # noqa: F811
    from zydesk.services.security.signin import sign_in

    first, clerk = clerks
    second = sign_in(pg_url, "审核员", PASSWORD).db  # decides too
    try:
        _tie_breaks(first, clerk, second)
    finally:
        second.dispose()


def _tie_breaks(first: Database, clerk: Database, second: Database) -> None:
    from zydesk.services.incentives.ranking import compute_ranking, save_ranking_setting, save_score, save_tie_break
    from zydesk.storage import locks
    from zydesk.storage.models_ranking import TieBreak

    ids = [add_unit(first, f"{i}镇", kind="镇", group="镇", sort=i) for i in range(6)]
    for uid, score in zip(ids, [95, 90, 90, 80, 70, 60], strict=True):
        save_score(first, 2024, uid, score)
    save_ranking_setting(first, "ranking.tie_rule", "clerk")
    with first.uow("测试", Permission.DECIDE) as uow:
        uow.lock(locks.RANKING, 2024)
        worker, done, failed = _in_thread(lambda: save_tie_break(second, 2024, "镇", [ids[1]], "位次更靠前"))
        assert not done.wait(1.0)  # another clerk's recomputation of 2024 waits
        save_score(clerk, 2025, ids[0], 88)  # another year's does not
        uow.commit()
    worker.join(30)
    assert done.is_set() and not failed, failed
    start = threading.Barrier(2)
    pair = [_in_thread(lambda db=db, w=w: (start.wait(), save_tie_break(db, 2024, "镇", [w], "裁定")))  # type: ignore[misc]
            for db, w in ((first, ids[1]), (second, ids[2]))]
    for worker, done, failed in pair:
        worker.join(30)
        assert done.is_set() and not failed, failed  # no clash on the year's one tie-break row
    with first.read() as s:
        assert s.scalar(select(func.count()).select_from(TieBreak)) == 1
        winners = [u for u in ids[1:3] if compute_ranking(s, 2024).unit(u).award == "一等奖"]  # type: ignore[union-attr]
        assert len(winners) == 1  # the result of one of the two runs, not a mixture
    verify_chain(first)


# ---------------------------------------------------------------- serialization failures run again

def test_a_serialization_failure_is_run_again(clerks: tuple[Database, Database]) -> None:
    from zydesk.storage.uow import retried

    first, _ = clerks
    runs: list[int] = []

    @retried
    def write(fail_times: int) -> str:
        runs.append(1)
        with first.uow("测试写入", Permission.ENTER) as uow:
            uow.audit("测试", str(len(runs)))
            if len(runs) <= fail_times:  # the server rolls this transaction back: SQLSTATE 40001
                uow.session.execute(text("DO $$ BEGIN RAISE EXCEPTION 'x' USING ERRCODE = '40001'; END $$"))
            uow.commit()
        return "ok"

    assert write(1) == "ok" and len(runs) == 2
    runs.clear()
    with pytest.raises(UserError, match="数据库繁忙，其他同志正在保存同一批数据"):
        write(5)
    assert len(runs) == 3  # bounded
    with first.read(need=None) as s:
        assert list(s.scalars(text("SELECT object_id FROM audit_entry WHERE object_type = '测试'"))) == ["2"]

    refused: list[int] = []

    @retried
    def not_allowed() -> None:
        refused.append(1)
        as_role(first, Role.READER).uow("测试", Permission.ENTER)

    with pytest.raises(NotPermitted):
        not_allowed()
    assert len(refused) == 1  # a refusal is never run again


def test_the_cli_says_busy_after_the_last_run(pg_url: str, tmp_path: Path,  # noqa: F811
                                              capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """An import the server rolls back every time (SQLSTATE 40001): run three times, then exit 2 with the
    Chinese message, nothing written."""
    from sqlalchemy.orm import Session

    from tests.test_excel_cli import UNIT_HEAD, UNITS
    from tests.test_excel_helpers import xlsx
    from zydesk.cli.main import main
    from zydesk.storage import locks

    init_cli(pg_url)
    runs: list[str] = []

    def always_conflict(session: Session, kind: str, key: object = "") -> None:
        runs.append(kind)
        session.execute(text("DO $$ BEGIN RAISE EXCEPTION 'x' USING ERRCODE = '40001'; END $$"))

    original = locks.hold
    monkeypatch.setattr(locks, "hold", always_conflict)
    capsys.readouterr()
    code = main(["--db", pg_url, "import", "units", str(xlsx(tmp_path / "u.xlsx", UNIT_HEAD, UNITS))])
    _out, err = capsys.readouterr()
    assert code == 2 and "数据库繁忙，其他同志正在保存同一批数据" in err and "内部错误" not in err
    assert runs == ["import"] * 3
    monkeypatch.setattr(locks, "hold", original)
    code = main(["--db", pg_url, "import", "units", str(tmp_path / "u.xlsx")])
    _out, err = capsys.readouterr()
    assert code == 0, err  # nothing was half-written


def test_a_deadlock_is_run_again(clerks: tuple[Database, Database]) -> None:
    """Two clerks each change the record the other is about to change: the server picks one transaction to
    roll back, the retry runs it again, and both saves are in."""
    from zydesk.storage.models import Unit
    from zydesk.storage.uow import retried

    first, second = clerks
    x, y = add_unit(first, "甲局"), add_unit(first, "乙局")
    barrier = threading.Barrier(2)
    runs: list[str] = []

    def cross(db: Database, one: int, two: int, name: str) -> Callable[[], None]:
        @retried
        def run() -> None:
            runs.append(name)
            with db.uow("测试交叉修改", Permission.ENTER) as uow:
                s = uow.session
                s.execute(Unit.__table__.update().where(Unit.id == one).values(sort_order=Unit.sort_order + 1))
                if runs.count(name) == 1:
                    barrier.wait(10)  # both hold their first row now
                s.execute(Unit.__table__.update().where(Unit.id == two).values(sort_order=Unit.sort_order + 1))
                uow.commit()
        return run

    pair = [_in_thread(cross(first, x, y, "甲")), _in_thread(cross(second, y, x, "乙"))]
    for worker, done, failed in pair:
        worker.join(60)
        assert done.is_set() and not failed, failed
    assert len(runs) == 3  # one of the two ran again
    with first.read() as s:
        assert sorted(s.scalars(select(Unit.sort_order).where(Unit.id.in_([x, y])))) == [2, 2]


# ---------------------------------------------------------------- other clerks' windows learn of changes

def test_notify_reaches_another_connection(clerks: tuple[Database, Database]) -> None:
    from zydesk.services import notices
    from zydesk.services.master import save_unit

    first, second = clerks
    heard_second: list[str] = []
    heard_first: list[str] = []
    arrived = threading.Event()

    def on_second(change: str) -> None:
        heard_second.append(change)
        arrived.set()

    listening = notices.listen(second, on_second)
    own = notices.listen(first, heard_first.append)
    assert listening is not None and own is not None
    try:
        assert listening.ready.wait(10) and own.ready.wait(10)  # type: ignore[attr-defined]
        notices.announced(["units"], lambda: save_unit(first, UnitData(name="县审计局", kind="县直部门",
                                                                       group="县直部门一类")))
        assert arrived.wait(10)
        assert heard_second == ["units"]
        arrived.clear()
        add_unit(first, "县统计局")  # a write that names nothing: everything may have changed
        assert arrived.wait(10) and heard_second == ["units", "*"]
        with first.uow("测试", Permission.ENTER) as uow:  # rolled back: nobody hears of it
            uow.audit("测试", "x")
        dt_wait = threading.Event()
        dt_wait.wait(1.0)
        assert heard_second == ["units", "*"]
        assert heard_first == []  # a window does not hear its own writes
    finally:
        listening.stop()
        own.stop()


@pytest.mark.sqlite_only  # what the file database does (the server half is the tests above)
def test_notices_are_nothing_on_sqlite(db: Database) -> None:
    from zydesk.services import notices

    assert notices.listen(db, lambda _c: None) is None
    add_unit(db, "县统计局")  # a commit sends nothing and fails nothing


def test_the_window_reloads_on_another_clerks_change(clerks: tuple[Database, Database], qtbot: Any) -> None:
    from ui.context import AppContext
    from zydesk.services import notices
    from zydesk.services.master import save_unit

    first, second = clerks
    ctx = AppContext(second)
    ctx.listen()
    try:
        listening = ctx._listening  # the test waits until LISTEN is in place
        assert listening is not None and listening.ready.wait(10)  # type: ignore[attr-defined]
        with qtbot.waitSignal(ctx.events.data_changed, timeout=10_000) as blocker:
            notices.announced(["units"], lambda: save_unit(first, UnitData(name="县审计局", kind="县直部门",
                                                                           group="县直部门一类")))
        assert blocker.args == ["units"]
    finally:
        ctx.stop_listening()


def test_a_write_op_names_its_changes_to_other_windows(clerks: tuple[Database, Database], qtbot: Any) -> None:
    """The window's own WriteOp announces what it changes; the other clerk's window gets the same names."""
    from tests.gui_wait import settle
    from ui.context import AppContext
    from ui.ops import WriteOp
    from zydesk.services.master import save_unit

    first, second = clerks
    mine, theirs = AppContext(first), AppContext(second)
    theirs.listen()
    try:
        listening = theirs._listening
        assert listening is not None and listening.ready.wait(10)  # type: ignore[attr-defined]
        mine_heard: list[str] = []
        mine.events.data_changed.connect(mine_heard.append)
        data = UnitData(name="县审计局", kind="县直部门", group="县直部门一类")
        with qtbot.waitSignal(theirs.events.data_changed, timeout=10_000) as blocker:
            WriteOp(mine, lambda db, _s: save_unit(db, data), changes=("units", "posts")).run()
        settle(qtbot)
        assert blocker.args == ["units"] and mine_heard == ["units", "posts"]
    finally:
        theirs.stop_listening()


_ = dt  # dates come from the tolerance helpers


def test_two_administrators_edit_one_issuing_body(clerks: tuple[Database, Database]) -> None:
    from zydesk.printing import registry

    first, second = (as_role(d, Role.SYSTEM_ADMIN) for d in clerks)
    body = registry.save_body(first, "紫阳县财政局", "紫阳县财政局文件", "紫财发")
    def read(db: Database) -> registry.Body:  # as the 发文机关 page reads it
        return next(b for b in registry.list_bodies(db) if b.prefix == "紫财发")

    seen_first, seen_second = read(first), read(second)
    registry.save_body(first, body.name, "紫阳县财政局文件（甲）", body.prefix, body.id, version=seen_first.version)
    with pytest.raises(EditConflict, match=r"该记录已被 管理员 于 \d\d:\d\d 修改，请刷新后再改"):
        registry.save_body(second, body.name, "紫阳县财政局文件（乙）", body.prefix, body.id,
                           version=seen_second.version)
    assert read(second).mark == "紫阳县财政局文件（甲）"  # the first one's stays
    verify_chain(clerks[0])


def test_two_security_administrators_act_on_one_account(clerks: tuple[Database, Database]) -> None:
    from zydesk.services.security import accounts

    first, second = (as_role(d, Role.SECURITY_ADMIN) for d in clerks)

    def listed(db: Database) -> accounts.AccountRow:  # as the 账号管理 list shows it
        return next(a for a in accounts.list_accounts(db) if a.name == "查阅员")

    seen_first, seen_second = listed(first), listed(second)
    accounts.set_disabled(first, "查阅员", True, seen_first.version)
    with pytest.raises(EditConflict, match=r"该记录已被 安全员 于 \d\d:\d\d 修改，请刷新后再改"):
        accounts.set_disabled(second, "查阅员", False, seen_second.version)
    assert listed(second).disabled  # the first one's stays
    verify_chain(clerks[0])


def test_settings_saved_in_opposite_orders_never_deadlock(clerks: tuple[Database, Database]) -> None:
    """Two saves of the same two settings, each in its own order, at once: one waits for the other (one lock
    for all settings), neither is rolled back as a deadlock."""
    import time

    from zydesk.services.settings import get_setting, put_setting

    first, second = (as_role(db, Role.REVIEWER) for db in clerks)  # who may change policy settings
    barrier = threading.Barrier(2)
    failures: list[BaseException] = []

    def save(db: Database, keys: tuple[str, str], value: int) -> None:
        try:
            with db.uow("测试设置", Permission.POLICY_SETTINGS) as uow:
                put_setting(uow.session, keys[0], value)
                barrier.wait(timeout=5)  # both hold their first key (before: a lock each) …
                time.sleep(0.2)
                put_setting(uow.session, keys[1], value)  # … and want the other's
                uow.commit()
        except BaseException as exc:  # noqa: BLE001 - reported below
            failures.append(exc)

    one = threading.Thread(target=save, args=(first, ("测试甲", "测试乙"), 1))
    two = threading.Thread(target=save, args=(second, ("测试乙", "测试甲"), 2))
    one.start(), two.start()
    one.join(20), two.join(20)
    # with one lock the second save waits at its first key, so the barrier cannot be met: it times out there and
    # that save fails cleanly (nothing written) — never a deadlock rolled back by the server
    assert all(isinstance(f, threading.BrokenBarrierError) for f in failures), failures  # no deadlock
    with first.read() as s:
        values = {get_setting(s, "测试甲"), get_setting(s, "测试乙")}
    assert len(values) == 1  # one save's values, whole


def test_an_import_never_overwrites_an_edit_made_while_it_ran(clerks: tuple[Database, Database],
                                                              tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A clerk saves a unit after the import read it and before the import writes it: the server refuses the
    import's stale update, the import runs again on fresh data, and its audit entry's "before" is the clerk's
    value — the clerk's change is replaced in the open, never lost unseen."""
    from tests.test_excel_cli import UNIT_HEAD
    from tests.test_excel_helpers import xlsx
    from zydesk.excel import bulk, records
    from zydesk.services.excel_files import import_excel
    from zydesk.services.master import save_unit, unit_version
    from zydesk.storage.models import AuditEntry, Unit

    first, second = clerks
    unit_id = add_unit(first, "县财政局", kind="县直部门", group="县直部门一类")
    real = bulk.update_versioned
    calls: list[int] = []

    def edit_meanwhile(session: Any, table: Any, rows: Any) -> None:
        calls.append(1)
        if len(calls) == 1:  # another PC saves the unit now
            data = UnitData(name="县财政局", kind="县直部门", group="县直部门一类", short_name="改名")
            save_unit(second, data, unit_id, unit_version(second, unit_id))
        real(session, table, rows)

    monkeypatch.setattr(records, "update_versioned", edit_meanwhile)  # where the units' plan writes
    report = import_excel(first, "units", xlsx(tmp_path / "u.xlsx", UNIT_HEAD,
                                               [["县财政局", "财政", "县直部门", "县直部门一类", 2]]))
    assert len(calls) == 2 and report.updated == 1  # refused once, run again
    with first.read() as s:
        assert s.scalar(select(Unit.short_name).where(Unit.id == unit_id)) == "财政"
        befores = [e.before for e in s.scalars(select(AuditEntry).where(AuditEntry.object_type == "Unit",
                                                                      AuditEntry.object_id == str(unit_id)))]
    assert {"short_name": "改名"} in [{k: v for k, v in (b or {}).items() if k == "short_name"} for b in befores]
    verify_chain(first)
