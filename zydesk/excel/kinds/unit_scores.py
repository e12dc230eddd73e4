"""年度目标责任考核得分: matched on (年度, 单位)."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from zydesk.core.citation import Doc
from zydesk.core.incentives.seal import SealArea
from zydesk.excel.records import Duplicates, TableKind, table_changes, unit_ids, would_change
from zydesk.excel.schema import Changes, Column, ErrorSink, Sheet, year_column, yes_no
from zydesk.services.seals import refusal_in
from zydesk.storage.models import Unit, UnitScore

FLAGS = ("vetoed", "commend_plus", "excess_plus")


class UnitScoresKind(TableKind):
    name = "unit-scores"
    title = "年度目标责任考核"
    articles = (Doc.INCENTIVES.cite(5), Doc.INCENTIVES.cite(19), Doc.ADJUSTMENT.cite(7))
    year_filter = "年度"
    columns = (
        year_column(),
        Column("单位名称", "unit_name", "code:unit", required=True),
        Column("考核得分", "score", "decimal", required=True, min_value=Decimal("-999999.99"),
               max_value=Decimal("999999.99"), help="数字，最多两位小数"),
        Column("一票否决", "vetoed", "bool", help="是 / 否，空白按“否”"),
        Column("否决事由", "veto_reason", help="一票否决为“是”时必填"),
        Column("表彰净加分", "commend_plus", "bool", help="获国家级、省级表彰为全县带来净加分：是 / 否，空白按“否”"),
        Column("超额完成净加分", "excess_plus", "bool", help="超额完成任务为全县带来净加分：是 / 否，空白按“否”"),
    )

    def check(self, session: Session, sheet: Sheet, err: ErrorSink) -> Changes:
        units = unit_ids(session)
        years = {y for y in sheet["year"] if y is not None}
        existing = {(s.year, s.unit_id): (s.id, {"score": s.score, "veto_reason": s.veto_reason,
                                                 **{f: getattr(s, f) for f in FLAGS}})
                    for s in session.scalars(select(UnitScore).where(UnitScore.year.in_(years)))}
        dups = Duplicates(sheet, err)
        present = sheet.present
        incoming: list[tuple[Any, dict[str, Any]]] = []
        sealed = {y: m for y in years if (m := refusal_in(session, SealArea.RANKING, y))}
        for i, (year, unit_name, score, reason) in enumerate(zip(
                sheet["year"], sheet["unit_name"], sheet["score"], sheet["veto_reason"])):
            flags = {f: bool(sheet[f][i]) for f in FLAGS if f in present}
            if score is not None and score != score.quantize(Decimal("0.01")):
                err(i, "考核得分", f"“{score}”超过两位小数")
                continue
            if "vetoed" in flags and flags["vetoed"] and not reason:
                err(i, "否决事由", "一票否决为“是”时必须填写否决事由")
            if "vetoed" in flags and reason and not flags["vetoed"]:
                err(i, "一票否决", "填写了否决事由，但一票否决不是“是”")
            if year is None or unit_name is None or score is None:
                continue
            unit_id = units[unit_name]
            if not dups.first((year, unit_id), i, "单位名称", f"{unit_name} {year} 年度的得分"):
                continue
            values: dict[str, Any] = {"year": year, "unit_id": unit_id, "score": score, **flags}
            if "veto_reason" in present:
                values["veto_reason"] = reason
            if year in sealed and would_change(existing, (year, unit_id), values):
                err(i, "年度", sealed[year])
                continue
            incoming.append(((year, unit_id), values))
        return table_changes(UnitScore, existing, incoming, {"veto_reason": None, **{f: False for f in FLAGS}})

    def export_rows(self, session: Session, year: int | None) -> Iterable[Sequence[Any]]:
        q = select(UnitScore, Unit.name).join(Unit, Unit.id == UnitScore.unit_id)
        if year is not None:
            q = q.where(UnitScore.year == year)
        for s, unit_name in session.execute(q.order_by(UnitScore.year, Unit.sort_order, Unit.name)):
            yield (s.year, unit_name, s.score, yes_no(s.vetoed), s.veto_reason, yes_no(s.commend_plus),
                   yes_no(s.excess_plus))


KIND = UnitScoresKind()
