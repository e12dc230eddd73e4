"""How every decision names the text it rests on: 第七条第（三）项第2目."""
from __future__ import annotations

from dataclasses import dataclass

_DIGITS = "零一二三四五六七八九"


def cn_number(n: int) -> str:
    """1 → 一, 10 → 十, 17 → 十七, 20 → 二十, 34 → 三十四 (enough for article numbers)."""
    if n < 10:
        return _DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[ones] if ones else "")


@dataclass(frozen=True)
class Citation:
    """article 7, item 3, sub 2 → 第七条第（三）项第2目. doc names which of the three documents."""

    article: int
    item: int | None = None
    sub: int | None = None
    doc: str = ""  # 鼓励激励 / 容错纠错 / 能上能下

    def __str__(self) -> str:
        text = f"第{cn_number(self.article)}条"
        if self.item is not None:
            text += f"第（{cn_number(self.item)}）项"
        if self.sub is not None:
            text += f"第{self.sub}目"
        return text

    def full(self) -> str:
        prefix = {"鼓励激励": "《鼓励激励实施办法》", "容错纠错": "《容错纠错实施细则》",
                  "能上能下": "《能上能下实施办法》"}.get(self.doc, "")
        return prefix + str(self)
