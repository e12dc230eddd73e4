"""编号 stored with the document (文号, 成文日期, 签发人; reprints reuse it) and sealed years (a numbered award
notice or 优秀干部 决定 locks its year until a 审核员 releases it with a reason)."""
from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from tests.accounts import as_role
from tests.test_adjustment_service import _case, town  # noqa: F401  (fixture)
from tests.test_excellent_print import winners  # noqa: F401  (fixture)
from tests.test_ranking_print import _seed
from tests.test_tolerance_print import TODAY, number  # noqa: F401  (fixture: a concluded 容错 case)
from zydesk.core.incentives.seal import Issued, Release, SealArea, seal_state
from zydesk.core.security.roles import Role
from zydesk.errors import NotPermitted, UserError
from zydesk.printing import catalog, registry
from zydesk.printing.output import render
from zydesk.services import numbering, seals
from zydesk.services.incentives import excellent as excellent_svc
from zydesk.services.incentives.ranking import save_override, save_score
from zydesk.storage.models import AuditEntry
from zydesk.storage.uow import Database


def _text(pdf: bytes) -> str:
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    return "".join(ch for ch in text if ch not in " \n\u3000")


# ---- the rule


def test_rule_sealed_by_the_current_number_unless_released() -> None:
    doc = Issued("award-notice", "2025", 7, "紫发〔2026〕3号")
    state = seal_state(SealArea.RANKING, 2025, [doc], [])
    assert state.sealed and state.label() == "已封存（紫发〔2026〕3号）"
    assert state.refusal() == "2025年度考核排名已随紫发〔2026〕3号印发，已封存；如需更改，请审核员先解除封存。"
    assert not seal_state(SealArea.RANKING, 2024, [doc], []).sealed  # another year
    assert not seal_state(SealArea.EXCELLENT, 2025, [doc], []).sealed  # another document
    released = seal_state(SealArea.RANKING, 2025, [doc], [Release(7, "更正得分", "审核员")])
    assert not released.sealed and "更正得分" in released.label()
    # a release belongs to the number it released: a new number seals again
    again = seal_state(SealArea.RANKING, 2025, [Issued("award-notice", "2025", 9, "紫发〔2026〕5号")],
                       [Release(7, "更正得分", "审核员")])
    assert again.sealed


# ---- 编号


def test_take_number_stores_date_and_reprint_reuses_it(db: Database) -> None:
    _seed(db)
    assert numbering.issued(db, "award-notice", 2024) is None
    draft = _text(render(catalog.build("award-notice", db, {"year": 2024})).pdf)
    assert "〔" in draft and "号" in draft and "紫发〔2025〕1号" not in draft
    view, fresh = numbering.take_number(db, "award-notice", 2024, "紫发", dt.date(2025, 3, 1))
    assert fresh and view.number == "紫发〔2025〕1号" and view.written_date == dt.date(2025, 3, 1)
    again, fresh2 = numbering.take_number(db, "award-notice", 2024, "紫发", dt.date(2025, 4, 1))
    assert not fresh2 and again.number == view.number  # never a second number
    assert [n.seq for n in registry.numbers(db, "紫发", 2025)] == [1]
    text = _text(render(catalog.build("award-notice", db, {"year": 2024})).pdf)
    assert "紫发〔2025〕1号" in text and "2025年3月1日" in text  # the stored 成文日期 is printed
    for params in ({"year": 2024, "allocate": True}, {"year": 2024, "number": "紫发〔2025〕1号"}):
        text = _text(render(catalog.build("award-notice", db, params)).pdf)  # a reprint asked another way
        assert "2025年3月1日" in text and "紫发〔2025〕1号" in text
    with pytest.raises(UserError, match="成文日期随文号存档"):  # never another date under the same 文号
        catalog.build("award-notice", db, {"year": 2024, "date": "2025-05-01"})
    with db.read() as s:
        actions = [a for (a,) in s.execute(select(AuditEntry.action))]
    assert "编发文号 紫发" in actions


def test_take_number_refused_for_a_document_that_cannot_be_made(db: Database) -> None:
    with pytest.raises(UserError, match="还没有考核结果"):
        numbering.take_number(db, "award-notice", 2030)
    assert registry.numbers(db, "紫发") == []


def test_signer_only_on_upward_documents_and_reader_cannot_take(db: Database) -> None:
    _seed(db)
    with pytest.raises(UserError, match="不写签发人"):
        numbering.take_number(db, "award-notice", 2024, signer="张三")
    with pytest.raises(NotPermitted):
        numbering.take_number(as_role(db, Role.READER), "award-notice", 2024)
    with pytest.raises(UserError, match="不是编发文号的文件"):
        numbering.take_number(db, "ranking-table", 2024)


