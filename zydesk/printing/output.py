"""What every renderer returns, and the one entry point `render(document)` for any printable document."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from zydesk.printing.gongwen import Gongwen


@dataclass
class Rendered:
    """A finished PDF: its bytes, page count, and the characters no font could draw (warn before printing)."""

    pdf: bytes
    pages: int
    missing: set[str] = field(default_factory=set)
    title: str = ""
    notes: list[str] = field(default_factory=list)  # other things to tell before printing (clipped cells)
    doc_number: str = ""  # the 发文字号 a 公文 carries (the audit entry of its printing names it)
    gongwen: Gongwen | None = None  # the 公文 it was rendered from: 另存为 Word writes it (forms have none)
    issued: tuple[str, str] | None = None  # (print form, key) of a numbered document: its first print is kept
    archived: str = ""  # a kept copy reprinted: 按印发存档的文本重印（2026年12月4日存档）

    def warning(self) -> str:
        """The Chinese warning to show before printing, or "" when all is well."""
        parts = []
        if self.missing:
            chars = "、".join(f"“{c}”(U+{ord(c):04X})" for c in sorted(self.missing))
            parts.append(f"以下字符在已安装的字体中都没有字形，打印出来会是空白方框：{chars}。"
                         "请在“字体设置”中选择含这些字的字体（如 SimSun-ExtB），或改用同音说明。")
        parts.extend(self.notes)
        return "\n".join(parts)

    def save(self, path: str | Path) -> Path:
        """Written beside the target under a temporary name and renamed when whole: a kill or a full disk
        never leaves a half-written PDF where the clerk expects one."""
        from zydesk.tempfiles import partial_file

        p = Path(path)
        with partial_file(p) as tmp:
            tmp.write_bytes(self.pdf)
        return p


def render(document: Any) -> Rendered:
    """Render a Gongwen, a Form, raw PDF bytes or an already Rendered document."""
    from zydesk.printing.forms import Form, render_form
    from zydesk.printing.gongwen import Gongwen, render_gongwen

    if isinstance(document, Rendered):
        return document
    if isinstance(document, Gongwen):
        rendered = render_gongwen(document)
        rendered.doc_number = rendered.doc_number or document.doc_number or ""
        rendered.gongwen = document
        return rendered
    if isinstance(document, Form):
        return render_form(document)
    if isinstance(document, (bytes, bytearray)):
        import io

        from pypdf import PdfReader

        return Rendered(bytes(document), pages=len(PdfReader(io.BytesIO(bytes(document))).pages))
    raise TypeError(f"cannot render {type(document).__name__}")


def merge(parts: list[Rendered], title: str = "") -> Rendered:
    """Several rendered documents as one PDF (batch printing); each keeps its own page numbers."""
    if len(parts) == 1:
        return Rendered(parts[0].pdf, parts[0].pages, set(parts[0].missing), title or parts[0].title,
                        list(parts[0].notes), parts[0].doc_number, parts[0].gongwen, parts[0].issued,
                        parts[0].archived)
    import io

    from pypdf import PdfWriter

    writer = PdfWriter()
    missing: set[str] = set()
    notes: list[str] = []
    for part in parts:
        writer.append(io.BytesIO(part.pdf))
        missing |= part.missing
        notes += part.notes
    if title:
        writer.add_metadata({"/Title": title})
    buf = io.BytesIO()
    writer.write(buf)
    numbers = "、".join(p.doc_number for p in parts if p.doc_number)
    return Rendered(buf.getvalue(), len(writer.pages), missing, title, notes, numbers)
