"""Read a `.lrmx` file into a RenmianForm.

The bytes are decoded first (UTF-8 with or without BOM; GB18030 when the declaration names a GB encoding
or the bytes are not UTF-8), then parsed by defusedxml with DTDs and entities refused (an entity bomb or an
external entity never expands). Children of <Person> are taken in any order; elements this program does not
know are kept as XML text for the round trip. Dates are checked in the form the editor writes them.
"""

from __future__ import annotations

import base64
import binascii
import re
import xml.etree.ElementTree as ET

import defusedxml.ElementTree as DET
from defusedxml import DefusedXmlException

from zydesk.lrmx.errors import BadElement, LrmxError, NotLrmx
from zydesk.lrmx.model import (
    FAMILY_ELEMENT,
    FAMILY_FIELDS,
    FAMILY_ITEM,
    PHOTO_ELEMENT,
    FamilyMember,
    RenmianForm,
    attribute_of,
)
from zydesk.lrmx.resume import parse_resume

MAX_FILE_BYTES = 8 * 1024 * 1024      # a form with a photo is some tens of kilobytes
MAX_PHOTO_BYTES = 2 * 1024 * 1024     # decoded JPEG
MAX_FAMILY = 40
_BOM = b"\xef\xbb\xbf"
_DECL = re.compile(rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9_.\-]+)[\"']", re.I)
_DECL_TEXT = re.compile(r"^\s*<\?xml[^>]*\?>")
_GB = {"gb2312", "gbk", "gb18030", "cp936", "x-gbk", "gb_2312-80", "euc-cn"}
_UTF8 = {"utf-8", "utf8"}
_MONTH = re.compile(r"(\d{4})\.?(\d{2})(?:\.?(\d{2}))?")
# elements that hold a date the form prints as 年.月: (tag, days allowed)
_DATES: dict[str, bool] = {
    "ChuShengNianYue": False,
    "CanJiaGongZuoShiJian": False,
    "JiSuanNianLingShiJian": True,
    "TianBiaoShiJian": True,
}


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding) — encoding is "utf-8-sig" (BOM), "utf-8" or "gb18030"."""
    if data.startswith(_BOM):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            raise NotLrmx("文件以 UTF-8 标记开头，但内容不是 UTF-8 文字") from None
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return _utf16(data)
    m = _DECL.match(data[:200])
    declared = m.group(1).decode("ascii").lower() if m else ""
    if declared in _GB:
        try:
            return data.decode("gb18030"), "gb18030"
        except UnicodeDecodeError:
            raise NotLrmx(f"文件声明为 {declared} 编码，但内容不是该编码的文字") from None
    if declared and declared not in _UTF8:
        raise NotLrmx(f"不支持的文字编码 {declared}（应为 UTF-8 或 GB18030）")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:  # saved by an older tool in the system's code page without saying so
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        raise NotLrmx("文件的文字编码无法识别（应为 UTF-8 或 GB18030）") from None


def _utf16(data: bytes) -> tuple[str, str]:
    raise NotLrmx("文件是 UTF-16 编码，任免审批表文件应为 UTF-8（请用任免审批表编辑器重新保存）")


def read_bytes(data: bytes, source: str = "") -> RenmianForm:
    """The form in `data`; LrmxError (a UserError naming `source` and the element) if it is not one."""
    try:
        return _read(data)
    except LrmxError as exc:
        raise exc.in_file(source) if source else exc


def _read(data: bytes) -> RenmianForm:
    if len(data) > MAX_FILE_BYTES:
        raise NotLrmx(f"文件过大（{len(data) // 1024 // 1024} MB），任免审批表文件不超过 "
                      f"{MAX_FILE_BYTES // 1024 // 1024} MB")
    if not data.strip():
        raise NotLrmx("文件是空的")
    text, encoding = decode(data)
    return _parse(text, encoding)


def read_text(text: str, source: str = "") -> RenmianForm:
    """A form kept as text (the program's own copy): a leading BOM character stands for the file's BOM."""
    encoding = "utf-8-sig" if text.startswith("\ufeff") else "utf-8"
    try:
        return _parse(text.removeprefix("\ufeff"), encoding)
    except LrmxError as exc:
        raise exc.in_file(source) if source else exc


def stored_text(data: bytes) -> str:
    """The text to keep of a file read from `data` (see read_text): written back, it gives the same file
    when it came from the editor."""
    text, encoding = decode(data)
    return text if encoding == "utf-8" else "\ufeff" + text


def _parse(text: str, encoding: str) -> RenmianForm:
    # the declaration has done its work; expat is given text, whose encoding is already known
    body = _DECL_TEXT.sub("", text, count=1)
    if "<!DOCTYPE" in body or "<!ENTITY" in body:
        raise NotLrmx("文件含有文档类型或实体声明（<!DOCTYPE>/<!ENTITY>），任免审批表文件没有这些，为安全起见拒绝读取")
    try:
        root = DET.fromstring(body, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise NotLrmx("文件含有文档类型或实体声明，为安全起见拒绝读取") from None
    except ET.ParseError as exc:
        line, col = exc.position
        raise NotLrmx(f"不是有效的 XML 文件（第{line}行第{col + 1}列有误）") from None
    if root.tag != "Person":
        raise NotLrmx(f"根元素是 <{root.tag}>，不是任免审批表的 <Person>")
    return _person(root, encoding)


def _person(root: ET.Element, encoding: str) -> RenmianForm:
    values: dict[str, str] = {}
    family: list[FamilyMember] = []
    photo: bytes | None = None
    unknown: list[tuple[str, str]] = []
    order: list[str] = []
    seen: set[str] = set()
    for child in root:
        if not _is_element(child):  # a comment or processing instruction: not part of the form
            continue
        tag = child.tag
        attr = attribute_of(tag)
        known = attr is not None or tag in (FAMILY_ELEMENT, PHOTO_ELEMENT)
        if known and tag in seen:
            raise BadElement(tag, "在文件中出现了两次")
        order.append(tag)
        if attr is not None and len(child) == 0:
            values[attr] = child.text or ""
            seen.add(tag)
        elif tag == FAMILY_ELEMENT:
            family = _family(child)
            seen.add(tag)
        elif tag == PHOTO_ELEMENT:
            photo = _photo(child.text or "")
            seen.add(tag)
        elif attr is not None:
            raise BadElement(tag, "应只含文字，却含有下级元素")
        else:
            unknown.append((tag, _verbatim(child)))
    _check_values(values)
    return RenmianForm(
        **values, family=family, photo=photo, unknown=unknown, order=tuple(order), source_encoding=encoding
    )


def _is_element(node: ET.Element) -> bool:
    tag: object = node.tag
    return isinstance(tag, str)


def _verbatim(element: ET.Element) -> str:
    tail, element.tail = element.tail, None
    try:
        return ET.tostring(element, encoding="unicode")
    finally:
        element.tail = tail


def _family(element: ET.Element) -> list[FamilyMember]:
    members: list[FamilyMember] = []
    names = dict(FAMILY_FIELDS)
    for item in element:
        if not _is_element(item):
            continue
        if item.tag != FAMILY_ITEM:
            raise BadElement(FAMILY_ELEMENT, f"中只应有 <Item>，却有 <{item.tag}>")
        if len(members) >= MAX_FAMILY:
            raise BadElement(FAMILY_ELEMENT, f"超过 {MAX_FAMILY} 人，不像任免审批表")
        values: dict[str, str] = {}
        extra: list[tuple[str, str]] = []
        for part in item:
            if not _is_element(part):
                continue
            attr = names.get(part.tag)
            if attr is None or len(part):
                extra.append((part.tag, _verbatim(part)))
            else:
                values[attr] = part.text or ""
        birth = values.get("chu_sheng_ri_qi", "").strip()
        if birth and not _valid_date(birth, days=True):
            who = values.get("xing_ming") or f"第{len(members) + 1}人"
            raise BadElement("ChuShengRiQi", f"（家庭成员 {who}）“{birth}”不是年月（应为 197001 这样的六位数字）")
        members.append(FamilyMember(**values, unknown=tuple(extra)))
    return members


def _photo(text: str) -> bytes | None:
    compact = "".join(text.split())
    if not compact:
        return None
    if len(compact) > MAX_PHOTO_BYTES * 4 // 3 + 4:
        raise BadElement(PHOTO_ELEMENT, f"过大（超过 {MAX_PHOTO_BYTES // 1024 // 1024} MB），请压缩照片后再导出")
    try:
        raw = base64.b64decode(compact, validate=True)
    except (binascii.Error, ValueError):
        raise BadElement(PHOTO_ELEMENT, "不是有效的 Base64 编码") from None
    if not raw.startswith(b"\xff\xd8\xff"):
        raise BadElement(PHOTO_ELEMENT, "不是 JPEG 图片")
    return raw


def _valid_date(value: str, days: bool) -> bool:
    m = _MONTH.fullmatch(value)
    if not m or not 1900 <= int(m.group(1)) <= 2100 or not 1 <= int(m.group(2)) <= 12:
        return False
    if m.group(3) is None:
        return True
    return days and 1 <= int(m.group(3)) <= 31


def _check_values(values: dict[str, str]) -> None:
    for tag, days in _DATES.items():
        attr = attribute_of(tag)
        value = values.get(attr or "", "").strip()
        if value and not _valid_date(value, days):
            shape = "年月日（应为 20250101 或 202501 这样的数字）" if days else "年月（应为 197001 这样的六位数字）"
            raise BadElement(tag, f"“{value}”不是{shape}")
    party = values.get("ru_dang_shi_jian", "").strip()
    if party[:4].isdigit() and not _valid_date(party.split()[0], days=False):
        raise BadElement("RuDangShiJian", f"“{party}”不是年月（应为 199501 这样的六位数字）")
    for number, entry in enumerate(parse_resume(values.get("jian_li", "")), 1):
        for part in (entry.start, entry.end):
            if part and not _valid_date(part, days=False):
                raise BadElement("JianLi", f"第{number}段的“{part}”不是年月（应为 2001.09 这样的写法）")
    id_number = values.get("shen_fen_zheng", "").strip()
    if id_number and len(id_number) not in (15, 18):
        raise BadElement("ShenFenZheng", f"应为18位，实为{len(id_number)}位")
