"""Unit of work: one transaction per service operation, with the acting user and action for the audit.

A unit of work is a writer: its transaction starts with BEGIN IMMEDIATE, so it waits (busy timeout)
for another writer to finish instead of failing half-way; a lock held too long, a full or read-only
disk become a Chinese refusal (UserError) — the transaction is rolled back, nothing is written.
Read sessions (`Database.read()`) start a deferred transaction: a consistent snapshot, no lock.

On a server (PostgreSQL) writers run side by side: `uow.lock(kind, key)` makes two imports of one kind or
two recomputations of one year take turns (storage.locks); a serialization failure or deadlock rolls the
transaction back as `ServerConflict`, and a service wrapped in `retried` runs again (a bounded number of
times, after a short random pause) before the clerk is told; each commit tells other windows what changed
(storage.notify)."""
from __future__ import annotations

import datetime as dt
import functools
import random
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any, ParamSpec, TypeVar

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from zydesk.core.security.principal import Principal
from zydesk.core.security.roles import Permission
from zydesk.errors import NotPermitted
from zydesk.storage import audit as _audit_listeners  # noqa: F401  registers the audit listeners
from zydesk.storage import audit_chain, failures, locks, notify
from zydesk.storage.base import Base
from zydesk.storage.engine import engine_url, writer
from zydesk.storage.models import AuditEntry
from zydesk.storage.refusals import DatabaseDamaged

P = ParamSpec("P")
T = TypeVar("T")
ATTEMPTS = 3  # runs of an operation that meets a serialization failure or deadlock before the clerk is told
PAUSE_SECONDS = (0.05, 0.25)  # random pause before running again, times the attempt number


class ServerConflict(failures.DatabaseBusy):
    """The server rolled the transaction back (serialization failure 40001, deadlock 40P01): nothing was
    written, and running the whole operation again may well succeed (`retried`)."""


def retried(fn: Callable[P, T]) -> Callable[P, T]:
    """Run the operation (a whole service call: its units of work start afresh) again when the server rolled it
    back for a conflict with another clerk's transaction; after ATTEMPTS runs the clerk is told in Chinese
    (a DatabaseBusy: CLI exit 2). A refusal (NotPermitted), a validation error or an edit conflict is
    never run again. Only for services that commit once (a failed run has written nothing)."""
    @functools.wraps(fn)
    def run(*args: P.args, **kwargs: P.kwargs) -> T:
        for attempt in range(1, ATTEMPTS + 1):
            try:
                return fn(*args, **kwargs)
            except ServerConflict:
                if attempt == ATTEMPTS:
                    raise failures.DatabaseBusy(failures.BUSY_RETRIED) from None
                time.sleep(random.uniform(*PAUSE_SECONDS) * attempt)
        raise AssertionError("unreachable")
    return run


