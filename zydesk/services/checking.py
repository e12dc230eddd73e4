"""检查数据库: a raw copy of the file as found, then SQLite's checks and the program's own rules.
The file itself is never changed. The same function serves the window (数据 → 检查数据库) and
`zydesk check`."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from zydesk.core.security.roles import Permission
from zydesk.errors import UserError
from zydesk.services.handle import Database
from zydesk.storage.engine import sqlite_path
from zydesk.storage.integrity import Problem, check_file, raw_copy
from zydesk.storage.location import check_location


@dataclass(frozen=True)
class CheckReport:
    path: Path
    copy: Path  # the raw copy made before checking (backups/checks/…-未检查)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "problems": [p.as_json() for p in self.problems],
                "path": str(self.path), "copy": str(self.copy)}

    def summary(self) -> str:
        if self.ok:
            return f"检查完毕，未发现问题。\n\n检查前的原样副本：{self.copy}"
        lines = [f"发现 {len(self.problems)} 个问题：", *(f"· {p.message}" for p in self.problems[:200])]
        if len(self.problems) > 200:
            lines.append(f"……（另有 {len(self.problems) - 200} 个）")
        lines.append(f"\n检查前的原样副本：{self.copy}")
        return "\n".join(lines)


def check_url(url: str, names: bool = False) -> CheckReport:
    """Check the SQLite file of url (without opening it for writing or upgrading it). names: cadres are
    named in the report only for an account that may read business data; the 系统管理员 who runs the check
    sees record numbers (三员分立: he administers the file, not the people in it)."""
    path = sqlite_path(url)
    if path is None:
        raise UserError("只能检查本机的数据库文件（SQLite），服务器数据库请由其管理员检查。")
    check_location(path)
    if not path.is_file():
        raise UserError(f"数据库文件不存在：{path}")
    try:
        copy = raw_copy(path)
    except OSError as exc:
        raise UserError(f"无法在“{path.parent / 'backups'}”中保存检查前的副本（{exc.strerror or exc}），未做检查。") from exc
    return CheckReport(path, copy, check_file(path, names))


def check_database(db: Database) -> CheckReport:
    """The open database, checked through a read-only connection of its own."""
    db.require(Permission.BACKUP)
    return check_url(db.url, names=db.principal.may(Permission.READ))


__all__ = ["CheckReport", "check_database", "check_url"]
