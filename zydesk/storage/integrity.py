"""Is the file sound? The quick check at start, the full check (检查数据库), and opening a damaged file
read-only.

At start `PRAGMA quick_check` runs unless the same file (path, size, modification time) passed it within
the last day and was closed cleanly (no `-wal` with content beside it): 0.1 s on the city-scale database, so a clerk
starting the program many times a day pays it once. A damaged file is opened read-only; writes are
refused with a Chinese message until the newest good backup is restored.

The full check never changes the file: it reads through a read-only connection (`mode=ro`), after a raw
copy of the file as found has been put in `backups/checks/` (marked 未检查, apart from the rotated backups).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
from zydesk.storage import cipher
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import Engine, event

from zydesk import paths
from zydesk.storage import audit_chain
from zydesk.storage.refusals import DatabaseDamaged

__all__ = ["DatabaseDamaged", "Problem", "check_at_start", "check_file", "connect_read_only",
           "newest_good_backup", "open_checked", "raw_copy"]

RECHECK_AFTER_S = 24 * 3600
STAMPS = "integrity-checked.json"
CHECKS_FOLDER = "checks"
KEEP_CHECK_COPIES = 5  # raw copies kept per database file; older ones are removed after a new one is made
# A page whose encryption check fails: SQLCipher reports it as malformed, or (from some statements) as
# out of memory, which the driver raises as MemoryError.
PAGE_ERRORS: tuple[type[BaseException], ...] = (cipher.DatabaseError, MemoryError)


@dataclass(frozen=True)
class Problem:
    kind: str  # integrity / foreign_key / unique / post_dates / current_post / case_status / proposal_steps / audit
    table: str
    message: str  # for the clerk

    def as_json(self) -> dict[str, str]:
        return asdict(self)


def connect_read_only(path: Path) -> cipher.Connection:
    """A connection that cannot write the file (nor checkpoint or delete its WAL on close)."""
    return cipher.open_file(path, uri_path=path.resolve().as_uri() + "?mode=ro", isolation_level=None)


# ----- start -----

def _stamp_key(path: Path) -> str | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return f"{path.resolve()}|{st.st_size}|{st.st_mtime_ns}"


def _stamps() -> dict[str, float]:
    try:
        data = json.loads((paths.user_data_dir() / STAMPS).read_text("utf-8"))
        return {str(k): float(v) for k, v in data.items()} if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _remember_ok(path: Path) -> None:
    key = _stamp_key(path)
    if key is None:
        return
    now = time.time()
    stamps = {k: v for k, v in _stamps().items() if now - v < RECHECK_AFTER_S}
    stamps[key] = now
    target = paths.user_data_dir() / STAMPS
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(json.dumps(stamps, ensure_ascii=False), "utf-8")
        os.replace(tmp, target)
    except OSError:  # only a shortcut for the next start is lost
        tmp.unlink(missing_ok=True)


def _recently_ok(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:  # not closed cleanly (or open elsewhere): look again
        return False
    key = _stamp_key(path)
    seen = _stamps().get(key) if key else None
    return seen is not None and time.time() - seen < RECHECK_AFTER_S


def quick_check(path: Path) -> list[str]:
    """SQLite's quick_check lines ([] when sound, or when the file could not be read for another reason:
    the opening that follows reports that in its own words)."""
    try:
        con = connect_read_only(path)
        try:
            rows = [str(r[0]) for r in con.execute("PRAGMA quick_check")]
        finally:
            con.close()
    except cipher.OperationalError:  # locked for too long, a disk error: no verdict on the file
        return []
    except PAGE_ERRORS as exc:  # malformed, not a database
        return [str(exc)]
    return [] if rows == ["ok"] else rows


_sound_at_start: set[str] = set()  # files this program found sound when it opened them


def check_at_start(path: Path) -> None:
    """DatabaseDamaged when the file fails quick_check (an empty or new file passes)."""
    if not path.exists() or path.stat().st_size == 0 or _recently_ok(path):
        _sound_at_start.add(str(path.resolve()))
        return
    found = quick_check(path)
    if not found:
        _remember_ok(path)
        _sound_at_start.add(str(path.resolve()))
        return
    raise DatabaseDamaged(damaged_message(path))


def closed_cleanly(path: Path) -> None:
    """The program that found the file sound has closed it (its WAL folded in): what it wrote since (at least
    its sign-in entry) went through SQLite's own transactions, so the next start need not look again
    within the recheck interval. A file left with a WAL is looked at again."""
    if str(path.resolve()) in _sound_at_start:
        wal = path.with_name(path.name + "-wal")
        if not (wal.exists() and wal.stat().st_size > 0):
            _remember_ok(path)


def newest_good_backup(path: Path) -> Path | None:
    """The newest file in backups/ beside the database that passes quick_check (the check copies in
    backups/checks/ are not backups: they keep a file as it was found, damage and all)."""
    folder = path.parent / "backups"
    if not folder.is_dir():
        return None
    suffix = path.suffix or ".sqlite"
    found = [p for p in folder.glob(f"{path.stem}-*{suffix}") if p.is_file()]
    for cand in sorted(found, key=lambda p: p.stat().st_mtime, reverse=True):
        if not quick_check(cand):
            return cand
    return None


def damaged_message(path: Path) -> str:
    backup = newest_good_backup(path)
    offer = (f"最近的完好备份是“{backup}”，可用它恢复（恢复前请先关闭本程序的其他窗口）。" if backup
             else "未找到完好的备份，请联系技术人员，并保留该文件和 backups 文件夹。")
    return (f"数据库文件“{path}”已损坏（完整性检查未通过）。为防止损坏扩大，现只能查看，不能修改数据。"
            f"{offer}也可在“数据 → 检查数据库”中查看损坏详情。")


def open_checked(url: str) -> tuple[Engine, str | None]:
    """The engine to work with, and None — or, for a damaged file, a read-only engine and the message."""
    from zydesk.storage.migrate import open_database

    try:
        return open_database(url), None
    except DatabaseDamaged as exc:
        return open_read_only(url), str(exc)


def open_read_only(url: str) -> Engine:
    from zydesk.storage.engine import make_engine

    engine = make_engine(url)

    def query_only(dbapi_conn: cipher.Connection, _record: object) -> None:
        dbapi_conn.execute("PRAGMA query_only = ON")

    event.listen(engine, "connect", query_only)
    return engine


# ----- 检查数据库 -----

def raw_copy(path: Path) -> Path:
    """The file as found (and its WAL), byte for byte, into backups/checks/, named …-未检查."""
    folder = path.parent / "backups" / CHECKS_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{stamp}-未检查{path.suffix or '.sqlite'}"
    partial = target.with_name(target.name + ".partial")
    shutil.copyfile(path, partial)
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        shutil.copyfile(wal, target.with_name(target.name + "-wal"))
    os.replace(partial, target)
    for old in sorted(folder.glob(f"{path.stem}-*-未检查{path.suffix or '.sqlite'}"))[:-KEEP_CHECK_COPIES]:
        old.unlink(missing_ok=True)
        old.with_name(old.name + "-wal").unlink(missing_ok=True)
    return target


def check_file(path: Path, names: bool = True) -> list[Problem]:
    """Every problem found: SQLite's integrity and foreign-key checks, then the program's own rules.
    names=False: a cadre is named by his record number only (for an account that may not read business data)."""
    try:
        con = connect_read_only(path)
    except cipher.Error as exc:
        return [Problem("integrity", "", f"无法读取数据库文件：{exc}")]
    try:
        problems = _sqlite_checks(con)
        for rule in RULES:
            try:
                problems.extend(rule(con, names))
            except PAGE_ERRORS as exc:
                problems.append(Problem("integrity", "", f"读取数据时出错（{rule.__doc__}）：{exc}"))
    finally:
        con.close()
    return problems + _audit_chain(path)


def _audit_chain(path: Path) -> list[Problem]:
    """The audit trail's hash chain and its head file beside the database (zydesk.storage.audit_chain)."""
    from sqlalchemy import create_engine
    from sqlalchemy.exc import DBAPIError

    engine = create_engine("sqlite://", creator=lambda: connect_read_only(path))
    try:
        with engine.connect() as conn:
            verdict = audit_chain.verify(conn, path)
    except (cipher.DatabaseError, MemoryError, DBAPIError) as exc:
        return [Problem("audit", "audit_entry", f"无法校验审计记录：{exc}")]
    finally:
        engine.dispose()
    if verdict.ok:
        return []
    return [Problem("audit", "audit_entry", verdict.problem or f"审计记录校验失败（第 {verdict.first_bad} 条）")]


