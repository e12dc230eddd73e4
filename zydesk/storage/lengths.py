"""Text longer than its column allows is refused before it is written, the same on both backends: a server
refuses it with an error of its own (VARCHAR(n)), a SQLite file would keep it whole. Forms and imports check
the fields they know with their labels; this catches what reaches the database past them."""
from __future__ import annotations

from typing import Any

from sqlalchemy import String, event, inspect
from sqlalchemy.orm import Session

from zydesk.errors import UserError
from zydesk.storage.audit_chain import mask_text


def _too_long(obj: Any) -> UserError | None:
    for attr in inspect(obj).mapper.column_attrs:
        kind = attr.columns[0].type
        limit = getattr(kind, "length", None)
        if not isinstance(kind, String) or not limit:
            continue
        value = getattr(obj, attr.key, None)
        if isinstance(value, str) and len(value) > limit:
            shown = mask_text(value)[:15] + "…"  # masked whole: a cut ID number would not be found
            return UserError(f"“{shown}”超过{limit}字的长度上限（实为{len(value)}字），未写入任何数据。"
                             "请缩短后再保存。")
    return None


@event.listens_for(Session, "before_flush")
def _check_lengths(session: Session, _ctx: object, _instances: object) -> None:
    for obj in [*session.new, *session.dirty]:
        refusal = _too_long(obj)
        if refusal is not None:
            raise refusal
