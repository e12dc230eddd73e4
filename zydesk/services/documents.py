"""Printed documents for the window: build a document, render it to PDF with the clerk's fonts, merge many.

    QueryOp(ctx, lambda db, state: documents.render_document(db, build), show)

`build` is either `build()` or `build(db, state)` (a service function building a Gongwen or a Form);
rendering applies the font choices stored in the database first, so the preview shows what prints.
Making a document needs Permission.PRINT; what leaves the program (printed, saved as PDF or Word) is
audited (`record_printed`; `render_many` with a path and `save_docx` record themselves).
"""
from __future__ import annotations

import inspect
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zydesk.core.security.roles import Permission
from zydesk.core.task_state import TaskState
from zydesk.errors import UserError
from zydesk.printing import font_choice
from zydesk.printing.output import Rendered, merge, render
from zydesk.services.audit_trail import PRINTED, record_output
from zydesk.services.handle import Database

if TYPE_CHECKING:
    from zydesk.printing.gongwen import Gongwen

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


def render_document(db: Database, item: Any, state: TaskState | None = None, title: str = "",
                    number: tuple[str, str | int] | None = None) -> Rendered:
    """Build (if a callable) and render one document with the stored fonts. `number`: (print form, key) of a
    document issued under a 文号 — while its year is sealed the copy kept at its first print is shown instead
    (`Rendered.archived` says so); otherwise it is built, and its first print or save under the number is kept."""
    db.require(Permission.PRINT)
    if number is not None:
        kept = kept_rendered(db, number[0], number[1], title)
        if kept is not None:
            return kept
    use_font_settings(db)
    rendered = render(build_document(db, item, state or TaskState()))
    if title and not rendered.title:
        rendered.title = title
    if number is not None:
        rendered.issued = (number[0], str(number[1]))
    return rendered


def kept_rendered(db: Database, kind: str, key: str | int, title: str = "") -> Rendered | None:
    """The document's copy as issued, when it is to be reprinted instead of built (a sealed year)."""
    from zydesk.services.numbering import reprint_copy

    kept = reprint_copy(db, kind, key)
    if kept is None:
        return None
    return Rendered(kept.pdf, kept.pages, title=kept.title or title, doc_number=kept.number, issued=(kept.kind, kept.key),
                    archived=kept.line())


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
    kept = False
    if rendered.issued is not None and not rendered.archived:  # the first print under the number is kept
        from zydesk.services.numbering import keep_copy

        kept = keep_copy(db, *rendered.issued, rendered.pdf, rendered.pages, rendered.doc_number)
    record_output(db, PRINTED, rendered.title or "文档", {
        "文号": rendered.doc_number, "方式": how, "文件": Path(file).name if file is not None else None,
        "份数": copies if copies > 1 else None, "页数": rendered.pages,
        "文本": "存档文本" if rendered.archived else "首次印发，已存档" if kept else None})


WORD = "Word文件"  # 方式 in the audit entry of a saved Word copy
KEPT_NO_WORD = ("封存年度的文件按印发存档的文本重印，以存档的 PDF 为准，不能另存为 Word；"
                "如需修改，请审核员先解除封存。")


def save_docx(db: Database, item: Any, path: str | Path, state: TaskState | None = None) -> Path:
    """另存为 Word: the 公文 (or what builds it) as an editable .docx for the clerk to revise before signing;
    the PDF stays the record of what was issued. Needs 打印和导出 and is audited like a saved PDF (title,
    文号, file); written through the data folder's temporary place and a partial file beside the target."""
    db.require(Permission.PRINT)
    use_font_settings(db)  # the Word copy names the faces this PC prints with (仿宋_GB2312 or 仿宋 …)
    doc = _gongwen_of(build_document(db, item, state or TaskState()))
    target = docx_to_file(doc, path)
    record_output(db, PRINTED, doc.title or "文档", {"文号": doc.doc_number, "方式": WORD, "文件": target.name})
    return target


def _gongwen_of(doc: Any) -> Gongwen:
    """The 公文 a document is (or was rendered from); forms and tables are refused."""
    from zydesk.printing.gongwen import Gongwen

    if isinstance(doc, Rendered) and doc.archived:
        raise UserError(KEPT_NO_WORD)
    doc = doc.gongwen if isinstance(doc, Rendered) and doc.gongwen is not None else doc
    if not isinstance(doc, Gongwen):
        raise UserError("只有公文（通知、决定、请示、报告、函等）可以另存为 Word 文档；表格和登记表请另存为 PDF。")
    return doc


def docx_to_file(doc: Any, path: str | Path) -> Path:
    """Write a 公文 as .docx to path (a sample made without the database; `save_docx` for records)."""
    from zydesk.printing.docx_writer import write_docx
    from zydesk.tempfiles import output_target, partial_file, private_temp

    doc = _gongwen_of(doc)
    target = output_target(path, ".docx", "Word 文件")
    data = write_docx(doc)
    try:
        with private_temp(), partial_file(target) as tmp:
            tmp.write_bytes(data)
    except PermissionError:
        raise UserError(f"无法写入“{target}”：文件可能正在 Word 或 WPS 中打开，请关闭后重试。") from None
    return target


def is_gongwen(rendered: Rendered) -> bool:
    """Whether a previewed document is a 公文, so it can also be saved as Word."""
    return rendered.gongwen is not None


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


__all__ = ["Builder", "Rendered", "as_rendered", "build_document", "docx_to_file", "font_sample", "fonts_now_stored",
           "is_gongwen", "kept_rendered", "record_printed", "render_document", "render_many", "save_docx", "use_font_settings"]
