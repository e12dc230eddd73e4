"""Reading what the clerk typed into a form field, collecting FieldErrors instead of stopping at the first."""
from __future__ import annotations

import datetime as dt

from zydesk.core.dates import DateFormatError, parse_date
from zydesk.errors import FieldError


def typed_date(value: dt.date | str | None, label: str, errors: list[FieldError], *,
               required: bool = False, missing: str = "必填") -> dt.date | None:
    """A date as the clerk typed it (2016-11-28, 2016.11.28, …): a FieldError under `label` when it cannot be
    read, or (with `missing` as its message) when it is required and empty."""
    if isinstance(value, dt.date):
        return value
    text = (value or "").strip()
    if not text:
        if required:
            errors.append(FieldError(label, missing))
        return None
    try:
        return parse_date(text)
    except DateFormatError as exc:
        errors.append(FieldError(label, str(exc)))
        return None
