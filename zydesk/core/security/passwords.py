"""The password policy (身份鉴别): length, character classes, age. Settings carry the figures."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class PasswordPolicy:
    min_length: int = 8
    min_classes: int = 3  # of: upper-case letters, lower-case letters, digits, other characters
    max_age_days: int = 90  # 0: never expires


def classes(password: str) -> int:
    kinds = [any(c.isupper() for c in password), any(c.islower() for c in password),
             any(c.isdigit() for c in password), any(not c.isalnum() for c in password)]
    # A Chinese character counts as "other": it is neither a cased letter nor a digit.
    kinds[3] = kinds[3] or any(c.isalpha() and not (c.isupper() or c.islower()) for c in password)
    return sum(kinds)


def password_problem(password: str, policy: PasswordPolicy, name: str = "") -> str | None:
    """Why this password may not be used, in Chinese, or None."""
    if len(password) < policy.min_length:
        return f"口令至少 {policy.min_length} 位。"
    if classes(password) < policy.min_classes:
        return (f"口令须含大写字母、小写字母、数字、其他字符中的至少 {policy.min_classes} 类"
                f"（现有 {classes(password)} 类）。")
    if name and name.lower() in password.lower():
        return "口令不能包含账号名。"
    return None


def expired(changed_at: dt.datetime | None, policy: PasswordPolicy, now: dt.datetime) -> bool:
    """Is the password older than the policy allows (a missing date counts as expired)?"""
    if policy.max_age_days <= 0:
        return False
    return changed_at is None or now - changed_at >= dt.timedelta(days=policy.max_age_days)
