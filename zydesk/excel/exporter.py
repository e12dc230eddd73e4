"""Exports: the same columns as the import template (so an export can be edited and imported again),
every text cell written as text (never a formula), dates as date cells. Written to a temporary file and
moved into place at the end, so a cancelled or failed export leaves no half-written file."""
from __future__ import annotations

import os
from pathlib import Path

from openpyxl import Workbook

from zydesk.core.task_state import TaskState
from zydesk.errors import UserError
from zydesk.excel.cells import cell_value
from zydesk.excel.kinds import get_kind
from zydesk.storage.uow import Database

PROGRESS_EVERY = 1000


def export_kind(db: Database, kind: str, path: str | Path, year: int | None = None,
                state: TaskState | None = None) -> int:
    """Write the kind's records to path (.xlsx); returns the number of data rows written."""
    spec = get_kind(kind)
    state = state or TaskState()
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        raise UserError(f"导出文件应以 .xlsx 结尾：{target.name}")
    if not target.parent.is_dir():
        raise UserError(f"文件夹不存在：{target.parent}")
    if year is not None and not spec.year_filter:
        raise UserError(f"“{spec.title}”不分年度，导出时不能指定年度")
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(spec.title)
    ws.freeze_panes = "A2"
    for k, col in enumerate(spec.columns):
        ws.column_dimensions[_letter(k)].width = max(10, 2 * len(col.name) + 2)
    ws.append([cell_value(ws, c.name) for c in spec.columns])
    n = 0
    state.progress(0, 0, f"正在读取{spec.title}…")
    with db.read() as session:
        rows = list(spec.export_rows(session, year))  # read first, so that the progress bar knows the total
    total = len(rows)
    try:
        for row in rows:
            ws.append([cell_value(ws, v) for v in row])
            n += 1
            if n % PROGRESS_EVERY == 0:
                state.check()
                state.progress(n, total, f"已导出 {n} / {total} 行…")
    except BaseException:
        ws.close()  # a write-only sheet streams into a temporary file: finish it (openpyxl removes it at exit)
        raise
    state.check()
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        wb.save(tmp)
        state.check()
        os.replace(tmp, target)
    except PermissionError:
        raise UserError(f"无法写入“{target}”：文件可能正在 Excel 中打开，请关闭后重试") from None
    finally:
        tmp.unlink(missing_ok=True)
    state.progress(n, n, f"已导出 {n} 行")
    return n


def _letter(k: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(k + 1))
