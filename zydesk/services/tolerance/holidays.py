"""The holiday schedule as the 节假日安排 dialog edits it: text in, text out. The parsing of what the clerk
typed lives here, so a mistake comes back as a ValidationError naming the field (放假区间 / 调休上班日)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy.orm import Session

from zydesk.core.dates import DateFormatError, parse_date
from zydesk.errors import FieldError, ValidationError
from zydesk.services import workdays
from zydesk.services.workdays import YearRow
from zydesk.storage.uow import Database

RANGES = "放假区间"
MAKEUP = "调休上班日"
_SPLIT = re.compile(r"\s*(?:至|到|~|～|—|－－|\s)\s*")


def parse_ranges(text: str) -> list[tuple[dt.date, dt.date]]:
    """One holiday range a line: "2027-01-01 至 2027-01-03" (or a single date); # starts a comment."""
    ranges, errors = [], []
    for n, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#")[0].strip()
        if not line:
            continue
        parts = [p for p in _SPLIT.split(line) if p]
        try:
            dates = [parse_date(p) for p in parts]
        except DateFormatError as exc:
            errors.append(FieldError(RANGES, f"第{n}行：{exc}"))
            continue
        if len(dates) not in (1, 2):
            errors.append(FieldError(RANGES, f"第{n}行应为“开始日期 至 结束日期”"))
            continue
        ranges.append((dates[0], dates[-1]))
    if errors:
        raise ValidationError(errors)
    return ranges


def parse_days(text: str) -> list[dt.date]:
    """Dates one a line (or separated by commas)."""
    days, errors = [], []
    for n, raw in enumerate(re.split(r"[\n,，、;；]", text), start=1):
        part = raw.split("#")[0].strip()
        if part:
            try:
                days.append(parse_date(part))
            except DateFormatError as exc:
                errors.append(FieldError(MAKEUP, f"第{n}项：{exc}"))
    if errors:
        raise ValidationError(errors)
    return days


@dataclass(frozen=True)
class YearText:
    """A year's schedule as the dialog shows it."""

    year: int
    source: str | None  # None: nothing entered or built in (weekends only)
    ranges: str
    makeup: str


@dataclass(frozen=True)
class CalendarView:
    overview: list[YearRow]  # the years around the one shown
    year: YearText


def calendar_view(session: Session, year: int) -> CalendarView:
    years = sorted(set(range(year - 3, year + 2)))
    schedule = workdays.year_schedule(session, year)
    if schedule is None:
        text = YearText(year, None, "", "")
    else:
        text = YearText(year, schedule.source,
                        "\n".join(a.isoformat() if a == b else f"{a.isoformat()} 至 {b.isoformat()}"
                                  for a, b in schedule.holiday_ranges()),
                        "\n".join(d.isoformat() for d in sorted(schedule.makeup_days)))
    return CalendarView(workdays.year_overview(session, years), text)


def save_year(db: Database, year: int, ranges: str, makeup: str, notice: str = "") -> None:
    """Parse and enter one year's schedule (all-or-nothing)."""
    errors: list[FieldError] = []
    parsed_ranges: list[tuple[dt.date, dt.date]] = []
    parsed_days: list[dt.date] = []
    try:
        parsed_ranges = parse_ranges(ranges)
    except ValidationError as exc:
        errors += exc.errors
    try:
        parsed_days = parse_days(makeup)
    except ValidationError as exc:
        errors += exc.errors
    if errors:
        raise ValidationError(errors)
    workdays.set_year_schedule(db, year, parsed_ranges, parsed_days, notice)


def delete_year(db: Database, year: int) -> None:
    workdays.delete_year_schedule(db, year)
