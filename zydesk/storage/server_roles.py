"""PostgreSQL mode: what the program's own database role may do. The schema belongs to an owner role that
runs the upgrades (`zydesk init` with the owner's URL); every PC connects as the program's role, which reads
and writes the records but may only add audit entries (never change or delete them) and only read the chain
head (the owner's trigger keeps it). docs/deploy-postgresql.md prints the same statements for the IT person."""
from __future__ import annotations

import re

__all__ = ["app_role_grants"]

_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")

GRANTS = """\
GRANT CONNECT ON DATABASE {database} TO {role};
GRANT USAGE ON SCHEMA public TO {role};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role};
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON audit_head, alembic_version FROM {role};
REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM {role};
"""


def app_role_grants(role: str, database: str) -> str:
    """The statements the owner runs after creating the schema and after each upgrade (new tables)."""
    for name in (role, database):
        if not _NAME.match(name):
            raise ValueError(f"not a plain lower-case name: {name!r}")
    return GRANTS.format(role=role, database=database)
