"""民主测评: matched on (年度, 测评类型, 测评对象 — a unit's leadership team or a cadre)."""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from zydesk.core.citation import Doc
from zydesk.core.idnumber import mask
from zydesk.excel.records import Duplicates, TableKind, cadre_ids, find_cadre, table_changes, unit_ids
from zydesk.excel.schema import Changes, Column, ErrorSink, Sheet, year_column
from zydesk.services.codes import vote_options
from zydesk.storage.models import Cadre, Unit, Vote

# A vote whose options come in alternative sets uses one of them: 试用期满测评 asks either 称职/基本称职/不称职
# or 同意/不同意, never both on one ballot.
ALTERNATIVES = {"试用期满测评": (("称职", "基本称职", "不称职"), ("同意", "不同意"))}
OPTIONS = ("好", "较好", "一般", "差", "优秀", "称职", "基本称职", "不称职", "满意", "基本满意", "不满意", "同意", "不同意")


class VotesKind(TableKind):
    name = "votes"
    title = "民主测评"
    articles = (Doc.INCENTIVES.cite(18), Doc.ADJUSTMENT.cite(7), Doc.ADJUSTMENT.cite(15))
    year_filter = "年度"
    columns = (
        year_column(),
        Column("测评类型", "vote_type", "code:vote_type", required=True),
        Column("单位名称", "unit_name", "code:unit", help="测评对象为单位领导班子时填写（与公民身份号码二选一）"),
        Column("公民身份号码", "id_number", "idnumber", help="测评对象为干部个人时填写（与单位名称二选一）"),
        *(Column(o, "n:" + o, "int", min_value=0, max_value=1_000_000, help="票数（非负整数）；空白为无此项，不是0")
          for o in OPTIONS),
    )
    notes = ("各测评类型的选项：" + "；".join(f"{t}：{'、'.join(o)}" for t, o in vote_options().items())
             + "。只填本类型的选项列；重复导入同一年度、类型和对象的测评时，以文件中的票数为准。")

    def code_lists(self, session: Session) -> Mapping[str, Sequence[str]]:
        return {"vote_type": list(vote_options())}

    def check(self, session: Session, sheet: Sheet, err: ErrorSink) -> Changes:
        units = unit_ids(session)
        cadres = cadre_ids(session)
        options = vote_options()
        years = {y for y in sheet["year"] if y is not None}
        existing = {(v.year, v.vote_type, v.unit_id, v.cadre_id): (v.id, {"counts": v.counts}) for v in session.execute(
            select(Vote.id, Vote.year, Vote.vote_type, Vote.unit_id, Vote.cadre_id, Vote.counts)
            .where(Vote.year.in_(years))).all()}
        dups = Duplicates(sheet, err)
        option_cols = [(o, sheet["n:" + o]) for o in OPTIONS if "n:" + o in sheet.present]
        incoming: list[tuple[Any, dict[str, Any]]] = []
        for i, (year, vtype, unit_name, idn) in enumerate(zip(
                sheet["year"], sheet["vote_type"], sheet["unit_name"], sheet["id_number"])):
            counts = {o: col[i] for o, col in option_cols if col[i] is not None}
            if unit_name is not None and idn is not None:
                err(i, "公民身份号码", "单位名称和公民身份号码只填一项：对单位领导班子的测评填单位名称，对干部个人的填公民身份号码")
                continue
            if unit_name is None and idn is None:
                err(i, "单位名称", "单位名称和公民身份号码须填一项（测评对象）")
                continue
            cadre_id = find_cadre(cadres, idn, i, err)
            if idn is not None and cadre_id is None:
                continue
            if vtype is None or year is None:
                continue
            allowed = options.get(vtype, ())
            for o in counts:
                if o not in allowed:
                    err(i, o, f"“{vtype}”没有“{o}”这一选项（其选项为：{'、'.join(allowed)}）")
            if not counts:
                err(i, "测评类型", f"没有填写任何票数（{vtype}的选项：{'、'.join(allowed)}）")
                continue
            sets = [s for s in ALTERNATIVES.get(vtype, ()) if any(o in counts for o in s)]
            if len(sets) > 1:
                err(i, "测评类型", f"{vtype}的票数应为“{'/'.join(sets[0])}”或“{'/'.join(sets[1])}”其中一组，不能两组都填")
            unit_id = units[unit_name] if unit_name is not None else None
            key = (year, vtype, unit_id, cadre_id)
            who = unit_name if unit_name is not None else mask(idn or "")
            if not dups.first(key, i, "测评类型", f"{year} 年度对 {who} 的{vtype}"):
                continue
            # Counts in the options' own order, so that the stored JSON compares and reads the same.
            ordered = {o: counts[o] for o in allowed if o in counts}
            incoming.append((key, {"year": year, "vote_type": vtype, "unit_id": unit_id, "cadre_id": cadre_id,
                                   "counts": ordered}))
        return table_changes(Vote, existing, incoming, {})

    def export_rows(self, session: Session, year: int | None) -> Iterable[Sequence[Any]]:
        q = (select(Vote, Unit.name, Cadre.id_number).outerjoin(Unit, Unit.id == Vote.unit_id)
             .outerjoin(Cadre, Cadre.id == Vote.cadre_id))
        if year is not None:
            q = q.where(Vote.year == year)
        for v, unit_name, idn in session.execute(q.order_by(Vote.year, Vote.vote_type, Vote.id)):
            yield (v.year, v.vote_type, unit_name, idn, *(v.counts.get(o) for o in OPTIONS))


KIND = VotesKind()
