"""Printed documents of 优秀干部评选 and 选拔资格审查, each citing the articles it rests on:

    excellent-nomination  “敢担当、善作为”优秀干部推荐审批表 (one per nominee; all of a year merged)  第九条
    excellent-decision    表彰决定 (公文) listing the winners by category                           第九条
    promotion-review      干部选拔资格审查表, from a kept review                       第十八条至第二十四条
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from zydesk.core.citation import Doc
from zydesk.core.dates import DateFormatError, parse_date
from zydesk.core.incentives.excellent import CATEGORIES, CATEGORY_TITLES
from zydesk.core.incentives.values import Stage
from zydesk.errors import UserError
from zydesk.printing.catalog import Param, PrintForm, register
from zydesk.printing.forms import Cell, Form, Label, Row, Seal
from zydesk.printing.gongwen import Gongwen, Heading, NameTable, Paragraph, cn_date
from zydesk.printing.output import Rendered, merge, render
from zydesk.services.incentives import excellent as svc
from zydesk.storage.models import Appraisal, Cadre
from zydesk.storage.models_excellent import PromotionReview
from zydesk.storage.uow import Database

AREA = "鼓励激励"
DECISION_PREFIX = "紫发"  # 中共紫阳县委 in the issuing-body register
JOINT_MARK = "中共紫阳县委　紫阳县人民政府文件"
POLICY = "《紫阳县党政干部鼓励激励实施办法（试行）》（紫办发〔2016〕15号）"


def _ym(d: dt.date | None) -> str:
    return f"{d.year}.{d.month:02d}" if d else ""


def nomination_form(cadre: Cadre, n: svc.NomineeRow, year: int, grades: dict[int, str]) -> Form:
    checks = "；".join(f"{Doc.INCENTIVES.cite(int(c['article']), c.get('item'))}〔{c['verdict']}〕{c['evidence']}"
                      for c in n.checks) or "尚未审核"
    appraisal = "；".join(f"{y}年度：{grades.get(y, '未录入')}" for y in (year - 1, year))
    return Form(
        title=f"{year}年度“敢担当、善作为”优秀干部推荐审批表",
        subtitle_left=f"推荐单位（盖章）：{n.unit}",
        subtitle_right="填表时间：　　年　　月　　日",
        columns=[25, 24, 21, 22, 22, 30, 28],
        rows=[
            Row(12, [Label("姓　名"), Cell(cadre.name), Label("性　别"), Cell(cadre.gender), Label("出生年月"),
                     Cell(_ym(cadre.birth_date)), Cell("照片", rowspan=4)]),
            Row(12, [Label("民　族"), Cell(cadre.ethnicity or ""), Label("籍　贯"), Cell(cadre.native_place or ""),
                     Label("政治面貌"), Cell(cadre.political_status or "")]),
            Row(12, [Label("入党时间"), Cell(_ym(cadre.party_date)), Label("参加工\n作时间"),
                     Cell(_ym(cadre.work_start)), Label("学　历"), Cell(cadre.education or "")]),
            Row(12, [Label("推荐单位"), Cell(n.unit, colspan=3), Label("评选类别"),
                     Cell(CATEGORY_TITLES.get(n.category, n.category))]),
            Row(14, [Label("现任职务"), Cell(n.post, colspan=6, align="left")]),
            Row(12, [Label("年度考核"), Cell(appraisal, colspan=6, align="left")]),
            Row(80, [Label("主\n要\n事\n迹"), Cell(n.deeds + ("\n附件：" + "；".join(n.attachments)
                                                               if n.attachments else ""),
                                                    colspan=6, align="justify", valign="top")]),
            Row(40, [Label("推荐单位\n意　见"), Seal(colspan=6, signer="负责人（签字）：")]),
            Row(60, [Label("组织部门\n审核意见"), Seal(colspan=6, opinion=f"资格审核：{checks}")], page_break=True),
            Row(55, [Label("县　委\n意　见"), Seal(colspan=6)]),
            Row(22, [Label("备　注"), Cell("已择优推荐上报参加全市评选" if n.city_recommended else "", colspan=6,
                                         align="left")]),
        ],
        footnote=f"注：依据{POLICY}第九条。类别依据现任职务认定，每人只计入一个类别。",
    )


def build_nominations(db: Database, params: dict[str, Any]) -> Rendered:
    year = int(params["year"])
    wanted = (params.get("cadre") or "").strip().upper()
    with db.read() as s:
        view = svc.round_view(s, year)
        rows = [n for n in view.nominees if not wanted or n.id_number == wanted]
        if not rows:
            raise UserError(f"{year}年度没有{'该干部的' if wanted else ''}推荐记录")
        cadres = {c.id: c for c in s.scalars(select(Cadre).where(Cadre.id.in_([n.cadre_id for n in rows])))}
        grades: dict[int, dict[int, str]] = {}
        for cid, y, g in s.execute(select(Appraisal.cadre_id, Appraisal.year, Appraisal.grade)
                                   .where(Appraisal.cadre_id.in_(list(cadres)))):
            grades.setdefault(cid, {})[y] = g
    parts = [render(nomination_form(cadres[n.cadre_id], n, year, grades.get(n.cadre_id, {}))) for n in rows]
    return merge(parts, f"{year}年度“敢担当、善作为”优秀干部推荐审批表")


def decision(db: Database, params: dict[str, Any]) -> Gongwen:
    """表彰决定: the winners of the year by category (第九条, 第十六条 bonus mentioned)."""
    year = int(params["year"])
    on = params.get("date")
    try:
        date = parse_date(on) if on else None
    except DateFormatError as exc:
        raise UserError(f"成文日期：{exc}") from None
    with db.read() as s:
        view = svc.round_view(s, year)
    winners = [n for n in view.nominees if n.stage == Stage.ELECTED]
    if not winners:
        raise UserError(f"{year}年度还没有当选的“敢担当、善作为”优秀干部")
    title = f"中共紫阳县委　紫阳县人民政府关于表彰{year}年度“敢担当、善作为”优秀干部的决定"
    body: list[Any] = [
        Paragraph(f"{year}年，全县广大干部围绕“聚力追赶超越、决战脱贫攻坚”，勇于担当、奋发有为，涌现出一批"
                  "“敢担当、善作为”的先进典型。根据" + POLICY + "第九条，经单位推荐、资格审核、评审和公示，"
                  f"县委、县政府决定，授予{winners[0].name}等{len(winners)}名同志{year}年度“敢担当、善作为”"
                  "优秀干部（“五个一”好干部）称号，并按第十六条发放奖金。"),
        Paragraph("希望受表彰的同志珍惜荣誉、再接再厉。全县广大干部要以先进为榜样，敢于担当、善于作为，"
                  "为全面建成小康紫阳作出新的更大贡献。"),
    ]
    present = [c for c in CATEGORIES if any(n.category == c for n in winners)]
    for i, cat in enumerate(present):
        names = [n for n in winners if n.category == cat]
        body.append(Heading(f"{'一二三四'[i]}、{CATEGORY_TITLES[cat]}（{len(names)}名）", 1))
        body.append(NameTable([("序号", 16, "center"), ("姓名", 26, "center"), ("单位及职务", 0, "left")],
                              [[str(k + 1), n.name, n.post] for k, n in enumerate(names)]))
    city = [n.name for n in winners if n.city_recommended]
    if city:
        body.append(Paragraph(f"同时，择优推荐{'、'.join(city)}同志参加全市“敢担当、善作为”优秀干部评选。"))
    number = (params.get("number") or "").strip()
    from zydesk.services import numbering

    taken = numbering.issued(db, "excellent-decision", year)
    if params.get("allocate"):
        if number:
            raise UserError("已填写发文字号，不能再从登记簿编号")
        taken = taken or numbering.take_number(db, "excellent-decision", year, DECISION_PREFIX, date)[0]
    if taken is not None and number in ("", taken.number):  # numbered by 编号: its number and 成文日期
        number, date = taken.number, numbering.stored_date(taken, date)
    number = number or f"{DECISION_PREFIX}〔{(date or dt.date.today()).year}〕　号"
    date = date or dt.date.today()  # 成文日期: the clerk's date unless given
    # a joint decision of 县委 and 县政府 (title, signature): both in the mark, as the award notice has it
    # (GB/T 9704 7.2.2 allows both names or the lead body's alone)
    return Gongwen(organ_mark=JOINT_MARK, doc_number=number, title=title,
                   recipients="各镇党委、政府，县委各部门，县级国家机关各部门，各人民团体：", body=body,
                   signature="中共紫阳县委　紫阳县人民政府", date=date,
                   cc="市委组织部，县人大常委会办公室，县政协办公室。", printer="中共紫阳县委办公室",
                   print_date=date, author="中共紫阳县委")


def review_form(r: PromotionReview, cadre: Cadre) -> Form:
    f = r.facts
    rows = [
        Row(12, [Label("姓　名"), Cell(cadre.name), Label("性　别"), Cell(cadre.gender), Label("出生年月"),
                 Cell(_ym(cadre.birth_date))]),
        Row(14, [Label("现工作单位\n及职务"), Cell(f.get("unit_name", "") + "（现职务层次" + (f.get("level") or "—")
                                                  + "）", colspan=5, align="left")]),
        Row(12, [Label("拟任职务"), Cell(r.post_text or "", colspan=3, align="left"), Label("审查日期"),
                 Cell(cn_date(r.review_date))]),
        Row(10, [Label("依　据"), Label("审查项目"), Label("结　论"), Label("事实和说明", colspan=3)]),
    ]
    for line in r.lines:
        text = str(line["evidence"])
        rule, _, evidence = text.partition("：")
        verdict = str(line["verdict"]) + ("（提示）" if line["verdict"] == "不符合" and not line.get("blocking")
                                          else "")
        height = 12 if len(evidence) <= 28 else 16 if len(evidence) <= 56 else 22 if len(evidence) <= 90 else 30
        rows.append(Row(height, [Cell(_article(int(line["article"]))), Cell(line.get("rule") or rule),
                                 Cell(verdict), Cell(evidence, colspan=3, align="justify")]))
    for out in f.get("left_out", []):  # records a local setting left out (第二十一条 表彰计算年限), kept with the review
        rows.append(Row(16, [Cell(_article(int(out["article"]))), Cell(str(out["rule"])), Cell("未计入"),
                             Cell(f"{out['record']['text']}，{out['reason']}", colspan=3, align="justify")]))
    rows += [
        Row(14, [Label("审查结论"), Cell(r.conclusion, colspan=5, align="left")]),
        # the computer's login name is no person: the reviewer signs by hand
        Row(12, [Label("审查人\n（签字）"), Cell(""), Label("审查时间"), Cell(cn_date(r.run_at.date()), colspan=3)]),
        Row(34, [Label("组织部门\n意　见"), Seal(colspan=5, signer="经办人（签字）：")]),
    ]
    return Form(title="干部选拔资格审查表", columns=[24, 32, 24, 28, 24, 24], rows=rows, repeat_rows=4,
                subtitle_left="审查机关：中共紫阳县委组织部", subtitle_right=f"审查记录编号：{r.id}",
                footnote=(f"注：依据{POLICY}第四章（第十八条至第二十四条）。结论“不符合”为否决项；注明“提示”者"
                          "（第十九条“一般应”）不作否决；“需组织认定”由组织部门研究认定。审查所用数据随记录保存。"))


def _article(n: int) -> str:
    return str(Doc.INCENTIVES.cite(n))


def build_review(db: Database, params: dict[str, Any]) -> Form:
    with db.read() as s:
        if params.get("review"):
            r = s.get(PromotionReview, int(params["review"]))
        elif params.get("cadre"):
            cid = s.scalar(select(Cadre.id).where(Cadre.id_number == str(params["cadre"]).strip().upper()))
            if cid is None:
                raise UserError("没有该公民身份号码的干部")
            r = s.scalar(select(PromotionReview).where(PromotionReview.cadre_id == cid)
                         .order_by(PromotionReview.id.desc()).limit(1))
        else:
            raise UserError("请指定审查记录编号（--review）或公民身份号码（--cadre）")
        if r is None:
            raise UserError("没有找到资格审查记录：请先进行资格审查（zydesk eligibility 或“选拔资格审查”页）")
        cadre = s.get(Cadre, r.cadre_id)
        assert cadre is not None
        return review_form(r, cadre)


register(PrintForm("excellent-nomination", "“敢担当、善作为”优秀干部推荐审批表", build_nominations,
                   params=[Param("year", "年度", int, required=True),
                           Param("cadre", "公民身份号码（不填则打印该年度全部被推荐人）")], area=AREA))
register(PrintForm("excellent-decision", "表彰“敢担当、善作为”优秀干部的决定（公文）", decision,
                   params=[Param("year", "年度", int, required=True), Param("number", "发文字号（如 紫发〔2026〕3号）"),
                           Param("allocate", "从发文字号登记簿编下一个“紫发”文号", bool),
                           Param("date", "成文日期（YYYY-MM-DD）")], area=AREA))
register(PrintForm("promotion-review", "干部选拔资格审查表", build_review,
                   params=[Param("review", "审查记录编号", int), Param("cadre", "公民身份号码（取最近一次审查）")],
                   area=AREA))
