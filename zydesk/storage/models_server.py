"""The tables only a server database has (db/versions/server_0001_*; none on SQLite, where the head file
beside the database and the key-slot file hold the same): the audit chain's head, kept by the owner's
trigger, and the failed sign-ins per account name. A MetaData of their own, so nothing creates them in a file."""
from __future__ import annotations

from sqlalchemy import CheckConstraint, Column, DateTime, Integer, MetaData, String, Table

from zydesk.storage.base import NAMING

server_metadata = MetaData(naming_convention=NAMING)

AUDIT_HEAD = Table("audit_head", server_metadata,
                   Column("id", Integer, primary_key=True, autoincrement=False),
                   Column("seq", Integer, nullable=False), Column("hash", String(64), nullable=False),
                   CheckConstraint("id = 1", name="one_row"))

SIGN_IN_ATTEMPT = Table("sign_in_attempt", server_metadata,
                        Column("name", String(40), primary_key=True), Column("failures", Integer, nullable=False),
                        Column("locked_until", DateTime, nullable=True))
