"""干部信息: cadres matched on 公民身份号码; each row also states the cadre's current post.

A post differing in 工作单位, 现任职务 or 职务层次 from the open one is a change of post: the old one ends
on the new 任现职时间 (or the day of the import) and a new one opens, as services.master.change_post does.
A difference only in the 是否… flags or 任现职时间 corrects the open post in place."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from zydesk.core.idnumber import mask
from zydesk.excel.bulk import BEFORE, insert_columns, key_to_id
from zydesk.excel.records import unit_ids
from zydesk.excel.schema import Changes, Column, ErrorSink, Kind, Sheet, yes_no
from zydesk.storage.audit import plain
from zydesk.storage.base import table_of
from zydesk.storage.models import Cadre, Post, Unit
from zydesk.storage.uow import UnitOfWork

MONTH_HELP = "日期，可只填年月，如 2016.11、201611"
# Cadre attributes given by the file (besides name and id_number), in column order.
OPTIONAL = ("ethnicity", "native_place", "political_status", "party_date", "work_start", "education", "health")
FLAGS = (("is_principal", False), ("is_leadership", True), ("is_frontline", False))


EXISTING_COLUMNS = ("id", "id_number", "name", *OPTIONAL, "status")  # what a re-import compares
POST_COLUMNS = ("cadre_id", "id", "unit_id", "title", "level", "is_principal", "is_leadership", "is_frontline",
                "start_date")
POST_KEYS = ("cadre_id", "unit_id", "title", "level", "is_principal", "is_leadership", "is_frontline", "start_date",
             "end_date")


@dataclass
class _Plan:
    cadre_cols: dict[str, Sequence[Any]] = field(default_factory=dict)  # new cadres, column by column
    cadre_updates: list[dict[str, Any]] = field(default_factory=list)
    # New posts column by column; a new cadre's post carries its 公民身份号码 in cadre_id until written.
    # Lists whenever the file also holds known cadres (their changed posts are appended).
    post_cols: dict[str, Any] = field(default_factory=lambda: {k: [] for k in POST_KEYS})
    post_updates: list[dict[str, Any]] = field(default_factory=list)  # corrections and endings, with "id"


class CadresKind(Kind):
    name = "cadres"
    title = "干部信息"
    columns = (
        Column("姓名", "name", required=True, max_len=40),
        Column("公民身份号码", "id_number", "idnumber", required=True,
               help="18位，末位可为X；据此识别干部，并推出出生日期和性别。请将此列设为文本格式"),
        Column("民族", "ethnicity", "code:ethnicity"),
        Column("籍贯", "native_place", max_len=60),
        Column("政治面貌", "political_status", "code:political_status"),
        Column("入党时间", "party_date", "month", help=MONTH_HELP),
        Column("参加工作时间", "work_start", "month", help=MONTH_HELP),
        Column("学历", "education", "code:education"),
        Column("健康状况", "health", "code:health"),
        Column("工作单位", "unit_name", "code:unit", required=True, help="须为单位名录中已有的单位全称（可先导入单位）"),
        Column("现任职务", "title", required=True, max_len=80),
        Column("职务层次", "level", "code:position_level", required=True),
        Column("是否正职", "is_principal", "bool", help="是 / 否，空白按“否”"),
        Column("是否领导职务", "is_leadership", "bool", help="是 / 否（否：职级），空白按“是”"),
        Column("是否基层一线", "is_frontline", "bool", help="是 / 否，空白按“否”"),
        Column("任现职时间", "start_date", "month", help=MONTH_HELP),
        Column("人员状态", "status", "code:cadre_status", help="在职 / 调出 / 退休 / 去世，空白按“在职”"),
    )
    notes = ("每行一名干部及其现任职务。已有干部按公民身份号码更新；工作单位、现任职务或职务层次与现任职务不同时，"
             "原职务于新的任现职时间（未填则为导入当日）结束，另开新职务；只有是否正职等标志或任现职时间不同时，"
             "更正现任职务。文件中没有的列保留库中原值；有此列而单元格空白，则清空该项（标志和人员状态取默认值）。")

    def check(self, session: Session, sheet: Sheet, err: ErrorSink) -> Changes:
        # Column by column where the rows are independent (a first import of 50,000 cadres must take
        # about a second); row by row only for cadres already in the database.
        today = dt.date.today()
        n = len(sheet)
        v = sheet.values
        present = sheet.present
        units = unit_ids(session)
        idns: Sequence[str | None] = v["id_number"]
        skip: set[int] = set()  # rows not planned: a required cell empty or wrong (already reported) or a repeat
        if None in idns:
            skip.update(i for i, x in enumerate(idns) if x is None)
        distinct = set(idns)
        distinct.discard(None)
        if len(distinct) + len(skip) != n:  # some number appears twice
            first: dict[str, int] = {}
            for i, idn in enumerate(idns):
                if idn is not None and first.setdefault(idn, i) != i:
                    err(i, "公民身份号码", f"与第{sheet.rows[first[idn]]}行重复（{mask(idn)}）")
                    skip.add(i)
        keys = [s[6:14] if s is not None else None for s in idns]
        births_by_key: dict[str | None, dt.date] = {k: dt.date(int(k[:4]), int(k[4:6]), int(k[6:])) for k in set(keys) if k is not None}
        births = list(map(births_by_key.get, keys))
        for fieldname, header in (("party_date", "入党时间"), ("work_start", "参加工作时间")):  # as validate_cadre
            if fieldname not in present:
                continue
            for i, (d, b) in enumerate(zip(v[fieldname], births)):
                if d is not None and b is not None and (d < b or d > today):
                    err(i, header, "早于出生日期" if d < b else "晚于今天")
        for fieldname in ("name", "unit_name", "title", "level"):
            col = v[fieldname]
            if None in col:
                skip.update(i for i, x in enumerate(col) if x is None)  # required: already reported

        def given(fieldname: str, default: Any) -> Sequence[Any]:
            """The column with empty cells as the default; None everywhere when the column is absent."""
            if fieldname not in present:
                return [None] * n
            col = v[fieldname]
            return col if None not in col else [default if x is None else x for x in col]

        status = given("status", "在职")
        flags = {f: given(f, d) for f, d in FLAGS}
        unit_col = list(map(units.get, v["unit_name"]))
        start = v["start_date"]
        existing = {r[1]: r for r in session.connection().execute(
            select(*(getattr(Cadre, c) for c in EXISTING_COLUMNS))).all()}
        if not skip and existing.keys().isdisjoint(distinct):
            new: Sequence[int] = range(n)  # a first import: every row is a new cadre
            old: list[int] = []
        else:
            new = [i for i in range(n) if i not in skip and idns[i] not in existing]
            old = [i for i in range(n) if i not in skip and idns[i] in existing]
        plan = _Plan()
        changes = Changes(plan=plan, created=len(new))

        everyone = len(new) == n

        def pick(col: Sequence[Any], default: Any = None) -> Sequence[Any]:
            if everyone:
                return col if default is None or None not in col else [default if x is None else x for x in col]
            return [default if col[i] is None else col[i] for i in new]

        new_idns = pick(idns)
        plan.cadre_cols = {"name": pick(v["name"]), "id_number": new_idns,
                           "gender": ["男" if s[16] in "13579" else "女" for s in new_idns],
                           "birth_date": pick(births), "status": pick(status, "在职"),
                           **{f: pick(v[f]) for f in OPTIONAL}}
        plan.post_cols = {"cadre_id": new_idns, "unit_id": pick(unit_col), "title": pick(v["title"]),
                          "level": pick(v["level"]), **{f: pick(flags[f], d) for f, d in FLAGS},
                          "start_date": pick(start), "end_date": [None] * len(new)}
        if old:
            self._check_existing(session, sheet, err, old, existing, plan, changes, today, status, flags, unit_col,
                                 units)
        return changes

    def _check_existing(self, session: Session, sheet: Sheet, err: ErrorSink, rows: list[int],
                        existing: dict[str, Any], plan: _Plan, changes: Changes, today: dt.date,
                        status: Sequence[Any], flags: dict[str, Sequence[Any]], unit_col: list[Any],
                        units: dict[str, int]) -> None:
        v = sheet.values
        present = sheet.present
        unit_names = {uid: name for name, uid in units.items()}
        posts = {r.cadre_id: r for r in session.connection().execute(
            select(*(getattr(Post, c) for c in POST_COLUMNS)).where(Post.end_date.is_(None))
            .order_by(Post.start_date.asc().nulls_first(), Post.id)).all()}
        optional = [(f, v[f]) for f in OPTIONAL if f in present]
        flag_cols = [(f, d, flags[f]) for f, d in FLAGS if f in present]
        has_start, has_status = "start_date" in present, "status" in present
        # Fast path for re-imports: compare what the file states with the database as whole tuples (built
        # by itemgetter, no per-field Python), and look closer only at the rows that differ.
        idns = v["id_number"]
        stated = list(zip(idns, v["name"], *(col for _, col in optional), *([status] if has_status else []),
                          unit_col, v["title"], v["level"], *(col for _, _, col in flag_cols),
                          *([v["start_date"]] if has_start else [])))
        cadre_fields = ["id_number", "name", *(f for f, _ in optional), *(["status"] if has_status else [])]
        post_fields = ["unit_id", "title", "level", *(f for f, _, _ in flag_cols),
                       *(["start_date"] if has_start else [])]
        cadre_part = itemgetter(*(EXISTING_COLUMNS.index(f) for f in cadre_fields))
        post_part = itemgetter(*(POST_COLUMNS.index(f) for f in post_fields))
        no_post = (None,) * len(post_fields)
        held = {idn: cadre_part(old) + (post_part(posts[old[0]]) if old[0] in posts else no_post)
                for idn, old in existing.items()}
        same = [i for i in rows if stated[i] == held[idns[i]]]
        changes.unchanged += len(same)
        if len(same) == len(rows):
            return
        same_set = set(same)
        rows = [i for i in rows if i not in same_set]
        moved = 0
        for i in rows:
            old = existing[v["id_number"][i]]
            before: dict[str, Any] = {}
            after: dict[str, Any] = {}
            name = v["name"][i]
            if old.name != name:
                before["name"], after["name"] = old.name, name
            for f, col in optional:
                if getattr(old, f) != col[i]:
                    before[f], after[f] = getattr(old, f), col[i]
            if has_status and old.status != status[i]:
                before["status"], after["status"] = old.status, status[i]
            if after:
                plan.cadre_updates.append({"id": old.id, **after, BEFORE: before})
                changes.updates.append(("Cadre", str(old.id), _plain(before), _plain(after)))
            post_changed = self._plan_post(plan, changes, posts.get(old.id), old.id, i, unit_col[i], v["title"][i],
                                           v["level"][i], [(f, d, col[i]) for f, d, col in flag_cols],
                                           v["start_date"][i] if has_start else ..., today, unit_names, err)
            moved += post_changed == "moved"
            if after or post_changed:
                changes.updated += 1
            else:
                changes.unchanged += 1
        if moved:
            changes.notes.append(f"其中 {moved} 人职务变动：原职务已结束，另开新职务。")

    @staticmethod
    def _plan_post(plan: _Plan, changes: Changes, cur: Any, cadre_id: int, i: int, unit_id: int, title: str,
                   level: str, flags: list[tuple[str, bool, bool | None]], start: Any, today: dt.date,
                   unit_names: dict[int, str], err: ErrorSink) -> str:
        """'' unchanged, 'fixed' corrected in place, 'opened' a first post, 'moved' old post ended, new one opened."""
        new_start = None if start is ... else start
        if cur is None or (cur.unit_id, cur.title, cur.level) != (unit_id, title, level):
            post: dict[str, Any] = {"cadre_id": cadre_id, "unit_id": unit_id, "title": title, "level": level}
            for f, d in FLAGS:
                post[f] = d
            for f, d, given in flags:
                post[f] = d if given is None else given
            post["start_date"], post["end_date"] = new_start, None
            for k in POST_KEYS:
                plan.post_cols[k].append(post[k])
            if cur is None:
                changes.updates.append(("Post", None, None, _plain(post)))
                return "opened"
            if new_start and cur.start_date and new_start < cur.start_date:
                err(i, "任现职时间", f"早于原职务（{unit_names.get(cur.unit_id, '')}{cur.title}）的任职时间 "
                                   f"{cur.start_date.isoformat()}")
            end = new_start or today
            plan.post_updates.append({"id": cur.id, "end_date": end, BEFORE: {"end_date": None}})
            changes.updates.append(("Post", str(cur.id), {"end_date": None}, {"end_date": end.isoformat()}))
            changes.updates.append(("Post", None, None, _plain(post)))
            return "moved"
        before: dict[str, Any] = {}
        after: dict[str, Any] = {}
        for f, d, given in flags:
            value = d if given is None else given
            if getattr(cur, f) != value:
                before[f], after[f] = getattr(cur, f), value
        if start is not ... and cur.start_date != new_start:
            before["start_date"], after["start_date"] = cur.start_date, new_start
        if not after:
            return ""
        plan.post_updates.append({"id": cur.id, **after, BEFORE: before})
        changes.updates.append(("Post", str(cur.id), _plain(before), _plain(after)))
        return "fixed"

    def write(self, uow: UnitOfWork, changes: Changes) -> None:
        from zydesk.excel.bulk import update_versioned

        plan: _Plan = changes.plan
        s = uow.session
        insert_columns(s, table_of(Cadre), plan.cadre_cols)
        if plan.cadre_updates:
            update_versioned(s, table_of(Cadre), plan.cadre_updates)
        if plan.post_updates:
            update_versioned(s, table_of(Post), plan.post_updates)
        owners = plan.post_cols["cadre_id"]
        if any(c.__class__ is str for c in owners):
            ids = key_to_id(s, table_of(Cadre), "id_number")
            only_new = len(owners) == len(plan.cadre_cols["id_number"])  # one post per new cadre, no others
            plan.post_cols["cadre_id"] = list(map(ids.__getitem__, owners)) if only_new else [
                ids[c] if c.__class__ is str else c for c in owners]
        insert_columns(s, table_of(Post), plan.post_cols)

    def export_rows(self, session: Session, year: int | None) -> Iterable[Sequence[Any]]:
        # Plain columns in the order of `columns` (no ORM objects: a city exports 50,000 rows).
        q = (select(Cadre.name, Cadre.id_number, *(getattr(Cadre, f) for f in OPTIONAL), Unit.name, Post.title,
                    Post.level, Post.is_principal, Post.is_leadership, Post.is_frontline, Post.start_date, Cadre.status)
             .outerjoin(Post, (Post.cadre_id == Cadre.id) & Post.end_date.is_(None))
             .outerjoin(Unit, Unit.id == Post.unit_id).order_by(Unit.sort_order, Unit.name, Cadre.id))
        flags = slice(12, 15)
        for row in session.execute(q):
            yield (*row[:12], *(yes_no(f) for f in row[flags]), *row[15:])


def _plain(d: dict[str, Any]) -> dict[str, Any]:
    return {k: plain(v) for k, v in d.items()}


KIND = CadresKind()