class UnitOfWork:
    """Use as `with db.uow("编辑干部", Permission.ENTER) as uow: ...; uow.commit()`. Leaving without commit
    rolls back."""

    def __init__(self, factory: sessionmaker[Session], principal: Principal, action: str,
                 after_commit: list[Callable[[Database, str], None]] | None = None,
                 owner: Database | None = None) -> None:
        self._factory = factory
        self._after_commit = after_commit or []
        self._owner = owner  # the Database (account acting) whose uow() this is: what the hooks act for
        self.principal = principal
        self.user = principal.name
        self.role: str | None = principal.roles_text or None  # recorded in every audit entry of this account
        self.action = action
        self.new_objects: list[Base] = []
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        self.session.info["uow"] = self
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        try:
            self.session.rollback()
        finally:
            self.session.close()
        if exc is not None and isinstance(exc, Exception) and failures.retryable(exc):
            raise ServerConflict(failures.SERVER_BUSY) from exc
        refusal = failures.as_user_error(exc) if exc is not None and isinstance(exc, Exception) else None
        if refusal is not None:
            raise refusal from exc

    def lock(self, kind: str, key: object = "") -> None:
        """Take turns with other clerks doing the same work (kind, key) until this transaction ends, e.g.
        ("ranking", 2025); a no-op on SQLite, whose writers never interleave."""
        locks.hold(self.session, kind, key)

    def commit(self) -> None:
        notify.send(self.session)  # other windows reload what changed, once this commits
        self.session.commit()
        if self._owner is not None:
            for hook in self._after_commit:  # e.g. the automatic backups (zydesk.services.backups)
                hook(self._owner, self.action)

    def rollback(self) -> None:
        self.session.rollback()

    def audit(self, object_type: str, object_id: str | None, before: Any = None, after: Any = None,
              action: str | None = None, result: str = audit_chain.OK) -> None:
        """An explicit entry, for writes that bypass the ORM (bulk imports). A name longer than the column (a
        公文's title) is shortened there and kept whole in `after`, so the entry is never refused for its length."""
        limit = 60  # AuditEntry.object_id: String(60)
        if object_id is not None and len(object_id) > limit:
            after = {**(after if isinstance(after, dict) else {} if after is None else {"内容": after}),
                     "全称": object_id}
            object_id = object_id[:limit - 1] + "…"
        self.session.add(AuditEntry(at=dt.datetime.now(), user=self.user, role=self.role,
                                    action=action or self.action,
                                    object_type=object_type, object_id=object_id, result=result, before=before,
                                    after=after))


class Database:
    """The open database: engine, session factory and the signed-in account (`principal`). Services take
    one of these and ask it for what they need: `db.uow("动作", Permission.ENTER)` opens a unit of work only
    for an account whose roles allow it, `db.read()` a read session only for one that may read business
    data (`require` for anything else); otherwise `NotPermitted`, and nothing happens."""

    def __init__(self, engine: Engine, principal: Principal, damaged: str | None = None) -> None:
        self.engine = engine
        self.damaged = damaged  # the file failed its integrity check: why nothing may be written
        self.url = engine_url(engine)
        self.principal = principal
        self.user = principal.name
        self.sessions = sessionmaker(engine, expire_on_commit=False)
        self.write_sessions = sessionmaker(writer(engine), expire_on_commit=False)
        # called with the acting Database and the action after each commit; shared by acting_as copies
        self.after_commit: list[Callable[[Database, str], None]] = []

    def require(self, need: Permission) -> None:
        if self.principal.must_change and need is not Permission.OWN_PASSWORD:
            raise NotPermitted(f"账号“{self.principal.name}”的口令须先修改（图形界面登录时修改，或 zydesk user passwd），"
                               "修改前不能做其他操作。")
        if not self.principal.may(need):
            raise NotPermitted(f"当前账号 {self.principal} 无权{need}。")

    def acting_as(self, principal: Principal) -> Database:
        """The same open database, another account acting (the same engine; for a program's own work
        such as the demo fill, and for tests)."""
        other = Database.__new__(Database)
        other.__dict__.update(self.__dict__)
        other.principal, other.user = principal, principal.name
        return other

    def uow(self, action: str, need: Permission | None) -> UnitOfWork:
        """`need` is what the action requires (docs/security.md); no default, so no write can forget it.
        `need=None` only for what the program records of its own accord (sign-in, sign-out, automatic backups)."""
        if need is not None:
            self.require(need)
        if self.damaged is not None:
            raise DatabaseDamaged("数据库文件已损坏，现只能查看，未写入任何数据。请先用最近的完好备份恢复"
                                  "（见启动时的提示，或“数据 → 检查数据库”）。")
        return UnitOfWork(self.write_sessions, self.principal, action, self.after_commit, self)

    def read(self, need: Permission | None = Permission.READ) -> Session:
        """A session for reading only (queries for views and reports); close it after use. `need=None`
        only for the program's own bookkeeping (settings it must know whoever is signed in)."""
        if need is not None:
            self.require(need)
        return self.sessions()

    def dispose(self) -> None:
        self.engine.dispose()
        from zydesk.storage.engine import sqlite_path
        from zydesk.storage.integrity import closed_cleanly

        path = sqlite_path(self.url)
        if path is not None and self.damaged is None:
            closed_cleanly(path)
