"""“敢担当、善作为”优秀干部推荐 (第九条): one nomination per (年度, 干部); the rules are those of the
推荐 form (category from the current post, one category per cadre), checked in zydesk.services.incentives.excellent."""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from zydesk.core.incentives.excellent import CATEGORIES
from zydesk.excel.schema import Changes, Column, ErrorSink, Kind, Sheet
from zydesk.services.incentives.excellent import NominationRow, add_nominations, nomination_row_problems
from zydesk.storage.models import Cadre, Unit
from zydesk.storage.models_excellent import ExcellentNomination, ExcellentRound
from zydesk.storage.uow import UnitOfWork


class NominationsKind(Kind):
    name = "nominations"
    title = "优秀干部推荐"
    year_filter = "年度"
    notes = ("类别可不填：按现任职务自动认定（镇党政正职、部门正职、科级干部、基层一线）；符合多个类别时默认取第一个，"
             "也可填写其中之一。每名干部每年只能被推荐一次、只计入一个类别。导入只新增推荐，不修改已有推荐。")
    columns = (
        Column("年度", "year", "int", required=True, min_value=2016, max_value=2200),
        Column("公民身份号码", "id_number", "idnumber", required=True, help="须为已录入的干部"),
        Column("推荐单位", "unit_name", "code:unit", required=True),
        Column("类别", "category", "code:excellent_category", help="可不填，按现任职务认定"),
        Column("事迹", "deeds", max_len=20000),
    )

    def code_lists(self, session: Session) -> Mapping[str, Sequence[str]]:
        return {"excellent_category": CATEGORIES}

    def check(self, session: Session, sheet: Sheet, err: ErrorSink) -> Changes:
        rows: list[NominationRow] = []
        index: list[int] = []
        for i, (year, idn, unit, cat, deeds) in enumerate(zip(
                sheet["year"], sheet["id_number"], sheet["unit_name"], sheet["category"], sheet["deeds"])):
            if year is None or idn is None or unit is None:
                continue  # the empty or bad cell was already reported
            rows.append(NominationRow(sheet.rows[i], year, idn, unit, cat or "", deeds or ""))
            index.append(i)
        for j, header, message in nomination_row_problems(session, rows):
            err(index[j], header, message)
        return Changes(created=len(rows), plan=rows)

    def write(self, uow: UnitOfWork, changes: Changes) -> None:
        add_nominations(uow.session, changes.plan, uow.user)

    def export_rows(self, session: Session, year: int | None) -> Iterable[Sequence[Any]]:
        q = (select(ExcellentRound.year, Cadre.id_number, Unit.name, ExcellentNomination.category,
                    ExcellentNomination.deeds)
             .join(ExcellentNomination, ExcellentNomination.round_id == ExcellentRound.id)
             .join(Cadre, Cadre.id == ExcellentNomination.cadre_id)
             .join(Unit, Unit.id == ExcellentNomination.unit_id))
        if year is not None:
            q = q.where(ExcellentRound.year == year)
        yield from session.execute(q.order_by(ExcellentRound.year, ExcellentNomination.id))


KIND = NominationsKind()