def test_voided_number_returns_the_document_to_draft(db: Database) -> None:
    _seed(db)
    view, _ = numbering.take_number(db, "award-notice", 2024, written_date="2025-03-01")
    (n,) = registry.numbers(db, "紫发", 2025)
    with pytest.raises(UserError, match="封存着2024年度考核排名，须审核员先解除封存"):
        registry.void(db, n.id, "标题有误")  # voiding would open the year without a 审核员
    seals.unlock(db, SealArea.RANKING, 2024, "标题有误，重新发文")
    registry.void(db, n.id, "标题有误")
    assert numbering.issued(db, "award-notice", 2024) is None
    new, fresh = numbering.take_number(db, "award-notice", 2024, written_date="2025-03-02")
    assert fresh and new.number == "紫发〔2025〕2号" != view.number
    assert seals.year_state(db, SealArea.RANKING, 2024).sealed  # the new number seals the year again


# ---- sealed years


def test_numbered_notice_seals_the_ranking_year(db: Database) -> None:
    ids = _seed(db)
    save_score(db, 2024, ids["2镇"], 91)  # open before the number
    numbering.take_number(db, "award-notice", 2024, written_date="2026-01-05")
    with pytest.raises(seals.Sealed, match=r"2024年度考核排名已随紫发〔2026〕1号印发，已封存；如需更改，请审核员先解除封存"):
        save_score(db, 2024, ids["2镇"], 92)
    with pytest.raises(seals.Sealed):
        save_override(db, 2024, ids["3镇"], "一等奖", "县委研究决定")
    save_score(db, 2025, ids["2镇"], 92)  # another year stays open
    assert [(s.year, s.sealed, s.number) for s in seals.seal_list(db)] == [(2024, True, "紫发〔2026〕1号")]


def test_unlock_needs_a_reviewer_and_a_reason_and_is_audited(db: Database) -> None:
    ids = _seed(db)
    numbering.take_number(db, "award-notice", 2024)
    with pytest.raises(NotPermitted):
        seals.unlock(as_role(db, Role.CLERK), SealArea.RANKING, 2024, "更正")
    with pytest.raises(UserError, match="理由"):
        seals.unlock(as_role(db, Role.REVIEWER), SealArea.RANKING, 2024, "  ")
    state = seals.unlock(as_role(db, Role.REVIEWER), SealArea.RANKING, 2024, "更正2镇得分")
    assert not state.sealed and "更正2镇得分" in state.label()
    save_score(db, 2024, ids["2镇"], 93)  # released: the correction goes in
    with pytest.raises(UserError, match="已经解除封存"):
        seals.unlock(db, SealArea.RANKING, 2024, "再次")
    seals.lock(as_role(db, Role.REVIEWER), SealArea.RANKING, 2024)
    with pytest.raises(seals.Sealed):
        save_score(db, 2024, ids["2镇"], 94)
    with db.read() as s:
        rows = s.execute(select(AuditEntry.action, AuditEntry.object_type)).all()
        count = s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action.like("解除封存%")))
    assert ("解除封存 考核排名2024", "SealRelease") in rows and count
    assert any(a == "重新封存 考核排名2024" for a, _ in rows)


def test_unlock_of_an_open_year_is_refused(db: Database) -> None:
    with pytest.raises(UserError, match="没有封存"):
        seals.unlock(db, SealArea.RANKING, 2024, "更正")
    with pytest.raises(UserError, match="无需重新封存"):
        seals.lock(db, SealArea.RANKING, 2024)


def test_numbered_decision_seals_the_selection(db: Database, winners: dict[str, int]) -> None:  # noqa: F811
    numbering.take_number(db, "excellent-decision", 2025, written_date="2026-01-20")
    view = excellent_svc.round_view
    with db.read() as s:
        nid = view(s, 2025).nominees[0].id
    with pytest.raises(seals.Sealed, match="2025年度优秀干部评选已随紫发〔2026〕1号表彰，已封存"):
        excellent_svc.set_city_recommended(db, nid, False)
    with pytest.raises(seals.Sealed):
        excellent_svc.update_nomination(db, nid, deeds="改写")
    seals.unlock(db, SealArea.EXCELLENT, 2025, "补充事迹")
    excellent_svc.update_nomination(db, nid, deeds="改写")
    text = _text(render(catalog.build("excellent-decision", db, {"year": 2025})).pdf)
    assert "紫发〔2026〕1号" in text and "2026年1月20日" in text


def test_adjustment_request_prints_the_stored_signer_and_date(db: Database, town) -> None:  # noqa: F811
    pid = _case(db, town)
    view, fresh = numbering.take_number(db, "adjustment-submission", pid, written_date="2026-05-06", signer="李明")
    assert fresh and view.number == "紫组发〔2026〕1号" and view.signer == "李明"
    text = _text(render(catalog.build("adjustment-submission", db, {"proposal": pid})).pdf)
    assert "紫组发〔2026〕1号" in text and "签发人：李明" in text and "2026年5月6日" in text
    again = _text(render(catalog.build("adjustment-submission", db, {"proposal": pid, "allocate": True})).pdf)
    assert "紫组发〔2026〕1号" in again and [n.seq for n in registry.numbers(db, "紫组发")] == [1]
    status = numbering.status(db, "adjustment-decision", pid)
    assert status.issued is None and status.prefix == "紫发" and "草稿" in status.note()
    assert ("紫组发", "中共紫阳县委组织部") in status.bodies


