"""第二十四条 procedure as a state machine: 报告 → 审核 → 报批 → 决定 → 谈话, no step skipped.

Pure: what each step must record and which methods a case allows. The service stores the steps.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from zydesk.errors import FieldError

STEPS = ("报告", "审核", "报批", "决定", "谈话")
DONE = "完成"
POSTPONED = "延迟"  # 第十九条: 确因工作需要而延迟免职（退休）
WITHDRAWN = "撤销"  # a case started in error or overtaken (before 决定), with its reason

# Case kinds by the article of the findings; only 调整 writes an organizational-handling record.
CASE_BY_ARTICLE = {19: "到龄免职（退休）", 20: "任期届满", 22: "健康原因", 23: "个人申请"}
ADJUSTMENT = "调整"

# Methods that end the leadership post and what must be opened instead.
NEEDS_NEW_POST = {"调离岗位", "降职", "改任非领导职务"}
# 组织处理 kind recorded on 决定 (影响期 from the discipline_kind table).
HANDLING_KIND = {"调离岗位": "调整职务", "改任非领导职务": "调整职务", "免职": "免职", "降职": "降职",
                 "责令辞职": "责令辞职", "引咎辞职": "引咎辞职"}

# The fields of each step, with the Chinese label shown when missing.
REQUIRED: dict[str, tuple[tuple[str, str], ...]] = {
    "报告": (("process", "认定过程"), ("basis", "认定依据"), ("result", "认定结果"), ("suggestion", "初步调整建议"),
             ("reporter", "报告单位")),
    "审核": (("opinions", "听取的意见"), ("explained_by", "向本人说明调整理由的人"),
             ("statement", "本人陈述意见"), ("method", "建议调整方式")),
    "报批": (("opinion", "组织部审核意见"),),
    "决定": (("method", "调整方式"), ("doc_number", "决定文号")),
    "谈话": (("talker", "谈话人"), ("record", "谈话记录")),
    WITHDRAWN: (("reason", "撤销理由"),),
    POSTPONED: (("committee_opinion", "党委（党组）研究意见"), ("consent_body", "同意延迟的上一级党组织"),
                ("consent_doc", "同意文件"), ("until", "延迟至")),
}


def case_kind(articles: Sequence[int]) -> str:
    kinds = {CASE_BY_ARTICLE.get(a, ADJUSTMENT) for a in articles}
    return kinds.pop() if len(kinds) == 1 else ADJUSTMENT


def allowed_methods(method_lists: Sequence[Sequence[str]]) -> list[str]:
    """The methods every finding of the case allows (their intersection), in the first list's order."""
    if not method_lists:
        return []
    common = set(method_lists[0]).intersection(*map(set, method_lists[1:]))
    return [m for m in method_lists[0] if m in common]


def _blank(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v.strip()) or (isinstance(v, list | dict) and not v)


def check_step(status: str, step: str, date: dt.date, last_date: dt.date | None, data: Mapping[str, Any], *,
               allowed: Sequence[str], dual_managed: bool, case: str) -> list[FieldError]:
    """Errors that refuse the step (empty list = the step may be recorded)."""
    if status in (DONE, POSTPONED, WITHDRAWN):
        return [FieldError("步骤", f"本案已{status}，不能再办理“{step}”")]
    if step == WITHDRAWN:
        if status not in STEPS[:4]:
            return [FieldError("步骤", "已作出决定，不能撤销")]
    elif step == POSTPONED:
        if case != "到龄免职（退休）":
            return [FieldError("步骤", "只有到龄免职（退休）可以延迟（第十九条）")]
        if status not in ("报告", "审核", "报批"):
            return [FieldError("步骤", "已作出决定，不能再延迟")]
    elif step != status:
        if step in STEPS and STEPS.index(step) > STEPS.index(status):
            return [FieldError("步骤", f"须先完成“{status}”，程序不能跳过（第二十四条）")]
        return [FieldError("步骤", f"“{step}”已办理，当前应办理“{status}”")]
    errs = [FieldError(label, "必须填写") for key, label in REQUIRED.get(step, ()) if _blank(data.get(key))]
    if last_date is not None and date < last_date:
        errs.append(FieldError("日期", f"不能早于上一步骤的日期 {last_date:%Y-%m-%d}"))
    if step in ("审核", "决定") and data.get("method") and data["method"] not in allowed:
        errs.append(FieldError("调整方式", f"“{data['method']}”不在本案条款允许的方式（{'、'.join(allowed)}）之内"))
    if step == "审核" and not data.get("explained_date"):
        errs.append(FieldError("说明理由日期", "提出调整建议前，应向本人说明调整理由，听取其陈述意见"))
    if step == "报批" and dual_managed and _blank(data.get("superior_opinion")):
        errs.append(FieldError("上级主管部门意见", "双重管理的领导干部，作出决定前应征求上级主管部门的意见"))
    if step == "决定" and data.get("method") in NEEDS_NEW_POST:
        for key, label in (("new_title", "新任职务（或职级）名称"), ("new_level", "新职务层次（或职级）")):
            if _blank(data.get(key)):
                errs.append(FieldError(label, f"{data['method']}须填写"))
    return errs


def next_status(step: str) -> str:
    if step in (POSTPONED, WITHDRAWN):
        return step
    i = STEPS.index(step)
    return STEPS[i + 1] if i + 1 < len(STEPS) else DONE


FIELD_LABELS: dict[str, str] = {key: label for fields in REQUIRED.values() for key, label in fields}
FIELD_LABELS.update({
    "explained_date": "说明理由日期", "superior_opinion": "上级主管部门意见", "deciding_body": "决定机关",
    "new_title": "新任职务（职级）", "new_level": "新职务层次（职级）", "new_unit_id": "新任单位", "new_unit": "新任单位",
    "ended_post": "已免去职务", "opened_post": "已任新职务（职级）", "handling": "组织处理", "effect_end": "影响期至",
    "method": "调整方式",
})
DATE_FIELDS = ("explained_date", "until")


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
