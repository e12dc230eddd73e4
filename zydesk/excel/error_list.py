"""The 错误清单: the clerk's own sheet back, with a 错误说明 column and every bad cell marked, so each error
is fixed in the file where it was made and the file imported again."""
from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from zydesk.errors import FieldError
from zydesk.excel import reader
from zydesk.excel.importer import _clean_header, header_cells
from zydesk.excel.kinds import get_kind
from zydesk.excel.sheetwriter import ILLEGAL
from zydesk.tempfiles import partial_file, private_temp

ERROR_HEADER = "错误说明"
_UNNAMED = re.compile(r"^第(\d+)列$")
BAD_FILL = "FFC7CE"  # Excel's own "bad" red
ROW_FILL = "FFF2CC"


def write_error_list(kind: str, path: str | Path, errors: Sequence[FieldError], out: str | Path) -> Path:
    """Write the 错误清单 of `path` (imported as `kind`) to `out`. The file is read through the same checks
    as an import; errors without a row (about the whole file) go to the header row's 错误说明."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    spec = get_kind(kind)
    rows = reader.read_rows(reader.check_file(path))
    h, names = header_cells(spec, rows)
    columns: dict[str, int] = {}
    for j, cell in enumerate(names):
        columns.setdefault(_clean_header(cell), j)
    width = max([len(r) for r in rows[: h + 1]] + [len(names), 1])
    notes: dict[int, list[str]] = {}  # spreadsheet row → messages
    marks: set[tuple[int, int]] = set()
    for e in errors:
        line = e.row if e.row is not None else h + 1
        notes.setdefault(line, []).append(f"«{e.field}»: {e.message}" if e.row is not None else e.message)
        unnamed = _UNNAMED.match(e.field)
        col = int(unnamed[1]) - 1 if unnamed else columns.get(e.field)
        if col is not None and e.row is not None:
            marks.add((line, col))
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "错误清单"
    bad = PatternFill("solid", fgColor=BAD_FILL)
    flagged = PatternFill("solid", fgColor=ROW_FILL)
    for r, row in enumerate(rows, start=1):
        values: list[Any] = [_cell(v) for v in row] + [""] * (width - len(row))
        note = "；".join(notes.get(r, ()))
        ws.append([*values, ERROR_HEADER if r == h + 1 and not note else (note or None)])
        for j, v in enumerate(values):
            if isinstance(v, str) and v.startswith("="):  # a formula-looking text stays text, never evaluated
                ws.cell(r, j + 1).data_type = "s"
        if note:
            ws.cell(r, width + 1).fill = flagged
            ws.cell(r, width + 1).font = Font(color="9C0006")
    for r, j in marks:
        ws.cell(r, j + 1).fill = bad
    if notes.get(h + 1):
        ws.cell(h + 1, width + 1).value = f"{ERROR_HEADER}：{'；'.join(notes[h + 1])}"
    ws.column_dimensions[ws.cell(1, width + 1).column_letter].width = 60
    ws.freeze_panes = ws.cell(h + 2, 1)
    target = Path(out)
    with private_temp(), partial_file(target) as tmp:  # openpyxl's temporary files stay in the data folder;
        wb.save(tmp)  # a killed save leaves no half-written file at the target
    return target


def _cell(v: Any) -> Any:
    """Cells as the clerk wrote them (characters a sheet cannot hold dropped)."""
    if isinstance(v, str):
        return ILLEGAL.sub("", v) or None
    return v
