"""Import kind tolerance-cases: paper cases registered with their step dates; all-or-nothing."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from tests.factories import town_deputy
from zydesk.errors import ValidationError
from zydesk.excel.importer import import_file
from zydesk.services.tolerance import cases as svc
from zydesk.services.tolerance.imports import parse_circumstances
from zydesk.storage.models_tolerance import ToleranceCase
from zydesk.storage.uow import Database

HEAD = ["案件编号", "申请人类型", "公民身份号码", "单位名称", "问责启动日期", "申请日期", "受理日期", "核查完成日期",
        "认定日期", "认定结论", "反馈日期", "报备日期", "容错情形", "事由", "主办单位", "不予受理理由"]


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEAD)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


@pytest.fixture
def idn(db: Database) -> str:
    return town_deputy(db)


def test_import_paper_cases(db: Database, idn: str, tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "c.xlsx", [
        ["紫容〔2025〕4号", "个人", idn, None, "2025-03-03", "2025-03-06", "2025-03-10", "2025-04-10",
         "2025-04-18", "免责", "2025-04-21", "2025-04-21", "4,12", "项目推进失误"],
        ["紫容〔2025〕5号", "单位", None, "城关镇", "2025-05-06", "2025-05-26", None, None, None, None, None, None,
         None, "防汛调拨"],
    ])
    report = import_file(db, "tolerance-cases", path)
    assert report.created == 2
    with db.read() as s:
        rows = {r.number: r for r in svc.case_rows(s, today=dt.date(2026, 11, 20))}
        assert svc.case_conclusion(s, "紫容〔2025〕4号") == "免责"
    assert rows["紫容〔2025〕4号"].status == "已报备" and rows["紫容〔2025〕4号"].conclusion == "容错免责"
    assert rows["紫容〔2025〕5号"].status == "已申请" and rows["紫容〔2025〕5号"].late_application
    # a new case that year continues the numbering after the imported ones
    with db.read() as s:
        assert svc.allocate_case_number(s, 2025) == ("紫容〔2025〕6号", 6)


def test_import_refuses_skipped_step_and_bad_values_writes_nothing(db: Database, idn: str, tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "c.xlsx", [
        ["紫容〔2025〕1号", "个人", idn, None, "2025-03-03", "2025-03-06", None, None, "2025-04-18", "免责",
         None, None, "4", ""],
        ["紫容2025-2", "个人", idn, None, "2025-03-03", "2025-03-01", None, None, None, None, None, None, "19", ""],
        ["紫容〔2025〕3号", "单位", None, "城关镇", "2025-03-03", "2025-03-04", None, None, None, None, None, None,
         None, ""],
    ])
    with pytest.raises(ValidationError) as info:
        import_file(db, "tolerance-cases", path)
    text = str(info.value)
    assert "第2行 «认定日期»: 已填认定日期，但缺少前一环节的受理日期" in text
    assert "第3行 «案件编号»" in text and "第3行 «申请日期»" in text and "第3行 «容错情形»" in text
    assert "第4行" not in text
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(ToleranceCase)) == 0


def test_parse_circumstances() -> None:
    assert parse_circumstances("4,12") == [4, 12]
    assert parse_circumstances("12、4，4") == [4, 12]
    with pytest.raises(ValueError, match="1–18"):
        parse_circumstances("0")


def test_import_refused_paper_case_and_export_round_trip(db: Database, idn: str, tmp_path: Path) -> None:
    from zydesk.excel.exporter import export_kind

    path = _xlsx(tmp_path / "c.xlsx", [
        ["紫容〔2017〕1号", "个人", idn, None, "2017-03-01", "2017-03-03", "2017-03-06", None, None, None, None, None,
         None, "扶贫资金拨付延误", "县纪委", "不属于第六条所列情形"],
        ["紫容〔2017〕2号", "个人", idn, None, "2017-03-01", "2017-03-03", "2017-03-06", "2017-04-01", None, None,
         None, None, None, "", "县纪委", "理由"],
    ])
    with pytest.raises(ValidationError, match="第3行 «不予受理理由»: 不予受理的案件不应再有核查完成日期"):
        import_file(db, "tolerance-cases", path)
    path = _xlsx(tmp_path / "c.xlsx", [path_row for path_row in [
        ["紫容〔2017〕1号", "个人", idn, None, "2017-03-01", "2017-03-03", "2017-03-06", None, None, None, None, None,
         None, "扶贫资金拨付延误", "县纪委", "不属于第六条所列情形"]]])
    assert import_file(db, "tolerance-cases", path).created == 1
    with db.read() as s:
        (row,) = svc.case_rows(s, today=dt.date(2026, 11, 20))
    assert row.status == "不予受理" and [st.state for st in row.steps][2:] == ["不适用"] * 4
    out = tmp_path / "out.xlsx"
    export_kind(db, "tolerance-cases", out)
    ws = openpyxl.load_workbook(out).active
    values = [c.value for c in ws[2]]
    assert values[0] == "紫容〔2017〕1号" and values[-1] == "不属于第六条所列情形"
