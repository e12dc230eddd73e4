"""Reading an uploaded xlsx safely: refuse what is not an xlsx, encrypted, oversized or malicious before the
Excel reader sees it (zip directory here, every part streamed through scan.py), then read the first sheet with
python-calamine (Rust, no entity expansion). The Excel reader aborts the whole process on a sheet too large to
allocate, so nothing it could not hold may reach it."""
from __future__ import annotations

import hashlib
import posixpath
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from zydesk.errors import UserError
from zydesk.excel import scan

# Limits. The largest real file (a city's 50,000 cadres × 17 columns) is ~5 MB packed, ~50 MB unpacked.
MAX_FILE_BYTES = 100 * 1024 * 1024  # the xlsx itself
MAX_ENTRY_BYTES = 400 * 1024 * 1024  # one unpacked part (a sheet)
MAX_TOTAL_BYTES = 600 * 1024 * 1024  # all parts unpacked
MAX_RATIO = 100  # unpacked/packed size of one part; real sheets stay well below 30, zip bombs go to 1000+
RATIO_MIN_BYTES = 1024 * 1024  # parts smaller than this cannot hurt whatever their ratio
MAX_ENTRIES = 2000
MAX_ROWS = 200_000  # data rows (the header row not counted)
MAX_COLUMNS = 100
MAX_CELLS = 5_300_000  # rows × columns of the used area (the Excel reader allocates all of it, ~32 bytes each):
# 200,000 rows of up to 26 columns, about 170 MB

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")
_RELATIONSHIP = re.compile(rb"<(?:\w+:)?Relationship\s[^>]*")
_SHEET = re.compile(rb"<(?:\w+:)?sheet\s[^>]*")
_ATTR_ID = re.compile(rb"""\b[Ii]d\s*=\s*["']([^"']*)["']""")
_TARGET = re.compile(rb"""\bTarget\s*=\s*["']([^"']*)["']""")


class FileRefused(UserError):
    """The file is not something we read. Message says what to do."""


@dataclass(frozen=True)
class FileInfo:
    path: Path
    size: int
    sha256: str
    unpacked: int


def check_file(path: str | Path) -> FileInfo:
    """All checks that need no XML parsing. Raises FileRefused with a Chinese message."""
    p = Path(path)
    name = p.name
    if not p.is_file():
        raise FileRefused(f"找不到文件“{p}”")
    size = p.stat().st_size
    if size > MAX_FILE_BYTES:
        raise FileRefused(f"文件“{name}”过大（{size / 1048576:.0f} MB，上限 {MAX_FILE_BYTES // 1048576} MB），请分批导入")
    data = p.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if data.startswith(_OLE_MAGIC):
        if _ENCRYPTION_INFO in data:
            raise FileRefused(f"文件“{name}”设置了打开密码（已加密），无法读取。请在 Excel 中取消密码后另存为 .xlsx 再导入")
        raise FileRefused(f"文件“{name}”是旧版 Excel（.xls）或其他 Office 格式，请在 Excel 中另存为 .xlsx 后再导入")
    if not data.startswith(b"PK\x03\x04"):
        raise FileRefused(f"文件“{name}”不是 Excel 工作簿（.xlsx），请用 Excel 另存为 .xlsx 后再导入")
    try:
        with zipfile.ZipFile(p) as zf:
            infos = zf.infolist()
            unpacked = _check_entries(zf, infos, name)
    except (zipfile.BadZipFile, zlib.error, EOFError):
        raise FileRefused(f"文件“{name}”已损坏，无法作为 .xlsx 打开。请用 Excel 打开检查后另存为 .xlsx 再导入") from None
    except NotImplementedError:  # a compression method Excel never uses
        raise FileRefused(f"文件“{name}”不是 Excel 保存的 .xlsx（压缩方式不受支持），请用 Excel 另存后再导入") from None
    return FileInfo(p, size, digest, unpacked)


def _check_entries(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], name: str) -> int:
    if len(infos) > MAX_ENTRIES:
        raise FileRefused(f"文件“{name}”内部部件过多（{len(infos)} 个），疑为恶意文件，已拒绝")
    names = {i.filename for i in infos}
    if "xl/workbook.xml" not in names or "[Content_Types].xml" not in names:
        raise FileRefused(f"文件“{name}”不是 Excel 工作簿（.xlsx），请用 Excel 另存为 .xlsx 后再导入")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise FileRefused(f"文件“{name}”设置了密码（已加密），请在 Excel 中取消密码后另存再导入")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise NotImplementedError(info.compress_type)
        total += info.file_size
        if info.file_size > MAX_ENTRY_BYTES or total > MAX_TOTAL_BYTES:
            raise FileRefused(f"文件“{name}”解压后过大（超过 {MAX_TOTAL_BYTES // 1048576} MB），请分批导入")
        if info.file_size >= RATIO_MIN_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise FileRefused(f"文件“{name}”的压缩比异常（{info.filename}：{info.file_size // max(info.compress_size, 1)} 倍），"
                              "疑为“压缩炸弹”，已拒绝")
    limits = scan.Limits(rows=MAX_ROWS + 1, columns=MAX_COLUMNS, cells=MAX_CELLS, strings=MAX_CELLS)
    for info in infos:
        try:
            if info.filename.lower().endswith(scan.MEDIA):
                _media(zf, info)
            else:
                scan.check_part(zf, info, limits)
        except scan.Refusal as exc:
            raise FileRefused(f"文件“{name}”{exc}，已拒绝") from None
        except scan.Unreadable as exc:
            raise FileRefused(f"无法读取文件“{name}”：{exc}。请用 Excel 打开检查后另存为 .xlsx 再导入") from None
        except zipfile.BadZipFile as exc:
            if "CRC" not in str(exc):
                raise
            raise FileRefused(f"文件“{name}”内部部件（{info.filename}）的实际大小与声明不符或已损坏，"
                              "疑为“压缩炸弹”，已拒绝") from None
    _sheets_are_checked(zf, name)
    return total