def _sqlite_checks(con: cipher.Connection) -> list[Problem]:
    problems: list[Problem] = []
    try:
        lines = [str(r[0]) for r in con.execute("PRAGMA integrity_check")]
    except PAGE_ERRORS as exc:
        lines = [str(exc)]
    if lines != ["ok"]:
        problems += [Problem("integrity", _object_in(line), f"文件结构损坏：{line}") for line in lines]
    try:
        for table, rowid, parent, _fk in con.execute("PRAGMA foreign_key_check"):
            problems.append(Problem("foreign_key", str(table),
                                    f"表 {table} 第 {rowid} 行引用的 {parent} 记录不存在"))
    except PAGE_ERRORS as exc:
        problems.append(Problem("integrity", "", f"无法检查引用关系：{exc}"))
    return problems


def _object_in(line: str) -> str:
    """The table or index an integrity_check line names, when it names one."""
    for word in ("index ", "table "):
        if word in line:
            return line.split(word, 1)[1].split()[0].strip("'\"")
    return ""


def _has(con: cipher.Connection, table: str) -> bool:
    return con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (table,)).fetchone() is not None


def _unique_keys(con: cipher.Connection, names: bool) -> Iterator[Problem]:
    """唯一识别项"""
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' "
                                        "AND name NOT LIKE 'sqlite_%'")]
    for table in tables:
        for _seq, index, unique, origin, _partial in con.execute(f'PRAGMA index_list("{table}")').fetchall():
            if not unique or origin == "pk":
                continue
            cols = [str(r[2]) for r in con.execute(f'PRAGMA index_info("{index}")') if r[2] is not None]
            if not cols:
                continue
            quoted = ", ".join(f'"{c}"' for c in cols)
            not_null = " AND ".join(f'"{c}" IS NOT NULL' for c in cols)
            # NOT INDEXED: read the rows themselves, not the (possibly damaged) unique index
            sql = (f'SELECT {quoted}, count(*) FROM "{table}" NOT INDEXED WHERE {not_null} '
                   f"GROUP BY {quoted} HAVING count(*) > 1 LIMIT 20")
            for row in con.execute(sql):
                what = audit_chain.mask_text("、".join(str(v) for v in row[:-1]))  # a duplicate ID number, masked
                yield Problem("unique", table, f"表 {table} 中 {'、'.join(cols)} 为“{what}”的记录有 {row[-1]} 条，应唯一")


