"""干部任免审批表 files brought in: the original `.lrmx` text of each import (photo included), so the values
the program does not model — and the photo — go out again on export. The database is encrypted, so is this."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from zydesk.storage.base import Base


class RenmianFormRecord(Base):
    """The latest imported form of a cadre (one per cadre; a new import replaces it)."""

    __tablename__ = "renmian_form"

    id: Mapped[int] = mapped_column(primary_key=True)
    cadre_id: Mapped[int] = mapped_column(ForeignKey("cadre.id", ondelete="CASCADE"), unique=True)
    xml: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime)
    file_name: Mapped[str] = mapped_column(String(260))
