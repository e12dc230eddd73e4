"""The storage layer's refusals: all UserErrors (nothing was changed), all DatabaseRefused, so whoever
opens a database catches one type and shows the Chinese message."""
from __future__ import annotations

from zydesk.errors import UserError


class DatabaseRefused(UserError):
    """The file cannot be used: not ours, damaged, newer than this program, in a place that is refused,
    or the disk or another writer stopped the work. Message is for the clerk."""


class DatabaseDamaged(DatabaseRefused):
    """The file failed its integrity check: it is opened read-only and every write is refused with this
    message until a good backup is restored."""
