"""Accounts on a database server (PostgreSQL mode): no data key and no key-slot file — the server's own
encryption and access rules protect the data (docs/deploy-postgresql.md). An account signs in with the
argon2 hash in the `account` table; wrong passwords count in `sign_in_attempt` and are written into the
audit trail at once (the store is writable before sign-in); the lockout figures are the settings
`lockout_attempts` / `lockout_minutes` (the defaults of LockoutPolicy until the 安全管理员 sets them)."""
from __future__ import annotations

from collections.abc import Callable

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from zydesk.core.security.lockout import Attempts, LockoutPolicy, after_failure, locked
from zydesk.core.security.passwords import PasswordPolicy, expired, password_problem
from zydesk.core.security.principal import Principal
from zydesk.core.security.roles import Role, parse_roles
from zydesk.errors import UserError
from zydesk.services.handle import Database
from zydesk.services.security.names import check_name, now, password_policy
from zydesk.services.settings import get_setting
from zydesk.storage.models_security import Account
from zydesk.storage.models_server import SIGN_IN_ATTEMPT

LOCKOUT_ATTEMPTS = "lockout_attempts"
LOCKOUT_MINUTES = "lockout_minutes"
_hasher = PasswordHasher()
_DUMMY = _hasher.hash("zydesk-no-such-account")  # an unknown name costs the same time as a wrong password

ATTEMPTS = SIGN_IN_ATTEMPT


def lockout_policy(session: Session) -> LockoutPolicy:
    d = LockoutPolicy()
    return LockoutPolicy(int(get_setting(session, LOCKOUT_ATTEMPTS, d.attempts)),
                         int(get_setting(session, LOCKOUT_MINUTES, d.minutes)))


def password_matches(stored: str | None, password: str) -> bool:
    try:
        return _hasher.verify(stored or _DUMMY, password) and stored is not None
    except (VerificationError, InvalidHashError):
        return False


def _attempts(session: Session, name: str) -> Attempts:
    """The account's count, its row locked until the transaction ends (two PCs guessing count both)."""
    row = session.execute(select(ATTEMPTS.c.failures, ATTEMPTS.c.locked_until)
                          .where(ATTEMPTS.c.name == name).with_for_update()).first()
    return Attempts(int(row[0]), row[1]) if row else Attempts()


def _set_attempts(session: Session, name: str, state: Attempts) -> None:
    values = {"failures": state.failures, "locked_until": state.locked_until}
    if session.connection().execute(update(ATTEMPTS).where(ATTEMPTS.c.name == name).values(**values)).rowcount == 0:
        session.execute(insert(ATTEMPTS).values(name=name, **values))


def all_attempts(session: Session) -> dict[str, Attempts]:
    return {str(r[0]): Attempts(int(r[1]), r[2]) for r in
            session.execute(select(ATTEMPTS.c.name, ATTEMPTS.c.failures, ATTEMPTS.c.locked_until))}


def clear_attempts(session: Session, name: str) -> Attempts:
    """Unlock (安全管理员): the count starts again; the state before, for the audit entry."""
    before = _attempts(session, name)
    if before.failures or before.locked_until:
        _set_attempts(session, name, Attempts())
    return before


def attempts_of(db: Database, name: str) -> Attempts:
    with db.read(need=None) as s:
        row = s.execute(select(ATTEMPTS.c.failures, ATTEMPTS.c.locked_until).where(ATTEMPTS.c.name == name)).first()
    return Attempts(int(row[0]), row[1]) if row else Attempts()


def create(db: Database, admin: str, password: str, demo: bool, new_account: Callable[..., Account],
           fill: Callable[[Database], object] | None) -> Database:
    """The first accounts of an empty server database whose schema `db` has just created."""
    admin = check_name(admin)
    problem = password_problem(password, PasswordPolicy(), admin)
    if problem is not None:
        raise UserError(problem)
    others = [(f"{r}", r) for r in Role if r is not Role.SYSTEM_ADMIN] if demo else []
    with db.uow("创建数据库", need=None) as uow:
        if uow.session.scalar(select(Account.id).limit(1)) is not None:
            raise UserError("该服务器数据库已建立（已有账号）。请直接登录，或请技术人员新建一个空数据库。")
        account = new_account(admin, [Role.SYSTEM_ADMIN], password, admin)
        uow.session.add(account)
        for name, role in others:
            uow.session.add(new_account(name, [role], password, admin))
        uow.audit("数据库", db.engine.url.database, after={"系统管理员": admin, "演示账号": [n for n, _ in others]})
        uow.commit()
    db = db.acting_as(Principal(admin, (Role.SYSTEM_ADMIN,), account.id))
    if demo and fill is not None:
        fill(db.acting_as(Principal("演示数据", (Role.CLERK, Role.REVIEWER))))
    return db


def check(db: Database, name: str, password: str, failed_action: str, reason: str,
          locked_action: str) -> Account | None:
    """Check name + password in one transaction; a failure is counted and audited, and the message raised
    as UserError after the commit. The account (None when the name is unknown, which also fails)."""
    at = now()
    message: str | None = None
    with db.uow(failed_action, need=None) as uow:
        s = uow.session
        account = s.scalar(select(Account).where(Account.name == name))
        state = _attempts(s, name) if account is not None else Attempts()
        if locked(state, at):
            assert state.locked_until is not None
            raise UserError(f"账号“{name}”因连续输错口令已锁定，请于 {state.locked_until:%Y-%m-%d %H:%M} 后再试，"
                            "或请安全管理员解锁。")
        if password_matches(account.password_hash if account else None, password):
            if state.failures or state.locked_until:
                _set_attempts(s, name, Attempts())
                uow.commit()
            if account is not None:
                s.expunge(account)  # the unit of work ends with a rollback, which would expire it
            return account
        policy = lockout_policy(s)
        extra = ""
        if account is not None:
            state = after_failure(state, policy, at)
            _set_attempts(s, name, state)
            if state.locked_until is not None:
                uow.audit("账号", name, action=locked_action, result=f"锁定至 {state.locked_until:%H:%M}")
                extra = f"已连续输错 {policy.attempts} 次，账号锁定至 {state.locked_until:%Y-%m-%d %H:%M}。"
            else:
                extra = f"再输错 {policy.attempts - state.failures} 次，账号将锁定 {policy.minutes} 分钟。"
        uow.audit("账号", name, result=reason if account else "无此账号")
        uow.commit()
        message = f"账号或口令不正确。{extra}"
    raise UserError(message)


def must_change(db: Database, account: Account) -> str | None:
    with db.read(need=None) as s:
        policy = password_policy(s)
    if account.must_change:
        return "管理员重设了您的口令，请设置新口令。"
    if expired(account.password_changed_at, policy, now()):
        return f"口令已使用超过 {policy.max_age_days} 天，请设置新口令。"
    return None


def principal_of(account: Account) -> Principal:
    return Principal(account.name, tuple(parse_roles(account.roles)), account.id)
