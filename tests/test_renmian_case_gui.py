"""任免审批表… and 导出LRMX… on a case: a 能上能下 proposal at 报批/决定 and a 选拔 资格审查 print or export the form of
that case's cadre, 拟任/拟免 and 任免理由 from that case; hidden for accounts without 打印和导出."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QSpinBox, QWidget
from sqlalchemy import select

from tests.accounts import as_role
from tests.test_adjustment_service import REPORT, REVIEW, _case, town  # noqa: F401  (fixture)
from ui.adjustment.tab import ProposalsPage
from ui.context import AppContext
from ui.excellent.pages import ReviewPage
from ui.master import lrmx as ui_lrmx
from ui.master.renmian_action import CaseFormButtons
from ui.printing.preview import PreviewDialog
from zydesk.core.security.roles import Role
from zydesk.lrmx.reader import read_bytes
from zydesk.services.adjustment.proposals import record_step
from zydesk.services.incentives import promotion as promo
from zydesk.services.lrmx.fill import Basis, build_form
from zydesk.storage.models import AuditEntry
from zydesk.storage.uow import Database

pytestmark = pytest.mark.gui


def _previews() -> list[PreviewDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, PreviewDialog) and w.isVisible()]


def _preview_of(qtbot: Any, button_click: Any) -> PreviewDialog:
    button_click()
    qtbot.waitUntil(lambda: bool(_previews()), timeout=20_000)
    (dialog,) = _previews()
    return dialog


def _export(qtbot: Any, settle: Any, monkeypatch: pytest.MonkeyPatch, target: Path, click: Any) -> None:
    monkeypatch.setattr(ui_lrmx.ExportDialog, "exec", lambda d: (d.accept(), QDialog.DialogCode.Accepted)[1])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    click()
    settle()
    qtbot.waitUntil(target.exists, timeout=20_000)


def _submitted(db: Database, town: dict[str, int]) -> int:  # noqa: F811
    """A case waiting for 报批, with an arrangement for the cadre (拟任)."""
    pid = _case(db, town)
    record_step(db, pid, "报告", dt.date(2026, 2, 1), REPORT)
    record_step(db, pid, "审核", dt.date(2026, 2, 10), REVIEW)
    return pid


def test_proposal_at_submission_prints_and_exports_the_form(qtbot: Any, db: Database, town: dict[str, int],  # noqa: F811
                                                            settle: Any, monkeypatch: pytest.MonkeyPatch,
                                                            tmp_path: Path) -> None:
    pid = _submitted(db, town)
    page = ProposalsPage(AppContext(db))
    qtbot.addWidget(page)
    page.resize(1300, 700)
    settle()
    assert page.view is not None and page.view.id == pid and page.view.next_step == "报批"
    assert page.renmian.print_button.isVisibleTo(page) and page.renmian.export_button.isVisibleTo(page)
    dialog = _preview_of(qtbot, page.renmian.print_button.click)
    try:
        assert dialog.page_count() == 2 and dialog.windowTitle().startswith("干部任免审批表")
    finally:
        dialog.close()
    settle()
    with db.read(need=None) as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "打印干部任免审批表")).one()
    assert [c["cadre_id"] for c in entry.after["干部"]] == [town["deputy"]]
    target = tmp_path / "王副镇长.lrmx"
    _export(qtbot, settle, monkeypatch, target, page.renmian.export_button.click)
    form = read_bytes(target.read_bytes())
    assert form.xing_ming == "王副镇长"
    assert form.ni_mian_zhi_wu == "城关镇城关镇副镇长" and "拟改任非领导职务" in form.ren_mian_li_you
    # after 决定 and 谈话 the case no longer goes to 报批: the buttons leave
    record_step(db, pid, "报批", dt.date(2026, 2, 20), {"opinion": "建议改任非领导职务"})
    page.reload()
    settle()
    assert page.renmian.print_button.isVisibleTo(page)  # 待决定
    record_step(db, pid, "决定", dt.date(2026, 3, 1), {"method": "改任非领导职务", "doc_number": "紫组任〔2026〕3号",
                                                      "new_title": "四级调研员", "new_level": "四级调研员"})
    page.reload()
    settle()
    assert not page.renmian.print_button.isVisibleTo(page) and not page.renmian.export_button.isVisibleTo(page)
    QThreadPool.globalInstance().waitForDone(10_000)


def test_promotion_review_prints_and_exports_the_form(qtbot: Any, db: Database, town: dict[str, int],  # noqa: F811
                                                      settle: Any, monkeypatch: pytest.MonkeyPatch,
                                                      tmp_path: Path) -> None:
    _submitted(db, town)  # the cadre also has a 能上能下 case: the review's form takes the review's post
    page = ReviewPage(AppContext(db), QSpinBox())
    qtbot.addWidget(page)
    page.resize(1300, 700)
    assert not page.renmian.print_button.isVisibleTo(page)  # no review yet
    page.picker.search.setText("王副镇长")
    settle()
    assert page.picker.cadre_id() == town["deputy"]
    page.post.setText("城关镇党委副书记")
    page.on.setText("2026-03-01")
    page.run_review()
    settle()
    assert page.result is not None and page.result.review_id is not None
    assert page.renmian.print_button.isVisibleTo(page) and page.renmian.export_button.isVisibleTo(page)
    dialog = _preview_of(qtbot, page.renmian.print_button.click)
    try:
        assert dialog.page_count() == 2
    finally:
        dialog.close()
    settle()
    target = tmp_path / "审查.lrmx"
    _export(qtbot, settle, monkeypatch, target, page.renmian.export_button.click)
    form = read_bytes(target.read_bytes())
    assert form.ni_ren_zhi_wu == "城关镇党委副书记" and form.ren_mian_li_you == "工作需要"
    assert form.ni_mian_zhi_wu == ""  # not the 能上能下 case's post
    page.picker.search.setText("张书记")  # another cadre picked: the form of the review shown is not offered
    settle()
    assert not page.renmian.print_button.isVisibleTo(page)
    QThreadPool.globalInstance().waitForDone(10_000)


def test_the_case_names_what_the_form_says(db: Database, town: dict[str, int]) -> None:  # noqa: F811
    pid = _submitted(db, town)
    review = promo.run_review(db, town["deputy"], "2026-03-01", "城关镇党委副书记")
    assert review.review_id is not None
    with db.read() as s:
        newest = build_form(s, town["deputy"])
        of_case = build_form(s, town["deputy"], basis=Basis(proposal_id=pid))
        of_review = build_form(s, town["deputy"], basis=Basis(review_id=review.review_id))
    assert newest.ni_mian_zhi_wu == of_case.ni_mian_zhi_wu == "城关镇城关镇副镇长"
    assert of_review.ni_ren_zhi_wu == "城关镇党委副书记" and of_review.ni_mian_zhi_wu == ""
    with db.read() as s, pytest.raises(Exception, match="调整方案"):
        build_form(s, town["head"], basis=Basis(proposal_id=pid))  # another cadre's case


def test_hidden_without_print_permission(qtbot: Any, db: Database) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    from PySide6.QtWidgets import QHBoxLayout

    row = QHBoxLayout(parent)
    # 查阅员 prints, but may not export the file (it carries the whole 身份证号: 查看完整身份证号)
    for role, shown, exports in ((Role.AUDIT_ADMIN, False, False), (Role.READER, True, False),
                                 (Role.CLERK, True, True)):
        buttons = CaseFormButtons(AppContext(as_role(db, role)), parent, lambda: None)
        buttons.add_to(row)
        assert buttons.print_button.isVisibleTo(parent) is shown
        assert buttons.export_button.isVisibleTo(parent) is exports
        buttons.print_form()  # no case: nothing happens
