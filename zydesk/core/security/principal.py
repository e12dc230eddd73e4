"""Who is acting: the signed-in account and its roles (plain data the services check)."""
from __future__ import annotations

from dataclasses import dataclass

from zydesk.core.security.roles import Permission, Role, may, roles_text


@dataclass(frozen=True)
class Principal:
    name: str
    roles: tuple[Role, ...]
    account_id: int | None = None
    must_change: bool = False  # a reset or expired password: nothing but changing it until it is changed

    def may(self, need: Permission) -> bool:
        if self.must_change:
            return need is Permission.OWN_PASSWORD
        return may(self.roles, need)

    @property
    def roles_text(self) -> str:
        return roles_text(self.roles)

    def __str__(self) -> str:
        return f"{self.name}（{self.roles_text}）"
