"""Printing the 干部任免审批表 of chosen cadres (`zydesk print renmian`, 干部信息 → 打印任免审批表).

The form is filled from ZYDesk's own records: name, birth, 民族, 籍贯, 入党 and 参加工作时间, 健康状况, 学历,
现任职务 (the current posts, grouped by unit), 简历 (the post history), 奖惩情况 (commendations and
discipline with their dates), 年度考核结果 (the last three appraisals in the usual wording). Printing needs
Permission.PRINT and is audited: whose forms, how many, and the file.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from zydesk.core.idnumber import mask
from zydesk.core.security.roles import Permission
from zydesk.core.task_state import TaskState
from zydesk.errors import UserError
from zydesk.lrmx.model import RenmianForm
from zydesk.printing import renmian
from zydesk.printing.catalog import Param, PrintForm, register
from zydesk.printing.output import Rendered
from zydesk.storage.models import Appraisal, Cadre, Commendation, Discipline, Post, Unit
from zydesk.storage.uow import Database

ACTION = "打印干部任免审批表"


def _yyyymm(d: dt.date | None) -> str:
    return f"{d.year}{d.month:02d}" if d else ""


def _dot(d: dt.date | None) -> str:
    return f"{d.year}.{d.month:02d}" if d else ""


def appraisal_text(grades: Sequence[tuple[int, str]]) -> str:
    """The last three years in the usual wording: 2023年度、2024年度考核为称职，2025年度考核为优秀。"""
    last = sorted(grades)[-3:]
    if not last:
        return ""
    groups: list[tuple[list[int], str]] = []
    for year, grade in last:
        if groups and groups[-1][1] == grade:
            groups[-1][0].append(year)
        else:
            groups.append(([year], grade))
    return "，".join("、".join(f"{y}年度" for y in years) + f"考核为{grade}" for years, grade in groups) + "。"


def current_posts_text(posts: Sequence[tuple[str, str]]) -> str:
    """(unit, title) of the current posts → 紫阳县财政局局长、党组书记 (one unit named once)."""
    by_unit: dict[str, list[str]] = {}
    for unit, title in posts:
        by_unit.setdefault(unit, []).append(title)
    return "，".join(unit + "、".join(titles) for unit, titles in by_unit.items())


def _form(s: Session, cadre: Cadre, age_date: dt.date | None, fill_date: dt.date | None) -> RenmianForm:
    posts = s.execute(select(Post.start_date, Post.end_date, Post.title, Unit.name).join(Unit)
                      .where(Post.cadre_id == cadre.id).order_by(Post.start_date, Post.id)).all()
    resume = "\n".join(f"{_dot(start)}--{_dot(end) or ' ' * 7}  {unit}{title}" if start else f"{unit}{title}"
                       for start, end, title, unit in posts)
    current = current_posts_text([(unit, title) for _s, end, title, unit in posts if end is None])
    merits = [(d, f"{_dot(d)} {title}（{issuer or level}）") for title, level, issuer, d in s.execute(
        select(Commendation.title, Commendation.level, Commendation.issuer, Commendation.date)
        .where(Commendation.cadre_id == cadre.id))]
    merits += [(d, f"{_dot(d)} 受到{kind}" + (f"（{body}）" if body else "")) for kind, body, d in s.execute(
        select(Discipline.kind, Discipline.deciding_body, Discipline.decision_date)
        .where(Discipline.cadre_id == cadre.id))]
    merits.sort(key=lambda m: m[0])
    grades = [(y, g) for y, g in s.execute(select(Appraisal.year, Appraisal.grade)
                                          .where(Appraisal.cadre_id == cadre.id))]
    return RenmianForm(
        xing_ming=cadre.name, xing_bie=cadre.gender, chu_sheng_nian_yue=_yyyymm(cadre.birth_date),
        min_zu=cadre.ethnicity or "", ji_guan=cadre.native_place or "",
        ru_dang_shi_jian=_yyyymm(cadre.party_date), can_jia_gong_zuo_shi_jian=_yyyymm(cadre.work_start),
        jian_kang_zhuang_kuang=cadre.health or "", quan_ri_zhi_xue_li=cadre.education or "",
        xian_ren_zhi_wu=current, jian_li=resume,
        jiang_cheng_qing_kuang="；".join(text for _d, text in merits) + "。" if merits else "无",
        nian_du_kao_he_jie_guo=appraisal_text(grades),
        ji_suan_nian_ling_shi_jian=age_date.strftime("%Y%m%d") if age_date else "",
        tian_biao_shi_jian=fill_date.strftime("%Y%m%d") if fill_date else "",
        shen_fen_zheng=cadre.id_number,
    )


def form_for(db: Database, cadre_id: int, age_date: dt.date | None = None,
             fill_date: dt.date | None = None) -> RenmianForm:
    """One cadre's form from the records (the clerk's 计算年龄时间 and 填表时间, when given)."""
    with db.read() as s:
        cadre = s.get(Cadre, cadre_id)
        if cadre is None:
            raise UserError("没有这名干部（可能已被删除）")
        return _form(s, cadre, age_date, fill_date)


def filled_forms(db: Database, ids: Sequence[int], age_date: dt.date | None, fill_date: dt.date | None,
                 state: TaskState) -> list[RenmianForm]:
    """The forms to print, one per cadre. (Where the LRMX services keep an imported form, their filled form —
    imported values, photo and family kept — is the one to print.)"""
    forms = []
    for i, cadre_id in enumerate(ids):
        state.check()
        state.progress(i, len(ids), f"正在填写第 {i + 1} / {len(ids)} 份任免审批表")
        forms.append(form_for(db, cadre_id, age_date, fill_date))
    return forms


def cadre_ids(db: Database, id_numbers: Sequence[str]) -> list[int]:
    """公民身份号码 → cadre ids in the order given; unknown numbers are named (masked) and nothing prints."""
    wanted = [n.strip().upper() for n in id_numbers if n.strip()]
    if not wanted:
        raise UserError("请至少给出一个公民身份号码")
    with db.read() as s:
        found = {number: cid for number, cid in
                 s.execute(select(Cadre.id_number, Cadre.id).where(Cadre.id_number.in_(wanted)))}
    missing = [n for n in wanted if n not in found]
    if missing:
        raise UserError("没有以下公民身份号码的干部：" + "、".join(mask(n) for n in missing))
    return list(dict.fromkeys(found[n] for n in wanted))


def print_forms(db: Database, ids: Sequence[int], path: str | Path | None = None, *,
                age_date: dt.date | None = None, fill_date: dt.date | None = None, unit: str = "",
                filler: str = "", state: TaskState | None = None) -> Rendered:
    """The forms of the cadres (two pages each) in one PDF, saved to path when given, and the audit entry."""
    db.require(Permission.PRINT)
    changes: dict[str, Any] = {}
    if unit:
        changes["cheng_bao_dan_wei"] = unit
    if filler:
        changes["tian_biao_ren"] = filler
    forms = [f.with_values(**changes) if changes else f
             for f in filled_forms(db, ids, age_date, fill_date, state or TaskState())]
    if not forms:
        raise UserError("请先选择要打印任免审批表的干部")
    rendered = renmian.render_renmian(forms, title=renmian.TITLE if len(forms) == 1
                                      else f"{renmian.TITLE}（{len(forms)}份）")
    if path is not None:
        rendered.save(path)
    with db.uow(ACTION, Permission.PRINT) as uow:
        uow.audit("干部任免审批表", ",".join(str(i) for i in ids)[:60], after={
            "份数": len(forms), "干部": [{"cadre_id": cid, "姓名": f.xing_ming} for cid, f in zip(ids, forms)],
            "文件": str(path) if path is not None else "（打印预览）", "页数": rendered.pages})
        uow.commit()
    return rendered


def too_long(db: Database, ids: Sequence[int]) -> list[str]:
    """Before printing: one sentence per form with fields too long for their boxes."""
    out = []
    for cadre_id in ids:
        form = form_for(db, cadre_id)
        fields = renmian.too_long(form)
        if fields:
            out.append(renmian.too_long_message(form, fields))
    return out


def _date(params: dict[str, Any], name: str, label: str) -> dt.date | None:
    raw = params.get(name)
    if not raw:
        return None
    from zydesk.core.dates import DateFormatError, parse_date

    try:
        return parse_date(str(raw))
    except DateFormatError as exc:
        raise UserError(f"{label}：{exc}") from None


def build(db: Database, params: dict[str, Any]) -> Rendered:
    """`zydesk print renmian ID_NUMBER… -o FILE.pdf`: the file is written and audited here."""
    ids = cadre_ids(db, list(params.get("id_numbers") or []))
    return print_forms(db, ids, params.get("output"), age_date=_date(params, "age_date", "计算年龄时间"),
                       fill_date=_date(params, "fill_date", "填表时间"), unit=params.get("unit") or "",
                       filler=params.get("filler") or "")


register(PrintForm("renmian", "干部任免审批表（每人两页，多人合为一个PDF）", build, params=[
    Param("id_numbers", "公民身份号码", many=True, required=True),
    Param("age_date", "计算年龄时间", help="计算年龄的日期（YYYY-MM-DD），不填为今天"),
    Param("fill_date", "填表时间", help="填表日期（YYYY-MM-DD），印在呈报单位栏"),
    Param("unit", "呈报单位"),
    Param("filler", "填表人"),
], area="通用", saves=True))
