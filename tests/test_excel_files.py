"""Files: refusal of what is not a plain xlsx (before any XML is parsed), templates, text-safe exports."""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from tests.factories import add_cadre, add_unit, new_id_number
from tests.fuzz_corpus import declare_size
from tests.test_excel_helpers import CADRE_HEAD, cadre_row, count, two_units, xlsx
from zydesk.core.idnumber import make_id_number
from zydesk.errors import UserError, ValidationError
from zydesk.excel import KINDS, export_kind, import_file, reader, write_template
from zydesk.excel.kinds import get_kind
from zydesk.storage.models import Unit
from zydesk.storage.uow import Database

UNIT_HEAD = ["单位名称", "单位简称", "单位类型", "考核类别", "排序号"]


def refused(db: Database, path: Path, match: str) -> None:
    with pytest.raises(UserError, match=match):
        import_file(db, "units", path)
    assert count(db, Unit) == 0


def _rezip(src: Path, dst: Path, replace: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, replace.get(info.filename, zin.read(info.filename)))
    return dst


# ---- refusals ----------------------------------------------------------------------------------------

def test_not_xlsx(db: Database, tmp_path: Path) -> None:
    csv = tmp_path / "units.xlsx"
    csv.write_text("单位名称,单位类型\n城关镇,镇\n", encoding="utf-8")
    refused(db, csv, "不是 Excel 工作簿")
    docx = tmp_path / "letter.xlsx"
    with zipfile.ZipFile(docx, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<document/>")
    refused(db, docx, "不是 Excel 工作簿")
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    refused(db, broken, "已损坏")
    refused(db, tmp_path / "missing.xlsx", "找不到文件")


def test_encrypted_and_legacy_files(db: Database, tmp_path: Path) -> None:
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = xlsx(tmp_path / "plain.xlsx", UNIT_HEAD, [["城关镇", None, "镇", "镇", 1]])
    encrypted = tmp_path / "secret.xlsx"  # as Excel saves a workbook with an opening password
    with plain.open("rb") as fin, encrypted.open("wb") as fout:
        OOXMLFile(fin).encrypt("紫阳2016", fout)
    refused(db, encrypted, "设置了打开密码（已加密）")
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024
    legacy = tmp_path / "old.xls"
    legacy.write_bytes(ole + "Workbook".encode("utf-16-le"))
    refused(db, legacy, r"旧版 Excel（\.xls）")


def test_zip_bomb_refused_before_parsing(db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    good = xlsx(tmp_path / "good.xlsx", UNIT_HEAD, [["城关镇", None, "镇", "镇", 1]])
    body = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + \
        b" " * 8_000_000 + b"</sheetData></worksheet>"
    bomb = _rezip(good, tmp_path / "bomb.xlsx", {"xl/worksheets/sheet1.xml": body})
    parsed: list[str] = []
    monkeypatch.setattr(reader, "read_rows", lambda info: parsed.append("read") or [])
    refused(db, bomb, "压缩炸弹")
    assert parsed == []  # refused from the zip directory alone
    monkeypatch.setattr(reader, "MAX_TOTAL_BYTES", 1_000_000)
    refused(db, _rezip(good, tmp_path / "big.xlsx", {
        "xl/worksheets/sheet1.xml": body[:60] + bytes(range(256)) * 5000 + b"</worksheet>"}), "解压后过大")


def _declare_size(path: Path, part: str, size: int) -> None:
    """Make the zip directory (local and central headers) claim `size` unpacked bytes for `part`."""
    path.write_bytes(declare_size(path.read_bytes(), part, size))


def test_zip_bomb_lying_about_its_size(db: Database, tmp_path: Path) -> None:
    good = xlsx(tmp_path / "good.xlsx", UNIT_HEAD, [["城关镇", None, "镇", "镇", 1]])
    body = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + \
        b" " * 20_000_000 + b"</sheetData></worksheet>"
    liar = _rezip(good, tmp_path / "liar.xlsx", {"xl/worksheets/sheet1.xml": body})
    _declare_size(liar, "xl/worksheets/sheet1.xml", 900_000)  # passes the size and ratio checks
    refused(db, liar, "实际大小与声明不符")


def test_xml_entities_refused(db: Database, tmp_path: Path) -> None:
    good = xlsx(tmp_path / "good.xlsx", UNIT_HEAD, [["城关镇", None, "镇", "镇", 1]])
    laughs = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
              b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol2;</t></si></sst>')
    evil = _rezip(good, tmp_path / "evil.xlsx", {"xl/workbook.xml": laughs})
    refused(db, evil, "XML 实体声明")
    # openpyxl, where anything reads with it, goes through defusedxml and refuses the same file.
    from defusedxml import EntitiesForbidden

    assert openpyxl.DEFUSEDXML
    done = subprocess.run([sys.executable, "-c", "import zydesk.excel, openpyxl; print(openpyxl.LXML)"],
                          capture_output=True, text=True, check=True, env={k: v for k, v in os.environ.items()
                                                                           if k != "OPENPYXL_LXML"})
    assert done.stdout.strip() == "False"  # the program keeps openpyxl off lxml, on defusedxml
    with pytest.raises(ValueError) as info:
        openpyxl.load_workbook(evil)
    assert isinstance(info.value.__cause__ or info.value.__context__, EntitiesForbidden)


def test_too_many_rows_or_columns(db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "MAX_ROWS", 20)
    monkeypatch.setattr(reader, "MAX_COLUMNS", 8)
    rows = [[f"单位{k}", None, "镇", "镇", k] for k in range(21)]
    refused(db, xlsx(tmp_path / "rows.xlsx", UNIT_HEAD, rows), "行数过多（21 行数据，上限 20 行）")
    # Written without a <dimension> element: caught after reading, before any row is looked at.
    refused(db, xlsx(tmp_path / "rows2.xlsx", UNIT_HEAD, rows, write_only=True), "行数过多")
    assert import_file(db, "units", xlsx(tmp_path / "ok.xlsx", UNIT_HEAD, rows[:20])).created == 20
    wide = [*UNIT_HEAD, *(f"列{k}" for k in range(4))]
    with pytest.raises(UserError, match="列数过多"):
        import_file(db, "units", xlsx(tmp_path / "wide.xlsx", wide, [["x"] * 9]))


def test_oversized_file(db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = xlsx(tmp_path / "u.xlsx", UNIT_HEAD, [["城关镇", None, "镇", "镇", 1]])
    monkeypatch.setattr(reader, "MAX_FILE_BYTES", 1000)
    refused(db, path, "文件“u.xlsx”过大")


# ---- templates ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", list(KINDS))
def test_template_headers_notes_and_import_back(db: Database, tmp_path: Path, kind: str) -> None:
    add_unit(db, "城关镇", kind="镇", group="镇")
    path = write_template(db, kind, tmp_path / f"{kind}.xlsx")
    wb = openpyxl.load_workbook(path)
    spec = get_kind(kind)
    ws = wb.worksheets[0]
    assert [c.value for c in ws[1]] == [c.name for c in spec.columns]
    assert wb.sheetnames[:2] == [spec.title, "说明"]
    notes = "\n".join(str(c.value) for row in wb["说明"].iter_rows() for c in row if c.value)
    for col in spec.columns:
        assert col.name in notes
    assert "2016年11月28日" in notes
    with pytest.raises(ValidationError) as info:  # the blank template is a valid file with no rows
        import_file(db, kind, path)
    assert [str(e) for e in info.value.errors] == ["«文件»: 没有数据行（第1行为列名，数据从第2行开始）"]


def _validations(path: Path) -> dict[str, list[str]]:
    """Column header → the list of values its drop-down offers."""
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    headers = {c.column_letter: c.value for c in ws[1]}
    found: dict[str, list[str]] = {}
    for dv in ws.data_validations.dataValidation:
        assert dv.type == "list"
        sheet, cells = dv.formula1.split("!")
        col = cells.split(":")[0].replace("$", "").rstrip("0123456789")
        source = wb[sheet.strip("'")]
        assert source.sheet_state == "hidden"
        values = [c.value for c in source[col][1:] if c.value is not None]
        for rng in str(dv.sqref).split():
            found[headers[rng[0]]] = values
    return found


def test_template_drop_downs(db: Database, tmp_path: Path) -> None:
    two_units(db)
    v = _validations(write_template(db, "cadres", tmp_path / "c.xlsx"))
    assert set(v) == {"民族", "政治面貌", "学历", "健康状况", "工作单位", "职务层次", "是否正职", "是否领导职务",
                      "是否基层一线", "人员状态"}
    assert v["是否正职"] == ["是", "否"]
    assert v["工作单位"] == ["城关镇", "县财政局"]
    assert "汉族" in v["民族"] and "土家族" in v["民族"] and len(v["民族"]) == 56
    assert v["人员状态"] == ["在职", "调出", "退休", "去世"]
    v = _validations(write_template(db, "votes", tmp_path / "v.xlsx"))
    assert v["测评类型"] == ["班子年度测评", "个人年度测评", "领导干部大会测评", "试用期满测评", "一报告两评议"]
    v = _validations(write_template(db, "discipline", tmp_path / "d.xlsx"))
    assert v["类别"] == ["党纪处分", "政务处分", "组织处理"]
    assert {"警告", "记过", "诫勉", "撤销党内职务"} <= set(v["处理种类"])
    v = _validations(write_template(db, "commendations", tmp_path / "m.xlsx"))
    assert v["对象类型"] == ["个人", "单位"] and v["表彰层级"][0] == "中央/国务院"


def test_template_keeps_id_numbers_as_text(db: Database, tmp_path: Path) -> None:
    path = write_template(db, "cadres", tmp_path / "c.xlsx")
    ws = openpyxl.load_workbook(path).worksheets[0]
    assert ws.column_dimensions["B"].number_format == "@"


def test_template_refuses_other_suffix(db: Database, tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"\.xlsx"):
        write_template(db, "units", tmp_path / "u.csv")


# ---- exports -----------------------------------------------------------------------------------------

RISKY = ["=1+1", "+SUM(A1:A9)", "-2+3", "@SUM(A1)", "=cmd|' /C calc'!A0"]


def test_export_never_writes_formulas(db: Database, tmp_path: Path) -> None:
    for k, text in enumerate(RISKY):
        add_unit(db, text, kind="镇", group=f"-组{k}", sort=k)
    path = tmp_path / "u.xlsx"
    assert export_kind(db, "units", path) == len(RISKY)
    with zipfile.ZipFile(path) as zf:
        sheet = zf.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "<f " not in sheet
    ws = openpyxl.load_workbook(path).worksheets[0]
    names = [(c.value, c.data_type, c.quotePrefix) for c in ws["A"][1:]]
    assert names == [(text, "s", True) for text in RISKY]
    assert all(c.data_type == "s" and c.value.startswith("-组") for c in ws["D"][1:])
    # What was exported imports back unchanged.
    report = import_file(db, "units", path)
    assert (report.unchanged, report.created, report.updated) == (len(RISKY), 0, 0)


def test_export_leading_tab_or_newline_stays_text(db: Database, tmp_path: Path) -> None:
    from zydesk.core.master import UnitData
    from zydesk.services.master import save_unit

    save_unit(db, UnitData(name="城关镇", kind="镇", group="镇", short_name="\t=1+1"))
    save_unit(db, UnitData(name="蒿坪镇", kind="镇", group="镇", short_name="\n=1+1\x07"))
    path = tmp_path / "u.xlsx"
    export_kind(db, "units", path)
    ws = openpyxl.load_workbook(path).worksheets[0]
    assert [(c.value, c.data_type, c.quotePrefix) for c in ws["B"][1:]] == [
        ("\t=1+1", "s", True), ("\n=1+1", "s", True)]  # a control character Excel cannot hold is dropped


def test_export_round_trip_every_kind(db: Database, tmp_path: Path) -> None:
    two_units(db)
    idn = new_id_number()
    add_cadre(db, "张伟", "城关镇", "副镇长", "副科级", id_number=idn, start=dt.date(2016, 11, 28))
    files = {
        "appraisals": (["公民身份号码", "年度", "考核等次", "备注"], [[idn, 2016, "优秀", "=备注"], [idn, 2017, "称职", None]]),
        "unit-scores": (["年度", "单位名称", "考核得分", "一票否决", "否决事由"], [[2016, "城关镇", 95.5, "是", "事故"]]),
        "votes": (["年度", "测评类型", "单位名称", "公民身份号码", "好", "优秀", "称职"],
                  [[2016, "班子年度测评", "城关镇", None, 40, None, None], [2017, "个人年度测评", None, idn, None, 9, 1]]),
        "commendations": (["对象类型", "公民身份号码", "单位名称", "表彰名称", "表彰层级", "表彰日期"],
                          [["个人", idn, None, "优秀党员", "县委县政府", "2016-07-01"]]),
        "discipline": (["公民身份号码", "类别", "处理种类", "决定日期"], [[idn, "组织处理", "诫勉", "2017-03-31"]]),
    }
    for kind, (head, rows) in files.items():
        import_file(db, kind, xlsx(tmp_path / f"in-{kind}.xlsx", head, rows))
    for kind in KINDS:
        if kind not in ("units", "cadres", *files):
            continue  # kinds of other areas have their own tests
        out = tmp_path / f"out-{kind}.xlsx"
        n = export_kind(db, kind, out)
        header = [c.value for c in openpyxl.load_workbook(out).worksheets[0][1]]
        assert header == [c.name for c in get_kind(kind).columns]
        report = import_file(db, kind, out)
        assert (report.created, report.updated, report.unchanged) == (0, 0, n), kind
    ws = openpyxl.load_workbook(tmp_path / "out-cadres.xlsx").worksheets[0]
    row = [c.value for c in ws[2]]
    assert row[1] == idn and row[9] == "城关镇" and row[15] == dt.datetime(2016, 11, 28)


def test_export_year_filter(db: Database, tmp_path: Path) -> None:
    two_units(db)
    idn = new_id_number()
    add_cadre(db, "张伟", "城关镇", id_number=idn)
    import_file(db, "appraisals", xlsx(tmp_path / "a.xlsx", ["公民身份号码", "年度", "考核等次"],
                                       [[idn, 2016, "优秀"], [idn, 2017, "称职"], [idn, 2018, "称职"]]))
    assert export_kind(db, "appraisals", tmp_path / "y.xlsx", year=2017) == 1
    ws = openpyxl.load_workbook(tmp_path / "y.xlsx").worksheets[0]
    assert [r[2] for r in ws.iter_rows(min_row=2, values_only=True)] == [2017]


def test_cadre_export_of_a_large_import(db: Database, tmp_path: Path) -> None:
    two_units(db)
    rows = [cadre_row(make_id_number("610924", dt.date(1970, 1, 1) + dt.timedelta(days=k), k, k % 2 == 0))
            for k in range(300)]
    import_file(db, "cadres", xlsx(tmp_path / "c.xlsx", CADRE_HEAD, rows))
    assert export_kind(db, "cadres", tmp_path / "out.xlsx") == 300
    assert import_file(db, "cadres", tmp_path / "out.xlsx").unchanged == 300


def test_unreadable_inside(db: Database, tmp_path: Path) -> None:
    good = xlsx(tmp_path / "good.xlsx", UNIT_HEAD, [["城关镇", None, "镇", "镇", 1]])
    broken = _rezip(good, tmp_path / "broken-xml.xlsx", {"xl/worksheets/sheet1.xml": b"<worksheet><sheetData><row>"})
    refused(db, broken, "无法读取文件“broken-xml.xlsx”")
    odd = tmp_path / "bz2.xlsx"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(odd, "w", zipfile.ZIP_BZIP2) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, zin.read(info.filename))
    refused(db, odd, "压缩方式不受支持")


def test_export_reports_progress_and_can_be_cancelled(db: Database, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from zydesk.core.task_state import Cancelled, TaskState
    from zydesk.excel import exporter

    monkeypatch.setattr(exporter, "PROGRESS_EVERY", 2)
    for k in range(5):
        add_unit(db, f"单位{k}")
    seen: list[tuple[int, int]] = []
    export_kind(db, "units", tmp_path / "u.xlsx", state=TaskState(lambda d, t, m: seen.append((d, t))))
    assert (2, 5) in seen and seen[-1] == (5, 5)
    state = TaskState(lambda d, t, m: state.cancel() if d == 2 else None)
    with pytest.raises(Cancelled):
        export_kind(db, "units", tmp_path / "cancelled.xlsx", state=state)
    assert not (tmp_path / "cancelled.xlsx").exists()
    assert [p.name for p in tmp_path.iterdir() if "xlsx" in p.name] == ["u.xlsx"]  # no half-written file


def test_rows_are_read_from_column_a_when_the_data_starts_further_right(tmp_path: Path) -> None:
    """The clerk's row and column numbers count from A1 even when the sheet's first cells are blank."""

    from zydesk.excel.reader import FileInfo, read_rows

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws["C3"], ws["D3"], ws["C4"], ws["E5"] = "姓名", "单位", 1, "末"
    path = tmp_path / "offset.xlsx"
    wb.save(path)
    rows = read_rows(FileInfo(path, path.stat().st_size, "", 0))
    assert rows[2][2:4] == ["姓名", "单位"] and rows[3][2] == 1 and rows[4][4] == "末"
    assert all(row[:2] == ["", ""] for row in rows)
