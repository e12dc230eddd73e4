"""The printed documents of the demo county: 成文日期, complete 版记, 发文字号 and 签发人, salutations with
同志, no login name, one date format, marks kept, nothing pre-filled for the investigator."""
from __future__ import annotations

import datetime as dt
import io
import os
import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from zydesk.printing import catalog
from zydesk.printing.gongwen import cn_date
from zydesk.printing.output import render
from zydesk.storage.models_tolerance import ToleranceCase
from zydesk.storage.uow import Database

DUMP = os.environ.get("ZYDESK_PRINT_DUMP")  # a folder: each rendered PDF is also written there to look at


def _pages(form: str, db: Database, params: dict[str, Any]) -> list[str]:
    rendered = render(catalog.build(form, db, params))
    assert rendered.missing == set(), rendered.warning()
    if DUMP:
        name = re.sub(r"\W", "_", f"{form}-{'-'.join(map(str, params.values()))}")
        Path(DUMP, f"{name}.pdf").write_bytes(rendered.pdf)
    return [(p.extract_text() or "").replace("\n", "") for p in PdfReader(io.BytesIO(rendered.pdf)).pages]


def _text(form: str, db: Database, params: dict[str, Any]) -> str:
    return "".join(_pages(form, db, params))


def _case(db: Database, status: str | None = None, concluded: bool = False) -> str:
    with db.read() as s:
        q = select(ToleranceCase.number, ToleranceCase.status, ToleranceCase.concluded_on, ToleranceCase.applicant_type)
        rows = list(s.execute(q))
    for number, st, concluded_on, kind in rows:
        if (status is None or st == status) and (not concluded or concluded_on is not None) and kind == "个人":
            return str(number)
    pytest.skip("the demo county has no such case")


def test_excellent_decision_dated_today_by_default(demo_db: Database) -> None:
    from zydesk.errors import UserError

    for year in range(2015, 2027):
        try:
            text = _text("excellent-decision", demo_db, {"year": year})
        except UserError:
            continue
        assert cn_date(dt.date.today()) in text and "印发" in text  # today as the document was made
        return
    pytest.skip("no year with 当选 in the demo county")


def test_tolerance_letters_address_the_person_with_tongzhi_and_carry_imprint(demo_db: Database) -> None:
    number = _case(demo_db, concluded=True)
    for form in ("tolerance-acceptance", "tolerance-feedback"):
        text = _text(form, demo_db, {"case": number})
        assert re.search(r"[\u4e00-\u9fff]{2,4}同志：", text), form
        assert "抄送" in text and "印发" in text, form
    report = _text("tolerance-report", demo_db, {"case": number})
    assert "经核查不存在" not in report and "□存在" in report and "印发" in report


def test_refusal_states_each_reason_once_in_one_date_format(demo_db: Database) -> None:
    number = _case(demo_db, status="不予受理")
    text = _text("tolerance-refusal", demo_db, {"case": number})
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text)
    assert "同志：" in text
    from zydesk.printing.gongwen import Paragraph

    doc = catalog.build("tolerance-refusal", demo_db, {"case": number})
    openings = [b.text[:12] for b in doc.body if isinstance(b, Paragraph)]
    assert len(openings) == len(set(openings)), "a reason paragraph is repeated"


def test_award_annex_keeps_marks_and_ranking_table_states_notes_once(demo_db: Database) -> None:
    from zydesk.errors import UserError

    for year in range(2025, 2014, -1):
        try:
            pages = _pages("ranking-table", demo_db, {"year": year})
        except UserError:
            continue
        text = "".join(pages)
        assert "说明" in text and "评定设置" in text
        assert "一票否决" in text
        try:
            notice = _text("award-notice", demo_db, {"year": year})
        except UserError:
            return
        assert "标记" in notice
        if "一票否决" in text:
            assert "一票否决" in notice.split("附件")[-1]
        return
    pytest.skip("no ranking in the demo county")


def test_number_register_prints_no_login_name(demo_db: Database) -> None:
    import getpass

    from zydesk.printing import registry

    registry.allocate(demo_db, "紫组发", 2026, "测试文件")
    text = _text("numbers", demo_db, {"prefix": "紫组发", "year": 2026})
    assert getpass.getuser() not in text.replace("测试文件", "")


def _body_chars(page: str, signature: str) -> int:
    """What a page holds besides its number, the signature, dates, the case-number note and the 版记."""
    page = re.sub(r"— \d+ —", "", page)
    page = re.sub(r"抄送：.*$", "", page)
    page = re.sub(r"\d{4}年\d{1,2}月\d{1,2}日(印发)?", "", page)
    page = re.sub(r"（案件编号：[^）]*）", "", page)
    return len(page.replace(signature, "").replace(" ", ""))


def test_no_case_document_leaves_its_signature_alone_on_a_page(demo_db: Database) -> None:
    from zydesk.errors import UserError
    from zydesk.services.tolerance.documents import documents_for, load_case

    with demo_db.read() as s:
        numbers = [str(n) for n in s.scalars(select(ToleranceCase.number))]
    checked = 0
    for number in numbers:
        d = load_case(demo_db, number)
        for form, _title in documents_for(d):
            if form.endswith("+number") or form == "tolerance-application":
                continue
            try:
                pages = _pages(form, demo_db, {"case": number})
            except UserError:
                continue
            checked += 1
            alone = re.sub(r"— \d+ —", "", pages[-1]).lstrip().startswith("抄送")  # 版记 may stand alone
            if len(pages) > 1 and not alone:
                assert _body_chars(pages[-1], str(d.case["host_body"])) >= 20, (form, number, pages[-1])
    assert checked


def test_salutation_names_the_person_without_the_unit(demo_db: Database) -> None:
    from zydesk.services.tolerance.documents import load_case, salutation
    from zydesk.storage.models import Unit

    with demo_db.read() as s:
        numbers = [str(n) for n in s.scalars(select(ToleranceCase.number).where(ToleranceCase.applicant_type == "个人"))]
        units = [str(u) for u in s.scalars(select(Unit.name))]
    assert numbers
    for number in numbers:
        d = load_case(demo_db, number)
        text = salutation(demo_db, d)
        assert text.endswith("同志：") and not any(text.startswith(u) for u in units), text
