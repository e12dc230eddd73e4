"""Roles (三员分立), the password policy and the lockout rule: golden cases at their boundaries."""
from __future__ import annotations

import datetime as dt

import pytest

from zydesk.core.security.lockout import Attempts, LockoutPolicy, after_failure, after_success, locked
from zydesk.core.security.passwords import PasswordPolicy, classes, expired, password_problem
from zydesk.core.security.roles import (
    ADMIN_ROLES,
    MATRIX,
    Permission,
    Role,
    may,
    parse_roles,
    role_set_problem,
)

T0 = dt.datetime(2026, 12, 4, 9, 0)


@pytest.mark.parametrize("roles, ok", [
    ([Role.CLERK], True),
    ([Role.CLERK, Role.REVIEWER], True),
    ([Role.CLERK, Role.REVIEWER, Role.READER], True),
    ([Role.SYSTEM_ADMIN], True),
    ([Role.AUDIT_ADMIN], True),
    ([Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN], False),  # two administrators in one account
    ([Role.SECURITY_ADMIN, Role.AUDIT_ADMIN], False),
    ([Role.SYSTEM_ADMIN, Role.CLERK], False),  # an administrator with a business role
    ([Role.AUDIT_ADMIN, Role.READER], False),
    ([], False),
])
def test_role_sets(roles: list[Role], ok: bool) -> None:
    assert (role_set_problem(roles) is None) is ok


def test_administrators_are_separated_in_the_matrix() -> None:
    """No administrative role may touch business data; only the audit administrator reads the trail; the
    system administrator cannot read the trail nor change the security policy."""
    business = {Permission.READ, Permission.ENTER, Permission.DECIDE, Permission.PRINT, Permission.FULL_ID,
                Permission.NUMBER, Permission.POLICY_SETTINGS, Permission.UNDO}
    for role in ADMIN_ROLES:
        assert not MATRIX[role] & business, role
    readers = {r for r in Role if may([r], Permission.AUDIT_READ)}
    assert readers == {Role.AUDIT_ADMIN}
    assert not may([Role.SYSTEM_ADMIN], Permission.SECURITY_POLICY)
    assert not may([Role.SECURITY_ADMIN], Permission.ACCOUNTS)
    assert may([Role.READER], Permission.PRINT) and not may([Role.READER], Permission.NUMBER)  # a 文号 is a write
    assert not may([Role.CLERK], Permission.DECIDE) and may([Role.REVIEWER], Permission.DECIDE)
    assert all(Permission.OWN_PASSWORD in perms for perms in MATRIX.values())


def test_parse_roles() -> None:
    assert parse_roles("录入员,审核员") == [Role.CLERK, Role.REVIEWER]
    assert parse_roles("录入员、审核员，查阅员") == [Role.CLERK, Role.REVIEWER, Role.READER]
    with pytest.raises(ValueError, match="没有“管理员”这个角色"):
        parse_roles("管理员")


@pytest.mark.parametrize("password, problem", [
    ("Abc-1234", None),  # 8 characters, 4 classes
    ("Abc-123", "至少 8 位"),  # 7
    ("abcd1234", "至少 3 类"),  # 2 classes
    ("ABCD-1234", None),  # upper, digit, other
    ("口令abcd12", None),  # a Chinese character counts as "other"
    ("Zhang-2026", "不能包含账号名"),
])
def test_password_policy(password: str, problem: str | None) -> None:
    got = password_problem(password, PasswordPolicy(), "zhang")
    assert (got is None) if problem is None else (got is not None and problem in got)


def test_password_classes_and_age() -> None:
    assert classes("aA1!") == 4 and classes("aaaa") == 1
    policy = PasswordPolicy(max_age_days=90)
    assert not expired(T0, policy, T0 + dt.timedelta(days=89, hours=23))
    assert expired(T0, policy, T0 + dt.timedelta(days=90))
    assert expired(None, policy, T0)
    assert not expired(T0, PasswordPolicy(max_age_days=0), T0 + dt.timedelta(days=9999))


def test_lockout_after_five_wrong_for_ten_minutes() -> None:
    policy = LockoutPolicy(attempts=5, minutes=10)
    state = Attempts()
    for n in range(1, 5):
        state = after_failure(state, policy, T0)
        assert state.failures == n and not locked(state, T0)
    state = after_failure(state, policy, T0)  # the fifth
    assert locked(state, T0) and locked(state, T0 + dt.timedelta(minutes=9, seconds=59))
    assert not locked(state, T0 + dt.timedelta(minutes=10))
    again = after_failure(state, policy, T0 + dt.timedelta(minutes=10))  # counting starts afresh
    assert again.failures == 1 and not locked(again, T0 + dt.timedelta(minutes=10))
    assert after_success() == Attempts()
