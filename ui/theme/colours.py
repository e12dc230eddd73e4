"""The colours of the window, by meaning. theme.qss uses the same values (keep the two in step)."""
from __future__ import annotations

ERROR = "#c0392b"  # a message beside a field, a refused action, 演示数据 in the status bar
WARNING = "#b00000"  # characters no font can draw (print preview)
GOOD = "#1e7e34"  # 容错 notes on a cadre's record, a finished step
HINT = "#808080"  # explanations under a form or a table
MUTED = "#555555"  # secondary text
OVERDUE_BG = "#f8d7da"  # a row with an overdue step
SOON_BG = "#fff3cd"  # a row due within two working days
HIGHLIGHT_BG = "#fdf2d0"  # a changed or notable cell
ACCENT = "#8e44ad"  # a second marker beside ERROR in tables
CURRENT = "#1565c0"  # the current step
AMBER = "#b9770e"  # needs attention, not yet wrong

__all__ = ["ACCENT", "AMBER", "CURRENT", "ERROR", "GOOD", "HIGHLIGHT_BG", "HINT", "MUTED", "OVERDUE_BG",
           "SOON_BG", "WARNING"]