def _who(cadre_id: object, name: object, names: bool) -> str:
    return str(name) if names else f"干部（记录编号 {cadre_id}）"


def _post_dates(con: cipher.Connection, names: bool) -> Iterator[Problem]:
    """任职起止日期"""
    sql = ("SELECT p.id, c.id, c.name, p.title, p.start_date, p.end_date FROM post p JOIN cadre c ON c.id = p.cadre_id "
           "WHERE p.end_date IS NOT NULL AND p.start_date IS NOT NULL AND p.end_date < p.start_date")
    for pid, cid, name, title, start, end in con.execute(sql):
        yield Problem("post_dates", "post",
                      f"{_who(cid, name, names)}的任职“{title}”（编号 {pid}）结束日期 {end} 早于开始日期 {start}")


def _current_posts(con: cipher.Connection, names: bool) -> Iterator[Problem]:
    """现任职务"""
    sql = ("SELECT c.id, c.name, count(*) FROM post p JOIN cadre c ON c.id = p.cadre_id WHERE p.end_date IS NULL "
           "GROUP BY p.cadre_id, c.name HAVING count(*) > 1")
    for cid, name, n in con.execute(sql):
        yield Problem("current_post", "post", f"{_who(cid, name, names)}同时有 {n} 个未结束的任职，现任职务只能有一个")


