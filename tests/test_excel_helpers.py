"""Shared builders for the Excel tests (no tests here): files written with openpyxl, units and cadres."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from tests.factories import add_unit, new_id_number
from zydesk.errors import ValidationError
from zydesk.excel import import_file
from zydesk.excel.kinds import get_kind
from zydesk.storage.models import AuditEntry
from zydesk.storage.uow import Database

CADRE_HEAD = [c.name for c in get_kind("cadres").columns]


def xlsx(path: Path, header: Sequence[Any], rows: Sequence[Sequence[Any]] = (), *, write_only: bool = False) -> Path:
    wb = openpyxl.Workbook(write_only=write_only)
    ws = wb.create_sheet("数据") if write_only else wb.active
    ws.append(list(header))
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def cadre_row(id_number: str | None = None, **changes: Any) -> list[Any]:
    """A valid 17-column row; keyword arguments by Chinese header override cells."""
    values = {
        "姓名": "张伟", "公民身份号码": id_number or new_id_number(), "民族": "汉族", "籍贯": "陕西紫阳",
        "政治面貌": "中共党员", "入党时间": "2005.07", "参加工作时间": "2002-08-01", "学历": "大学", "健康状况": "健康",
        "工作单位": "城关镇", "现任职务": "副镇长", "职务层次": "副科级", "是否正职": "否", "是否领导职务": "是",
        "是否基层一线": "是", "任现职时间": dt.date(2016, 11, 28), "人员状态": "在职",
    }
    for k, v in changes.items():
        assert k in values, k
        values[k] = v
    return [values[h] for h in CADRE_HEAD]


def two_units(db: Database) -> None:
    add_unit(db, "城关镇", kind="镇", group="镇", sort=1)
    add_unit(db, "县财政局", kind="县直部门", group="县直部门一类", sort=2)


def audit_count(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry)) or 0


def count(db: Database, model: type) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def errors_of(db: Database, kind: str, path: Path) -> list[str]:
    """The messages of an import that is refused (it must be)."""
    with pytest.raises(ValidationError) as info:
        import_file(db, kind, path)
    return [str(e) for e in info.value.errors]


def assert_reimport_noop(db: Database, kind: str, path: Path, rows: int) -> None:
    before = audit_count(db)
    report = import_file(db, kind, path)
    assert (report.created, report.updated, report.unchanged) == (0, 0, rows)
    assert audit_count(db) == before  # nothing written, not even an audit entry
