"""Recording the facts 能上能下 reads that no other area keeps: 责任认定, 重点工作全市排名, 扶贫绩效考核,
分管领导, 健康状况, 个人申请. One function = one transaction; bad input raises ValidationError (中文)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from zydesk.core.adjustment import DeterminationKind
from zydesk.core.adjustment.determinations import ITEMS, KINDS
from zydesk.core.citation import Doc
from zydesk.core.security.roles import Permission
from zydesk.errors import FieldError, ValidationError
from zydesk.storage import models_adjustment as M
from zydesk.storage.models import Cadre, Unit
from zydesk.storage.uow import Database

ROLES = ("主要负责人", "分管领导", "相关责任人")
POVERTY_KINDS = ("镇扶贫绩效考核", "帮扶单位包村考核")
POVERTY_GRADES = ("好", "较好", "一般", "较差")
REQUESTS = ("转任非领导职务", "降低职务")


@dataclass
class DeterminationData:
    date: dt.date
    unit_id: int | None
    article: int
    item: int | None
    responsible: Sequence[tuple[int, str]]  # (cadre_id, role)
    description: str = ""
    source: str = ""
    kind: str = DeterminationKind.DETERMINED
    tolerance_case: str | None = None
    fraud: bool = False
    fraud_note: str | None = None


def check_determination(data: DeterminationData) -> list[FieldError]:
    """The validation shared by the entry form and the `incidents` import."""
    errs = []
    if (data.article, data.item) not in ITEMS:
        errs.append(FieldError("条款", f"{Doc.ADJUSTMENT.cite(data.article, data.item)}不是可登记责任认定的条款"
                                       "（第十条至第十五条第（一）（二）项、第十七条）"))
    if data.kind not in KINDS:
        errs.append(FieldError("认定类型", f"应为 {'、'.join(KINDS)} 之一"))
    if not data.responsible:
        errs.append(FieldError("责任人", "至少填写一名被认定责任的干部"))
    for _, role in data.responsible:
        if role not in ROLES:
            errs.append(FieldError("责任类型", f"“{role}”应为 {'、'.join(ROLES)} 之一"))
    if not data.source.strip():
        errs.append(FieldError("认定文件", "必须填写责任认定依据的文件（第十六条：由有关部门提出责任认定意见）"))
    return errs


def add_determination(db: Database, data: DeterminationData) -> int:
    with db.uow("登记责任认定", Permission.ENTER) as uow:
        s = uow.session
        errs = check_determination(data)
        ids = [c for c, _ in data.responsible]
        known = set(s.scalars(select(Cadre.id).where(Cadre.id.in_(ids))))
        errs += [FieldError("责任人", f"干部（编号 {c}）不存在") for c in ids if c not in known]
        if data.unit_id is not None and s.get(Unit, data.unit_id) is None:
            errs.append(FieldError("单位", f"单位（编号 {data.unit_id}）不存在"))
        if errs:
            raise ValidationError(errs)
        row = M.Determination(date=data.date, unit_id=data.unit_id, article=data.article, item=data.item,
                              kind=data.kind, description=data.description.strip(), source=data.source.strip(),
                              tolerance_case=(data.tolerance_case or "").strip() or None, fraud=data.fraud,
                              fraud_note=data.fraud_note)
        row.responsible = [M.DeterminationCadre(cadre_id=c, role=r) for c, r in data.responsible]
        s.add(row)
        uow.commit()
        return row.id


def save_key_task_rank(db: Database, year: int, task: str, unit_id: int, city_rank: int, city_count: int,
                       leader_id: int | None = None) -> int:
    db.require(Permission.ENTER)
    if not 1 <= city_rank <= city_count:
        raise ValidationError([FieldError("全市排名", f"名次 {city_rank} 应在 1 至参评数 {city_count} 之间")])
    with db.uow("登记重点工作全市排名", Permission.ENTER) as uow:
        s = uow.session
        row = s.scalar(select(M.KeyTaskRank).where(M.KeyTaskRank.year == year, M.KeyTaskRank.task == task.strip(),
                                                   M.KeyTaskRank.unit_id == unit_id)) or M.KeyTaskRank(
            year=year, task=task.strip(), unit_id=unit_id)
        row.city_rank, row.city_count, row.leader_id = city_rank, city_count, leader_id
        s.add(row)
        uow.commit()
        return row.id


@dataclass
class PovertyData:
    year: int
    unit_id: int
    kind: str
    grade: str | None = None
    task_done: bool | None = None
    id_accuracy: Decimal | None = None
    exit_accuracy: Decimal | None = None
    satisfaction: Decimal | None = None
    fraud: bool = False


def check_poverty(p: PovertyData) -> list[FieldError]:
    errs = []
    if p.kind not in POVERTY_KINDS:
        errs.append(FieldError("考核类型", f"应为 {'、'.join(POVERTY_KINDS)} 之一"))
    if p.grade is not None and p.grade not in POVERTY_GRADES:
        errs.append(FieldError("等次", f"应为 {'、'.join(POVERTY_GRADES)} 之一"))
    return errs


def save_poverty(db: Database, rows: Sequence[PovertyData]) -> int:
    """All or nothing; a row for the same year, unit and kind replaces the old one."""
    db.require(Permission.ENTER)
    errs = [e for p in rows for e in check_poverty(p)]
    if errs:
        raise ValidationError(errs)
    with db.uow("登记扶贫绩效考核", Permission.ENTER) as uow:
        s = uow.session
        for p in rows:
            row = s.scalar(select(M.PovertyAssessment).where(
                M.PovertyAssessment.year == p.year, M.PovertyAssessment.unit_id == p.unit_id,
                M.PovertyAssessment.kind == p.kind)) or M.PovertyAssessment(year=p.year, unit_id=p.unit_id,
                                                                            kind=p.kind)
            for name in ("grade", "task_done", "id_accuracy", "exit_accuracy", "satisfaction", "fraud"):
                setattr(row, name, getattr(p, name))
            s.add(row)
        uow.commit()
        return len(rows)


def add_health(db: Database, cadre_id: int, start: dt.date, end: dt.date | None = None, note: str = "") -> int:
    db.require(Permission.ENTER)
    if end is not None and end < start:
        raise ValidationError([FieldError("恢复履职日期", "早于不能正常履职的起始日期")])
    with db.uow("登记健康状况", Permission.ENTER) as uow:
        row = M.HealthRecord(cadre_id=cadre_id, start_date=start, end_date=end, note=note)
        uow.session.add(row)
        uow.commit()
        return row.id


def add_request(db: Database, cadre_id: int, date: dt.date, request: str, note: str = "") -> int:
    db.require(Permission.ENTER)
    if request not in REQUESTS:
        raise ValidationError([FieldError("申请事项", f"应为 {'、'.join(REQUESTS)} 之一（第二十三条）")])
    with db.uow("登记个人申请", Permission.ENTER) as uow:
        row = M.PersonalRequest(cadre_id=cadre_id, date=date, request=request, note=note)
        uow.session.add(row)
        uow.commit()
        return row.id


def cadre_by_id_number(session: Session, id_number: str, label: str = "公民身份号码") -> int:
    """The cadre with this ID number, or a ValidationError naming the field."""
    from zydesk.core.idnumber import IdNumberError, parse_id_number

    text = id_number.strip().upper()
    try:
        parse_id_number(text)
    except IdNumberError as exc:
        raise ValidationError([FieldError(label, str(exc))]) from None
    cid = session.scalar(select(Cadre.id).where(Cadre.id_number == text))
    if cid is None:
        raise ValidationError([FieldError(label, "没有该公民身份号码的干部")])
    return cid


@dataclass(frozen=True)
class DeterminationRow:
    id: int
    date: dt.date
    unit: str
    citation: str
    kind: str
    people: str
    source: str
    tolerance_case: str
    fraud: bool


def list_determinations(session: Session, year: int) -> list[DeterminationRow]:
    D, DC = M.Determination, M.DeterminationCadre
    people: dict[int, list[str]] = {}
    for did, name, role, case in session.execute(
            select(DC.determination_id, Cadre.name, DC.role, DC.tolerance_case).join(Cadre, Cadre.id == DC.cadre_id)
            .join(D, D.id == DC.determination_id).where(D.date.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
            .order_by(DC.id)):
        linked = f"，容错案件 {case}" if case else ""  # a case linked to this person only
        people.setdefault(did, []).append(f"{name}（{role}{linked}）")
    rows = session.execute(select(D.id, D.date, Unit.name, D.article, D.item, D.kind, D.source, D.tolerance_case,
                                  D.fraud).outerjoin(Unit, Unit.id == D.unit_id)
                           .where(D.date.between(dt.date(year, 1, 1), dt.date(year, 12, 31))).order_by(D.date, D.id))
    return [DeterminationRow(i, d, u or "", str(Doc.ADJUSTMENT.cite(a, it)), k, "、".join(people.get(i, [])), src or "",
                             case or "", bool(fr)) for i, d, u, a, it, k, src, case, fr in rows]


def determination_years(session: Session) -> list[int]:
    """The years that have 责任认定 records, latest first: the register opens on the first of them."""
    dates = session.scalars(select(M.Determination.date).distinct())
    return sorted({d.year for d in dates}, reverse=True)


@dataclass
class LocalSettings:
    """第十九条 age limits and 第二十条 term limits (the policy names no numbers: local settings)."""

    age_limits: list[tuple[str, str, int]]  # (职务层次, 性别, 年龄)
    warn_months: int
    term_years: int
    max_terms: int
    max_years_at_level: int
    # the settings' versions as read (settings.setting_versions): passed back with a save, so that one over
    # another clerk's newer change is refused; None: no check
    versions: dict[str, int] | None = field(default=None, compare=False)


def load_local_settings(session: Session) -> LocalSettings:
    from zydesk.services.adjustment.scan import (
        AGE_LIMITS_KEY,
        AGE_WARN_KEY,
        DEFAULT_AGE_LIMITS,
        DEFAULT_TERMS,
        TERMS_KEY,
    )
    from zydesk.services.settings import get_setting, setting_versions

    versions = setting_versions(session, (AGE_LIMITS_KEY, AGE_WARN_KEY, TERMS_KEY))  # first: a later change is newer
    terms = {**DEFAULT_TERMS, **get_setting(session, TERMS_KEY, {})}
    return LocalSettings([(a["level"], a["gender"], int(a["age"]))
                          for a in get_setting(session, AGE_LIMITS_KEY, DEFAULT_AGE_LIMITS)],
                         int(get_setting(session, AGE_WARN_KEY, 6)), terms["term_years"], terms["max_terms"],
                         terms["max_years_at_level"], versions)


def parse_age_lines(text: str) -> list[tuple[str, str, int]]:
    """'正科级 男 60' per line → rows; a bad line is a ValidationError naming it."""
    out, errs = [], []
    for n, raw in enumerate((x for x in text.splitlines() if x.strip()), 1):
        parts = raw.split()
        if len(parts) != 3 or parts[1] not in ("男", "女") or not parts[2].isdigit():
            errs.append(FieldError("年龄界限", f"第{n}行“{raw.strip()}”应为“职务层次 性别 年龄”，如“正科级 男 60”"))
            continue
        out.append((parts[0], parts[1], int(parts[2])))
    if errs:
        raise ValidationError(errs)
    return out


def save_local_settings(db: Database, s: LocalSettings) -> None:
    db.require(Permission.POLICY_SETTINGS)
    from zydesk.services.adjustment.scan import AGE_LIMITS_KEY, AGE_WARN_KEY, TERMS_KEY
    from zydesk.services.codes import load_codes
    from zydesk.services.settings import check_versions, put_setting

    with db.uow("修改能上能下本地设置", Permission.POLICY_SETTINGS) as uow:
        check_versions(uow.session, s.versions)
        levels = set(load_codes(uow.session).get("position_level", ()))
        errs = []
        seen = set()
        for level, gender, age in s.age_limits:
            if level not in levels:
                errs.append(FieldError("年龄界限", f"“{level}”不是职务层次代码表中的值"))
            if not 18 <= age <= 80:
                errs.append(FieldError("年龄界限", f"{level}{gender}：年龄 {age} 应在 18–80 之间"))
            if (level, gender) in seen:
                errs.append(FieldError("年龄界限", f"{level}{gender}重复"))
            seen.add((level, gender))
        for label, value, low, high in (("提示期", s.warn_months, 0, 60), ("每届年限", s.term_years, 1, 10),
                                        ("任期数", s.max_terms, 1, 5), ("最高任职年限", s.max_years_at_level, 1, 40)):
            if not low <= value <= high:
                errs.append(FieldError(label, f"应在 {low}–{high} 之间"))
        if errs:
            raise ValidationError(errs)
        values: dict[str, object] = {
            AGE_LIMITS_KEY: [{"level": lv, "gender": g, "age": a} for lv, g, a in s.age_limits],
            AGE_WARN_KEY: s.warn_months,
            TERMS_KEY: {"term_years": s.term_years, "max_terms": s.max_terms,
                        "max_years_at_level": s.max_years_at_level}}
        for key, stored in values.items():
            put_setting(uow.session, key, stored)
        uow.commit()


def find_cadre(session: Session, text: str, unit_id: int | None, label: str = "责任人") -> int:
    """A cadre by 公民身份号码, or by name when that name is unique (within the unit if one is given)."""
    from zydesk.storage.models import Post

    text = text.strip()
    if len(text) == 18 or text[:6].isdigit():
        return cadre_by_id_number(session, text, label)
    q = select(Cadre.id).where(Cadre.name == text, Cadre.status == "在职")
    if unit_id is not None:
        q = q.join(Post, Post.cadre_id == Cadre.id).where(Post.unit_id == unit_id, Post.end_date.is_(None))
    ids = list(dict.fromkeys(session.scalars(q)))
    if not ids:
        raise ValidationError([FieldError(label, f"没有在职干部“{text}”" + ("在该单位任职" if unit_id else ""))])
    if len(ids) > 1:
        raise ValidationError([FieldError(label, f"有 {len(ids)} 名在职干部叫“{text}”，请改填公民身份号码")])
    return ids[0]
