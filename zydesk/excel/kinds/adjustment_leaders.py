"""分管领导 of monitoring indicators (能上能下 第八条 “分管领导干部”): matched on (单位, 指标名称)."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from zydesk.core.citation import Doc
from zydesk.excel.records import Duplicates, TableKind, cadre_ids, find_cadre, table_changes, unit_ids
from zydesk.excel.schema import Changes, Column, ErrorSink, Sheet
from zydesk.storage.models import Cadre, Unit
from zydesk.storage.models_adjustment import LeaderAssignment


class LeadersKind(TableKind):
    name = "indicator-leaders"
    title = "监测指标分管领导"
    articles = (Doc.ADJUSTMENT.cite(8),)
    notes = "第八条：监测指标连续两年退位或排名靠后的，对责任单位主要负责人和本表登记的分管领导提出调整。"
    columns = (
        Column("单位名称", "unit_name", "code:unit", required=True, help="指标的责任单位"),
        Column("指标名称", "work", required=True, max_len=80, help="与县域经济社会发展监测考评中的指标名称一致"),
        Column("分管领导公民身份号码", "id_number", "idnumber", required=True),
    )

    def check(self, session: Session, sheet: Sheet, err: ErrorSink) -> Changes:
        units, cadres = unit_ids(session), cadre_ids(session)
        existing = {(a.unit_id, a.work): (a.id, {"cadre_id": a.cadre_id})
                    for a in session.scalars(select(LeaderAssignment))}
        dups = Duplicates(sheet, err)
        incoming: list[tuple[Any, dict[str, Any]]] = []
        for i, (unit, work, idn) in enumerate(zip(sheet["unit_name"], sheet["work"], sheet["id_number"])):
            cadre_id = find_cadre(cadres, idn, i, err, "分管领导公民身份号码")
            if unit is None or work is None or cadre_id is None:
                continue
            key = (units[unit], work)
            if dups.first(key, i, "指标名称", f"{unit}的“{work}”"):
                incoming.append((key, {"unit_id": units[unit], "work": work, "cadre_id": cadre_id}))
        return table_changes(LeaderAssignment, existing, incoming, {})

    def export_rows(self, session: Session, year: int | None) -> Iterable[Sequence[Any]]:
        q = (select(Unit.name, LeaderAssignment.work, Cadre.id_number).join(Unit, Unit.id == LeaderAssignment.unit_id)
             .join(Cadre, Cadre.id == LeaderAssignment.cadre_id)
             .order_by(Unit.sort_order, Unit.name, LeaderAssignment.work))
        yield from (tuple(r) for r in session.execute(q))


KIND = LeadersKind()
