"""Awards decided outside the ranking (第五条第（二）（三）项, 第六条第1目, 第七条, 第八条), as 考核办 and
扶贫局 send them: matched on (年度, 奖项, 单位, 重点工作, 村名); the entry form's rules apply to every row."""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from zydesk.core.citation import Doc
from zydesk.core.incentives.awards import (
    F_GRADE,
    F_POINTS,
    F_RECOMMENDED,
    F_TASK,
    F_VILLAGE,
    RECORDED_KINDS,
    REFORM_GRADES,
    recorded_award_problems,
)
from zydesk.core.incentives.seal import SealArea
from zydesk.excel.records import Duplicates, TableKind, table_changes, would_change
from zydesk.excel.schema import Changes, Column, ErrorSink, Sheet, year_column
from zydesk.services.incentives.awards import key_tasks
from zydesk.services.seals import refusal_in
from zydesk.storage.models import Unit
from zydesk.storage.models_ranking import RecordedAward

HEADERS = {F_GRADE: "等次", F_TASK: "重点工作", F_VILLAGE: "村名", F_POINTS: "争取加分", F_RECOMMENDED: "择优推荐",
           "单位": "单位名称", "奖项": "奖项"}


class SpecialAwardsKind(TableKind):
    name = "special-awards"
    title = "单项奖与先进单位"
    year_filter = "年度"
    notes = ("每行一个奖项。只填该奖项需要的列：重大改革创新贡献奖填等次；重点工作单项考核奖填重点工作（须在程序的"
             "重点工作任务清单中）；目标责任考核创优贡献奖填争取加分；脱贫攻坚工作先进镇可填择优推荐；脱贫攻坚先进村"
             "的单位名称填所属镇并填村名。追赶超越贡献奖（第六条第2目）由监测考评数据计算，不在此录入。")
    articles = (Doc.INCENTIVES.cite(5), Doc.INCENTIVES.cite(6), Doc.INCENTIVES.cite(7), Doc.INCENTIVES.cite(8))
    columns = (
        year_column(2016),
        Column("奖项", "kind", "code:recorded_award", required=True),
        Column("单位名称", "unit_name", "code:unit", required=True, help="先进村填所属镇"),
        Column("等次", "grade", "code:reform_grade", help="重大改革创新贡献奖必填"),
        Column("重点工作", "task", "code:key_task", help="重点工作单项考核奖必填"),
        Column("村名", "village", max_len=60, help="脱贫攻坚先进村必填"),
        Column("争取加分", "plus_points", "decimal", help="目标责任考核创优贡献奖必填，大于 0"),
        Column("择优推荐", "recommended", "bool", help="脱贫攻坚工作先进镇推荐参加全市评选的填“是”"),
        Column("说明", "reason", max_len=2000),
    )

    def code_lists(self, session: Session) -> Mapping[str, Sequence[str]]:
        return {"recorded_award": RECORDED_KINDS, "reform_grade": [str(g) for g in REFORM_GRADES],
                "key_task": key_tasks(session)}

    def check(self, session: Session, sheet: Sheet, err: ErrorSink) -> Changes:
        units = {name: (uid, kind) for uid, name, kind in session.execute(select(Unit.id, Unit.name, Unit.kind))}
        tasks = key_tasks(session)
        existing = {(r.year, r.kind, r.unit_id, r.task, r.village): (r.id, {
            "grade": r.grade, "plus_points": r.plus_points, "recommended": r.recommended, "reason": r.reason})
            for r in session.scalars(select(RecordedAward))}
        dups = Duplicates(sheet, err)
        present = sheet.present
        incoming: list[tuple[Any, dict[str, Any]]] = []
        for i, (year, kind, unit, grade, task, village, points, rec, reason) in enumerate(zip(
                sheet["year"], sheet["kind"], sheet["unit_name"], sheet["grade"], sheet["task"], sheet["village"],
                sheet["plus_points"], sheet["recommended"], sheet["reason"])):
            if year is None or kind is None or unit is None:
                continue  # already reported
            uid, unit_kind = units[unit]
            problems = recorded_award_problems(kind, unit_kind, grade=grade, task=task, village=village,
                                               points=points, recommended=bool(rec), key_tasks=tasks)
            for label, message in problems:
                err(i, HEADERS[label], message)
            if problems:
                continue
            key = (year, kind, uid, task, village)
            if not dups.first(key, i, "奖项", f"{year}年{unit}{village or ''}{task or ''}的{kind}"):
                continue
            values: dict[str, Any] = {"year": year, "kind": kind, "unit_id": uid, "task": task, "village": village,
                                      "grade": grade, "plus_points": points}
            if "recommended" in present:
                values["recommended"] = bool(rec)
            if "reason" in present:
                values["reason"] = reason or ""
            if (sealed := refusal_in(session, SealArea.RANKING, year)) and would_change(existing, key, values):
                err(i, "年度", sealed)
                continue
            incoming.append((key, values))
        return table_changes(RecordedAward, existing, incoming, {"recommended": False, "reason": ""})

    def export_rows(self, session: Session, year: int | None) -> Iterable[Sequence[Any]]:
        order = {k: n for n, k in enumerate(RECORDED_KINDS)}
        q = select(RecordedAward, Unit.name).join(Unit, Unit.id == RecordedAward.unit_id)
        if year is not None:
            q = q.where(RecordedAward.year == year)
        rows = sorted(session.execute(q), key=lambda t: (t[0].year, order.get(t[0].kind, 99), t[0].id))
        for r, unit in rows:
            yield (r.year, r.kind, unit, r.grade, r.task, r.village, r.plus_points, r.recommended or None,
                   r.reason or None)


KIND = SpecialAwardsKind()
