"""Import kind `nominations` through the Excel layer: all or nothing, 第N行 «列名» messages, template."""
from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from tests.factories import add_cadre, add_unit
from zydesk.errors import ValidationError
from zydesk.excel.importer import import_file
from zydesk.excel.template import write_template
from zydesk.services.incentives import excellent as svc
from zydesk.storage.models import Cadre
from zydesk.storage.uow import Database


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["年度", "公民身份号码", "推荐单位", "类别", "事迹"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


@pytest.fixture
def numbers(db: Database) -> dict[str, str]:
    add_unit(db, "城关镇", kind="镇", group="镇")
    add_unit(db, "县财政局")
    add_cadre(db, "王书记", "城关镇", "党委书记", "正科级", principal=True)
    add_cadre(db, "孙科员", "县财政局", "科员", "一级科员", leadership=False)
    with db.read() as s:
        return {c.name: c.id_number for c in s.scalars(select(Cadre))}


def test_import_all_or_nothing(db: Database, numbers: dict[str, str], tmp_path: Path) -> None:
    bad = _xlsx(tmp_path / "bad.xlsx", [[2025, numbers["王书记"], "城关镇", "科级干部", "事迹一"],
                                        [2025, numbers["孙科员"], "城关镇", "", ""],
                                        [2025, numbers["王书记"], "城关镇", "部门正职", ""],
                                        [2026, numbers["王书记"], "不存在", "", ""]])
    with pytest.raises(ValidationError) as err:
        import_file(db, "nominations", bad)
    text = str(err.value)
    assert "第3行 «类别»: 现任职务不属于任何评选类别" in text
    assert "第4行 «公民身份号码»: 与第2行重复" in text and "第4行 «类别»: “部门正职”与现任职务不符" in text
    assert "第5行 «推荐单位»" in text
    with db.read() as s:
        assert svc.round_view(s, 2025).nominees == []
    good = _xlsx(tmp_path / "good.xlsx", [[2025, numbers["王书记"], "城关镇", "科级干部", "事迹一"]])
    import_file(db, "nominations", good)
    with db.read() as s:
        (n,) = svc.round_view(s, 2025).nominees
    assert (n.name, n.category, n.stage, n.deeds) == ("王书记", "科级干部", "推荐", "事迹一")
    # the same file again matches the nomination on record and changes nothing (one category per cadre)
    again = import_file(db, "nominations", good)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 1)
    with db.read() as s:
        assert len(svc.round_view(s, 2025).nominees) == 1


def test_template_has_the_columns(db: Database, tmp_path: Path) -> None:
    path = write_template(db, "nominations", tmp_path / "t.xlsx")
    ws = openpyxl.load_workbook(path).worksheets[0]
    headers = [c.value for c in ws[1]]
    assert [str(h).rstrip("*").strip() for h in headers[:5]] == ["年度", "公民身份号码", "推荐单位", "类别", "事迹"]
