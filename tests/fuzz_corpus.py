"""A corpus of hostile and broken files for the Excel import: every one must be refused with a Chinese
message, without crashing the process and within 300 MB. `python -m tests.fuzz_corpus DIR` writes it.

Each file starts from a small valid workbook (units, one row) with one thing changed; the names say what."""
from __future__ import annotations

import io
import random
import struct
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

NS = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
SHEET = "xl/worksheets/sheet1.xml"
STRINGS = "xl/sharedStrings.xml"
UNIT_HEAD = ["单位名称", "单位简称", "单位类型", "考核类别", "排序号"]


def base() -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(UNIT_HEAD)
    ws.append(["城关镇", None, "镇", "镇", 1])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def rezip(src: bytes, replace: dict[str, bytes | None], *, method: int = zipfile.ZIP_DEFLATED) -> bytes:
    """src with parts replaced (None: removed); new names in replace are added."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(src)) as zin, zipfile.ZipFile(out, "w", method) as zout:
        for info in zin.infolist():
            if info.filename in replace:
                continue
            zout.writestr(info.filename, zin.read(info.filename))
        for name, data in replace.items():
            if data is not None:
                zout.writestr(name, data)
    return out.getvalue()


def sheet(rows: bytes, head: bytes = b"") -> bytes:
    return (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ' + NS + b">" + head
            + b"<sheetData>" + rows + b"</sheetData></worksheet>")


def inline(ref: bytes, text: bytes = b"x", quote: bytes = b'"') -> bytes:
    return b"<c r=" + quote + ref + quote + b' t="inlineStr"><is><t>' + text + b"</t></is></c>"


def declare_size(data: bytes, part: str, size: int) -> bytes:
    """The zip directory (local and central headers) made to claim `size` unpacked bytes for `part`."""
    raw = bytearray(data)
    name = part.encode()
    for sig, name_len_at, size_at, header in ((b"PK\x03\x04", 26, 22, 30), (b"PK\x01\x02", 28, 24, 46)):
        i = raw.find(sig)
        while i != -1:
            n = struct.unpack_from("<H", raw, i + name_len_at)[0]
            if raw[i + header:i + header + n] == name:
                struct.pack_into("<I", raw, i + size_at, size)
            i = raw.find(sig, i + 4)
    return bytes(raw)


def _bomb(good: bytes, size: int) -> bytes:
    """good with a sheet that inflates to `size` bytes of blanks from about size/1000 bytes (streamed, so
    that writing it costs no memory)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename != SHEET:
                zout.writestr(info.filename, zin.read(info.filename))
        with zout.open(SHEET, "w", force_zip64=True) as fh:
            fh.write(sheet(b"").split(b"<sheetData>")[0] + b"<sheetData>")
            blanks = b" " * (1 << 20)
            for _ in range(size >> 20):
                fh.write(blanks)
            fh.write(b"</sheetData></worksheet>")
    return out.getvalue()


def _encrypted(good: bytes) -> bytes:
    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    OOXMLFile(io.BytesIO(good)).encrypt("紫阳2016", out)
    return out.getvalue()


def _many_parts(good: bytes) -> bytes:
    return rezip(good, {f"xl/media/p{k}.xml": b"<a/>" for k in range(2100)})


LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lollollollollollollollollollol">'
          + b"".join(b'<!ENTITY lol%d "%s">' % (k, (b"&lol%d;" % (k - 1) if k > 1 else b"&lol;") * 10)
                     for k in range(1, 10))
          + b"]><sst " + NS + b'><si><t>&lol9;</t></si></sst>')
XXE = (b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
       b"<worksheet " + NS + b"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c></row>"
       b"</sheetData></worksheet>")
LATE_DOCTYPE = (b'<?xml version="1.0"?><!--' + b"x" * 100_000 + b'--><!DOCTYPE sst [<!ENTITY a "aaaa">]>'
                b"<sst " + NS + b"><si><t>&a;</t></si></sst>")


