"""Bringing 干部任免审批表 files in: each file becomes a cadre — matched by 身份证号, else by name and birth
month (the clerk confirms such a match), else a new cadre — with a preview of what changes (new cadre,
changed fields, new current post). The import is all or nothing: one bad file refuses the whole batch.
It writes with Core statements (a thousand forms in a few seconds) and audits like the Excel imports: one
summary entry naming every file and its SHA-256, plus before/after for every cadre it changed. The file's
text (photo included) is kept in `renmian_form`, so an export gives back what the program does not model."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import CursorResult, Insert, delete, insert, select, update
from sqlalchemy.orm import Session

from zydesk.core.idnumber import IdNumberError, mask, parse_id_number
from zydesk.core.master import CadreData, validate_cadre
from zydesk.core.security.roles import Permission
from zydesk.core.task_state import TaskState
from zydesk.errors import UserError
from zydesk.lrmx import reader
from zydesk.lrmx.errors import LrmxError
from zydesk.lrmx.model import RenmianForm
from zydesk.services.codes import load_codes
from zydesk.services.lrmx.fill import month
from zydesk.services.lrmx.sources import Source
from zydesk.storage.audit import insert_entries
from zydesk.storage.models import Cadre, Post, Unit
from zydesk.storage.models_lrmx import RenmianFormRecord
from zydesk.storage.uow import Database, UnitOfWork

ACTION = "导入任免审批表"
NEW, BY_ID, BY_NAME = "新建干部", "按身份证号对应", "按姓名和出生年月对应"
# the cadre's columns an import may set, with the Chinese name the preview shows
FIELDS: dict[str, str] = {
    "name": "姓名", "ethnicity": "民族", "native_place": "籍贯", "political_status": "政治面貌",
    "party_date": "入党时间", "work_start": "参加工作时间", "education": "学历", "health": "健康状况",
}
_EDUCATION = (("研究生", "研究生"), ("博士", "研究生"), ("硕士", "研究生"), ("大学", "大学"), ("本科", "大学"),
              ("大专", "大专"), ("专科", "大专"), ("中专", "中专"), ("中师", "中专"), ("高中", "高中"),
              ("初中", "初中及以下"), ("小学", "初中及以下"))
_MONTH = re.compile(r"(\d{4})\.?(\d{2})")


class ImportRefused(UserError):
    """Some file cannot be imported; nothing was written. `problems` lists them."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        shown = problems[:20] + ([f"……另有 {len(problems) - 20} 处"] if len(problems) > 20 else [])
        super().__init__("任免审批表未导入，未做任何修改：\n" + "\n".join(shown))


class NameMatchNeeded(UserError):
    """A file without a matching 身份证号 matches a cadre by name and birth month only; the clerk must confirm
    (the CLI's --accept-name-match, the window's preview)."""

    def __init__(self, items: list[ImportItem]) -> None:
        self.items = items
        lines = [f"{i.file}：{i.name} → {'、'.join(c.label for c in i.candidates)}" for i in items]
        super().__init__("以下文件只能按姓名和出生年月对应到已有干部，请核对后确认（命令行加 --accept-name-match）："
                         "\n" + "\n".join(lines))


@dataclass(frozen=True)
class Candidate:
    cadre_id: int
    name: str
    id_number: str
    post: str

    @property
    def label(self) -> str:
        return f"{self.name}（{mask(self.id_number)}，{self.post or '无现职'}）"

    def as_json(self) -> dict[str, Any]:
        return {"cadre_id": self.cadre_id, "name": self.name, "id_number": mask(self.id_number), "post": self.post}


@dataclass(frozen=True)
class FieldChange:
    field: str   # Chinese name
    before: str
    after: str


@dataclass(frozen=True)
class NewPost:
    unit_id: int
    unit: str
    title: str
    level: str
    start: dt.date | None

    @property
    def label(self) -> str:
        since = f"，{self.start:%Y.%m}起" if self.start else ""
        return f"{self.unit}{self.title}（{self.level}{since}）"


@dataclass
class ImportItem:
    """What one file does."""

    file: str
    sha256: str
    name: str
    id_number: str
    match: str                              # NEW / BY_ID / BY_NAME
    cadre_id: int | None = None
    candidates: list[Candidate] = field(default_factory=list)
    changes: list[FieldChange] = field(default_factory=list)
    new_post: NewPost | None = None
    warnings: list[str] = field(default_factory=list)
    values: dict[str, Any] = field(default_factory=dict)  # the cadre columns to write
    xml: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.file, "name": self.name, "id_number": mask(self.id_number), "match": self.match,
            "cadre_id": self.cadre_id, "candidates": [c.as_json() for c in self.candidates],
            "changes": [{"field": c.field, "before": c.before, "after": c.after} for c in self.changes],
            "new_post": self.new_post.label if self.new_post else None, "warnings": self.warnings,
        }


