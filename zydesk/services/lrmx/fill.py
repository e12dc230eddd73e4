"""A 干部任免审批表 filled from ZYDesk's records: the imported form (if any) is the base — its unknown
elements, photo, family and wording stay — and what the program keeps overrides it: personal data, 现任职务,
简历 (the program's posts merged with the imported lines), 奖惩情况, 年度考核结果, 拟任/拟免 and 任免理由."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from zydesk.core.adjustment.values import Status
from zydesk.errors import UserError
from zydesk.lrmx import reader
from zydesk.lrmx.model import RenmianForm, ResumeLine
from zydesk.lrmx.resume import format_resume
from zydesk.storage.models import Appraisal, Cadre, Commendation, Discipline, Post, Unit
from zydesk.storage.models_adjustment import Proposal
from zydesk.storage.models_excellent import PromotionReview
from zydesk.storage.models_lrmx import RenmianFormRecord

@dataclass(frozen=True)
class FillDates:
    """计算年龄时间 and 填表时间 the clerk chose; None keeps an imported form's value (else today)."""

    age_date: dt.date | None = None
    fill_date: dt.date | None = None


@dataclass(frozen=True)
class Basis:
    """The case a form is printed for: a 能上能下 proposal or a 选拔 资格审查 (the button on that case);
    None fills 拟任/拟免 from the cadre's newest of either."""

    proposal_id: int | None = None
    review_id: int | None = None


def month(d: dt.date | None) -> str:
    return f"{d:%Y%m}" if d else ""


def dotted(d: dt.date | None) -> str:
    return f"{d:%Y.%m}" if d else ""


def stored_form(session: Session, cadre_id: int) -> RenmianForm | None:
    """The cadre's last imported form, None if none was imported."""
    record = session.scalar(select(RenmianFormRecord).where(RenmianFormRecord.cadre_id == cadre_id))
    if record is None:
        return None
    return reader.read_text(record.xml, record.file_name)


def build_form(session: Session, cadre_id: int, dates: FillDates | None = None,
               today: dt.date | None = None, basis: Basis | None = None) -> RenmianForm:
    """The form for one cadre (a read; the caller checks permissions)."""
    cadre = session.get(Cadre, cadre_id)
    if cadre is None:
        raise UserError(f"干部（编号 {cadre_id}）不存在，可能已被他人删除")
    dates = dates or FillDates()
    today = today or dt.date.today()
    base = stored_form(session, cadre_id) or RenmianForm()
    posts = list(session.execute(select(Post, Unit.name).join(Unit, Unit.id == Post.unit_id)
                                 .where(Post.cadre_id == cadre_id)
                                 .order_by(Post.start_date.asc().nulls_first(), Post.id)))
    current = [f"{unit}{p.title}" for p, unit in posts if p.end_date is None]
    values: dict[str, Any] = {
        "xing_ming": cadre.name,
        "xing_bie": cadre.gender,
        "chu_sheng_nian_yue": month(cadre.birth_date),
        "shen_fen_zheng": cadre.id_number,
        "min_zu": cadre.ethnicity or base.min_zu,
        "ji_guan": cadre.native_place or base.ji_guan,
        "jian_kang_zhuang_kuang": cadre.health or base.jian_kang_zhuang_kuang,
        "ru_dang_shi_jian": month(cadre.party_date) or base.ru_dang_shi_jian,
        "can_jia_gong_zuo_shi_jian": month(cadre.work_start) or base.can_jia_gong_zuo_shi_jian,
        "xian_ren_zhi_wu": "、".join(current) or base.xian_ren_zhi_wu,
        "jian_li": merged_resume(base.resume_lines, [(p.start_date, p.end_date, f"{u}{p.title}") for p, u in posts])
        or base.jian_li,
        "jiang_cheng_qing_kuang": rewards_text(session, cadre_id) or base.jiang_cheng_qing_kuang or "无",
        "nian_du_kao_he_jie_guo": appraisal_text(session, cadre_id) or base.nian_du_kao_he_jie_guo,
        "ji_suan_nian_ling_shi_jian": _date_value(dates.age_date, base.ji_suan_nian_ling_shi_jian, today),
        "tian_biao_shi_jian": _date_value(dates.fill_date, base.tian_biao_shi_jian, today),
    }
    if not base.quan_ri_zhi_xue_li and not base.zai_zhi_xue_li and cadre.education:
        values["quan_ri_zhi_xue_li"] = cadre.education
    values.update(appointment(session, cadre_id, basis))
    return base.with_values(**values)


def _date_value(chosen: dt.date | None, imported: str, today: dt.date) -> str:
    if chosen is not None:
        return f"{chosen:%Y%m%d}"
    return imported or f"{today:%Y%m%d}"


