"""Printed documents for the window: build a document, render it to PDF with the clerk's fonts, merge many.

    QueryOp(ctx, lambda db, state: documents.render_document(db, build), show)

`build` is either `build()` or `build(db, state)` (a service function building a Gongwen or a Form);
rendering applies the font choices stored in the database first, so the preview shows what prints.
Making a document needs Permission.PRINT; what leaves the program (printed, saved as PDF) is audited
(`record_printed`; `render_many` with a path records itself).
"""
from __future__ import annotations

import inspect
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from zydesk.core.security.roles import Permission
from zydesk.core.task_state import TaskState
from zydesk.printing import font_choice
from zydesk.printing.output import Rendered, merge, render
from zydesk.services.audit_trail import PRINTED, record_output
from zydesk.services.handle import Database

Builder = Callable[[], Any] | Callable[[Database, TaskState], Any]
_fonts_applied: set[str] = set()  # database URLs whose stored font choices this process uses


def use_font_settings(db: Database) -> None:
    """Apply the clerk's font choices stored in this database (once per database and process)."""
    if db.url in _fonts_applied:
        return
    font_choice.apply(db)
    _fonts_applied.add(db.url)


def fonts_now_stored(db: Database) -> None:
    """After a choice was saved: the process already uses exactly the stored choices."""
    _fonts_applied.add(db.url)


def _takes_db(build: Callable[..., Any]) -> bool:
    try:
        params = inspect.signature(build).parameters.values()
    except (TypeError, ValueError):  # a builtin without a signature: called without arguments
        return False
    required = [p for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
                and p.default is p.empty]  # `lambda c=c: form_for(c)` is a build() with a bound value
    return len(required) >= 2 or any(p.kind is p.VAR_POSITIONAL for p in params)


def build_document(db: Database, item: Any, state: TaskState) -> Any:
    """The document an item stands for: the item itself, build() or build(db, state)."""
    if not callable(item):
        return item
    return item(db, state) if _takes_db(item) else item()


def render_document(db: Database, item: Any, state: TaskState | None = None, title: str = "") -> Rendered:
    """Build (if a callable) and render one document with the stored fonts."""
    db.require(Permission.PRINT)
    use_font_settings(db)
    rendered = render(build_document(db, item, state or TaskState()))
    if title and not rendered.title:
        rendered.title = title
    return rendered


def render_many(db: Database, items: Sequence[Any], title: str, state: TaskState | None = None,
                path: str | Path | None = None) -> Rendered:
    """Many documents as one PDF (batch printing), saved to path if given (and audited); progress and 取消
    through state."""
    db.require(Permission.PRINT)
    state = state or TaskState()
    use_font_settings(db)
    parts = []
    total = len(items)
    for i, item in enumerate(items):
        state.check()
        state.progress(i, total, f"正在生成第 {i + 1} / {total} 份")
        parts.append(render(build_document(db, item, state)))
    merged = merge(parts, title)
    if path is not None:
        merged.save(path)
        record_printed(db, merged, "PDF文件", path, copies=total)
    return merged


def record_printed(db: Database, rendered: Rendered, how: str, file: str | Path | None = None,
                   copies: int = 1) -> None:
    """The audit entry of a document that left the program: sent to the printer (`how` 打印机) or saved
    (PDF文件, with its file name)."""
    db.require(Permission.PRINT)
    record_output(db, PRINTED, rendered.title or "文档", {
        "文号": rendered.doc_number, "方式": how, "文件": Path(file).name if file is not None else None,
        "份数": copies if copies > 1 else None, "页数": rendered.pages})


def as_rendered(data: bytes | str | Path | Rendered, title: str) -> Rendered:
    """A PDF given as bytes or a file, as a Rendered (its characters were checked when it was made)."""
    if isinstance(data, Rendered):
        return data
    pdf = Path(data).read_bytes() if isinstance(data, (str, Path)) else bytes(data)
    return Rendered(pdf, pages=0, title=title)


def font_sample() -> Rendered:
    """A sample page in every typeface style (字体设置 → 预览样张)."""
    from zydesk.printing.gongwen import Gongwen, Heading, Paragraph, render_gongwen

    doc = Gongwen(organ_mark="中共紫阳县委组织部文件", doc_number="紫组发〔2026〕1号",
                  title="字体样张（小标宋）", recipients="各镇党委，县委各部门：",
                  body=[Heading("一、一级标题用黑体", 1), Heading("（一）二级标题用楷体", 2),
                        Paragraph("正文用仿宋：紫阳县党政干部鼓励激励实施办法。生僻字：䶮、㛃。数字：2016年11月28日。")],
                  signature="中共紫阳县委组织部", printer="中共紫阳县委组织部办公室")
    return render_gongwen(doc)


__all__ = ["Builder", "Rendered", "as_rendered", "build_document", "font_sample", "fonts_now_stored",
           "record_printed", "render_document", "render_many", "use_font_settings"]
