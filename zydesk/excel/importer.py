"""All-or-nothing import: check the file (reader.py) → convert every cell by its column type → the kind
checks the rows against the database and plans the writes → any problem: ValidationError listing all of
them, nothing written; otherwise every write in one unit of work with one summary audit entry.

Speed matters (50,000 cadres in about a second): cells are converted column by column with memoised
converters, kinds validate with plain loops over preloaded sets and dicts, and write with Core bulk
statements. The audit trail gets a summary entry (file name, sha256, counts) plus before/after for every
record that was updated; created records are listed by the summary only (they are all in the file)."""
from __future__ import annotations

import datetime as dt
import gc
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from itertools import repeat
from pathlib import Path
from typing import Any, TypeGuard

from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from zydesk.core.dates import DateFormatError, parse_date
from zydesk.core.idnumber import IdNumberError, parse_id_number
from zydesk.core.security.roles import Permission
from zydesk.core.task_state import TaskState
from zydesk.errors import FieldError, UserError, ValidationError
from zydesk.excel import reader, synonyms
from zydesk.excel.kinds import get_kind
from zydesk.excel.schema import Changes, Column, Columns, Kind, Sheet
from zydesk.excel.sheetwriter import EPOCH as EXCEL_EPOCH  # Excel's day 0, as the export writes dates
from zydesk.services.codes import load_codes
from zydesk.storage import locks
from zydesk.storage.audit import insert_entries
from zydesk.storage.models import Unit
from zydesk.storage.uow import Database, retried

MAX_REPORTED = 1000  # problems listed one by one; beyond that a count (a wholly wrong file has millions)


@dataclass
class ImportReport:
    kind: str  # e.g. "cadres"
    title: str  # e.g. "干部信息"
    file: str
    sha256: str
    rows: int  # data rows read (empty rows skipped)
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    dry_run: bool = False
    notes: list[str] = field(default_factory=list)
    # Short forms and Excel day numbers read as their full value, e.g. "«民族» “汉” → “汉族”（3 行）".
    mapped: list[str] = field(default_factory=list)

    def summary(self) -> str:
        head = "检查通过（试导入，未写入任何数据）" if self.dry_run else "导入完成"
        verb = "将" if self.dry_run else ""
        text = (f"{head}：{self.title} {self.rows} 行；{verb}新增 {self.created}，{verb}更新 {self.updated}，"
                f"无变化 {self.unchanged}。")
        lines = [text, *self.notes]
        if self.mapped:
            lines.append(f"以下 {len(self.mapped)} 处简写已按正式名称{verb}导入，请核对：")
            lines.extend("  " + m for m in self.mapped)
        return "\n".join(lines)


class _Bad(Exception):
    pass


def code_lists(session: Session, kind: Kind) -> dict[str, list[str]]:
    """Allowed values of every code:<table> column of the kind (code tables, units, the kind's own lists)."""
    lists: dict[str, list[str]] = dict(load_codes(session))
    if any(c.code_table == "unit" for c in kind.columns):
        lists["unit"] = list(session.scalars(select(Unit.name).order_by(Unit.sort_order, Unit.name)))
    lists.update({k: list(v) for k, v in kind.code_lists(session).items()})
    return lists


def _quick_id_numbers(values: Sequence[str | None]) -> list[str | None]:
    """Each number normalised when plainly valid, else None: then parse_id_number, the rule itself, decides
    and words the message. The same checks (18 characters, digits, birth date from 1900 to today, check
    digit), several times faster: 50,000 numbers per import, each birth date judged once.

    The check digit: GB 11643 weighs the k-th of the 17 digits by 2^(17-k) mod 11. Read as a number in base
    13 (13 ≡ 2 mod 11) the 17 digits are Σ d_k·13^(16-k) ≡ Σ d_k·2^(16-k), so twice that is the weighted sum
    modulo 11 — and int(…, 13) computes it in C."""
    today = dt.date.today()
    fast = _all_plainly_valid(values, today)
    if fast is not None:
        return fast
    births: dict[str, bool] = {}
    out: list[str | None] = []
    append = out.append
    for v in values:
        if v is None or len(v) != 18:
            append(None)
            continue
        head = v[:17]
        if not (head.isascii() and head.isdigit()):
            append(None)
            continue
        ymd = v[6:14]
        ok = births.get(ymd)
        if ok is None:
            try:
                birth = dt.date(int(ymd[:4]), int(ymd[4:6]), int(ymd[6:]))
                ok = births[ymd] = 1900 <= birth.year and birth <= today
            except ValueError:
                ok = births[ymd] = False
        last = v[17]
        if ok and "10X98765432"[2 * int(head, 13) % 11] == (last if last != "x" else "X"):
            append(v if last != "x" else head + "X")
        else:
            append(None)
    return out


