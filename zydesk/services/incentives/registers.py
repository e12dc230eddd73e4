"""Read functions behind the register kinds and JSON commands of 鼓励激励 that the screens already show:
which award kinds and grades a bonus amount may be set for (the 奖金标准 dialog's lists), and the bonus
view of a year (amounts, coefficients, saved plans) for `zydesk bonus --json`."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from zydesk.core.citation import Doc
from zydesk.core.incentives.awards import KIND_KEY_TASK, KIND_POOR_VILLAGE, KIND_REFORM, RECORDED_KINDS
from zydesk.core.incentives.bonus import C_BONUS, C_PLAN, REMAINDER_RULES
from zydesk.core.incentives.ranking import AWARDS
from zydesk.core.incentives.values import REFORM_GRADES
from zydesk.services.incentives.awards import KIND_RANKING, key_tasks
from zydesk.services.incentives.bonus import bonus_amounts, coefficients, load_plans, remainder_rule

# 第十三条 to 第十五条: the award each bonus follows (第十六条, 第十七条 are paid under other rules).
AMOUNT_BASIS = {KIND_RANKING: C_BONUS, "追赶超越贡献奖": Doc.INCENTIVES.cite(13),
                "目标责任考核创优贡献奖": Doc.INCENTIVES.cite(14), "脱贫攻坚工作先进镇": Doc.INCENTIVES.cite(15),
                "脱贫攻坚先进部门": Doc.INCENTIVES.cite(15), KIND_REFORM: C_BONUS, KIND_KEY_TASK: C_BONUS}
# The remainder rules as a clerk names them in a sheet.
RULE_LABELS = {"largest": "全部发放", "keep": "留作结余"}


def bonus_award_grades(session: Session) -> dict[str, Sequence[str]]:
    """Award kind → the grades (or tasks) its bonus amount is set by; an empty list: one amount for the kind."""
    grades: dict[str, Sequence[str]] = {KIND_RANKING: [str(a) for a in AWARDS],
                                        KIND_REFORM: [str(g) for g in REFORM_GRADES],
                                        KIND_KEY_TASK: key_tasks(session)}
    return {k: grades.get(k, []) for k in (KIND_RANKING, *RECORDED_KINDS) if k != KIND_POOR_VILLAGE}


def bonus_json(session: Session, year: int) -> dict[str, Any]:
    """The 奖金 page of a year as JSON: amounts with their basis, coefficients, the remainder rule, plans."""
    rule = remainder_rule(session, year)
    grades = bonus_award_grades(session)
    kinds = list(grades)

    def order(a: Any) -> tuple[int, int, str]:  # the policy's order of awards and grades, not the alphabet's
        g = list(grades.get(a.award_kind, []))
        return (kinds.index(a.award_kind) if a.award_kind in kinds else 99,
                g.index(a.grade) if a.grade in g else 99, a.grade)

    return {
        "year": year,
        "amounts": [{"award_kind": a.award_kind, "grade": a.grade, "amount": str(a.amount),
                     **AMOUNT_BASIS.get(a.award_kind, C_BONUS).as_json()}
                    for a in sorted(bonus_amounts(session, year), key=order)],
        "coefficients": {g: (None if c is None else str(c)) for g, c in coefficients(session, year).items()},
        "remainder_rule": {"code": rule, "text": REMAINDER_RULES.get(rule, "")},
        "plans": [{
            "unit": p.unit, "award_kind": p.award_kind, "grade": p.grade, "total": str(p.plan.total),
            "paid": p.plan.paid, "left": str(p.plan.left), "rule": p.plan.rule, "rule_text": p.plan.rule_text,
            "formula": p.plan.formula, "note": p.note, **C_PLAN.as_json(),
            "distribution": {**p.plan.basis.as_json()},
            "shares": [{"name": s.name, "grade": s.grade, "coefficient": str(s.coefficient), "amount": s.amount}
                       for s in p.plan.shares]}
            for p in load_plans(session, year)],
    }


def _id_numbers(session: Session, cadre_ids: Sequence[int]) -> dict[int, str]:
    from sqlalchemy import select

    from zydesk.storage.models import Cadre

    return dict(session.execute(select(Cadre.id, Cadre.id_number).where(Cadre.id.in_(list(cadre_ids)))).all())


def quota_json(session: Session, year: int) -> dict[str, Any]:
    """第十条 of a year: who is rated 优秀 directly (outside the unit quota) and each unit's 优秀 quota."""
    from zydesk.core.incentives.excellent import A10, fraction_text
    from zydesk.services.incentives.excellent import directly_rated, quota_rates, unit_quotas

    direct = directly_rated(session, year)
    idn = _id_numbers(session, [d.cadre_id for d in direct])
    rates = quota_rates(session, year)
    return {
        "year": year, **A10.as_json(),
        "rates": {"rate": rates.rate, "rate_first_prize": rates.rate_first, "rounding": rates.rounding},
        "direct": [{"id_number": idn.get(d.cadre_id), "name": d.name, "unit": d.unit, "evidence": d.evidence}
                   for d in direct],
        "units": [{"unit": q.unit_name, "unit_kind": q.unit_kind, "appraised": q.appraised,
                   "rate": fraction_text(q.rate), "first_prize": q.first_prize, "rounding": q.rounding,
                   "quota": q.quota, "used": q.used, "over": q.over, "direct": list(q.direct),
                   "evidence": q.evidence()} for q in unit_quotas(session, year)],
    }


def merit_json(session: Session, year: int) -> dict[str, Any]:
    """第十条 记功 suggestions of a year (三年连续优秀), decided or not."""
    from zydesk.core.incentives.excellent import A10_MERIT_READING
    from zydesk.services.incentives.excellent import merit_suggestions

    rows = merit_suggestions(session, year, include_decided=True)
    idn = _id_numbers(session, [r.cadre_id for r in rows])
    return {"year": year, **A10_MERIT_READING.as_json(),
            "suggestions": [{"id_number": idn.get(r.cadre_id), "name": r.name, "unit": r.unit, "kind": r.kind,
                             "evidence": r.evidence, "decision": r.decision or None} for r in rows]}
