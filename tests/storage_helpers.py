"""Shared by the storage tests: CLI subprocesses, files at an older schema, integrity checks."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from zydesk.storage import migrate
from zydesk.storage.engine import APPLICATION_ID, make_engine

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
