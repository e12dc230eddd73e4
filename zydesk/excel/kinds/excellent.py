"""“敢担当、善作为”优秀干部推荐 and selection (第九条): one row per (年度, 干部). A new row nominates (the
rules of the 推荐 form: category from the current post, one category per cadre); 阶段, 资格审核, 票数, 得分,
理由 and 择优推荐市级 carry the selection up to 当选 through the page's state machine
(zydesk.services.incentives.nomination_import)."""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from zydesk.core.citation import Doc
from zydesk.core.incentives.excellent import CATEGORIES
from zydesk.core.incentives.seal import SealArea
from zydesk.excel.schema import Changes, Column, ErrorSink, Kind, Sheet, year_column
from zydesk.services.incentives.excellent import NominationRow
from zydesk.services.incentives.nomination_import import (
    ELIGIBLE_TEXT,
    STAGES,
    SelectionRow,
    export_selection,
    plan_selection,
    write_selection,
)
from zydesk.services.seals import refusal_in
from zydesk.storage.uow import UnitOfWork

ELIGIBLE_BY_TEXT = {v: k for k, v in ELIGIBLE_TEXT.items()}


class NominationsKind(Kind):
    name = "nominations"
    title = "优秀干部推荐"
    year_filter = "年度"
    notes = ("类别可不填：按现任职务自动认定（镇党政正职、部门正职、科级干部、基层一线）；符合多个类别时默认取第一个，"
             "也可填写其中之一。每名干部每年只能被推荐一次、只计入一个类别。已有的推荐按年度和公民身份号码匹配："
             "推荐单位和类别不能修改，阶段只能向前推进（推荐、审核、评审、公示、当选，或未通过）。进入评审及以后各"
             "阶段前，程序按第九条进行资格审核，不符合的不能进入；进入公示须已有票数或得分；当选超出名额“左右”范围、"
             "设为未通过，须在“理由”中说明。资格审核一栏可不填；填写时须与程序审核的结果一致。")
    articles = (Doc.INCENTIVES.cite(9), Doc.INCENTIVES.cite(20))
    columns = (
        year_column(2016),
        Column("公民身份号码", "id_number", "idnumber", required=True, help="须为已录入的干部"),
        Column("推荐单位", "unit_name", "code:unit", required=True),
        Column("类别", "category", "code:excellent_category", help="可不填，按现任职务认定"),
        Column("事迹", "deeds", max_len=20000),
        Column("阶段", "stage", "code:excellent_stage", help="不填：新推荐为“推荐”，已有推荐保持不变"),
        Column("资格审核", "eligible", "code:excellent_eligible", help="符合 / 不符合，可不填"),
        Column("票数", "votes", "int", min_value=0),
        Column("得分", "score", "decimal", min_value=0, max_value=1000),
        Column("理由", "reason", max_len=2000, help="设为未通过、当选超出名额范围时必填"),
        Column("择优推荐市级", "city", "bool", help="只能从当选者中推荐"),
    )

    def code_lists(self, session: Session) -> Mapping[str, Sequence[str]]:
        return {"excellent_category": CATEGORIES, "excellent_stage": [str(s) for s in STAGES],
                "excellent_eligible": list(ELIGIBLE_BY_TEXT)}

    def check(self, session: Session, sheet: Sheet, err: ErrorSink) -> Changes:
        rows: list[SelectionRow] = []
        index: list[int] = []
        for i, (year, idn, unit, cat, deeds, stage, eligible, votes, score, reason, city) in enumerate(zip(
                sheet["year"], sheet["id_number"], sheet["unit_name"], sheet["category"], sheet["deeds"],
                sheet["stage"], sheet["eligible"], sheet["votes"], sheet["score"], sheet["reason"], sheet["city"])):
            if year is None or idn is None or unit is None:
                continue  # the empty or bad cell was already reported
            if score is not None and score != score.quantize(Decimal("0.01")):
                err(i, "得分", "最多两位小数")
                continue
            rows.append(SelectionRow(NominationRow(sheet.rows[i], year, idn, unit, cat or "", deeds or ""),
                                     stage, None if eligible is None else ELIGIBLE_BY_TEXT[eligible], votes, score,
                                     reason or "", city))
            index.append(i)
        plans, problems, unchanged = plan_selection(session, rows)
        for j, header, message in problems:
            err(index[j], header, message)
        for year in sorted({p.year for p in plans}):  # a change to a sealed selection: named on its first row
            if (sealed := refusal_in(session, SealArea.EXCELLENT, year)) is not None:
                first = next(j for j, r in enumerate(rows) if r.base.year == year)
                err(index[first], "年度", sealed)
        created = sum(1 for p in plans if p.base is not None)
        changes = Changes(created=created, updated=len(plans) - created, unchanged=unchanged, plan=plans)
        changes.updates = [("ExcellentNomination", str(p.nomination_id), p.before, p.after()) for p in plans
                           if p.base is None]
        return changes

    def write(self, uow: UnitOfWork, changes: Changes) -> None:
        write_selection(uow.session, changes.plan, uow.user)

    def export_rows(self, session: Session, year: int | None) -> Iterable[Sequence[Any]]:
        return export_selection(session, year)


KIND = NominationsKind()
