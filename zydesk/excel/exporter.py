"""Exports: the same columns as the import template (so an export can be edited and imported again),
every text cell written as text (never a formula; risky text with quotePrefix), dates as date cells.
Written by sheetwriter.py (streamed, no object per cell) to a temporary file in the target folder and
renamed at the end, so a cancelled or failed export leaves no half-written file (and one killed midway is
removed at the next start: zydesk.tempfiles). An export needs Permission.PRINT and is audited (导出)."""
from __future__ import annotations

from pathlib import Path

from zydesk.core.security.roles import Permission
from zydesk.core.task_state import TaskState
from zydesk.errors import UserError
from zydesk.excel.kinds import get_kind
from zydesk.excel.sheetwriter import SheetWriter
from zydesk.storage.audit_chain import mask_text
from zydesk.storage.uow import Database
from zydesk.tempfiles import output_target, partial_file

PROGRESS_EVERY = 1000


def export_kind(db: Database, kind: str, path: str | Path, year: int | None = None,
                state: TaskState | None = None) -> int:
    """Write the kind's records to path (.xlsx); returns the number of data rows written."""
    db.require(Permission.PRINT)
    spec = get_kind(kind)
    state = state or TaskState()
    target = output_target(path, ".xlsx", "导出文件")
    if year is not None and not spec.year_filter:
        raise UserError(f"“{spec.title}”不分年度，导出时不能指定年度")
    state.progress(0, 0, f"正在读取{spec.title}…")
    with db.read() as session:
        rows = list(spec.export_rows(session, year))  # read first, so that the progress bar knows the total
    if not db.principal.may(Permission.FULL_ID):  # 查阅员: the file carries ID numbers masked, as the screens do
        rows = [[mask_text(v) if isinstance(v, str) else v for v in row] for row in rows]
    total = len(rows)
    state.check()

    def each(n: int) -> None:
        if n % PROGRESS_EVERY == 0:
            state.check()
            state.progress(n, total, f"已导出 {n} / {total} 行…")

    widths = [max(10, 2 * len(c.name) + 2) for c in spec.columns]
    try:
        with partial_file(target) as tmp:
            with SheetWriter(tmp, spec.title, widths) as sheet:
                sheet.row([c.name for c in spec.columns])
                sheet.rows(rows, each)
            state.check()
    except PermissionError:
        raise UserError(f"无法写入“{target}”：文件可能正在 Excel 中打开，请关闭后重试") from None
    state.progress(total, total, f"已导出 {total} 行")
    from zydesk.services.audit_trail import EXPORTED, record_output

    record_output(db, EXPORTED, spec.title, {"文件": target.name, "年度": year, "行数": total})
    return total
