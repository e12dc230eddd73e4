"""关心关爱 (《鼓励激励实施办法》第二十五条至第二十九条): the registers' records (add, change, delete, list)
and the yearly coverage — who had no 谈心谈话, no 体检, no 培训, whose leave or 调休 is owed, each unit's share.

Forms send the texts the clerk typed, keyed by the field's Chinese label; records are parsed and checked
against the register's description in core.incentives.care, so the form, the Excel kind and this module
agree. Every write is an audited unit of work (ORM: before/after recorded automatically)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from zydesk.core.citation import Citation
from zydesk.core.dates import DateFormatError, parse_date
from zydesk.core.idnumber import mask
from zydesk.core.incentives import care as core
from zydesk.core.incentives.care import ID_LABEL, REGISTER, Field, Register
from zydesk.core.security.roles import Permission
from zydesk.errors import FieldError, UserError, ValidationError
from zydesk.services.conflicts import check_version, stale_as_conflict
from zydesk.services.handle import Database
from zydesk.storage.base import Base
from zydesk.storage.models import Cadre, Post, Unit
from zydesk.storage.models_care import Exchange, Exemplar, HealthCheck, Leave, Talk, Training
from zydesk.storage.uow import retried

MODELS: dict[str, type[Base]] = {"training": Training, "exchanges": Exchange, "exemplars": Exemplar,
                                 "leave": Leave, "talks": Talk, "health-checks": HealthCheck}
YES, NO = "是", "否"


def register(key: str) -> Register:
    try:
        return REGISTER[key]
    except KeyError:
        raise UserError(f"没有“{key}”这一登记簿") from None


# ---- values ---------------------------------------------------------------------------------------------

def parse_field(f: Field, text: str) -> Any:
    """A typed value from what the clerk typed; ValueError with the Chinese reason."""
    text = text.strip()
    if not text:
        return None
    if f.type == "date":
        try:
            return parse_date(text)
        except DateFormatError as exc:
            raise ValueError(str(exc)) from None
    if f.type == "int":
        if not text.isdigit():
            raise ValueError(f"“{text}”不是整数")
        return int(text)
    if f.type == "decimal":
        try:
            return Decimal(text)
        except InvalidOperation:
            raise ValueError(f"“{text}”不是数字") from None
    if f.type == "bool":
        if text not in (YES, NO):
            raise ValueError("应为 是 或 否")
        return text == YES
    return text


def show_field(f: Field, value: Any) -> str:
    """The text a form shows for a stored value (the inverse of parse_field)."""
    if value is None:
        return ""
    if f.type == "bool":
        return YES if value else NO
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return str(value)


def defaults(reg: Register) -> dict[str, Any]:
    """What an empty optional field is stored as."""
    out: dict[str, Any] = {}
    for f in reg.fields:
        out[f.name] = {"text": "", "choice": "", "decimal": Decimal(0), "bool": True}.get(f.type)
    return out


def _typed(reg: Register, texts: Mapping[str, str]) -> tuple[dict[str, Any], list[FieldError]]:
    values: dict[str, Any] = {}
    errors: list[FieldError] = []
    for f in reg.fields:
        try:
            values[f.name] = parse_field(f, texts.get(f.label, ""))
        except ValueError as exc:
            errors.append(FieldError(f.label, str(exc)))
    bad = {e.field for e in errors}
    errors += [FieldError(label, msg) for label, msg in core.check_values(reg, values) if label not in bad]
    return values, errors


def _cadre(session: Session, text: str) -> int:
    from zydesk.core.idnumber import IdNumberError, parse_id_number

    number = text.strip().upper()
    if not number:
        raise ValidationError([FieldError(ID_LABEL, "必须填写")])
    try:
        parse_id_number(number)
    except IdNumberError as exc:
        raise ValidationError([FieldError(ID_LABEL, str(exc))]) from None
    cid = session.scalar(select(Cadre.id).where(Cadre.id_number == number))
    if cid is None:
        raise ValidationError([FieldError(ID_LABEL, "没有该公民身份号码的干部，请先录入干部信息")])
    return cid


# ---- writes ---------------------------------------------------------------------------------------------

@retried  # a deadlock with another clerk's write: run again
def save_record(db: Database, key: str, texts: Mapping[str, str], record_id: int | None = None,
                version: int | None = None) -> int:
    """Add a record (texts carry 公民身份号码) or change one (record_id; the cadre stays). All fields are
    checked first; a record with the same natural key as another is refused. Returns the record's id.
    `version`: the record's version as the form read it (RecordRow.version): a save over someone else's newer
    change is refused with who and when (EditConflict)."""
    with stale_as_conflict(db, MODELS[key].__name__ if key in MODELS else "", record_id):
        return _save_record(db, key, texts, record_id, version)


def _save_record(db: Database, key: str, texts: Mapping[str, str], record_id: int | None,
                 version: int | None) -> int:
    db.require(Permission.ENTER)  # before the input is looked at: a refusal comes first
    reg = register(key)
    model: Any = MODELS[key]
    values, errors = _typed(reg, texts)
    if errors:
        raise ValidationError(errors)
    stored = {k: (defaults(reg)[k] if v is None else v) for k, v in values.items()}
    action = f"{'修改' if record_id else '登记'}{reg.title}"
    with db.uow(action, Permission.ENTER) as uow:
        s = uow.session
        if record_id is None:
            row: Any = model(cadre_id=_cadre(s, texts.get(ID_LABEL, "")))
        else:
            row = s.get(model, record_id)
            if row is None:
                raise UserError(f"该{reg.title}记录已不存在")
            check_version(s, row, version, record_id)
        same = select(model.id).where(
            model.cadre_id == row.cadre_id,
            *(getattr(model, k) == stored[k] for k in reg.natural_key))
        other = s.scalar(same)
        if other is not None and other != record_id:
            raise ValidationError([FieldError(reg.label_of_key, "该干部已有相同的记录")])
        for k, v in stored.items():
            setattr(row, k, v)
        s.add(row)
        uow.commit()
        return int(row.id)


def delete_record(db: Database, key: str, record_id: int) -> None:
    db.require(Permission.ENTER)  # before the input is looked at: a refusal comes first
    reg = register(key)
    with db.uow(f"删除{reg.title}", Permission.ENTER) as uow:
        row = uow.session.get(MODELS[key], record_id)
        if row is None:
            raise UserError(f"该{reg.title}记录已不存在")
        uow.session.delete(row)
        uow.commit()


# ---- reads ----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class RecordRow:
    id: int
    cadre_id: int
    name: str
    id_masked: str
    unit: str
    values: dict[str, Any]  # field name → stored value
    texts: dict[str, str]  # field label → text for the form
    version: int = 1  # as read: the form passes it back, so a save over a newer change is refused


def _year_of(reg: Register, values: Mapping[str, Any]) -> int | None:
    v = values.get(reg.year_field)
    return v.year if isinstance(v, dt.date) else v if isinstance(v, int) else None


def current_units(session: Session, on: dt.date) -> dict[int, str]:
    """cadre id → the unit of the post held on `on` (a principal or leadership post first)."""
    q = (select(Post.cadre_id, Unit.name).join(Unit, Unit.id == Post.unit_id)
         .where((Post.start_date.is_(None)) | (Post.start_date <= on),
                (Post.end_date.is_(None)) | (Post.end_date >= on))
         .order_by(Post.cadre_id, Post.is_principal.desc(), Post.is_leadership.desc(), Post.id))
    out: dict[int, str] = {}
    for cid, unit in session.execute(q):
        out.setdefault(cid, unit)
    return out


def list_records(session: Session, key: str, year: int | None = None) -> list[RecordRow]:
    """A register's records (of a year: the year of its date field), newest first; ID numbers masked."""
    reg = register(key)
    model: Any = MODELS[key]
    units = current_units(session, dt.date.today())
    q = select(model, Cadre.name, Cadre.id_number).join(Cadre, Cadre.id == model.cadre_id)
    rows = []
    for rec, name, idn in session.execute(q.order_by(getattr(model, reg.year_field).desc(), model.id.desc())):
        values = {f.name: getattr(rec, f.name) for f in reg.fields}
        if year is not None and _year_of(reg, values) != year:
            continue
        rows.append(RecordRow(rec.id, rec.cadre_id, name, mask(idn), units.get(rec.cadre_id, ""), values,
                              {f.label: show_field(f, values[f.name]) for f in reg.fields}, rec.version))
    return rows


