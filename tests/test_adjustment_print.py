"""Documents of an adjustment case render with the recorded steps and no missing glyphs."""
from __future__ import annotations

import datetime as dt
import os

import pytest
from pypdf import PdfReader

from tests.test_adjustment_service import REPORT, REVIEW, _case, town  # noqa: F401  (fixture)
from zydesk.printing import render
from zydesk.printing.catalog import load_all
from zydesk.services.adjustment.documents import DOCUMENTS
from zydesk.services.adjustment.proposals import record_step
from zydesk.storage.uow import Database


def _done(db: Database, town) -> int:  # type: ignore[no-untyped-def]  # noqa: F811
    pid = _case(db, town, dual=True)
    record_step(db, pid, "报告", dt.date(2026, 2, 1), REPORT)
    record_step(db, pid, "审核", dt.date(2026, 2, 10), REVIEW)
    record_step(db, pid, "报批", dt.date(2026, 2, 20), {"opinion": "建议改任非领导职务。", "superior_opinion": "同意"})
    record_step(db, pid, "决定", dt.date(2026, 3, 1), {"method": "改任非领导职务", "doc_number": "紫字〔2026〕3号",
                                                      "new_title": "四级调研员", "new_level": "四级调研员"})
    record_step(db, pid, "谈话", dt.date(2026, 3, 2), {"talker": "组织部副部长", "record": "告知调整理由，本人表示服从。"})
    return pid


def test_every_document_renders_with_the_case(db: Database, town) -> None:  # noqa: F811
    pid = _done(db, town)
    forms = load_all()
    assert {"adjustment-report", "adjustment-review", "adjustment-submission", "adjustment-decision",
            "adjustment-talk"} <= set(forms)
    out = os.environ.get("ZYDESK_PRINT_OUT")
    for title, build in DOCUMENTS.items():
        r = render(build(db, {"proposal": pid}))
        assert r.pages >= 1 and not r.missing, title
        text = "".join(p.extract_text() for p in PdfReader(__import__("io").BytesIO(r.pdf)).pages)
        assert "王副镇长" in text.replace(" ", ""), title
        if out:
            r.save(f"{out}/{title}.pdf")
    decision = render(DOCUMENTS["调整决定"](db, {"proposal": pid}))
    text = "".join(p.extract_text() for p in PdfReader(__import__("io").BytesIO(decision.pdf)).pages).replace(" ", "").replace("\n", "")
    assert "紫字〔2026〕3号" in text and "改任非领导职务" in text and "第七条第（四）项" in text


def test_blank_parts_before_steps(db: Database, town) -> None:  # noqa: F811
    pid = _case(db, town)
    r = render(DOCUMENTS["调整审核审批表"](db, {"proposal": pid}))
    assert r.pages >= 1 and not r.missing
    with pytest.raises(Exception, match="不存在"):
        DOCUMENTS["调整决定"](db, {"proposal": 999})


def test_findings_list(db: Database, town) -> None:  # noqa: F811
    from zydesk.services.adjustment.documents import findings_list

    _case(db, town)  # 王副镇长: 不称职 in 2025
    r = render(findings_list(db, {"year": 2025}))
    text = "".join(p.extract_text() for p in PdfReader(__import__("io").BytesIO(r.pdf)).pages).replace("\n", "")
    assert not r.missing and "第七条" in text and "王副镇长" in text.replace(" ", "")
    empty = render(findings_list(db, {"year": 2019}))
    assert "未发现应调整的情形" in "".join(p.extract_text() for p in PdfReader(__import__("io").BytesIO(empty.pdf)).pages)


def test_submission_and_decision_carry_number_issuer_date_and_imprint(db: Database, town) -> None:  # noqa: F811
    import re

    from zydesk.printing import catalog

    def text(form: str, **params: object) -> str:
        r = render(catalog.build(form, db, {"proposal": pid, **params}))
        return "".join(p.extract_text() for p in PdfReader(__import__("io").BytesIO(r.pdf)).pages).replace("\n", "")

    pid = _case(db, town)  # no step recorded yet: the clerk's date, a draft number, a blank 签发人
    today = dt.date.today()
    dated = f"{today.year}年{today.month}月{today.day}日"
    sub = text("adjustment-submission")
    assert f"紫组发〔{today.year}〕" in sub and "签发人：" in sub and dated in sub and f"{dated}印发" in sub.replace(" ", "")
    assert "联系人" in sub and "联系电话" in sub  # a 请示 names whom to ask, in the 附注 under the date
    assert "（调整方式）" not in sub  # no method chosen yet: a line to write on
    assert "。审核中听取" in sub  # the last ground is a sentence with its full stop
    numbered = text("adjustment-submission", allocate=True, issuer="李明")
    assert re.search(rf"紫组发〔{today.year}〕\d+号", numbered) and "李明" in numbered
    assert re.search(rf"紫组发〔{today.year}〕\d+号", text("adjustment-submission"))  # a reprint keeps the number
    dec = text("adjustment-decision", allocate=True)
    assert re.search(rf"紫发〔{today.year}〕\d+号", dec) and "抄送" in dec and dated in dec and "印发" in dec
    rep = text("adjustment-report")
    assert dated in rep and "印发" in rep
