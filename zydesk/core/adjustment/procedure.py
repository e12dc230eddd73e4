"""第二十四条 procedure as a state machine: 报告 → 审核 → 报批 → 决定 → 谈话, no step skipped; 第十九条's 延迟
for 到龄免职（退休） and 撤销, both before 决定.

Pure: which steps a case allows now (`allowed_steps`, asked by the tab and enforced by the service), what each
step must record, and which methods a case allows. The service stores the steps.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from zydesk.core.adjustment.values import PROCEDURE, CaseKind, Status, Step
from zydesk.errors import FieldError

# Case kinds by the article of the findings; only 调整 writes an organizational-handling record.
CASE_BY_ARTICLE = {19: CaseKind.AGE, 20: CaseKind.TERM, 22: CaseKind.HEALTH, 23: CaseKind.REQUEST}

# Methods that end the leadership post and what must be opened instead.
NEEDS_NEW_POST = {"调离岗位", "降职", "改任非领导职务"}
# 组织处理 kind recorded on 决定 (影响期 from the discipline_kind table).
HANDLING_KIND = {"调离岗位": "调整职务", "改任非领导职务": "调整职务", "免职": "免职", "降职": "降职",
                 "责令辞职": "责令辞职", "引咎辞职": "引咎辞职"}

# The fields of each step, with the Chinese label shown when missing.
REQUIRED: dict[Step, tuple[tuple[str, str], ...]] = {
    Step.REPORT: (("process", "认定过程"), ("basis", "认定依据"), ("result", "认定结果"),
                  ("suggestion", "初步调整建议"), ("reporter", "报告单位")),
    Step.REVIEW: (("opinions", "听取的意见"), ("explained_by", "向本人说明调整理由的人"),
                  ("statement", "本人陈述意见"), ("method", "建议调整方式")),
    Step.SUBMIT: (("opinion", "组织部审核意见"),),
    Step.DECIDE: (("method", "调整方式"), ("doc_number", "决定文号")),
    Step.TALK: (("talker", "谈话人"), ("record", "谈话记录")),
    Step.WITHDRAW: (("reason", "撤销理由"),),
    Step.POSTPONE: (("committee_opinion", "党委（党组）研究意见"), ("consent_body", "同意延迟的上一级党组织"),
                    ("consent_doc", "同意文件"), ("until", "延迟至")),
}


@dataclass(frozen=True)
class ProposalFacts:
    """What decides the steps a case allows: where it stands and what kind of case it is."""

    status: Status
    case_kind: CaseKind


# Before 决定 is recorded the case may still be withdrawn, and a 到龄 case postponed (第十九条).
_BEFORE_DECISION = (Status.REPORT, Status.REVIEW, Status.SUBMIT, Status.DECIDE)


def allowed_steps(p: ProposalFacts) -> frozenset[Step]:
    """The steps that may be recorded now: the next step of 第二十四条 (none skipped, none repeated); 撤销
    before 决定; 延迟 before 决定 for 到龄免职（退休） only (第十九条). Nothing once the case has ended."""
    status = Status(p.status)
    pending = status.pending_step
    if pending is None:
        return frozenset()
    steps = {pending}
    if status in _BEFORE_DECISION:
        steps.add(Step.WITHDRAW)
        if CaseKind(p.case_kind) == CaseKind.AGE:
            steps.add(Step.POSTPONE)
    return frozenset(steps)


def next_step(p: ProposalFacts) -> Step | None:
    """The step of 第二十四条 the case waits for (None once ended); allowed_steps always includes it."""
    return Status(p.status).pending_step


def refusal(p: ProposalFacts, step: Step) -> str | None:
    """Why `step` may not be recorded now, in the clerk's words (None: allowed)."""
    step = Step(step)
    if step in allowed_steps(p):
        return None
    status = Status(p.status)
    if status.closed:
        return f"本案已{status}，不能再办理“{step}”"
    if step == Step.WITHDRAW:
        return "已作出决定，不能撤销"
    if step == Step.POSTPONE:
        if CaseKind(p.case_kind) != CaseKind.AGE:
            return "只有到龄免职（退休）可以延迟（第十九条）"
        return "已作出决定，不能再延迟"
    pending = status.pending_step
    assert pending is not None
    if PROCEDURE.index(step) > PROCEDURE.index(pending):
        return f"须先完成“{pending}”，程序不能跳过（第二十四条）"
    return f"“{step}”已办理，当前应办理“{pending}”"


