"""干部选拔资格审查 (第十八条至第二十四条): gather the facts in a few queries, call
zydesk.core.incentives.promotion.review, keep the review with its date, the data it used and who ran it."""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from zydesk.core.idnumber import mask
from zydesk.core.incentives import promotion as core
from zydesk.core.incentives.excellent import CheckLine, LeftOut, parse_rate
from zydesk.core.incentives.promotion import PromotionFacts
from zydesk.core.security.roles import Permission
from zydesk.errors import FieldError, UserError, ValidationError
from zydesk.services.codes import vote_options
from zydesk.services.fields import typed_date
from zydesk.services.incentives.excellent import (
    ITEM_PROMOTION,
    appraisals_of,
    commendation_facts,
    current_post,
    discipline_facts,
    excellent_years,
    unit_awards,
)
from zydesk.services.settings import get_setting
from zydesk.storage.models import Cadre, Commendation, Post, Vote
from zydesk.storage.models_excellent import CommendationTag, KeyWork, PromotionReview
from zydesk.storage.uow import Database

S_VOTE_SHARE = "promotion.vote_top_share"  # “民主测评结果靠前”: within this share of the field
S_COMMENDATION_YEARS = "promotion.commendation_years"  # 第二十一条 only: how many years back a commendation counts
VOTE_TYPE = "个人年度测评"


def _level_since(posts: list[Post], level: str) -> dt.date | None:
    """Start of the unbroken run of posts at the current level (职务层次)."""
    since = None
    for p in sorted(posts, key=lambda p: (p.start_date or dt.date.min, p.id), reverse=True):
        if p.level != level:
            break
        since = p.start_date
    return since


def _vote_position(session: Session, cadre_id: int, year: int) -> tuple[int, int] | None:
    """Place of the cadre by share of “优秀” in the year's 个人年度测评 (ties share the better place).
    Counts are JSON with escaped keys, so the shares are worked out here, exactly, not in SQL."""
    best = vote_options()[VOTE_TYPE][0]
    shares: dict[int, Fraction] = {}
    for cid, counts in session.connection().execute(select(Vote.cadre_id, Vote.counts).where(
            Vote.year == year, Vote.vote_type == VOTE_TYPE, Vote.cadre_id.is_not(None))):
        total = sum(int(v) for v in counts.values())
        if total and cid is not None:
            shares[cid] = Fraction(int(counts.get(best, 0)), total)
    if cadre_id not in shares:
        return None
    mine = shares[cadre_id]
    return 1 + sum(1 for s in shares.values() if s > mine), len(shares)


def gather_facts(session: Session, cadre_id: int, on: dt.date, post_text: str = "",
                 exchange: bool = False) -> PromotionFacts:
    cadre = session.get(Cadre, cadre_id)
    if cadre is None:
        raise UserError(f"干部（编号 {cadre_id}）不存在")
    found = current_post(session, cadre_id)
    post, unit = found if found else (None, None)
    window = range(on.year - 3, on.year)
    awards = unit_awards(session, window) if unit else {}
    enabled, discs, notes = discipline_facts(session, [cadre_id], on, ITEM_PROMOTION)
    key_work = [f"{k.year}年 {k.work}：{k.result}" for k in session.scalars(
        select(KeyWork).where(KeyWork.cadre_id == cadre_id, KeyWork.year <= on.year).order_by(KeyWork.year))]
    posts = list(session.scalars(select(Post).where(Post.cadre_id == cadre_id)))
    return PromotionFacts(
        name=cadre.name, id_number=cadre.id_number, on=on, post_text=post_text, exchange=exchange,
        is_principal=bool(post and post.is_principal and post.is_leadership),
        unit_name=unit.name if unit else "", unit_kind=unit.kind if unit else "",
        appraisals=appraisals_of(session, [cadre_id])[cadre_id],
        unit_awards={y: awards[(unit.id, y)] for y in window if (unit.id, y) in awards} if unit else {},
        vote_position=_vote_position(session, cadre_id, on.year - 1),
        vote_top_share=parse_rate(get_setting(session, S_VOTE_SHARE, "1/3")),
        key_work=key_work, excellent_years=excellent_years(session, cadre_id),
        commendations=commendation_facts(session, [cadre_id])[cadre_id],
        commendation_years=int(get_setting(session, S_COMMENDATION_YEARS, 5)),
        disciplines=discs[cadre_id], tolerance_notes=tuple(notes[cadre_id]), tolerance_enabled=enabled,
        level=post.level if post else "", level_since=_level_since(posts, post.level) if post else None)


