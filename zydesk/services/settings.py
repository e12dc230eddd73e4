"""Local settings: readings of the policy and figures it leaves open. Shown in the UI, audited on change."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from zydesk.core.security.roles import Permission
from zydesk.storage import locks
from zydesk.storage.models import Setting
from zydesk.storage.uow import Database

# Who may change a setting (docs/security.md). Most settings are readings of the policy that change results
# (审核员); these are the exceptions. The names are the modules' constants (tests/test_permissions.py checks).
SYSTEM_KEYS = frozenset({"printing.fonts", "backup_interval_minutes", "backup_keep_daily", "backup_keep_weekly",
                         "backup_keep_monthly"})  # 系统管理员: how the program prints and keeps backups
ENTRY_KEYS = frozenset({"ranking.key_tasks", "import_synonyms"})  # lists the 录入员 keeps up


def get_setting(session: Session, key: str, default: Any = None, year: int | None = None) -> Any:
    """The value for the year if set, else the all-years value, else default."""
    rows: dict[int | None, Any] = {y: v for y, v in session.execute(select(Setting.year, Setting.value)
                                                                   .where(Setting.key == key))}
    if year is not None and year in rows:
        return rows[year]
    return rows.get(None, default)


def put_setting(session: Session, key: str, value: Any, year: int | None = None) -> None:
    """Set the value for the year (None: all years) inside the caller's unit of work."""
    _hold(session)  # two clerks setting one key for the first time: one row, not two
    row = session.scalar(select(Setting).where(Setting.key == key, Setting.year.is_(None) if year is None
                                               else Setting.year == year))
    if row is None:
        session.add(Setting(key=key, year=year, value=value))
    else:
        row.value = value


def _hold(session: Session) -> None:
    """Settings are written one save at a time (one lock for them all, on a server): saves of several keys in
    different orders can never deadlock, and settings change seldom enough that nobody waits long."""
    locks.hold(session, locks.SETTING, "*")


def _scope(year: int | None) -> Any:
    return Setting.year.is_(None) if year is None else Setting.year == year


def setting_versions(session: Session, keys: Iterable[str], year: int | None = None) -> dict[str, int]:
    """{key: version} of the values a settings form shows (0: not set yet): the form passes it back with its
    save, so a save over another clerk's newer change of any of them is refused (`check_versions`)."""
    wanted = list(keys)
    found = dict(session.execute(select(Setting.key, Setting.version).where(Setting.key.in_(wanted), _scope(year))).all())
    return {k: int(found.get(k, 0)) for k in wanted}


def check_versions(session: Session, seen: Mapping[str, int] | None, year: int | None = None) -> None:
    """Refuse (EditConflict, naming who changed it and when) when a setting moved on since the form read it."""
    from zydesk.services.conflicts import conflict_in

    if not seen:
        return
    _hold(session)  # held before looking: a save under way elsewhere is waited for, then seen
    now = setting_versions(session, seen, year)
    for key, version in seen.items():
        if now[key] != version:
            row_id = session.scalar(select(Setting.id).where(Setting.key == key, _scope(year)))
            raise conflict_in(session, "Setting", int(row_id or 0))


def permission_for(key: str) -> Permission:
    """What changing the setting `key` needs."""
    if key in SYSTEM_KEYS:
        return Permission.SYSTEM_SETTINGS
    if key in ENTRY_KEYS:
        return Permission.ENTER
    return Permission.POLICY_SETTINGS


def set_setting(db: Database, key: str, value: Any, year: int | None = None) -> None:
    with db.uow(f"修改设置 {key}", permission_for(key)) as uow:
        put_setting(uow.session, key, value, year)
        uow.commit()


def is_demo(session: Session) -> bool:
    return bool(get_setting(session, "demo", False))
