"""Which font file serves each typeface style (仿宋, 黑体, 楷体, 宋体, 小标宋), and per-character fallback.

Order of resolution for a style: the clerk's choice (setting ``printing.fonts``) → fonts installed on the
PC (Windows font folders; fontconfig elsewhere) → the bundled AR PL UKai (resources/fonts/ukai.ttc,
Arphic Public License, TrueType outlines). reportlab only reads TrueType outlines, so a CFF (``OTTO``)
font is refused with a clear message. Every font is embedded as a subset.

A character the style's font lacks (rare name characters such as 䶮 or 㛃) is drawn with the first font of
the fallback chain that has it; characters no font has are collected so the app can warn before printing.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from zydesk import paths
from zydesk.errors import UserError

FANGSONG, HEITI, KAITI, SONGTI, XBS = "仿宋", "黑体", "楷体", "宋体", "小标宋"
STYLES: tuple[str, ...] = (FANGSONG, HEITI, KAITI, SONGTI, XBS)
# The faces a 公文 must be printed in (GB/T 9704): a stand-in for any of them is said plainly.
WARNED_STYLES: tuple[str, ...] = (FANGSONG, HEITI, KAITI, XBS)
SETTING_KEY = "printing.fonts"  # {"仿宋": {"path": "...", "index": 0}, ...}; missing style = automatic

BUNDLED_FILE = "ukai.ttc"
BUNDLED_LICENCE = "ARPHICPL.TXT"

# Windows file names, best first. 仿宋_GB2312/楷体_GB2312 are what many government PCs carry.
_WINDOWS_FILES: dict[str, list[tuple[str, int]]] = {
    FANGSONG: [("仿宋_GB2312.ttf", 0), ("FS_GB2312.ttf", 0), ("simfang.ttf", 0)],
    HEITI: [("simhei.ttf", 0)],
    KAITI: [("楷体_GB2312.ttf", 0), ("KT_GB2312.ttf", 0), ("simkai.ttf", 0)],
    SONGTI: [("simsun.ttc", 0), ("simsun.ttf", 0)],
    XBS: [("方正小标宋简体.ttf", 0), ("FZXBSJW.TTF", 0), ("FZXBSJW--GB1-0.ttf", 0), ("方正小标宋_GBK.ttf", 0),
          ("FZXBSK.TTF", 0), ("simsun.ttc", 0)],
}
# Extra Windows files searched only for characters the style fonts lack (CJK extension B and beyond).
_WINDOWS_EXTRA: list[tuple[str, int]] = [("simsunb.ttf", 0), ("SimSun-ExtB.ttf", 0), ("msyh.ttc", 0)]

# fontconfig family names, best first (Linux, macOS with fontconfig).
_FC_FAMILIES: dict[str, list[str]] = {
    FANGSONG: ["FangSong", "仿宋", "仿宋_GB2312", "FangSong_GB2312", "AR PL UMing CN", "AR PL SungtiL GB"],
    HEITI: ["SimHei", "黑体", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei"],
    KAITI: ["KaiTi", "楷体", "楷体_GB2312", "AR PL UKai CN", "AR PL KaitiM GB", "LXGW WenKai"],
    SONGTI: ["SimSun", "宋体", "AR PL UMing CN", "AR PL SungtiL GB"],
    XBS: ["方正小标宋简体", "FZXiaoBiaoSong-B05S", "方正小标宋_GBK", "SimSun", "AR PL UMing CN",
          "WenQuanYi Zen Hei"],
}
_FC_EXTRA = ["WenQuanYi Zen Hei", "AR PL UMing CN", "AR PL UKai CN", "Droid Sans Fallback"]

# The genuine typeface of each style (Windows file names and fontconfig families, lower case). Anything
# else that serves a style is a substitute and is named as such: a 明体 is never "the installed 仿宋".
_GENUINE_FILES: dict[str, frozenset[str]] = {
    FANGSONG: frozenset({"仿宋_gb2312.ttf", "fs_gb2312.ttf", "simfang.ttf"}),
    HEITI: frozenset({"simhei.ttf"}),
    KAITI: frozenset({"楷体_gb2312.ttf", "kt_gb2312.ttf", "simkai.ttf"}),
    SONGTI: frozenset({"simsun.ttc", "simsun.ttf"}),
    XBS: frozenset({"方正小标宋简体.ttf", "fzxbsjw.ttf", "fzxbsjw--gb1-0.ttf", "方正小标宋_gbk.ttf", "fzxbsk.ttf"}),
}
_GENUINE_FAMILIES: dict[str, frozenset[str]] = {
    FANGSONG: frozenset({"fangsong", "仿宋", "仿宋_gb2312", "fangsong_gb2312"}),
    HEITI: frozenset({"simhei", "黑体"}),
    KAITI: frozenset({"kaiti", "楷体", "楷体_gb2312"}),
    SONGTI: frozenset({"simsun", "宋体"}),
    XBS: frozenset({"方正小标宋简体", "fzxiaobiaosong-b05s", "方正小标宋_gbk"}),
}
# What a clerk can call the faces that stand in (file or family, lower case → plain name).
_FACE_NAMES: dict[str, str] = {
    "simsun": "宋体", "simsun.ttc": "宋体", "simsun.ttf": "宋体", "simhei.ttf": "黑体", "simkai.ttf": "楷体",
    "simfang.ttf": "仿宋", "ar pl uming cn": "文鼎PL细上海宋（明体）", "ar pl sungtil gb": "文鼎PL报宋（明体）",
    "ar pl ukai cn": "文鼎PL中楷（楷体类）", "ar pl kaitim gb": "文鼎PL中楷（楷体类）",
    "lxgw wenkai": "霞鹜文楷（楷体类）", "wenquanyi zen hei": "文泉驿正黑（黑体类）",
    "wenquanyi micro hei": "文泉驿微米黑（黑体类）",
}


@dataclass(frozen=True)
class FontFile:
    path: str
    index: int = 0

    def label(self) -> str:
        """The file name; in a font collection other than its first font, which one (counted from 1)."""
        name = Path(self.path).name
        return f"{name}（集合中的第{self.index + 1}个字体）" if self.index > 0 else name


@dataclass(frozen=True)
class StyleFont:
    """How a style is served: the file, where it came from (设置/系统/内置) and reportlab's font name."""

    style: str
    file: FontFile
    source: str
    name: str
    genuine: bool = True  # False: the style's own typeface is missing and another face stands in

    def face(self) -> str:
        """The face in plain words (宋体, 文鼎PL细上海宋（明体）…) for warnings."""
        return face_name(self.file)

    def substitute_text(self) -> str:
        """仿宋：本机未安装，改用 文鼎PL细上海宋（明体）; '' for the genuine face or the clerk's own choice."""
        if self.genuine or self.source == "设置":
            return ""
        return f"{self.style}：本机未安装，改用{self.face()}"


