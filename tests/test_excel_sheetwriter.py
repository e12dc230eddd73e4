"""The export's sheet writer: what each kind of value becomes, read back by openpyxl and python-calamine."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
from python_calamine import CalamineWorkbook

from zydesk.excel.sheetwriter import SheetWriter, column_letter


def test_values_read_back(tmp_path: Path) -> None:
    path = tmp_path / "s.xlsx"
    row = ["张伟", "=1+1", "-组", "a<b&c>", " 前后空格 ", "响\x07铃", 42, Decimal("95.5"), 1.25, True,
           dt.date(2016, 11, 28), dt.datetime(2017, 3, 31, 12, 0), None, "", float("nan"), Decimal("NaN")]
    with SheetWriter(path, "干部信息[测试]", [12] * len(row)) as w:
        w.row([f"列{k}" for k in range(len(row))])
        w.row(row)
    ws = openpyxl.load_workbook(path).worksheets[0]
    assert ws.title == "干部信息_测试_" and ws.freeze_panes == "A2"
    got = [(c.value, c.quotePrefix) for c in ws[2]]
    assert got[:12] == [("张伟", False), ("=1+1", True), ("-组", True), ("a<b&c>", False), (" 前后空格 ", False),
                        ("响铃", False), (42, False), (95.5, False), (1.25, False), (True, False),
                        (dt.datetime(2016, 11, 28), False), (dt.datetime(2017, 3, 31, 12, 0), False)]
    assert all(c.value is None for c in ws[2][12:])
    assert ws["K2"].number_format == "yyyy-mm-dd" and ws["B2"].data_type == "s"
    assert ws.column_dimensions["A"].width == 12
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    assert rows[1][:11] == ["张伟", "=1+1", "-组", "a<b&c>", " 前后空格 ", "响铃", 42, 95.5, 1.25, True,
                            dt.date(2016, 11, 28)]


def test_an_exception_leaves_the_file_incomplete(tmp_path: Path) -> None:
    path = tmp_path / "s.xlsx"
    try:
        with SheetWriter(path, "x") as w:
            w.row(["a"])
            raise RuntimeError
    except RuntimeError:
        pass
    import zipfile

    assert "xl/workbook.xml" not in zipfile.ZipFile(path).namelist()  # callers write to a temporary file


def test_column_letters() -> None:
    assert [column_letter(k) for k in (0, 25, 26, 51, 52, 701, 702, 16383)] == \
        ["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA", "XFD"]
