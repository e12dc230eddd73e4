"""Streaming check of every part of an xlsx before the Excel reader sees it.

python-calamine sizes a sheet by its highest cell reference and its <dimension>, and allocates rows × columns
at once: one cell at XFD1048576 asks for 512 GB and aborts the process (no exception reaches Python). So every
part is inflated here in 1 MB pieces (never more than its declared size, which the zip checks bounded) and:
- any DOCTYPE or entity declaration, anywhere in the part, is refused (nothing is ever expanded);
- every cell reference, row number and <dimension> of a sheet is held to the row, column and cell limits.
The usual sheet is checked by byte searches in C (about 0.3 s for 50,000 rows × 17 columns); a part those
cannot vouch for (cells without a reference, odd quoting, prefixes, wide sheets, references in an unusual
form) is read once more with a real XML parser (defusedxml, DTDs forbidden) that places every cell as the
Excel reader does. Where the two differ from the reader, they refuse more, never less."""
from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from xml.etree.ElementTree import ParseError

CHUNK = 1 << 20
MAX_TAG_BYTES = 1 << 20  # one start tag; Excel's are under 1 KB (texts are element content, not attributes)

_PREFIXED = re.compile(rb":(?:c|row|dimension)[\s/>]")  # <x:c …>: the reader ignores prefixes, the patterns do not
_ANY_REF = re.compile(rb' r="([^"]*)"')
_DIMENSION = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?dimension[\s/>][^>]*")
_DIM_REF = re.compile(rb"\sref\s*=\s*[\"']([^\"']*)")
_CELL_STARTS = (b"<c ", b"<c>", b"<c/", b"<c\t", b"<c\n", b"<c\r")
_ROW_VALUE = re.compile(rb"([A-Z]?)([1-9][0-9]{0,6})")
_UNIQUE = re.compile(rb"uniqueCount\s*=\s*[\"']\s*\+?([0-9]+)")  # anywhere: the reader reserves this many strings
_REF = re.compile(r"([A-Z]{1,3})([1-9][0-9]{0,6})")  # row 0 would wrap around to 4 billion in the reader
_RANGE = re.compile(r"([A-Z]{0,3})([1-9][0-9]{0,6})?(?::([A-Z]{0,3})([1-9][0-9]{0,6})?)?")
_DECLARATIONS = (b"<!DOCTYPE", b"<!ENTITY")
MEDIA = (".png", ".jpeg", ".jpg", ".gif", ".bmp", ".tif", ".tiff", ".emf", ".wmf", ".bin", ".wdp", ".svg")
_NOT_SHEETS = ("xl/theme/", "xl/drawings/", "xl/charts/", "xl/media/", "docprops/", "customxml/", "xl/styles.xml",
               "xl/sharedstrings.xml", "[content_types].xml", "xl/printerSettings/".lower(), "xl/externallinks/")
_NOT_UTF8 = (b"\xff\xfe", b"\xfe\xff", b"<\x00", b"\x00<")  # UTF-16: Excel writes UTF-8 only


class Refusal(Exception):
    """Why a part is refused, as the second half of a Chinese sentence (reader.py adds the file name)."""


class Unreadable(Exception):
    """A part that is not well-formed XML: what the Excel reader would make of the rest cannot be checked."""


@dataclass
class Shape:
    """The extent of a sheet as the Excel reader will size it: highest row and column, and cell count."""
    rows: int = 0
    columns: int = 0
    cells: int = 0
    letters: set[bytes] = field(default_factory=set)


@dataclass(frozen=True)
class Limits:
    rows: int  # including the header row
    columns: int
    cells: int  # rows × columns of the area the reader allocates
    strings: int  # shared strings the reader reserves room for before reading any


