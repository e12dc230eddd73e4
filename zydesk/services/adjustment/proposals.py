"""调整方案: start a case from findings, drive it through 第二十四条's steps, and apply the 决定.

On 决定 the cadre's post history changes (the leadership post ends; a new post or non-leadership rank
opens) and, for an adjustment under 第七条至第十七条, an organizational-handling record (组织处理) with its
影响期 is written for the promotion checks to read.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from zydesk.core.adjustment import CaseKind, Finding, Status, Step, Verdict
from zydesk.core.adjustment import procedure as P
from zydesk.core.dates import DateFormatError, add_months, parse_date
from zydesk.core.security.roles import Permission
from zydesk.errors import FieldError, UserError, ValidationError
from zydesk.services.conflicts import check_version, stale_as_conflict
from zydesk.storage import models_adjustment as M
from zydesk.storage.models import Cadre, Discipline, DisciplineKind, Post, Unit
from zydesk.storage.uow import Database, retried

DEFAULT_MONTHS = {"调整职务": 12, "免职": 12, "降职": 24, "责令辞职": 12, "引咎辞职": 12}


def finding_snapshot(f: Finding) -> dict[str, Any]:
    return {**f.as_json(), "citation": str(f.citation), "role": f.role, "sources": list(f.sources),
            "tolerance_note": f.tolerance_note}


def start_proposal(db: Database, year: int, findings: Sequence[Finding], *, dual_managed: bool = False,
                   arrangement: str | None = None) -> int:
    db.require(Permission.DECIDE)
    if not findings:
        raise UserError("请先选择至少一条调整情形")
    cadres = {f.cadre.id for f in findings}
    if len(cadres) != 1:
        raise UserError("一个调整方案只能针对一名干部，请按干部分别发起")
    early = [f for f in findings if f.verdict == Verdict.WARN_FIRST]
    if early:
        raise UserError(f"{early[0].citation}：尚无提醒、函询或诫勉记录，应先提醒、函询或诫勉，不能直接发起调整（第十七条）")
    allowed = P.allowed_methods([f.methods for f in findings])
    if not allowed:
        raise UserError("所选情形允许的调整方式没有交集，请分别发起调整方案")
    c = findings[0].cadre
    with db.uow("发起调整方案", Permission.DECIDE) as uow:
        row = M.Proposal(cadre_id=c.id, unit_id=c.unit_id, post_id=c.post_id,
                         case_kind=P.case_kind([f.citation.article for f in findings]), year=year,
                         findings=[finding_snapshot(f) for f in findings], methods_allowed=allowed,
                         dual_managed=dual_managed, arrangement=arrangement, status=Status.REPORT,
                         created_at=dt.datetime.now())
        uow.session.add(row)
        uow.commit()
        return row.id


def _facts(p: M.Proposal) -> P.ProposalFacts:
    return P.ProposalFacts(Status(p.status), CaseKind(p.case_kind))


def _step_of(name: str) -> Step:
    try:
        return Step(name)
    except ValueError:
        raise UserError(f"没有“{name}”这一步骤（应为 {'、'.join(Step)} 之一）") from None


@retried
def record_step(db: Database, proposal_id: int, step: Step | str, date: dt.date, data: dict[str, Any],
                version: int | None = None) -> Status:
    """Record one step; returns the new status. Refused (nothing written): a step the case does not allow now
    (UserError, see procedure.allowed_steps), or missing and wrong fields (ValidationError); with `version`
    (ProposalView.version, as the form read it) a proposal someone else changed since (EditConflict)."""
    with stale_as_conflict(db, "Proposal", proposal_id):
        return _record_step(db, proposal_id, step, date, data, version)


def _record_step(db: Database, proposal_id: int, step: Step | str, date: dt.date, data: dict[str, Any],
                 version: int | None) -> Status:
    db.require(Permission.DECIDE)
    step = _step_of(step)
    with db.uow(f"调整程序：{step}", Permission.DECIDE) as uow:
        s = uow.session
        p = s.get(M.Proposal, proposal_id)
        if p is None:
            raise UserError(f"调整方案（编号 {proposal_id}）不存在")
        check_version(s, p, version, proposal_id)
        refused = P.refusal(_facts(p), step)
        if refused:
            raise UserError(refused)
        last = max((st.date for st in p.steps), default=None)
        data = dict(data)
        if isinstance(data.get("opinions"), str):  # as typed in the step form, one opinion a line
            data["opinions"] = P.parse_opinions(data["opinions"])
        bad_dates = []
        for key in P.DATE_FIELDS:
            if isinstance(data.get(key), str) and data[key].strip():
                try:
                    data[key] = parse_date(data[key])
                except DateFormatError as exc:
                    bad_dates.append(FieldError(P.FIELD_LABELS[key], str(exc)))
        errs = bad_dates + P.check_step(step, date, last, data, allowed=p.methods_allowed,
                                        dual_managed=p.dual_managed)
        if errs:
            raise ValidationError(errs)
        clean = {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in data.items()}
        if step == Step.REVIEW:
            p.proposed_method = data["method"]
        if step == Step.DECIDE:
            clean.update(_apply_decision(s, p, date, data))
        s.add(M.ProposalStep(proposal_id=p.id, step=step, date=date, data=clean, by=db.user))
        p.status = P.next_status(step)
        uow.commit()
        return Status(p.status)


def _months(s: Session, kind: str) -> int | None:
    row = s.scalar(select(DisciplineKind.months).where(DisciplineKind.category == "组织处理",
                                                      DisciplineKind.kind == kind))
    return row if row is not None else DEFAULT_MONTHS.get(kind)


def _apply_decision(s: Session, p: M.Proposal, date: dt.date, data: dict[str, Any]) -> dict[str, Any]:
    method = data["method"]
    cadre = s.get(Cadre, p.cadre_id)
    assert cadre is not None
    old = s.get(Post, p.post_id) if p.post_id is not None else None
    if old is None or old.end_date is not None:
        raise ValidationError([FieldError("原任职务", "原职务已不在任（可能已由其他任免办理），请核对后重新发起")])
    if old.start_date and date <= old.start_date:
        raise ValidationError([FieldError("决定日期", "不能早于原职务的任职日期")])
    old.end_date = date
    out: dict[str, Any] = {"ended_post": old.title}
    if data.get("new_title"):
        unit_id = int(data.get("new_unit_id") or old.unit_id)
        if data.get("new_unit"):
            found = s.scalar(select(Unit.id).where(Unit.name == str(data["new_unit"]).strip()))
            if found is None:
                raise ValidationError([FieldError("新任单位", f"没有名为“{data['new_unit']}”的单位")])
            unit_id = found
        if s.get(Unit, unit_id) is None:
            raise ValidationError([FieldError("新任单位", f"单位（编号 {unit_id}）不存在")])
        # 调离岗位 and 降职 open another leadership post; 免职, 辞职, 改任 and 退休 leave a non-leadership rank
        leadership = method in ("调离岗位", "降职")
        new = Post(cadre_id=cadre.id, unit_id=unit_id, title=str(data["new_title"]).strip(),
                   level=str(data["new_level"]).strip(), is_principal=False, is_leadership=leadership,
                   start_date=date)
        s.add(new)
        out["opened_post"] = new.title
    if method == "退休":
        cadre.status = "退休"
    if p.case_kind == CaseKind.ADJUSTMENT:
        kind = P.HANDLING_KIND[method]
        months = _months(s, kind)
        reason = "；".join(f"{f['citation']}：{f['evidence']}" for f in p.findings)
        s.add(Discipline(cadre_id=cadre.id, category="组织处理", kind=kind, decision_date=date,
                         deciding_body=str(data.get("deciding_body") or "中共紫阳县委"),
                         reason=f"{reason}（{data['doc_number']}）",
                         effect_end=add_months(date, months) if months else None))
        out["handling"] = kind
        out["effect_end"] = add_months(date, months).isoformat() if months else None
    return out


@dataclass(frozen=True)
class ProposalRow:
    id: int
    cadre: str
    unit: str
    case_kind: str
    citations: str
    status: Status
    method: str
    allowed_steps: frozenset[Step] = frozenset()  # procedure.allowed_steps: what the tab may offer

    @property
    def status_label(self) -> str:
        return Status(self.status).label


def list_proposals(session: Session, year: int | None = None) -> list[ProposalRow]:
    q = (select(M.Proposal.id, Cadre.name, Unit.name, M.Proposal.case_kind, M.Proposal.findings, M.Proposal.status,
                M.Proposal.proposed_method)
         .join(Cadre, Cadre.id == M.Proposal.cadre_id).join(Unit, Unit.id == M.Proposal.unit_id)
         .order_by(M.Proposal.id.desc()))
    if year is not None:
        q = q.where(M.Proposal.year == year)
    return [ProposalRow(i, n, u, k, "、".join(dict.fromkeys(f["citation"] for f in fs)), Status(st), m or "",
                        P.allowed_steps(P.ProposalFacts(Status(st), CaseKind(k))))
            for i, n, u, k, fs, st, m in session.execute(q)]


@dataclass(frozen=True)
class ProposalView:
    id: int
    cadre: str
    id_number: str
    unit: str
    post: str
    case_kind: str
    findings: list[dict[str, Any]]
    methods_allowed: list[str]
    dual_managed: bool
    arrangement: str | None
    status: Status
    steps: list[tuple[Step, dt.date, dict[str, Any], str]]
    records: list[str] = field(default_factory=list)  # the cadre's 处分和组织处理 (第二十六条)
    allowed_steps: frozenset[Step] = frozenset()  # procedure.allowed_steps
    next_step: Step | None = None  # the step of 第二十四条 to record now, if any
    cadre_id: int = 0  # the cadre whose 干部任免审批表 goes with the case
    version: int | None = None  # as read: the step form passes it back, so a newer change is not overwritten

    @property
    def status_label(self) -> str:
        return Status(self.status).label


def proposal_view(session: Session, proposal_id: int) -> ProposalView:
    p = session.get(M.Proposal, proposal_id)
    if p is None:
        raise UserError(f"调整方案（编号 {proposal_id}）不存在")
    cadre = session.get(Cadre, p.cadre_id)
    unit = session.get(Unit, p.unit_id)
    post = session.get(Post, p.post_id) if p.post_id else None
    assert cadre is not None and unit is not None
    records = [f"{d.decision_date:%Y-%m-%d} {d.category}·{d.kind}" + (f"（{d.reason}）" if d.reason else "")
               for d in session.scalars(select(Discipline).where(Discipline.cadre_id == cadre.id)
                                        .order_by(Discipline.decision_date))]
    facts = _facts(p)
    return ProposalView(p.id, cadre.name, cadre.id_number, unit.name, post.title if post else "", p.case_kind,
                        list(p.findings), list(p.methods_allowed), p.dual_managed, p.arrangement, facts.status,
                        [(Step(st.step), st.date, dict(st.data), st.by) for st in p.steps], records,
                        P.allowed_steps(facts), P.next_step(facts), cadre_id=cadre.id,
                        version=p.version)
