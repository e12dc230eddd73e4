"""Import kind `monitoring`: all-or-nothing, errors as 第N行 «列名», then 追赶超越 reads the ranks."""
from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.factories import add_unit
from zydesk.errors import ValidationError
from zydesk.excel.exporter import export_kind
from zydesk.excel.importer import import_file
from zydesk.services.incentives.awards import catch_up_results
from zydesk.storage.uow import Database

HEAD = ["年度", "指标名称", "责任单位", "全省排名", "全市排名", "全省参评数"]


def _xlsx(path: Path, rows: list[list[object]], head: list[str] = HEAD) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(head)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_import_monitoring_and_catch_up(db: Database, tmp_path: Path) -> None:
    add_unit(db, "发改局")
    add_unit(db, "统计局")
    bad = _xlsx(tmp_path / "bad.xlsx", [[2024, "GDP增速", "发改局", 25, 3, 107],
                                        [2024, "GDP增速", "无此局", 0, None, 107],
                                        [2024, "GDP增速", "发改局", 120, None, 107]])
    with pytest.raises(ValidationError) as err:
        import_file(db, "monitoring", bad)
    text = str(err.value)
    assert "第3行 «责任单位»" in text and "第3行 «全省排名»" in text and "第4行" in text
    with db.read() as s:
        assert catch_up_results(s, 2024) == []  # nothing written
    good = _xlsx(tmp_path / "good.xlsx", [[y, "GDP增速", u, r, None, 107] for u, ranks in
                                          (("发改局", (40, 30, 25)), ("统计局", (20, 29, 16)))
                                          for y, r in zip((2022, 2023, 2024), ranks, strict=True)])
    report = import_file(db, "monitoring", good)
    assert report.created == 6
    with db.read() as s:
        res = {c.unit: (c.places_up, c.qualifies) for c in catch_up_results(s, 2024)}
    assert res == {"发改局": (5, True), "统计局": (4, False)}
    assert export_kind(db, "monitoring", tmp_path / "out.xlsx", year=2024) == 2
