"""容错纠错 documents: each builds from a case, renders with every glyph, and cites its article."""
from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from tests.factories import add_cadre, add_unit
from zydesk.errors import UserError
from zydesk.printing import catalog
from zydesk.printing.output import render
from zydesk.services.tolerance import cases as svc
from zydesk.storage.uow import Database

D = dt.date
TODAY = D(2026, 11, 20)


def _text(doc: object) -> str:
    rendered = render(doc)
    assert rendered.missing == set(), rendered.warning()
    return "".join(p.extract_text() for p in PdfReader(io.BytesIO(rendered.pdf)).pages).replace("\n", "")


@pytest.fixture
def number(db: Database) -> str:
    add_unit(db, "城关镇", kind="镇", group="镇")
    cadre = add_cadre(db, "张三", "城关镇", "副镇长", "副科级")
    reg = svc.register_case(db, svc.CaseInput(
        applicant_type="个人", applicant_name="", applicant_cadre_id=cadre, matter="产业园项目征地程序瑕疵",
        accountability_started=D(2026, 9, 21), host_body="县纪委监委", host_kind="纪检监察机关（机构）",
        applied_on=D(2026, 9, 28), circumstances=[4], evidence=["会议纪要"]), today=TODAY)
    svc.accept_case(db, reg.case_id, D(2026, 9, 30), today=TODAY)
    svc.report_case(db, reg.case_id, D(2026, 10, 20), "属第六条第（四）项情形", today=TODAY)
    svc.conclude_case(db, reg.case_id, D(2026, 10, 27), "容错减责", "确需追责", mitigation="从轻", handling="诫勉",
                      impact_months=6, today=TODAY)
    svc.feedback_case(db, reg.case_id, D(2026, 10, 30), today=TODAY)
    svc.file_case(db, reg.case_id, [svc.FilingInput(r, n, D(2026, 10, 30)) for r, n in (
        ("同级党委", "中共紫阳县委"), ("同级政府", "紫阳县人民政府"), ("纪检监察机关", "县纪委监委"),
        ("组织人事部门", "县委组织部"))], today=TODAY)
    return reg.number


@pytest.mark.parametrize("form, expected", [
    ("tolerance-acceptance", ["受理通知书", "第八条第（二）项", "2026年11月17日前", "紫容〔2026〕1号"]),
    ("tolerance-report", ["调查报告", "第七条情形核查", "□不存在"]),
    ("tolerance-conclusion", ["容错认定结论书", "从轻处理（诫勉）", "2027年4月27日", "第十一条", "影响期内除外"]),
    ("tolerance-feedback", ["反馈告知书", "第八条第（五）项"]),
    ("tolerance-filing", ["报备表", "第八条第（六）项", "中共紫阳县委、紫阳县人民政府", "抄送"]),
    ("tolerance-application", ["容错免责申请书", "第六条第（四）项", "2026年10月8日前"]),
])
def test_case_documents(db: Database, number: str, form: str, expected: list[str]) -> None:
    text = _text(catalog.build(form, db, {"case": number}))
    for piece in expected:
        assert piece in text, piece


def test_refusal_needs_a_refused_case_and_register_lists_the_year(db: Database, number: str) -> None:
    with pytest.raises(UserError, match="未作不予受理"):
        catalog.build("tolerance-refusal", db, {"case": number})
    with pytest.raises(UserError, match="没有编号"):
        catalog.build("tolerance-conclusion", db, {"case": "紫容〔2026〕99号"})
    text = _text(catalog.build("tolerance-register", db, {"year": 2026}))
    assert "2026年容错认定案件登记簿" in text and number in text and "容错减责" in text


def test_blank_application_template(db: Database) -> None:
    text = _text(catalog.build("tolerance-application", db, {"case": None}))
    assert "容错免责申请书" in text and "7个工作日内" in text


def test_filing_letter_numbered_through_the_registry_once(db: Database, number: str) -> None:
    from zydesk.printing import registry
    from zydesk.services.tolerance.cases import amend_case

    with db.read() as s:
        case_id = svc.case_rows(s, today=TODAY)[0].id
    amend_case(db, case_id, {"host_body": "中共紫阳县纪委 紫阳县监委"}, "用发文机关全称", today=TODAY)
    plain = catalog.build("tolerance-filing", db, {"case": number, "number": False})
    assert plain.doc_number == "" and plain.organ_mark == ""
    first = catalog.build("tolerance-filing", db, {"case": number, "number": True})
    again = catalog.build("tolerance-filing", db, {"case": number, "number": True})
    year = dt.date.today().year
    assert first.doc_number == again.doc_number == f"紫纪发〔{year}〕1号"  # a reprint keeps its number
    assert first.organ_mark == "中共紫阳县纪委 紫阳县监委文件"  # the registry's 发文机关标志
    assert [n.source for n in registry.numbers(db, "紫纪发")] == [f"tolerance-filing:{number}"]
    text = _text(first)
    assert f"紫纪发〔{year}〕1号" in text and "报备表" in text


def test_print_service_returns_the_rendered_document_with_its_title(db: Database, number: str) -> None:
    """What the tab's 打印文书 menu calls off the GUI thread: the finished PDF and its title."""
    from zydesk.services.tolerance import printouts
    from zydesk.services.tolerance.view import case_view

    with db.read() as s:
        case_id = svc.case_rows(s, today=TODAY)[0].id
        view = case_view(s, case_id, today=TODAY)
    assert ("tolerance-conclusion", "容错认定结论书") in view.documents
    rendered = printouts.case_document(db, "tolerance-conclusion", number, "容错认定结论书")
    assert rendered.title == f"{number} 容错认定结论书" and rendered.pdf.startswith(b"%PDF")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(rendered.pdf)).pages).replace("\n", "")
    assert "予以减责" in text and "从轻处理" in text and number in text
    book = printouts.register_book(db, 2026)
    assert book.title == "2026年容错认定案件登记簿" and number in "".join(
        p.extract_text() for p in PdfReader(io.BytesIO(book.pdf)).pages).replace("\n", "")