def cases() -> dict[str, Callable[[bytes], bytes]]:
    """name → function of the valid workbook giving the hostile file."""
    rng = random.Random(2016)
    big = "".join(chr(rng.randrange(0x4E00, 0x9FA5)) for _ in range(350_000)).encode()  # 1 MB, incompressible
    noise = bytes(rng.randrange(97, 123) for _ in range(2_000_000))
    return {
        "entity-bomb.xlsx": lambda g: rezip(g, {STRINGS: LAUGHS}),
        "xxe.xlsx": lambda g: rezip(g, {SHEET: XXE}),
        "doctype-after-100k-comment.xlsx": lambda g: rezip(g, {STRINGS: LATE_DOCTYPE}),
        "doctype-in-rels.xlsx": lambda g: rezip(g, {"_rels/.rels": b'<?xml version="1.0"?><!DOCTYPE r []><Relationships/>'}),
        "zip-bomb-honest.xlsx": lambda g: _bomb(g, 200_000_000),
        "zip-bomb-fake-small.xlsx": lambda g: declare_size(_bomb(g, 20_000_000), SHEET, 900_000),
        "zip-bomb-fake-huge.xlsx": lambda g: declare_size(g, SHEET, 4_000_000_000),
        "cell-XFD1048576.xlsx": lambda g: rezip(g, {SHEET: sheet(b'<row r="1048576">' + inline(b"XFD1048576") + b"</row>")}),
        "cell-CV1048576.xlsx": lambda g: rezip(g, {SHEET: sheet(b'<row r="1048576">' + inline(b"CV1048576") + b"</row>")}),
        "cell-XFD1-single-quotes.xlsx": lambda g: rezip(g, {SHEET: sheet(b"<row r='1'>" + inline(b"XFD1", quote=b"'") + b"</row>")}),
        "dimension-single-quotes.xlsx": lambda g: rezip(g, {SHEET: sheet(
            b'<row r="1">' + inline(b"A1") + b"</row>", b"<dimension ref='A1:XFD1048576'/>")}),
        "dimension-huge.xlsx": lambda g: rezip(g, {SHEET: sheet(
            b'<row r="1">' + inline(b"A1") + b"</row>", b'<dimension ref="A1:XFD1048576"/>')}),
        "cell-ref-char-reference.xlsx": lambda g: rezip(g, {SHEET: sheet(
            b'<row r="1"><c r="&#88;FD1048576" t="inlineStr"><is><t>x</t></is></c></row>')}),
        "cell-ref-behind-gt-in-value.xlsx": lambda g: rezip(g, {SHEET: sheet(
            b'<row r="1"><c foo="a>b" r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>')}),
        "cell-ref-in-a-value.xlsx": lambda g: rezip(g, {SHEET: sheet(
            b"<row r=\"1\"><c foo='r=\"A1\"' r=\"XFD1048576\" t=\"inlineStr\"><is><t>x</t></is></c></row>")}),
        "cells-without-ref.xlsx": lambda g: rezip(g, {SHEET: sheet(
            b"<row>" + b"<c t=\"inlineStr\"><is><t>x</t></is></c>" * 200 + b"</row>")}),
        "row-without-ref-far-down.xlsx": lambda g: rezip(g, {SHEET: sheet(
            b'<row r="1048575"/><row><c t="inlineStr"><is><t>x</t></is></c></row>')}),
        "cell-row-zero.xlsx": lambda g: rezip(g, {SHEET: sheet(b'<row r="1">' + inline(b"A0") + b"</row>")}),
        "cell-row-zero-second.xlsx": lambda g: rezip(g, {SHEET: sheet(b'<row r="1"><c t="s" r="B0"><v>0</v></c></row>')}),
        "row-number-huge.xlsx": lambda g: rezip(g, {SHEET: sheet(b'<row r="99999999999">' + inline(b"A1") + b"</row>")}),
        "area-too-large.xlsx": lambda g: rezip(g, {SHEET: sheet(
            b'<row r="1">' + inline(b"A1") + b'</row><row r="199999">' + inline(b"CV199999") + b"</row>")}),
        "shared-strings-count-huge.xlsx": lambda g: rezip(g, {STRINGS: (
            b"<sst " + NS + b' count="4294967295" uniqueCount="4294967295"><si><t>a</t></si></sst>')}),
        "utf16-sheet.xlsx": lambda g: rezip(g, {SHEET: sheet(b'<row r="1">' + inline(b"XFD1") + b"</row>")
                                                .replace(b'encoding="UTF-8"', b'encoding="UTF-16"').decode().encode("utf-16")}),
        "tag-over-1mb.xlsx": lambda g: rezip(g, {SHEET: sheet(b'<row r="1"><c a="' + noise + b'" r="A1"/></row>')}),
        "string-1mb-header.xlsx": lambda g: rezip(g, {SHEET: sheet(b'<row r="1">' + inline(b"A1", big) + b"</row>")}),
        "string-1mb-cell.xlsx": lambda g: rezip(g, {SHEET: sheet(
            b'<row r="1">' + b"".join(inline(c.encode() + b"1", h.encode()) for c, h in zip("ABCDE", UNIT_HEAD))
            + b'</row><row r="2">' + inline(b"A2", big) + inline(b"C2", "镇".encode()) + inline(b"D2", "镇".encode())
            + b"</row>")}),
        "truncated-half.xlsx": lambda g: g[: len(g) // 2],
        "truncated-tail.xlsx": lambda g: g[:-30],
        "empty.xlsx": lambda g: b"",
        "csv-renamed.xlsx": lambda g: "单位名称,单位类型\n城关镇,镇\n".encode(),
        "pdf-renamed.xlsx": lambda g: b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n",
        "png-renamed.xlsx": lambda g: b"\x89PNG\r\n\x1a\n" + b"\x00" * 64,
        "docx-renamed.xlsx": lambda g: rezip(g, {"xl/workbook.xml": None, "word/document.xml": b"<document/>"}),
        "legacy.xls": lambda g: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024 + "Workbook".encode("utf-16-le"),
        "password.xlsx": _encrypted,
        "missing-sheet-part.xlsx": lambda g: rezip(g, {SHEET: None}),
        "missing-workbook-rels.xlsx": lambda g: rezip(g, {"xl/_rels/workbook.xml.rels": None}),
        "sheet-named-as-picture.xlsx": lambda g: rezip(g, {
            "xl/_rels/workbook.xml.rels": zipfile.ZipFile(io.BytesIO(g)).read("xl/_rels/workbook.xml.rels")
            .replace(b"worksheets/sheet1.xml", b"media/sheet1.png"),
            "xl/media/sheet1.png": sheet(b'<row r="1">' + inline(b"XFD1048576") + b"</row>")}),
        "bzip2-compressed.xlsx": lambda g: rezip(g, {}, method=zipfile.ZIP_BZIP2),
        "too-many-parts.xlsx": _many_parts,
        "broken-xml.xlsx": lambda g: rezip(g, {SHEET: b"<worksheet><sheetData><row>"}),
        "no-rows.xlsx": lambda g: rezip(g, {SHEET: sheet(b"")}),
    }


def write(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    good = base()
    paths = []
    for name, make in cases().items():
        path = folder / name
        path.write_bytes(make(good))
        paths.append(path)
    return paths


def import_each(paths: list[str]) -> None:
    """Import every file into a fresh database, one JSON line per file (written before the import starts
    too, so a crash names its file), then the peak memory of this process in MB."""
    import json
    import resource
    import tempfile

    from tests.cli_db import new_database
    from zydesk.errors import UserError
    from zydesk.excel import import_file

    with tempfile.TemporaryDirectory() as tmp:
        db = new_database(Path(tmp) / "fuzz.sqlite")
        for path in paths:
            print(json.dumps({"start": path}), flush=True)
            try:
                report = import_file(db, "units", path)
                outcome = {"file": path, "imported": report.rows}
            except UserError as exc:
                outcome = {"file": path, "refused": str(exc)}
            except Exception as exc:  # noqa: BLE001 - reported to the test, which fails on it
                outcome = {"file": path, "error": repr(exc)}
            print(json.dumps(outcome, ensure_ascii=False), flush=True)
        db.dispose()
    print(json.dumps({"peak_mb": _peak_mb(resource)}), flush=True)


def _peak_mb(resource: Any) -> float:
    """This program's own high-water mark. Not ru_maxrss alone: Linux carries the parent's peak across the
    fork and exec that started us, so under a large pytest process it reports pytest's size."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text(encoding="ascii").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) / 1024


if __name__ == "__main__":
    if sys.argv[1:2] == ["--import"]:
        import_each(sys.argv[2:])
    else:
        for p in write(Path(sys.argv[1] if len(sys.argv) > 1 else "fuzz-corpus")):
            print(p, p.stat().st_size)
