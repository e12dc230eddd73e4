"""Sealed years: once a year's award notice (考核排名) or its 优秀干部 表彰决定 has its 文号, what it announced
is fixed. The year stays sealed until a 审核员 releases that number's seal with a reason; relocking, or a new
number for the document (after the old one was voided), seals it again. Plain data in, plain answer out."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class SealArea(StrEnum):
    """What a year's number seals; the value is how the clerk calls it."""
    RANKING = "考核排名"
    EXCELLENT = "优秀干部评选"


# The document whose number seals the area's year (a print form's name).
SEALED_BY: dict[SealArea, str] = {SealArea.RANKING: "award-notice", SealArea.EXCELLENT: "excellent-decision"}
CODES: dict[SealArea, str] = {SealArea.RANKING: "ranking", SealArea.EXCELLENT: "excellent"}  # stored and CLI word


def area_of(word: str) -> SealArea:
    """'ranking' / 'excellent' or the Chinese name → the area (ValueError with the choices)."""
    for area, code in CODES.items():
        if word in (code, area.value):
            return area
    raise ValueError(f"没有“{word}”这一项（可选：{'、'.join(f'{c}（{a}）' for a, c in CODES.items())}）")


@dataclass(frozen=True)
class Issued:
    """A document's current number: the document kind, its key (the year as text), the number."""
    kind: str
    key: str
    number_id: int
    number: str


@dataclass(frozen=True)
class Release:
    """An open release (not relocked) of the seal a number put on a year."""
    number_id: int
    reason: str
    by: str


@dataclass(frozen=True)
class SealState:
    area: SealArea
    year: int
    number: str  # 紫发〔2026〕3号; "" when the year has no number (not sealed)
    number_id: int | None
    released: Release | None

    @property
    def sealed(self) -> bool:
        return bool(self.number) and self.released is None

    def label(self) -> str:
        """What the window shows beside the year."""
        if not self.number:
            return ""
        if self.released is not None:
            return f"已解除封存（{self.number}；理由：{self.released.reason}）"
        return f"已封存（{self.number}）"

    def locked_note(self) -> str:
        """Why an edit of the year is unavailable (the tooltip of its disabled buttons); "" while it is open."""
        return f"已随{self.number}印发封存。如需更改，请审核员先解除封存。" if self.sealed else ""

    def refusal(self) -> str:
        verb = "印发" if self.area is SealArea.RANKING else "表彰"
        return (f"{self.year}年度{self.area.value}已随{self.number}{verb}，已封存；"
                "如需更改，请审核员先解除封存。")


def seal_state(area: SealArea, year: int, issued: Iterable[Issued], releases: Iterable[Release]) -> SealState:
    """Whether the area's year is sealed: the current number of its sealing document, unless released."""
    doc = next((i for i in issued if i.kind == SEALED_BY[area] and i.key == str(year)), None)
    if doc is None:
        return SealState(area, year, "", None, None)
    release = next((r for r in releases if r.number_id == doc.number_id), None)
    return SealState(area, year, doc.number, doc.number_id, release)
