"""Writing cells safely with openpyxl: text stays text, dates show as dates."""
from __future__ import annotations

import datetime as dt
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

# A cell starting with one of these may be taken for a formula (or DDE) by Excel and by CSV consumers.
RISKY_START = ("=", "+", "-", "@", "\t", "\r", "\n")
DATE_FORMAT = "yyyy-mm-dd"


def cell_value(ws: WriteOnlyWorksheet, value: Any) -> Any:
    """A value (or a WriteOnlyCell) for ws.append(): risky text forced to a text cell with quotePrefix, so
    '=1+1' is shown as written and never evaluated; dates with a date format; control characters removed."""
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        if value.startswith(RISKY_START):
            cell = WriteOnlyCell(ws, value=value)
            cell.data_type = "s"
            cell.quotePrefix = True
            return cell
        return value
    if isinstance(value, (dt.date, dt.datetime)):
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = DATE_FORMAT
        return cell
    return value