def people(session: Session, year: int) -> list[core.Person]:
    """The cadres in service (在职), with the unit of their post at the year's end (or today, if earlier)."""
    on = min(dt.date(year, 12, 31), max(dt.date.today(), dt.date(year, 1, 1)))
    units = current_units(session, on)
    order = {name: i for i, name in enumerate(session.scalars(select(Unit.name).order_by(Unit.sort_order, Unit.id)))}
    found = [core.Person(cid, name, units.get(cid))
             for cid, name in session.execute(select(Cadre.id, Cadre.name).where(Cadre.status == "在职"))]
    return sorted(found, key=lambda p: (order.get(p.unit or "", len(order)), p.cadre_id))


@dataclass(frozen=True)
class CoverageReport:
    year: int
    people: list[core.Person]
    coverages: list[core.Coverage]  # 谈心谈话, 体检, 培训
    units: list[core.UnitCoverage]
    leave: list[core.LeaveBalance]  # leave not taken or 调休 owed
    id_numbers: dict[int, str]  # cadre id → masked ID number

    def person(self, cadre_id: int) -> core.Person:
        return next(p for p in self.people if p.cadre_id == cadre_id)


def _dates(session: Session, model: Any, column: Any, year: int) -> list[tuple[int, dt.date]]:
    lo, hi = dt.date(year, 1, 1), dt.date(year, 12, 31)
    return [(cid, day) for cid, day in session.execute(select(model.cadre_id, column).where(column >= lo, column <= hi))]


