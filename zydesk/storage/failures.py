"""SQLite's own failures in words a clerk can act on: busy (another writer), disk full, read-only."""
from __future__ import annotations

import errno

from zydesk.errors import UserError
from zydesk.storage import cipher
from zydesk.storage.refusals import DatabaseRefused


class DatabaseBusy(DatabaseRefused):
    """Another program or PC held the write lock longer than the busy timeout. Nothing was written."""


class StorageFailed(DatabaseRefused):
    """The disk refused the write (full, read-only, unreachable). Nothing was written."""


BUSY = "写入数据库失败，未写入任何数据：数据库正由另一个窗口或另一台电脑写入（如导入、初始化），请稍后重试。"
FULL = "磁盘已满，未写入任何数据。请清理数据库所在磁盘的空间后重试。"
READ_ONLY = "数据库文件或所在磁盘是只读的，未写入任何数据。请检查文件属性与磁盘写保护，或把数据库放到可写的位置。"
CANT_OPEN = "无法打开数据库文件（文件夹不存在、无权限或磁盘不可用），未写入任何数据。"
DAMAGED = "数据库文件已损坏，无法读取这部分数据，未写入任何数据。请在“数据 → 检查数据库”（或 zydesk check）中查看详情，并用最近的完好备份恢复。"
IO_ERROR = "读写数据库文件时磁盘出错（磁盘已满、已拔出或损坏），未写入任何数据。请检查磁盘后重试。"


SERVER_UNREACHABLE = "无法连接数据库服务器（服务器未启动、地址或端口不对，或网络不通），未写入任何数据。请检查网络后重试，或联系技术人员。"
SERVER_AUTH = "数据库服务器拒绝了连接：数据库账号或口令不正确，或本机未获准连接（pg_hba.conf）。请联系技术人员核对数据库地址。"
SERVER_NO_DATABASE = "数据库服务器上没有这个数据库，请核对数据库地址（或请技术人员先建好数据库）。"
SERVER_SSL = "与数据库服务器的加密连接（SSL）未能建立，请核对数据库地址中的 sslmode 或联系技术人员。"
SERVER_BUSY = "数据库服务器上另一位用户正在修改同样的数据，本次未写入任何数据，请稍后重试。"
SERVER_TIMEOUT = "数据库服务器处理超时（statement_timeout），本次未写入任何数据。请稍后重试，或联系技术人员。"
TOO_LONG = "有一项内容超过了允许的长度，未写入任何数据。请缩短后再保存。"


def _server_error(exc: BaseException) -> BaseException | None:
    """The psycopg error inside a SQLAlchemy error (PostgreSQL mode), without importing psycopg."""
    seen: BaseException | None = exc
    while seen is not None:
        orig = getattr(seen, "orig", None)
        for err in (orig, seen):
            if err is not None and type(err).__module__.startswith("psycopg"):
                return err
        seen = seen.__cause__
    return None


RETRYABLE = ("40001", "40P01")  # serialization failure, deadlock: the whole transaction may simply run again
BUSY_RETRIED = "数据库繁忙，其他同志正在保存同一批数据，本次未写入任何数据，请稍后再试。"


def server_state(exc: BaseException) -> str:
    """The SQLSTATE of a server failure inside exc ('' when there is none)."""
    err = _server_error(exc)
    if err is None:
        return ""
    return str(getattr(getattr(err, "diag", None), "sqlstate", None) or getattr(err, "sqlstate", None) or "")


def retryable(exc: BaseException) -> bool:
    return server_state(exc) in RETRYABLE


def server_message(exc: BaseException) -> str | None:
    """The Chinese message for a failure of the database server or the way to it, or None."""
    err = _server_error(exc)
    if err is None:
        return None
    state = getattr(getattr(err, "diag", None), "sqlstate", None) or getattr(err, "sqlstate", None) or ""
    text = str(err).lower()
    if state in ("40001", "40P01", "55P03"):  # serialization failure, deadlock, lock not available
        return SERVER_BUSY
    if state == "57014":
        return SERVER_TIMEOUT
    if state == "22001":  # text longer than VARCHAR(n) that no check of the program's caught (storage/lengths.py)
        return TOO_LONG
    if state == "3D000" or ("database" in text and "does not exist" in text):
        return SERVER_NO_DATABASE
    if state in ("28P01", "28000") or "password" in text or "authentication" in text or "pg_hba" in text:
        return SERVER_AUTH
    if "ssl" in text:
        return SERVER_SSL
    if type(err).__name__ == "OperationalError" and not state:
        return SERVER_UNREACHABLE
    return None


def _sqlite_error(exc: BaseException) -> BaseException | None:
    """The sqlite3 error inside a SQLAlchemy error (or the error itself), following the chain."""
    seen: BaseException | None = exc
    while seen is not None:
        orig = getattr(seen, "orig", None)
        if isinstance(orig, cipher.Error):
            return orig
        if isinstance(seen, (cipher.Error, OSError)):
            return seen
        seen = seen.__cause__
    return None


def message_for(exc: BaseException, *, os_errors: bool = False) -> str | None:
    """The Chinese message for a storage failure, or None when `exc` is not one of these. OSErrors count
    only with os_errors=True (where the file in question is the database or its backup)."""
    if isinstance(exc, UserError):  # already said in Chinese
        return None
    server = server_message(exc)
    if server is not None:
        return server
    err = _sqlite_error(exc)
    if isinstance(err, OSError):
        if not os_errors:
            return None
        if err.errno == errno.ENOSPC:
            return FULL
        if err.errno == errno.EROFS or err.errno == errno.EACCES:
            return READ_ONLY
        return None
    text = str(err).lower()
    if isinstance(err, cipher.DatabaseError) and ("malformed" in text or "not a database" in text):
        return DAMAGED  # a damaged page met while reading or writing
    if not isinstance(err, cipher.OperationalError):
        return None
    if "locked" in text or "busy" in text:
        return BUSY
    if "disk is full" in text or "database or disk is full" in text:
        return FULL
    if "readonly" in text or "read-only" in text:
        return READ_ONLY
    if "unable to open" in text:
        return CANT_OPEN
    if "disk i/o error" in text:
        return IO_ERROR
    return None


STALE = "该记录已被他人修改，本次未写入任何数据，请刷新后再改。"


def changed_meanwhile(exc: BaseException) -> str | None:
    """STALE when a record another clerk changed between this save's read and its write was refused at UPDATE
    (its version had moved on: a server's clerks write side by side). Services that name who and when catch it
    themselves (services.conflicts.stale_as_conflict); this is the window's and the CLI's words for the rest,
    instead of an internal error. Not a unit of work's conversion: those services see the original."""
    from sqlalchemy.orm.exc import StaleDataError

    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, StaleDataError):
            return STALE
        seen = seen.__cause__
    return None


def as_user_error(exc: BaseException) -> UserError | None:
    message = message_for(exc)
    if message is None:
        return None
    return DatabaseBusy(message) if message in (BUSY, SERVER_BUSY) else StorageFailed(message)