class FontError(UserError):
    pass


# --- locating files ------------------------------------------------------------------------------

def windows_font_dirs() -> list[Path]:
    dirs = [Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"]
    local = os.environ.get("LOCALAPPDATA")
    if local:  # fonts installed "for this user only" (方正小标宋 often is)
        dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    return [d for d in dirs if d.is_dir()]


def _find_windows(candidates: Iterable[tuple[str, int]]) -> FontFile | None:
    folders = windows_font_dirs()
    for name, index in candidates:  # the preferred file wherever it is, before a lesser one
        for folder in folders:
            path = folder / name
            if path.is_file():
                return FontFile(str(path), index)
    return None


@cache
def _fc_list() -> tuple[tuple[str, str, int], ...]:
    """(family, file, index) of every installed font fontconfig knows (empty without fc-list)."""
    exe = shutil.which("fc-list")
    if exe is None:
        return ()
    try:
        out = subprocess.run([exe, "--format", "%{family}\t%{file}\t%{index}\n"], capture_output=True,
                             text=True, timeout=20, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return ()
    rows = []
    for line in out.splitlines():
        parts = line.split("\t")
        if len(parts) != 3:
            continue
        fams, file, index = parts
        for fam in fams.split(","):
            rows.append((fam.strip(), file, int(index or 0)))
    return tuple(rows)


def _find_fc(families: Iterable[str]) -> FontFile | None:
    rows = _fc_list()
    for family in families:
        for fam, file, index in rows:
            if fam.casefold() == family.casefold() and file.lower().endswith((".ttf", ".ttc")):
                return FontFile(file, index)
    return None


def _families(file: FontFile) -> list[str]:
    return [fam for fam, path, index in _fc_list() if path == file.path and index == file.index]


def is_genuine(style: str, file: FontFile) -> bool:
    """Whether file is the style's own typeface (仿宋 for 仿宋…), not a face standing in for it."""
    if Path(file.path).name.lower() in _GENUINE_FILES[style]:
        return True
    return any(f.casefold() in _GENUINE_FAMILIES[style] for f in _families(file))


def face_name(file: FontFile) -> str:
    if file == bundled_font():
        return "程序自带的文鼎PL中楷（楷体类）"
    name = Path(file.path).name
    for key in (name.lower(), *(f.casefold() for f in _families(file))):
        if key in _FACE_NAMES:
            return _FACE_NAMES[key]
    fams = _families(file)
    return fams[0] if fams else Path(file.path).stem


def bundled_font() -> FontFile:
    return FontFile(str(paths.resources_dir() / "fonts" / BUNDLED_FILE), 0)


def system_font(style: str) -> FontFile | None:
    """The installed font for a style, or None (then the bundled font serves)."""
    if sys.platform == "win32":
        found = _find_windows(_WINDOWS_FILES[style])
        if found is not None:
            return found
    return _find_fc(_FC_FAMILIES[style])


def extra_fonts() -> list[FontFile]:
    found: list[FontFile] = []
    if sys.platform == "win32":
        for cand in _WINDOWS_EXTRA:
            f = _find_windows([cand])
            if f is not None:
                found.append(f)
    for fam in _FC_EXTRA:
        f = _find_fc([fam])
        if f is not None:
            found.append(f)
    return found


# --- loading into reportlab -----------------------------------------------------------------------

_lock = threading.RLock()
_loaded: dict[FontFile, str] = {}
_cmaps: dict[str, frozenset[int] | dict[int, int]] = {}


def check_font_file(path: str) -> None:
    """Refuse files reportlab cannot embed, with a message a clerk understands."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(4)
    except OSError as exc:
        raise FontError(f"无法读取字体文件 {path}：文件不存在或没有读取权限。") from exc
    if head == b"OTTO":
        raise FontError(f"字体文件 {Path(path).name} 使用 CFF（PostScript）轮廓，无法嵌入 PDF；请选择 TrueType 字体（.ttf/.ttc）。")
    if head not in (b"\x00\x01\x00\x00", b"true", b"ttcf"):
        raise FontError(f"{Path(path).name} 不是可用的 TrueType 字体文件。")


def load(file: FontFile) -> str:
    """Register the font with reportlab once; returns its reportlab name."""
    with _lock:
        name = _loaded.get(file)
        if name is not None:
            return name
        check_font_file(file.path)
        name = f"ZY{len(_loaded) + 1}-{Path(file.path).stem}-{file.index}"
        try:
            font = TTFont(name, file.path, subfontIndex=file.index)
        except Exception as exc:  # noqa: BLE001 - any parse failure is the same answer to the clerk
            raise FontError(f"无法加载字体 {file.label()}：文件已损坏或不是可用的 TrueType 字体。") from exc
        if ord("中") not in font.face.charToGlyph:
            raise FontError(f"字体 {file.label()} 不含汉字，不能用于公文。")
        pdfmetrics.registerFont(font)
        _cmaps[name] = font.face.charToGlyph
        _loaded[file] = name
        return name


def has_glyph(font_name: str, ch: str) -> bool:
    return ord(ch) in _cmaps[font_name]


def ascent_descent(font_name: str) -> tuple[float, float]:
    """Ascent and (negative) descent per 1000 units, as written to the PDF font descriptor."""
    face = pdfmetrics.getFont(font_name).face
    return float(face.ascent), float(face.descent)


# --- the set of fonts a document is drawn with ----------------------------------------------------

# Characters that need no glyph check (spaces are drawn as advance only).
_ALWAYS_OK = frozenset(" \u3000\n\t")


class FontSet:
    """Resolved style fonts plus a fallback chain; splits text into runs of one font each."""

    def __init__(self, overrides: Mapping[str, FontFile] | None = None) -> None:
        overrides = dict(overrides or {})
        self.styles: dict[str, StyleFont] = {}
        bundled = bundled_font()
        for style in STYLES:
            chosen: tuple[FontFile, str] | None = None
            if style in overrides:
                chosen = (overrides[style], "设置")
            else:
                sysfont = system_font(style)
                if sysfont is not None:
                    chosen = (sysfont, "系统")
            if chosen is None:
                chosen = (bundled, "内置")
            try:
                name = load(chosen[0])
            except FontError:
                if chosen[1] == "设置":
                    raise
                chosen, name = (bundled, "内置"), load(bundled)
            self.styles[style] = StyleFont(style, chosen[0], chosen[1], name,
                                           chosen[1] == "设置" or is_genuine(style, chosen[0]))
        chain: list[str] = []
        for style in STYLES:
            if self.styles[style].name not in chain:
                chain.append(self.styles[style].name)
        self.chain = chain
        # further fonts (CJK extension B, other installed CJK fonts, the bundled one) are loaded only when
        # a character needs them: a Windows PC would otherwise read 40 MB of fonts for every first print
        self._pending: list[FontFile] = [*extra_fonts(), bundled]
        self._char_font: dict[tuple[str, str], str | None] = {}
        self.missing: set[str] = set()

    def name(self, style: str) -> str:
        return self.styles[style].name

    def bold(self, style: str, size: float) -> float:
        """Outline stroke that makes a stand-in face look like 小标宋 (a heavy Song) when the real one is
        not installed; 0 for every other style and for a real 小标宋."""
        if style != XBS:
            return 0.0
        name = Path(self.styles[style].file.path).name.upper()
        real = any(key in name for key in ("FZXBS", "小标宋", "XIAOBIAOSONG"))
        return 0.0 if real else size * 0.03

    def font_for(self, ch: str, style: str) -> str | None:
        """The font that draws ch in this style: the style's own, else the first fallback that has it."""
        key = (ch, style)
        try:
            return self._char_font[key]
        except KeyError:
            pass
        primary = self.styles[style].name
        found: str | None
        if ch in _ALWAYS_OK or has_glyph(primary, ch):
            found = primary
        else:
            found = self._fallback(ch)
        self._char_font[key] = found
        return found

    def _fallback(self, ch: str) -> str | None:
        found = next((n for n in self.chain if has_glyph(n, ch)), None)
        with _lock:
            while found is None and self._pending:
                try:
                    n = load(self._pending.pop(0))
                except FontError:
                    continue
                if n not in self.chain:
                    self.chain.append(n)
                    if has_glyph(n, ch):
                        found = n
        return found

    def runs(self, text: str, style: str) -> list[tuple[str, str]]:
        """[(font name, text), ...]; characters no font has are recorded in self.missing and drawn
        with the style's font (the warning before printing names them)."""
        primary = self.styles[style].name
        out: list[tuple[str, str]] = []
        cur_font, buf = primary, list[str]()
        for ch in text:
            font = self.font_for(ch, style)
            if font is None:
                self.missing.add(ch)
                font = primary
            if font != cur_font and buf:
                out.append((cur_font, "".join(buf)))
                buf = []
            cur_font = font
            buf.append(ch)
        if buf:
            out.append((cur_font, "".join(buf)))
        return out

    def missing_in(self, texts: Iterable[str]) -> set[str]:
        """Characters of texts that no available font can draw."""
        missing: set[str] = set()
        for text in texts:
            for ch in set(text):
                if self.font_for(ch, FANGSONG) is None:
                    missing.add(ch)
        return missing

    def substitutes(self, styles: Iterable[str] = WARNED_STYLES) -> list[StyleFont]:
        """The styles (of those a document needs) whose own typeface is missing on this PC."""
        return [self.styles[s] for s in styles if not self.styles[s].genuine and self.styles[s].source != "设置"]

    def substitute_warning(self, styles: Iterable[str] = WARNED_STYLES) -> str:
        """One plain sentence for the CLI and the settings: which faces are missing and what is used instead."""
        return substitute_sentence([(f.style, f.face()) for f in self.substitutes(styles)])

    def describe(self) -> list[tuple[str, str, str]]:
        """(style, file, source) for the settings page and docs."""
        return [(s, self.styles[s].file.label() + "  " + self.styles[s].file.path, self.styles[s].source)
                for s in STYLES]


def substitute_sentence(pairs: Iterable[tuple[str, str]]) -> str:
    """[(仿宋, 文鼎PL细上海宋（明体）)] → 本机未安装仿宋字体，打印件改用：仿宋 → …; '' for none."""
    pairs = list(pairs)
    if not pairs:
        return ""
    return ("本机未安装" + "、".join(s for s, _f in pairs) + "字体，打印件改用：" +
            "；".join(f"{s} → {f}" for s, f in pairs) +
            "。字形与正式公文不同；请安装这些字体，或在“字体设置”中选择字体文件。")


_current: FontSet | None = None
_overrides: dict[str, FontFile] = {}


def configure(overrides: Mapping[str, FontFile] | None) -> FontSet:
    """Set the clerk's choices (from the settings) and resolve again."""
    global _current, _overrides
    with _lock:
        _overrides = dict(overrides or {})
        _current = FontSet(_overrides)
        return _current


def current() -> FontSet:
    """The process-wide font set (resolved on first use)."""
    global _current
    with _lock:
        if _current is None:
            _current = FontSet(_overrides)
        return _current


def fresh() -> FontSet:
    """A new FontSet with the same choices (its own `missing` record), for one rendering."""
    base = current()
    fs = FontSet.__new__(FontSet)
    fs.styles, fs.chain, fs._pending = base.styles, base.chain, base._pending
    fs._char_font, fs.missing = base._char_font, set()
    return fs


def overrides_from_setting(value: object) -> dict[str, FontFile]:
    out: dict[str, FontFile] = {}
    if isinstance(value, dict):
        for style, spec in value.items():
            if style in STYLES and isinstance(spec, dict) and spec.get("path"):
                out[style] = FontFile(str(spec["path"]), int(spec.get("index", 0)))
    return out