def _birth_ok(ymd: str, today: dt.date) -> bool:
    try:
        birth = dt.date(int(ymd[:4]), int(ymd[4:6]), int(ymd[6:]))
    except ValueError:
        return False
    return 1900 <= birth.year and birth <= today


def _no_empty(values: Sequence[str | None]) -> TypeGuard[Sequence[str]]:
    return None not in values


def _all_plainly_valid(values: Sequence[str | None], today: dt.date) -> list[str | None] | None:
    """The whole column at once, in C where possible, for the usual case of a clean file; None if any
    number needs a closer look (then they are checked one by one)."""
    if not _no_empty(values) or set(map(len, values)) != {18}:
        return None
    heads = [v[:17] for v in values]
    joined = "".join(heads)
    if not (joined.isascii() and joined.isdigit()):
        return None
    if not all(_birth_ok(ymd, today) for ymd in {v[6:14] for v in values}):
        return None
    expected = ["10X98765432"[2 * s % 11] for s in map(int, heads, repeat(13))]
    lasts = [v[17] for v in values]
    if expected == lasts:
        return list(values)
    if [c if c != "x" else "X" for c in lasts] == expected:  # a lower-case x: normalised
        return [h + c for h, c in zip(heads, expected)]
    return None


def _shown(values: Sequence[str]) -> str:
    return "、".join(values[:12]) + ("…" if len(values) > 12 else "")


SERIAL_MIN, SERIAL_MAX = 10_000, 99_999  # a date cell saved as a plain number: 1927-05-18 … 2173-10-14


def _serial(v: Any) -> int | None:
    """The Excel day number a date cell lost its format to (44256 is 2021-03-01), else None. 20161128 and
    201611 are dates typed as digits (parse_date reads them), never serials."""
    if isinstance(v, bool):
        return None
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    if isinstance(v, str) and v.isascii() and v.isdigit() and len(v) == 5:
        v = int(v)
    return v if isinstance(v, int) and SERIAL_MIN <= v <= SERIAL_MAX else None


Note = Callable[[Any, str], None]  # (raw value, what it became): a substitution the clerk must see


