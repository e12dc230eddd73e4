"""The audit trail is append-only and hash-chained: a changed, removed or cut-off entry is found by
`zydesk audit verify` with the first bad sequence number; ID numbers never enter it whole."""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.accounts import CLERK, CLERK_ROLES, ROLE_ACCOUNTS, as_role
from tests.factories import add_cadre, add_unit
from zydesk.cli.main import main
from zydesk.core.security.principal import Principal
from zydesk.core.security.roles import Permission, Role, roles_text
from zydesk.services.audit_trail import verify
from zydesk.storage import cipher
from zydesk.storage.audit import insert_entries
from zydesk.storage.audit_chain import head_path, read_head
from zydesk.storage.engine import APPLICATION_ID, sqlite_path
from zydesk.storage.models import AuditEntry, Cadre
from zydesk.storage.uow import Database

AUDITOR = ROLE_ACCOUNTS[Role.AUDIT_ADMIN]

NUMBER = "610924199001011234"
MASKED = "610924********1234"


def _path(db_url: str) -> Path:
    path = sqlite_path(db_url)
    assert path is not None
    return path


def _existing(db: Database) -> int:
    """Entries the test database has before a test writes (the accounts being created)."""
    with db.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM audit_entry").scalar_one())


def _entries(db: Database, n: int) -> None:
    for k in range(n):
        with db.uow("测试", Permission.ENTER) as uow:
            uow.audit("测试", str(k), before={"k": k}, after={"k": k + 1, "号码": NUMBER})
            uow.commit()


def _audit(db_url: str, *args: str) -> int:
    """`zydesk audit …` as the 审计管理员 (the audit trail is theirs only)."""
    return main(["--db", db_url, "--user", AUDITOR, "audit", *args])


def _verify(db: Database) -> tuple[int, dict[str, object]]:
    """verify as the 审计管理员 on the open database (a CLI run would first record its own sign-in), with
    the CLI's exit code."""
    verdict = verify(as_role(db, Role.AUDIT_ADMIN))
    return (0 if verdict.ok else 2), verdict.as_json()


def _verify_cli(db_url: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, object]]:
    rc = _audit(db_url, "verify", "--json")
    return rc, json.loads(capsys.readouterr().out)


def _raw(db_url: str, *statements: str) -> None:
    """Statements straight on the file, keyed (as someone who has the data key could run them)."""
    con = cipher.open_file(_path(db_url))
    try:
        for sql in statements:
            con.execute(sql)
        con.commit()
    finally:
        con.close()


def _drop_triggers(db_url: str) -> None:
    _raw(db_url, "DROP TRIGGER audit_entry_no_update", "DROP TRIGGER audit_entry_no_delete")