@dataclass
class ImportPlan:
    items: list[ImportItem] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # "file：reason" — any one refuses the import

    @property
    def name_matches(self) -> list[ImportItem]:
        return [i for i in self.items if i.match == BY_NAME]

    def counts(self) -> dict[str, int]:
        return {
            "files": len(self.items), "created": sum(i.match == NEW for i in self.items),
            "matched": sum(i.match != NEW for i in self.items),
            "changed": sum(bool(i.match != NEW and (i.changes or i.new_post)) for i in self.items),
            "new_posts": sum(i.new_post is not None for i in self.items),
        }

    def as_json(self) -> dict[str, Any]:
        return {**self.counts(), "problems": self.problems, "items": [i.as_json() for i in self.items]}


def _first_of_month(text: str) -> dt.date | None:
    m = _MONTH.match(text.strip())
    return dt.date(int(m.group(1)), int(m.group(2)), 1) if m else None


def _education(form: RenmianForm, allowed: list[str]) -> str | None:
    for text in (form.zai_zhi_xue_li, form.quan_ri_zhi_xue_li):
        for key, label in _EDUCATION:
            if key in text and label in allowed:
                best = label
                break
        else:
            continue
        return best
    return None


def _ethnicity(text: str, allowed: list[str]) -> str | None:
    text = text.strip()
    for value in (text, text + "族"):
        if value and value in allowed:
            return value
    return None


def cadre_values(form: RenmianForm, codes: dict[str, list[str]]) -> tuple[dict[str, Any], list[str]]:
    """The cadre columns the form gives (absent or unusable values left out) and warnings about them."""
    warnings: list[str] = []
    values: dict[str, Any] = {"name": form.xing_ming.strip()}
    ethnicity = _ethnicity(form.min_zu, codes.get("ethnicity", []))
    if ethnicity:
        values["ethnicity"] = ethnicity
    elif form.min_zu.strip():
        warnings.append(f"民族“{form.min_zu}”不在代码表中，未导入")
    if form.ji_guan.strip():
        values["native_place"] = form.ji_guan.strip()[:60]
    party = _first_of_month(form.ru_dang_shi_jian)
    if party is not None:
        values["party_date"] = party
        values["political_status"] = "中共党员"
    work = _first_of_month(form.can_jia_gong_zuo_shi_jian)
    if work is not None:
        values["work_start"] = work
    education = _education(form, codes.get("education", []))
    if education:
        values["education"] = education
    health = form.jian_kang_zhuang_kuang.strip()
    if health and health in codes.get("health", []):
        values["health"] = health
    elif health:
        warnings.append(f"健康状况“{health}”不在代码表中，未导入")
    return values, warnings


def _level(title: str) -> str:
    """职务层次 from the title, as a county's posts go (shown in the preview for the clerk to check)."""
    if "副" in title:
        return "副科级"
    if any(word in title for word in ("书记", "长", "主任", "主席", "政委")):
        return "正科级"
    return "科员"


