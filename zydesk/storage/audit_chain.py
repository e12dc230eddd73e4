"""The audit trail's hash chain: each entry carries a sequence number and the SHA-256 of (previous hash +
its own canonical content), so a changed or removed entry breaks the chain from there on. The newest
(sequence, hash) is also kept in a small file beside the database (`<db>.audit-head`), written after each
commit that adds entries, so that entries cut off the end are found too. On a server (PostgreSQL mode) the
head is the one row of the table `audit_head`, kept by the server (a trigger after each INSERT into the trail,
running as the schema's owner: the program's role cannot change it); writers of the trail take their turn
on a transaction-scoped advisory lock, then read the head.

ID numbers never enter an entry whole: `masked()` turns every 18-character ID number in before/after into
610924********123X before the entry is hashed and written.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Connection,
    DateTime,
    Integer,
    String,
    Text,
    bindparam,
    cast,
    column,
    func,
    insert,
    select,
    table,
)

from zydesk.core.idnumber import mask

log = logging.getLogger(__name__)
HEAD_SUFFIX = ".audit-head"
OK = "成功"  # the result of an entry written by a committed operation
CHAIN_LOCK = 0x5A594155  # 'ZYAU': the advisory lock writers of the trail take in turn on a server
_ID_NUMBER = re.compile(r"(?<!\d)[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?!\d)")


def mask_text(text: str) -> str:
    """text with every ID number in it masked."""
    return _ID_NUMBER.sub(lambda m: mask(m.group(0).upper()), text)


def masked(value: Any) -> Any:
    """value with every ID number in it (dict keys and values, list items, inside strings) masked."""
    if isinstance(value, str):
        return value if len(value) < 18 else mask_text(value)
    if isinstance(value, dict):
        return {masked(k): masked(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [masked(v) for v in value]
    return value


_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=str).encode


def canonical(seq: int, at: dt.datetime, user: str, action: str, object_type: str, object_id: str | None,
              result: str, before: Any, after: Any, role: str | None = None) -> str:
    """The content an entry's hash covers: its fields as one compact JSON array. Key order is kept as
    written: the JSON column keeps it too. The role comes last and only when there is one, so entries
    written before roles were recorded keep their hashes."""
    return _content(seq, at, user, action, object_type, object_id, result, _encode(before), _encode(after), role)


def _role_part(role: str | None) -> str:
    return "" if role is None else "," + _encode(role)


def _content(seq: int, at: dt.datetime, user: str, action: str, object_type: str, object_id: str | None,
             result: str, before_text: str, after_text: str, role: str | None = None) -> str:
    # == _encode([seq, at.isoformat(), user, ..., before, after(, role)]), built from already encoded parts
    return (f"[{seq},{_encode(at.isoformat())},{_encode(user)},{_encode(action)},{_encode(object_type)},"
            f"{_encode(object_id)},{_encode(result)},{before_text},{after_text}{_role_part(role)}]")


def entry_hash(previous: str, content: str) -> str:
    return hashlib.sha256((previous + content).encode("utf-8")).hexdigest()


@dataclass
class Head:
    seq: int
    hash: str


def last_entry(conn: Connection) -> Head:
    """The newest chained entry (sequence 0 and an empty hash before the first). On a server: the head
    row, locked until this transaction ends."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({CHAIN_LOCK})")  # held until commit or rollback
        row = conn.exec_driver_sql("SELECT seq, hash FROM audit_head WHERE id = 1").first()  # a fresh snapshot
        return Head(int(row[0]), str(row[1])) if row else Head(0, "")
    row = conn.exec_driver_sql("SELECT seq, hash FROM audit_entry WHERE seq IS NOT NULL "
                               "ORDER BY seq DESC LIMIT 1").first()
    return Head(int(row[0]), str(row[1])) if row else Head(0, "")


