"""How every decision names the text it rests on: 《能上能下实施办法》第七条第（三）项第2目.

One type for the three documents of 紫办发〔2016〕15号: Citation(Doc.X, article, item, sub). Each area
makes its citations with its document's `cite` (Doc.ADJUSTMENT.cite(7, 3)), and the function that
applies an article is named after it (a07_3, a08_1_application_due): zydesk.core.articles maps every
article of the three documents to where it is implemented.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

_DIGITS = "零一二三四五六七八九"


def cn_number(n: int) -> str:
    """1 → 一, 10 → 十, 17 → 十七, 20 → 二十, 34 → 三十四 (enough for article numbers)."""
    if n < 10:
        return _DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[ones] if ones else "")


class Doc(Enum):
    """The three documents; the value is the short name the JSON carries as "doc"."""

    INCENTIVES = "鼓励激励实施办法"
    TOLERANCE = "容错纠错实施细则"
    ADJUSTMENT = "能上能下实施办法"

    @property
    def title(self) -> str:
        """The heading in the policy text (full-width brackets): 紫阳县党政干部容错纠错实施细则（试行）."""
        return _TITLES[self]

    def cite(self, article: int, item: int | None = None, sub: int | None = None) -> Citation:
        return Citation(self, article, item, sub)

    def local(self, article: int, item: int | None = None, reading: str = "本地解读") -> Citation:
        """An article the program applies by a local reading or setting (docs/policy-readings.md):
        shown as 第十条（本地解读）, so a clerk never takes the program's reading for the text."""
        return Citation(self, article, item, None, reading)


_TITLES = {
    Doc.INCENTIVES: "紫阳县党政干部鼓励激励实施办法（试行）",
    Doc.TOLERANCE: "紫阳县党政干部容错纠错实施细则（试行）",
    Doc.ADJUSTMENT: "紫阳县推进县管党政领导干部能上能下实施办法（试行）",
}


@dataclass(frozen=True)
class Citation:
    """Doc.ADJUSTMENT, article 7, item 3, sub 2 → 第七条第（三）项第2目."""

    doc: Doc
    article: int
    item: int | None = None
    sub: int | None = None
    local: str = ""  # 本地设置 / 本地解读: the text does not say this, a local reading does

    def __post_init__(self) -> None:
        if not isinstance(self.doc, Doc):  # the document comes first and is never guessed
            raise TypeError(f"Citation needs a Doc first, got {self.doc!r}")
        if self.local not in ("", "本地设置", "本地解读"):
            raise ValueError(f"local must be 本地设置 or 本地解读, got {self.local!r}")

    def __str__(self) -> str:
        text = f"第{cn_number(self.article)}条"
        if self.item is not None:
            text += f"第（{cn_number(self.item)}）项"
        if self.sub is not None:
            text += f"第{self.sub}目"
        if self.local:
            text += f"（{self.local}）"
        return text

    def full(self) -> str:
        return f"《{self.doc.value}》{self}"

    def as_json(self) -> dict[str, object]:
        """The keys every JSON result that cites an article carries."""
        data: dict[str, object] = {"doc": self.doc.value, "article": self.article, "item": self.item}
        if self.local:
            data["local"] = self.local
        return data
