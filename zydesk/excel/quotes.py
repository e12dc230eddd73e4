"""The text of an article as shipped (resources/policy), for the 说明 sheet of a template: a clerk sees
what the sheet feeds in the words of the document itself."""
from __future__ import annotations

from functools import cache

from zydesk import paths
from zydesk.core.articles import split_articles
from zydesk.core.citation import Citation, Doc

POLICY_FILE = "ziban-2016-15.txt"


@cache
def _articles() -> dict[Doc, dict[int, str]]:
    return split_articles((paths.resources_dir() / "policy" / POLICY_FILE).read_text(encoding="utf-8"))


def quote(citation: Citation) -> str:
    """The whole article cited (its items included), led by its number: 第二十二条因身体健康原因…"""
    text = _articles()[citation.doc].get(citation.article)
    if text is None:
        raise KeyError(f"{citation.full()} is not in the shipped text")
    return f"{Citation(citation.doc, citation.article)}{text}"
