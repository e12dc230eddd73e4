"""Write a RenmianForm as the national editor writes `.lrmx`: UTF-8 with a BOM (none when the form came
from a file without one), `<?xml version="1.0" encoding="utf-8"?>`, CRLF line ends (also inside 简历), each
child of <Person> on its own line indented by two spaces, `<Tag />` for an empty element, the photo as
Base64 on one line, no line end after `</Person>`.

A form read from a file is written back in that file's element order with its unknown elements where they
were, so an editor's file comes back byte for byte; a form built by the program takes the editor's order.
"""

from __future__ import annotations

import base64

from zydesk.lrmx.model import (
    ELEMENT_ORDER,
    FAMILY_ELEMENT,
    FAMILY_FIELDS,
    FAMILY_ITEM,
    PHOTO_ELEMENT,
    FamilyMember,
    RenmianForm,
    attribute_of,
)

NL = "\r\n"
_BOM = "\ufeff"
DECLARATION = '<?xml version="1.0" encoding="utf-8"?>'


def escape(text: str) -> str:
    """Text content as the editor escapes it (&, <, >), line ends as CRLF."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", NL)


def _element(tag: str, text: str, indent: str) -> str:
    return f"{indent}<{tag} />" if text == "" else f"{indent}<{tag}>{escape(text)}</{tag}>"


def _member(member: FamilyMember) -> list[str]:
    lines = [f"    <{FAMILY_ITEM}>"]
    for tag, attr in FAMILY_FIELDS:
        lines.append(_element(tag, str(getattr(member, attr)), "      "))
    lines.extend("      " + xml.replace("\r\n", "\n").replace("\n", NL) for _, xml in member.unknown)
    lines.append(f"    </{FAMILY_ITEM}>")
    return lines


def element_sequence(form: RenmianForm) -> list[str]:
    """The tags to write, in order: the file's order when the form came from one (plus any known element
    the program filled that the file lacked, at its place in the editor's order), else the editor's."""
    if not form.order:
        return list(ELEMENT_ORDER)
    sequence = list(form.order)
    for position, tag in enumerate(ELEMENT_ORDER):
        if tag in sequence or not _has_value(form, tag):
            continue
        before = [t for t in ELEMENT_ORDER[:position] if t in sequence]
        at = sequence.index(before[-1]) + 1 if before else 0
        sequence.insert(at, tag)
    return sequence


def _has_value(form: RenmianForm, tag: str) -> bool:
    if tag == FAMILY_ELEMENT:
        return bool(form.family)
    if tag == PHOTO_ELEMENT:
        return form.photo is not None
    attr = attribute_of(tag)
    return bool(attr and getattr(form, attr))


def to_text(form: RenmianForm) -> str:
    """The whole file as text (BOM included when it is written)."""
    lines = [DECLARATION, "<Person>"]
    unknown = list(form.unknown)
    for tag in element_sequence(form):
        attr = attribute_of(tag)
        if attr is not None:
            lines.append(_element(tag, str(getattr(form, attr)), "  "))
        elif tag == FAMILY_ELEMENT:
            if form.family:
                lines.append(f"  <{FAMILY_ELEMENT}>")
                for member in form.family:
                    lines.extend(_member(member))
                lines.append(f"  </{FAMILY_ELEMENT}>")
            else:
                lines.append(f"  <{FAMILY_ELEMENT} />")
        elif tag == PHOTO_ELEMENT:
            photo = base64.b64encode(form.photo).decode("ascii") if form.photo else ""
            lines.append(_element(tag, photo, "  "))
        else:
            index = next((i for i, (t, _) in enumerate(unknown) if t == tag), None)
            if index is not None:
                lines.append("  " + escape_block(unknown.pop(index)[1]))
    lines.extend("  " + escape_block(xml) for _, xml in unknown)  # kept though the order lost them
    lines.append("</Person>")
    bom = "" if form.source_encoding == "utf-8" else _BOM
    return bom + NL.join(lines)


def escape_block(xml: str) -> str:
    """An unknown element's XML as it was read, with CRLF line ends."""
    return xml.replace("\r\n", "\n").replace("\n", NL)


def to_bytes(form: RenmianForm) -> bytes:
    """The file's bytes (UTF-8)."""
    return to_text(form).encode("utf-8")