def column_number(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def check_part(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits) -> Shape:
    """Refusal if the part declares entities or reaches beyond the limits; its shape otherwise. A part that
    cannot be a sheet (may_be_sheet) is only searched for declarations and declared counts."""
    shape = Shape()
    if not may_be_sheet(info.filename):
        for piece in _pieces(zf, info):
            if b"!" in piece:
                _declarations(piece, info.filename)
            check_counts(piece, limits)
        return shape
    exact = _fast(_pieces(zf, info), info.filename, shape, limits)
    if not exact:
        shape = Shape()
        _slow(zf, info, shape, limits)
    return shape


def _pieces(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """The part in pieces that end after a '>' (so no tag is cut), never holding more than a piece and a tag."""
    with zf.open(info) as fh:
        carry = b""
        first = True
        while True:
            chunk = fh.read(CHUNK)
            if first:
                if chunk.startswith(_NOT_UTF8):
                    raise Refusal(f"的部件 {info.filename} 不是 UTF-8 编码，不是 Excel 保存的文件")
                first = False
            if not chunk:
                if carry:
                    yield carry
                return
            buf = carry + chunk
            lt, gt = buf.rfind(b"<"), buf.rfind(b">")
            cut = lt if lt > gt else len(buf)  # an unfinished tag waits for the next piece; text never does
            if len(buf) - cut > MAX_TAG_BYTES:
                raise Refusal(f"的部件 {info.filename} 含有超长的标记（超过 1 MB），疑为恶意文件")
            yield buf[:cut]
            carry = buf[cut:]


def _declarations(piece: bytes, name: str) -> None:
    for word in _DECLARATIONS:
        if word in piece:
            raise Refusal(f"含有 XML 实体声明（{name}），疑为恶意文件")


def _fast(pieces: Iterator[bytes], name: str, shape: Shape, limits: Limits) -> bool:
    """Byte searches over the pieces, in C; False when a piece is not in the form Excel and every usual
    writer use (each cell opening with r="A1", no namespace prefixes, one-letter columns), then the parser
    decides. Entity declarations and declared string counts are checked in every piece whatever happens.

    A reference in the safe form (one letter within the column limit, a row below 10^5 or below the row
    limit) needs no look; every other r="…" is looked at one by one."""
    exact = True
    safe = _safe_reference(limits)
    for piece in pieces:
        if b"!" in piece:  # a rare byte, found by memchr; "<!" is searched only where it occurs
            _declarations(piece, name)
        check_counts(piece, limits)
        if not exact:
            continue  # read on to the end for declarations only
        cells = piece.count(b'<c r="')
        odd = piece.count(b"<c") != cells  # <cols>, <col …> and the like, or a cell in another form
        if (odd and cells != sum(map(piece.count, _CELL_STARTS))) or (b":" in piece and _PREFIXED.search(piece)):
            exact = False
            continue
        shape.cells += cells
        if cells:
            shape.columns = max(shape.columns, 1)
        for m in safe.finditer(piece):
            value = _ANY_REF.match(piece, m.start())
            v = _ROW_VALUE.fullmatch(value[1]) if value else None
            if v is None or (v[1] and column_number(v[1].decode()) > limits.columns):
                exact = False  # an unusual reference or a wide sheet: the parser places every cell
                break
            shape.rows = max(shape.rows, int(v[2]))
        if not exact:
            continue
        if b"dimension" in piece:
            for tag in _DIMENSION.findall(piece):
                ref = _DIM_REF.search(tag)
                if ref is None:
                    exact = False
                    break
                _dimension(ref[1].decode("latin-1"), limits)
        _hold(shape, limits)
    if exact and shape.cells:
        shape.columns = min(26, limits.columns)  # at most; the area check stays on the safe side
        _hold(shape, limits)
    return exact


def check_counts(piece: bytes, limits: Limits) -> None:
    """The reader reserves room for the shared strings a part declares, before reading any."""
    if b"uniqueCount" in piece:
        for count in _UNIQUE.findall(piece):
            if int(count[:12]) > limits.strings:
                raise Refusal(f"声明的文字条目过多（{int(count[:12])} 条，上限 {limits.strings} 条），疑为恶意文件")


def may_be_sheet(part: str) -> bool:
    """Whether a part name can hold a sheet. The others (pictures, theme, styles, drawings, document
    properties) are not checked for cells: reader.py refuses a workbook whose sheet points at one."""
    lower = part.lower()
    return not (lower.endswith(MEDIA) or lower.startswith(_NOT_SHEETS) or lower.endswith(".rels"))


def _safe_reference(limits: Limits) -> re.Pattern[bytes]:
    """' r="' not followed by a reference that cannot exceed the limits (whatever else it may be)."""
    last = chr(64 + min(limits.columns, 26))
    digits = min(5, len(str(limits.rows)) - 1)
    return re.compile(rb' r="(?![A-%s]?[1-9][0-9]{0,%d}")' % (last.encode(), max(digits - 1, 0)))


def _dimension(ref: str, limits: Limits) -> None:
    m = _RANGE.fullmatch(ref)
    if not m:
        raise Refusal(f"的工作表范围“{ref[:40]}”不合规范，不是 Excel 保存的文件")
    letters, digits = (m[3], m[4]) if m[3] is not None else (m[1], m[2])
    extent = Shape(rows=int(digits or 0), columns=column_number(letters or ""))
    _hold(extent, limits)


def _hold(shape: Shape, limits: Limits) -> None:
    if shape.rows > limits.rows:
        raise Refusal(f"行数过多（{shape.rows - 1} 行数据，上限 {limits.rows - 1} 行），请分批导入")
    if shape.columns > limits.columns:
        raise Refusal(f"列数过多（{shape.columns} 列，上限 {limits.columns} 列）")
    if shape.rows * shape.columns > limits.cells or shape.cells > limits.cells:
        area = max(shape.rows * shape.columns, shape.cells)
        raise Refusal(f"单元格过多（{area} 个，上限 {limits.cells} 个），请分批导入")


def _slow(zf: zipfile.ZipFile, info: zipfile.ZipInfo, shape: Shape, limits: Limits) -> None:
    """Every <row>, <c> and <dimension> with a real parser, placed as the Excel reader places them: a row
    without r follows the previous row, a cell without r follows the previous cell of its row."""
    from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
    from defusedxml.ElementTree import iterparse

    row = col = 0
    try:
        with zf.open(info) as fh:
            for event, elem in iterparse(fh, events=("start", "end"), forbid_dtd=True):
                tag = elem.tag.rpartition("}")[2]
                if event == "end":
                    if tag == "row":
                        elem.clear()
                    continue
                if tag == "row":
                    r = elem.get("r")
                    if r is None:
                        row += 1
                    elif r.isascii() and r.isdigit() and len(r) <= 7 and not r.startswith("0"):
                        row = int(r)
                    else:
                        raise Refusal(f"的行号“{r[:40]}”不合规范，不是 Excel 保存的文件")
                    col = 0
                    shape.rows = max(shape.rows, row)
                elif tag == "c":
                    r = elem.get("r")
                    if r is None:
                        col += 1
                    else:
                        m = _REF.fullmatch(r)
                        if not m:
                            raise Refusal(f"的单元格地址“{r[:40]}”不合规范，不是 Excel 保存的文件")
                        row, col = int(m[2]), column_number(m[1])
                    shape.cells += 1
                    shape.rows, shape.columns = max(shape.rows, row), max(shape.columns, col)
                elif tag == "dimension":
                    _dimension(elem.get("ref", ""), limits)
                else:
                    continue
                _hold(shape, limits)
    except (DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden):
        raise Refusal(f"含有 XML 实体声明（{info.filename}），疑为恶意文件") from None
    except ParseError as exc:
        raise Unreadable(f"内部部件 {info.filename} 已损坏（第 {exc.position[0]} 行附近）") from None

