"""Bonuses (第十一条 to 第十七条): the yearly amount table and the 奖金分配方案 of a winning unit."""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from zydesk.core.incentives.bonus import (
    DEFAULT_COEFFICIENTS,
    GRADES,
    REMAINDER_RULES,
    BonusError,
    Person,
    Plan,
    a12_distribute,
)
from zydesk.core.security.roles import Permission
from zydesk.errors import UserError
from zydesk.services.rows import keyed_row
from zydesk.services.settings import check_versions, get_setting, put_setting, setting_versions
from zydesk.storage import locks
from zydesk.storage.models import Appraisal, Cadre, Post, Unit
from zydesk.storage.models_ranking import BonusAmount, BonusLine, BonusPlan
from zydesk.storage.uow import Database, retried

COEF_SETTING = "bonus.coefficients"
RULE_SETTING = "bonus.remainder_rule"
NO_GRADE = "未录入"


@dataclass(frozen=True)
class AmountRow:
    award_kind: str
    grade: str
    amount: Decimal


@dataclass(frozen=True)
class SavedPlan:
    id: int
    year: int
    unit_id: int
    unit: str
    award_kind: str
    grade: str
    plan: Plan
    created_at: dt.datetime
    note: str | None


def _money(value: Any, what: str = "金额") -> Decimal:
    try:
        d = Decimal(str(value).replace(",", "").replace("¥", "").strip())
    except InvalidOperation:
        raise UserError(f"{what}“{value}”不是数字") from None
    if not d.is_finite() or d < 0 or d != d.quantize(Decimal("0.01")):
        raise UserError(f"{what}“{value}”应为不小于零、最多两位小数的数")
    return d


# ---------------------------------------------------------------- amounts per award and grade


def set_bonus_amount(db: Database, year: int, award_kind: str, grade: str, amount: Any) -> None:
    db.require(Permission.ENTER)
    value = _money(amount)
    with db.uow("设置奖金标准", Permission.ENTER) as uow:
        s = uow.session
        row = keyed_row(s, BonusAmount, year=year, award_kind=award_kind, grade=grade or "")
        row.amount = value
        uow.commit()


def delete_bonus_amount(db: Database, year: int, award_kind: str, grade: str) -> None:
    with db.uow("删除奖金标准", Permission.ENTER) as uow:
        row = uow.session.scalar(select(BonusAmount).where(BonusAmount.year == year,
                                                           BonusAmount.award_kind == award_kind,
                                                           BonusAmount.grade == (grade or "")))
        if row is not None:
            uow.session.delete(row)
        uow.commit()


def bonus_amounts(session: Session, year: int) -> list[AmountRow]:
    rows = session.scalars(select(BonusAmount).where(BonusAmount.year == year)
                           .order_by(BonusAmount.award_kind, BonusAmount.grade))
    return [AmountRow(r.award_kind, r.grade, Decimal(r.amount)) for r in rows]


def award_total(session: Session, year: int, award_kind: str, grade: str) -> Decimal:
    amount = session.scalar(select(BonusAmount.amount).where(BonusAmount.year == year,
                                                             BonusAmount.award_kind == award_kind,
                                                             BonusAmount.grade == (grade or "")))
    if amount is None:
        raise UserError(f"{year}年度“{award_kind}{' ' + grade if grade else ''}”的奖金标准尚未设置")
    return Decimal(amount)


# ---------------------------------------------------------------- coefficients (local setting)


def coefficients(session: Session, year: int) -> dict[str, Decimal | None]:
    raw = get_setting(session, COEF_SETTING, None, year)
    if raw is None:
        return dict(DEFAULT_COEFFICIENTS)
    return {g: (None if raw.get(g) in (None, "") else Decimal(str(raw[g]))) for g in GRADES}


def _clean_coefficients(values: dict[str, Any]) -> dict[str, str | None]:
    clean: dict[str, str | None] = {}
    for g in GRADES:
        v = values.get(g)
        if v in (None, ""):
            clean[g] = None
            continue
        try:
            d = Decimal(str(v).strip())
        except InvalidOperation:
            raise UserError(f"“{g}”的系数“{v}”不是数字") from None
        if not d.is_finite() or d < 0 or d > 10:
            raise UserError(f"“{g}”的系数应在 0 至 10 之间")
        clean[g] = str(d)
    return clean


def bonus_settings_versions(session: Session, year: int | None = None) -> dict[str, int]:
    """The versions of the coefficients and the remainder rule as the page reads them (passed back on save)."""
    return setting_versions(session, (COEF_SETTING, RULE_SETTING), year)