def _media(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """A picture is never parsed; only a declaration hidden in one is looked for (it costs little)."""
    tail = b""
    with zf.open(info) as fh:
        while chunk := fh.read(scan.CHUNK):
            piece = tail + chunk
            if b"<!DOCTYPE" in piece or b"<!ENTITY" in piece:
                raise scan.Refusal(f"含有 XML 实体声明（{info.filename}），疑为恶意文件")
            tail = piece[-16:]  # a declaration cut between two pieces is still found


def _sheets_are_checked(zf: zipfile.ZipFile, name: str) -> None:
    """The Excel reader reads as a sheet whatever part a <sheet> of the workbook points at: none may point at
    a part whose cells were not checked (a picture, the theme, the styles…)."""
    try:
        rels = zf.read("xl/_rels/workbook.xml.rels")
        workbook = zf.read("xl/workbook.xml")
    except KeyError:
        return  # the reader refuses a workbook without them
    targets = {}
    for tag in _RELATIONSHIP.findall(rels):
        rid, target = _ATTR_ID.search(tag), _TARGET.search(tag)
        if rid and target:
            targets[rid[1]] = target[1].decode("utf-8", "replace")
    for tag in _SHEET.findall(workbook):
        rid = _ATTR_ID.search(tag)
        part = _part_name(targets.get(rid[1], "") if rid else "")
        if part and not scan.may_be_sheet(part):
            raise FileRefused(f"文件“{name}”的工作表部件名称异常，不是 Excel 保存的文件，已拒绝")


def _part_name(target: str) -> str:
    """A relationship target of the workbook as a part name (targets are relative to xl/ unless absolute)."""
    return posixpath.normpath(target[1:] if target.startswith("/") else "xl/" + target) if target else ""


def _check_shape(rows: int, columns: int, name: str) -> None:
    if rows - 1 > MAX_ROWS:
        raise FileRefused(f"文件“{name}”行数过多（{rows - 1} 行数据，上限 {MAX_ROWS} 行），请分批导入")
    if columns > MAX_COLUMNS:
        raise FileRefused(f"文件“{name}”列数过多（{columns} 列，上限 {MAX_COLUMNS} 列）")


def read_rows(info: FileInfo) -> list[list[Any]]:
    """The first sheet as rows of cell values (str, int, float, bool, date, datetime; "" for empty),
    starting at A1 so that row and column numbers match what the clerk sees."""
    from python_calamine import CalamineWorkbook, PasswordError

    try:
        wb = CalamineWorkbook.from_path(str(info.path))
        sheet = wb.get_sheet_by_index(0)
        if sheet.total_height - 1 > MAX_ROWS or sheet.total_width > MAX_COLUMNS:
            _check_shape(sheet.total_height, sheet.total_width, info.path.name)
        # Row by row rather than to_python() in one call: that call holds the interpreter lock for the whole
        # sheet (0.15 s at 50,000 rows), and the window's thread waits for it. iter_rows starts at row 1 but
        # at the first used column: pad to column A, as the clerk's column letters count from there.
        lead = [""] * int((sheet.start or (0, 0))[1])
        rows: list[list[Any]] = [lead + row for row in sheet.iter_rows()] if lead else list(sheet.iter_rows())
    except FileRefused:
        raise
    except PasswordError:
        raise FileRefused(f"文件“{info.path.name}”设置了密码，无法读取。请在 Excel 中取消密码后另存再导入") from None
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # noqa: BLE001 - also a Rust panic inside python-calamine (PanicException)
        if "declared" in str(exc):  # the zip reader holds every part to its declared size
            raise FileRefused(f"文件“{info.path.name}”内部部件的实际大小与声明不符，疑为“压缩炸弹”，已拒绝") from None
        name, suffix = info.path.name, info.path.suffix.lower()
        if suffix not in (".xlsx", ".xlsm"):  # the reader goes by the extension: an .xlsx renamed .xls fails
            raise FileRefused(f"文件“{name}”实际是 .xlsx 工作簿，但扩展名是“{info.path.suffix or '（无）'}”。"
                              "请把扩展名改为 .xlsx（或在 Excel 中另存为 .xlsx）后再导入") from None
        raise FileRefused(f"无法读取文件“{name}”，文件可能已损坏或不是 Excel 保存的工作簿。"
                          "请用 Excel 打开检查后另存为 .xlsx 再导入") from None
    _check_shape(len(rows), max((len(r) for r in rows[:1]), default=0), info.path.name)
    return rows
