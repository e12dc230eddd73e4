"""The colours of the window, by meaning. theme.qss uses the same values (keep the two in step).

Near-identical shades that once differed from screen to screen share one name here: a green is GOOD, an
amber is AMBER, a blue is CURRENT, a dark grey is MUTED, a mid grey is HINT.
"""
from __future__ import annotations

ERROR = "#c0392b"  # a message beside a field, a refused action, a finding that asks for an adjustment, 演示数据
WARNING = "#b00000"  # characters no font can draw (print preview)
GOOD = "#1e7e34"  # 容错 notes on a cadre's record, a finished step, a passed check, 整改到位
AMBER = "#b9770e"  # needs attention, not yet wrong: a finding to review, an estimate, 整改中
CURRENT = "#1565c0"  # the current step; a finding that asks for a reminder first
ACCENT = "#8e44ad"  # a second marker beside ERROR in tables
MUTED = "#555555"  # secondary text, notes under a panel
HINT = "#808080"  # explanations under a form or a table, steps not reached yet
FAINT = "#aaaaaa"  # what does not apply (a step the case skips)
OVERDUE_BG = "#f8d7da"  # a row with an overdue step
SOON_BG = "#fff3cd"  # a row due within two working days
HIGHLIGHT_BG = "#fdf2d0"  # a changed or notable cell

__all__ = ["ACCENT", "AMBER", "CURRENT", "ERROR", "FAINT", "GOOD", "HIGHLIGHT_BG", "HINT", "MUTED", "OVERDUE_BG",
           "SOON_BG", "WARNING"]
