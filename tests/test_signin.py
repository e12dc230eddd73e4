"""Signing in to an encrypted database: key slots, wrong passwords and lockout, roles from the database,
the recovery key, changing a password without re-encrypting."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.accounts import PASSWORD, as_role
from zydesk.core.security.roles import Role
from zydesk.errors import NotPermitted, ValidationError
from zydesk.services.security import accounts, signin
from zydesk.storage import cipher, keyslots
from zydesk.storage.models import AuditEntry

NEW = "Neu-pass-2027"


@pytest.fixture
def created(tmp_path: Path) -> signin.Created:
    done = signin.create_database("sqlite:///" + str(tmp_path / "zy.sqlite"), "张三", PASSWORD)
    yield done
    done.db.dispose()


def _url(c: signin.Created) -> str:
    return "sqlite:///" + str(c.path)


def _actions(db: signin.Database) -> list[tuple[str, str, str]]:
    with db.acting_as(db.principal).sessions() as s:
        return [(e.action, e.object_id or "", e.result) for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))]


def test_a_new_database_is_encrypted_and_has_one_administrator(created: signin.Created) -> None:
    assert created.db.principal.roles == (Role.SYSTEM_ADMIN,)
    assert len(created.recovery_key.replace("-", "")) == 40
    created.db.dispose()
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(created.path).execute("SELECT * FROM sqlite_master").fetchall()
    slots = json.loads(keyslots.keys_path(created.path).read_text("utf-8"))
    assert set(slots["slots"]) == {"张三", keyslots.RECOVERY_SLOT}
    assert PASSWORD not in keyslots.keys_path(created.path).read_text("utf-8")


def test_sign_in_reads_the_roles_from_the_database(created: signin.Created) -> None:
    accounts.add_account(created.db, "李四", "录入员,审核员", PASSWORD)
    created.db.dispose()
    cipher.forget(created.path)
    signed = signin.sign_in(_url(created), "李四", PASSWORD)
    assert signed.db.principal.roles == (Role.CLERK, Role.REVIEWER) and signed.must_change is None
    with pytest.raises(NotPermitted, match="无权管理账号和角色"):
        accounts.add_account(signed.db, "王五", "查阅员", PASSWORD)
    signed.db.dispose()


def test_a_slot_cannot_be_moved_to_another_name(created: signin.Created) -> None:
    """The slot file holds no roles, and a slot wraps the key for its own name only."""
    accounts.add_account(created.db, "查阅", "查阅员", PASSWORD)
    keys = keyslots.load(created.path)
    keys.slots["查阅"] = keys.slots["张三"]  # the administrator's slot under the reader's name
    keyslots.save(created.path, keys)
    with pytest.raises(signin.SignInRefused, match="账号或口令不正确"):
        signin.sign_in(_url(created), "查阅", PASSWORD)


def test_wrong_passwords_lock_the_account_and_are_audited_later(created: signin.Created) -> None:
    url = _url(created)
    for left in (4, 3, 2, 1):
        with pytest.raises(signin.SignInRefused, match=f"再输错 {left} 次"):
            signin.sign_in(url, "张三", "Wrong-pass-1")
    with pytest.raises(signin.SignInRefused, match="锁定至"):
        signin.sign_in(url, "张三", "Wrong-pass-1")
    with pytest.raises(signin.SignInRefused, match="已锁定"):  # the right password does not open it now
        signin.sign_in(url, "张三", PASSWORD)
    with pytest.raises(signin.SignInRefused, match="账号或口令不正确"):
        signin.sign_in(url, "无此人", PASSWORD)
    keys = keyslots.load(created.path)
    keys.slots["张三"].locked_until = "2000-01-01T00:00:00"  # the ten minutes have passed
    keyslots.save(created.path, keys)
    signed = signin.sign_in(url, "张三", PASSWORD)
    seen = _actions(signed.db)
    assert seen.count((signin.SIGN_IN_FAILED, "张三", "口令错误")) == 5
    assert (signin.SIGN_IN_FAILED, "（未知账号）", "无此账号") in seen  # a typed name that is no account is never kept
    assert any(a == signin.LOCKED_OUT for a, _, _ in seen)
    assert seen[-1][:2] == (signin.SIGN_IN, "张三")
    assert keyslots.load(created.path).pending == []
    signed.db.dispose()


def test_a_disabled_account_cannot_sign_in(created: signin.Created) -> None:
    accounts.add_account(created.db, "安全", "安全管理员", PASSWORD)
    accounts.add_account(created.db, "李四", "录入员", PASSWORD)
    security = created.db.acting_as(signin.Principal("安全", (Role.SECURITY_ADMIN,)))
    accounts.set_disabled(security, "李四", True)
    keys = keyslots.load(created.path)
    assert "李四" not in keys.slots and "李四" in keys.parked  # parked under the data key
    with pytest.raises(keyslots.WrongSecret):  # the password opens nothing, in the program or outside it
        keys.open_with("李四", PASSWORD)
    with pytest.raises(signin.SignInRefused, match="已停用"):
        signin.sign_in(_url(created), "李四", PASSWORD)
    accounts.set_disabled(security, "李四", False)
    signin.sign_in(_url(created), "李四", PASSWORD).db.dispose()


def test_changing_a_password_rewraps_the_same_key(created: signin.Created) -> None:
    key = cipher.key_for(created.path)
    with pytest.raises(ValidationError, match="原口令不正确"):
        accounts.change_own_password(created.db, "Wrong-pass-1", NEW)
    with pytest.raises(ValidationError, match="至少 3 类"):
        accounts.change_own_password(created.db, PASSWORD, "abcdefgh")
    accounts.change_own_password(created.db, PASSWORD, NEW)
    created.db.dispose()
    cipher.forget(created.path)
    with pytest.raises(signin.SignInRefused):
        signin.sign_in(_url(created), "张三", PASSWORD)
    signed = signin.sign_in(_url(created), "张三", NEW)
    assert cipher.key_for(created.path) == key  # the database was not re-encrypted
    signed.db.dispose()


def test_a_reset_password_must_be_changed(created: signin.Created) -> None:
    accounts.add_account(created.db, "安全", "安全管理员", PASSWORD)
    accounts.add_account(created.db, "李四", "录入员", PASSWORD)
    security = created.db.acting_as(signin.Principal("安全", (Role.SECURITY_ADMIN,)))
    accounts.reset_password(security, "李四", NEW)
    signed = signin.sign_in(_url(created), "李四", NEW)
    assert signed.must_change is not None and "重设" in signed.must_change
    with pytest.raises(NotPermitted, match="口令须先修改"):  # the one who reset it knows it: nothing else yet
        signed.db.read()
    accounts.change_own_password(signed.db, NEW, "Own-pass-2027")
    signed.db.read().close()  # changed: the account's roles apply again
    signed.db.dispose()


def test_the_recovery_key_lets_the_administrator_in_again(created: signin.Created) -> None:
    created.db.dispose()
    cipher.forget(created.path)
    with pytest.raises(signin.SignInRefused, match="恢复密钥不正确"):
        signin.recover(_url(created), "AAAAA-" * 7 + "AAAAA", "张三", NEW)
    typed = created.recovery_key.lower().replace("-", " ")  # as read off paper
    signed = signin.recover(_url(created), typed, "张三", NEW)
    assert signed.db.principal.roles == (Role.SYSTEM_ADMIN,)
    signed.db.dispose()
    signin.sign_in(_url(created), "张三", NEW).db.dispose()
    assert ("用恢复密钥重设口令", "", "成功") in [(a, "", r) for a, _, r in _actions(signed.db)]


def test_three_administrators_stay_apart(created: signin.Created) -> None:
    with pytest.raises(ValidationError, match="三员分立"):
        accounts.add_account(created.db, "二合一", "系统管理员,审计管理员", PASSWORD)
    with pytest.raises(ValidationError, match="三员分立"):
        accounts.add_account(created.db, "兼职", "审计管理员,查阅员", PASSWORD)
    with pytest.raises(ValidationError, match="至少 8 位"):
        accounts.add_account(created.db, "短口令", "查阅员", "Ab-1")
    with pytest.raises(NotPermitted):
        created.db.read()  # the system administrator reads no business data


def test_log_records_never_carry_a_whole_id_number(caplog: pytest.LogCaptureFixture) -> None:
    import logging

    from zydesk.services.crash_log import mask_log_records

    mask_log_records()
    logging.getLogger("zydesk.test").warning("导入失败：%s", "610924197001011234")
    assert "610924197001011234" not in caplog.text and "610924********1234" in caplog.text


def test_the_signed_in_handle_keeps_the_automatic_backups(created: signin.Created) -> None:
    """sign_in hands out the account's handle (acting_as the opened one): its writes still set off the
    automatic backups, and its exit backup."""
    from tests.factories import add_unit
    from zydesk.services import backups
    from zydesk.storage.backups import list_backups

    accounts.add_account(created.db, "李四", "录入员", PASSWORD)
    created.db.dispose()
    signed = signin.sign_in(_url(created), "李四", PASSWORD)
    before = {b.path for b in list_backups(created.path)}
    add_unit(signed.db, "城关镇")  # within the interval of the backup taken at creation: remembered
    assert {b.path for b in list_backups(created.path)} == before
    backups.at_exit(signed.db)  # the write was seen: a backup at exit
    assert [b.reason for b in list_backups(created.path) if b.path not in before] == ["exit"]
    signed.db.dispose()


def test_an_attempt_that_cannot_be_counted_is_refused(created: signin.Created,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The attempt is counted before the password is tried: when the slot file cannot be written (another
    program holds its lock), even the right password is refused, and guesses are never let through uncounted."""
    created.db.dispose()
    cipher.forget(created.path)
    monkeypatch.setattr(keyslots.locked, "__defaults__", (0.2,))  # give up after 0.2 s instead of 10
    with keyslots.locked(created.path), pytest.raises(signin.SignInRefused, match="稍后再试"):  # held elsewhere
        signin.sign_in(_url(created), "张三", PASSWORD)
    signin.sign_in(_url(created), "张三", PASSWORD).db.dispose()
    assert keyslots.load(created.path).slots["张三"].failures == 0  # the success cleared the count


