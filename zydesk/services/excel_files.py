"""Excel files for the window: the kinds of data, import (or a dry run), export and the import template.

The same functions as `zydesk import/export/template` on the command line."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from zydesk.core.security.roles import Permission
from zydesk.core.task_state import TaskState
from zydesk.errors import FieldError, ValidationError
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


def short_forms(session: Session) -> dict[str, dict[str, str]]:
    """code table (or "unit") → {简称: 正式名称}: the shipped list with the clerk's additions."""
    from zydesk.excel import synonyms

    return synonyms.load(session)


def add_short_form(db: Database, table: str, short: str, full: str) -> None:
    """Let an import read `short` as `full` in columns of the code table `table` ("unit": the 单位 list).
    Every use is still listed in the import report for the clerk to confirm."""
    db.require(Permission.ENTER)
    from zydesk.excel import synonyms
    from zydesk.services.codes import load_codes
    from zydesk.services.settings import get_setting, put_setting
    from zydesk.services.unit_list import list_units

    short, full = short.strip(), full.strip()
    with db.uow("添加导入简称", Permission.ENTER) as uow:
        s = uow.session
        allowed = [u.name for u in list_units(s)] if table == "unit" else load_codes(s).get(table)
        if allowed is None:
            raise ValidationError([FieldError("代码表", f"没有代码表“{table}”")])
        problems = []
        if not short:
            problems.append(FieldError("简称", "必填"))
        elif short in allowed:
            problems.append(FieldError("简称", f"“{short}”本身就是正式名称"))
        if full not in allowed:
            problems.append(FieldError("正式名称", f"“{full}”不在{'单位名录' if table == 'unit' else '代码表'}中"))
        if problems:
            raise ValidationError(problems)
        extra = dict(get_setting(s, synonyms.SETTING_KEY, {}) or {})
        extra[table] = {**dict(extra.get(table) or {}), short: full}
        put_setting(s, synonyms.SETTING_KEY, extra)
        uow.commit()


def template(db: Database, kind: str, path: str | Path) -> Path:
    return Path(templates.write_template(db, kind, path))


__all__ = ["ImportReport", "KindInfo", "export_excel", "import_excel", "kind_list", "short_forms", "add_short_form", "template", "write_error_list",
           "year_filter"]
