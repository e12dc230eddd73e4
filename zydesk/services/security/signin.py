"""Creating an encrypted database, signing in and out, and the recovery key.

A new database gets a random data key; the key-slot file beside it (`<db>.keys`, storage/keyslots.py) keeps
it wrapped by each account's password and by the recovery key. Signing in unwraps the account's slot
(argon2id), opens the database with the key, and reads the account's roles from the encrypted `account`
table (so roles cannot be given by editing the slot file). Wrong passwords count in the slot file (the
store cannot be opened without a right one) and lock the account for the set minutes; those failures are
copied into the audit trail at the next successful sign-in."""
from __future__ import annotations

import contextlib
import dataclasses
import os
import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from pathlib import Path

from argon2 import PasswordHasher
from sqlalchemy import select

from zydesk.core.security.lockout import after_failure, after_success, locked
from zydesk.core.security.passwords import PasswordPolicy, expired, password_problem
from zydesk.core.security.principal import Principal
from zydesk.core.security.roles import Role, parse_roles
from zydesk.errors import UserError
from zydesk.services.backups import install as install_backups
from zydesk.services.handle import Database
from zydesk.services.security.names import check_name, now, password_policy
from zydesk.services.settings import put_setting
from zydesk.storage import cipher, keyslots
from zydesk.storage.engine import DatabaseRefused, check_sqlite_file, is_server, sqlite_path
from zydesk.storage.location import check_location
from zydesk.storage.integrity import open_checked
from zydesk.storage.migrate import MigrationFailed
from zydesk.storage.models_security import Account

SIGN_IN = "登录"
SIGN_IN_FAILED = "登录失败"
LOCKED_OUT = "账号锁定"
SIGN_OUT = "退出登录"
_PENDING_ACTIONS = {SIGN_IN_FAILED, LOCKED_OUT, "打印", "导出"}  # what the slot file may carry to the trail
_hasher = PasswordHasher()


class SignInRefused(UserError):
    """Wrong account or password, a locked or disabled account: nothing was opened."""


class WrongRecoveryKey(SignInRefused):
    """The recovery key does not open the database (the window shows it beside the key field)."""


class NotSystemAdmin(SignInRefused):
    """The account named for a recovery is not a 系统管理员 of this database."""


class PasswordRefused(UserError):
    """The new password breaks the database's password rules."""


class NeedsConversion(UserError):
    """A clear database of the first version: it must be converted (an administrator is created) first."""


@dataclass
class SignedIn:
    db: Database
    must_change: str | None  # why the password must be changed now (expired, reset), or None


@dataclass
class Created:
    db: Database
    recovery_key: str  # empty on a server: no data key to recover (the server's encryption is its own)
    path: Path | None  # None on a server


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _path_of(url: str) -> Path:
    path = sqlite_path(url)
    if path is None:
        raise UserError("服务器数据库没有密钥文件和恢复密钥：账号口令由系统管理员或安全管理员重设。")
    return path


def _server_failure(db: Database, name: str, password: str, reason: str) -> Account | None:
    from zydesk.services.security import server

    try:
        return server.check(db, name, password, SIGN_IN_FAILED, reason, LOCKED_OUT)
    except SignInRefused:
        raise
    except UserError as exc:
        if isinstance(exc, DatabaseRefused):
            raise
        raise SignInRefused(str(exc)) from None


def _sign_in_server(url: str, name: str, password: str) -> SignedIn:
    from zydesk.services.security import server

    db = _open(url, Principal(name[:40], ()))
    try:
        account = _server_failure(db, name, password, "口令错误")
        if account is None or account.disabled:
            raise SignInRefused(f"账号“{name}”已停用，请联系系统管理员。" if account else f"账号“{name}”不存在。")
    except BaseException:
        db.dispose()
        raise
    db = db.acting_as(server.principal_of(account))
    if db.damaged is None:
        with db.uow(SIGN_IN, need=None) as uow:
            uow.audit("账号", name, after={"角色": db.principal.roles_text})
            uow.commit()
    return SignedIn(db, server.must_change(db, account))


def _open(url: str, principal: Principal) -> Database:
    try:
        engine, damaged = open_checked(url)
    except (DatabaseRefused, MigrationFailed) as exc:
        raise UserError(str(exc)) from exc
    db = Database(engine, principal, damaged=damaged)
    install_backups(db)
    return db


