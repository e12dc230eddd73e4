"""Citation(doc, article, item, sub): how every decision names the text it rests on."""
from __future__ import annotations

import pytest

from zydesk.core.citation import Citation, Doc, cn_number


def test_text_full_name_and_json() -> None:
    c = Citation(Doc.ADJUSTMENT, 7, 3, 2)
    assert str(c) == "第七条第（三）项第2目"
    assert c.full() == "《能上能下实施办法》第七条第（三）项第2目"
    assert Doc.ADJUSTMENT.cite(7, 3) == Citation(Doc.ADJUSTMENT, 7, 3)
    assert Doc.TOLERANCE.cite(8, 1).as_json() == {"doc": "容错纠错实施细则", "article": 8, "item": 1}
    assert str(Doc.INCENTIVES.cite(6, None, 2)) == "第六条第2目"
    assert Doc.INCENTIVES.title == "紫阳县党政干部鼓励激励实施办法（试行）"


def test_the_document_is_required_and_first() -> None:
    with pytest.raises(TypeError):
        Citation(7, 3)  # type: ignore[arg-type]
    assert Doc.ADJUSTMENT.cite(7) != Doc.TOLERANCE.cite(7)


@pytest.mark.parametrize("n, text", [(1, "一"), (10, "十"), (17, "十七"), (20, "二十"), (34, "三十四")])
def test_numbers(n: int, text: str) -> None:
    from zydesk.core.articles import cn_int

    assert cn_number(n) == text and cn_int(text) == n
