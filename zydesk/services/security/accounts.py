"""Managing accounts: 系统管理员 creates them with their roles; 安全管理员 locks, unlocks and resets passwords
and sets the password and lockout policy; every account changes its own password. Each change is audited
and, where the key slots hold it, written there too (a slot per account wraps the data key)."""
from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from zydesk.core.security.lockout import Attempts, LockoutPolicy, locked
from zydesk.core.security.passwords import PasswordPolicy, password_problem
from zydesk.core.security.roles import Permission, Role, parse_roles, role_set_problem, roles_text
from zydesk.errors import FieldError, UserError, ValidationError
from zydesk.services.conflicts import check_version, conflict
from zydesk.services.handle import Database
from zydesk.services.security import server
from zydesk.services.security.names import IDLE_LOCK_MINUTES, check_name, idle_minutes, now, password_policy
from zydesk.services.security.signin import expires_on, hash_password, load_keys
from zydesk.services.settings import put_setting
from zydesk.storage import cipher, keyslots
from zydesk.storage.engine import sqlite_path
from zydesk.storage.models_security import Account


@dataclass(frozen=True)
class AccountRow:
    name: str
    roles: str
    disabled: bool
    locked_until: dt.datetime | None
    password_changed_at: dt.datetime | None
    password_expires: dt.date | None
    must_change: bool
    created_at: dt.datetime
    created_by: str
    version: int = 1  # as read: passed back with 停用/解锁/重设口令 (a newer change by another is refused)

    @property
    def status(self) -> str:
        if self.disabled:
            return "已停用"
        if self.locked_until is not None:
            return f"锁定至 {self.locked_until:%m-%d %H:%M}"
        return "须改口令" if self.must_change else "正常"

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "roles": self.roles.split("、"), "status": self.status,
                "disabled": self.disabled,
                "locked_until": self.locked_until.isoformat() if self.locked_until else None,
                "password_changed_at": self.password_changed_at.isoformat() if self.password_changed_at else None,
                "password_expires": self.password_expires.isoformat() if self.password_expires else None,
                "created_at": self.created_at.isoformat(), "created_by": self.created_by}


def _path(db: Database) -> Path | None:
    """The database file whose key slots follow the accounts; None on a server (the hash is all there is)."""
    return sqlite_path(db.url)


def _data_key(path: Path) -> bytes:
    key = cipher.key_for(path)
    if key is None:
        raise UserError("数据库未加密或未登录，无法保存口令。")
    return key


def _check_password(db: Database, name: str, password: str) -> None:
    with db.read(need=None) as s:
        policy = password_policy(s)
    problem = password_problem(password, policy, name)
    if problem is not None:
        raise ValidationError([FieldError("口令", problem)])


def add_account(db: Database, name: str, roles: list[Role] | str, password: str) -> None:
    """A new account (系统管理员 only), usable at once."""
    db.require(Permission.ACCOUNTS)
    name = check_name(name)
    chosen = parse_roles(roles) if isinstance(roles, str) else list(dict.fromkeys(roles))
    problem = role_set_problem(chosen)
    if problem is not None:
        raise ValidationError([FieldError("角色", problem)])
    _check_password(db, name, password)
    path = _path(db)
    slot = keyslots.wrap(name, password, _data_key(path)) if path is not None else None
    with db.uow("新建账号", Permission.ACCOUNTS) as uow:
        if uow.session.scalar(select(Account.id).where(Account.name == name)) is not None:
            raise ValidationError([FieldError("账号名", f"账号“{name}”已存在。")])
        at = now()
        uow.session.add(Account(name=name, roles=",".join(chosen), password_hash=hash_password(password),
                                password_changed_at=at, must_change=False, disabled=False, created_at=at,
                                created_by=db.principal.name))
        if path is not None and slot is not None:
            with keyslots.changing(path) as keys:  # before the commit: a slot without its row opens nothing
                keys.slots[name] = slot
        uow.commit()


