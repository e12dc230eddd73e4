"""The working-day calendar every module uses for deadlines.

Built-in schedules come from the `chinesecalendar` package (one release per State Council notice);
a year entered by the clerk (table workday_year) replaces the built-in one for that year, so a wrong or
missing year can be fixed without a new program. Other modules call:

    add_workdays(session, start, n) -> WorkdayResult(due, estimated, estimated_years, ...)
    set_year_schedule(db, year, holidays=[(start, end)], makeup_days=[date])
"""
from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from dataclasses import dataclass

import chinese_calendar
from sqlalchemy import select
from sqlalchemy.orm import Session

from zydesk.core import workdays as core
from zydesk.core.security.roles import Permission
from zydesk.core.workdays import Calendar, WorkdayResult, YearSchedule
from zydesk.errors import UserError
from zydesk.storage.models_tolerance import WorkdayDay, WorkdayYear
from zydesk.storage.uow import Database

__all__ = ["WorkdayResult", "add_workdays", "load_calendar", "set_year_schedule", "delete_year_schedule",
           "year_schedule", "year_overview", "startup_reminders", "is_workday", "workdays_between"]

BUILTIN = "内置日历"
ENTERED = "人工录入"


@functools.cache
def builtin_schedule(year: int) -> YearSchedule | None:
    """The package's schedule for a year, or None when the package does not cover it."""
    try:
        chinese_calendar.is_workday(dt.date(year, 6, 1))
    except NotImplementedError:
        return None
    off = frozenset(d for d in chinese_calendar.holidays if d.year == year)
    work = frozenset(d for d in chinese_calendar.workdays if d.year == year and d.weekday() >= 5)
    return YearSchedule(year, off, work, BUILTIN)


@functools.cache
def builtin_years() -> tuple[int, ...]:
    years = {d.year for d in chinese_calendar.holidays} | {d.year for d in chinese_calendar.workdays}
    return tuple(sorted(y for y in years if builtin_schedule(y) is not None))


def _entered(session: Session) -> dict[int, YearSchedule]:
    result: dict[int, YearSchedule] = {}
    years = session.scalars(select(WorkdayYear.year)).all()
    for year in years:
        result[year] = YearSchedule(year, frozenset(), frozenset(), ENTERED)
    rows = session.execute(select(WorkdayDay.year, WorkdayDay.day, WorkdayDay.kind)).all()
    off: dict[int, set[dt.date]] = {y: set() for y in years}
    work: dict[int, set[dt.date]] = {y: set() for y in years}
    for year, day, kind in rows:
        (off if kind == "放假" else work)[year].add(day)
    return {y: YearSchedule(y, frozenset(off[y]), frozenset(work[y]), ENTERED) for y in years}


def load_calendar(session: Session) -> Calendar:
    """Built-in years, then the entered years on top (an entered year wins)."""
    schedules: dict[int, YearSchedule] = {}
    for year in builtin_years():
        schedule = builtin_schedule(year)
        if schedule is not None:
            schedules[year] = schedule
    schedules.update(_entered(session))
    return Calendar(schedules)


def add_workdays(session: Session, start: dt.date, n: int) -> WorkdayResult:
    return core.add_workdays(load_calendar(session), start, n)


def is_workday(session: Session, day: dt.date) -> bool:
    return load_calendar(session).is_workday(day)


def workdays_between(session: Session, start: dt.date, end: dt.date) -> int:
    return core.workdays_between(load_calendar(session), start, end)


def year_schedule(session: Session, year: int) -> YearSchedule | None:
    """The schedule in force for a year (entered, else built-in), None when neither exists."""
    return load_calendar(session).schedules.get(year)


@dataclass(frozen=True)
class YearRow:
    year: int
    source: str  # 人工录入 / 内置日历 / 未录入
    holidays: int  # off days listed
    makeup_days: int
    workdays: int  # working days in the year under this schedule (weekends-only when missing)


def year_overview(session: Session, years: Iterable[int]) -> list[YearRow]:
    cal = load_calendar(session)
    rows = []
    for year in years:
        schedule = cal.schedules.get(year)
        count = core.workdays_between(cal, dt.date(year - 1, 12, 31), dt.date(year, 12, 31))
        rows.append(YearRow(year, schedule.source if schedule else "未录入",
                            len(schedule.off_days) if schedule else 0,
                            len(schedule.makeup_days) if schedule else 0, count))
    return rows


def set_year_schedule(db: Database, year: int, holidays: list[tuple[dt.date, dt.date]],
                      makeup_days: list[dt.date], notice: str | None = None) -> YearSchedule:
    """Enter (or replace) a year's schedule from the State Council notice. All-or-nothing."""
    db.require(Permission.ENTER)
    if not 2000 <= year <= 2100:
        raise UserError(f"年份 {year} 不在可录入范围（2000–2100）")
    problems = []
    for start, end in holidays:
        if end < start:
            problems.append(f"放假区间 {start.isoformat()} 至 {end.isoformat()} 的结束日期早于开始日期")
    schedule = core.schedule_from_ranges(year, holidays, makeup_days, ENTERED)
    problems += core.check_schedule(schedule)
    if not schedule.off_days:
        problems.append("至少应录入一个放假区间（国务院办公厅通知所列节假日）")
    if problems:
        raise UserError(f"{year} 年节假日安排有误：\n" + "\n".join(problems))
    with db.uow(f"录入{year}年节假日安排", Permission.ENTER) as uow:
        s = uow.session
        row = s.get(WorkdayYear, year)
        if row is None:
            row = WorkdayYear(year=year)
            s.add(row)
        row.notice = (notice or "").strip() or None
        row.entered_at = dt.datetime.now()
        row.entered_by = db.user
        row.days.clear()
        s.flush()
        for day in sorted(schedule.off_days):
            row.days.append(WorkdayDay(day=day, year=year, kind="放假"))
        for day in sorted(schedule.makeup_days):
            row.days.append(WorkdayDay(day=day, year=year, kind="上班"))
        uow.commit()
    return schedule


def delete_year_schedule(db: Database, year: int) -> None:
    """Drop an entered year: the built-in schedule (or the weekends-only estimate) applies again."""
    with db.uow(f"删除{year}年节假日安排", Permission.ENTER) as uow:
        row = uow.session.get(WorkdayYear, year)
        if row is None:
            raise UserError(f"{year} 年没有人工录入的节假日安排")
        uow.session.delete(row)
        uow.commit()


def startup_reminders(session: Session, today: dt.date | None = None) -> list[str]:
    """In November and December, remind the clerk to enter next year's schedule if it is missing
    (the State Council notice usually comes out in November)."""
    today = today or dt.date.today()
    messages = []
    cal = load_calendar(session)
    if not cal.has_schedule(today.year):
        messages.append(f"{today.year} 年节假日安排尚未录入，期限按双休日推算（{core.ESTIMATE_NOTE}）。"
                        "请在“容错纠错 → 节假日安排”中录入。")
    if today.month >= 11 and not cal.has_schedule(today.year + 1):
        messages.append(f"{today.year + 1} 年节假日安排尚未录入。国务院办公厅通知发布后，请在"
                        "“容错纠错 → 节假日安排”中录入放假区间和调休上班日；未录入前，跨入该年的期限均标注"
                        f"「{core.ESTIMATE_NOTE}」。")
    return messages
