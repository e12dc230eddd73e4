"""PostgreSQL mode on a real server (a throwaway cluster on loopback, tests/pg_server.py): the same commands
give the same JSON as on SQLite, sign-in and lockout on the server, the audit trail refused UPDATE/DELETE by
the server's triggers and verified against its head table, server failures as Chinese messages (exit 2),
and no password in any output."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from tests import pg_server
from tests.accounts import ADMIN, PASSWORD
from tests.cli_db import init_cli
from zydesk.core.security.roles import Permission
from zydesk.cli.main import main

pytest.importorskip("psycopg")


@pytest.fixture
def pg_url(server: pg_server.Server) -> str:
    """A fresh empty database on the server."""
    return server.new_database()


@pytest.fixture(params=["sqlite", "postgresql"])
def backend_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty store on each backend: a new file, or a new database on the test server."""
    if request.param == "sqlite":
        return str(tmp_path / "zy.sqlite")
    return str(request.getfixturevalue("server").new_database())


def run(capsys: pytest.CaptureFixture[str], url: str, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--db", url, *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_init_sign_in_import_export(backend_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.test_excel_cli import UNIT_HEAD, UNITS
    from tests.test_excel_helpers import CADRE_HEAD, cadre_row, xlsx

    init_cli(backend_url)
    units = xlsx(tmp_path / "u.xlsx", UNIT_HEAD, UNITS)
    code, _out, err = run(capsys, backend_url, "import", "units", str(units))
    assert code == 0, err
    assert "新增 2" in err
    cadres = xlsx(tmp_path / "c.xlsx", CADRE_HEAD, [cadre_row(), cadre_row(None, 姓名="李四")])
    code, _out, err = run(capsys, backend_url, "import", "cadres", str(cadres))
    assert code == 0, err
    code, _out, err = run(capsys, backend_url, "import", "cadres", str(cadres))
    assert code == 0 and "更新 0" in err, err
    code, _out, err = run(capsys, backend_url, "export", "cadres", str(tmp_path / "e.xlsx"))
    assert code == 0 and "2 行" in err, err


@pytest.fixture(scope="module")
def demo_pair(tmp_path_factory: pytest.TempPathFactory, server: pg_server.Server) -> tuple[str, str]:
    """The demo county made by `init --demo` on both backends."""
    import contextlib
    import io

    urls = (str(tmp_path_factory.mktemp("demo") / "zy.sqlite"), server.new_database())
    for url in urls:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            os.environ["ZYDESK_PASSWORD"] = PASSWORD
            assert main(["--db", url, "init", "--admin", ADMIN, "--demo"]) == 0
    return urls


@pytest.mark.parametrize("command", [["rank", "--year", "2025", "--json"],
                                     ["rank", "--year", "2024", "--json"],
                                     ["scan", "--year", "2025", "--json"],
                                     ["awards", "--year", "2025", "--json"],
                                     ["coverage", "--year", "2025", "--json"],
                                     ["analysis", "--year", "2025", "--json"],
                                     ["excellent", "--year", "2025", "--json"],
                                     ["excellent-quota", "--year", "2025", "--json"],
                                     ["excellent-merit", "--year", "2025", "--json"],
                                     ["bonus", "--year", "2025", "--json"],
                                     ["cases", "--json"]])
def test_same_json_on_both_backends(demo_pair: tuple[str, str], command: list[str],
                                    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZYDESK_USER", "审核员")  # a demo account (--demo makes one per role)
    results = []
    for url in demo_pair:
        code, out, err = run(capsys, url, *command)
        assert code == 0, err
        results.append(json.loads(out))
    assert results[0] == results[1]
    assert results[0]  # something was compared


def test_init_shows_no_password(server: pg_server.Server, capsys: pytest.CaptureFixture[str],
                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZYDESK_USER", ADMIN)
    url = server.new_database().replace(f"{pg_server.SUPERUSER}@", f"{pg_server.SUPERUSER}:Pw-Secret-42@")
    code, out, err = run(capsys, url, "init", "--admin", ADMIN)
    assert code == 0, err
    assert "Pw-Secret-42" not in out + err
    assert "服务器 127.0.0.1" in err and "服务器数据库" in err
    assert "***" not in err and "application_name" not in err  # named for people: no URL, no query
    assert out.strip() == ""  # no recovery key: there is no data key on a server
    code, out, err = run(capsys, url, "init", "--admin", ADMIN)  # a second init signs in and says it is ready
    assert code == 0 and "Pw-Secret-42" not in out + err, err


def test_unreachable_server_and_missing_database(server: pg_server.Server,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    dead = f"postgresql+psycopg://zy:Pw-Secret-42@127.0.0.1:{pg_server._free_port()}/zydesk?connect_timeout=3"
    code, out, err = run(capsys, dead, "rank", "--year", "2025", "--json")
    assert code == 2
    assert "无法连接数据库服务器" in err and "Pw-Secret-42" not in out + err
    code, _out, err = run(capsys, server.url("no_such_db"), "rank", "--year", "2025", "--json")
    assert code == 2 and "没有这个数据库" in err


def test_wrong_password_counts_and_locks(pg_url: str, capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    init_cli(pg_url)
    monkeypatch.setenv("ZYDESK_PASSWORD", "Wrong-pass-1")
    code, _out, err = run(capsys, pg_url, "rank", "--year", "2025", "--json")
    assert code == 2 and "账号或口令不正确。再输错 4 次" in err
    for _ in range(4):
        run(capsys, pg_url, "rank", "--year", "2025", "--json")
    monkeypatch.setenv("ZYDESK_PASSWORD", PASSWORD)
    code, _out, err = run(capsys, pg_url, "rank", "--year", "2025", "--json")
    assert code == 2 and "已锁定" in err  # the right password does not open a locked account
    monkeypatch.setenv("ZYDESK_USER", "审计员")
    code, out, err = run(capsys, pg_url, "audit", "verify", "--json")
    assert code == 0, err
    assert json.loads(out)["ok"] is True
    engine = create_engine(pg_url)
    with engine.connect() as conn:
        actions = [r[0] for r in conn.execute(text("SELECT action FROM audit_entry WHERE object_id = '业务员' "
                                                   "ORDER BY seq"))]
    engine.dispose()
    assert actions.count("登录失败") == 5 and "账号锁定" in actions
    monkeypatch.setenv("ZYDESK_USER", "安全员")
    code, out, err = run(capsys, pg_url, "user", "list", "--json")
    assert code == 0, err
    assert next(a for a in json.loads(out)["accounts"] if a["name"] == "业务员")["locked_until"]
    code, _out, err = run(capsys, pg_url, "user", "unlock", "业务员")
    assert code == 0, err
    monkeypatch.setenv("ZYDESK_USER", "业务员")
    code, _out, err = run(capsys, pg_url, "rank", "--year", "2025", "--json")
    assert code == 0, err  # unlocked by the 安全管理员


def test_audit_entries_cannot_change_on_server(pg_url: str, server: pg_server.Server,
                                               capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    init_cli(pg_url)
    engine = create_engine(pg_url)
    try:
        for statement, word in (("UPDATE audit_entry SET \"user\" = 'x'", "不可修改"),
                                ("DELETE FROM audit_entry", "不可删除"), ("TRUNCATE audit_entry", "不可删除")):
            with pytest.raises(DBAPIError, match=word), engine.begin() as conn:
                conn.execute(text(statement))
        monkeypatch.setenv("ZYDESK_USER", "审计员")
        code, out, err = run(capsys, pg_url, "audit", "verify", "--json")
        assert code == 0 and json.loads(out)["ok"] is True, err
        # Only by switching the server's triggers off (the owner can) are entries cut off the end: the head
        # table still names the last one, so verify finds it.
        with engine.begin() as conn:
            conn.execute(text("ALTER TABLE audit_entry DISABLE TRIGGER USER"))
            conn.execute(text("DELETE FROM audit_entry WHERE seq = (SELECT max(seq) FROM audit_entry)"))
            conn.execute(text("ALTER TABLE audit_entry ENABLE TRIGGER USER"))
        code, out, err = run(capsys, pg_url, "audit", "verify", "--json")
        verdict = json.loads(out)
        assert code != 0 and verdict["ok"] is False and verdict["first_bad"] == verdict["entries"]
    finally:
        engine.dispose()


def test_server_settings_from_the_url(pg_url: str) -> None:
    from zydesk.storage.engine import server_engine, shown_url

    engine = server_engine(pg_url + "?application_name=ganbuke-pc1&statement_timeout=45s")
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SHOW statement_timeout")).scalar() == "45s"
            assert conn.execute(text("SHOW application_name")).scalar() == "ganbuke-pc1"  # ASCII only (the server replaces the rest)
    finally:
        engine.dispose()
    engine = server_engine(pg_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SHOW application_name")).scalar() == "ZYDesk"
            assert conn.execute(text("SHOW statement_timeout")).scalar() == "2min"
    finally:
        engine.dispose()
    assert "***" in shown_url("postgresql+psycopg://zy:secret@db.local/zydesk?sslmode=require")


def test_a_language_collation_is_refused(server: pg_server.Server, capsys: pytest.CaptureFixture[str]) -> None:
    """Lists come in code-point order on both backends only on a C-collation database."""
    name = "zh_" + os.urandom(4).hex()
    server.admin_sql(f"CREATE DATABASE {name} LOCALE_PROVIDER icu ICU_LOCALE 'zh' LOCALE 'C.UTF-8' "
                     "TEMPLATE template0")
    code, _out, err = run(capsys, server.url(name), "init", "--admin", ADMIN)
    assert code == 2 and "排序规则须为 C" in err


def test_two_writers_chain_in_commit_order(pg_url: str) -> None:
    """The second writer of the trail waits for the first's head row, then chains after it."""
    import threading

    from tests.accounts import CLERK, as_role
    from zydesk.core.security.roles import Role
    from zydesk.services.audit_trail import verify
    from zydesk.services.security.signin import sign_in

    init_cli(pg_url)
    a, b = sign_in(pg_url, CLERK, PASSWORD).db, sign_in(pg_url, CLERK, PASSWORD).db
    done = threading.Event()
    failed: list[BaseException] = []

    def second() -> None:
        try:
            with b.uow("测试写入", Permission.ENTER) as uow:
                uow.audit("测试", "乙")
                uow.commit()
        except BaseException as exc:  # noqa: BLE001 - reported by the test below
            failed.append(exc)
        done.set()

    try:
        with a.uow("测试写入", Permission.ENTER) as uow:
            uow.audit("测试", "甲")
            uow.session.flush()  # the head row is this transaction's now
            worker = threading.Thread(target=second)
            worker.start()
            assert not done.wait(0.5)  # waits for the head
            uow.commit()
        worker.join(20)
        assert done.is_set() and not failed, failed
        verdict = verify(as_role(a, Role.AUDIT_ADMIN))
        assert verdict.ok, verdict.problem
        with a.read(need=None) as s:
            order = [r[0] for r in s.execute(text("SELECT object_id FROM audit_entry WHERE object_type = '测试' "
                                                  "ORDER BY seq"))]
        assert order == ["甲", "乙"]
    finally:
        a.dispose()
        b.dispose()


def test_two_clerks_edit_one_cadre(backend_url: str, tmp_path: Path) -> None:
    """Two clerks open the same cadre; the first saves; the second's save is refused with who and when,
    and the first one's change stays. On both backends; an import moves the version on as well."""
    import dataclasses

    from tests.accounts import CLERK
    from tests.cli_db import url_of
    from tests.factories import add_cadre, add_unit
    from zydesk.core.master import CadreData
    from zydesk.core.security.roles import Role
    from zydesk.services.conflicts import EditConflict
    from zydesk.services.master import cadre_version, save_cadre
    from zydesk.services.security.signin import sign_in
    from zydesk.storage.models import Cadre

    init_cli(backend_url)
    first = sign_in(url_of(backend_url), CLERK, PASSWORD).db
    second = sign_in(url_of(backend_url), "录入员", PASSWORD).db
    try:
        assert second.principal.roles == (Role.CLERK,)
        add_unit(first, "县财政局")
        cadre_id = add_cadre(first, "王五", "县财政局")
        with first.read() as s:
            row = s.get(Cadre, cadre_id)
            assert row is not None
            data = CadreData(name=row.name, id_number=row.id_number, ethnicity="汉族", political_status="中共党员")
        seen_by_first, seen_by_second = cadre_version(first, cadre_id), cadre_version(second, cadre_id)
        save_cadre(first, dataclasses.replace(data, education="大学"), cadre_id, seen_by_first)
        with pytest.raises(EditConflict, match=rf"该记录已被 {CLERK} 于 \d\d:\d\d 修改，请刷新后再改"):
            save_cadre(second, dataclasses.replace(data, education="研究生"), cadre_id, seen_by_second)
        with second.read() as s:
            assert s.scalar(Cadre.__table__.select().with_only_columns(Cadre.education)
                            .where(Cadre.id == cadre_id)) == "大学"
        fresh = cadre_version(second, cadre_id)
        save_cadre(second, dataclasses.replace(data, education="研究生"), cadre_id, fresh)  # after a refresh
        assert cadre_version(first, cadre_id) == (fresh or 0) + 1
    finally:
        first.dispose()
        second.dispose()


def test_the_programs_role_cannot_change_the_trail(pg_url: str, server: pg_server.Server,
                                                   capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The schema's owner builds it and grants the program's role what docs/deploy-postgresql.md says; PCs
    connect as that role: they work, but the server refuses them any change of the trail or its head."""
    from sqlalchemy.engine import make_url

    from zydesk.storage.server_roles import app_role_grants

    init_cli(pg_url)  # as the owner
    database = make_url(pg_url).database
    assert database is not None
    role = "zyapp_" + database[2:]
    server.admin_sql(f"CREATE ROLE {role} LOGIN")
    server.admin_sql(app_role_grants(role, database), database)
    app_url = server.url(database, role)
    code, _out, err = run(capsys, app_url, "rank", "--year", "2025", "--json")  # signs in: audit entries added
    assert code == 0, err
    engine = create_engine(app_url)
    try:
        for statement in ("UPDATE audit_entry SET result = 'x'", "DELETE FROM audit_entry",
                          "UPDATE audit_head SET seq = 0", "ALTER TABLE audit_entry DISABLE TRIGGER USER"):
            with pytest.raises(DBAPIError, match="permission denied|must be owner"), engine.begin() as conn:
                conn.execute(text(statement))
    finally:
        engine.dispose()
    monkeypatch.setenv("ZYDESK_USER", "审计员")
    code, out, err = run(capsys, app_url, "audit", "verify", "--json")
    assert code == 0 and json.loads(out)["ok"] is True, err


def test_the_programs_role_cannot_build_the_schema(pg_url: str, server: pg_server.Server,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from sqlalchemy.engine import make_url

    database = make_url(pg_url).database
    assert database is not None
    role = "zyapp_" + database[2:]
    server.admin_sql(f"CREATE ROLE {role} LOGIN")
    server.admin_sql("REVOKE CREATE ON SCHEMA public FROM PUBLIC", database)
    code, _out, err = run(capsys, server.url(database, role), "init", "--admin", ADMIN)
    assert code == 2 and "属主账号" in err
