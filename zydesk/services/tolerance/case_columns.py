"""The 第七条 and 第十六条 columns of the `tolerance-cases` sheet, checked as the case page checks them:
第七条情形 (the exclusions confirmed; any of them leaves only 不予容错) and 问责处理完毕日期 (a procedure
concluded before the rules took effect is out of scope, which the register form warns of)."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from zydesk.core.tolerance import rules
from zydesk.services.tolerance.imports import SHORT_CONCLUSIONS, PlannedCase
from zydesk.storage.models_tolerance import ToleranceCase

EXCLUSION_KEYS: tuple[str, ...] = tuple(e.key for e in rules.EXCLUSIONS)
Err = Callable[[int, str, str], None]


def parse_exclusions(text: str | None) -> list[str]:
    """"贪污贿赂、失职渎职" → the keys in the order of 第七条; ValueError (Chinese) for an unknown one."""
    if text is None or not str(text).strip():
        return []
    parts = [p for p in re.split(r"[,，、;；\s]+", str(text).strip()) if p]
    unknown = [p for p in parts if p not in EXCLUSION_KEYS]
    if unknown:
        raise ValueError(f"“{'、'.join(unknown)}”不是第七条的情形，可填：{'、'.join(EXCLUSION_KEYS)}")
    return [k for k in EXCLUSION_KEYS if k in parts]


def check_columns(rows: Sequence[dict[str, Any]], planned: Sequence[PlannedCase], err: Err,
                  today: dt.date | None = None) -> list[str]:
    """Check the two columns of every row and put them into the planned cases; returns the form's warnings
    (第十六条) as summary lines."""
    today = today or dt.date.today()
    by_number = {p.values["number"]: p for p in planned}
    notes: list[str] = []
    for i, row in enumerate(rows):
        try:
            exclusions = parse_exclusions(row.get("exclusions"))
        except ValueError as exc:
            err(i, "第七条情形", str(exc))
            exclusions = []
        conclusion = SHORT_CONCLUSIONS.get((row.get("conclusion") or "").strip())
        allowed, why = rules.a07_allowed_conclusions(exclusions)
        if conclusion is not None and conclusion not in allowed:
            err(i, "第七条情形", why)
        done = row.get("accountability_concluded")
        started = row.get("accountability_started")
        if done is not None and done > today:
            err(i, "问责处理完毕日期", f"{done.isoformat()} 晚于今天")
        if done is not None and started is not None and done < started:
            err(i, "问责处理完毕日期", f"{done.isoformat()} 早于问责启动日期 {started.isoformat()}")
        case = by_number.get((row.get("number") or "").strip())
        if case is None:
            continue
        case.values["exclusions"] = exclusions
        case.values["accountability_concluded"] = done
        if (warning := rules.a16_out_of_scope(done)) is not None:
            notes.append(f"{case.values['number']}：{warning}")
    return notes


def export_columns(session: Session, numbers: Sequence[str]) -> dict[str, tuple[str | None, dt.date | None]]:
    """Case number → (第七条情形 as the sheet writes them, 问责处理完毕日期)."""
    out: dict[str, tuple[str | None, dt.date | None]] = {}
    for number, exclusions, done in session.execute(select(
            ToleranceCase.number, ToleranceCase.exclusions, ToleranceCase.accountability_concluded)
            .where(ToleranceCase.number.in_(list(numbers)))):
        out[number] = ("、".join(exclusions) if exclusions else None, done)
    return out



def _same(field: str, given: Any, held: Any) -> bool:
    from zydesk.services.tolerance.imports import parse_circumstances

    if field == "circumstances":
        return parse_circumstances(given) == parse_circumstances(held)
    if field == "exclusions":
        return parse_exclusions(given) == parse_exclusions(held)
    if field == "conclusion":
        return SHORT_CONCLUSIONS.get((given or "").strip()) == SHORT_CONCLUSIONS.get(held or "")
    if isinstance(given, str) or isinstance(held, str):
        return (given or "").strip() == (held or "").strip()
    return bool(given == held)


def unchanged_rows(rows: Sequence[dict[str, Any]], present: frozenset[str],
                   held: dict[str, dict[str, Any]]) -> set[int]:
    """Indexes of rows that state a registered case exactly as the register holds it (an export imported
    again): these are left alone rather than refused as a second registration."""
    out: set[int] = set()
    for i, row in enumerate(rows):
        case = held.get((row.get("number") or "").strip())
        if case is None:
            continue
        try:
            if all(_same(f, row.get(f), case.get(f)) for f in present):
                out.add(i)
        except ValueError:
            continue  # a malformed cell: the row goes through the full checks and is reported there
    return out
