"""Dates as clerks type them in Excel: 2016-11-28, 2016/11/28, 2016.11.28, 20161128, 2016年11月28日."""
from __future__ import annotations

import datetime as dt
import re

_FULL = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_MONTH = re.compile(r"^(\d{4})[-/.年](\d{1,2})月?$")
_MONTH_COMPACT = re.compile(r"^(\d{4})(\d{2})$")


class DateFormatError(ValueError):
    pass


def parse_date(value: object, *, month_ok: bool = False) -> dt.date:
    """Parse a cell value. month_ok: 2016.11 / 201611 allowed, meaning the 1st of that month."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip().replace(" ", "")
    for pattern in (_FULL, _COMPACT):
        m = pattern.match(text)
        if m:
            try:
                return dt.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                raise DateFormatError(f"“{text}”不是有效日期") from None
    if month_ok:
        for pattern in (_MONTH, _MONTH_COMPACT):
            m = pattern.match(text)
            if m and 1 <= int(m[2]) <= 12:
                return dt.date(int(m[1]), int(m[2]), 1)
    fmt = "2016-11-28、2016/11/28、2016.11.28、20161128 或 2016年11月28日"
    if month_ok:
        fmt += "（也可只填年月，如 2016.11）"
    raise DateFormatError(f"“{text}”不是可识别的日期，应为 {fmt}")


def chinese_date(d: dt.date) -> str:
    """2016年11月28日 — Arabic numerals, no leading zeros (GB/T 9704)."""
    return f"{d.year}年{d.month}月{d.day}日"


def add_months(d: dt.date, months: int) -> dt.date:
    """Same day N months later, clamped to the month's last day (影响期 end dates)."""
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    for day in (d.day, 30, 29, 28):
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def age_on(birth: dt.date, on: dt.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
