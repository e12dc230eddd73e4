"""The audit trail of issue #11: the role in every entry, reading and exporting for 审计管理员 only, undoing a
mistaken change from its entry (审核员), and entries kept (no purge of a young entry)."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from tests.accounts import CLERK, ROLE_ACCOUNTS, as_role
from tests.factories import add_cadre, add_unit, new_id_number
from zydesk.cli.main import main
from zydesk.core.master import CadreData, UnitData
from zydesk.core.security.roles import Permission, Role
from zydesk.errors import NotPermitted, UserError
from zydesk.services import audit_trail, audit_undo
from zydesk.services.master import save_cadre, save_unit
from zydesk.storage import cipher
from zydesk.storage.engine import sqlite_path
from zydesk.storage.models import AuditEntry, Cadre, Unit
from zydesk.storage.uow import Database

AUDITOR = ROLE_ACCOUNTS[Role.AUDIT_ADMIN]


def _auditor(db: Database) -> Database:
    return as_role(db, Role.AUDIT_ADMIN)


def _reviewer(db: Database) -> Database:
    return as_role(db, Role.REVIEWER)


def _last(db: Database, **match: object) -> AuditEntry:
    with db.read() as s:
        stmt = select(AuditEntry).order_by(AuditEntry.seq.desc())
        for key, value in match.items():
            stmt = stmt.where(getattr(AuditEntry, key) == value)
        found = s.scalars(stmt).first()
    assert found is not None
    return found


def _rename(db: Database, unit_id: int, name: str) -> None:
    save_unit(db, UnitData(name=name, kind="镇", group="镇"), unit_id)


# --- the role --------------------------------------------------------------------------------------------

def test_orm_entries_record_the_role_of_the_account(db: Database) -> None:
    add_unit(as_role(db, Role.CLERK), "城关镇", kind="镇", group="镇")
    entry = _last(db, object_type="Unit")
    assert (entry.user, entry.role, entry.action) == (ROLE_ACCOUNTS[Role.CLERK], "录入员", "新增单位")
    listed = audit_trail.entries(_auditor(db), action="新增单位")
    assert listed[-1].role == "录入员" and listed[-1].object_name == "单位"
    assert listed[-1].as_json()["role"] == "录入员" and listed[-1].as_json()["object_type"] == "Unit"
    assert audit_trail.verify(_auditor(db)).ok


# --- 审计管理员 only -------------------------------------------------------------------------------------

@pytest.mark.parametrize("role", [Role.CLERK, Role.REVIEWER, Role.READER, Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN])
def test_only_the_audit_administrator_reads_and_exports(db: Database, role: Role, tmp_path: Path) -> None:
    other = as_role(db, role)
    with pytest.raises(NotPermitted):
        audit_trail.entries(other)
    with pytest.raises(NotPermitted):
        audit_trail.verify(other)
    with pytest.raises(NotPermitted):
        audit_trail.export_entries(other, tmp_path / "a.xlsx")
    assert not (tmp_path / "a.xlsx").exists()


def test_the_cli_refuses_the_trail_to_a_clerk(db: Database, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db_url, "audit", "list"]) == 2
    assert "无权查看审计记录" in capsys.readouterr().err
    assert main(["--db", db_url, "audit", "verify"]) == 2


# --- export ------------------------------------------------------------------------------------------------

def test_export_masks_id_numbers_leaves_no_temporary_file_and_is_recorded(db: Database, tmp_path: Path) -> None:
    add_unit(db, "城关镇", kind="镇", group="镇")
    number = new_id_number()
    add_cadre(db, "王书记", "城关镇", id_number=number)
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "审计.xlsx"
    count = audit_trail.export_entries(_auditor(db), target, audit_trail.Filter(user=CLERK))
    assert count >= 3 and target.exists()
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # nothing left beside it
    rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    assert rows[0] == audit_trail.EXPORT_HEADERS and len(rows) == count + 1
    text = json.dumps([list(map(str, r)) for r in rows], ensure_ascii=False)
    assert number not in text and number[:6] + "********" + number[14:] in text
    assert "干部" in {r[5] for r in rows[1:]} and "录入员、审核员" in {r[3] for r in rows[1:]}
    recorded = _last(db, action=audit_trail.EXPORT_ACTION)
    assert recorded.user == AUDITOR and recorded.role == "审计管理员"
    assert recorded.after == {"文件": target.name, "条数": count, "条件": {"账号": CLERK}}


def test_export_from_the_command_line(db: Database, db_url: str, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    add_unit(db, "城关镇", kind="镇", group="镇")
    target = tmp_path / "out.xlsx"
    assert main(["--db", db_url, "--user", AUDITOR, "audit", "export", "-o", str(target), "--action", "新增单位",
                 "--since", dt.date.today().isoformat()]) == 0
    assert "已导出 1 条审计记录" in capsys.readouterr().out
    rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    assert len(rows) == 2 and rows[1][4] == "新增单位" and rows[1][5] == "单位"
    assert main(["--db", db_url, "--user", AUDITOR, "audit", "export", "-o", str(tmp_path / "x.csv")]) == 2


# --- undo --------------------------------------------------------------------------------------------------

def test_undo_an_update_restores_the_values_and_points_at_the_entry(db: Database) -> None:
    unit_id = add_unit(db, "城关镇", kind="镇", group="镇")
    _rename(db, unit_id, "城关镇（误）")
    seq = _last(db, object_type="Unit", action="编辑单位").seq
    assert seq is not None
    done = audit_undo.undo_entry(_reviewer(db), seq)
    assert "城关镇" in done.what or "单位" in done.what
    with db.read() as s:
        assert s.get(Unit, unit_id).name == "城关镇"  # type: ignore[union-attr]
    reverse = _last(db, object_type="Unit")
    assert reverse.action == "撤销修改" and reverse.after == {"name": "城关镇"} and reverse.role == "审核员"
    pointer = _last(db, object_type="审计记录")
    assert pointer.object_id == str(seq) and pointer.after["撤销的审计记录"] == seq
    with pytest.raises(UserError, match="已撤销过"):
        audit_undo.undo_entry(_reviewer(db), seq)
    assert audit_trail.verify(_auditor(db)).ok


def test_undo_is_refused_when_the_record_changed_since(db: Database) -> None:
    unit_id = add_unit(db, "城关镇", kind="镇", group="镇")
    _rename(db, unit_id, "城关镇一")
    seq = _last(db, object_type="Unit", action="编辑单位").seq
    _rename(db, unit_id, "城关镇二")
    assert seq is not None
    with pytest.raises(UserError, match="又被修改过（名称）"):
        audit_undo.undo_entry(_reviewer(db), seq)


def test_undo_an_insert_deletes_the_record(db: Database) -> None:
    unit_id = add_unit(db, "误建镇", kind="镇", group="镇")
    seq = _last(db, object_type="Unit", action="新增单位").seq
    assert seq is not None
    audit_undo.undo_entry(_reviewer(db), seq)
    with db.read() as s:
        assert s.get(Unit, unit_id) is None


def test_undo_an_insert_is_refused_when_records_hang_on_it(db: Database) -> None:
    add_unit(db, "城关镇", kind="镇", group="镇")
    seq = _last(db, object_type="Unit", action="新增单位").seq
    add_cadre(db, "王书记", "城关镇")
    assert seq is not None
    with pytest.raises(UserError):
        audit_undo.undo_entry(_reviewer(db), seq)
    with db.read() as s:
        assert s.scalar(select(Unit.id).where(Unit.name == "城关镇")) is not None


def test_undo_a_delete_inserts_the_record_again(db: Database) -> None:
    unit_id = add_unit(db, "城关镇", kind="镇", group="镇")
    with db.uow("删除单位", Permission.ENTER) as uow:
        uow.session.delete(uow.session.get(Unit, unit_id))
        uow.commit()
    seq = _last(db, object_type="Unit", action="删除单位").seq
    assert seq is not None
    audit_undo.undo_entry(_reviewer(db), seq)
    with db.read() as s:
        unit = s.get(Unit, unit_id)
        assert unit is not None and (unit.name, unit.kind, unit.active) == ("城关镇", "镇", True)


def test_undo_refuses_a_masked_id_number_and_an_import(db: Database) -> None:
    add_unit(db, "城关镇", kind="镇", group="镇")
    cadre_id = add_cadre(db, "王书记", "城关镇")
    with db.read() as s:
        cadre = s.get(Cadre, cadre_id)
        assert cadre is not None
        data = CadreData(name=cadre.name, id_number=new_id_number(dt.date(1981, 1, 1)), ethnicity="汉族",
                         political_status="中共党员")
    save_cadre(db, data, cadre_id)
    seq = _last(db, object_type="Cadre", action="编辑干部").seq
    assert seq is not None
    with pytest.raises(UserError, match="身份证号在审计记录中已遮蔽"):
        audit_undo.undo_entry(_reviewer(db), seq)
    with db.uow("导入干部信息", Permission.ENTER) as uow:
        uow.audit("Cadre", str(cadre_id), before={"name": "甲"}, after={"name": "乙"})
        uow.commit()
    seq = _last(db, action="导入干部信息").seq
    assert seq is not None
    with pytest.raises(UserError, match="批量导入"):
        audit_undo.undo_entry(_reviewer(db), seq)


def test_undo_needs_the_reviewer(db: Database) -> None:
    unit_id = add_unit(db, "城关镇", kind="镇", group="镇")
    _rename(db, unit_id, "城关镇（误）")
    seq = _last(db, object_type="Unit", action="编辑单位").seq
    assert seq is not None
    for role in (Role.CLERK, Role.READER, Role.AUDIT_ADMIN, Role.SYSTEM_ADMIN):
        with pytest.raises(NotPermitted):
            audit_undo.undo_entry(as_role(db, role), seq)
        with pytest.raises(NotPermitted):
            audit_undo.recent_changes(as_role(db, role))


def test_recent_changes_lists_business_records_only(db: Database) -> None:
    unit_id = add_unit(db, "城关镇", kind="镇", group="镇")
    _rename(db, unit_id, "城关镇（误）")
    changes = audit_undo.recent_changes(_reviewer(db))
    assert changes[0].kind == "修改" and changes[0].object_text == f"单位 {unit_id}" and changes[0].problem is None
    assert all(c.object_type not in ("Account", "Setting") for c in changes)
    audit_undo.undo_entry(_reviewer(db), changes[0].seq)
    again = {c.seq: c for c in audit_undo.recent_changes(_reviewer(db))}
    assert "已撤销" in (again[changes[0].seq].problem or "")


# --- retention ---------------------------------------------------------------------------------------------

@pytest.mark.sqlite_only  # the file's triggers, by a raw connection (server: tests/test_postgresql.py)
def test_a_young_entry_cannot_be_purged(db: Database, db_url: str) -> None:
    """Entries are kept at least 180 days: there is no purge, and the database refuses to delete any entry."""
    add_unit(db, "城关镇", kind="镇", group="镇")
    young = _last(db, object_type="Unit")
    assert young.at > dt.datetime.now() - dt.timedelta(days=180)
    path = sqlite_path(db_url)
    assert path is not None
    con = cipher.open_file(path)
    try:
        with pytest.raises(cipher.DatabaseError, match="审计记录不可删除"):
            con.execute("DELETE FROM audit_entry WHERE at > datetime('now', '-180 days')")
    finally:
        con.close()
    with pytest.raises(PermissionError, match="审计记录不可删除"), db.uow("清理", Permission.ENTER) as uow:
        uow.session.delete(uow.session.get(AuditEntry, young.id))
        uow.session.flush()
    assert _last(db, object_type="Unit").id == young.id


# --- restore ------------------------------------------------------------------------------------------------

@pytest.mark.sqlite_only  # a restore of a backup file
def test_a_restore_keeps_the_roles_of_later_entries_and_records_its_own(db: Database, db_url: str) -> None:
    from zydesk.storage import backups as store

    path = sqlite_path(db_url)
    assert path is not None
    db.engine.dispose()
    taken = store.take(path, "manual")
    add_unit(db, "城关镇", kind="镇", group="镇")  # after the backup: carried into the restored file
    db.engine.dispose()
    store.restore(taken.path, path, "管理员", role="系统管理员")
    db.engine.dispose()
    carried = _last(db, object_type="Unit")
    assert (carried.action, carried.role) == ("新增单位", "录入员、审核员")
    restored = _last(db, action="恢复数据库")
    assert (restored.user, restored.role) == ("管理员", "系统管理员")
    assert audit_trail.verify(_auditor(db)).ok


@pytest.mark.sqlite_only  # a restore of a backup file
def test_the_role_migration_finds_the_column_a_restore_added(db: Database, db_url: str) -> None:
    """A restore of a backup from before 0003 adds the role column while carrying newer entries over; the
    upgrade that follows must take the column as it finds it."""
    from zydesk.storage.migrate import current_revisions, head_revisions, open_database

    path = sqlite_path(db_url)
    assert path is not None
    db.engine.dispose()
    con = cipher.open_file(path)
    try:
        con.execute("UPDATE alembic_version SET version_num = '0002_audit_chain' "
                    "WHERE version_num = '0003_audit_role'")
        con.commit()
    finally:
        con.close()
    engine = open_database(db_url)
    try:
        assert current_revisions(engine) == head_revisions()
    finally:
        engine.dispose()


def test_a_long_title_is_recorded_whole(db: Database) -> None:
    """A 公文's title can be longer than the entry's name column: the print is still recorded (never refused
    for the length), the name shortened and the whole title kept beside it."""
    title = ("中共紫阳县委办公室关于印发《紫阳县党政干部鼓励激励实施办法（试行）》"
             "《紫阳县党政干部容错纠错实施细则（试行）》《紫阳县推进县管党政领导干部能上能下实施办法（试行）》的通知")
    assert len(title) > 60
    audit_trail.record_output(db, audit_trail.PRINTED, title, {"文件": "通知.pdf"})
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert entry is not None and entry.object_id is not None and len(entry.object_id) == 60
    assert entry.object_id.endswith("…") and entry.after == {"文件": "通知.pdf", "全称": title}


def test_a_password_hash_recorded_before_secrets_were_left_out_is_never_shown(db: Database, tmp_path: Path) -> None:
    """Entries written before the trail stopped recording password hashes still hold them; the trail shows and
    exports that the password changed, not the hash, and the chain over the stored entries still verifies."""
    stored = "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA"
    with db.uow("修改口令", need=None) as uow:
        uow.audit("Account", "1", before={"password_hash": stored, "name": CLERK},
                  after={"password_hash": stored + "x", "password_changed_at": None})
        uow.commit()
    auditor = _auditor(db)
    entry = next(e for e in audit_trail.entries(auditor, action="修改口令"))
    assert entry.before == {"password_hash": "（不记录）", "name": CLERK}
    assert entry.after == {"password_hash": "（不记录）", "password_changed_at": None}
    target = tmp_path / "审计.xlsx"
    audit_trail.export_entries(auditor, target, audit_trail.Filter(action="修改口令"))
    text = json.dumps([list(map(str, r)) for r in openpyxl.load_workbook(target).active.iter_rows(values_only=True)],
                      ensure_ascii=False)
    assert "argon2" not in text and "不记录" in text
    assert audit_trail.verify(auditor).ok
