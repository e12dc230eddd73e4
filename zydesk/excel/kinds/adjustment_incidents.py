"""责任认定 (能上能下 第十条至第十五条、第十七条): one row per cadre held responsible. Rows with the same
认定日期, 认定文件, 条, 项 and 单位 form one determination (matched on that key when imported again).

容错案件编号 belongs to the row's person: a case protects only the unit, organization or person it was
concluded for (容错纠错实施细则 第十一条、第十二条), so one person's case is linked on that person's row and the
other rows of the determination may leave it blank or name their own."""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from zydesk.core.adjustment import DeterminationKind
from zydesk.core.adjustment.determinations import ITEMS, KINDS
from zydesk.core.citation import Doc
from zydesk.excel.records import cadre_ids, find_cadre, unit_ids
from zydesk.excel.schema import Changes, Column, ErrorSink, Kind, Sheet
from zydesk.services.adjustment.facts import ROLES
from zydesk.storage.models import Cadre, Unit
from zydesk.storage.models_adjustment import Determination, DeterminationCadre
from zydesk.storage.uow import UnitOfWork

SHARED = ("kind", "description", "fraud")  # must agree on every row of one determination


class IncidentsKind(Kind):
    name = "incidents"
    title = "责任认定"
    articles = (Doc.ADJUSTMENT.cite(10), Doc.ADJUSTMENT.cite(11), Doc.ADJUSTMENT.cite(12), Doc.ADJUSTMENT.cite(13), Doc.ADJUSTMENT.cite(14), Doc.ADJUSTMENT.cite(15), Doc.ADJUSTMENT.cite(17))
    year_filter = "认定日期所在年度"
    notes = ("条、项填阿拉伯数字：第十条第（一）项填 10 和 1。认定类型：认定（一份即满足该项）；第十条第（一）项的"
             "“环保通报”一年内 3 次以上、第十二条第（一）项的“重大”一年内 2 起（或“特别重大”1 起）、第十四条第（二）项的"
             "“通报”两次以上才构成情形。同一认定有多名责任人的，每人一行，日期、文件、条、项、单位相同。"
             "容错案件编号填在申请容错的本人一行：容错结论只适用于其申请人（单位申请的，适用于该单位的认定）。")
    columns = (
        Column("认定日期", "date", "date", required=True),
        Column("单位名称", "unit_name", "code:unit", help="发生问题的镇或部门"),
        Column("条", "article", "int", required=True, min_value=10, max_value=17),
        Column("项", "item", "int", required=True, min_value=1, max_value=10),
        Column("认定类型", "kind", "code:determination_kind", help="认定 / 通报批评 / 环保通报 / 重大 / 特别重大 / 通报；空白为“认定”"),
        Column("认定文件", "source", required=True, max_len=120, help="责任认定依据的文件及文号"),
        Column("情况说明", "description"),
        Column("责任人公民身份号码", "id_number", "idnumber", required=True),
        Column("责任类型", "role", "code:responsibility_role", required=True, help="主要负责人 / 分管领导 / 相关责任人"),
        Column("容错案件编号", "tolerance_case", max_len=40, help="该责任人（或其单位）已申请容错的，填容错案件编号"),
        Column("弄虚作假或隐瞒不报", "fraud", "bool", help="第十六条：报告中弄虚作假、隐瞒不报、不及时报告，是 / 否"),
    )

    def code_lists(self, session: Session) -> Mapping[str, Sequence[str]]:
        return {"determination_kind": [k.value for k in KINDS], "responsibility_role": ROLES}

    def check(self, session: Session, sheet: Sheet, err: ErrorSink) -> Changes:
        units, cadres = unit_ids(session), cadre_ids(session)
        existing = {(d.date, d.source, d.article, d.item, d.unit_id): d
                    for d in session.scalars(select(Determination))}
        groups: dict[tuple[Any, ...], dict[str, Any]] = {}
        first_row: dict[tuple[Any, ...], int] = {}
        for i in range(len(sheet)):
            row = {f: sheet[f][i] for f in ("date", "unit_name", "article", "item", "kind", "source", "description",
                                            "id_number", "role", "tolerance_case", "fraud")}
            cadre_id = find_cadre(cadres, row["id_number"], i, err, "责任人公民身份号码")
            if row["article"] is not None and row["item"] is not None and (row["article"], row["item"]) not in ITEMS:
                err(i, "项", f"{Doc.ADJUSTMENT.cite(row['article'], row['item'])}不是可登记责任认定的条款")
                continue
            if None in (row["date"], row["article"], row["item"], row["source"], row["role"]) or cadre_id is None:
                continue
            unit_id = units[row["unit_name"]] if row["unit_name"] else None
            key = (row["date"], row["source"], row["article"], row["item"], unit_id)
            shared = {"kind": row["kind"] or DeterminationKind.DETERMINED.value, "description": row["description"] or "",
                      "fraud": bool(row["fraud"])}
            g = groups.get(key)
            if g is None:
                groups[key] = g = {**shared, "people": {}}
                first_row[key] = i
            else:
                for f in SHARED:
                    if g[f] != shared[f]:
                        err(i, self.header(f), f"与第{sheet.rows[first_row[key]]}行（同一认定）不一致")
            if cadre_id in g["people"]:
                err(i, "责任人公民身份号码", f"与第{sheet.rows[first_row[key]]}行起的同一认定中重复")
            g["people"][cadre_id] = (row["role"], (row["tolerance_case"] or "").strip() or None)
        changes = Changes()
        plan = []
        for key, g in groups.items():
            old = existing.get(key)
            if old is None:
                changes.created += 1
            else:
                people = {r.cadre_id: (r.role, _case_of(old, r)) for r in old.responsible}
                same = all(getattr(old, f) == g[f] for f in SHARED) and all(
                    people.get(c) == v for c, v in g["people"].items())
                if same:
                    changes.unchanged += 1
                    continue
                changes.updated += 1
                changes.updates.append(("Determination", str(old.id),
                                        {**{f: getattr(old, f) for f in SHARED}, "people": _people_json(people)},
                                        {**{f: g[f] for f in SHARED}, "people": _people_json(g["people"])}))
            plan.append((key, old.id if old is not None else None, g))
        changes.plan = plan
        return changes

    def header(self, fieldname: str) -> str:
        return next(c.name for c in self.columns if c.field == fieldname)

    def write(self, uow: UnitOfWork, changes: Changes) -> None:
        s = uow.session
        for (date, source, article, item, unit_id), old_id, g in changes.plan:
            d = s.get(Determination, old_id) if old_id is not None else None
            if d is None:
                d = Determination(date=date, source=source, article=article, item=item, unit_id=unit_id)
                s.add(d)
            for f in SHARED:
                setattr(d, f, g[f])
            roles = {r.cadre_id: r for r in d.responsible}
            for cadre_id, (role, case) in g["people"].items():
                if cadre_id in roles:
                    roles[cadre_id].role, roles[cadre_id].tolerance_case = role, case
                else:
                    d.responsible.append(DeterminationCadre(cadre_id=cadre_id, role=role, tolerance_case=case))
            if d.tolerance_case is not None:  # a case once recorded for the whole determination: now per row
                for r in d.responsible:
                    if r.cadre_id not in g["people"] and r.tolerance_case is None:
                        r.tolerance_case = d.tolerance_case
                d.tolerance_case = None
        s.flush()

    def export_rows(self, session: Session, year: int | None) -> Iterable[Sequence[Any]]:
        D, DC = Determination, DeterminationCadre
        q = (select(D, DC.role, DC.tolerance_case, Cadre.id_number, Unit.name).join(DC, DC.determination_id == D.id)
             .join(Cadre, Cadre.id == DC.cadre_id).outerjoin(Unit, Unit.id == D.unit_id))
        for d, role, case, idn, unit in session.execute(q.order_by(D.date, D.id, DC.id)):
            if year is not None and d.date.year != year:
                continue
            yield (d.date, unit, d.article, d.item, d.kind, d.source, d.description, idn, role,
                   case or d.tolerance_case, d.fraud)


def _case_of(d: Determination, r: DeterminationCadre) -> str | None:
    """The case linked to this person: their own, else one recorded for the whole determination."""
    return r.tolerance_case or d.tolerance_case


def _people_json(people: Mapping[int, tuple[str, str | None]]) -> dict[str, list[str | None]]:
    return {str(c): [role, case] for c, (role, case) in sorted(people.items())}


KIND = IncidentsKind()