def case_kind(articles: Sequence[int]) -> CaseKind:
    kinds = {CASE_BY_ARTICLE.get(a, CaseKind.ADJUSTMENT) for a in articles}
    return kinds.pop() if len(kinds) == 1 else CaseKind.ADJUSTMENT


def allowed_methods(method_lists: Sequence[Sequence[str]]) -> list[str]:
    """The methods every finding of the case allows (their intersection), in the first list's order."""
    if not method_lists:
        return []
    common = set(method_lists[0]).intersection(*map(set, method_lists[1:]))
    return [m for m in method_lists[0] if m in common]


def _blank(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v.strip()) or (isinstance(v, list | dict) and not v)


def check_step(step: Step, date: dt.date, last_date: dt.date | None, data: Mapping[str, Any], *,
               allowed: Sequence[str], dual_managed: bool) -> list[FieldError]:
    """What is missing or wrong in the fields of an allowed step (empty list = it may be recorded)."""
    errs = [FieldError(label, "必须填写") for key, label in REQUIRED.get(step, ()) if _blank(data.get(key))]
    if last_date is not None and date < last_date:
        errs.append(FieldError("日期", f"不能早于上一步骤的日期 {last_date:%Y-%m-%d}"))
    if step in (Step.REVIEW, Step.DECIDE) and data.get("method") and data["method"] not in allowed:
        errs.append(FieldError("调整方式", f"“{data['method']}”不在本案条款允许的方式（{'、'.join(allowed)}）之内"))
    if step == Step.REVIEW and not data.get("explained_date"):
        errs.append(FieldError("说明理由日期", "提出调整建议前，应向本人说明调整理由，听取其陈述意见"))
    if step == Step.SUBMIT and dual_managed and _blank(data.get("superior_opinion")):
        errs.append(FieldError("上级主管部门意见", "双重管理的领导干部，作出决定前应征求上级主管部门的意见"))
    if step == Step.DECIDE and data.get("method") in NEEDS_NEW_POST:
        for key, label in (("new_title", "新任职务（或职级）名称"), ("new_level", "新职务层次（或职级）")):
            if _blank(data.get(key)):
                errs.append(FieldError(label, f"{data['method']}须填写"))
    return errs


def next_status(step: Step) -> Status:
    if step == Step.POSTPONE:
        return Status.POSTPONED
    if step == Step.WITHDRAW:
        return Status.WITHDRAWN
    i = PROCEDURE.index(step)
    return Status(PROCEDURE[i + 1]) if i + 1 < len(PROCEDURE) else Status.DONE


FIELD_LABELS: dict[str, str] = {key: label for fields in REQUIRED.values() for key, label in fields}
FIELD_LABELS.update({
    "explained_date": "说明理由日期", "superior_opinion": "上级主管部门意见", "deciding_body": "决定机关",
    "new_title": "新任职务（职级）", "new_level": "新职务层次（职级）", "new_unit_id": "新任单位", "new_unit": "新任单位",
    "ended_post": "已免去职务", "opened_post": "已任新职务（职级）", "handling": "组织处理", "effect_end": "影响期至",
    "method": "调整方式",
})
DATE_FIELDS = ("explained_date", "until")


def parse_opinions(text: str) -> list[dict[str, str]]:
    """听取的意见 typed one a line, "城关镇党委：同意" → [{"who": "城关镇党委", "opinion": "同意"}]."""
    out = []
    for line in text.splitlines():
        if line.strip():
            who, _, opinion = line.replace("：", ":").partition(":")
            out.append({"who": who.strip(), "opinion": opinion.strip()})
    return out


def describe(data: Mapping[str, Any]) -> str:
    """A step's recorded fields in Chinese: 认定过程：…；听取的意见：城关镇党委（同意）…"""
    parts = []
    for key, value in data.items():
        if _blank(value):
            continue
        if isinstance(value, list):
            value = "、".join(f"{v.get('who', '')}（{v.get('opinion', '')}）" if isinstance(v, dict) else str(v)
                             for v in value)
        parts.append(f"{FIELD_LABELS.get(key, key)}：{value}")
    return "；".join(parts)
