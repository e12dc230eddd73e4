"""重点工作全市考核排名 (能上能下 第七条第（五）项): matched on (年度, 重点工作, 单位)."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from zydesk.core.citation import Doc
from zydesk.excel.records import Duplicates, TableKind, cadre_ids, find_cadre, table_changes, unit_ids
from zydesk.excel.schema import Changes, Column, ErrorSink, Sheet, year_column
from zydesk.storage.models import Cadre, Unit
from zydesk.storage.models_adjustment import KeyTaskRank


class KeyTasksKind(TableKind):
    name = "key-tasks"
    title = "重点工作全市排名"
    articles = (Doc.ADJUSTMENT.cite(7),)
    year_filter = "年度"
    notes = "第七条第（五）项：同一项重点工作连续两年全市排名末位（名次等于参评数）的，对分管领导提出调整。"
    columns = (
        year_column(),
        Column("重点工作", "task", required=True, max_len=80),
        Column("单位名称", "unit_name", "code:unit", required=True),
        Column("全市排名", "city_rank", "int", required=True, min_value=1, max_value=9999),
        Column("全市参评数", "city_count", "int", required=True, min_value=1, max_value=9999),
        Column("分管领导公民身份号码", "leader", "idnumber", help="分管该项工作的县直部门领导干部"),
    )

    def check(self, session: Session, sheet: Sheet, err: ErrorSink) -> Changes:
        units, cadres = unit_ids(session), cadre_ids(session)
        existing = {(k.year, k.task, k.unit_id): (k.id, {"city_rank": k.city_rank, "city_count": k.city_count,
                                                         "leader_id": k.leader_id})
                    for k in session.scalars(select(KeyTaskRank))}
        dups = Duplicates(sheet, err)
        incoming: list[tuple[Any, dict[str, Any]]] = []
        for i, (year, task, unit, rank, count, leader) in enumerate(zip(
                sheet["year"], sheet["task"], sheet["unit_name"], sheet["city_rank"], sheet["city_count"],
                sheet["leader"])):
            leader_id = find_cadre(cadres, leader, i, err, "分管领导公民身份号码")
            if None in (year, task, unit, rank, count):
                continue
            if rank > count:
                err(i, "全市排名", f"名次 {rank} 大于参评数 {count}")
                continue
            key = (year, task, units[unit])
            if not dups.first(key, i, "重点工作", f"{year}年{unit}的“{task}”"):
                continue
            values = {"year": year, "task": task, "unit_id": units[unit], "city_rank": rank, "city_count": count}
            if "leader" in sheet.present:
                values["leader_id"] = leader_id
            incoming.append((key, values))
        return table_changes(KeyTaskRank, existing, incoming, {"leader_id": None})

    def export_rows(self, session: Session, year: int | None) -> Iterable[Sequence[Any]]:
        q = (select(KeyTaskRank, Unit.name, Cadre.id_number).join(Unit, Unit.id == KeyTaskRank.unit_id)
             .outerjoin(Cadre, Cadre.id == KeyTaskRank.leader_id))
        if year is not None:
            q = q.where(KeyTaskRank.year == year)
        for k, unit, idn in session.execute(q.order_by(KeyTaskRank.year, KeyTaskRank.task, KeyTaskRank.city_rank)):
            yield (k.year, k.task, unit, k.city_rank, k.city_count, idn)


KIND = KeyTasksKind()
