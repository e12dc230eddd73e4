"""Account names and the figures the security settings hold."""
from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from zydesk.core.security.passwords import PasswordPolicy
from zydesk.errors import UserError
from zydesk.services.settings import get_setting

IDLE_LOCK_MINUTES = "idle_lock_minutes"
PASSWORD_SETTINGS = ("password_min_length", "password_min_classes", "password_max_age_days")


def check_name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > 40 or any(c.isspace() or c in "*,，、" for c in name):
        raise UserError("账号名须为 1–40 个字符，不能含空格、逗号、顿号或 *。")
    return name


def password_policy(session: Session) -> PasswordPolicy:
    d = PasswordPolicy()
    return PasswordPolicy(int(get_setting(session, "password_min_length", d.min_length)),
                          int(get_setting(session, "password_min_classes", d.min_classes)),
                          int(get_setting(session, "password_max_age_days", d.max_age_days)))


def idle_minutes(session: Session) -> int:
    return int(get_setting(session, IDLE_LOCK_MINUTES, 10))


def now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)
