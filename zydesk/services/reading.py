"""Reads for the window: run a service's read function in a short read-only session.

    QueryOp(ctx, lambda db, state: read(db, cadre_queries.cadre_detail, cadre_id), show)

The session opens and closes here, so the window never holds one.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Concatenate, ParamSpec, TypeVar

from sqlalchemy.orm import Session

from zydesk.services.handle import Database

P = ParamSpec("P")
T = TypeVar("T")


def read(db: Database, fn: Callable[Concatenate[Session, P], T], *args: P.args, **kwargs: P.kwargs) -> T:
    with db.read() as session:
        return fn(session, *args, **kwargs)


__all__ = ["read"]