def _new_account(name: str, roles: list[Role], password: str, by: str, must_change: bool = False) -> Account:
    at = now()
    return Account(name=name, roles=",".join(roles), password_hash=hash_password(password), password_changed_at=at,
                   must_change=must_change, disabled=False, created_at=at, created_by=by)


def create_database(url: str, admin: str, password: str, *, demo: bool = False,
                    fill: Callable[[Database], object] | None = None) -> Created:
    """A new encrypted database at url whose one account `admin` is 系统管理员; its recovery key (shown once).
    `demo`: the demo county is filled in (`fill`) and one account per other role gets the same password.
    On a server (PostgreSQL mode) the empty database gets the schema and the accounts; no key, no recovery key."""
    if is_server(url):
        from zydesk.services.security import server

        db = _open(url, Principal(admin.strip(), (Role.SYSTEM_ADMIN,)))
        try:
            return Created(server.create(db, admin, password, demo, _new_account, fill), "", None)
        except BaseException:
            db.dispose()
            raise
    path = _path_of(url)
    admin = check_name(admin)
    check_location(path)
    if path.exists() and path.stat().st_size > 0:
        raise UserError(f"“{path}”已存在。新建数据库须指定一个新文件。")
    problem = password_problem(password, PasswordPolicy(), admin)
    if problem is not None:
        raise UserError(problem)
    data_key, recovery = keyslots.new_data_key(), keyslots.new_recovery_key()
    keys = keyslots.KeyFile(database_id=uuid.uuid4().hex, demo=demo)
    keys.slots[admin] = keyslots.wrap(admin, password, data_key)
    keys.slots[keyslots.RECOVERY_SLOT] = keyslots.wrap(keyslots.RECOVERY_SLOT, keyslots.normal_recovery_key(recovery),
                                                       data_key)
    try:  # claim the slot file: a second program creating the same database at once stops here
        os.close(os.open(keyslots.keys_path(path), os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except FileExistsError:
        raise UserError(f"“{path}”的密钥文件已存在：该数据库已建立，或另一个程序正在建立它。") from None
    with keyslots.locked(path):  # the slots are written as every later change is: under the lock
        keyslots.save(path, keys)
    cipher.remember(path, data_key)
    principal = Principal(admin, (Role.SYSTEM_ADMIN,))
    db = _open(url, principal)
    others = [(f"{r}", r) for r in Role if r is not Role.SYSTEM_ADMIN] if demo else []
    with db.uow("创建数据库", need=None) as uow:
        account = _new_account(admin, [Role.SYSTEM_ADMIN], password, admin)
        uow.session.add(account)
        for name, role in others:
            uow.session.add(_new_account(name, [role], password, admin))
        put_setting(uow.session, "key_database_id", keys.database_id)
        uow.audit("数据库", str(path.name), after={"系统管理员": admin, "演示账号": [n for n, _ in others]})
        uow.commit()
    if others:
        slots = {name: keyslots.wrap(name, password, data_key) for name, _role in others}
        with keyslots.changing(path) as fresh:
            fresh.slots.update(slots)
    db = db.acting_as(Principal(admin, (Role.SYSTEM_ADMIN,), account.id))
    if demo and fill is not None:  # the demo county is entered by the program, under its own name
        fill(db.acting_as(Principal("演示数据", (Role.CLERK, Role.REVIEWER))))
    return Created(db, recovery, path)


def _record_failure(path: Path, name: str, reason: str, counted: bool = False) -> str:
    """Count a failure in the slot file (`counted`: the attempt was counted before the password was tried);
    the message for the clerk."""
    try:
        with keyslots.changing(path) as keys:
            return _count_failure(keys, name, reason, counted)
    except (OSError, keyslots.KeyFileDamaged):
        return "账号或口令不正确。"


def _count_attempt(path: Path, name: str) -> None:
    """Sign-in counts an attempt as failed BEFORE the slow password check and clears it on success, so that
    guesses made at the same time, or a slot file that cannot be written, never get past the lockout."""
    at = now()
    try:
        with keyslots.changing(path) as keys:
            slot = keys.slots.get(name)
            if slot is None:
                return
            if locked(slot.attempts(), at):
                until = slot.attempts().locked_until
                raise SignInRefused(f"账号“{name}”因连续输错口令已锁定，请于 {until:%Y-%m-%d %H:%M} 后再试，"
                                    "或请安全管理员解锁。")
            slot.set_attempts(after_failure(slot.attempts(), keys.lockout, at))
    except (OSError, keyslots.KeyFileDamaged):
        raise SignInRefused("暂时无法记录这次登录（密钥文件正被使用或无法写入），请稍后再试。") from None


def _count_failure(keys: keyslots.KeyFile, name: str, reason: str, counted: bool = False) -> str:
    at = now()
    slot = keys.slots.get(name) if name != keyslots.RECOVERY_SLOT else None
    extra = ""
    if slot is not None:
        state = slot.attempts() if counted else after_failure(slot.attempts(), keys.lockout, at)
        slot.set_attempts(state)
        if state.locked_until is not None:
            keys.pending.append({"at": at.isoformat(), "name": name, "action": LOCKED_OUT,
                                 "result": f"锁定至 {state.locked_until:%H:%M}"})
            extra = f"已连续输错 {keys.lockout.attempts} 次，账号锁定至 {state.locked_until:%Y-%m-%d %H:%M}。"
        else:
            left = keys.lockout.attempts - state.failures
            extra = f"再输错 {left} 次，账号将锁定 {keys.lockout.minutes} 分钟。"
    # A name that is no account may be a password typed into the wrong field: never kept.
    shown = name[:40] if name in keys.slots or name == keyslots.RECOVERY_SLOT else "（未知账号）"
    keys.pending.append({"at": at.isoformat(), "name": shown, "action": SIGN_IN_FAILED, "result": reason})
    del keys.pending[:-200]  # a flood of guesses cannot grow the file without bound
    return f"账号或口令不正确。{extra}"


def load_keys(path: Path) -> keyslots.KeyFile:
    from zydesk.services.security.conversion import finish_interrupted

    finish_interrupted(path)  # a conversion to an encrypted file that was killed: undone or put in place
    try:
        return keyslots.load(path)
    except FileNotFoundError:
        if path.exists():
            check_sqlite_file(path)  # another program's file is refused as such, unchanged
        if path.exists() and cipher.is_clear_sqlite(path):
            raise NeedsConversion(f"“{path}”是旧版本的未加密数据库，须先转换为加密数据库"
                                  "（创建系统管理员账号）。") from None
        if not path.exists():
            raise SignInRefused(f"数据库文件“{path}”不存在。请先创建数据库（zydesk init --admin 账号名）。") from None
        raise SignInRefused(f"找不到数据库“{path}”的密钥文件（{keyslots.keys_path(path).name}），无法打开。") from None
    except keyslots.KeyFileDamaged as exc:
        raise SignInRefused(f"密钥文件“{keyslots.keys_path(path)}”已损坏（{exc}），无法打开。"
                            "可从备份恢复该文件，或联系技术人员。") from None


def start_state(url: str) -> str:
    """What the window does first: "new" (no database yet: create one), "convert" (a clear database of the
    first version), or "sign_in"."""
    path = _path_of(url)
    if keyslots.exists(path):
        return "sign_in"
    if not path.exists() or path.stat().st_size == 0:
        return "new"
    return "convert" if cipher.is_clear_sqlite(path) else "sign_in"


def is_demo_keys(url: str) -> bool:
    """A demo database (its login screen says every demo account has the administrator's password)."""
    path = sqlite_path(url)
    if path is None or not keyslots.exists(path):
        return False
    try:
        return keyslots.load(path).demo
    except (OSError, keyslots.KeyFileDamaged):
        return False


def sign_in(url: str, name: str, password: str) -> SignedIn:
    """Open the database at url as account `name`; SignInRefused (exit 2) when it may not."""
    name = name.strip()
    if is_server(url):
        return _sign_in_server(url, name, password)
    path = _path_of(url)
    keys = load_keys(path)
    slot = keys.slots.get(name)
    at = now()
    if slot is not None and locked(slot.attempts(), at):
        until = slot.attempts().locked_until
        assert until is not None
        raise SignInRefused(f"账号“{name}”因连续输错口令已锁定，请于 {until:%Y-%m-%d %H:%M} 后再试，"
                            "或请安全管理员解锁。")
    if name in keys.parked:  # disabled: its slot is parked, no password opens it
        raise SignInRefused(f"账号“{name}”已停用，请联系安全管理员。")
    _count_attempt(path, name)
    try:
        data_key = keys.open_with(name, password) if name != keyslots.RECOVERY_SLOT else None
        if data_key is None:
            raise keyslots.WrongSecret(name)
    except keyslots.WrongSecret:
        raise SignInRefused(_record_failure(path, name, "口令错误" if slot else "无此账号", counted=True)) from None
    cipher.remember(path, data_key)
    from zydesk.services.security.conversion import clean_after_sign_in

    clean_after_sign_in(path)  # the clear leftovers of a conversion killed after its swap
    db = _open(url, Principal(name, ()))
    with db.read(need=None) as s:
        account = s.scalar(select(Account).where(Account.name == name))
        policy = password_policy(s)
    if account is None or account.disabled:
        db.dispose()
        raise SignInRefused(f"账号“{name}”已停用，请联系系统管理员。" if account else f"账号“{name}”不存在。")
    principal = Principal(name, tuple(parse_roles(account.roles)), account.id)
    db = db.acting_as(principal)
    pending = list(keys.pending)
    if db.damaged is None:  # a damaged file is read-only: the failures stay in the slot file
        with db.uow(SIGN_IN, need=None) as uow:
            for e in pending:
                if e.get("action") not in _PENDING_ACTIONS:  # the slot file is clear: nothing else is taken
                    continue
                uow.audit(str(e.get("object_type", "账号"))[:40], str(e.get("name", ""))[:60],
                          action=str(e.get("action", SIGN_IN_FAILED)), result=str(e.get("result", "")),
                          after={"时间": e.get("at"), "账号": e.get("by"), **dict(e.get("after") or {})}
                          if e.get("by") else {"时间": e.get("at")})
            uow.audit("账号", name, after={"角色": principal.roles_text})
            uow.commit()
    else:
        pending = []
    with contextlib.suppress(OSError, keyslots.KeyFileDamaged), keyslots.changing(path) as fresh:
        if fresh.pending[:len(pending)] == pending:  # recorded now; failures since stay for the next time
            del fresh.pending[:len(pending)]
        if name in fresh.slots:
            fresh.slots[name].set_attempts(after_success())
    why = None
    if account.must_change:
        why = "管理员重设了您的口令，请设置新口令。"
    elif expired(account.password_changed_at, policy, at):
        why = f"口令已使用超过 {policy.max_age_days} 天，请设置新口令。"
    if why is not None:  # until it is changed, the account may do nothing else (a reset password is known
        db.principal = dataclasses.replace(db.principal, must_change=True)  # to the one who set it)
    return SignedIn(db, why)


def postpone_entry(db: Database, action: str, object_type: str, object_id: str, after: dict[str, Any]) -> None:
    """An entry for a database that cannot be written now (a damaged file, read-only): kept in the key-slot
    file and written into the trail at the next successful sign-in."""
    path = sqlite_path(db.url)
    if path is None:
        return
    with contextlib.suppress(OSError, keyslots.KeyFileDamaged), keyslots.changing(path) as keys:
        keys.pending.append({"at": now().isoformat(), "name": object_id[:60], "action": action,
                             "result": "成功", "object_type": object_type, "by": db.principal.name,
                             "after": after})


def sign_out(db: Database) -> None:
    """Record the sign-out and forget the key; the handle is closed."""
    if db.damaged is None:
        with db.uow(SIGN_OUT, need=None) as uow:
            uow.audit("账号", db.principal.name)
            uow.commit()
    path = sqlite_path(db.url)
    db.dispose()
    if path is not None:
        cipher.forget(path)


def check_password(db: Database, password: str) -> None:
    """The idle lock: the signed-in account types its password again. A wrong one counts toward lockout;
    SignInRefused says so (and, once locked, the window signs out)."""
    if is_server(db.url):
        _server_failure(db, db.principal.name, password, "解锁时口令错误")
        return
    path = _path_of(db.url)
    keys = load_keys(path)
    name = db.principal.name
    slot = keys.slots.get(name)
    at = now()
    if slot is not None and locked(slot.attempts(), at):
        raise SignInRefused(f"账号“{name}”已锁定，请于 {slot.attempts().locked_until:%H:%M} 后重新登录。")
    try:
        keys.open_with(name, password)
    except keyslots.WrongSecret:
        raise SignInRefused(_record_failure(path, name, "解锁时口令错误")) from None
    if slot is not None and slot.failures:
        with keyslots.changing(path) as fresh:
            if name in fresh.slots:
                fresh.slots[name].set_attempts(after_success())


def unlock_key(url: str, name: str, password: str) -> None:
    """The data key of the file at url held by this process, without opening the database (检查数据库 reads
    the file as found and must not upgrade it). Wrong passwords count toward lockout as at sign-in."""
    if is_server(url):
        return  # no key: the server checks its own data
    path = _path_of(url)
    if not path.exists() or cipher.is_clear_sqlite(path) or cipher.key_for(path) is not None:
        return
    keys = load_keys(path)
    name = name.strip()
    slot = keys.slots.get(name)
    if slot is not None and locked(slot.attempts(), now()):
        raise SignInRefused(f"账号“{name}”因连续输错口令已锁定，请于 {slot.attempts().locked_until:%Y-%m-%d %H:%M} 后再试。")
    try:
        cipher.remember(path, keys.open_with(name, password))
    except keyslots.WrongSecret:
        raise SignInRefused(_record_failure(path, name, "口令错误" if slot else "无此账号")) from None


def roles_in_file(url: str, name: str) -> list[Role] | None:
    """The account's roles read straight from the file (read-only, nothing upgraded; its key held), or None
    when the file cannot be read that far (a damaged file)."""
    from zydesk.storage.engine import connect_plain

    try:
        con = connect_plain(_path_of(url))  # query_only; closing it leaves no -wal behind (mode=ro would)
        try:
            row = con.execute("SELECT roles, disabled FROM account WHERE name = ?", (name.strip(),)).fetchone()
        finally:
            con.close()
    except (cipher.Error, MemoryError):
        return None
    if row is None or row[1]:
        return []
    return parse_roles(str(row[0]))


def is_locked_out(db: Database) -> bool:
    if is_server(db.url):
        from zydesk.services.security import server

        return locked(server.attempts_of(db, db.principal.name), now())
    keys = load_keys(_path_of(db.url))
    slot = keys.slots.get(db.principal.name)
    return slot is not None and locked(slot.attempts(), now())


def recover(url: str, recovery_key: str, admin: str, new_password: str) -> SignedIn:
    """`rekey --recovery-key`: the recovery key opens the database; the 系统管理员 account `admin` gets
    `new_password` (its slot rewrapped; the database is not re-encrypted) and is signed in."""
    path = _path_of(url)
    keys = load_keys(path)
    slot = keys.slots.get(keyslots.RECOVERY_SLOT)
    if slot is None:
        raise SignInRefused("该数据库没有恢复密钥。")
    try:
        data_key = keyslots.unwrap(keyslots.RECOVERY_SLOT, keyslots.normal_recovery_key(recovery_key), slot)
    except keyslots.WrongSecret:
        _record_failure(path, keyslots.RECOVERY_SLOT, "恢复密钥错误")
        raise WrongRecoveryKey("恢复密钥不正确。请核对抄写或打印的恢复密钥（不区分大小写，短横线和空格可省略）。") from None
    cipher.remember(path, data_key)
    db = _open(url, Principal(admin, ()))
    with db.read(need=None) as s:
        account = s.scalar(select(Account).where(Account.name == admin))
        policy = password_policy(s)
    if account is None or Role.SYSTEM_ADMIN not in parse_roles(account.roles):
        db.dispose()
        cipher.forget(path)  # nothing stays open: the key is not kept either
        raise NotSystemAdmin(f"“{admin}”不是该数据库的系统管理员账号。")
    problem = password_problem(new_password, policy, admin)
    if problem is not None:
        db.dispose()
        cipher.forget(path)
        raise PasswordRefused(problem)
    db = db.acting_as(Principal(admin, (Role.SYSTEM_ADMIN,), account.id))
    with db.uow("用恢复密钥重设口令", need=None) as uow:
        row = uow.session.get(Account, account.id)
        assert row is not None
        row.password_hash, row.password_changed_at = hash_password(new_password), now()
        row.must_change, row.disabled = False, False
        uow.commit()
    new_slot = keyslots.wrap(admin, new_password, data_key)
    with keyslots.changing(path) as fresh:
        fresh.slots[admin] = new_slot
        fresh.parked.pop(admin, None)  # the account is enabled again: a parked slot would keep refusing it
    return SignedIn(db, None)


def recovery_key_applies(url: str) -> bool:
    """A local encrypted file has a recovery key; a server has none (there the 安全管理员 resets passwords)."""
    return sqlite_path(url) is not None


def expires_on(changed_at: dt.datetime | None, policy: PasswordPolicy) -> dt.date | None:
    if policy.max_age_days <= 0 or changed_at is None:
        return None
    return (changed_at + dt.timedelta(days=policy.max_age_days)).date()