class _Context:
    """What the plan needs from the database, read once for the whole batch."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.codes = load_codes(session)
        self.by_id: dict[str, int] = {}
        self.by_name_birth: dict[tuple[str, str], list[int]] = {}
        self.cadres: dict[int, dict[str, Any]] = {}
        cols = [Cadre.id, Cadre.id_number, Cadre.birth_date, *(getattr(Cadre, f) for f in FIELDS)]
        for row in session.execute(select(*cols).order_by(Cadre.id)):
            data = row._asdict()
            self.cadres[data["id"]] = data
            self.by_id[data["id_number"]] = data["id"]
            self.by_name_birth.setdefault((data["name"], month(data["birth_date"])), []).append(data["id"])
        self.current: dict[int, list[str]] = {}
        for cadre_id, unit, title in session.execute(
                select(Post.cadre_id, Unit.name, Post.title).join(Unit, Unit.id == Post.unit_id)
                .where(Post.end_date.is_(None)).order_by(Post.start_date.asc().nulls_first(), Post.id)):
            self.current.setdefault(cadre_id, []).append(f"{unit}{title}")  # as the form lists them (fill.py)
        self.units: list[tuple[str, int, str]] = []  # (name as written, id, unit name), longest first
        for unit_id, name, short in session.execute(select(Unit.id, Unit.name, Unit.short_name).order_by(Unit.id)):
            self.units.append((name, unit_id, name))
            if short:
                self.units.append((short, unit_id, name))
        self.units.sort(key=lambda u: -len(u[0]))

    def candidate(self, cadre_id: int) -> Candidate:
        data = self.cadres[cadre_id]
        return Candidate(cadre_id, data["name"], data["id_number"], "、".join(self.current.get(cadre_id, [])))

    def new_post(self, form: RenmianForm, cadre_id: int | None) -> NewPost | None:
        text = form.xian_ren_zhi_wu.strip()
        if not text or (cadre_id is not None and text in ("、".join(self.current.get(cadre_id, [])),
                                                         *self.current.get(cadre_id, []))):
            return None
        for written, unit_id, unit in self.units:
            if text.startswith(written) and len(text) > len(written):
                title = text[len(written):][:80]
                start = next((_first_of_month(line.start) for line in reversed(form.resume_lines)
                              if line.start and not line.end), None)
                return NewPost(unit_id, unit, title, _level(title), start)
        return None


def plan_import(session: Session, sources: list[Source], state: TaskState | None = None) -> ImportPlan:
    """What importing `sources` would do (reads only)."""
    state = state or TaskState()
    ctx = _Context(session)
    plan = ImportPlan()
    seen: dict[str, str] = {}
    for number, source in enumerate(sources):
        if number % 20 == 0:
            state.check()
            state.progress(number, len(sources), "核对任免审批表")
        try:
            form = reader.read_bytes(source.data, source.name)
        except LrmxError as exc:
            plan.problems.append(str(exc))
            continue
        item = _plan_one(ctx, source, form, plan.problems)
        if item is None:
            continue
        key = item.id_number or f"#{item.cadre_id}"
        if key in seen:
            plan.problems.append(f"{source.name}：与“{seen[key]}”是同一名干部，请只保留一份")
            continue
        seen[key] = source.name
        plan.items.append(item)
    state.progress(len(sources), len(sources), "核对任免审批表")
    return plan


def _plan_one(ctx: _Context, source: Source, form: RenmianForm, problems: list[str]) -> ImportItem | None:
    name = form.xing_ming.strip()
    if not name:
        problems.append(f"{source.name}：«姓名»（XingMing）为空")
        return None
    raw_id = form.shen_fen_zheng.strip()
    id_number = ""
    if raw_id:
        try:
            id_number = parse_id_number(raw_id).number
        except IdNumberError as exc:
            problems.append(f"{source.name}：«身份证号»（ShenFenZheng）{exc}")
            return None
    values, warnings = cadre_values(form, ctx.codes)
    item = ImportItem(source.name, source.sha256, name, id_number, NEW, warnings=warnings,
                      xml=reader.stored_text(source.data))
    cadre_id = ctx.by_id.get(id_number) if id_number else None
    if cadre_id is not None:
        item.match, item.cadre_id = BY_ID, cadre_id
    elif not id_number:
        found = ctx.by_name_birth.get((name, form.chu_sheng_nian_yue.strip()[:6]), [])
        if not found:
            problems.append(f"{source.name}：没有«身份证号»，也没有姓名和出生年月都相同的干部，无法新建（请填写身份证号）")
            return None
        item.candidates = [ctx.candidate(c) for c in found]
        if len(found) > 1:
            problems.append(f"{source.name}：没有«身份证号»，姓名和出生年月与多名干部相同（"
                            f"{'、'.join(c.label for c in item.candidates)}），请填写身份证号")
            return None
        item.match, item.cadre_id = BY_NAME, found[0]
    if item.cadre_id is None:
        data = CadreData(**{k: values.get(k) for k in FIELDS}, id_number=id_number)  # type: ignore[arg-type]
        result = validate_cadre(data, ctx.codes)
        if not result:
            problems.extend(f"{source.name}：{e}" for e in result.errors)
            return None
        item.values = {**values, "id_number": data.id_number, "gender": data.gender, "birth_date": data.birth_date,
                       "status": "在职"}
        _check_birth(form, data.birth_date, data.gender, item.warnings)
    else:
        old = ctx.cadres[item.cadre_id]
        _check_birth(form, old["birth_date"], None, item.warnings)
        for key, label in FIELDS.items():
            if key in values and values[key] != old[key]:
                item.values[key] = values[key]
                item.changes.append(FieldChange(label, _shown(old[key]), _shown(values[key])))
    item.new_post = ctx.new_post(form, item.cadre_id)
    if item.new_post is None and form.xian_ren_zhi_wu.strip() and item.cadre_id is None:
        item.warnings.append(f"现任职务“{form.xian_ren_zhi_wu}”未能对应到单位名录中的单位，只保存在任免审批表中")
    return item


def _check_birth(form: RenmianForm, birth: dt.date | None, gender: str | None, warnings: list[str]) -> None:
    written = form.chu_sheng_nian_yue.strip()[:6]
    if birth is not None and written and written != month(birth):
        warnings.append(f"出生年月 {written} 与身份证号中的 {month(birth)} 不符，以身份证号为准")
    if gender and form.xing_bie.strip() and form.xing_bie.strip() != gender:
        warnings.append(f"性别“{form.xing_bie}”与身份证号不符，以身份证号为准")


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return f"{value:%Y.%m}"
    return str(value)


def preview_import(db: Database, sources: list[Source], state: TaskState | None = None) -> ImportPlan:
    """试导入: the plan, nothing written."""
    db.require(Permission.ENTER)
    session = db.read()
    try:
        return plan_import(session, sources, state)
    finally:
        session.close()


def import_forms(db: Database, sources: list[Source], *, accept_name_match: bool = False,
                 state: TaskState | None = None) -> ImportPlan:
    """Import all `sources` or nothing (ImportRefused, NameMatchNeeded); the plan that was carried out."""
    db.require(Permission.ENTER)  # before the input is looked at: a refusal comes first
    state = state or TaskState()
    with db.uow(ACTION, Permission.ENTER) as uow:
        plan = plan_import(uow.session, sources, state)
        if plan.problems:
            raise ImportRefused(plan.problems)
        if plan.name_matches and not accept_name_match:
            raise NameMatchNeeded(plan.name_matches)
        state.check()
        _write(uow, plan)
        state.check()
        uow.commit()
    return plan


def _inserted(session: Session, statement: Insert) -> int:
    result = session.execute(statement)
    assert isinstance(result, CursorResult)
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def _write(uow: UnitOfWork, plan: ImportPlan) -> None:
    s = uow.session
    now = dt.datetime.now()
    entries: list[dict[str, Any]] = []

    def entry(object_type: str, object_id: int | None, before: Any, after: Any) -> None:
        entries.append({"at": now, "user": uow.user, "action": ACTION, "object_type": object_type,
                        "object_id": None if object_id is None else str(object_id), "result": "成功",
                        "before": before, "after": after})

    for item in plan.items:
        if item.cadre_id is None:
            item.cadre_id = _inserted(s, insert(Cadre).values(**item.values))
        elif item.values:
            s.execute(update(Cadre).where(Cadre.id == item.cadre_id)
                      .values(**item.values, version=Cadre.version + 1))  # open forms must refresh
            entry("Cadre", item.cadre_id, {c.field: c.before for c in item.changes},
                  {c.field: c.after for c in item.changes})
        if item.new_post is not None:
            post = item.new_post
            # the open posts end where the new one starts; one that started later (or undated) ends today
            today = now.date()
            open_posts = (Post.cadre_id == item.cadre_id, Post.end_date.is_(None))
            ended: list[tuple[int, dt.date]] = []  # each ended post in the trail, as the cadre import records it
            if post.start is not None:
                ended += [(int(pid), post.start) for pid in s.scalars(
                    update(Post).where(*open_posts, Post.start_date <= post.start)
                    .values(end_date=post.start, version=Post.version + 1).returning(Post.id))]
            ended += [(int(pid), today) for pid in s.scalars(
                update(Post).where(*open_posts).values(end_date=today, version=Post.version + 1).returning(Post.id))]
            for pid, end in ended:
                entry("Post", pid, {"end_date": None}, {"end_date": end.isoformat()})
            post_id = _inserted(s, insert(Post).values(
                cadre_id=item.cadre_id, unit_id=post.unit_id, title=post.title, level=post.level,
                is_principal=post.level == "正科级", is_leadership=True, is_frontline=False,
                start_date=post.start, end_date=None))
            entry("Post", int(post_id), None, {"干部": item.cadre_id, "任职": post.label})
    ids = [i.cadre_id for i in plan.items]
    for start in range(0, len(ids), 500):
        s.execute(delete(RenmianFormRecord).where(RenmianFormRecord.cadre_id.in_(ids[start:start + 500])))
    if plan.items:
        s.execute(insert(RenmianFormRecord), [
            {"cadre_id": i.cadre_id, "xml": i.xml, "imported_at": now, "file_name": i.file[-260:]}
            for i in plan.items])
    summary = {**plan.counts(), "files_list": [
        {"file": i.file, "sha256": i.sha256, "cadre_id": i.cadre_id, "match": i.match} for i in plan.items]}
    entries.insert(0, {"at": now, "user": uow.user, "action": ACTION, "object_type": "任免审批表导入",
                       "object_id": None, "result": "成功", "before": None, "after": summary})
    insert_entries(s, entries)
