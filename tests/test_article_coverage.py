"""Every article of the shipped policy text maps to code, a setting or a declared entry (zydesk.core.articles);
every rule function is registered under its own article and has a golden test; quoted passages are the text."""
from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

import zydesk.core
from zydesk.core import articles as A
from zydesk.core.citation import Doc, cn_number
from zydesk.core.tolerance import policy
from zydesk.core.tolerance import rules as tolerance_rules
from zydesk.paths import resources_dir

ROOT = Path(__file__).resolve().parent.parent
RULE_NAME = re.compile(r"^a(\d\d)((?:_\d+)*)(?:_[a-z]\w*)?$")
ARTICLE_COUNTS = {Doc.INCENTIVES: 34, Doc.TOLERANCE: 16, Doc.ADJUSTMENT: 29}


@cache
def text() -> dict[Doc, dict[int, str]]:
    return A.split_articles((resources_dir() / "policy" / "ziban-2016-15.txt").read_text(encoding="utf-8"))


def resolve(dotted: str) -> object:
    module, _, name = dotted.rpartition(".")
    return getattr(importlib.import_module(module), name)


def item_texts(doc: Doc, article: int) -> dict[int, str]:
    out = {}
    for line in text()[doc][article].splitlines():
        if m := A._ITEM.match(line):
            out[A.cn_int(m.group(1))] = line[m.end():]
    return out


def test_the_shipped_text_has_the_three_documents_article_by_article() -> None:
    for doc, n in ARTICLE_COUNTS.items():
        assert sorted(text()[doc]) == list(range(1, n + 1)), doc
    assert text()[Doc.ADJUSTMENT][24].startswith("县管党政领导干部因上述情形")
    assert A.items(text()[Doc.ADJUSTMENT][7]) == [1, 2, 3, 4, 5, 6]


@pytest.mark.parametrize("doc", list(Doc))
def test_every_article_maps_to_a_rule_a_setting_or_a_declared_entry(doc: Doc) -> None:
    listed = {e.citation.article for e in A.REGISTRY if e.citation.doc is doc}
    missing, extra = sorted(set(text()[doc]) - listed), sorted(listed - set(text()[doc]))
    assert not missing and not extra, f"{doc.value}：未登记 {missing}，多出 {extra}"
    for n, body in text()[doc].items():
        mine = A.entries(doc, n)
        if any(e.citation.item is None for e in mine):
            continue  # the article as a whole
        assert sorted({e.citation.item or 0 for e in mine}) == A.items(body), f"{doc.value}第{cn_number(n)}条：各项未全部登记"


def test_entries_point_at_real_code_and_settings() -> None:
    services = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "zydesk" / "services").rglob("*.py"))
    for e in A.REGISTRY:
        if e.kind in (A.Kind.RULE, A.Kind.PROCEDURE):
            target = resolve(e.where)
            assert e.kind is not A.Kind.RULE or callable(target), e
        elif e.kind is A.Kind.SETTING:
            assert f'"{e.where}"' in services, f"setting {e.where} is read nowhere in zydesk/services"
        else:
            assert not e.where and e.note, e


def test_rule_functions_are_named_after_their_article() -> None:
    for e in A.REGISTRY:
        if e.kind is not A.Kind.RULE:
            continue
        name = e.where.rpartition(".")[2]
        m = RULE_NAME.match(name)
        assert m and int(m.group(1)) == e.citation.article, (name, e.citation)
        numbers = [int(x) for x in m.group(2).split("_") if x]
        assert e.citation.item is None or e.citation.item in numbers, (name, e.citation)


def _rule_functions() -> dict[str, Callable[..., object]]:
    found: dict[str, Callable[..., object]] = {}
    for info in pkgutil.walk_packages(zydesk.core.__path__, "zydesk.core."):
        module = importlib.import_module(info.name)
        for name, fn in vars(module).items():
            if RULE_NAME.match(name) and inspect.isfunction(fn) and fn.__module__ == info.name:
                found[f"{info.name}.{name}"] = fn
    return found