class Chain:
    """The chain state of one transaction: stamps entries in the order they are written."""

    def __init__(self, head: Head) -> None:
        self.head = head
        self.added = 0

    def stamp(self, at: dt.datetime, user: str, action: str, object_type: str, object_id: str | None,
              result: str, before: Any, after: Any, role: str | None = None) -> tuple[Any, Any, int, str]:
        """(before, after) with ID numbers masked, the sequence number and the hash of the next entry."""
        before_text, after_text = _encode(before), _encode(after)
        if _ID_NUMBER.search(before_text) or _ID_NUMBER.search(after_text):
            before, after = masked(before), masked(after)
            before_text, after_text = _encode(before), _encode(after)
        seq, digest = self._next(at, user, action, object_type, object_id, result, before_text, after_text,
                                 role)
        return before, after, seq, digest

    def _next(self, at: dt.datetime, user: str, action: str, object_type: str, object_id: str | None,
              result: str, before_text: str, after_text: str, role: str | None) -> tuple[int, str]:
        seq = self.head.seq + 1
        digest = entry_hash(self.head.hash,
                            _content(seq, at, user, action, object_type, object_id, result, before_text,
                                     after_text, role))
        self.head = Head(seq, digest)
        self.added += 1
        return seq, digest

    def encoded_rows(self, rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
        """Bulk rows (dicts of the audit_entry columns), masked and stamped in place, before/after already
        encoded as JSON text (each value is encoded once, for the hash and the INSERT alike): insert them
        with `insert_encoded`. The same content as `_content`, with the parts that repeat from row to row
        (time, user, action, kind, result) encoded once; a row without "role" records none."""
        parts: dict[tuple[Any, ...], tuple[str, str]] = {}
        out = []
        for r in rows:
            before_text, after_text = _encode(r.get("before")), _encode(r.get("after"))
            if _ID_NUMBER.search(before_text) or _ID_NUMBER.search(after_text):
                before_text, after_text = _encode(masked(r.get("before"))), _encode(masked(r.get("after")))
            at, result = r["at"], r.setdefault("result", OK)
            key = (at, r["user"], r["action"], r["object_type"], result)
            fixed = parts.get(key)
            if fixed is None:
                fixed = parts[key] = (f"{_encode(at.isoformat())},{_encode(key[1])},{_encode(key[2])},"
                                      f"{_encode(key[3])},", f",{_encode(result)},")
            seq = self.head.seq + 1
            digest = entry_hash(self.head.hash, f"[{seq},{fixed[0]}{_encode(r.get('object_id'))}{fixed[1]}"
                                                f"{before_text},{after_text}{_role_part(r.setdefault('role', None))}]")
            self.head = Head(seq, digest)
            r["before"], r["after"], r["seq"], r["hash"] = before_text, after_text, seq, digest
            out.append(r)
        self.added += len(out)
        return out


_ENCODED = table(
    "audit_entry",
    column("at", DateTime), column("user", String), column("role", String), column("action", String),
    column("object_type", String), column("object_id", String), column("result", String),
    column("before", Text), column("after", Text), column("seq", Integer),
    column("hash", String),
)


def insert_encoded(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """One INSERT of rows from `Chain.encoded_rows` (before/after are JSON text already)."""
    if rows and conn.dialect.name == "postgresql":  # the server's columns are json: the text goes in as it is
        conn.execute(insert(_ENCODED).values(before=cast(bindparam("before", type_=Text), JSON),
                                             after=cast(bindparam("after", type_=Text), JSON)), rows)
    elif rows:
        conn.execute(insert(_ENCODED), rows)


def server_head(conn: Connection) -> Head | None:
    row = conn.exec_driver_sql("SELECT seq, hash FROM audit_head WHERE id = 1").first()
    return Head(int(row[0]), str(row[1])) if row else None


# --- the head file ---------------------------------------------------------------------------------

def head_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + HEAD_SUFFIX)


def read_head(db_path: Path) -> Head | None:
    """The recorded head, or None when there is no (readable) head file."""
    try:
        data = json.loads(head_path(db_path).read_text("utf-8"))
        return Head(int(data["seq"]), str(data["hash"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


_HEAD_WRITE = threading.Lock()  # writers of one process (several signed-in threads) take turns


def write_head(db_path: Path, head: Head) -> None:
    """Atomically, and never backwards: a slower writer's older head does not replace a newer one.
    Called after the commit: a failure here must not make committed work look failed, so it is logged
    (and `verify` then reports the head file as missing or behind)."""
    if head.seq <= 0:
        return
    with _HEAD_WRITE:
        _write_head(db_path, head)


def _write_head(db_path: Path, head: Head) -> None:
    old = read_head(db_path)
    if old is not None and old.seq >= head.seq:
        return
    target = head_path(db_path)
    tmp = target.with_name(f"{target.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump({"seq": head.seq, "hash": head.hash}, f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        log.warning("审计链头文件写入失败：%s（%s）", target, exc)
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


# --- checking ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Verdict:
    ok: bool
    entries: int
    first_bad: int | None  # the first sequence number that is missing, changed or cut off
    problem: str = ""  # in Chinese, for the clerk

    def as_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "entries": self.entries, "first_bad": self.first_bad}


def verify(conn: Connection, db_path: Path | None) -> Verdict:
    """Walk the chain in sequence order; then compare its end with the head file (when the database is a file)."""
    from zydesk.storage.base import table_of
    from zydesk.storage.models import AuditEntry

    t = table_of(AuditEntry)
    count = int(conn.execute(select(func.count()).select_from(t)).scalar_one())
    unchained = int(conn.execute(select(func.count()).select_from(t).where(t.c.seq.is_(None))).scalar_one())
    rows = conn.execute(select(t.c.seq, t.c.at, t.c.user, t.c.action, t.c.object_type, t.c.object_id, t.c.result,
                               t.c.before, t.c.after, t.c.hash, t.c.role).where(t.c.seq.isnot(None))
                        .order_by(t.c.seq))
    previous, expected = "", 1
    for r in rows:
        if r.seq != expected:
            return Verdict(False, count, expected, f"第 {expected} 条审计记录缺失")
        digest = entry_hash(previous, canonical(r.seq, r.at, r.user, r.action, r.object_type, r.object_id, r.result,
                                                r.before, r.after, r.role))
        if digest != r.hash:
            return Verdict(False, count, r.seq, f"第 {r.seq} 条审计记录已被改动")
        previous, expected = digest, expected + 1
    last = expected - 1
    if unchained:
        return Verdict(False, count, last + 1, f"有 {unchained} 条审计记录不在校验链中（未经本程序写入）")
    if conn.dialect.name == "postgresql":
        head = server_head(conn)
        if head is None:
            return Verdict(False, count, None, "找不到审计链头（表 audit_head），无法确认末尾记录是否被删除")
    elif db_path is None:
        return Verdict(True, count, None)
    else:
        head = read_head(db_path)
    if head is None:
        assert db_path is not None
        if last == 0:
            return Verdict(True, count, None)
        return Verdict(False, count, None, f"找不到审计链头文件 {head_path(db_path).name}，无法确认末尾记录是否被删除")
    if head.seq > last:
        return Verdict(False, count, last + 1, f"末尾的审计记录已被删除（应有 {head.seq} 条，现有 {last} 条）")
    if head.seq > 0 and _hash_at(conn, head.seq) != head.hash:
        return Verdict(False, count, head.seq, f"第 {head.seq} 条审计记录与链头不符")
    return Verdict(True, count, None)


def _hash_at(conn: Connection, seq: int) -> str | None:
    found = conn.execute(select(_ENCODED.c.hash).where(_ENCODED.c.seq == seq)).scalar()
    return None if found is None else str(found)
