"""打印设置 for the window: which font file serves each typeface style, and the 发文机关 with their numbers."""
from __future__ import annotations

from dataclasses import dataclass

from zydesk.printing import font_choice, fonts, registry
from zydesk.printing.fonts import STYLES, FontFile
from zydesk.printing.registry import VOIDED, Body, Number
from zydesk.services.documents import fonts_now_stored, use_font_settings
from zydesk.services.handle import Database

USES = {
    "仿宋": "正文、主送机关、署名、日期、版记",
    "黑体": "一级标题“一、”、表头、份号、密级、紧急程度、“附件”",
    "楷体": "二级标题“（一）”",
    "宋体": "页码（— 1 —）",
    "小标宋": "发文机关标志、标题",
}
SOURCES = {"设置": "您选择的文件", "系统": "本机已安装", "内置": "程序自带（文鼎PL中楷）"}


@dataclass(frozen=True)
class FontRow:
    style: str
    uses: str
    file: str
    path: str
    source: str
    stand_in: str = ""  # the face used instead when the style's own is not installed ('' otherwise)


def font_rows(db: Database) -> list[FontRow]:
    """What printing uses now for each style (with this database's stored choices applied)."""
    use_font_settings(db)
    fs = fonts.current()
    return [FontRow(s, USES[s], fs.styles[s].file.label(), fs.styles[s].file.path, source_text(fs.styles[s]),
                    fs.styles[s].face() if fs.styles[s].substitute_text() else "")
            for s in STYLES]


def warning_of(rows: list[FontRow]) -> str:
    """The plain warning for the rows shown (仿宋/黑体/楷体/小标宋 standing in), '' when none is."""
    return fonts.substitute_sentence((r.style, r.stand_in) for r in rows
                                     if r.stand_in and r.style in fonts.WARNED_STYLES)


def source_text(sf: fonts.StyleFont) -> str:
    """Where the face comes from; a stand-in is never called installed: 本机未安装仿宋，改用…（替代）."""
    if sf.source == "设置":
        return SOURCES["设置"]
    if not sf.genuine:
        return f"本机未安装{sf.style}，改用{sf.face()}（替代字体）"
    return SOURCES.get(sf.source, sf.source)


def font_warning(db: Database) -> str:
    """The plain sentence the settings show when 仿宋/黑体/楷体/小标宋 are missing ('' when all are there)."""
    use_font_settings(db)
    return fonts.current().substitute_warning()


def font_versions(db: Database) -> dict[str, int]:
    """The version of the stored font choices as the page reads them: passed back with choose_font."""
    return font_choice.versions(db)


def choose_font(db: Database, style: str, path: str | None, index: int = 0,
                versions: dict[str, int] | None = None) -> list[FontRow]:
    """Serve style from the file at path (None: automatic again); the file is checked before it is saved.
    versions (font_versions, as the page read them): a choice over another administrator's newer one is
    refused with who and when."""
    font_choice.choose(db, style, FontFile(path, index) if path else None, versions)
    fonts_now_stored(db)
    return font_rows(db)


def font_folder() -> str:
    """Where the file dialog starts (the Windows font folder, when there is one)."""
    dirs = fonts.windows_font_dirs()
    return str(dirs[0]) if dirs else ""


@dataclass(frozen=True)
class NumberCheck:
    numbers: list[Number]
    voided: int
    gaps: list[int]


def bodies(db: Database) -> list[Body]:
    return registry.list_bodies(db)


def number_check(db: Database, prefix: str, year: int) -> NumberCheck:
    """The register of one 代字 and year, with how many were voided and which numbers are missing."""
    if not prefix:
        return NumberCheck([], 0, [])
    rows = registry.numbers(db, prefix, year)
    return NumberCheck(rows, sum(1 for n in rows if n.status == VOIDED), registry.gaps(db, prefix, year))


def save_body(db: Database, name: str, mark: str, prefix: str, body_id: int | None, active: bool,
              version: int | None = None) -> Body:
    """version: the body's as the page read it (Body.version); a newer change is refused, not overwritten."""
    return registry.save_body(db, name, mark, prefix, body_id, active, version)


def void_number(db: Database, number_id: int, reason: str) -> Number:
    return registry.void(db, number_id, reason)


__all__ = ["STYLES", "Body", "FontRow", "Number", "NumberCheck", "bodies", "choose_font", "font_folder",
           "font_rows", "font_versions", "font_warning", "number_check", "warning_of", "save_body", "void_number"]
