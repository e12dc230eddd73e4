"""Shared by the storage tests: CLI subprocesses, files at an older schema, integrity checks."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from zydesk.storage import migrate
from zydesk.storage.engine import APPLICATION_ID, make_engine
from zydesk.storage.migrate import open_database
from zydesk.storage.uow import Database

ROOT = Path(__file__).resolve().parent.parent


def cli(*args: str) -> subprocess.Popen[str]:
    """`python -m zydesk ARGS` as a separate program (its own process, its own connections)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen([sys.executable, "-m", "zydesk", *args], cwd=ROOT, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def finish(proc: subprocess.Popen[str], timeout: float = 180) -> tuple[int, str]:
    _out, err = proc.communicate(timeout=timeout)
    return proc.returncode, err


def assert_clean(code: int, err: str) -> None:
    """Exit 0, or a Chinese refusal with exit 2; never a traceback or an internal error."""
    assert code in (0, 2), (code, err)
    assert "Traceback" not in err and "内部错误" not in err, err


def integrity(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return str(con.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        con.close()


def query(path: Path, sql: str) -> list[tuple[object, ...]]:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def file_at_foundation(path: Path) -> None:
    """A database of this program at the first revision only, as an older program left it."""
    from alembic import command

    engine = make_engine("sqlite:///" + str(path))
    try:
        with migrate.locked_connection(engine) as conn:
            cfg = migrate.alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0001_foundation")
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.commit()
    finally:
        engine.dispose()


def cadres_file(tmp_path: Path, n: int) -> Path:
    import datetime as dt

    from tests.factories import new_id_number
    from tests.test_excel_helpers import CADRE_HEAD, cadre_row, xlsx

    rows = [cadre_row(new_id_number(dt.date(1965 + k % 30, 1 + k // 30 % 12, 1 + k // 360 % 28)), 姓名=f"干部{k}")
            for k in range(n)]
    return xlsx(tmp_path / "干部.xlsx", CADRE_HEAD, rows)


def db_with_units(tmp_path: Path) -> Path:
    from tests.test_excel_helpers import two_units

    path = tmp_path / "zy.sqlite"
    db = Database(open_database("sqlite:///" + str(path)), user="测试员")
    two_units(db)
    db.dispose()
    return path
