"""The 关心关爱 register kinds (《鼓励激励实施办法》第二十五条至第二十九条): one Kind per register, its columns
made from the register's description in core.incentives.care (the same the form uses). Rows match on the
register's natural key with the cadre (公民身份号码); the other columns present in the file are updated."""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from zydesk.core.incentives.care import ID_LABEL, REGISTER, Field, Register, check_values
from zydesk.excel.records import Duplicates, TableKind, cadre_ids, find_cadre, present, table_changes
from zydesk.excel.schema import Changes, Column, ErrorSink, Sheet, yes_no
from zydesk.services.incentives.care import MODELS, defaults
from zydesk.storage.models import Cadre

_TYPES = {"text": "text", "date": "date", "int": "int", "decimal": "decimal", "bool": "bool"}


def _column(f: Field) -> Column:
    kind = f"code:{f.name}" if f.type == "choice" else _TYPES[f.type]
    helptext = f.help or (" / ".join(f.choices) if f.choices else "")
    if f.type == "int" and f.name == "year":
        return Column(f.label, f.name, "int", required=f.required, help=helptext, min_value=2000, max_value=2200)
    if f.type == "decimal":
        return Column(f.label, f.name, "decimal", required=f.required, help=helptext or "天数，可有一位小数",
                      min_value=0, max_value=366)
    return Column(f.label, f.name, kind, required=f.required, help=helptext, max_len=f.max_len)


class CareKind(TableKind):
    def __init__(self, key: str) -> None:
        self.reg: Register = REGISTER[key]
        self.name = key
        self.title = self.reg.title
        self.notes = self.reg.notes
        self.articles = (self.reg.citation,)
        self.year_filter = "年度" if self.reg.year_field == "year" else f"{self.reg.field(self.reg.year_field).label}所在年度"
        self.columns = (Column(ID_LABEL, "id_number", "idnumber", required=True, help="须为已录入的干部"),
                        *(_column(f) for f in self.reg.fields))
        self.model: Any = MODELS[key]

    def code_lists(self, session: Session) -> Mapping[str, Sequence[str]]:
        return {f.name: f.choices for f in self.reg.fields if f.type == "choice"}

    def check(self, session: Session, sheet: Sheet, err: ErrorSink) -> Changes:
        reg, fields = self.reg, [f.name for f in self.reg.fields]
        cadres = cadre_ids(session)
        existing = {(r.cadre_id, *(getattr(r, k) for k in reg.natural_key)):
                    (r.id, {f: getattr(r, f) for f in fields}) for r in session.scalars(select(self.model))}
        dups = Duplicates(sheet, err)
        blank = defaults(reg)
        incoming: list[tuple[Any, dict[str, Any]]] = []
        for i in range(len(sheet)):
            values = {f: sheet[f][i] for f in fields}
            cid = find_cadre(cadres, sheet["id_number"][i], i, err)
            problems = [(label, msg) for label, msg in check_values(reg, values)
                        if msg != "必须填写"]  # the importer already reports an empty required cell
            for label, msg in problems:
                err(i, label, msg)
            if cid is None or problems or any(values[k] is None for k in reg.natural_key):
                continue
            key = (cid, *(values[k] for k in reg.natural_key))
            what = "、".join(str(values[k]) for k in reg.natural_key)
            if not dups.first(key, i, reg.label_of_key, f"同一干部的 {what}"):
                continue
            kept = {k: (blank[k] if v is None else v) for k, v in values.items() if k not in reg.natural_key}
            incoming.append((key, {"cadre_id": cid, **{k: values[k] for k in reg.natural_key},
                                   **present(sheet, kept)}))
        return table_changes(self.model, existing, incoming,
                             {k: v for k, v in blank.items() if k not in reg.natural_key})

    def export_rows(self, session: Session, year: int | None) -> Iterable[Sequence[Any]]:
        reg, m = self.reg, self.model
        q = select(Cadre.id_number, m).join(Cadre, Cadre.id == m.cadre_id)
        for idn, rec in session.execute(q.order_by(getattr(m, reg.year_field), m.id)):
            placed = getattr(rec, reg.year_field)
            if year is not None and (placed if isinstance(placed, int) else placed.year) != year:
                continue
            yield (idn, *(self._cell(f, getattr(rec, f.name)) for f in reg.fields))

    @staticmethod
    def _cell(f: Field, value: Any) -> Any:
        if f.type == "bool":
            return yes_no(value)
        return value if value not in ("",) else None
