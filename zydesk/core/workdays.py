"""Working-day arithmetic for Chinese administrative deadlines (pure: the calendar is passed in).

Counting rule (期间开始之日不计算在内): the day of the event is not counted; "N个工作日内" ends at the end
of the N-th working day after it. A year with no entered schedule is counted weekends-only and every
result that relied on it says so (estimated=True, estimated_years), so the clerk sees 「依据未录入节假日安排推算」.
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

ESTIMATE_NOTE = "依据未录入节假日安排推算"
_ONE = dt.timedelta(days=1)
# Enough to walk past any run of holidays; a count that reaches it means bad input, not a long holiday.
_MAX_SPAN_DAYS = 4000


@dataclass(frozen=True)
class YearSchedule:
    """One year's 国务院办公厅 notice: the days off (holiday ranges, weekends inside them included) and
    the 调休 weekend days that are worked. source: where it came from (内置日历 / 人工录入)."""

    year: int
    off_days: frozenset[dt.date] = frozenset()
    makeup_days: frozenset[dt.date] = frozenset()
    source: str = ""

    def holiday_ranges(self) -> list[tuple[dt.date, dt.date]]:
        """The off days grouped into runs of consecutive dates (how the notice writes them)."""
        runs: list[tuple[dt.date, dt.date]] = []
        for day in sorted(self.off_days):
            if runs and runs[-1][1] + _ONE == day:
                runs[-1] = (runs[-1][0], day)
            else:
                runs.append((day, day))
        return runs


def schedule_from_ranges(year: int, holidays: Iterable[tuple[dt.date, dt.date]],
                         makeup_days: Iterable[dt.date], source: str = "") -> YearSchedule:
    off: set[dt.date] = set()
    for start, end in holidays:
        day = start
        while day <= end:
            off.add(day)
            day += _ONE
    return YearSchedule(year, frozenset(off), frozenset(makeup_days), source)


def check_schedule(schedule: YearSchedule) -> list[str]:
    """Problems with an entered schedule, in Chinese; empty when it is consistent."""
    problems: list[str] = []
    for day in sorted(schedule.off_days | schedule.makeup_days):
        if day.year != schedule.year:
            problems.append(f"{day.isoformat()} 不在 {schedule.year} 年内")
    for day in sorted(schedule.off_days & schedule.makeup_days):
        problems.append(f"{day.isoformat()} 既列为放假又列为调休上班")
    for day in sorted(schedule.makeup_days):
        if day.weekday() < 5:
            problems.append(f"{day.isoformat()} 是星期{'一二三四五'[day.weekday()]}，本来就上班，不是调休上班日")
    return problems


@dataclass(frozen=True)
class Calendar:
    """Schedules by year; a year missing here is counted weekends-only (estimated)."""

    schedules: Mapping[int, YearSchedule] = field(default_factory=dict)

    def has_schedule(self, year: int) -> bool:
        return year in self.schedules

    @functools.cached_property
    def _exceptions(self) -> tuple[list[int], list[int]]:
        """Days whose status differs from weekends-only (ordinals, sorted) and the running sum of the
        difference: -1 for a weekday off, +1 for a weekend day worked. Lets long spans be counted at once."""
        changes = []
        for schedule in self.schedules.values():
            changes += [(d.toordinal(), -1) for d in schedule.off_days
                        if d.weekday() < 5 and d not in schedule.makeup_days]
            changes += [(d.toordinal(), 1) for d in schedule.makeup_days if d.weekday() >= 5]
        changes.sort()
        days, sums, total = [], [], 0
        for ordinal, delta in changes:
            total += delta
            days.append(ordinal)
            sums.append(total)
        return days, sums

    def count_upto(self, day: dt.date) -> int:
        """Working days from 0001-01-01 (a Monday) to day inclusive; differences give spans."""
        n = day.toordinal()
        plain = n // 7 * 5 + min(n % 7, 5)
        days, sums = self._exceptions
        i = bisect.bisect_right(days, n)
        return plain + (sums[i - 1] if i else 0)

    def is_workday(self, day: dt.date) -> bool:
        schedule = self.schedules.get(day.year)
        if schedule is not None:
            if day in schedule.makeup_days:
                return True
            if day in schedule.off_days:
                return False
        return day.weekday() < 5


@dataclass(frozen=True)
class WorkdayResult:
    start: dt.date
    days: int
    due: dt.date
    estimated: bool
    estimated_years: tuple[int, ...] = ()

    @property
    def note(self) -> str:
        """「依据未录入节假日安排推算（2027年）」 when estimated, else empty."""
        if not self.estimated:
            return ""
        return f"{ESTIMATE_NOTE}（{'、'.join(f'{y}年' for y in self.estimated_years)}）"

    def as_json(self) -> dict[str, object]:
        return {"start": self.start.isoformat(), "days": self.days, "due": self.due.isoformat(),
                "estimated": self.estimated, "estimated_years": list(self.estimated_years)}


def add_workdays(calendar: Calendar, start: dt.date, n: int) -> WorkdayResult:
    """The N-th working day after start (start itself not counted). n = 0 gives start itself."""
    if n < 0:
        raise ValueError("工作日天数不能为负数")
    day, counted = start, 0
    missing: set[int] = set()
    steps = 0
    while counted < n:
        day += _ONE
        steps += 1
        if steps > _MAX_SPAN_DAYS:
            raise ValueError(f"{n} 个工作日超出可计算范围")
        if not calendar.has_schedule(day.year):
            missing.add(day.year)
        if calendar.is_workday(day):
            counted += 1
    years = tuple(sorted(missing))
    return WorkdayResult(start, n, day, bool(years), years)


def workdays_between(calendar: Calendar, start: dt.date, end: dt.date) -> int:
    """Working days in (start, end]; negative when end is before start (days overdue, counted the same way)."""
    return calendar.count_upto(end) - calendar.count_upto(start)
