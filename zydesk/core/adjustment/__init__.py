"""能上能下: the adjustment trigger rules (《紫阳县推进县管党政领导干部能上能下实施办法（试行）》).

Pure: facts in (zydesk.core.adjustment.facts), findings out (zydesk.core.adjustment.finding).
"""
from zydesk.core.adjustment.engine import RULES, Evaluation, evaluate
from zydesk.core.adjustment.facts import Facts
from zydesk.core.adjustment.finding import NEEDS_REVIEW, SHOULD, VERDICTS, WARN_FIRST, Finding

__all__ = ["RULES", "Evaluation", "evaluate", "Facts", "Finding", "NEEDS_REVIEW", "SHOULD", "VERDICTS",
           "WARN_FIRST"]