def test_the_slot_lock_ends_with_its_holder(tmp_path: Path) -> None:
    """The slot-file lock is the system's lock: a killed holder leaves no stale lock behind, and a program
    that merely finds the lock file present (an old one) is not kept out."""
    db_path = tmp_path / "x.db"
    lock = keyslots.keys_path(db_path).with_name(keyslots.keys_path(db_path).name + ".lock")
    lock.write_bytes(b"")  # left by a killed program
    with keyslots.locked(db_path, wait_s=0.2):
        pass
    script = ("import sys, time; from pathlib import Path; from zydesk.storage import keyslots\n"
              "with keyslots.locked(Path(sys.argv[1])):\n    print('held', flush=True); time.sleep(60)\n")
    holder = subprocess.Popen([sys.executable, "-c", script, str(db_path)], stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])})
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(keyslots.KeyFileDamaged, match="稍后再试"), keyslots.locked(db_path, wait_s=0.2):
            pass
    finally:
        holder.kill()
        holder.communicate()
    with keyslots.locked(db_path, wait_s=2):  # the killed holder's lock went with it
        pass


def test_demo_people_go_only_into_a_demo_database(created: signin.Created, tmp_path: Path) -> None:
    """The window's 填入演示数据 step is refused by the service on a database created for real work."""
    from zydesk.errors import UserError
    from zydesk.services import demo
    from zydesk.services.security import first_start

    with pytest.raises(UserError, match="演示数据库"):
        first_start.fill_demo(created.db)
    assert not demo.has_data(as_role(created.db, Role.READER))
    made = signin.create_database(f"sqlite:///{tmp_path / 'demo.db'}", "张三", PASSWORD, demo=True)
    try:
        first_start.fill_demo(made.db)
        assert demo.has_data(as_role(made.db, Role.READER))
    finally:
        made.db.dispose()


def test_the_trail_never_holds_a_password_hash(created: signin.Created) -> None:
    """Creating, resetting and changing passwords is recorded, but what the audit 审计管理员 can read or export
    never carries the hash (it could be guessed at offline): only that it changed."""
    accounts.add_account(created.db, "安全", "安全管理员", PASSWORD)
    accounts.add_account(created.db, "李四", "录入员", PASSWORD)
    security = created.db.acting_as(signin.Principal("安全", (Role.SECURITY_ADMIN,)))
    accounts.reset_password(security, "李四", NEW)
    accounts.change_own_password(created.db, PASSWORD, NEW)
    with created.db.engine.connect() as conn:
        rows = conn.execute(select(AuditEntry.object_type, AuditEntry.before, AuditEntry.after)).all()
    changed = [r for r in rows if r.object_type == "Account" and "password_hash" in (r.after or {})]
    assert len(changed) >= 4  # three accounts made, one reset, one change (at least)
    assert all((r.after or {}).get("password_hash") == "（不记录）" for r in changed)
    assert "$argon2" not in json.dumps([(r.before, r.after) for r in rows], ensure_ascii=False)
