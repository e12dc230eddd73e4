"""Who is acting: the signed-in account and its roles (plain data the services check)."""
from __future__ import annotations

from dataclasses import dataclass

from zydesk.core.security.roles import Permission, Role, may, roles_text


@dataclass(frozen=True)
class Principal:
    name: str
    roles: tuple[Role, ...]
    account_id: int | None = None

    def may(self, need: Permission) -> bool:
        return may(self.roles, need)

    @property
    def roles_text(self) -> str:
        return roles_text(self.roles)

    def __str__(self) -> str:
        return f"{self.name}（{self.roles_text}）"
