"""The accounts every test database has: 管理员 (系统管理员), 业务员 (录入员+审核员), and one per other role,
all with PASSWORD. The CLI signs in as 业务员 unless a test says otherwise (ZYDESK_USER/ZYDESK_PASSWORD)."""
from __future__ import annotations

from zydesk.core.security.principal import Principal
from zydesk.core.security.roles import Role
from zydesk.services.handle import Database

PASSWORD = "Zy-test-2026"
ADMIN = "管理员"
CLERK = "业务员"
CLERK_ROLES = (Role.CLERK, Role.REVIEWER)
ROLE_ACCOUNTS = {Role.SECURITY_ADMIN: "安全员", Role.AUDIT_ADMIN: "审计员", Role.CLERK: "录入员",
                 Role.REVIEWER: "审核员", Role.READER: "查阅员"}


def as_role(db: Database, *roles: Role) -> Database:
    """The same open database with an account of these roles acting (no sign-in: the key is held)."""
    name = ADMIN if roles == (Role.SYSTEM_ADMIN,) else ROLE_ACCOUNTS.get(roles[0], CLERK) if len(roles) == 1 else CLERK
    return db.acting_as(Principal(name, tuple(roles)))


def add_test_accounts(db: Database) -> None:
    """业务员 and one account per role besides the administrator, all with PASSWORD."""
    from zydesk.services.security.accounts import add_account

    admin = as_role(db, Role.SYSTEM_ADMIN)
    add_account(admin, CLERK, list(CLERK_ROLES), PASSWORD)
    for role, name in ROLE_ACCOUNTS.items():
        add_account(admin, name, [role], PASSWORD)