def coverage(session: Session, year: int) -> CoverageReport:
    """The year's 关心关爱 coverage (第二十五、二十八、二十九条)."""
    who = people(session, year)
    talks = core.a29_talk_coverage(who, _dates(session, Talk, Talk.date, year), year)
    checks = core.a29_health_check_coverage(who, _dates(session, HealthCheck, HealthCheck.date, year), year)
    trained = core.a25_training_coverage(who, _dates(session, Training, Training.start_date, year), year)
    covs = [talks, checks, trained]
    in_scope = {p.cadre_id for p in who}
    balances = [core.LeaveBalance(r.cadre_id, r.entitled, r.taken, r.overtime, r.compensated)
                for r in session.scalars(select(Leave).where(Leave.year == year).order_by(Leave.id))
                if r.cadre_id in in_scope]
    ids = {cid: mask(idn) for cid, idn in session.execute(select(Cadre.id, Cadre.id_number))
           if cid in in_scope}
    return CoverageReport(year, who, covs, core.by_unit(who, covs), core.a28_leave_owed(balances), ids)


def _days(d: Decimal) -> str:
    return format(d.normalize(), "f")


def coverage_json(session: Session, year: int) -> dict[str, Any]:
    """`zydesk coverage --year Y --json`: each duty's missing cadres, leave owed, the per-unit percentages;
    every line carries cadre_id and its article (doc/article/item)."""
    rep = coverage(session, year)

    def who(cid: int, citation: Citation) -> dict[str, Any]:
        p = rep.person(cid)
        return {"cadre_id": cid, "name": p.name, "id_number": rep.id_numbers.get(cid), "unit": p.unit,
                **citation.as_json()}

    return {
        "year": year, "people": len(rep.people),
        "duties": [{"what": c.what, "covered": len(c.covered), "total": c.total, "percent": str(c.percent),
                    **c.citation.as_json(), "missing": [who(cid, c.citation) for cid in c.missing]}
                   for c in rep.coverages],
        "leave": [{**who(b.cadre_id, b.citation), "entitled": _days(b.entitled), "taken": _days(b.taken),
                   "leave_not_taken": _days(b.leave_not_taken), "overtime": _days(b.overtime),
                   "compensated": _days(b.compensated), "rest_owed": _days(b.rest_owed)} for b in rep.leave],
        "units": [{"unit": u.unit, "total": u.total,
                   **{c.what: {"covered": u.counts.get(c.what, 0), "percent": str(u.percent(c.what)),
                               **c.citation.as_json()} for c in rep.coverages}} for u in rep.units],
    }


def startup_reminders(session: Session, today: dt.date | None = None) -> list[str]:
    """From October on: how many cadres still have no 谈心谈话, 体检 or 培训 this year."""
    today = today or dt.date.today()
    if today.month < core.LAST_QUARTER_MONTH:
        return []
    rep = coverage(session, today.year)
    return core.due_reminder(today, {c.what: len(c.missing) for c in rep.coverages})


def register_titles() -> list[tuple[str, str, Citation]]:
    """(key, title, article) of each register, in the order of the articles."""
    return [(r.key, r.title, r.citation) for r in core.REGISTERS]


def years(session: Session) -> list[int]:
    """Years any register has a record for, newest first, with this year."""
    found = {dt.date.today().year}
    for key, model in MODELS.items():
        col = getattr(model, REGISTER[key].year_field)
        for v in session.scalars(select(col).distinct()):
            found.add(v.year if isinstance(v, dt.date) else int(v))
    return sorted(found, reverse=True)