def _plain(v: Any) -> Any:
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    if isinstance(v, (Fraction, Decimal)):
        return str(v)
    if isinstance(v, dict):
        return {str(k): _plain(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_plain(x) for x in v]
    if dataclasses.is_dataclass(v) and not isinstance(v, type):
        return {f.name: _plain(getattr(v, f.name)) for f in dataclasses.fields(v)}
    return v


@dataclass(frozen=True)
class ReviewResult:
    review_id: int | None
    facts: PromotionFacts
    lines: list[CheckLine]
    conclusion: str
    run_by: str
    run_at: dt.datetime
    left_out: list[LeftOut] = dataclasses.field(default_factory=list)  # records a local setting leaves out
    cadre_id: int | None = None

    def as_json(self, full_ids: bool = False) -> dict[str, Any]:
        """The ID number masked unless full_ids; cadre_id keeps the record joinable either way."""
        idn = self.facts.id_number if full_ids else mask(self.facts.id_number)
        return {"id_number": idn, "name": self.facts.name, "date": self.facts.on.isoformat(),
                "checks": [x.detail_json() for x in self.lines],
                "left_out": [x.as_json() for x in self.left_out],
                "settings": {S_COMMENDATION_YEARS: self.facts.commendation_years}, "cadre_id": self.cadre_id}


def run_review(db: Database, cadre_id: int | None, on: dt.date | str | None, post_text: str = "",
               exchange: bool = False, keep: bool = True) -> ReviewResult:
    """Run the 资格审查 and (keep=True) keep it with the data it used. `on` may be typed text; empty = today."""
    db.require(Permission.ENTER)
    errors: list[FieldError] = []
    if cadre_id is None:
        errors.append(FieldError("干部", "请先查找并选择干部"))
    on = typed_date(on, "审查日期", errors) or dt.date.today()
    if errors:
        raise ValidationError(errors)
    assert cadre_id is not None
    with db.uow("干部选拔资格审查", Permission.ENTER) as uow:
        s = uow.session
        facts = gather_facts(s, cadre_id, on, post_text.strip(), exchange)
        lines = core.review(facts)
        left_out = core.left_out(facts)
        verdict = core.conclusion(lines)
        now = dt.datetime.now()
        rid = None
        if keep:
            row = PromotionReview(cadre_id=cadre_id, post_text=post_text.strip(), exchange=exchange, review_date=on,
                                  facts=_plain(facts) | {"left_out": [x.as_json() for x in left_out]}, lines=[x.detail_json() | {"rule": x.rule, "blocking": x.blocking}
                                                              for x in lines],
                                  conclusion=verdict, run_at=now, run_by=db.user)
            s.add(row)
            s.flush()
            rid = row.id
            uow.commit()
        return ReviewResult(rid, facts, lines, verdict, db.user, now, left_out, cadre_id)


def cadre_id_by_number(session: Session, id_number: str) -> int:
    cid = session.scalar(select(Cadre.id).where(Cadre.id_number == id_number.strip().upper()))
    if cid is None:
        raise UserError(f"未找到公民身份号码为 {id_number.strip()} 的干部")
    return cid


@dataclass(frozen=True)
class ReviewRow:
    id: int
    review_date: dt.date
    post_text: str
    conclusion: str
    run_at: dt.datetime
    run_by: str
    lines: list[dict[str, Any]]


def review_history(session: Session, cadre_id: int) -> list[ReviewRow]:
    return [ReviewRow(r.id, r.review_date, r.post_text, r.conclusion, r.run_at, r.run_by, r.lines)
            for r in session.scalars(select(PromotionReview).where(PromotionReview.cadre_id == cadre_id)
                                     .order_by(PromotionReview.id.desc()))]


def add_key_work(db: Database, cadre_id: int, year: int, work: str, result: str) -> int:
    """第十八条: record that the cadre took part in 重点工作、中心工作 and with what result."""
    db.require(Permission.ENTER)
    if not work.strip() or not result.strip():
        raise UserError("工作名称和取得的成绩均须填写")
    with db.uow("记录参与重点工作", Permission.ENTER) as uow:
        if uow.session.get(Cadre, cadre_id) is None:
            raise UserError(f"干部（编号 {cadre_id}）不存在")
        k = KeyWork(cadre_id=cadre_id, year=year, work=work.strip(), result=result.strip())
        uow.session.add(k)
        uow.commit()
        return k.id


TAG_FIELDS = (*core.FIELDS_21, *core.URGENT_21)
TAG_KINDS = ("重大典型", "成效特别显著")


def tag_commendation(db: Database, commendation_id: int | None, field: str = "", kind: str = "") -> None:
    """Say what a commendation was for when its title does not (第二十一条 field, 第二十二条 kind)."""
    db.require(Permission.ENTER)
    if commendation_id is None:
        raise ValidationError([FieldError("表彰", "该干部没有个人表彰记录")])
    if field and field not in TAG_FIELDS:
        raise UserError(f"领域应为{'、'.join(TAG_FIELDS)}之一")
    if kind and kind not in TAG_KINDS:
        raise UserError(f"类型应为{'、'.join(TAG_KINDS)}之一")
    with db.uow("标注表彰领域", Permission.ENTER) as uow:
        s = uow.session
        if s.get(Commendation, commendation_id) is None:
            raise UserError(f"表彰（编号 {commendation_id}）不存在")
        tag = s.scalar(select(CommendationTag).where(CommendationTag.commendation_id == commendation_id))
        if tag is None:
            tag = CommendationTag(commendation_id=commendation_id)
            s.add(tag)
        tag.field, tag.kind = field, kind
        uow.commit()
