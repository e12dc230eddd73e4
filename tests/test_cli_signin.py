"""The CLI's sign-in contract (issue #11): every command that opens a database signs in; wrong passwords
count toward lockout; init --admin, the user commands, security-policy and rekey."""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.accounts import ADMIN, CLERK, PASSWORD, ROLE_ACCOUNTS
from zydesk.cli.main import main
from zydesk.core.security.roles import Role
from zydesk.storage.models import AuditEntry
from zydesk.storage.uow import Database

Capture = pytest.CaptureFixture[str]
SECURITY = ROLE_ACCOUNTS[Role.SECURITY_ADMIN]
READER = ROLE_ACCOUNTS[Role.READER]
NEW = "Neu-Kennwort-7"
WORKDAY = ["workday", "2026-09-28", "3", "--json"]  # a command that signs in and only reads
ACCOUNT_KEYS = {"name", "roles", "status", "disabled", "locked_until", "password_changed_at", "password_expires",
                "created_at", "created_by"}


def run(db_url: str, *args: str) -> int:
    return main(["--db", db_url, *args])


def test_without_credentials_and_without_a_terminal_exit_2(db: Database, db_url: str, capsys: Capture,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ZYDESK_USER")
    monkeypatch.delenv("ZYDESK_PASSWORD")
    assert run(db_url, *WORKDAY) == 2
    assert "需要登录：" in capsys.readouterr().err
    monkeypatch.setenv("ZYDESK_USER", CLERK)  # an account but no password
    assert run(db_url, *WORKDAY) == 2
    assert "需要登录：" in capsys.readouterr().err


def test_wrong_passwords_count_and_lock_until_a_time(db: Database, db_url: str, capsys: Capture,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZYDESK_PASSWORD", "Falsch-123")
    for left in (4, 3, 2, 1):
        assert run(db_url, *WORKDAY) == 2
        assert f"账号或口令不正确。再输错 {left} 次" in capsys.readouterr().err
    assert run(db_url, *WORKDAY) == 2
    assert re.search(r"账号锁定至 \d{4}-\d\d-\d\d \d\d:\d\d", capsys.readouterr().err)
    monkeypatch.setenv("ZYDESK_PASSWORD", PASSWORD)  # the right password, still locked
    assert run(db_url, *WORKDAY) == 2
    err = capsys.readouterr().err
    assert "已锁定" in err and re.search(r"请于 \d{4}-\d\d-\d\d \d\d:\d\d 后再试", err)
    assert capsys.readouterr().out == ""

    assert run(db_url, "--user", SECURITY, "user", "unlock", CLERK) == 0  # 安全管理员 unlocks
    assert run(db_url, *WORKDAY) == 0
    assert json.loads(capsys.readouterr().out)["due"] == "2026-10-08"
    with db.read() as s:  # the failures, kept in the key file meanwhile, are in the audit trail now
        actions = Counter(s.scalars(select(AuditEntry.action).where(AuditEntry.object_id == CLERK)))
    assert actions["登录失败"] == 5 and actions["账号锁定"] == 1 and actions["解锁账号"] == 1


def test_unlock_is_for_the_security_administrator(db: Database, db_url: str, capsys: Capture) -> None:
    assert run(db_url, "user", "unlock", READER) == 2
    assert "无权" in capsys.readouterr().err
    assert run(db_url, "--user", ADMIN, "user", "unlock", READER) == 2


def test_user_before_or_after_the_subcommand_and_from_the_environment(db: Database, db_url: str, capsys: Capture,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    assert run(db_url, "user", "list", "--json") == 2  # 业务员 may not see the accounts
    assert "无权查看账号和角色" in capsys.readouterr().err
    assert run(db_url, "--user", ADMIN, "user", "list", "--json") == 0
    before = json.loads(capsys.readouterr().out)
    assert run(db_url, "user", "list", "--json", "--user", ADMIN) == 0
    assert json.loads(capsys.readouterr().out) == before
    monkeypatch.setenv("ZYDESK_USER", SECURITY)
    assert run(db_url, "user", "list", "--json") == 0
    assert json.loads(capsys.readouterr().out) == before
    assert main(["workday", "2026-09-28", "3", "--db", db_url, "--user", CLERK]) == 0  # after a plain subcommand


def test_user_list_json_shape(db: Database, db_url: str, capsys: Capture) -> None:
    assert run(db_url, "--user", SECURITY, "user", "list", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == ["accounts"]
    by_name = {a["name"]: a for a in data["accounts"]}
    assert set(by_name) == {ADMIN, CLERK, *ROLE_ACCOUNTS.values()}
    assert all(set(a) == ACCOUNT_KEYS for a in data["accounts"])
    assert by_name[ADMIN]["roles"] == ["系统管理员"] and by_name[CLERK]["roles"] == ["录入员", "审核员"]
    assert by_name[CLERK]["status"] == "正常" and by_name[CLERK]["disabled"] is False
    assert by_name[CLERK]["locked_until"] is None and by_name[CLERK]["created_by"] == ADMIN


def test_init_admin_creates_an_encrypted_database_and_prints_the_recovery_key_once(tmp_path: Path,
                                                                                   capsys: Capture) -> None:
    target = tmp_path / "new.sqlite"
    assert main(["--db", str(target), "init", "--admin", "张三"]) == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert len(lines) == 1 and re.fullmatch(r"([A-Z2-9]{5}-){7}[A-Z2-9]{5}", lines[0])
    assert "恢复密钥" in captured.err and lines[0] not in captured.err
    assert not target.read_bytes().startswith(b"SQLite format 3")
    assert Path(str(target) + ".keys").exists()
    assert main(["--db", str(target), "--user", "张三", "user", "list", "--json"]) == 0
    accounts = json.loads(capsys.readouterr().out)["accounts"]
    assert [(a["name"], a["roles"]) for a in accounts] == [("张三", ["系统管理员"])]
    assert lines[0] not in capsys.readouterr().out  # shown once: signing in never shows it again


def test_init_without_admin_on_a_new_file_exit_2(tmp_path: Path, capsys: Capture) -> None:
    target = tmp_path / "new.sqlite"
    assert main(["--db", str(target), "init"]) == 2
    assert "--admin" in capsys.readouterr().err
    assert not target.exists()


def test_init_demo_creates_one_account_per_role(tmp_path: Path, capsys: Capture,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    import zydesk.demo

    monkeypatch.setattr(zydesk.demo, "fill_demo", lambda db, progress: "（略）")  # the accounts, not the county
    target = tmp_path / "demo.sqlite"
    assert main(["--db", str(target), "init", "--demo", "--admin", ADMIN]) == 0
    assert "演示账号" in capsys.readouterr().err
    assert main(["--db", str(target), "--user", ADMIN, "user", "list", "--json"]) == 0
    accounts = {a["name"]: a["roles"] for a in json.loads(capsys.readouterr().out)["accounts"]}
    assert accounts == {ADMIN: ["系统管理员"], **{role.value: [role.value] for role in Role
                                               if role is not Role.SYSTEM_ADMIN}}
    assert main(["--db", str(target), "--user", "录入员", *WORKDAY]) == 0  # with the administrator's password


def test_rekey_with_the_recovery_key_lets_the_administrator_in(tmp_path: Path, capsys: Capture,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    target = str(tmp_path / "lost.sqlite")
    assert main(["--db", target, "init", "--admin", ADMIN]) == 0
    key = capsys.readouterr().out.strip()
    monkeypatch.setenv("ZYDESK_USER", ADMIN)
    monkeypatch.setenv("ZYDESK_PASSWORD", NEW)
    assert main(["--db", target, "user", "list"]) == 2  # the new password does not open it yet
    capsys.readouterr()

    monkeypatch.setenv("ZYDESK_NEW_PASSWORD", NEW)
    assert main(["--db", target, "rekey", "--recovery-key", "ABCDE-FGHJK", "--admin", ADMIN]) == 2
    assert "恢复密钥不正确" in capsys.readouterr().err
    assert main(["--db", target, "rekey", "--recovery-key", key.lower().replace("-", " "), "--admin", ADMIN]) == 0
    assert "命令历史" in capsys.readouterr().err  # a key on the command line is accepted with a warning
    assert main(["--db", target, "user", "list", "--json"]) == 0
    capsys.readouterr()
    monkeypatch.setenv("ZYDESK_PASSWORD", PASSWORD)  # the lost one no longer opens it
    assert main(["--db", target, "user", "list"]) == 2

    monkeypatch.setenv("ZYDESK_RECOVERY_KEY", key)  # the key from the environment
    assert main(["--db", target, "rekey", "--admin", ADMIN]) == 0
    monkeypatch.delenv("ZYDESK_RECOVERY_KEY")
    monkeypatch.setenv("ZYDESK_PASSWORD", NEW)
    assert main(["--db", target, "user", "list"]) == 0
    capsys.readouterr()
    assert main(["--db", target, "rekey", "--admin", ADMIN]) == 2  # no key and no terminal
    assert "需要恢复密钥" in capsys.readouterr().err


def test_add_account_usable_at_once_only_by_the_system_administrator(db: Database, db_url: str, capsys: Capture,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZYDESK_NEW_PASSWORD", NEW)
    assert run(db_url, "user", "add", "小李", "--role", "录入员") == 2
    assert "无权管理账号和角色" in capsys.readouterr().err
    assert run(db_url, "--user", ADMIN, "user", "add", "小李", "--role", "录入员,审核员") == 0
    assert run(db_url, "--user", ADMIN, "user", "add", "小赵", "--role", "安全管理员,录入员") == 2
    assert "三员分立" in capsys.readouterr().err
    assert run(db_url, "--user", ADMIN, "user", "add", "小钱", "--role", "局长") == 2
    assert "没有“局长”这个角色" in capsys.readouterr().err
    monkeypatch.setenv("ZYDESK_NEW_PASSWORD", "short")
    assert run(db_url, "--user", ADMIN, "user", "add", "小孙", "--role", "查阅员") == 2
    assert "口令至少" in capsys.readouterr().err
    monkeypatch.delenv("ZYDESK_NEW_PASSWORD")
    assert run(db_url, "--user", ADMIN, "user", "add", "小周", "--role", "查阅员") == 2
    assert "ZYDESK_NEW_PASSWORD" in capsys.readouterr().err

    monkeypatch.setenv("ZYDESK_PASSWORD", NEW)
    assert run(db_url, "--user", "小李", *WORKDAY) == 0
    capsys.readouterr()
    monkeypatch.setenv("ZYDESK_PASSWORD", PASSWORD)
    assert run(db_url, "--user", ADMIN, "user", "list", "--json") == 0
    names = [a["name"] for a in json.loads(capsys.readouterr().out)["accounts"]]
    assert "小李" in names and not {"小赵", "小钱", "小孙", "小周"} & set(names)


def test_lock_refuses_sign_in_until_unlocked(db: Database, db_url: str, capsys: Capture) -> None:
    assert run(db_url, "--user", ADMIN, "user", "lock", READER) == 2  # 安全管理员's
    assert run(db_url, "--user", SECURITY, "user", "lock", READER) == 0
    assert run(db_url, "--user", READER, *WORKDAY) == 2
    assert "已停用" in capsys.readouterr().err
    assert run(db_url, "--user", SECURITY, "user", "unlock", READER) == 0
    assert run(db_url, "--user", READER, *WORKDAY) == 0


def test_passwd_own_and_reset_by_the_security_administrator(db: Database, db_url: str, capsys: Capture,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZYDESK_NEW_PASSWORD", NEW)
    assert run(db_url, "--user", READER, "user", "passwd") == 0  # old: ZYDESK_PASSWORD, new: ZYDESK_NEW_PASSWORD
    assert run(db_url, "--user", READER, *WORKDAY) == 2  # the old password is gone
    monkeypatch.setenv("ZYDESK_PASSWORD", NEW)
    assert run(db_url, "--user", READER, *WORKDAY) == 0
    capsys.readouterr()

    monkeypatch.setenv("ZYDESK_PASSWORD", PASSWORD)
    assert run(db_url, "user", "passwd", READER) == 2  # 业务员 may not reset another's password
    assert "无权" in capsys.readouterr().err
    monkeypatch.setenv("ZYDESK_NEW_PASSWORD", "Reset-Pass-9")
    assert run(db_url, "--user", SECURITY, "user", "passwd", READER) == 0
    monkeypatch.setenv("ZYDESK_PASSWORD", "Reset-Pass-9")
    capsys.readouterr()
    # The one who reset it knows it: nothing but changing it until it is changed.
    assert run(db_url, "--user", READER, *WORKDAY) == 2
    err = capsys.readouterr().err
    assert "请设置新口令" in err and "口令须先修改" in err
    monkeypatch.setenv("ZYDESK_NEW_PASSWORD", "Own-Pass-2027")
    assert run(db_url, "--user", READER, "user", "passwd") == 0
    monkeypatch.setenv("ZYDESK_PASSWORD", "Own-Pass-2027")
    assert run(db_url, "--user", READER, *WORKDAY) == 0
    capsys.readouterr()
    monkeypatch.setenv("ZYDESK_PASSWORD", PASSWORD)
    monkeypatch.setenv("ZYDESK_NEW_PASSWORD", "Reset-Pass-9")
    assert run(db_url, "--user", SECURITY, "user", "passwd", READER) == 0  # reset again: shown in the list
    monkeypatch.setenv("ZYDESK_USER", SECURITY)
    monkeypatch.setenv("ZYDESK_PASSWORD", PASSWORD)
    assert run(db_url, "user", "list", "--json") == 0
    reader = next(a for a in json.loads(capsys.readouterr().out)["accounts"] if a["name"] == READER)
    assert reader["status"] == "须改口令"


def test_security_policy_shown_to_all_set_by_the_security_administrator(db: Database, db_url: str,
                                                                         capsys: Capture) -> None:
    assert run(db_url, "security-policy", "--json") == 0
    assert json.loads(capsys.readouterr().out) == {"min_length": 8, "classes": 3, "max_age_days": 90,
                                                   "attempts": 5, "lock_minutes": 10, "idle_minutes": 10}
    assert run(db_url, "security-policy", "--attempts", "3") == 2
    assert "无权修改口令和锁定策略" in capsys.readouterr().err
    assert run(db_url, "--user", SECURITY, "security-policy", "--min-length", "4") == 2
    assert "8–64" in capsys.readouterr().err
    assert run(db_url, "--user", SECURITY, "security-policy", "--attempts", "3", "--lock-minutes", "30",
               "--idle-minutes", "5", "--json") == 0
    assert json.loads(capsys.readouterr().out) == {"min_length": 8, "classes": 3, "max_age_days": 90,
                                                   "attempts": 3, "lock_minutes": 30, "idle_minutes": 5}
    assert run(db_url, "security-policy") == 0
    assert "连续输错锁定：3 次，锁定 30 分钟" in capsys.readouterr().out


def test_full_ids_need_the_right_to_see_them(db: Database, db_url: str, capsys: Capture) -> None:
    assert run(db_url, "--user", READER, "scan", "--year", "2025", "--json") == 0
    capsys.readouterr()
    assert run(db_url, "--user", READER, "scan", "--year", "2025", "--json", "--full-ids") == 2
    captured = capsys.readouterr()
    assert "无权查看完整身份证号" in captured.err and captured.out == ""
    assert run(db_url, "scan", "--year", "2025", "--json", "--full-ids") == 0  # 业务员 may
