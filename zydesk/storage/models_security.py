"""Accounts: who may sign in, with which roles (the key slots beside the file hold their wrapped keys)."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, DateTime, String
from sqlalchemy.orm import Mapped, mapped_column

from zydesk.storage.base import Base, Versioned


class Account(Versioned, Base):
    __tablename__ = "account"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    roles: Mapped[str] = mapped_column(String(80))  # '录入员,审核员'
    password_hash: Mapped[str] = mapped_column(String(200))  # argon2id (PHC string)
    password_changed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    must_change: Mapped[bool] = mapped_column(Boolean, default=False)  # set by an administrator's reset
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)  # 停用 (user lock NAME)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(40))