def list_accounts(db: Database) -> list[AccountRow]:
    db.require(Permission.REVIEW_ROLES)
    path = sqlite_path(db.url)
    keys = load_keys(path) if path is not None else None
    at = now()
    with db.read(Permission.REVIEW_ROLES) as s:
        policy = password_policy(s)
        rows = list(s.scalars(select(Account).order_by(Account.id)))
        on_server = server.all_attempts(s) if path is None else {}
    out = []
    for a in rows:
        slot = keys.slots.get(a.name) if keys else None
        state = slot.attempts() if slot else on_server.get(a.name, Attempts())
        out.append(AccountRow(a.name, roles_text(parse_roles(a.roles)), a.disabled,
                              state.locked_until if locked(state, at) else None, a.password_changed_at,
                              expires_on(a.password_changed_at, policy), a.must_change, a.created_at, a.created_by,
                              a.version))
    return out


def _account(db: Database, s: Any, name: str) -> Account:
    row = s.scalar(select(Account).where(Account.name == name))
    if row is None:
        raise UserError(f"账号“{name}”不存在。")
    return row  # type: ignore[no-any-return]


@contextmanager
def _stale_account(db: Database, name: str) -> Iterator[None]:
    """The account changed between this change's read and its write: refused like an older list's."""
    try:
        yield
    except StaleDataError:
        with db.read(need=None) as s:
            found = s.scalar(select(Account.id).where(Account.name == name))
        if found is None:
            raise
        raise conflict(db, "Account", found) from None


def set_disabled(db: Database, name: str, disabled: bool, version: int | None = None) -> None:
    """停用 (lock) or 启用 (unlock) an account; unlocking also clears a lockout after wrong passwords. Disabling
    parks the account's key slot under the data key (its password then opens nothing, not even outside the
    program); enabling puts it back. version: AccountRow.version as the list showed it; an account changed
    since by someone else is refused with who and when (None: no check)."""
    db.require(Permission.UNLOCK)
    if disabled and name == db.principal.name:
        raise UserError("不能停用当前登录的账号。")
    path = sqlite_path(db.url)
    with _stale_account(db, name), db.uow("停用账号" if disabled else "解锁账号", Permission.UNLOCK) as uow:
        row = _account(db, uow.session, name)
        check_version(uow.session, row, version, row.id)
        row.disabled = disabled
        if not disabled and path is None:  # a server: the counts are a table
            state = server.clear_attempts(uow.session, name)
            if state.failures or state.locked_until:
                until = state.locked_until.isoformat() if state.locked_until else None
                uow.audit("账号", name, before={"连续输错": state.failures, "锁定至": until},
                          after={"连续输错": 0, "锁定至": None})
        if disabled and path is not None:  # its slot is parked: the password no longer opens the data at all
            with keyslots.changing(path) as keys:
                keys.park(name, _data_key(path))
        if not disabled and path is not None:
            with keyslots.changing(path) as keys:
                keys.unpark(name, _data_key(path))
                slot = keys.slots.get(name)
                if slot is not None and (slot.failures or slot.locked_until):
                    uow.audit("账号", name, before={"连续输错": slot.failures, "锁定至": slot.locked_until},
                              after={"连续输错": 0, "锁定至": None})
                    slot.set_attempts(Attempts())
        uow.commit()


def reset_password(db: Database, name: str, password: str, version: int | None = None) -> None:
    """安全管理员 sets a new password for another account; it must be changed at its next sign-in. version: as
    the list showed the account (None: no check)."""
    db.require(Permission.UNLOCK)
    _check_password(db, name, password)
    path = _path(db)
    slot = keyslots.wrap(name, password, _data_key(path)) if path is not None else None
    with _stale_account(db, name), db.uow("重设口令", Permission.UNLOCK) as uow:
        row = _account(db, uow.session, name)
        check_version(uow.session, row, version, row.id)
        row.password_hash, row.password_changed_at, row.must_change = hash_password(password), now(), True
        if path is None or slot is None:
            server.clear_attempts(uow.session, name)
            uow.commit()
            return
        with keyslots.changing(path) as keys:
            keys.slots[name] = slot
            keys.slots[name].set_attempts(Attempts())
        uow.commit()


