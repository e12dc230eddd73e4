"""简历 text ↔ entries. The editor writes one entry a line, `yyyy.MM--yyyy.MM  text` (two spaces), the end
left blank for the current post (`yyyy.MM--         text`); a long entry continues on lines indented with
spaces (or a full-width space) that belong to the entry above."""

from __future__ import annotations

import re

from zydesk.lrmx.model import ResumeLine

_ENTRY = re.compile(r"^\s*(\d{4}\.\d{2})\s*(?:--|—|－|-|～|~)+\s*(\d{4}\.\d{2})?\s*(.*)$")


def parse_resume(text: str) -> list[ResumeLine]:
    """Entries of 简历; lines before the first dated one become an entry with no dates."""
    out: list[ResumeLine] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.rstrip()
        if not line.strip():
            continue
        m = _ENTRY.match(line)
        if m:
            out.append(ResumeLine(m.group(1), m.group(2) or "", m.group(3).strip()))
        elif out:
            last = out[-1]
            out[-1] = ResumeLine(last.start, last.end, last.text + line.strip(" \t\u3000"))
        else:
            out.append(ResumeLine("", "", line.strip(" \t\u3000")))
    return out


def format_resume(lines: list[ResumeLine], width: int = 0) -> str:
    """The editor's text for entries (lines joined with "\\n"); `width` > 0 wraps long texts onto
    continuation lines indented under the text."""
    rows: list[str] = []
    for entry in lines:
        if not entry.start:
            rows.append(entry.text)
            continue
        head = f"{entry.start}--{entry.end or ' ' * 7}  "
        text = entry.text
        if width <= 0 or len(text) <= width:
            rows.append(head + text)
            continue
        rows.append(head + text[:width])
        pad = " " * len(head)
        rest = text[width:]
        while rest:
            rows.append(pad + rest[:width])
            rest = rest[width:]
    return "\n".join(rows)
