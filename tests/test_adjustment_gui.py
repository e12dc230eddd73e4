"""能上能下 tab offscreen: scan off the GUI thread, grouped findings with evidence, filters, the empty state,
and a proposal driven through its steps from the tab. Every read and write is an operation (ui.ops): the tests
wait for them with `settle()`."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThreadPool

from tests import factories as f
from ui.adjustment import entry as adjustment_entry
from ui.adjustment import tab as adjustment
from ui.adjustment.models import FindingsModel, ProposalsModel
from ui.context import AppContext
from zydesk.core.adjustment import Status, Step, Verdict
from zydesk.core.adjustment.facts import CadreFact
from zydesk.core.adjustment.finding import finding
from zydesk.core.security.roles import Permission
from zydesk.services.adjustment.proposals import ProposalRow
from zydesk.storage.models import Appraisal, Post, Vote
from zydesk.storage.uow import Database

pytestmark = pytest.mark.gui
Y = 2025
S = dt.date(2021, 1, 1)


@pytest.fixture
def tab(qtbot, db: Database, settle) -> Iterator[adjustment.AdjustmentTab]:  # type: ignore[no-untyped-def]
    f.add_unit(db, "城关镇", kind="镇", group="镇")
    f.add_unit(db, "县财政局", kind="县直部门", group="县直部门一类")
    head = f.add_cadre(db, "王建国", "城关镇", "党委书记", "正科级", principal=True, start=S)
    f.add_cadre(db, "张伟", "城关镇", "镇长", "正科级", principal=True, start=S)
    deputy = f.add_cadre(db, "李秀英", "县财政局", "副局长", "副科级", male=False, start=S)
    with db.uow("测试", Permission.ENTER) as uow:
        s = uow.session
        unit = s.get(Post, head)
        assert unit is not None
        s.add(Vote(year=Y, vote_type="班子年度测评", unit_id=unit.unit_id, cadre_id=None,
                   counts={"好": 30, "较好": 11, "一般": 20, "差": 3}))
        s.add(Appraisal(cadre_id=deputy, year=Y, grade="不称职"))
        uow.commit()
    widget = adjustment.create(AppContext(db))
    assert isinstance(widget, adjustment.AdjustmentTab)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    settle()
    yield widget
    settle()
    QThreadPool.globalInstance().waitForDone(10_000)


def _scan(settle, tab: adjustment.AdjustmentTab, year: int = Y) -> None:  # type: ignore[no-untyped-def]
    page = tab.findings
    page.result = None
    page.year.setValue(year)
    page.start_scan()
    settle()
    assert page.result is not None and page.result.year == year


def test_findings_grouped_with_evidence_and_filters(settle, tab) -> None:  # type: ignore[no-untyped-def]
    assert tab.findings.year.value() == Y  # the last year with appraisals or votes
    _scan(settle, tab)
    page = tab.findings
    m = page.model
    assert m.rowCount() == 1  # one article group: 第七条
    group = m.index(0, 0)
    assert m.data(group).startswith("第七条 年度目标责任考核（3 条）")
    names = {m.data(m.index(r, 1, group)) for r in range(m.rowCount(group))}
    assert names == {"王建国", "张伟", "李秀英"}
    first = m.index(0, 0, group)
    lines = [m.data(m.index(r, 0, first)) for r in range(m.rowCount(first))]
    assert any("依据：" in t and "/" in t for t in lines) and any("可采取的方式" in t for t in lines)
    page.verdict.setCurrentText("需组织认定")
    assert m.finding_count() == 2
    page.verdict.setCurrentIndex(0)
    page.unit.setCurrentText("县财政局")
    assert m.finding_count() == 1
    assert "政策未规定具体年龄" in page.notes.text()
    page.grab().save("/tmp/adjustment_findings.png")


def test_no_finding_is_a_clear_state(settle, tab) -> None:  # type: ignore[no-untyped-def]
    _scan(settle, tab, 2019)
    page = tab.findings
    assert page.stack.currentWidget() is page.empty
    assert "未发现应调整的情形" in page.empty.text() and "尚未录入" in page.empty.text()


def test_proposal_from_finding_through_steps(settle, tab) -> None:  # type: ignore[no-untyped-def]
    _scan(settle, tab)
    page = tab.findings
    page.unit.setCurrentText("县财政局")
    group = page.model.index(0, 0)
    page.view.selectionModel().select(page.model.index(0, 0, group),
                                      page.view.selectionModel().SelectionFlag.Select
                                      | page.view.selectionModel().SelectionFlag.Rows)
    page._accept = lambda dialog: (dialog.dual.setChecked(True), True)[1]  # type: ignore[method-assign]
    page.propose()
    settle()
    props = tab.proposals
    assert tab.tabs.currentWidget() is props and props.model.rowCount() == 1
    m = page.model
    assert m.data(m.index(0, 6, m.index(0, 0))).endswith("待报告")
    assert props.form is not None and props.form.step == "报告"
    assert props.withdraw_button.isVisibleTo(props) and not props.postpone_button.isVisibleTo(props)
    props.form.fill({"reporter": "县财政局党组", "process": "年度考核", "basis": "第七条第（四）项", "result": "不称职",
                     "suggestion": "改任非领导职务"})
    props.do_step()
    settle()
    assert props.form is not None and props.form.step == "审核"
    props.form.fill({"opinions": "县财政局党组：同意", "explained_by": "干部股", "explained_date": "2026-02-10",
                     "statement": "", "method": "改任非领导职务"})
    props.do_step()  # refused: no statement
    settle()
    assert props.form.step == "审核" and "必须填写" in props.form.error_text("本人陈述意见")
    props.form.fill({"statement": "本人接受"})
    props.do_step()
    settle()
    assert props.form is not None and props.form.step == "报批"
    props.form.fill({"opinion": "建议改任非领导职务"})
    props.do_step()  # refused: dual-managed post without the superior's opinion
    settle()
    assert props.form.step == "报批" and "上级主管部门" in props.form.error_text("上级主管部门意见")
    props.form.fill({"superior_opinion": "市财政局同意"})
    props.do_step()
    settle()
    props.form.fill({"method": "改任非领导职务", "doc_number": "紫组任〔2026〕3号", "new_title": "四级调研员",
                     "new_level": "四级调研员"})
    props.do_step()
    settle()
    assert props.form is not None and props.form.step == "谈话"
    props.form.fill({"talker": "组织部副部长", "record": "已谈话"})
    props.do_step()
    settle()
    assert props.form is None and "状态：完成" in props.info.toPlainText()
    assert not props.withdraw_button.isVisibleTo(props) and not props.do_button.isEnabled()
    tab.grab().save("/tmp/adjustment_proposal.png")


def test_models_pass_modeltester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    c = CadreFact(1, "王建国", "610924198005170011", "男", dt.date(1980, 5, 17), 1, "城关镇", "镇", 1, "党委书记",
                  "正科级", True, True, None)
    model = FindingsModel()
    model.set_findings([finding(c, 7, 1, Verdict.SHOULD, "两年末位"),
                        finding(c, 19, None, Verdict.SHOULD, "到龄", ("免职",))])
    qtmodeltester.check(model)
    rows = ProposalsModel()
    rows.set_rows([ProposalRow(1, "王建国", "城关镇", "调整", "第七条第（一）项", Status.REVIEW, "免职",
                               frozenset({Step.REVIEW, Step.WITHDRAW}))])
    qtmodeltester.check(rows)


def test_determination_entry_form(settle, tab, db: Database) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from zydesk.storage.models import Cadre

    page = tab.registers
    with db.read() as s:
        idn = s.scalar(select(Cadre.id_number).where(Cadre.name == "王建国"))
    f = page.form
    f.widgets["认定日期"].setText("2025-04-01")
    f.widgets["单位"].setCurrentText("城关镇")
    f.widgets["条款"].setCurrentIndex(list(adjustment_entry.ITEM_LABELS).index(
        next(k for k in adjustment_entry.ITEM_LABELS if k.startswith("第十一条第（一）项"))))
    f.widgets["责任人"].setPlainText(f"{idn} 主要负责人\n610924198001010000 分管领导")
    f.widgets["认定文件"].setText("紫安委〔2025〕3号")
    page.save()
    settle()
    assert "第2行" in f.error_text("责任人") and page.model.rowCount() == 0
    f.widgets["责任人"].setPlainText("李秀英 主要负责人")  # a name, but not of a cadre in 城关镇
    page.save()
    settle()
    assert "没有在职干部“李秀英”在该单位任职" in f.error_text("责任人")
    f.widgets["责任人"].setPlainText(f"{idn} 主要负责人\n张伟 分管领导")
    page.save()
    settle()
    page.year.setValue(2025)
    settle()
    assert page.model.rowCount() == 1 and page.model.rows[0].people == "王建国（主要负责人）、张伟（分管领导）"
    tab.tabs.setCurrentWidget(page)
    tab.grab().save("/tmp/adjustment_registers.png")
    _scan(settle, tab)
    assert any(str(x.citation) == "第十一条第（一）项" for x in tab.findings.result.findings)


def test_local_settings_dialog(settle, tab, db: Database,  # type: ignore[no-untyped-def]
                               monkeypatch: pytest.MonkeyPatch) -> None:
    from zydesk.services.adjustment.facts import load_local_settings

    shown: list[adjustment_entry.SettingsDialog] = []
    monkeypatch.setattr(adjustment_entry.SettingsDialog, "exec", lambda self: shown.append(self) or 0)
    adjustment_entry.open_settings(tab, AppContext(db))
    settle()
    (d,) = shown
    assert d.ages.toPlainText().startswith("正处级 男 60")  # the current settings (defaults) are shown
    d.ages.setPlainText("正科级 男 58\n副科级 其他 55")
    d.accept()
    settle()
    assert "第2行" in d.form.error_text("年龄界限")
    d.ages.setPlainText("正科级 男 58\n正科级 女 55")
    d.spins["提示期"].setValue(3)
    d.accept()
    settle()
    with db.read() as s:
        cur = load_local_settings(s)
    assert cur.age_limits == [("正科级", "男", 58), ("正科级", "女", 55)] and cur.warn_months == 3
    d.grab().save("/tmp/adjustment_settings.png")


def test_health_record_dialog_keeps_messages_beside_fields(settle, tab, db: Database,  # type: ignore[no-untyped-def]
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy import select

    from zydesk.storage.models import Cadre
    from zydesk.storage.models_adjustment import HealthRecord

    with db.read() as s:
        idno = s.scalar(select(Cadre.id_number).where(Cadre.name == "李秀英"))
    closed: list[bool] = []

    def fill(dialog: adjustment_entry.OpFormDialog) -> int:
        assert dialog.windowTitle() == "登记健康状况（第二十二条）"
        dialog.accept()  # nothing typed: the required start date is named beside its field
        settle()
        assert dialog.form.error_text("不能正常履职起始日")
        dialog.form.widgets["公民身份号码"].setText(idno)  # type: ignore[attr-defined]
        dialog.form.widgets["不能正常履职起始日"].setText("2024-03-01")  # type: ignore[attr-defined]
        dialog.accept()
        settle()
        closed.append(dialog.result() == adjustment_entry.QDialog.DialogCode.Accepted)
        return 1

    monkeypatch.setattr(adjustment_entry.OpFormDialog, "exec", fill)
    tab.registers.health()
    with db.read() as s:
        (record,) = s.scalars(select(HealthRecord)).all()
    assert record.start_date == dt.date(2024, 3, 1) and record.end_date is None and closed == [True]


def test_every_verdict_has_a_colour_and_a_filter_entry() -> None:
    """到龄提示 (第十九条, before the day) is listed, coloured and filterable like the other verdicts."""
    from ui.adjustment.models import VERDICT_COLOURS
    from zydesk.core.adjustment import VERDICTS, Verdict

    assert set(VERDICT_COLOURS) == set(Verdict) and Verdict.AGE_NOTICE in VERDICTS