def change_own_password(db: Database, old: str, new: str) -> None:
    """The signed-in account's own password: the old one is checked, the new one must meet the policy."""
    db.require(Permission.OWN_PASSWORD)
    name = db.principal.name
    path = _path(db)
    if path is None:
        from zydesk.services.security.server import password_matches

        with db.read(need=None) as s:
            right = password_matches(_account(db, s, name).password_hash, old)
    else:
        right = _right_secret(load_keys(path), name, old)
    if not right:
        raise ValidationError([FieldError("原口令", "原口令不正确。")])
    if old == new:
        raise ValidationError([FieldError("新口令", "新口令不能与原口令相同。")])
    _check_password(db, name, new)
    slot = keyslots.wrap(name, new, _data_key(path)) if path is not None else None
    with db.uow("修改本人口令", Permission.OWN_PASSWORD) as uow:
        row = _account(db, uow.session, name)
        row.password_hash, row.password_changed_at, row.must_change = hash_password(new), now(), False
        if path is not None and slot is not None:
            with keyslots.changing(path) as fresh:
                fresh.slots[name] = slot
        uow.commit()
    if db.principal.must_change:  # changed: the account's roles apply again
        db.principal = dataclasses.replace(db.principal, must_change=False)


def _right_secret(keys: keyslots.KeyFile, name: str, secret: str) -> bool:
    try:
        keys.open_with(name, secret)
    except keyslots.WrongSecret:
        return False
    return True


@dataclass(frozen=True)
class SecurityPolicy:
    password: PasswordPolicy
    lockout: LockoutPolicy
    idle_minutes: int


def security_policy(db: Database) -> SecurityPolicy:
    path = sqlite_path(db.url)
    with db.read(need=None) as s:
        password, idle = password_policy(s), idle_minutes(s)
        lockout = server.lockout_policy(s) if path is None else None
    if lockout is None:
        lockout = load_keys(path).lockout if path is not None else LockoutPolicy()
    return SecurityPolicy(password, lockout, idle)


def set_security_policy(db: Database, policy: SecurityPolicy) -> None:
    """安全管理员: password length, classes and age; lockout attempts and minutes; the idle lock."""
    db.require(Permission.SECURITY_POLICY)
    p, lo = policy.password, policy.lockout
    errors = []
    if not 8 <= p.min_length <= 64:
        errors.append(FieldError("最短长度", "口令最短长度须在 8–64 之间（等级保护要求至少 8 位）。"))
    if not 2 <= p.min_classes <= 4:
        errors.append(FieldError("字符类别", "须在 2–4 类之间。"))
    if not 0 <= p.max_age_days <= 365:
        errors.append(FieldError("有效天数", "须在 0–365 天之间（0 表示不限）。"))
    if not 3 <= lo.attempts <= 10:
        errors.append(FieldError("输错次数", "须在 3–10 次之间。"))
    if not 1 <= lo.minutes <= 1440:
        errors.append(FieldError("锁定分钟", "须在 1–1440 分钟之间。"))
    if not 1 <= policy.idle_minutes <= 60:
        errors.append(FieldError("空闲锁屏", "须在 1–60 分钟之间。"))
    if errors:
        raise ValidationError(errors)
    db.require(Permission.SECURITY_POLICY)
    path = sqlite_path(db.url)
    with db.uow("修改安全策略", Permission.SECURITY_POLICY) as uow:
        put_setting(uow.session, "password_min_length", p.min_length)
        put_setting(uow.session, "password_min_classes", p.min_classes)
        put_setting(uow.session, "password_max_age_days", p.max_age_days)
        put_setting(uow.session, IDLE_LOCK_MINUTES, policy.idle_minutes)
        if path is not None:
            with keyslots.changing(path) as keys:
                keys.lockout = lo
        else:  # a server: the settings table (read before sign-in, services/security/server.py)
            put_setting(uow.session, server.LOCKOUT_ATTEMPTS, lo.attempts)
            put_setting(uow.session, server.LOCKOUT_MINUTES, lo.minutes)
        uow.commit()
