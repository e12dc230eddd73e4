"""奖金标准 (第十二条 to 第十五条): the yearly amount per award and grade set by 县督查考评办, matched on
(年度, 奖项, 等次或项目); the lists are those of the 奖金标准 dialog."""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from zydesk.core.citation import Doc
from zydesk.excel.records import Duplicates, TableKind, table_changes
from zydesk.excel.schema import Changes, Column, ErrorSink, Sheet, year_column
from zydesk.services.incentives.registers import bonus_award_grades
from zydesk.storage.models_ranking import BonusAmount

CENT = Decimal("0.01")


class BonusAmountsKind(TableKind):
    name = "bonus-amounts"
    title = "奖金标准"
    year_filter = "年度"
    notes = ("每个奖项（及等次）一行，金额单位为元。年度目标责任考核奖、重大改革创新贡献奖填等次；重点工作单项考核奖"
             "按项目填写（等次或项目列填重点工作名称）；其他奖项等次或项目不填。")
    articles = tuple(Doc.INCENTIVES.cite(n) for n in range(11, 16))
    columns = (
        year_column(2016),
        Column("奖项", "award_kind", "code:bonus_award", required=True),
        Column("等次或项目", "grade", max_len=40, help="见说明"),
        Column("金额", "amount", "decimal", required=True, min_value=Decimal(0), help="元，最多两位小数"),
    )

    def code_lists(self, session: Session) -> Mapping[str, Sequence[str]]:
        return {"bonus_award": list(bonus_award_grades(session))}

    def check(self, session: Session, sheet: Sheet, err: ErrorSink) -> Changes:
        grades = bonus_award_grades(session)
        existing = {(r.year, r.award_kind, r.grade): (r.id, {"amount": r.amount})
                    for r in session.scalars(select(BonusAmount))}
        dups = Duplicates(sheet, err)
        incoming: list[tuple[Any, dict[str, Any]]] = []
        for i, (year, kind, grade, amount) in enumerate(zip(sheet["year"], sheet["award_kind"], sheet["grade"],
                                                           sheet["amount"])):
            if amount is not None and amount != amount.quantize(CENT):
                err(i, "金额", "最多两位小数")
                continue
            if year is None or kind is None or amount is None:
                continue
            allowed = grades[kind]
            if allowed and grade not in allowed:
                err(i, "等次或项目", f"{kind}须填写：{'、'.join(allowed)}")
                continue
            if not allowed and grade:
                err(i, "等次或项目", f"{kind}不分等次，不填")
                continue
            key = (year, kind, grade or "")
            if dups.first(key, i, "奖项", f"{year}年{kind}{grade or ''}"):
                incoming.append((key, {"year": year, "award_kind": kind, "grade": grade or "", "amount": amount}))
        return table_changes(BonusAmount, existing, incoming, {})

    def export_rows(self, session: Session, year: int | None) -> Iterable[Sequence[Any]]:
        order = {k: n for n, k in enumerate(bonus_award_grades(session))}
        q = select(BonusAmount)
        if year is not None:
            q = q.where(BonusAmount.year == year)
        for r in sorted(session.scalars(q), key=lambda r: (r.year, order.get(r.award_kind, 99), r.grade)):
            yield (r.year, r.award_kind, r.grade or None, r.amount)


KIND = BonusAmountsKind()
