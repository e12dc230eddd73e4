"""The user manual (帮助 → 用户手册): its chapters from docs/manual, the articles it quotes in the words of the
shipped policy text (the same quotes as the help pages), its screenshots, and the finished PDF.

A build ships the PDF made by `python tasks.py manual` (manual/用户手册.pdf beside the sources); where there is
none, or the sources are newer (a source checkout), the manual is built in memory from the sources and the
committed screenshots. A screenshot that is missing is drawn as a 截图缺失 box and named in the notes.
The manual holds no personal data and reads no database: every account may open it.
"""
from __future__ import annotations

import datetime as dt
import sys
from functools import cache
from pathlib import Path

from zydesk import __version__
from zydesk.core.citation import Doc
from zydesk.errors import UserError
from zydesk.printing.manual import Manual, Quote, parse_chapter, render_manual
from zydesk.printing.output import Rendered
from zydesk.services import help_pages

PDF_NAME = "用户手册.pdf"
TITLE = "紫阳县干部工作台"
_PACKAGE = Path(__file__).resolve().parents[1]


@cache
def manual_dir() -> Path:
    """docs/manual of a checkout, or zydesk/_data/manual inside a build."""
    candidates = [_PACKAGE / "_data" / "manual", _PACKAGE.parent / "docs" / "manual"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "zydesk" / "_data" / "manual")
    for cand in candidates:
        if cand.is_dir():
            return cand
    raise UserError("找不到用户手册（安装不完整？请重新安装本程序）。")


def sources(folder: Path | None = None) -> list[Path]:
    """The chapters in order (their names start with the chapter's number)."""
    return sorted((folder or manual_dir()).glob("[0-9][0-9]-*.md"))


def referenced_images(folder: Path | None = None) -> list[str]:
    """The file names of every screenshot the chapters show, in order of appearance."""
    from zydesk.printing.manual import FIGURE

    names: list[str] = []
    for path in sources(folder):
        for line in path.read_text(encoding="utf-8").splitlines():
            m = FIGURE.match(line.strip())
            if m and m["name"].rsplit("/", 1)[-1] not in names:
                names.append(m["name"].rsplit("/", 1)[-1])
    return names


def _quote(doc: str, article: int) -> Quote:
    found = next((d for d in Doc if d.value == doc or d.value.startswith(doc)), None)
    if found is None:
        raise ValueError(f"用户手册引用了未知的文件：{doc}")
    q = help_pages.quote(found.cite(article))
    return Quote(q.heading, q.text)


def load(folder: Path | None = None, images: Path | None = None) -> Manual:
    """The manual as data; images from `images` (default: the folder's images/)."""
    folder = folder or manual_dir()
    shots = images or folder / "images"
    missing: list[str] = []

    def image(name: str) -> bytes | None:
        path = shots / name.rsplit("/", 1)[-1]
        if path.is_file():
            return path.read_bytes()
        missing.append(path.name)
        return None

    chapters = tuple(parse_chapter(p.read_text(encoding="utf-8"), _quote, image) for p in sources(folder))
    today = dt.date.today()
    return Manual(title=TITLE, subtitle="用户手册", organ="中共紫阳县委组织部",
                  edition=f"版本 {__version__}　{today.year}年{today.month}月", chapters=chapters,
                  missing_images=tuple(missing))


def build(folder: Path | None = None, images: Path | None = None) -> Rendered:
    """Render the manual from its sources."""
    rendered = render_manual(load(folder, images))
    rendered.title = f"{TITLE}用户手册"
    return rendered


def shipped_pdf(folder: Path | None = None) -> Path | None:
    """The ready PDF, when it is there and newer than every source and screenshot."""
    folder = folder or manual_dir()
    pdf = folder / PDF_NAME
    if not pdf.is_file():
        pdf = folder / "build" / PDF_NAME
    if not pdf.is_file():
        return None
    if getattr(sys, "frozen", False):  # a build ships the PDF made from its own sources (copies get new times)
        return pdf
    newest = max((p.stat().st_mtime for p in [*sources(folder), *(folder / "images").glob("*.png")]), default=0.0)
    return pdf if pdf.stat().st_mtime >= newest else None


def manual_pdf() -> Rendered:
    """What 帮助 → 用户手册 shows: the shipped PDF, or one built now."""
    ready = shipped_pdf()
    if ready is not None:
        return Rendered(ready.read_bytes(), pages=0, title=f"{TITLE}用户手册")
    return build()


def write(out: Path, folder: Path | None = None, images: Path | None = None) -> Rendered:
    """Build and write the PDF (tasks.py manual and the build)."""
    rendered = build(folder, images)
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    partial.write_bytes(rendered.pdf)
    partial.replace(out)
    return rendered


def main(argv: list[str]) -> int:
    """python -m zydesk.services.manual OUT.pdf (tasks.py manual): write the PDF, say what is missing."""
    rendered = write(Path(argv[0]))
    if rendered.warning():
        print(rendered.warning(), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))


__all__ = ["PDF_NAME", "build", "load", "manual_dir", "manual_pdf", "referenced_images", "shipped_pdf", "sources",
           "write"]