def _converter(col: Column, lists: Mapping[str, Sequence[str]], forms: Mapping[str, Mapping[str, str]] | None = None,
               note: Note | None = None) -> Callable[[Any], Any]:
    """The function raw cell value (stripped, not empty) → typed value, raising _Bad with the message.
    A short form (synonyms.py) or an Excel day number is converted and passed to note()."""
    t = col.type
    if t == "text":
        limit = col.max_len

        def text(v: Any) -> str:
            if isinstance(v, float) and v.is_integer():
                v = int(v)
            elif isinstance(v, dt.datetime):
                v = v.date() if v.time() == dt.time() else v
            s = v.isoformat() if isinstance(v, (dt.date, dt.datetime)) else str(v)
            if limit is not None and len(s) > limit:
                raise _Bad(f"不超过{limit}字（实为{len(s)}字）")
            return s
        return text
    if t == "idnumber":
        def idnumber(v: Any) -> str:
            if not isinstance(v, str):
                raise _Bad("被 Excel 存成了数字（末几位可能已丢失），请将此列设为文本格式后重新填写")
            quick = _quick_id_numbers([v])[0]
            if quick is not None:
                return quick
            try:
                return parse_id_number(v).number
            except IdNumberError as exc:
                raise _Bad(str(exc)) from None
        return idnumber
    if t in ("int", "decimal"):
        lo, hi = col.min_value, col.max_value

        def number(v: Any) -> int | Decimal:
            if isinstance(v, bool) or isinstance(v, (dt.date, dt.time, dt.timedelta)):
                raise _Bad(f"“{v}”不是数字")
            try:
                if t == "int":
                    if isinstance(v, float) and not v.is_integer():
                        raise ValueError
                    n: int | Decimal = int(v) if not isinstance(v, str) else int(v.replace(",", ""))
                else:
                    n = Decimal(str(v).replace(",", "")) if not isinstance(v, int) else Decimal(v)
                    if not n.is_finite():
                        raise ValueError
            except (ValueError, InvalidOperation):
                raise _Bad(f"“{v}”不是{'整数' if t == 'int' else '数字'}") from None
            if (lo is not None and n < lo) or (hi is not None and n > hi):
                raise _Bad(f"{n} 超出范围（{lo}～{hi}）")
            return n
        return number
    if t in ("date", "month"):
        month_ok = t == "month"

        def date(v: Any) -> dt.date:
            if month_ok and isinstance(v, float) and round(v * 10) == v * 10 and not v.is_integer():
                # 2016.10 typed into a number cell arrives as 2016.1: January or October cannot be told apart.
                raise _Bad(f"数字单元格“{v}”分不清是1月还是10月，请将此列设为文本格式，或写作 {int(v)}-01 / {int(v)}-10")
            serial = _serial(v)
            if serial is not None:
                day = EXCEL_EPOCH + dt.timedelta(days=serial)
                if note is not None:
                    note(v, day.isoformat())
                return day
            if isinstance(v, float) and not v.is_integer():
                v = f"{v:.2f}"  # 2016.11 from a number cell
            try:
                return parse_date(v, month_ok=month_ok)
            except DateFormatError as exc:
                raise _Bad(str(exc)) from None
        return date
    if t == "bool":
        def yes_no(v: Any) -> bool:
            if v == "是" or v is True:
                return True
            if v == "否" or v is False:
                return False
            raise _Bad(f"“{v}”应为“是”或“否”")
        return yes_no
    table = col.code_table
    assert table is not None
    allowed_list = list(lists.get(table, ()))
    allowed = frozenset(allowed_list)
    short = synonyms.for_table(table, allowed_list, forms or {})

    def code(v: Any) -> str:
        s = str(int(v)) if isinstance(v, float) and v.is_integer() else str(v)
        if s in allowed:
            return s
        full = short.get(s)
        if full is not None:
            if note is not None:
                note(v, full)
            return full
        if table == "unit":
            raise _Bad(f"“{s}”不在单位名录中，请先导入或添加该单位")
        raise _Bad(f"“{s}”不在代码表中（可选：{_shown(allowed_list)}）")
    return code


def convert(kind: Kind, lists: Mapping[str, Sequence[str]], header_map: Mapping[str, int],
            data: Sequence[Sequence[Any]], err: Callable[[int, str, str], None],
            forms: Mapping[str, Mapping[str, str]] | None = None,
            mapped: list[synonyms.Mapped] | None = None) -> Columns:
    """Typed values column by column; None for an empty cell or an absent column.

    Each distinct raw value of a column is converted once (codes, dates and flags repeat a lot), then
    mapped back onto the rows. 1, 1.0 and TRUE are one key to Python; they stand for the same number."""
    n = len(data)
    width = max(header_map.values(), default=-1) + 1
    if n and min(map(len, data)) < width:  # calamine gives even rows; pad any short one anyway
        data = [r if len(r) >= width else [*r, *[""] * (width - len(r))] for r in data]
    raw_cols = list(zip(*data)) if n else []
    cols: Columns = {}
    for col in kind.columns:
        j = header_map.get(col.name)
        if j is None or not n:
            cols[col.field] = [None] * n
            continue
        raw = raw_cols[j]
        if col.type in ("text", "idnumber"):
            try:
                stripped = list(map(str.strip, raw))  # text cells: mostly distinct values, no memo
            except TypeError:
                pass  # a number or date among them: the general way below
            else:
                cols[col.field] = _text_column(col, stripped, err)
                continue
        subs: dict[Any, str] = {}
        conv = _converter(col, lists, forms, subs.__setitem__)
        done: dict[Any, Any] = {}
        bad: dict[Any, str] = {}
        for v in set(raw):
            v_in = v.strip() if v.__class__ is str else v
            if v_in is None or v_in == "":
                done[v] = None
                if col.required:
                    bad[v] = "必填"
                continue
            try:
                done[v] = conv(v_in)
            except _Bad as exc:
                done[v] = None
                bad[v] = str(exc)
        if all(k is v for k, v in done.items()):
            cols[col.field] = raw  # every value already in its final form (codes, 是/否 as typed)
        else:
            cols[col.field] = list(map(done.__getitem__, raw))
        if bad:
            name = col.name
            for i, v in enumerate(raw):
                if v in bad:
                    err(i, name, bad[v])
        if subs and mapped is not None:
            counts = Counter(v.strip() if v.__class__ is str else v for v in raw)
            mapped.extend(synonyms.Mapped(col.name, _written(v), full, counts[v])
                          for v, full in sorted(subs.items(), key=lambda kv: str(kv[0])))
    return cols


