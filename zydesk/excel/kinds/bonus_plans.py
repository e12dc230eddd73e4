"""奖金分配方案 (第十一条, 第十二条) as a winning unit sends it: one row per person, the rows of one
(年度, 单位, 奖项, 等次或项目) forming one plan. Amounts are not read: they are worked out from the 奖金标准
and the coefficients exactly as the 奖金 page does, so a plan imported is the plan the page would save.
A plan in the file replaces the saved plan of the same key."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from zydesk.core.citation import Doc
from zydesk.core.incentives.bonus import GRADES, BonusError, Person, Plan, a12_distribute
from zydesk.excel.records import cadre_ids
from zydesk.excel.schema import Changes, Column, ErrorSink, Kind, Sheet, year_column
from zydesk.services.incentives.bonus import coefficients, remainder_rule
from zydesk.services.incentives.registers import RULE_LABELS, bonus_award_grades
from zydesk.storage.models import Cadre, Unit
from zydesk.storage.models_ranking import BonusAmount, BonusLine, BonusPlan
from zydesk.storage.uow import UnitOfWork

RULE_BY_LABEL = {v: k for k, v in RULE_LABELS.items()}
Key = tuple[int, int, str, str]  # 年度, unit id, 奖项, 等次或项目


@dataclass
class _Group:
    first: int  # data-row index of the plan's first row, for messages
    people: list[Person] = field(default_factory=list)
    rules: set[str] = field(default_factory=set)
    notes: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class PlannedPlan:
    key: Key
    plan: Plan
    coefficients: dict[str, str | None]
    note: str | None


def _lines(plan: Plan) -> list[tuple[Any, ...]]:
    return [(s.cadre_id, s.name, s.grade, Decimal(s.coefficient), Decimal(s.amount)) for s in plan.shares]


class BonusPlansKind(Kind):
    name = "bonus-plans"
    title = "奖金分配方案"
    year_filter = "年度"
    notes = ("每人一行；同一年度、单位、奖项、等次或项目的各行为一个分配方案，导入时替换该方案。金额不必填写："
             "按奖金标准和各考核等次的系数计算（与程序中“奖金”页相同）。本人系数只在不定等次或需逐人确定时填写。"
             "尾数处理可不填（按本年度设置）；同一方案各行应一致。")
    articles = (Doc.INCENTIVES.cite(11), Doc.INCENTIVES.cite(12))
    columns = (
        year_column(2016),
        Column("单位名称", "unit_name", "code:unit", required=True, help="受奖单位"),
        Column("奖项", "award_kind", "code:bonus_award", required=True),
        Column("等次或项目", "grade", max_len=40, help="与奖金标准中的写法一致"),
        Column("公民身份号码", "id_number", "idnumber", help="已录入的干部填写；其他职工可不填"),
        Column("姓名", "name", required=True, max_len=40),
        Column("考核等次", "appraisal", "code:appraisal_grade", required=True),
        Column("本人系数", "coefficient", "decimal", min_value=Decimal(0), max_value=Decimal(10),
               help="不填则按考核等次的系数"),
        Column("尾数处理", "rule", "code:remainder_rule", help="全部发放 / 留作结余"),
        Column("备注", "note", max_len=2000),
    )

    def code_lists(self, session: Session) -> Mapping[str, Sequence[str]]:
        return {"bonus_award": list(bonus_award_grades(session)), "appraisal_grade": [str(g) for g in GRADES],
                "remainder_rule": list(RULE_BY_LABEL)}

    def check(self, session: Session, sheet: Sheet, err: ErrorSink) -> Changes:
        units = dict(session.execute(select(Unit.name, Unit.id)).all())
        cadres = cadre_ids(session)
        groups: dict[Key, _Group] = {}
        for i, (year, unit, kind, grade, idn, name, appraisal, coef, rule, note) in enumerate(zip(
                sheet["year"], sheet["unit_name"], sheet["award_kind"], sheet["grade"], sheet["id_number"],
                sheet["name"], sheet["appraisal"], sheet["coefficient"], sheet["rule"], sheet["note"])):
            cadre_id = None
            if idn is not None:
                hit = cadres.get(idn)
                if hit is None:
                    err(i, "公民身份号码", "没有该公民身份号码的干部（其他职工可不填公民身份号码）")
                    continue
                cadre_id = hit[0]
                if name is not None and name != hit[1]:
                    err(i, "姓名", f"与公民身份号码对应的干部“{hit[1]}”不一致")
                    continue
            if year is None or unit is None or kind is None or name is None or appraisal is None:
                continue
            group = groups.setdefault((year, units[unit], kind, grade or ""), _Group(i))
            group.people.append(Person(name, appraisal, coef, cadre_id))
            group.rules.add(RULE_BY_LABEL[rule] if rule else "")
            group.notes.add(note or "")
        existing = {(p.year, p.unit_id, p.award_kind, p.grade): p for p in session.scalars(select(BonusPlan))}
        amounts = {(a.year, a.award_kind, a.grade): Decimal(a.amount) for a in session.scalars(select(BonusAmount))}
        changes = Changes(plan=[])
        for key, g in groups.items():
            year, _, kind, grade = key
            total = amounts.get((year, kind, grade))
            if total is None:
                err(g.first, "奖项", f"{year}年度“{kind}{' ' + grade if grade else ''}”的奖金标准尚未设置")
                continue
            if len(g.rules) > 1 or len(g.notes) > 1:
                err(g.first, "尾数处理" if len(g.rules) > 1 else "备注", "同一分配方案的各行应一致")
                continue
            rule = g.rules.pop() or remainder_rule(session, year)
            coef = coefficients(session, year)
            try:
                plan = a12_distribute(total, g.people, coef, rule)
            except BonusError as exc:
                err(g.first, "考核等次", str(exc))
                continue
            note = g.notes.pop() or None
            used = {k: (None if c is None else str(c)) for k, c in coef.items()}
            old = existing.get(key)
            if old is None:
                changes.created += 1
            else:
                before = [(ln.cadre_id, ln.name, ln.grade, Decimal(ln.coefficient), Decimal(ln.amount))
                          for ln in old.lines]
                if (before == _lines(plan) and Decimal(old.total) == plan.total and old.remainder_rule == rule
                        and old.note == note):
                    changes.unchanged += 1
                    continue
                changes.updated += 1
                changes.updates.append(("BonusPlan", str(old.id), {"total": str(old.total), "people": len(before),
                                                                   "remainder_rule": old.remainder_rule},
                                        {"total": str(plan.total), "people": len(plan.shares),
                                         "remainder_rule": rule}))
            changes.plan.append(PlannedPlan(key, plan, used, note))
        return changes

    def write(self, uow: UnitOfWork, changes: Changes) -> None:
        s = uow.session
        now = dt.datetime.now()
        for p in changes.plan:
            year, unit_id, kind, grade = p.key
            row = s.scalar(select(BonusPlan).where(BonusPlan.year == year, BonusPlan.unit_id == unit_id,
                                                   BonusPlan.award_kind == kind, BonusPlan.grade == grade))
            if row is None:
                row = BonusPlan(year=year, unit_id=unit_id, award_kind=kind, grade=grade)
                s.add(row)
            row.total, row.remainder_rule, row.note = p.plan.total, p.plan.rule, p.note
            row.coefficients = p.coefficients
            row.created_at = now
            row.lines = [BonusLine(cadre_id=sh.cadre_id, name=sh.name, grade=sh.grade, coefficient=sh.coefficient,
                                   amount=Decimal(sh.amount), sort=n) for n, sh in enumerate(p.plan.shares)]
        s.flush()

    def export_rows(self, session: Session, year: int | None) -> Iterable[Sequence[Any]]:
        units = dict(session.execute(select(Unit.id, Unit.name)).all())
        idns = dict(session.execute(select(Cadre.id, Cadre.id_number)).all())
        q = select(BonusPlan)
        if year is not None:
            q = q.where(BonusPlan.year == year)
        for p in session.scalars(q.order_by(BonusPlan.year, BonusPlan.unit_id, BonusPlan.award_kind, BonusPlan.grade)):
            for ln in p.lines:
                table = p.coefficients.get(ln.grade)
                own = None if table is not None and Decimal(table) == Decimal(ln.coefficient) else ln.coefficient
                yield (p.year, units[p.unit_id], p.award_kind, p.grade or None, idns.get(ln.cadre_id) if ln.cadre_id
                       else None, ln.name, ln.grade, own, RULE_LABELS.get(p.remainder_rule), p.note)


KIND = BonusPlansKind()
