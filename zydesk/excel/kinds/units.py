"""单位: matched on 单位名称."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from zydesk.core.master import UnitData, validate_unit
from zydesk.excel.records import Duplicates, TableKind, table_changes
from zydesk.excel.schema import Changes, Column, ErrorSink, Sheet
from zydesk.services.codes import load_codes
from zydesk.storage.models import Unit


class UnitsKind(TableKind):
    name = "units"
    title = "单位"
    columns = (
        Column("单位名称", "name", required=True, max_len=60, help="单位全称，导入时据此识别单位（同名即同一单位）"),
        Column("单位简称", "short_name", max_len=30, help="报表中使用的简称"),
        Column("单位类型", "kind", "code:unit_kind", required=True, help="镇 / 县直部门 / 县直事业单位 / 县属国有企业"),
        Column("考核类别", "group", required=True, max_len=40, help="年度考核中在其内排名的类别，如“县直部门一类”"),
        Column("排序号", "sort_order", "int", min_value=0, max_value=99999, help="整数，越小越靠前；空白为0"),
    )

    def check(self, session: Session, sheet: Sheet, err: ErrorSink) -> Changes:
        codes = load_codes(session)
        existing = {
            u.name: (u.id, {"short_name": u.short_name, "kind": u.kind, "group": u.group, "sort_order": u.sort_order})
            for u in session.scalars(select(Unit))
        }
        dups = Duplicates(sheet, err)
        incoming: list[tuple[str, dict[str, Any]]] = []
        has_short, has_sort = "short_name" in sheet.present, "sort_order" in sheet.present
        for i, (name, short, kind, group, sort) in enumerate(zip(
                sheet["name"], sheet["short_name"], sheet["kind"], sheet["group"], sheet["sort_order"])):
            if name is None or not dups.first(name, i, "单位名称", f"单位“{name}”"):
                continue
            if kind is None or group is None:
                continue  # a required cell was empty or wrong: already reported
            res = validate_unit(UnitData(name=name, kind=kind, group=group, short_name=short,
                                         sort_order=sort or 0), codes)
            for e in res.errors:
                err(i, e.field, e.message)
            values: dict[str, Any] = {"name": name, "kind": kind, "group": group}
            if has_short:
                values["short_name"] = short
            if has_sort:
                values["sort_order"] = sort or 0
            incoming.append((name, values))
        return table_changes(Unit, existing, incoming, {"short_name": None, "sort_order": 0, "active": True})

    def export_rows(self, session: Session, year: int | None) -> Iterable[Sequence[Any]]:
        for u in session.scalars(select(Unit).order_by(Unit.kind, Unit.group, Unit.sort_order, Unit.name)):
            yield (u.name, u.short_name, u.kind, u.group, u.sort_order)


KIND = UnitsKind()
