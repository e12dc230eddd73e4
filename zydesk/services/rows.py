"""Rows found by their natural key, for services that save "the one record of this year and unit"."""
from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from zydesk.storage.base import Base

M = TypeVar("M", bound=Base)


def keyed_row(session: Session, model: type[M], **key: Any) -> M:
    """The row whose columns equal `key`; a new one with those values (added to the session) when there is none."""
    row = session.scalar(select(model).filter_by(**key))
    if row is None:
        row = model(**key)
        session.add(row)
    return row
