"""A plain one-sheet xlsx, streamed: the export's writer (openpyxl stays for templates and styled sheets).

openpyxl builds an object per cell and took 10 s for 50,000 cadres × 17 columns; this writes the sheet XML
row by row straight into the zip (inline strings, as openpyxl's write-only mode does) at a fraction of that.
What it writes, and nothing more:
- text as text; text Excel could take for a formula (=, +, -, @, tab, CR, LF first) with quotePrefix, shown
  as written and never evaluated; characters XML cannot hold dropped;
- numbers as numbers, True/False as booleans, dates and date-times as dates (yyyy-mm-dd);
- the header row frozen, column widths."""
from __future__ import annotations

import datetime as dt
import math
import re
import zipfile
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from itertools import repeat
from pathlib import Path
from typing import IO, Any, Self
from xml.sax.saxutils import escape, quoteattr

# Characters XML 1.0 cannot hold (openpyxl's ILLEGAL_CHARACTERS_RE).
ILLEGAL = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")
RISKY_START = ("=", "+", "-", "@", "\t", "\r", "\n")
DATE_FORMAT = "yyyy-mm-dd"
EPOCH = dt.date(1899, 12, 30)  # Excel's day 0 in the 1900 system (past the phantom 29 February 1900)
EPOCH_DT = dt.datetime(1899, 12, 30)
STYLE_DATE, STYLE_TEXT = 1, 2  # cellXfs below

_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
<Default Extension="xml" ContentType="application/xml"/>\
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
</Types>"""
_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
Target="xl/workbook.xml"/></Relationships>"""
_WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
<bookViews><workbookView/></bookViews><sheets><sheet name={name} sheetId="1" r:id="rId1"/></sheets></workbook>"""
_WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
Target="worksheets/sheet1.xml"/>\
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" \
Target="styles.xml"/></Relationships>"""
_STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
<numFmts count="1"><numFmt numFmtId="164" formatCode="{DATE_FORMAT}"/></numFmts>\
<fonts count="1"><font><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font></fonts>\
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/></cellXfs>\
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"""
_SHEET_HEAD = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>\
<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>\
<sheetFormatPr defaultRowHeight="15"/>{cols}<sheetData>"""
_SHEET_TAIL = "</sheetData></worksheet>"


def column_letter(k: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    k += 1
    while k:
        k, rem = divmod(k - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _text(value: str, col: str, n: str) -> str:
    if not value.isprintable():  # rare: only then look for what XML cannot hold
        value = ILLEGAL.sub("", value)
    style = f' s="{STYLE_TEXT}"' if value.startswith(RISKY_START) else ""
    if "&" in value or "<" in value or ">" in value:
        value = escape(value)
    return f'<c r="{col}{n}" t="inlineStr"{style}><is><t xml:space="preserve">{value}</t></is></c>'


def _cell(value: Any, col: str, n: str) -> str:
    """The XML of one cell ("" for an empty one)."""
    cls = value.__class__
    if cls is str:
        return _text(value, col, n) if value else ""
    if value is None:
        return ""
    if cls is bool:
        return f'<c r="{col}{n}" t="b"><v>{int(value)}</v></c>'
    if cls is int or (cls is Decimal and value.is_finite()):
        return f'<c r="{col}{n}"><v>{value}</v></c>'
    if cls is float:
        return f'<c r="{col}{n}"><v>{value!r}</v></c>' if math.isfinite(value) else ""
    if cls is dt.date:
        return f'<c r="{col}{n}" s="{STYLE_DATE}"><v>{(value - EPOCH).days}</v></c>'
    if cls is dt.datetime:
        days = (value.replace(tzinfo=None) - EPOCH_DT) / dt.timedelta(days=1)
        return f'<c r="{col}{n}" s="{STYLE_DATE}"><v>{days!r}</v></c>'
    if cls is Decimal:
        return ""  # NaN or infinity: no number Excel can hold
    if isinstance(value, str):  # a str subclass (an enum value)
        return _text(str(value), col, n) if value else ""
    return _text(str(value), col, n)


class SheetWriter:
    """Rows into one sheet of a new xlsx at `path`: `with SheetWriter(path, "干部信息", widths) as w: w.row(...)`.
    On an exception inside the block the file is left incomplete: callers write to a temporary file."""

    def __init__(self, path: str | Path, title: str, widths: Sequence[float] = (), compresslevel: int = 1) -> None:
        self._zip = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=compresslevel)
        self._title = title
        self._widths = widths
        self._sheet: IO[bytes] | None = None
        self._n = 0
        self._buffer: list[str] = []

    def __enter__(self) -> Self:
        cols = "".join(f'<col min="{k + 1}" max="{k + 1}" width="{w}" customWidth="1"/>'
                       for k, w in enumerate(self._widths))
        self._sheet = self._zip.open("xl/worksheets/sheet1.xml", "w", force_zip64=True)
        self._write(_SHEET_HEAD.format(cols=f"<cols>{cols}</cols>" if cols else ""))
        return self

    def row(self, values: Iterable[Any]) -> None:
        self._n += 1
        n = str(self._n)
        cells = "".join(map(_cell, values, _LETTERS, repeat(n)))
        self._buffer.append(f'<row r="{n}">{cells}</row>')
        if len(self._buffer) >= 500:
            self._flush()

    def rows(self, many: Iterable[Sequence[Any]], each: Callable[[int], None] | None = None) -> None:
        """Many rows; `each(n)` after every row (progress, cancel)."""
        for values in many:
            self.row(values)
            if each is not None:
                each(self._n)

    def _flush(self) -> None:
        self._write("".join(self._buffer))
        self._buffer.clear()

    def _write(self, text: str) -> None:
        assert self._sheet is not None
        self._sheet.write(text.encode("utf-8"))

    def __exit__(self, kind: object, exc: object, tb: object) -> None:
        try:
            if kind is None:
                self._flush()
                self._write(_SHEET_TAIL)
            assert self._sheet is not None
            self._sheet.close()
            if kind is None:
                z = self._zip
                z.writestr("[Content_Types].xml", _CONTENT_TYPES)
                z.writestr("_rels/.rels", _RELS)
                z.writestr("xl/workbook.xml", _WORKBOOK.format(name=quoteattr(_sheet_name(self._title))))
                z.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
                z.writestr("xl/styles.xml", _STYLES)
        finally:
            self._zip.close()


_LETTERS = [column_letter(k) for k in range(702)]  # A … ZZ; map() stops at the shorter


def _sheet_name(title: str) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\."""
    return re.sub(r"[\[\]:*?/\\]", "_", title)[:31] or "Sheet1"
