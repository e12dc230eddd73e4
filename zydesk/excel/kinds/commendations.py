"""表彰: matched on (对象类型, 对象, 表彰名称, 表彰日期)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import extract, select
from sqlalchemy.orm import Session

from zydesk.core.citation import Doc
from zydesk.excel.records import Duplicates, TableKind, cadre_ids, find_cadre, table_changes, unit_ids
from zydesk.excel.schema import Changes, Column, ErrorSink, Sheet
from zydesk.storage.models import Cadre, Commendation, Unit

SUBJECTS = ("个人", "单位")


class CommendationsKind(TableKind):
    name = "commendations"
    title = "表彰"
    articles = (Doc.INCENTIVES.cite(10), Doc.INCENTIVES.cite(21), Doc.INCENTIVES.cite(22))
    year_filter = "表彰日期所在年度"
    columns = (
        Column("对象类型", "subject_type", "code:subject_type", required=True, help="个人 / 单位"),
        Column("公民身份号码", "id_number", "idnumber", help="对象类型为“个人”时必填，为“单位”时不填"),
        Column("单位名称", "unit_name", "code:unit", help="对象类型为“单位”时必填，为“个人”时不填"),
        Column("表彰名称", "title", required=True, max_len=120),
        Column("表彰层级", "level", "code:commendation_level", required=True),
        Column("表彰机关", "issuer", max_len=80),
        Column("表彰日期", "date", "date", required=True),
    )

    def code_lists(self, session: Session) -> Mapping[str, Sequence[str]]:
        return {"subject_type": SUBJECTS}

    def check(self, session: Session, sheet: Sheet, err: ErrorSink) -> Changes:
        units = unit_ids(session)
        cadres = cadre_ids(session)
        existing = {(c.subject_type, c.cadre_id, c.unit_id, c.title, c.date): (c.id, {"level": c.level,
                                                                                    "issuer": c.issuer})
                    for c in session.execute(select(
                        Commendation.id, Commendation.subject_type, Commendation.cadre_id, Commendation.unit_id,
                        Commendation.title, Commendation.date, Commendation.level, Commendation.issuer)).all()}
        dups = Duplicates(sheet, err)
        has_issuer = "issuer" in sheet.present
        today = dt.date.today()
        incoming: list[tuple[Any, dict[str, Any]]] = []
        for i, (subject, idn, unit_name, title, level, issuer, date) in enumerate(zip(
                sheet["subject_type"], sheet["id_number"], sheet["unit_name"], sheet["title"], sheet["level"],
                sheet["issuer"], sheet["date"])):
            if date is not None and date > today:
                err(i, "表彰日期", "晚于今天")
            cadre_id = unit_id = None
            if subject == "个人":
                if idn is None:
                    err(i, "公民身份号码", "对象类型为“个人”时必填")
                if unit_name is not None:
                    err(i, "单位名称", "对象类型为“个人”时不填单位名称（表彰单位请把对象类型填为“单位”）")
                cadre_id = find_cadre(cadres, idn, i, err)
                if cadre_id is None:
                    continue
            elif subject == "单位":
                if unit_name is None:
                    err(i, "单位名称", "对象类型为“单位”时必填")
                    continue
                if idn is not None:
                    err(i, "公民身份号码", "对象类型为“单位”时不填公民身份号码")
                unit_id = units[unit_name]
            else:
                continue
            if title is None or level is None or date is None:
                continue
            key = (subject, cadre_id, unit_id, title, date)
            if not dups.first(key, i, "表彰名称", f"同一对象 {date.isoformat()} 的“{title}”"):
                continue
            values: dict[str, Any] = {"subject_type": subject, "cadre_id": cadre_id, "unit_id": unit_id,
                                      "title": title, "date": date, "level": level}
            if has_issuer:
                values["issuer"] = issuer
            incoming.append((key, values))
        return table_changes(Commendation, existing, incoming, {"issuer": None})

    def export_rows(self, session: Session, year: int | None) -> Iterable[Sequence[Any]]:
        q = (select(Commendation, Cadre.id_number, Unit.name).outerjoin(Cadre, Cadre.id == Commendation.cadre_id)
             .outerjoin(Unit, Unit.id == Commendation.unit_id))
        if year is not None:
            q = q.where(extract("year", Commendation.date) == year)
        for c, idn, unit_name in session.execute(q.order_by(Commendation.date, Commendation.id)):
            yield (c.subject_type, idn, unit_name, c.title, c.level, c.issuer, c.date)


KIND = CommendationsKind()
