"""All-or-nothing import: read (reader.py) → convert every cell by its column type → the kind checks the
rows against the database → if any problem, raise ValidationError listing all of them (nothing written);
otherwise write everything in one unit of work with one summary audit entry."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from zydesk.core.task_state import TaskState
from zydesk.storage.uow import Database


@dataclass
class ImportReport:
    kind: str  # e.g. "cadres"
    title: str  # e.g. "干部信息"
    file: str
    sha256: str
    rows: int  # data rows read (empty rows skipped)
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    dry_run: bool = False
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        head = "检查完成（试导入，未写入任何数据）" if self.dry_run else "导入完成"
        verb = "将" if self.dry_run else ""
        text = (f"{head}：{self.title} {self.rows} 行；{verb}新增 {self.created}，{verb}更新 {self.updated}，"
                f"无变化 {self.unchanged}。")
        return "\n".join([text, *self.notes])


def import_file(db: Database, kind: str, path: str | Path, *, dry_run: bool = False,
                state: TaskState | None = None) -> ImportReport:
    raise NotImplementedError
