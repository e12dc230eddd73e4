"""县域经济社会发展监测考评: an indicator's province (and city) rank and its responsible unit, matched on
(年度, 指标名称, 责任单位). Read by 追赶超越贡献奖 (鼓励激励第六条第2目)."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from zydesk.core.citation import Doc
from zydesk.core.incentives.seal import SealArea
from zydesk.excel.records import Duplicates, TableKind, table_changes, unit_ids, would_change
from zydesk.excel.schema import Changes, Column, ErrorSink, Sheet, year_column
from zydesk.services.seals import refusal_in
from zydesk.storage.models import Unit
from zydesk.storage.models_ranking import MonitoringRank

OPTIONAL = ("city_rank", "province_count", "city_count", "retreat_province_rank")


class MonitoringKind(TableKind):
    name = "monitoring"
    title = "县域经济社会发展监测考评"
    articles = (Doc.INCENTIVES.cite(6), Doc.ADJUSTMENT.cite(8))
    year_filter = "年度"
    notes = ("每行一个监测指标及其责任单位的年度排名。追赶超越贡献奖（第六条第2目）用“全省排名”与前两年中"
             "最好的一年比较，前移5个以上位次且本年度无一票否决的责任单位获奖。")
    columns = (
        year_column(),
        Column("指标名称", "indicator", required=True, max_len=80),
        Column("责任单位", "unit_name", "code:unit", required=True),
        Column("全省排名", "province_rank", "int", required=True, min_value=1, max_value=10000,
               help="该指标本年度在全省县（区）中的位次"),
        Column("全市排名", "city_rank", "int", min_value=1, max_value=1000),
        Column("全省参评数", "province_count", "int", min_value=1, max_value=10000, help="参加排名的县（区）数"),
        Column("全市参评数", "city_count", "int", min_value=1, max_value=1000),
        Column("退位幅度全省排位", "retreat_province_rank", "int", min_value=1, max_value=10000,
               help="退位幅度在全省的排位（1 为退位最多）"),
    )

    def check(self, session: Session, sheet: Sheet, err: ErrorSink) -> Changes:
        units = unit_ids(session)
        existing = {(m.year, m.indicator, m.unit_id): (m.id, {"province_rank": m.province_rank,
                                                              **{f: getattr(m, f) for f in OPTIONAL}})
                    for m in session.scalars(select(MonitoringRank))}
        dups = Duplicates(sheet, err)
        present = sheet.present
        incoming: list[tuple[Any, dict[str, Any]]] = []
        for i, (year, indicator, unit_name, prov) in enumerate(zip(
                sheet["year"], sheet["indicator"], sheet["unit_name"], sheet["province_rank"], strict=True)):
            opt = {f: sheet[f][i] for f in OPTIONAL if f in present}
            if prov is not None and opt.get("province_count") is not None and prov > opt["province_count"]:
                err(i, "全省排名", f"排名 {prov} 大于全省参评数 {opt['province_count']}")
            city, city_n = opt.get("city_rank"), opt.get("city_count")
            if city is not None and city_n is not None and city > city_n:
                err(i, "全市排名", f"排名 {city} 大于全市参评数 {city_n}")
            if year is None or not indicator or unit_name is None or prov is None:
                continue
            indicator = str(indicator).strip()
            unit_id = units[unit_name]
            if not dups.first((year, indicator, unit_id), i, "指标名称",
                              f"{year} 年度“{indicator}”（{unit_name}）"):
                continue
            values = {"year": year, "indicator": indicator, "unit_id": unit_id, "province_rank": prov, **opt}
            # a year's ranks decide the 追赶超越贡献奖 of that year and the next two
            sealed = next((m for y in (year, year + 1, year + 2) if (m := refusal_in(session, SealArea.RANKING, y))),
                          None)
            if sealed and would_change(existing, (year, indicator, unit_id), values):
                err(i, "年度", sealed)
                continue
            incoming.append(((year, indicator, unit_id), values))
        return table_changes(MonitoringRank, existing, incoming, {f: None for f in OPTIONAL})

    def export_rows(self, session: Session, year: int | None) -> Iterable[Sequence[Any]]:
        q = select(MonitoringRank, Unit.name).join(Unit, Unit.id == MonitoringRank.unit_id)
        if year is not None:
            q = q.where(MonitoringRank.year == year)
        for m, unit_name in session.execute(q.order_by(MonitoringRank.year, MonitoringRank.indicator, Unit.name)):
            yield (m.year, m.indicator, unit_name, m.province_rank, m.city_rank, m.province_count, m.city_count,
                   m.retreat_province_rank)


KIND = MonitoringKind()
