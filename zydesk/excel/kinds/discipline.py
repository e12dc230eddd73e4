"""处分和组织处理: matched on (干部, 类别, 处理种类, 决定日期). A missing 影响期满日期 is the decision date plus
the default period of its kind (table discipline_kind, editable; seeded from the law)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import extract, select
from sqlalchemy.orm import Session

from zydesk.core.citation import Doc
from zydesk.core.dates import add_months
from zydesk.excel.records import Duplicates, TableKind, cadre_ids, find_cadre, table_changes
from zydesk.excel.schema import Changes, Column, ErrorSink, Sheet
from zydesk.services.codes import discipline_periods
from zydesk.storage.models import Cadre, Discipline, DisciplineKind


class DisciplineRecordsKind(TableKind):
    name = "discipline"
    title = "处分和组织处理"
    articles = (Doc.INCENTIVES.cite(9), Doc.INCENTIVES.cite(24))
    year_filter = "决定日期所在年度"
    columns = (
        Column("公民身份号码", "id_number", "idnumber", required=True),
        Column("类别", "category", "code:discipline_category", required=True, help="党纪处分 / 政务处分 / 组织处理"),
        Column("处理种类", "kind", "code:discipline_kind", required=True, help="如 警告、记过、诫勉；须属于所填类别"),
        Column("决定日期", "decision_date", "date", required=True),
        Column("决定机关", "deciding_body", max_len=80),
        Column("事由", "reason"),
        Column("影响期满日期", "effect_end", "date", help="空白时按该处理种类的默认影响期自决定日期起算（见下表）"),
    )

    def code_lists(self, session: Session) -> Mapping[str, Sequence[str]]:
        kinds = session.scalars(select(DisciplineKind.kind).order_by(DisciplineKind.sort))
        return {"discipline_kind": list(dict.fromkeys(kinds))}

    def notes_for(self, session: Session) -> list[str]:
        """The default periods, for the template's 说明 sheet."""
        rows = session.execute(select(DisciplineKind).order_by(DisciplineKind.sort)).scalars()
        return ["默认影响期（自决定日期起算，可在程序中修改）："] + [
            f"{r.category}·{r.kind}：{f'{r.months}个月' if r.months is not None else '无影响期'}（{r.source}）"
            for r in rows]

    def check(self, session: Session, sheet: Sheet, err: ErrorSink) -> Changes:
        cadres = cadre_ids(session)
        periods = discipline_periods(session)
        existing = {(d.cadre_id, d.category, d.kind, d.decision_date): (d.id, {
            "deciding_body": d.deciding_body, "reason": d.reason, "effect_end": d.effect_end})
            for d in session.execute(select(
                Discipline.id, Discipline.cadre_id, Discipline.category, Discipline.kind, Discipline.decision_date,
                Discipline.deciding_body, Discipline.reason, Discipline.effect_end)).all()}
        dups = Duplicates(sheet, err)
        present = sheet.present
        today = dt.date.today()
        incoming: list[tuple[Any, dict[str, Any]]] = []
        for i, (idn, category, kind, decided, body, reason, end) in enumerate(zip(
                sheet["id_number"], sheet["category"], sheet["kind"], sheet["decision_date"], sheet["deciding_body"],
                sheet["reason"], sheet["effect_end"])):
            cadre_id = find_cadre(cadres, idn, i, err)
            if category is not None and kind is not None and (category, kind) not in periods:
                kinds = "、".join(k for c, k in periods if c == category)
                err(i, "处理种类", f"“{kind}”不属于{category}（{category}的种类：{kinds}）")
                continue
            if cadre_id is None or category is None or kind is None or decided is None:
                continue
            if decided > today:
                err(i, "决定日期", "晚于今天")
            if end is not None and end < decided:
                err(i, "影响期满日期", "早于决定日期")
            if end is None:
                months = periods[(category, kind)]
                end = add_months(decided, months) if months is not None else None
            key = (cadre_id, category, kind, decided)
            if not dups.first(key, i, "决定日期", f"同一干部 {decided.isoformat()} 的{category}（{kind}）"):
                continue
            values: dict[str, Any] = {"cadre_id": cadre_id, "category": category, "kind": kind,
                                      "decision_date": decided}
            if "effect_end" in present or key not in existing:  # absent column: keep a date set by hand
                values["effect_end"] = end
            for f, v in (("deciding_body", body), ("reason", reason)):
                if f in present:
                    values[f] = v
            incoming.append((key, values))
        return table_changes(Discipline, existing, incoming, {"deciding_body": None, "reason": None})

    def export_rows(self, session: Session, year: int | None) -> Iterable[Sequence[Any]]:
        q = select(Discipline, Cadre.id_number).join(Cadre, Cadre.id == Discipline.cadre_id)
        if year is not None:
            q = q.where(extract("year", Discipline.decision_date) == year)
        for d, idn in session.execute(q.order_by(Discipline.decision_date, Discipline.id)):
            yield (idn, d.category, d.kind, d.decision_date, d.deciding_body, d.reason, d.effect_end)


KIND = DisciplineRecordsKind()
