"""第二十三条 register: a cadre's written request to move to a non-leadership rank or a lower post,
matched on (干部, 申请日期, 申请事项); 说明 is updated."""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from zydesk.core.citation import Doc
from zydesk.excel.records import Duplicates, TableKind, cadre_ids, find_cadre, present, table_changes
from zydesk.excel.schema import Changes, Column, ErrorSink, Sheet
from zydesk.services.adjustment.facts import REQUESTS
from zydesk.storage.models import Cadre
from zydesk.storage.models_adjustment import PersonalRequest


class RequestsKind(TableKind):
    name = "requests"
    title = "本人申请调整职务"
    year_filter = "申请日期所在年度"
    notes = "登记干部因个人原因书面提出的转任非领导职务或降低职务申请；年度排查按第二十三条提出调整。"
    articles = (Doc.ADJUSTMENT.cite(23),)
    columns = (
        Column("公民身份号码", "id_number", "idnumber", required=True, help="须为已录入的干部"),
        Column("申请日期", "date", "date", required=True),
        Column("申请事项", "request", "code:personal_request", required=True, help=" / ".join(REQUESTS)),
        Column("说明", "note", max_len=2000),
    )

    def code_lists(self, session: Session) -> Mapping[str, Sequence[str]]:
        return {"personal_request": REQUESTS}

    def check(self, session: Session, sheet: Sheet, err: ErrorSink) -> Changes:
        cadres = cadre_ids(session)
        existing = {(r.cadre_id, r.date, r.request): (r.id, {"note": r.note})
                    for r in session.scalars(select(PersonalRequest))}
        dups = Duplicates(sheet, err)
        incoming: list[tuple[Any, dict[str, Any]]] = []
        for i, (idn, date, request, note) in enumerate(zip(sheet["id_number"], sheet["date"], sheet["request"],
                                                           sheet["note"])):
            cid = find_cadre(cadres, idn, i, err)
            if cid is None or date is None or request is None:
                continue
            key = (cid, date, request)
            if not dups.first(key, i, "申请事项", f"同一干部 {date.isoformat()} 的“{request}”"):
                continue
            incoming.append((key, {"cadre_id": cid, "date": date, "request": request,
                                   **present(sheet, {"note": note or ""})}))
        return table_changes(PersonalRequest, existing, incoming, {"note": ""})

    def export_rows(self, session: Session, year: int | None) -> Iterable[Sequence[Any]]:
        q = select(Cadre.id_number, PersonalRequest.date, PersonalRequest.request, PersonalRequest.note).join(
            Cadre, Cadre.id == PersonalRequest.cadre_id)
        for idn, date, request, note in session.execute(q.order_by(PersonalRequest.date, PersonalRequest.id)):
            if year is None or date.year == year:
                yield (idn, date, request, note or None)


KIND = RequestsKind()
