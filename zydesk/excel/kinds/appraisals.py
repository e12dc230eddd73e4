"""年度考核: matched on (干部, 年度)."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from zydesk.core.citation import Doc
from zydesk.excel.records import Duplicates, TableKind, cadre_ids, find_cadre, table_changes
from zydesk.excel.schema import Changes, Column, ErrorSink, Sheet, year_column
from zydesk.storage.models import Appraisal, Cadre


class AppraisalsKind(TableKind):
    name = "appraisals"
    title = "年度考核"
    articles = (Doc.INCENTIVES.cite(10), Doc.INCENTIVES.cite(12), Doc.INCENTIVES.cite(19), Doc.ADJUSTMENT.cite(7))
    year_filter = "年度"
    columns = (
        Column("公民身份号码", "id_number", "idnumber", required=True, help="须为已录入的干部"),
        Column("姓名", "name", help="可不填；填写时须与该号码的干部姓名一致（核对用）"),
        year_column(),
        Column("考核等次", "grade", "code:appraisal_grade", required=True),
        Column("备注", "note"),
    )

    def check(self, session: Session, sheet: Sheet, err: ErrorSink) -> Changes:
        cadres = cadre_ids(session)
        years = {y for y in sheet["year"] if y is not None}  # a city holds ~50,000 appraisals a year
        existing = {(a.cadre_id, a.year): (a.id, {"grade": a.grade, "note": a.note}) for a in session.execute(
            select(Appraisal.id, Appraisal.cadre_id, Appraisal.year, Appraisal.grade, Appraisal.note)
            .where(Appraisal.year.in_(years))).all()}
        dups = Duplicates(sheet, err)
        has_note = "note" in sheet.present
        incoming: list[tuple[Any, dict[str, Any]]] = []
        for i, (idn, name, year, grade, note) in enumerate(zip(
                sheet["id_number"], sheet["name"], sheet["year"], sheet["grade"], sheet["note"])):
            cadre_id = find_cadre(cadres, idn, i, err)
            if cadre_id is None:
                continue
            if name is not None and name != cadres[idn][1]:
                err(i, "姓名", f"与公民身份号码对应的干部姓名“{cadres[idn][1]}”不一致")
            if year is None or grade is None:
                continue
            if not dups.first((cadre_id, year), i, "年度", f"同一干部 {year} 年度的考核"):
                continue
            values: dict[str, Any] = {"cadre_id": cadre_id, "year": year, "grade": grade}
            if has_note:
                values["note"] = note
            incoming.append(((cadre_id, year), values))
        return table_changes(Appraisal, existing, incoming, {"note": None})

    def export_rows(self, session: Session, year: int | None) -> Iterable[Sequence[Any]]:
        q = select(Cadre.id_number, Cadre.name, Appraisal.year, Appraisal.grade, Appraisal.note).join(Cadre)
        if year is not None:
            q = q.where(Appraisal.year == year)
        yield from session.execute(q.order_by(Appraisal.year, Cadre.id))


KIND = AppraisalsKind()