def _written(v: Any) -> str:
    return str(int(v)) if isinstance(v, float) and v.is_integer() else str(v)


def _text_column(col: Column, out: list[Any], err: Callable[[int, str, str], None]) -> list[Any]:
    """A column of stripped text cells: empty → None; too long or (idnumber) invalid → reported."""
    if "" in out:
        for i, x in enumerate(out):
            if x == "":
                out[i] = None
                if col.required:
                    err(i, col.name, "必填")
    values = [x for x in out if x is not None] if None in out else out
    if col.type == "idnumber":
        checked = _quick_id_numbers(out)
        if None in checked:  # invalid or unusual: the rule itself decides and words the message
            for i, x in enumerate(out):
                if x is not None and checked[i] is None:
                    try:
                        checked[i] = parse_id_number(x).number
                    except IdNumberError as exc:
                        err(i, col.name, str(exc))
        return checked
    limit = col.max_len
    if limit is not None and values and max(map(len, values)) > limit:
        for i, x in enumerate(out):
            if x is not None and len(x) > limit:
                err(i, col.name, f"不超过{limit}字（实为{len(x)}字）")
                out[i] = None
    return out


HEADER_SEARCH_ROWS = 10  # a title line or blank lines above the column names are allowed


def _clean_header(cell: Any) -> str:
    return ("" if cell is None else str(cell)).strip().rstrip("*＊").strip()


def _header_row(kind: Kind, rows: Sequence[Sequence[Any]]) -> int:
    """Index of the row holding the column names: the first of the top rows naming a column of the kind
    (rows above it, such as a title line, are not data); else the first row that is not empty."""
    known = {c.name for c in kind.columns}
    for h, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if any(_clean_header(c) in known for c in row):
            return h
    return next((h for h, row in enumerate(rows) if not _is_empty(row)), 0)


def header_cells(kind: Kind, rows: Sequence[Sequence[Any]]) -> tuple[int, list[Any]]:
    """(index of the last header row, the column names). A two-row header — a band such as “任职信息”
    over 单位/职务 in the second row, 姓名 merged down both rows (Excel keeps it in the first) — gives
    one name per column: the second row's where it names a column, else the first row's."""
    h = _header_row(kind, rows)
    upper = list(rows[h]) if rows else []
    if h + 1 >= len(rows):
        return h, upper
    known = {c.name for c in kind.columns}
    lower = rows[h + 1]
    below = [j for j, c in enumerate(lower) if _clean_header(c) in known]
    if not below or any(j < len(upper) and _clean_header(upper[j]) in known for j in below):
        return h, upper  # the next row is data (or repeats the names): one header row
    width = max(len(upper), len(lower))
    merged = [lower[j] if j < len(lower) and _clean_header(lower[j]) else (upper[j] if j < len(upper) else "")
              for j in range(width)]
    return h + 1, merged