def merged_resume(imported: list[ResumeLine], posts: list[tuple[dt.date | None, dt.date | None, str]]) -> str:
    """The imported lines plus the program's posts that no imported line starts in the same month, by date;
    an open line followed by a later one ends where that one starts. Empty when the program adds nothing
    (the caller keeps the imported text)."""
    if not posts:
        return ""
    starts = {line.start for line in imported}
    added = [ResumeLine(dotted(start), dotted(end), text) for start, end, text in posts
             if start is not None and dotted(start) not in starts]
    if imported and not added:
        return ""  # nothing new: the imported text stays as it was written
    lines = imported + added
    undated = [line for line in lines if not line.start]
    dated = sorted((line for line in lines if line.start), key=lambda line: line.start)
    for i, line in enumerate(dated[:-1]):
        if not line.end:
            dated[i] = ResumeLine(line.start, dated[i + 1].start, line.text)
    return format_resume(undated + dated)


def rewards_text(session: Session, cadre_id: int) -> str:
    """奖惩情况 from the commendations and discipline the program holds, dated; empty if it holds none."""
    items: list[tuple[dt.date, str]] = []
    for c in session.scalars(select(Commendation).where(Commendation.cadre_id == cadre_id,
                                                        Commendation.subject_type == "个人")):
        by = c.issuer or c.level
        verb = "" if c.title.startswith(("记", "授予", "嘉奖", "通报表扬")) else "评为"
        items.append((c.date, f"{c.date.year}年{c.date.month}月被{by}{verb}{c.title}"))
    for d in session.scalars(select(Discipline).where(Discipline.cadre_id == cadre_id)):
        by = f"被{d.deciding_body}" if d.deciding_body else ""
        kind = d.kind if d.category == "组织处理" or d.kind.endswith("处分") else f"{d.kind}处分"
        items.append((d.decision_date, f"{d.decision_date.year}年{d.decision_date.month}月{by}给予{kind}"))
    items.sort()
    return "；".join(text for _, text in items) + "。" if items else ""


def appraisal_text(session: Session, cadre_id: int) -> str:
    """The last three years: `2023年度、2024年度考核为称职，2025年度考核为优秀。`"""
    rows = list(session.execute(select(Appraisal.year, Appraisal.grade).where(Appraisal.cadre_id == cadre_id)
                                .order_by(Appraisal.year.desc()).limit(3)))
    rows.reverse()
    groups: list[tuple[list[int], str]] = []
    for year, grade in rows:
        if groups and groups[-1][1] == grade:
            groups[-1][0].append(year)
        else:
            groups.append(([year], grade))
    parts = []
    for years, grade in groups:
        said = "考核不定等次" if grade == "不定等次" else f"考核为{grade}"
        parts.append("、".join(f"{y}年度" for y in years) + said)
    return "，".join(parts) + "。" if parts else ""


def appointment(session: Session, cadre_id: int, basis: Basis | None = None) -> dict[str, str]:
    """拟任/拟免职务 and 任免理由 from the case named by `basis`; without one from the newest 能上能下 proposal with
    a proposed method that was not withdrawn (撤销), else the newest 资格审查 of a promotion; nothing when there is neither (the imported
    values stay)."""
    if basis is not None and basis.proposal_id is not None:
        chosen = session.get(Proposal, basis.proposal_id)
        if chosen is None or chosen.cadre_id != cadre_id:
            raise UserError(f"调整方案（编号 {basis.proposal_id}）不存在，可能已被他人删除")
        return _from_proposal(session, chosen)
    if basis is not None and basis.review_id is not None:
        review = session.get(PromotionReview, basis.review_id)
        if review is None or review.cadre_id != cadre_id:
            raise UserError(f"资格审查记录（编号 {basis.review_id}）不存在")
        return _from_review(review)
    proposal = session.scalar(select(Proposal).where(Proposal.cadre_id == cadre_id,  # a withdrawn case proposes nothing
                                                     Proposal.status != Status.WITHDRAWN.value)
                              .order_by(Proposal.created_at.desc(), Proposal.id.desc()).limit(1))
    if proposal is not None and proposal.proposed_method:
        return _from_proposal(session, proposal)
    review = session.scalar(select(PromotionReview).where(PromotionReview.cadre_id == cadre_id,
                                                          PromotionReview.post_text != "")
                            .order_by(PromotionReview.review_date.desc()).limit(1))
    return _from_review(review) if review is not None else {}


def _from_proposal(session: Session, proposal: Proposal) -> dict[str, str]:
    """拟免 the post the case is about (unless only 调整职务), 拟任 the arrangement, 任免理由 the articles."""
    if not proposal.proposed_method:
        return {}
    post = session.get(Post, proposal.post_id) if proposal.post_id else None
    unit = session.get(Unit, post.unit_id) if post is not None else None
    cited = "、".join(dict.fromkeys(f"《{f.get('doc', '')}》{f.get('citation', '')}" for f in proposal.findings
                                    if f.get("citation")))
    out = {"ren_mian_li_you": f"依据{cited}，拟{proposal.proposed_method}" if cited else
           f"拟{proposal.proposed_method}"}
    if post is not None and unit is not None and proposal.proposed_method != "调整职务":
        out["ni_mian_zhi_wu"] = f"{unit.name}{post.title}"
    if proposal.arrangement:
        out["ni_ren_zhi_wu"] = proposal.arrangement
    return out


def _from_review(review: PromotionReview) -> dict[str, str]:
    return {"ni_ren_zhi_wu": review.post_text, "ren_mian_li_you": "工作需要"} if review.post_text else {}