def test_every_rule_function_is_registered() -> None:
    registered = {e.where for e in A.REGISTRY if e.kind is A.Kind.RULE}
    functions = _rule_functions()
    assert len(functions) >= 50
    assert set(functions) - registered == set()


def test_every_entry_names_a_golden_test_that_exists() -> None:
    for e in A.REGISTRY:
        if e.kind in (A.Kind.DECLARATORY, A.Kind.OUTSIDE) and not e.test:
            continue
        path, _, name = e.test.partition("::")
        assert path and name, f"{e.citation.full()} {e.where}: no golden test named"
        file = ROOT / path
        assert file.is_file(), e.test
        assert re.search(rf"^def {re.escape(name)}\(", file.read_text(encoding="utf-8"), re.MULTILINE), e.test


def _quote(fn: Callable[..., object]) -> tuple[str, str] | None:
    """A rule's docstring opens with its citation, a full-width colon and the quoted passage; notes follow a
    blank line. (citation text, passage) or None when the docstring quotes nothing."""
    doc = inspect.getdoc(fn) or ""
    head, sep, rest = doc.partition("：")
    if not doc.startswith("第") or not sep or "\n" in head:
        return None
    return head, rest.split("\n\n")[0]


def test_quoted_passages_of_the_rules_are_the_words_of_the_text() -> None:
    checked = 0
    for e in A.REGISTRY:
        if e.kind is not A.Kind.RULE:
            continue
        quoted = _quote(resolve(e.where))  # type: ignore[arg-type]
        if quoted is None:
            continue
        head, passage = quoted
        assert head.startswith(f"第{cn_number(e.citation.article)}条"), (e.where, head)
        body = A.normal(text()[e.citation.doc][e.citation.article])
        for piece in passage.split("……"):  # an item quoted alone may close with a full stop instead of ；
            assert A.normal(piece).rstrip("。;,:") in body, f"{e.where}: “{piece}” is not in {e.citation.full()}"
        checked += 1
    assert checked >= 25  # the 能上能下 rules all quote their article


def test_quoted_texts_of_the_tolerance_rules_match_the_text() -> None:
    tol = Doc.TOLERANCE
    for article, quotes in ((6, policy.SIX), (8, policy.EIGHT), (9, policy.NINE), (10, policy.TEN),
                            (11, policy.ELEVEN), (13, policy.THIRTEEN)):
        got = item_texts(tol, article)
        assert sorted(got) == list(range(1, len(quotes) + 1)), article
        for i, quote in enumerate(quotes, 1):
            assert A.normal(quote) == A.normal(got[i]), f"第{cn_number(article)}条第（{cn_number(i)}）项"
    for article, quote in ((7, policy.SEVEN), (12, policy.TWELVE), (16, policy.SIXTEEN)):
        assert A.normal(quote) == A.normal(text()[tol][article]), article
    seven = A.normal(policy.SEVEN)
    assert all(A.normal(part) in seven for e in tolerance_rules.EXCLUSIONS for part in e.text.split("，"))
    ten = item_texts(tol, 10)
    assert all(A.normal(body) in A.normal(ten[i]) for i, body in tolerance_rules.HANDLING_BODIES.items())


def test_rules_for_finds_the_code_of_an_article() -> None:
    [entry] = A.rules_for(Doc.ADJUSTMENT.cite(7, 3))
    assert entry.where.endswith(".a07_3") and entry.kind is A.Kind.RULE
    assert {e.where.rpartition(".")[2] for e in A.rules_for(Doc.TOLERANCE.cite(8, 1))} >= {
        "a08_check_action", "a08_timeline", "a08_1_application_due"}
    assert [e.kind for e in A.rules_for(Doc.INCENTIVES.cite(34))] == [A.Kind.DECLARATORY]


def test_care_articles_are_implemented() -> None:
    """第二十五条至第二十九条 of 鼓励激励 (关心关爱) each have a rule or a register, none is left outside."""
    for n in range(25, 30):
        kinds = {e.kind for e in A.entries(Doc.INCENTIVES, n)}
        assert kinds and kinds <= {A.Kind.RULE, A.Kind.PROCEDURE}, n
