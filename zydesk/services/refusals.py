"""Storage failures the clerk can act on (another writer held the file too long, a full or read-only disk,
a damaged page), for the window: the Chinese message instead of an internal error."""
from __future__ import annotations

from zydesk.storage.failures import changed_meanwhile, message_for


def storage_refusal(exc: BaseException) -> str | None:
    """The Chinese message for a storage failure (or a record another clerk changed meanwhile), or None for a
    genuine internal error."""
    return message_for(exc) or changed_meanwhile(exc)


__all__ = ["storage_refusal"]
