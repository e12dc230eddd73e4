"""Run every rule over the facts of one scan."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from zydesk.core.adjustment import assessment, determinations, monitoring, personal
from zydesk.core.adjustment.facts import Facts
from zydesk.core.adjustment.finding import Finding, Index

Rule = Callable[[Facts, Index, list[str]], Iterable[Finding]]
RULES: tuple[Rule, ...] = (*assessment.RULES, *monitoring.RULES, *determinations.RULES, *personal.RULES)


@dataclass
class Evaluation:
    findings: list[Finding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # footnotes: 免责 exclusions, missing data


def evaluate(facts: Facts, rules: Iterable[Rule] = RULES) -> Evaluation:
    ix = Index(facts)
    result = Evaluation()
    seen: set[tuple[object, ...]] = set()
    for rule in rules:
        for fd in rule(facts, ix, result.notes):
            key = (fd.cadre.id, fd.citation, fd.evidence)
            if key not in seen:
                seen.add(key)
                result.findings.append(fd)
    result.findings.sort(key=lambda fd: (fd.citation.article, fd.citation.item or 0, fd.cadre.unit_name,
                                         fd.cadre.name))
    result.notes = list(dict.fromkeys(result.notes))
    return result

