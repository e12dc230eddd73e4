"""第二十二条 register: since when a cadre cannot work normally for health reasons, matched on
(干部, 不能正常履职起始日); 恢复履职日期 and 说明 are updated."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from zydesk.core.citation import Doc
from zydesk.excel.records import Duplicates, TableKind, cadre_ids, find_cadre, present, table_changes
from zydesk.excel.schema import Changes, Column, ErrorSink, Sheet
from zydesk.storage.models import Cadre
from zydesk.storage.models_adjustment import HealthRecord


class HealthKind(TableKind):
    name = "health"
    title = "健康原因不能正常履职"
    year_filter = "起始日所在年度"
    notes = ("每次因身体健康原因不能正常履职登记一行；恢复履职后填写恢复履职日期（再导入同一行即可补填）。"
             "自起始日起满一年仍未恢复的，年度排查按第二十二条提出调整。")
    articles = (Doc.ADJUSTMENT.cite(22),)
    columns = (
        Column("公民身份号码", "id_number", "idnumber", required=True, help="须为已录入的干部"),
        Column("不能正常履职起始日", "start_date", "date", required=True),
        Column("恢复履职日期", "end_date", "date", help="尚未恢复的不填"),
        Column("说明", "note", max_len=2000),
    )

    def check(self, session: Session, sheet: Sheet, err: ErrorSink) -> Changes:
        cadres = cadre_ids(session)
        existing = {(h.cadre_id, h.start_date): (h.id, {"end_date": h.end_date, "note": h.note})
                    for h in session.scalars(select(HealthRecord))}
        dups = Duplicates(sheet, err)
        incoming: list[tuple[Any, dict[str, Any]]] = []
        for i, (idn, start, end, note) in enumerate(zip(sheet["id_number"], sheet["start_date"], sheet["end_date"],
                                                        sheet["note"])):
            cid = find_cadre(cadres, idn, i, err)
            if start is not None and end is not None and end < start:
                err(i, "恢复履职日期", "早于不能正常履职的起始日期")
                continue
            if cid is None or start is None:
                continue
            key = (cid, start)
            if not dups.first(key, i, "不能正常履职起始日", f"同一干部自 {start.isoformat()} 起"):
                continue
            incoming.append((key, {"cadre_id": cid, "start_date": start,
                                   **present(sheet, {"end_date": end, "note": note or ""})}))
        return table_changes(HealthRecord, existing, incoming, {"end_date": None, "note": ""})

    def export_rows(self, session: Session, year: int | None) -> Iterable[Sequence[Any]]:
        q = select(Cadre.id_number, HealthRecord.start_date, HealthRecord.end_date, HealthRecord.note).join(
            Cadre, Cadre.id == HealthRecord.cadre_id)
        for idn, start, end, note in session.execute(q.order_by(HealthRecord.start_date, HealthRecord.id)):
            if year is None or start.year == year:
                yield (idn, start, end, note or None)


KIND = HealthKind()
