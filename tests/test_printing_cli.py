"""zydesk print: the sample notice, the form list, parameters and errors."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from zydesk.cli.main import main
from zydesk.printing import catalog
from zydesk.printing.catalog import Param, PrintForm
from zydesk.storage.uow import Database


def test_print_sample_notice(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "通知.pdf"
    assert main(["print", "notice", "--sample", "-o", str(out)]) == 0
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert len(reader.pages) > 20
    assert "紫办发〔2016〕15号" in reader.pages[0].extract_text()
    assert "页" in capsys.readouterr().err


def test_list_names_forms_and_parameters(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["print", "--list"]) == 0
    text = capsys.readouterr().out
    assert "notice" in text and "sample-form" in text and "--sample" in text and "--prefix" in text


def test_sample_form_with_parameters(tmp_path: Path) -> None:
    out = tmp_path / "form.pdf"
    assert main(["print", "sample-form", "--name", "王䶮", "-o", str(out)]) == 0
    assert "王䶮" in PdfReader(str(out)).pages[0].extract_text()


def test_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["print", "no-such-form", "-o", str(tmp_path / "x.pdf")]) == 2
    assert "没有名为" in capsys.readouterr().err
    assert main(["print", "notice", "-o", str(tmp_path / "x.pdf")]) == 2
    assert "--sample" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_numbers_register_from_the_database(db: Database, db_url: str, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    url = db_url
    out = tmp_path / "numbers.pdf"
    assert main(["--db", url, "print", "numbers", "--prefix", "紫组发", "--year", "2026", "-o", str(out)]) == 2
    assert "还没有编过文号" in capsys.readouterr().err
    from zydesk.printing import registry

    registry.allocate(db, "紫组发", 2026, "关于表彰优秀干部的决定")
    assert main(["print", "numbers", "--prefix", "紫组发", "--year", "2026", "--db", url, "-o", str(out)]) == 0
    text = "".join(PdfReader(str(out)).pages[0].extract_text().split())
    assert "紫组发〔2026〕1号" in text and "关于表彰优秀干部的决定" in text


def test_a_module_registers_a_form(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from zydesk.printing.gongwen import Gongwen, Paragraph

    monkeypatch.setitem(catalog.FORMS, "demo-x", PrintForm(
        "demo-x", "演示", lambda db, p: Gongwen(title=f"{p['year']}年度演示", body=[Paragraph("正文")]),
        params=[Param("year", "年度", int, required=True)], needs_db=False))
    out = tmp_path / "x.pdf"
    assert main(["print", "demo-x", "--year", "2026", "-o", str(out)]) == 0
    assert "2026年度演示" in PdfReader(str(out)).pages[0].extract_text()
    assert main(["print", "demo-x", "-o", str(out)]) == 2  # required parameter missing


def test_output_may_come_first_and_is_required(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "先写输出.pdf"
    assert main(["print", "-o", str(out), "sample-form"]) == 0 and out.is_file()
    assert main(["print", "sample-form"]) == 2
    assert "-o" in capsys.readouterr().err
