"""Moving a database file onto a PostgreSQL server (`zydesk migrate-to`, 系统管理员): the whole store — the
accounts with their password hashes, every record, the audit trail with its chain — copied into an empty
server database, then proved: rows and checksum per table on both sides, and the trail walked on the server
as `zydesk audit verify` walks it. Only a copy that agrees in every figure is committed; otherwise the
server database is left empty. Nothing in the file is changed or deleted; its own trail gets one entry
「迁移到服务器」 (where to, how many rows, whether it verified), and the server's trail, after the copied
entries, one 「从单机迁入」 (from which file)."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError

from zydesk.core.security.roles import Permission
from zydesk.core.task_state import TaskState
from zydesk.errors import UserError
from zydesk.services.handle import Database
from zydesk.storage import copying, failures
from zydesk.storage.audit_chain import Verdict
from zydesk.storage.engine import is_server, server_engine, shown_url, sqlite_path
from zydesk.storage.refusals import DatabaseRefused

MOVED_OUT = "迁移到服务器"
MOVED_IN = "从单机迁入"
NO_PRIVILEGE = "42501"


@dataclass(frozen=True)
class TableCheck:
    table: str
    source_rows: int
    target_rows: int
    source_sha256: str
    target_sha256: str

    @property
    def ok(self) -> bool:
        return self.source_rows == self.target_rows and self.source_sha256 == self.target_sha256

    def as_json(self) -> dict[str, Any]:
        return {"table": self.table, "source_rows": self.source_rows, "target_rows": self.target_rows,
                "source_sha256": self.source_sha256, "target_sha256": self.target_sha256, "ok": self.ok}


@dataclass(frozen=True)
class MoveReport:
    source: str
    target: str  # shown without its password
    tables: list[TableCheck]
    chain: Verdict  # the trail on the server

    @property
    def rows(self) -> int:
        return sum(t.source_rows for t in self.tables)

    @property
    def ok(self) -> bool:
        return self.chain.ok and all(t.ok for t in self.tables)

    def as_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "source": self.source, "target": self.target, "rows": self.rows,
                "tables": [t.as_json() for t in self.tables], "audit": self.chain.as_json(),
                "audit_problem": self.chain.problem}


def _refusal(exc: Exception) -> UserError | None:
    """A server that cannot be reached, a wrong password, a role without the right to build tables."""
    if getattr(getattr(exc, "orig", None), "sqlstate", None) == NO_PRIVILEGE:
        return UserError("目标数据库账号无权建表，未做任何修改。迁移须用属主账号的数据库地址（见部署说明第 3 步）。")
    message = failures.server_message(exc)
    return DatabaseRefused(message) if message is not None else None


@contextmanager
def _server(url: str) -> Iterator[Engine]:
    engine = server_engine(url)
    try:
        yield engine
    except DBAPIError as exc:
        refusal = _refusal(exc)
        if refusal is not None:
            raise refusal from exc
        raise
    finally:
        engine.dispose()


def _check_source_and_target(db: Database, target_url: str | None) -> str:
    if not target_url or "://" not in target_url or not is_server(target_url):
        raise UserError("迁移目标须是服务器数据库地址，例如 postgresql+psycopg://zydesk_owner@服务器地址/zydesk。")
    if sqlite_path(db.url) is None:
        raise UserError("当前数据库已在服务器上；迁移只能从本机数据库文件进行（用 --db 指定文件）。")
    if db.damaged is not None:
        raise UserError("数据库文件已损坏，不能迁移。请先用最近的完好备份恢复，再迁移。")
    return target_url


def migrate_to(db: Database, target_url: str | None, state: TaskState | None = None) -> MoveReport:
    """Copy the signed-in file into the empty server database at target_url and verify it (see above)."""
    db.require(Permission.BACKUP)
    url = _check_source_and_target(db, target_url)
    state = state or TaskState()
    from zydesk.storage.migrate import check_server_collation

    with _server(url) as engine:
        check_server_collation(engine)
        copying.ensure_empty(engine)
        with db.read(need=None) as session:  # one snapshot of the file for the copy and its figures
            _check_trail(session.connection(), db)
            report = _copy(session.connection(), engine, db, url, state)
        if report.ok:
            _record_arrival(db, engine, report)
    _record_departure(db, report)
    return report


def _check_trail(source: Connection, db: Database) -> None:
    """The file's own trail must verify (with its head file) before it moves: on the server the head follows
    the copy, so entries cut off the file's end would no longer show."""
    from zydesk.storage import audit_chain

    verdict = audit_chain.verify(source, sqlite_path(db.url))
    if not verdict.ok:
        raise UserError(f"本机数据库的审计记录校验未通过（{verdict.problem}），未迁移。"
                        "请审计管理员核查（zydesk audit verify），必要时先从完好的备份恢复。")


def _copy(source: Connection, engine: Engine, db: Database, url: str, state: TaskState) -> MoveReport:
    tables = copying.source_tables(source)
    total = sum(copying.row_counts(source, tables).values())
    done = 0
    with engine.connect() as target:
        transaction = target.begin()
        try:
            copying.create_schema(target)
            copied: dict[str, copying.TableFigures] = {}
            for t in tables:
                state.progress(done, total, f"复制 {t.name}")

                def step(rows: int, base: int = done) -> None:
                    state.check()
                    state.progress(base + rows, total, "")

                copied[t.name] = copying.copy_table(source, target, t, step)
                done += copied[t.name].rows
            copying.reset_sequences(target, tables)
            state.progress(total, total, "核对")
            arrived = copying.table_figures(target, tables)
            chain = copying.verify_chain(target)
            report = MoveReport(db.url, shown_url(url), [
                TableCheck(t.name, copied[t.name].rows, arrived[t.name].rows, copied[t.name].sha256,
                           arrived[t.name].sha256) for t in tables], chain)
            if report.ok:
                transaction.commit()
            else:
                transaction.rollback()
            return report
        except BaseException:
            transaction.rollback()
            raise


def _name(url: str) -> str:
    """The database's name on its server (the audit entry's object; the whole address goes in its content)."""
    from sqlalchemy.engine import make_url

    return str(make_url(url).database or "")[:60]


def _record_arrival(db: Database, engine: Engine, report: MoveReport) -> None:
    """The server's trail, after the copied entries: where the data came from. The lockout figures the file
    kept beside it (its key slots) become the server's settings, where a server keeps them."""
    from zydesk.services.security.accounts import security_policy
    from zydesk.services.security.server import LOCKOUT_ATTEMPTS, LOCKOUT_MINUTES
    from zydesk.services.settings import put_setting

    lockout = security_policy(db).lockout
    on_server = Database(engine, db.principal)
    with on_server.uow(MOVED_IN, Permission.BACKUP) as uow:
        put_setting(uow.session, LOCKOUT_ATTEMPTS, lockout.attempts)
        put_setting(uow.session, LOCKOUT_MINUTES, lockout.minutes)
        uow.audit("数据库", _name(report.target), after={"来源": report.source, "表": len(report.tables),
                                                  "行": report.rows})
        uow.commit()


def _record_departure(db: Database, report: MoveReport) -> None:
    with db.uow(MOVED_OUT, Permission.BACKUP) as uow:
        uow.audit("数据库", _name(report.target), after={"目标": report.target, "表": len(report.tables), "行": report.rows},
                  result="成功" if report.ok else "核对不符，未迁移")
        uow.commit()
