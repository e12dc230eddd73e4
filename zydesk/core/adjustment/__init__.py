"""能上能下: the adjustment trigger rules (《紫阳县推进县管党政领导干部能上能下实施办法（试行）》).

Pure: facts in (zydesk.core.adjustment.facts), findings out (zydesk.core.adjustment.finding); the named values
(verdicts, steps, statuses, kinds) in zydesk.core.adjustment.values.
"""
from zydesk.core.adjustment.engine import RULES, Evaluation, evaluate
from zydesk.core.adjustment.facts import Facts
from zydesk.core.adjustment.finding import VERDICTS, Finding
from zydesk.core.adjustment.values import CaseKind, DeterminationKind, Status, Step, Verdict

__all__ = [
           "RULES",
           "VERDICTS",
           "CaseKind",
           "DeterminationKind",
           "Evaluation",
           "Facts",
           "Finding",
           "Status",
           "Step",
           "Verdict",
           "evaluate",
]
