"""扶贫绩效考核 (能上能下 第九条): matched on (年度, 单位, 考核类型)."""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from zydesk.core.citation import Doc
from zydesk.excel.records import Duplicates, TableKind, table_changes, unit_ids
from zydesk.excel.schema import Changes, Column, ErrorSink, Sheet, year_column
from zydesk.services.adjustment.facts import POVERTY_GRADES, POVERTY_KINDS
from zydesk.storage.models import Unit
from zydesk.storage.models_adjustment import PovertyAssessment

FIELDS = ("grade", "task_done", "id_accuracy", "exit_accuracy", "satisfaction", "fraud")


def _percent(name: str, field: str) -> Column:
    return Column(name, field, "decimal", help="百分数，0–100", min_value=Decimal(0), max_value=Decimal(100))


class PovertyKind(TableKind):
    name = "poverty"
    title = "扶贫绩效考核"
    articles = (Doc.ADJUSTMENT.cite(9),)
    year_filter = "年度"
    notes = ("第九条：未完成减贫任务；连续两年“一般”或当年“较差”；识别、退出准确率低于90%或群众满意度低于80%；"
             "弄虚作假。百分数填数字，如 92.5 表示 92.5%。")
    columns = (
        year_column(),
        Column("单位名称", "unit_name", "code:unit", required=True),
        Column("考核类型", "kind", "code:poverty_kind", required=True, help="镇扶贫绩效考核 / 帮扶单位包村考核"),
        Column("等次", "grade", "code:poverty_grade", help="好 / 较好 / 一般 / 较差"),
        Column("减贫任务完成", "task_done", "bool", help="是 / 否（镇扶贫绩效考核）"),
        _percent("识别准确率", "id_accuracy"),
        _percent("退出准确率", "exit_accuracy"),
        _percent("群众满意度", "satisfaction"),
        Column("弄虚作假", "fraud", "bool", help="是 / 否，空白按“否”"),
    )

    def code_lists(self, session: Session) -> Mapping[str, Sequence[str]]:
        return {"poverty_kind": POVERTY_KINDS, "poverty_grade": POVERTY_GRADES}

    def check(self, session: Session, sheet: Sheet, err: ErrorSink) -> Changes:
        units = unit_ids(session)
        existing = {(p.year, p.unit_id, p.kind): (p.id, {f: getattr(p, f) for f in FIELDS})
                    for p in session.scalars(select(PovertyAssessment))}
        dups = Duplicates(sheet, err)
        incoming: list[tuple[Any, dict[str, Any]]] = []
        for i, (year, unit, kind) in enumerate(zip(sheet["year"], sheet["unit_name"], sheet["kind"])):
            if year is None or unit is None or kind is None:
                continue
            key = (year, units[unit], kind)
            if not dups.first(key, i, "考核类型", f"{year}年{unit}的{kind}"):
                continue
            values: dict[str, Any] = {"year": year, "unit_id": units[unit], "kind": kind}
            for f in FIELDS:
                if f in sheet.present:
                    v = sheet[f][i]
                    values[f] = bool(v) if f == "fraud" else v
            incoming.append((key, values))
        defaults = {"grade": None, "task_done": None, "id_accuracy": None, "exit_accuracy": None,
                    "satisfaction": None, "fraud": False}
        return table_changes(PovertyAssessment, existing, incoming, defaults)

    def export_rows(self, session: Session, year: int | None) -> Iterable[Sequence[Any]]:
        q = select(PovertyAssessment, Unit.name).join(Unit, Unit.id == PovertyAssessment.unit_id)
        if year is not None:
            q = q.where(PovertyAssessment.year == year)
        for p, unit in session.execute(q.order_by(PovertyAssessment.year, Unit.sort_order, Unit.name)):
            yield (p.year, unit, p.kind, p.grade, p.task_done, p.id_accuracy, p.exit_accuracy, p.satisfaction,
                   p.fraud)


KIND = PovertyKind()