def _header(kind: Kind, rows: Sequence[Sequence[Any]], h: int,
            errors: list[tuple[int, int, str, str]], header: Sequence[Any] | None = None) -> dict[str, int]:
    """Column name → index. Required columns missing, unknown, duplicate or unnamed columns are errors."""
    known = {c.name for c in kind.columns}
    if header is None:
        header = rows[h] if rows else []
    line = h + 1
    found: dict[str, int] = {}
    for j, cell in enumerate(header):
        text = _clean_header(cell)
        if not text:
            if any(j < len(r) and r[j] not in ("", None) for r in rows[h + 1:]):
                errors.append((line, j, f"第{j + 1}列", "列名为空，但该列有数据：请填写列名或删除该列"))
            continue
        if text in found:
            errors.append((line, j, text, f"列名重复（第{found[text] + 1}列和第{j + 1}列）"))
        elif text not in known:
            shown = text if len(text) <= 40 else text[:40] + "…"  # a 1 MB header must not fill the message
            errors.append((line, j, shown, f"不是“{kind.title}”的列，不会导入。请改正列名或删除该列"
                                          f"（可用的列：{'、'.join(c.name for c in kind.columns)}）"))
        else:
            found[text] = j
    for k, col in enumerate(kind.columns):
        if col.required and col.name not in found:
            errors.append((line, MISSING_COLUMN + k, col.name, "缺少必填列"))
    return found


def _matching(kind: Kind, rows: Sequence[Sequence[Any]]) -> tuple[int, bool]:
    """(how many of the sheet's column names are columns of the kind, whether all its required ones are)."""
    _h, names = header_cells(kind, rows)
    present = {_clean_header(c) for c in names} - {""}
    cols = {c.name for c in kind.columns}
    return len(present & cols), all(c.name in present for c in kind.columns if c.required)


def guess_kind(kind: Kind, rows: Sequence[Sequence[Any]]) -> Kind | None:
    """The kind the sheet is a template of when that is not `kind`: every required column there and more of
    its columns matched than `kind` has. None when `kind` fits best or nothing fits."""
    from zydesk.excel.kinds import REGISTRY

    own, _ok = _matching(kind, rows)
    best: Kind | None = None
    best_score = own
    for other in REGISTRY.values():
        if other.name == kind.name:
            continue
        score, complete = _matching(other, rows)
        if complete and score > best_score:
            best, best_score = other, score
    return best


MISSING_COLUMN = 10_000  # sort key offset: "缺少必填列" after the problems of the columns that are there


def _is_empty(row: Sequence[Any]) -> bool:
    for c in row:  # a real row returns at its first cell
        if c is None or c == "" or (c.__class__ is str and not c.strip()):
            continue
        return False
    return True


def import_file(db: Database, kind: str, path: str | Path, *, dry_run: bool = False,
                state: TaskState | None = None) -> ImportReport:
    """Import an xlsx of the given kind. Raises UserError (file refused) or ValidationError (every
    problem as 第N行 «列名»: 说明); in both cases nothing is written. dry_run: check and count only."""
    db.require(Permission.ENTER)
    # Millions of short-lived cells and tuples, none of them in reference cycles: the cyclic garbage
    # collector would only rescan them over and over (it doubled the time of a 50,000-row import).
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _import(db, kind, path, dry_run, state)
    finally:
        if was_enabled:
            gc.enable()


