"""Protections of a tolerated cadre or unit (第十一条, 第十二条), read by other modules:

    protections(session, cadre_id=..., on=...)   -> list[Protection]  (which 第十一条 items apply)
    is_matter_tolerated(session, cadre_id=..., year=...) -> bool
    protection_notes(session, cadre_id)           -> ["已容错（第十一条）：…"] for the cadre page
    case_conclusion(session, "紫容〔2026〕3号")   -> "免责" | "减责" | "不予容错" | None
    impact_period(session, case)                  -> ImpactPeriod | None  (减责 影响期, 第十二条)

A conclusion counts from the day it is made (认定), whether or not feedback has been given yet.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from zydesk.core.citation import Citation
from zydesk.core.tolerance import rules
from zydesk.core.tolerance.values import TOLERATED, Conclusion, Outcome
from zydesk.storage.models_tolerance import ToleranceCase, ToleranceClarification

PROMOTION_ITEM = 3  # 第十一条（三）干部提拔任用 — the one 第十二条 defers to the end of the 影响期


@dataclass(frozen=True)
class ProtectionItem:
    citation: Citation
    text: str


@dataclass(frozen=True)
class Protection:
    case_id: int
    number: str
    matter: str
    conclusion: Conclusion  # 容错免责 / 容错减责
    mitigation: str | None
    concluded_on: dt.date
    accountability_year: int
    cadre_id: int | None
    unit_id: int | None
    applies: tuple[ProtectionItem, ...]  # 第十一条 items not affected on the day asked about
    withheld: tuple[ProtectionItem, ...]  # items waiting for the end of the 影响期 (第十二条)
    impact_end: dt.date | None

    @property
    def note(self) -> str:
        text = f"已容错（{rules.cite(11)}）：{self.number} {self.matter}，{self.conclusion}"
        if self.mitigation:
            text += f"（{self.mitigation}）"
        text += f"，{self.concluded_on.isoformat()}认定"
        if self.withheld and self.impact_end:
            text += (f"；影响期至{self.impact_end.isoformat()}，期满后提拔任用不受影响（{rules.cite(12)}）")
        return text


@dataclass(frozen=True)
class ImpactPeriod:
    months: int
    start: dt.date
    end: dt.date
    mitigation: str | None
    citation: Citation


def _items() -> list[ProtectionItem]:
    return [ProtectionItem(rules.cite(11, i + 1), text.rstrip("；。")) for i, text in enumerate(rules.PROTECTIONS)]


def _protection(case: ToleranceCase, on: dt.date) -> Protection:
    applies: list[ProtectionItem] = []
    withheld: list[ProtectionItem] = []
    # The end date is the last day of the period (期间开始之日不计算在内, as for every 影响期 here).
    in_impact = case.impact_end is not None and on <= case.impact_end
    for item in _items():
        (withheld if in_impact and item.citation.item == PROMOTION_ITEM else applies).append(item)
    assert case.concluded_on is not None and case.conclusion is not None
    return Protection(case.id, case.number, case.matter, Conclusion(case.conclusion), case.mitigation, case.concluded_on,
                      case.accountability_started.year, case.applicant_cadre_id, case.applicant_unit_id,
                      tuple(applies), tuple(withheld), case.impact_end)


def protections(session: Session, *, cadre_id: int | None = None, unit_id: int | None = None,
                on: dt.date | None = None) -> list[Protection]:
    """Tolerance conclusions (免责/减责) about this cadre or unit made on or before `on` (default today)."""
    on = on or dt.date.today()
    if cadre_id is None and unit_id is None:
        return []
    who = []
    if cadre_id is not None:
        who.append(ToleranceCase.applicant_cadre_id == cadre_id)
    if unit_id is not None:
        who.append(ToleranceCase.applicant_unit_id == unit_id)
    q = (select(ToleranceCase).where(or_(*who), ToleranceCase.conclusion.in_(sorted(TOLERATED)),
                                     ToleranceCase.concluded_on <= on)
         .order_by(ToleranceCase.concluded_on))
    return [_protection(c, on) for c in session.scalars(q)]


def is_matter_tolerated(session: Session, *, cadre_id: int | None = None, unit_id: int | None = None,
                        year: int | None = None, on: dt.date | None = None, item: int | None = None) -> bool:
    """Whether a tolerance conclusion covers this cadre/unit (optionally: a matter whose accountability
    started in `year`, and with 第十一条 item `item` applying on `on`)."""
    for p in protections(session, cadre_id=cadre_id, unit_id=unit_id, on=on):
        if year is not None and p.accountability_year != year:
            continue
        if item is not None and not any(i.citation.item == item for i in p.applies):
            continue
        return True
    return False


def protection_notes(session: Session, cadre_id: int, on: dt.date | None = None) -> list[str]:
    """「已容错（第十一条）…」 lines for the cadre page, one per tolerated matter, then the clarifications
    made for the cadre under 第十三条第（一）项 (查无实据 or 诬告: the record should say so too)."""
    on = on or dt.date.today()
    notes = [p.note for p in protections(session, cadre_id=cadre_id, on=on)]
    q = (select(ToleranceClarification).where(ToleranceClarification.cadre_id == cadre_id,
                                              ToleranceClarification.kind == "澄清", ToleranceClarification.on <= on)
         .order_by(ToleranceClarification.on))
    for c in session.scalars(q):
        notes.append(f"已澄清（{rules.cite(13, 1)}）：{c.on.isoformat()}以{c.method}方式澄清，{c.summary}")
    return notes


def _find(session: Session, case: int | str) -> ToleranceCase | None:
    if isinstance(case, int):
        return session.get(ToleranceCase, case)
    return session.scalar(select(ToleranceCase).where(ToleranceCase.number == case.strip()))


def case_conclusion(session: Session, case_number_or_id: int | str) -> Outcome | None:
    """"免责" / "减责" / "不予容错", or None when the case is unknown or not yet concluded."""
    case = _find(session, case_number_or_id)
    if case is None or case.conclusion is None:
        return None
    return Conclusion(case.conclusion).outcome


def impact_period(session: Session, case_number_or_id: int | str) -> ImpactPeriod | None:
    """The 影响期 set in a 减责 conclusion (第十二条), from the conclusion date."""
    case = _find(session, case_number_or_id)
    if case is None or case.impact_months is None or case.impact_end is None or case.concluded_on is None:
        return None
    return ImpactPeriod(case.impact_months, case.concluded_on, case.impact_end, case.mitigation, rules.cite(12))