def test_a_setting_for_all_years_leaves_a_sealed_year_as_printed(db: Database) -> None:
    from zydesk.services.incentives.ranking import (
        compute_ranking,
        save_ranking_setting,
        save_ranking_settings,
    )

    _seed(db)
    with db.read() as s:
        before = [(u.name, u.award) for g in compute_ranking(s, 2024).groups for u in g.units]
    numbering.take_number(db, "award-notice", 2024)
    with pytest.raises(seals.Sealed):
        save_ranking_setting(db, "ranking.quota_percent", "50", 2024)
    save_ranking_setting(db, "ranking.quota_percent", "50")  # all years: 2024 keeps the reading it used
    save_ranking_settings(db, {"ranking.second_percent": "10"})
    with db.read() as s:
        after = [(u.name, u.award) for g in compute_ranking(s, 2024).groups for u in g.units]
        from zydesk.services.incentives.ranking import load_settings

        assert str(load_settings(s, 2025).quota_percent) == "50"
    assert after == before


def test_imports_refuse_changes_to_a_sealed_year_and_pass_unchanged_rows(db: Database, tmp_path: Path) -> None:
    from tests.test_excel_helpers import errors_of, xlsx
    from zydesk.excel import import_file

    _seed(db)
    head = ["年度", "单位名称", "考核得分", "一票否决", "否决事由", "表彰净加分", "超额完成净加分"]
    same = xlsx(tmp_path / "same.xlsx", head, [[2024, "2镇", 90, "否", None, "否", "否"]])
    numbering.take_number(db, "award-notice", 2024, written_date="2025-02-01")
    assert import_file(db, "unit-scores", same).unchanged == 1  # re-importing what was printed is fine
    changed = xlsx(tmp_path / "changed.xlsx", head, [[2024, "2镇", 91, "否", None, "否", "否"],
                                                     [2025, "2镇", 91, "否", None, "否", "否"]])
    assert errors_of(db, "unit-scores", changed) == [
        "第2行 «年度»: 2024年度考核排名已随紫发〔2025〕1号印发，已封存；如需更改，请审核员先解除封存。"]
    monitoring = xlsx(tmp_path / "m.xlsx", ["年度", "指标名称", "责任单位", "全省排名"], [[2023, "GDP增速", "2镇", 20]])
    assert "已封存" in errors_of(db, "monitoring", monitoring)[0]  # 2023's ranks decide 2024's 追赶超越贡献奖


def test_audit_undo_respects_the_seal_and_never_takes_a_number_back(db: Database) -> None:
    from zydesk.services import audit_undo

    ids = _seed(db)
    save_override(db, 2024, ids["3镇"], "一等奖", "县委研究决定")
    numbering.take_number(db, "award-notice", 2024)
    with db.read() as s:
        score_seq = s.scalar(select(func.max(AuditEntry.seq)).where(AuditEntry.object_type == "AwardOverride"))
        issued_seq = s.scalar(select(func.max(AuditEntry.seq)).where(AuditEntry.object_type == "IssuedDocument"))
    reviewer = as_role(db, Role.REVIEWER)
    with pytest.raises(UserError, match="已随紫发〔\\d{4}〕1号印发，已封存"):
        audit_undo.undo_entry(reviewer, score_seq)
    with pytest.raises(UserError, match="文号和封存的记录不能撤销"):
        audit_undo.undo_entry(reviewer, issued_seq)
    assert numbering.issued(db, "award-notice", 2024) is not None


def test_tolerance_filing_numbered_by_its_host_body_with_date_and_signer(db: Database, number: str) -> None:  # noqa: F811
    from zydesk.services.tolerance import cases as tol
    from zydesk.services.tolerance.cases import amend_case

    case = number
    with db.read() as s:
        case_id = tol.case_rows(s, today=TODAY)[0].id
    status = numbering.status(db, "tolerance-filing", case)
    assert status.prefix == ""  # 县纪委监委 is not an issuing body: the clerk must choose one
    with pytest.raises(UserError, match="主办单位不在发文机关中"):
        numbering.take_number(db, "tolerance-filing", case)
    amend_case(db, case_id, {"host_body": "中共紫阳县纪委 紫阳县监委"}, "用发文机关全称", today=TODAY)
    assert numbering.status(db, "tolerance-filing", case).prefix == "紫纪发"
    view, _ = numbering.take_number(db, "tolerance-filing", case, written_date="2026-10-30", signer="赵明")
    doc = catalog.build("tolerance-filing", db, {"case": case})
    assert doc.doc_number == view.number == "紫纪发〔2026〕1号" and doc.issuer == "赵明"
    assert doc.date == dt.date(2026, 10, 30) and doc.organ_mark == "中共紫阳县纪委 紫阳县监委文件"