def save_bonus_settings(db: Database, values: dict[str, Any], rule: str, year: int | None = None,
                        versions: Mapping[str, int] | None = None) -> None:
    """The coefficients and the remainder rule of the year, checked and saved together. versions
    (bonus_settings_versions, as the page read them): a save over another clerk's newer change is refused."""
    db.require(Permission.POLICY_SETTINGS)
    clean = _clean_coefficients(values)
    if rule not in REMAINDER_RULES:
        raise UserError("尾数处理方式应为：" + "；".join(REMAINDER_RULES.values()))
    with db.uow("修改奖金系数", Permission.POLICY_SETTINGS) as uow:
        check_versions(uow.session, versions, year)
        for key, value in ((COEF_SETTING, clean), (RULE_SETTING, rule)):
            put_setting(uow.session, key, value, year)
        uow.commit()


def remainder_rule(session: Session, year: int) -> str:
    return str(get_setting(session, RULE_SETTING, "largest", year))


# ---------------------------------------------------------------- plans


def plan_people(session: Session, year: int, unit_id: int) -> list[Person]:
    """Everyone who held a post in the unit during the year, with their appraisal grade of that year."""
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    q = (select(Cadre.id, Cadre.name).join(Post, Post.cadre_id == Cadre.id)
         .where(Post.unit_id == unit_id, (Post.start_date.is_(None)) | (Post.start_date <= end),
                (Post.end_date.is_(None)) | (Post.end_date >= start))
         .order_by(Cadre.name).distinct())
    people = session.execute(q).all()
    grades = dict(session.execute(select(Appraisal.cadre_id, Appraisal.grade).where(
        Appraisal.year == year, Appraisal.cadre_id.in_([p.id for p in people]))).all())
    return [Person(p.name, grades.get(p.id, NO_GRADE), None, p.id) for p in people]


def compute_plan(session: Session, year: int, award_kind: str, grade: str, people: Sequence[Person],
                 rule: str | None = None, total: Decimal | None = None) -> Plan:
    missing = [p.name for p in people if p.grade == NO_GRADE and p.coefficient is None]
    if missing:
        raise UserError("以下人员未录入本年度考核等次，请先录入或逐人确定系数：" + "、".join(missing))
    amount = total if total is not None else award_total(session, year, award_kind, grade)
    try:
        return a12_distribute(amount, people, coefficients(session, year), rule or remainder_rule(session, year))
    except BonusError as exc:
        raise UserError(str(exc)) from None


@retried
def save_plan(db: Database, year: int, unit_id: int, award_kind: str, grade: str, people: Sequence[Person],
              rule: str | None = None, note: str | None = None) -> int:
    with db.uow("保存奖金分配方案", Permission.DECIDE) as uow:
        uow.lock(locks.BONUS, (year, unit_id))  # two clerks saving one unit's plan take turns (one row, its lines)
        s = uow.session
        if s.get(Unit, unit_id) is None:
            raise UserError("单位不存在")
        plan = compute_plan(s, year, award_kind, grade, people, rule)
        coef = {g: (None if c is None else str(c)) for g, c in coefficients(s, year).items()}
        row = keyed_row(s, BonusPlan, year=year, unit_id=unit_id, award_kind=award_kind, grade=grade)
        row.total, row.remainder_rule, row.note = plan.total, plan.rule, note
        row.coefficients = coef
        row.created_at = dt.datetime.now()
        row.lines = [BonusLine(cadre_id=sh.cadre_id, name=sh.name, grade=sh.grade, coefficient=sh.coefficient,
                               amount=Decimal(sh.amount), sort=i) for i, sh in enumerate(plan.shares)]
        uow.commit()
        return row.id


def load_plans(session: Session, year: int, unit_id: int | None = None) -> list[SavedPlan]:
    units = dict(session.execute(select(Unit.id, Unit.name)).all())
    q = select(BonusPlan).where(BonusPlan.year == year)
    if unit_id is not None:
        q = q.where(BonusPlan.unit_id == unit_id)
    out = []
    for r in session.scalars(q.order_by(BonusPlan.unit_id, BonusPlan.award_kind)):
        people = [Person(ln.name, ln.grade, Decimal(ln.coefficient), ln.cadre_id) for ln in r.lines]
        coef = {g: (None if c is None else Decimal(c)) for g, c in r.coefficients.items()}
        plan = a12_distribute(Decimal(r.total), people, coef, r.remainder_rule)
        out.append(SavedPlan(r.id, r.year, r.unit_id, units[r.unit_id], r.award_kind, r.grade, plan,
                             r.created_at, r.note))
    return out


def bonus_key(kind: str, grade: str | None, detail: str) -> tuple[str, str]:
    """(award kind, grade) under which the amount table holds an award's bonus: the grade for the
    graded awards, the task for 重点工作单项考核奖 (第十二条 按奖项), '' otherwise."""
    if kind == "重点工作单项考核奖":
        return kind, detail
    return kind, grade or ""


def plan_title(year: int, award_kind: str, grade: str) -> str:
    """2024年度目标责任考核一等奖奖金分配方案 / 2024年度重点工作单项考核奖（重点项目建设）奖金分配方案."""
    if award_kind == "年度目标责任考核奖":
        return f"{year}年度目标责任考核{grade}奖金分配方案"
    return f"{year}年度{award_kind}" + (f"（{grade}）" if grade else "") + "奖金分配方案"