@retried  # a deadlock with another clerk's write: the whole import runs again
def _import(db: Database, kind: str, path: str | Path, dry_run: bool, state: TaskState | None) -> ImportReport:
    spec = get_kind(kind)
    state = state or TaskState()
    steps = 4
    state.progress(0, steps, "正在检查文件…")
    info = reader.check_file(path)
    state.check()
    state.progress(1, steps, "正在读取文件…")
    rows = reader.read_rows(info)
    state.check()
    state.progress(2, steps, f"正在校验 {max(len(rows) - 1, 0)} 行…")

    errors: list[tuple[int, int, str, str]] = []  # (row, column order, header, message)
    h, names = header_cells(spec, rows)
    header_map = _header(spec, rows, h, errors, names)
    # Only a row whose first cell is blank can be empty: look closer at those alone.
    body = rows[h + 1:]
    blank_first = [k for k, row in enumerate(body)
                   if not row or row[0] is None or (row[0].__class__ is str and (not row[0] or row[0].isspace()))]
    empty = {k for k in blank_first if _is_empty(body[k])}
    data: Sequence[Sequence[Any]] = [row for k, row in enumerate(body) if k not in empty] if empty else body
    rownums = [h + 2 + k for k in range(len(body)) if k not in empty] if empty else list(range(h + 2, h + 2 + len(body)))
    order = {c.name: k for k, c in enumerate(spec.columns)}

    def err(i: int, header: str, message: str) -> None:
        errors.append((rownums[i], order.get(header, 999), header, message))

    with db.uow(f"导入{spec.title}", Permission.ENTER) as uow:
        if not dry_run:
            uow.lock(locks.IMPORT, spec.name)  # a second import of this kind waits, then checks against the first
        s = uow.session
        lists = code_lists(s, spec)
        mapped: list[synonyms.Mapped] = []
        cols = convert(spec, lists, header_map, data, err, synonyms.load(s), mapped)
        state.check()
        sheet = Sheet(cols, frozenset(c.field for c in spec.columns if c.name in header_map), rownums)
        changes = spec.check(s, sheet, err) if not any(e[1] >= MISSING_COLUMN for e in errors) \
            else Changes()
        if errors:
            other = guess_kind(spec, rows) if any(e[0] == h + 1 for e in errors) else None
            hint = [FieldError("文件", f"这张表的列与“{other.title}”相符，不像“{spec.title}”：请改用“导入{other.title}”"
                                      f"（命令行：zydesk import {other.name} 文件）")] if other else []
            raise ValidationError(hint + _field_errors(errors))
        if not data:
            raise ValidationError([FieldError("文件", f"没有数据行（第{h + 1}行为列名，数据从第{h + 2}行开始）")])
        report = ImportReport(kind=spec.name, title=spec.title, file=info.path.name, sha256=info.sha256,
                              rows=len(data), created=changes.created, updated=changes.updated,
                              unchanged=changes.unchanged, dry_run=dry_run, notes=list(changes.notes),
                              mapped=[str(m) for m in mapped])
        state.check()
        if dry_run or not (changes.created or changes.updated):
            return report  # leaving without commit: nothing written (a re-import writes not even an audit entry)
        state.progress(3, steps, "正在写入数据库…")
        try:
            spec.write(uow, changes)
            _audit(uow, spec, report, changes)
            state.check()  # last chance to cancel: after this the import is done
            uow.commit()
        except OperationalError as exc:  # e.g. another program writing the same file at this moment
            raise UserError(f"写入数据库失败，未写入任何数据（{exc.orig}）。请稍后重新导入。") from exc
    state.progress(steps, steps, "完成")
    return report


def _audit(uow: Any, spec: Kind, report: ImportReport, changes: Changes) -> None:
    uow.audit("Excel导入", spec.name, None, {
        "种类": spec.title, "文件": report.file, "sha256": report.sha256, "行数": report.rows,
        "新增": report.created, "更新": report.updated, "无变化": report.unchanged, "说明": report.notes,
    })
    if changes.updates:  # one entry per updated record, written in bulk like the records themselves
        now = dt.datetime.now()
        insert_entries(uow.session, (
            {"at": now, "user": uow.user, "action": uow.action, "object_type": otype, "object_id": oid,
             "before": before, "after": after}
            for otype, oid, before, after in changes.updates
        ))


def _field_errors(errors: list[tuple[int, int, str, str]]) -> list[FieldError]:
    errors.sort(key=lambda e: (e[0], e[1]))
    shown = [FieldError(header, message, row) for row, _k, header, message in errors[:MAX_REPORTED]]
    if len(errors) > MAX_REPORTED:
        shown.append(FieldError("文件", f"另有 {len(errors) - MAX_REPORTED} 处问题未逐一列出（共 {len(errors)} 处），"
                                        "请先改正以上问题后再试"))
    return shown