def test_entries_are_numbered_chained_and_masked(db: Database, db_url: str,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    n = _existing(db)
    _entries(db, 3)
    with db.read() as s:
        rows = s.execute(select(AuditEntry.seq, AuditEntry.hash, AuditEntry.after).order_by(AuditEntry.id)).all()
    assert [r.seq for r in rows] == list(range(1, n + 4)) and all(len(r.hash or "") == 64 for r in rows)
    assert all(r.after["号码"] == MASKED for r in rows[n:])
    head = read_head(_path(db_url))
    assert head is not None and (head.seq, head.hash) == (n + 3, rows[-1].hash)
    assert _verify(db) == (0, {"ok": True, "entries": n + 3, "first_bad": None})
    rc, verdict = _verify_cli(db_url, capsys)  # the CLI records its sign-in first
    assert rc == 0 and verdict["ok"] is True and verdict["first_bad"] is None and int(str(verdict["entries"])) > n + 3


def test_rolled_back_work_leaves_no_gap(db: Database, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    n = _existing(db)
    _entries(db, 1)
    with db.uow("放弃", Permission.ENTER) as uow:
        uow.audit("测试", None, after={"x": 1})
        uow.session.flush()  # not committed: leaving rolls it back
    _entries(db, 1)
    assert _verify(db) == (0, {"ok": True, "entries": n + 2, "first_bad": None})


def test_bulk_rows_follow_their_summary_in_the_chain(db: Database, db_url: str,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    n = _existing(db)
    _entries(db, 1)
    with db.uow("导入", Permission.ENTER) as uow:
        uow.audit("Excel导入", "cadres", None, {"行数": 2})
        now = dt.datetime.now()
        insert_entries(uow.session, (
            {"at": now, "user": uow.user, "action": uow.action, "object_type": "Cadre", "object_id": str(k),
             "before": {"id_number": NUMBER}, "after": {"id_number": "61092419900101123X"}} for k in range(2)))
        uow.commit()
    with db.read() as s:
        rows = s.execute(select(AuditEntry.seq, AuditEntry.object_type, AuditEntry.before, AuditEntry.role)
                         .where(AuditEntry.seq > n).order_by(AuditEntry.seq)).all()
    assert [(r.seq - n, r.object_type) for r in rows] == [(1, "测试"), (2, "Excel导入"), (3, "Cadre"), (4, "Cadre")]
    assert rows[2].before == {"id_number": MASKED}
    assert {r.role for r in rows} == {roles_text(CLERK_ROLES)}  # the bulk rows too
    assert _verify(db) == (0, {"ok": True, "entries": n + 4, "first_bad": None})


def test_update_and_delete_are_refused_by_the_database(db: Database, db_url: str) -> None:
    _entries(db, 2)
    with pytest.raises(cipher.DatabaseError, match="审计记录不可修改"):
        _raw(db_url, "UPDATE audit_entry SET user = '某人' WHERE seq = 1")
    with pytest.raises(cipher.DatabaseError, match="审计记录不可删除"):
        _raw(db_url, "DELETE FROM audit_entry WHERE seq = 2")


def test_a_changed_entry_is_found(db: Database, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    n = _existing(db)
    _entries(db, 5)
    _drop_triggers(db_url)
    _raw(db_url, f"UPDATE audit_entry SET after = '{{\"k\": 99}}' WHERE seq = {n + 3}")
    assert _verify(db) == (2, {"ok": False, "entries": n + 5, "first_bad": n + 3})
    assert _audit(db_url, "verify") == 2
    assert f"第 {n + 3} 条审计记录已被改动" in capsys.readouterr().out


def test_a_changed_role_is_found(db: Database, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    n = _existing(db)
    _entries(db, 2)
    _drop_triggers(db_url)
    _raw(db_url, f"UPDATE audit_entry SET role = '审计管理员' WHERE seq = {n + 1}")
    assert _verify(db) == (2, {"ok": False, "entries": n + 2, "first_bad": n + 1})


def test_a_deleted_middle_entry_is_found(db: Database, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    n = _existing(db)
    _entries(db, 5)
    _drop_triggers(db_url)
    _raw(db_url, f"DELETE FROM audit_entry WHERE seq = {n + 2}")
    assert _verify(db) == (2, {"ok": False, "entries": n + 4, "first_bad": n + 2})


def test_deleted_newest_entries_are_found(db: Database, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    n = _existing(db)
    _entries(db, 5)
    _drop_triggers(db_url)
    _raw(db_url, f"DELETE FROM audit_entry WHERE seq >= {n + 4}")
    assert _verify(db) == (2, {"ok": False, "entries": n + 3, "first_bad": n + 4})


def test_a_missing_head_file_is_reported(db: Database, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    n = _existing(db)
    _entries(db, 2)
    head_path(_path(db_url)).unlink()
    assert _verify(db) == (2, {"ok": False, "entries": n + 2, "first_bad": None})


def test_audit_list_filters(db: Database, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    n = _existing(db)
    _entries(db, 2)
    add_unit(db, "城关镇", kind="镇", group="镇")
    assert _audit(db_url, "list", "--action", "测试", "--json") == 0
    listed = json.loads(capsys.readouterr().out)["entries"]
    assert [e["seq"] for e in listed] == [n + 1, n + 2] and listed[0]["after"] == {"k": 1, "号码": MASKED}
    assert listed[0]["result"] == "成功" and listed[0]["role"] == "录入员、审核员" and listed[0]["user"] == CLERK
    assert _audit(db_url, "list", "--user", "没有此人", "--json") == 0
    assert json.loads(capsys.readouterr().out) == {"entries": []}
    assert _audit(db_url, "list", "--since", "2999-01-01") == 0
    assert "没有符合条件的审计记录" in capsys.readouterr().out
    assert _audit(db_url, "list", "--until", "2000-01-01") == 0
    assert "没有符合条件的审计记录" in capsys.readouterr().out
    assert _audit(db_url, "list", "--since", "昨天") == 2
    assert _audit(db_url, "list", "--user", CLERK) == 0
    text = capsys.readouterr().out
    assert f"{CLERK}（录入员、审核员）" in text and "  单位 " in text and "Unit" not in text  # Chinese names


def test_full_ids_are_shown_only_when_asked_and_recorded(db: Database, db_url: str,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    add_unit(db, "城关镇", kind="镇", group="镇")
    cid = add_cadre(db, "王书记", "城关镇", "党委书记", "正科级", principal=True)
    with db.read() as s:
        number = s.scalar(select(Cadre.id_number).where(Cadre.id == cid))
    assert number is not None
    assert main(["--db", db_url, "eligibility", number, "--date", "2026-03-01", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["cadre_id"] == cid and doc["id_number"] == number[:6] + "********" + number[14:]
    # The eligibility entry (the review kept with its facts) holds no whole ID number.
    with db.read() as s:
        texts = [json.dumps([e.before, e.after], ensure_ascii=False) for e in s.scalars(select(AuditEntry))]
    assert texts and not any(number in t for t in texts)
    assert main(["--db", db_url, "eligibility", number, "--date", "2026-03-01", "--json", "--full-ids"]) == 0
    assert json.loads(capsys.readouterr().out)["id_number"] == number
    assert _audit(db_url, "list", "--action", "查看完整身份证号", "--json") == 0
    (seen,) = json.loads(capsys.readouterr().out)["entries"]
    assert seen["user"] == CLERK and seen["after"] == {"输出": "zydesk eligibility --json", "号码数": 1}
    assert _verify(db)[0] == 0


def test_entries_of_a_first_release_database_are_chained_by_the_upgrade(tmp_path: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    from zydesk.storage.migrate import open_database

    path = tmp_path / "old.sqlite"
    con = sqlite3.connect(path)
    con.executescript((Path(__file__).parent / "schema_fixtures" / "0.1.0.sql").read_text(encoding="utf-8"))
    con.execute("INSERT INTO audit_entry (at, user, action, object_type, object_id, before, after) VALUES "
                f"('2026-12-04 18:50:00.000000', '旧用户', '编辑干部', 'Cadre', '7', "
                f"'{{\"id_number\": \"{NUMBER}\"}}', '{{\"name\": \"张三\"}}')")
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.commit()
    old = con.execute("SELECT count(*) FROM audit_entry").fetchone()[0]
    con.close()
    assert old >= 2
    open_database("sqlite:///" + str(path)).dispose()
    con = sqlite3.connect(path)  # a clear file of the first version stays clear until it is converted
    rows = con.execute("SELECT seq, before FROM audit_entry ORDER BY id").fetchall()
    con.close()
    assert [r[0] for r in rows] == list(range(1, old + 1))
    assert json.loads(rows[-1][1]) == {"id_number": MASKED}
    head = read_head(path)
    assert head is not None and head.seq == old
    auditor = Database(open_database("sqlite:///" + str(path)), Principal(AUDITOR, (Role.AUDIT_ADMIN,)))
    try:
        assert verify(auditor).as_json() == {"ok": True, "entries": old, "first_bad": None}
    finally:
        auditor.dispose()


def test_the_demo_county_trail_is_whole(demo_db: Database, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    rc, verdict = _verify_cli(db_url, capsys)
    assert rc == 0 and verdict["ok"] is True and verdict["entries"] >= 1


def test_cli_json_masks_id_numbers_even_in_free_text(capsys: pytest.CaptureFixture[str]) -> None:
    from zydesk.cli.common import print_json

    print_json({"evidence": f"公民身份号码 {NUMBER} 的干部", "other": "2024-12-31 12345678901234567890"})
    assert json.loads(capsys.readouterr().out) == {"evidence": f"公民身份号码 {MASKED} 的干部",
                                                   "other": "2024-12-31 12345678901234567890"}
    print_json({"id_number": NUMBER}, full_ids=True)
    assert json.loads(capsys.readouterr().out) == {"id_number": NUMBER}