# 容错案件: each status and the date it cannot be without, in the order of 第八条.
_CASE_CHAIN = [("已受理", "accepted_on", "受理日期"), ("已核查", "report_on", "核查报告日期"),
               ("已认定", "concluded_on", "认定日期"), ("已反馈", "feedback_on", "反馈日期"),
               ("已报备", "filed_on", "报备日期"), ("已办结", "closed_on", "办结日期")]


def _case_status(con: cipher.Connection, names: bool) -> Iterator[Problem]:
    """容错案件状态与日期"""
    if not _has(con, "tolerance_case"):
        return
    cols = ", ".join(c for _s, c, _l in _CASE_CHAIN)
    for row in con.execute(f"SELECT number, status, applied_on, {cols} FROM tolerance_case"):
        number, status, applied = row[0], row[1], row[2]
        dates = list(row[3:])
        reached = [s for s, _c, _l in _CASE_CHAIN].index(status) if status in [s for s, _c, _l in _CASE_CHAIN] else -1
        for k in range(reached + 1):
            if dates[k] is None:
                yield Problem("case_status", "tolerance_case",
                              f"容错案件 {number} 状态为“{status}”，但没有{_CASE_CHAIN[k][2]}")
        earlier, label = applied, "申请日期"
        for k, value in enumerate(dates):
            if value is None:
                continue
            if earlier is not None and value < earlier:
                yield Problem("case_status", "tolerance_case",
                              f"容错案件 {number} 的{_CASE_CHAIN[k][2]} {value} 早于{label} {earlier}")
            earlier, label = value, _CASE_CHAIN[k][2]


_STEPS = ["报告", "审核", "报批", "决定", "谈话"]


def _proposal_steps(con: cipher.Connection, names: bool) -> Iterator[Problem]:
    """调整方案步骤顺序"""
    if not _has(con, "adj_proposal_step"):
        return
    done: dict[int, dict[str, str]] = {}
    for pid, step, date in con.execute("SELECT proposal_id, step, date FROM adj_proposal_step"):
        done.setdefault(int(pid), {})[str(step)] = str(date)
    whose = {int(pid): _who(cid, name, names) for pid, cid, name
             in con.execute("SELECT p.id, c.id, c.name FROM adj_proposal p JOIN cadre c ON c.id = p.cadre_id")}
    for pid, steps in sorted(done.items()):
        who = f"{whose.get(pid, '')}的调整方案（编号 {pid}）"
        last: tuple[str, str] | None = None
        for k, step in enumerate(_STEPS):
            if step not in steps:
                continue
            missing = [s for s in _STEPS[:k] if s not in steps]
            if missing:
                yield Problem("proposal_steps", "adj_proposal_step", f"{who}已有“{step}”，但缺少前面的“{'、'.join(missing)}”")
            if last is not None and steps[step] < last[1]:
                yield Problem("proposal_steps", "adj_proposal_step",
                              f"{who}“{step}”的日期 {steps[step]} 早于“{last[0]}”的日期 {last[1]}")
            last = (step, steps[step])


def _kept_copies(con: cipher.Connection, names: bool) -> Iterator[Problem]:
    """印发存档文本"""
    if not _has(con, "issued_document") or "kept_pdf" not in {r[1] for r in con.execute(
            "PRAGMA table_info(issued_document)")}:
        return
    sql = ("SELECT d.id, n.prefix, n.year, n.seq, d.kept_pdf, d.kept_sha256 FROM issued_document d "
           "LEFT JOIN doc_number n ON n.id = d.number_id WHERE d.kept_pdf IS NOT NULL")
    for doc_id, prefix, year, seq, packed, digest in con.execute(sql):
        try:
            whole = hashlib.sha256(zlib.decompress(packed)).hexdigest() == digest
        except zlib.error:
            whole = False
        if not whole:  # a sealed year's reprint would refuse it; say so before anyone needs it
            number = f"{prefix}〔{year}〕{seq}号" if prefix else f"编号记录 {doc_id}"
            yield Problem("kept_copy", "issued_document", f"{number}的印发存档文本已损坏（校验值不符），"
                                                          "封存期间无法按存档重印；请从备份恢复")


RULES: list[Callable[[cipher.Connection, bool], Iterator[Problem]]] = [
    _unique_keys, _post_dates, _current_posts, _case_status, _proposal_steps, _kept_copies]
