"""奖金分配 (第十一条, 第十二条): an award's bonus shared among the unit's people by their annual
appraisal grade. Pure and exact (Decimal/Fraction).

Each person's share is total × coefficient ÷ Σ coefficients, cut down to the whole yuan. The yuan left
over (fewer than the number of people) follow the remainder rule:
- "largest": one yuan each to the largest cut-off fractions (ties: higher coefficient, then list order),
  so the whole yuan of the award are paid out exactly;
- "keep": left undistributed (结余), stated on the plan.
Either way the paid total never exceeds the award; fen in the award itself are never distributed.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from zydesk.core.citation import Citation, Doc
from zydesk.core.incentives.values import AppraisalGrade

C_BONUS = Doc.INCENTIVES.cite(12)
C_PLAN = Doc.INCENTIVES.cite(11)
GRADES: tuple[AppraisalGrade, ...] = tuple(AppraisalGrade)
# Local setting (the policy says only "依据干部职工个人年度考核结果等次发放"). None: set per person.
DEFAULT_COEFFICIENTS: dict[str, Decimal | None] = {
    AppraisalGrade.EXCELLENT: Decimal("1.2"), AppraisalGrade.COMPETENT: Decimal("1.0"),
    AppraisalGrade.BASIC: Decimal("0.5"), AppraisalGrade.INCOMPETENT: Decimal("0"), AppraisalGrade.UNRATED: None,
}
REMAINDER_RULES = {
    "largest": "按元取整后剩余的整元，依次补给尾数最大者各1元（全部发放）",
    "keep": "按元取整后剩余部分不再分配，作为结余",
}


class BonusError(ValueError):
    """A plan that cannot be computed (message in Chinese)."""


@dataclass(frozen=True)
class Person:
    name: str
    grade: str
    coefficient: Decimal | None = None  # for 不定等次 (or any grade) set per person
    cadre_id: int | None = None


def parse_coefficient(text: str) -> Decimal | None:
    """A person's own coefficient as typed: empty → None (by grade); else a number from 0 to 10."""
    s = text.strip()
    if not s:
        return None
    try:
        d = Decimal(s)
    except InvalidOperation:
        raise BonusError(f"“{s}”不是数字") from None
    if not d.is_finite() or d < 0 or d > 10:
        raise BonusError("系数应在 0 至 10 之间")
    return d


@dataclass(frozen=True)
class Share:
    name: str
    grade: str
    coefficient: Decimal
    exact: Fraction
    amount: int  # whole yuan
    cadre_id: int | None = None


@dataclass(frozen=True)
class Plan:
    total: Decimal
    shares: tuple[Share, ...]
    paid: int
    left: Decimal  # total − paid (结余, includes fen)
    rule: str
    rule_text: str
    basis: Citation = C_BONUS

    @property
    def formula(self) -> str:
        weight = sum((s.coefficient for s in self.shares), Decimal(0))
        # 第十二条 says the bonus goes by appraisal grade; the coefficients per grade are the county's
        return (f"每人金额 = {self.total} × 本人系数 ÷ 系数合计 {weight.normalize():f}，按元取整"
                "（各等次系数为本地设置）")


def a12_distribute(total: Decimal, people: Sequence[Person], coefficients: Mapping[str, Decimal | None] | None = None,
               rule: str = "largest") -> Plan:
    if rule not in REMAINDER_RULES:
        raise BonusError(f"未知的尾数处理方式：{rule}")
    if total < 0:
        raise BonusError("奖金总额不能为负数")
    coef = dict(DEFAULT_COEFFICIENTS if coefficients is None else coefficients)
    if not people:
        raise BonusError("分配名单为空")
    resolved: list[Decimal] = []
    for i, p in enumerate(people, start=1):
        c = p.coefficient if p.coefficient is not None else coef.get(p.grade)
        if p.grade not in coef and p.coefficient is None:
            raise BonusError(f"第{i}人 {p.name}：考核等次“{p.grade}”没有设定系数")
        if c is None:
            raise BonusError(f"第{i}人 {p.name}：“{p.grade}”须逐人确定系数")
        if c < 0:
            raise BonusError(f"第{i}人 {p.name}：系数不能为负数")
        resolved.append(c)
    weight = sum((Fraction(c) for c in resolved), Fraction(0))
    if weight == 0:
        raise BonusError("系数合计为零，无人可分配")
    whole = int(total)  # whole yuan of the award
    exact = [Fraction(whole) * Fraction(c) / weight for c in resolved]
    amounts = [int(e) for e in exact]  # floor (non-negative)
    left_yuan = whole - sum(amounts)
    if rule == "largest" and left_yuan:
        order = sorted(range(len(people)), key=lambda i: (-(exact[i] - amounts[i]), -resolved[i], i))
        for i in order[:left_yuan]:
            amounts[i] += 1
    shares = tuple(Share(p.name, p.grade, c, e, a, p.cadre_id)
                   for p, c, e, a in zip(people, resolved, exact, amounts, strict=True))
    paid = sum(amounts)
    assert paid <= total  # the rule of the plan: never more than the award
    return Plan(total, shares, paid, total - paid, rule, REMAINDER_RULES[rule])
