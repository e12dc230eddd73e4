"""`zydesk migrate-to`: the demo county moves from its file into an empty PostgreSQL database (a throwaway
cluster, tests/pg_server.py) and verifies — rows and checksums per table, the audit chain on the server —;
the same accounts and passwords sign in there, the same reports come out of both, new records take new ids;
the file keeps every figure (its trail gains one 「迁移到服务器」); a target that is not empty, a file that is
not the source, and an account that is not 系统管理员 are refused (exit 2)."""
from __future__ import annotations

import contextlib
import io
import json
import os
from pathlib import Path

import pytest
from sqlalchemy import text

from tests import pg_server
from tests.accounts import ADMIN, PASSWORD
from zydesk.cli.main import main

pytest.importorskip("psycopg")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The demo county made by `init --demo` (one account per role, the administrator's password)."""
    path = str(tmp_path_factory.mktemp("move") / "zy.sqlite")
    os.environ["ZYDESK_PASSWORD"] = PASSWORD
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        assert main(["--db", path, "init", "--admin", ADMIN, "--demo"]) == 0
    return path


def run(capsys: pytest.CaptureFixture[str], url: str, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--db", url, *args])
    out, err = capsys.readouterr()
    return code, out, err


def figures(url: str) -> dict[str, tuple[int, str]]:
    """Rows and checksum of every table of the file, as migrate-to computes them."""
    from zydesk.services.security.signin import sign_in
    from zydesk.storage.copying import source_tables, table_figures

    db = sign_in("sqlite:///" + url, ADMIN, PASSWORD).db
    try:
        with db.read(need=None) as s:
            conn = s.connection()
            return {k: (v.rows, v.sha256) for k, v in table_figures(conn, source_tables(conn)).items()}
    finally:
        db.dispose()


def actions(url: str) -> list[str]:
    from sqlalchemy import create_engine

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return [r[0] for r in conn.execute(text("SELECT action FROM audit_entry ORDER BY seq"))]
    finally:
        engine.dispose()


def test_the_demo_county_moves_and_verifies(demo_file: str, server: pg_server.Server,
                                            capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from zydesk.services.security.signin import sign_in
    from zydesk.storage.engine import sqlite_path

    before = figures(demo_file)
    target = server.new_database().replace(f"{pg_server.SUPERUSER}@", f"{pg_server.SUPERUSER}:Pw-Secret-9@")
    monkeypatch.setenv("ZYDESK_USER", ADMIN)
    code, out, err = run(capsys, demo_file, "migrate-to", target, "--json")
    assert code == 0, err
    assert "Pw-Secret-9" not in out + err
    report = json.loads(out)
    assert report["ok"] is True and report["audit"]["ok"] is True
    tables = {t["table"]: t for t in report["tables"]}
    assert {"account", "audit_entry", "cadre", "appraisal", "setting"} <= set(tables)
    assert all(t["ok"] and t["source_rows"] == t["target_rows"] for t in tables.values())
    assert tables["cadre"]["target_rows"] == 2000 and report["rows"] == sum(t["source_rows"] for t in tables.values())
    assert report["audit"]["entries"] == tables["audit_entry"]["target_rows"]

    # The file: every table as before, but the trail, which gained the sign-ins and one 「迁移到服务器」.
    after = figures(demo_file)
    assert {k: v for k, v in after.items() if k != "audit_entry"} == \
           {k: v for k, v in before.items() if k != "audit_entry"}
    db = sign_in("sqlite:///" + demo_file, ADMIN, PASSWORD).db
    try:
        with db.read(need=None) as s:
            moved = s.execute(text("SELECT result, after FROM audit_entry WHERE action = '迁移到服务器'")).all()
    finally:
        db.dispose()
    assert len(moved) == 1 and moved[0][0] == "成功"
    assert "Pw-Secret-9" not in str(moved[0][1]) and "***" in str(moved[0][1])
    assert sqlite_path("sqlite:///" + demo_file) is not None

    # The server: the copied trail verifies (its head row followed the copy), then the arrival entry.
    plain = target.replace(":Pw-Secret-9@", "@")
    assert actions(plain)[-1] == "从单机迁入"
    monkeypatch.setenv("ZYDESK_USER", "审计管理员")  # a demo account: same name, same password on the server
    code, out, err = run(capsys, plain, "audit", "verify", "--json")
    assert code == 0 and json.loads(out)["ok"] is True, err

    # The same reports from both.
    monkeypatch.setenv("ZYDESK_USER", "审核员")
    for command in (["rank", "--year", "2025", "--json"], ["scan", "--year", "2025", "--json"]):
        results = []
        for url in (demo_file, plain):
            code, out, err = run(capsys, url, *command)
            assert code == 0, err
            results.append(json.loads(out))
        assert results[0] == results[1] and results[0]

    # New records on the server take ids after the copied ones (the sequences were reset).
    monkeypatch.setenv("ZYDESK_USER", ADMIN)
    monkeypatch.setenv("ZYDESK_NEW_PASSWORD", PASSWORD)
    code, _out, err = run(capsys, plain, "user", "add", "新同志", "--role", "录入员")
    assert code == 0, err

    # A second move into the same (now full) database is refused, and changes nothing.
    code, out, err = run(capsys, demo_file, "migrate-to", plain)
    assert code == 2 and "不是空的" in err, err


def test_refusals(demo_file: str, server: pg_server.Server, capsys: pytest.CaptureFixture[str],
                  monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    target = server.new_database()
    monkeypatch.setenv("ZYDESK_USER", "审核员")
    code, _out, err = run(capsys, demo_file, "migrate-to", target)
    assert code == 2 and "无权备份和检查数据库" in err, err
    monkeypatch.setenv("ZYDESK_USER", ADMIN)
    code, _out, err = run(capsys, demo_file, "migrate-to", str(tmp_path / "other.sqlite"))
    assert code == 2 and "服务器数据库地址" in err, err
    server.admin_sql("CREATE TABLE someone_elses (x int)", target.rsplit("/", 1)[1])
    code, _out, err = run(capsys, demo_file, "migrate-to", target)
    assert code == 2 and "不是空的" in err and "someone_elses" in err, err
    database = target.rsplit("/", 1)[1]
    role = "zyapp_" + database[2:]  # the program's role: may not build tables
    server.admin_sql(f"CREATE ROLE {role} LOGIN")
    fresh = server.new_database()
    server.admin_sql("REVOKE CREATE ON SCHEMA public FROM PUBLIC", fresh.rsplit("/", 1)[1])
    code, _out, err = run(capsys, demo_file, "migrate-to", fresh.replace(f"{pg_server.SUPERUSER}@", f"{role}@"))
    assert code == 2 and "属主账号" in err, err
    dead = f"postgresql+psycopg://zy:Pw-Secret-42@127.0.0.1:{pg_server._free_port()}/zydesk?connect_timeout=3"
    code, out, err = run(capsys, demo_file, "migrate-to", dead)
    assert code == 2 and "无法连接数据库服务器" in err and "Pw-Secret-42" not in out + err, err


def test_a_file_whose_trail_does_not_verify_is_not_moved(demo_file: str, server: pg_server.Server,
                                                         capsys: pytest.CaptureFixture[str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """On the server the head follows the copy: a file with entries cut off its end must not move (its
    evidence would be lost), so the file's own chain and head file are checked first."""
    from zydesk.storage import audit_chain

    monkeypatch.setattr(audit_chain, "verify", lambda conn, path: audit_chain.Verdict(
        False, 9, 9, "末尾的审计记录已被删除（应有 9 条，现有 8 条）") if path is not None else audit_chain.Verdict(True, 0, None))
    target = server.new_database()
    monkeypatch.setenv("ZYDESK_USER", ADMIN)
    code, _out, err = run(capsys, demo_file, "migrate-to", target)
    assert code == 2 and "审计记录校验未通过" in err and "末尾的审计记录已被删除" in err, err


def test_a_copy_that_does_not_verify_leaves_the_server_empty(demo_file: str, server: pg_server.Server,
                                                             capsys: pytest.CaptureFixture[str],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """A row changed on its way (here: the checksum of the server side made to differ) is caught: exit 1,
    the table named, the server database rolled back to empty, the file's entry says it did not move."""
    from zydesk.storage import copying

    real = copying.table_figures

    def skewed(conn: object, tables: list[copying.Table]) -> dict[str, copying.TableFigures]:
        out = real(conn, tables)  # type: ignore[arg-type]
        out["unit"] = copying.TableFigures(out["unit"].rows, "0" * 64)
        return out

    monkeypatch.setattr(copying, "table_figures", skewed)
    target = server.new_database()
    monkeypatch.setenv("ZYDESK_USER", ADMIN)
    code, out, err = run(capsys, demo_file, "migrate-to", target, "--json")
    assert code == 1, err
    report = json.loads(out)
    assert report["ok"] is False and [t["table"] for t in report["tables"] if not t["ok"]] == ["unit"]
    from zydesk.storage.copying import ensure_empty
    from zydesk.storage.engine import server_engine

    engine = server_engine(target)
    try:
        ensure_empty(engine)  # nothing was kept
    finally:
        engine.dispose()
