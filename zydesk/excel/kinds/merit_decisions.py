"""第十条 记功建议的处理: the decision on a suggestion (连续三年优秀 → 记三等功) as 人社 or 考核办 sends it,
matched on (年度, 干部). 采纳 opens the 记三等功 proposal as the page does; 忽略 needs a reason; a decision
on record is final (the same decision again changes nothing)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from zydesk.core.citation import Doc
from zydesk.excel.records import Duplicates, cadre_ids, find_cadre
from zydesk.excel.schema import Changes, Column, ErrorSink, Kind, Sheet, year_column
from zydesk.services.incentives.excellent import _new_honour, merit_suggestions
from zydesk.storage.models import Cadre
from zydesk.storage.models_excellent import HonourSuggestionDecision
from zydesk.storage.uow import UnitOfWork

DECISIONS = ("采纳", "忽略")


@dataclass(frozen=True)
class Decision:
    year: int
    cadre_id: int
    kind: str
    evidence: str
    accept: bool
    reason: str


class MeritDecisionsKind(Kind):
    name = "merit-decisions"
    title = "记功建议处理"
    year_filter = "年度"
    notes = ("程序对公务员年度考核连续三年“优秀”的干部提出记三等功建议（本地解读：第十条只规定按程序报批记功，"
             "连续三年优秀记三等功出自公务员考核有关规定；建议见“优秀干部评选 → 记功与荣誉”）。"
             "每行处理一条建议：采纳则提出记三等功并进入报批；忽略须填写理由。已处理的建议不能改变处理结果。")
    articles = (Doc.INCENTIVES.cite(10), Doc.INCENTIVES.cite(17))
    columns = (
        year_column(2016),
        Column("公民身份号码", "id_number", "idnumber", required=True),
        Column("处理", "decision", "code:merit_decision", required=True, help="采纳 / 忽略"),
        Column("理由", "reason", max_len=2000, help="忽略时必填"),
    )

    def code_lists(self, session: Session) -> Mapping[str, Sequence[str]]:
        return {"merit_decision": DECISIONS}

    def check(self, session: Session, sheet: Sheet, err: ErrorSink) -> Changes:
        cadres = cadre_ids(session)
        suggestions: dict[int, dict[int, Any]] = {}
        dups = Duplicates(sheet, err)
        changes = Changes(plan=[])
        for i, (year, idn, decision, reason) in enumerate(zip(sheet["year"], sheet["id_number"], sheet["decision"],
                                                              sheet["reason"])):
            cid = find_cadre(cadres, idn, i, err)
            if year is None or cid is None or decision is None:
                continue
            if not dups.first((year, cid), i, "公民身份号码", f"{year}年度同一干部"):
                continue
            if year not in suggestions:
                suggestions[year] = {s.cadre_id: s for s in merit_suggestions(session, year, include_decided=True)}
            sug = suggestions[year].get(cid)
            if sug is None:
                err(i, "公民身份号码", f"该干部没有{year}年度的记功建议（须{year - 2}—{year}年度考核连续三年“优秀”）")
                continue
            if sug.decision:
                if sug.decision != decision:
                    err(i, "处理", f"该建议已{sug.decision}，不能改为{decision}")
                else:
                    changes.unchanged += 1
                continue
            if decision == "忽略" and not (reason or "").strip():
                err(i, "理由", "忽略建议须填写理由")
                continue
            changes.created += 1
            changes.plan.append(Decision(year, cid, sug.kind, sug.evidence, decision == "采纳", (reason or "").strip()))
        return changes

    def write(self, uow: UnitOfWork, changes: Changes) -> None:
        s = uow.session
        for d in changes.plan:
            honour_id = _new_honour(s, d.year, d.kind, d.cadre_id, None, d.evidence, uow.user).id if d.accept else None
            s.add(HonourSuggestionDecision(cadre_id=d.cadre_id, year=d.year, kind=d.kind,
                                           decision="采纳" if d.accept else "忽略", evidence=d.evidence,
                                           reason=d.reason or None, honour_id=honour_id, at=dt.datetime.now(),
                                           by=uow.user))
        s.flush()

    def export_rows(self, session: Session, year: int | None) -> Iterable[Sequence[Any]]:
        q = (select(HonourSuggestionDecision.year, Cadre.id_number, HonourSuggestionDecision.decision,
                    HonourSuggestionDecision.reason)
             .join(Cadre, Cadre.id == HonourSuggestionDecision.cadre_id))
        if year is not None:
            q = q.where(HonourSuggestionDecision.year == year)
        yield from (tuple(r) for r in session.execute(q.order_by(HonourSuggestionDecision.year,
                                                                 HonourSuggestionDecision.id)))


KIND = MeritDecisionsKind()
