"""Real transactions: DDL rolls back, writers take the lock up front and wait for each other, a lock
held too long is a Chinese refusal; two programs at once (init, import, migration) end cleanly."""
from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.factories import add_unit
from tests.storage_helpers import (
    assert_clean,
    cadres_file,
    cli,
    connect,
    db_with_units,
    file_at_foundation,
    finish,
    integrity,
    query,
)
from zydesk.core.security.roles import Permission
from zydesk.errors import UserError
from zydesk.storage import engine as engine_mod
from zydesk.storage import cipher, migrate, recovery
from zydesk.storage.failures import DatabaseBusy
from zydesk.storage.migrate import MigrationFailed, head_revisions, open_database
from zydesk.storage.models import Unit
from zydesk.storage.uow import Database


def _path(db: Database) -> Path:
    path = engine_mod.sqlite_path(db.url)
    assert path is not None
    return path


def test_ddl_rolls_back(db: Database) -> None:
    with db.engine.connect() as conn:
        conn.exec_driver_sql("CREATE TABLE scratch (x INTEGER)")
        conn.rollback()
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE name='scratch'").scalar() == 0


def test_unit_of_work_holds_the_write_lock_from_its_first_statement(db: Database) -> None:
    other = connect(_path(db), timeout=0, isolation_level=None)
    try:
        with db.uow("测试", Permission.ENTER) as uow:
            uow.session.execute(text("SELECT 1"))  # a read only: already BEGIN IMMEDIATE
            with pytest.raises(cipher.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # released by the rollback at the end of the unit of work
        other.rollback()
    finally:
        other.close()


def test_read_session_takes_no_write_lock_and_sees_a_snapshot(db: Database) -> None:
    with db.read() as s:
        assert s.query(Unit).count() == 0
        add_unit(db, "城关镇", kind="镇", group="镇")  # a writer is not blocked by the reader
        assert s.query(Unit).count() == 0  # one consistent snapshot for the whole read
    with db.read() as s:
        assert s.query(Unit).count() == 1


def test_a_writer_waits_for_another(db: Database) -> None:
    other = connect(_path(db), isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    timer = threading.Timer(0.5, other.rollback)
    timer.start()
    started = time.monotonic()
    try:
        add_unit(db, "县财政局")
    finally:
        timer.join()
        other.close()
    assert time.monotonic() - started >= 0.4
    with db.read() as s:
        assert s.query(Unit).count() == 1


def test_a_lock_held_too_long_is_a_chinese_refusal(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_mod, "BUSY_TIMEOUT_MS", 200)
    db.engine.dispose()
    other = connect(_path(db), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseBusy, match="另一个窗口或另一台电脑"):
            add_unit(db, "县财政局")
    finally:
        other.rollback()
        other.close()
    with db.read() as s:
        assert s.query(Unit).count() == 0


def test_migration_failed_is_a_refusal_with_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from zydesk.cli.main import main

    assert issubclass(MigrationFailed, UserError)
    path = tmp_path / "zy.sqlite"

    def broken(_conn: object) -> None:
        raise RuntimeError("迁移脚本出错")

    monkeypatch.setattr(migrate, "_run_alembic", broken)
    assert main(["--db", str(path), "init", "--admin", "管理员"]) == 2
    err = capsys.readouterr().err
    assert "数据库升级失败" in err and "内部错误" not in err


def _legacy_broken_file(path: Path, with_rows: bool) -> None:
    """A file left by the earlier non-transactional upgrade when it was killed: an area's table exists,
    its revision was never recorded."""
    file_at_foundation(path)
    con = connect(path)
    con.execute("CREATE TABLE tolerance_case (id INTEGER PRIMARY KEY)")
    con.execute("CREATE INDEX ix_left_over ON code_item (label)")
    if with_rows:
        con.execute("INSERT INTO tolerance_case VALUES (1)")
    con.commit()
    con.close()


def test_old_broken_state_is_repaired(tmp_path: Path) -> None:
    from zydesk.cli.main import main

    path = tmp_path / "zy.sqlite"
    _legacy_broken_file(path, with_rows=False)
    items = query(path, "SELECT count(*) FROM code_item")[0][0]
    assert main(["--db", str(path), "init"]) == 0
    assert {r[0] for r in query(path, "SELECT version_num FROM alembic_version")} == head_revisions()
    assert len(query(path, "PRAGMA table_info(tolerance_case)")) > 1  # the real table, made by its migration
    assert not query(path, "SELECT name FROM sqlite_master WHERE name = 'ix_left_over'")
    assert query(path, "SELECT count(*) FROM code_item")[0][0] == items
    assert len(list((tmp_path / "backups").glob("*.sqlite"))) == 1


def test_old_broken_state_with_rows_is_refused_without_piling_up_backups(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from zydesk.cli.main import main

    path = tmp_path / "zy.sqlite"
    _legacy_broken_file(path, with_rows=True)
    for _ in range(3):
        assert main(["--db", str(path), "init"]) == 2
        err = capsys.readouterr().err
        assert "数据库升级失败" in err and "Traceback" not in err
    assert len(list((tmp_path / "backups").glob("*.sqlite"))) == 1
    assert not recovery.marker_path(path).exists()
    assert query(path, "SELECT version_num FROM alembic_version") == [("security_0001",)]  # as it was
    assert query(path, "SELECT id FROM tolerance_case") == [(1,)]  # nothing of the clerk's is dropped


def test_interrupted_upgrade_is_restored_from_its_backup(tmp_path: Path) -> None:
    """A marker left by an upgrade that died half-way (a state no single transaction can leave, but a
    power cut on a lying disk might): the next start restores the verified backup, then upgrades."""
    path = tmp_path / "zy.sqlite"
    file_at_foundation(path)
    items = query(path, "SELECT count(*) FROM code_item")[0][0]
    backup = recovery.backup_sqlite(path, "before-upgrade")
    con = connect(path)
    schema = recovery.schema_digest(con)
    con.execute("DELETE FROM code_item")  # the half-done state
    con.execute("CREATE TABLE half_done (x)")
    con.commit()
    con.close()
    recovery.marker_path(path).write_text(
        json.dumps({"backup": str(backup), "before": ["security_0001"], "schema": schema}), "utf-8")
    engine = open_database("sqlite:///" + str(path))
    engine.dispose()
    assert not recovery.marker_path(path).exists()
    assert query(path, "SELECT count(*) FROM code_item")[0][0] == items
    assert not query(path, "SELECT name FROM sqlite_master WHERE name='half_done'")
    assert {r[0] for r in query(path, "SELECT version_num FROM alembic_version")} == head_revisions()


def test_finished_upgrade_with_a_stale_marker_is_kept(db: Database) -> None:
    path = _path(db)
    add_unit(db, "城关镇", kind="镇", group="镇")
    db.dispose()
    recovery.marker_path(path).write_text(
        json.dumps({"backup": None, "before": ["0001_foundation"], "schema": "x"}), "utf-8")
    open_database(db.url).dispose()
    assert not recovery.marker_path(path).exists()
    assert query(path, "SELECT name FROM unit") == [("城关镇",)]


def test_two_inits_at_once(tmp_path: Path) -> None:
    path = tmp_path / "zy.sqlite"
    procs = [cli("--db", str(path), "init", "--admin", "管理员") for _ in range(2)]
    results = [finish(p) for p in procs]
    for code, err in results:
        assert_clean(code, err)
    assert 0 in [code for code, _ in results]
    assert integrity(path) == "ok"
    assert {r[0] for r in query(path, "SELECT version_num FROM alembic_version")} == head_revisions()


def test_two_programs_upgrade_an_old_file_at_once(tmp_path: Path) -> None:
    path = tmp_path / "zy.sqlite"
    file_at_foundation(path)
    results = [finish(p) for p in [cli("--db", str(path), "init") for _ in range(2)]]
    for code, err in results:
        assert_clean(code, err)
    assert [code for code, _ in results] == [0, 0]  # the second waited for the first's upgrade
    assert integrity(path) == "ok"
    assert {r[0] for r in query(path, "SELECT version_num FROM alembic_version")} == head_revisions()
    assert len(list((tmp_path / "backups").glob("*.sqlite"))) == 1


def test_two_imports_of_one_file_at_once(tmp_path: Path) -> None:
    path = db_with_units(tmp_path)
    book = cadres_file(tmp_path, 200)
    procs = [cli("--db", str(path), "import", "cadres", str(book)) for _ in range(2)]
    results = [finish(p) for p in procs]
    for code, err in results:
        assert_clean(code, err)
    assert 0 in [code for code, _ in results], results
    for code, err in results:
        if code == 2:
            assert "另一个窗口或另一台电脑" in err
    assert integrity(path) == "ok"
    assert query(path, "SELECT count(*) FROM cadre") == [(200,)]
    assert query(path, "SELECT count(*) FROM audit_entry WHERE object_type = 'Excel导入'") == [(1,)]


def test_demo_beside_an_import(tmp_path: Path) -> None:
    path = tmp_path / "zy.sqlite"
    units = tmp_path / "units.xlsx"
    from tests.test_excel_helpers import xlsx

    xlsx(units, ["单位名称", "单位简称", "单位类型", "考核类别", "排序号"], [["某某镇", None, "镇", "镇", 1]])
    procs = [cli("--db", str(path), "init", "--demo", "--admin", "管理员"), cli("--db", str(path), "import", "units", str(units))]
    results = [finish(p, timeout=300) for p in procs]
    for code, err in results:
        assert_clean(code, err)
    assert integrity(path) == "ok"
    demo = query(path, "SELECT count(*) FROM setting WHERE key = 'demo'")[0][0]
    imported = query(path, "SELECT count(*) FROM unit WHERE name = '某某镇'")[0][0]
    assert (results[0][0] == 0) == bool(demo) and (results[1][0] == 0) == bool(imported)




def test_a_start_waits_for_an_upgrade_running_elsewhere(db: Database) -> None:
    """The marker of an upgrade still running in another program is not judged (nor removed) until that
    program lets go of the write lock."""
    path = _path(db)
    db.dispose()
    recovery.marker_path(path).write_text(
        json.dumps({"backup": None, "before": ["0001_foundation"], "schema": "x"}), "utf-8")
    other = connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")

    def finish_upgrade() -> None:
        recovery.clear_marker(path)
        other.rollback()

    timer = threading.Timer(0.5, finish_upgrade)
    timer.start()
    started = time.monotonic()
    try:
        open_database(db.url).dispose()
    finally:
        timer.join()
        other.close()
    assert time.monotonic() - started >= 0.4
    assert not recovery.marker_path(path).exists()
