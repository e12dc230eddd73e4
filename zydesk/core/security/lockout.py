"""Locking an account after repeated wrong passwords (身份鉴别: 登录失败处理)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class LockoutPolicy:
    attempts: int = 5
    minutes: int = 10


@dataclass(frozen=True)
class Attempts:
    failures: int = 0
    locked_until: dt.datetime | None = None


def locked(state: Attempts, now: dt.datetime) -> bool:
    return state.locked_until is not None and now < state.locked_until


def after_failure(state: Attempts, policy: LockoutPolicy, now: dt.datetime) -> Attempts:
    """One more wrong password: the count grows; at the limit the account locks for the set minutes and
    the count starts again."""
    if state.locked_until is not None and now >= state.locked_until:
        state = Attempts()
    failures = state.failures + 1
    if failures >= policy.attempts:
        return Attempts(0, now + dt.timedelta(minutes=policy.minutes))
    return replace(state, failures=failures)


def after_success() -> Attempts:
    return Attempts()
