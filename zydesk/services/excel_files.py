"""Excel files for the window: the kinds of data, import (or a dry run), export and the import template.

The same functions as `zydesk import/export/template` on the command line."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from zydesk.core.task_state import TaskState
from zydesk.errors import FieldError
from zydesk.excel import exporter, importer
from zydesk.excel import template as templates
from zydesk.excel.importer import ImportReport
from zydesk.excel.kinds import KINDS, get_kind
from zydesk.services.handle import Database


@dataclass(frozen=True)
class KindInfo:
    kind: str
    title: str
    year_filter: str | None  # what 导出 asks the year of (e.g. "年度"); None: exported whole


def kind_list() -> list[KindInfo]:
    """Every kind of data, in menu order."""
    return [KindInfo(k, t, year_filter(k)) for k, t in KINDS.items()]


def kinds() -> dict[str, str]:
    """kind → Chinese title, in menu order."""
    return dict(KINDS)


def year_filter(kind: str) -> str | None:
    """What 导出 asks the year of (e.g. "年度"), or None when the kind is exported whole."""
    return get_kind(kind).year_filter or None


def import_excel(db: Database, kind: str, path: str | Path, *, dry_run: bool = False,
                 state: TaskState | None = None) -> ImportReport:
    """Import (all or nothing) or only check a file; a refused file raises ValidationError with every problem."""
    return importer.import_file(db, kind, path, dry_run=dry_run, state=state)


def export_excel(db: Database, kind: str, path: str | Path, year: int | None = None,
                 state: TaskState | None = None) -> Any:
    return exporter.export_kind(db, kind, path, year=year, state=state)


def write_error_list(kind: str, path: str | Path, errors: Sequence[FieldError], out: str | Path) -> Path:
    """错误清单: the refused file `path` with a 错误说明 column and its bad cells marked, written to `out`."""
    from zydesk.excel.error_list import write_error_list as write

    return write(kind, path, errors, out)


def template(db: Database, kind: str, path: str | Path) -> Path:
    return Path(templates.write_template(db, kind, path))


__all__ = ["ImportReport", "KindInfo", "export_excel", "import_excel", "kind_list", "kinds", "template", "write_error_list",
           "year_filter"]
