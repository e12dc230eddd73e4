"""The 调整方案 state machine against the text of 《能上能下实施办法》, and the service refusing a step it does not allow.

第二十四条: "一般按照以下程序进行：（一）报告 …（二）审核 …（三）报批 …（四）决定 …（五）谈话" — one step after another.
第十九条: "确因工作需要而延迟免职（退休）的 … 报上一级党组织同意" — only for 到龄免职（退休）, before the decision.
第二十条: "应当免去其担任的领导职务，一般不得延长" — a 任期届满 case is not postponed.
"""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tests.factories import add_cadre, add_unit
from zydesk.core.adjustment import CaseKind, Status, Step
from zydesk.core.adjustment.procedure import (
    ProposalFacts,
    allowed_steps,
    next_status,
    next_step,
    parse_opinions,
    refusal,
)
from zydesk.core.security.roles import Permission
from zydesk.errors import UserError, ValidationError
from zydesk.services.adjustment.proposals import list_proposals, proposal_view, record_step, start_proposal
from zydesk.services.adjustment.scan import scan
from zydesk.storage.models import Appraisal
from zydesk.storage.models_adjustment import ProposalStep
from zydesk.storage.uow import Database

R, A, S, D, T, P, W = (Step.REPORT, Step.REVIEW, Step.SUBMIT, Step.DECIDE, Step.TALK, Step.POSTPONE,
                       Step.WITHDRAW)

# (status, case kind) → the steps the text allows now.
GOLDEN = [
    # 第二十四条 for an adjustment under 第七条至第十八条: the next step, and 撤销 until 决定 is recorded.
    (Status.REPORT, CaseKind.ADJUSTMENT, {R, W}),
    (Status.REVIEW, CaseKind.ADJUSTMENT, {A, W}),
    (Status.SUBMIT, CaseKind.ADJUSTMENT, {S, W}),
    (Status.DECIDE, CaseKind.ADJUSTMENT, {D, W}),
    (Status.TALK, CaseKind.ADJUSTMENT, {T}),  # decided: no withdrawing a decision
    # 第十九条: 到龄免职（退休） may be postponed (with the superior organization's consent) before 决定.
    (Status.REPORT, CaseKind.AGE, {R, W, P}),
    (Status.REVIEW, CaseKind.AGE, {A, W, P}),
    (Status.SUBMIT, CaseKind.AGE, {S, W, P}),
    (Status.DECIDE, CaseKind.AGE, {D, W, P}),
    (Status.TALK, CaseKind.AGE, {T}),
    # 第二十条 (一般不得延长), 第二十二条, 第二十三条: no 延迟.
    (Status.REPORT, CaseKind.TERM, {R, W}),
    (Status.SUBMIT, CaseKind.HEALTH, {S, W}),
    (Status.DECIDE, CaseKind.REQUEST, {D, W}),
    # An ended case allows nothing.
    (Status.DONE, CaseKind.ADJUSTMENT, set()),
    (Status.DONE, CaseKind.AGE, set()),
    (Status.POSTPONED, CaseKind.AGE, set()),
    (Status.WITHDRAWN, CaseKind.ADJUSTMENT, set()),
]


@pytest.mark.parametrize(("status", "kind", "expected"), GOLDEN, ids=[f"{s.label}-{k}" for s, k, _ in GOLDEN])
def test_allowed_steps_follow_the_text(status: Status, kind: CaseKind, expected: set[Step]) -> None:
    facts = ProposalFacts(status, kind)
    assert allowed_steps(facts) == frozenset(expected)
    for step in Step:  # the refusal says why exactly when the step is not allowed
        assert (refusal(facts, step) is None) == (step in expected)


def test_the_five_steps_run_in_order_and_nothing_after() -> None:
    facts = ProposalFacts(Status.REPORT, CaseKind.ADJUSTMENT)
    seen = []
    while (step := next_step(facts)) is not None:
        seen.append(step)
        facts = ProposalFacts(next_status(step), facts.case_kind)
    assert seen == [R, A, S, D, T] and facts.status == Status.DONE


def test_refusals_name_the_step_to_do() -> None:
    at_review = ProposalFacts(Status.REVIEW, CaseKind.ADJUSTMENT)
    assert refusal(at_review, D) == "须先完成“审核”，程序不能跳过（第二十四条）"
    assert refusal(at_review, R) == "“报告”已办理，当前应办理“审核”"
    assert refusal(at_review, P) == "只有到龄免职（退休）可以延迟（第十九条）"
    assert refusal(ProposalFacts(Status.TALK, CaseKind.AGE), P) == "已作出决定，不能再延迟"
    assert refusal(ProposalFacts(Status.TALK, CaseKind.ADJUSTMENT), W) == "已作出决定，不能撤销"
    assert refusal(ProposalFacts(Status.WITHDRAWN, CaseKind.ADJUSTMENT), R) == "本案已撤销，不能再办理“报告”"


def test_values_keep_the_stored_labels() -> None:
    assert [str(s) for s in (R, A, S, D, T, P, W)] == ["报告", "审核", "报批", "决定", "谈话", "延迟", "撤销"]
    assert Status("审核").label == "待审核" and Status("完成").label == "完成"
    assert CaseKind.AGE == "到龄免职（退休）"


@pytest.fixture
def case(db: Database) -> int:
    add_unit(db, "城关镇", kind="镇", group="镇")
    cadre = add_cadre(db, "王副镇长", "城关镇", "城关镇副镇长", "副科级", start=dt.date(2021, 1, 1))
    with db.uow("测试数据", Permission.ENTER) as uow:
        uow.session.add(Appraisal(cadre_id=cadre, year=2025, grade="不称职"))
        uow.commit()
    with db.read() as s:
        findings = [f for f in scan(s, 2025).findings if f.cadre.id == cadre]
    return start_proposal(db, 2025, findings)


def test_service_refuses_a_step_not_allowed_and_writes_nothing(db: Database, case: int) -> None:
    with db.read() as s:
        row = list_proposals(s)[0]
        view = proposal_view(s, case)
    assert row.allowed_steps == view.allowed_steps == frozenset({R, W}) and view.next_step == R
    for step, message in ((D, "须先完成“报告”"), (P, "只有到龄免职（退休）可以延迟")):
        with pytest.raises(UserError, match=message) as refused:
            record_step(db, case, step, dt.date(2026, 2, 1), {"method": "免职", "doc_number": "x",
                                                              "committee_opinion": "x", "consent_body": "x",
                                                              "consent_doc": "x", "until": "2026-12-31"})
        assert not isinstance(refused.value, ValidationError)  # a refusal, not a field to correct
    with pytest.raises(UserError, match="没有“批准”这一步骤"):
        record_step(db, case, "批准", dt.date(2026, 2, 1), {})
    with db.read() as s:
        assert s.scalars(select(ProposalStep)).all() == [] and proposal_view(s, case).status == Status.REPORT


def test_opinions_typed_one_a_line() -> None:
    assert parse_opinions("城关镇党委：同意\n\n分管领导:同意调整\n干部群众") == [
        {"who": "城关镇党委", "opinion": "同意"}, {"who": "分管领导", "opinion": "同意调整"},
        {"who": "干部群众", "opinion": ""}]
