"""Documents of an adjustment case (第二十四条): the unit's 报告 (template), the 干部调整审核审批表, the
县委组织部 报批 submission, the 调整决定, and the 谈话 notice with its record.

Each is built from the case (调整方案) and its recorded steps; a step not yet done leaves its part blank
(for filling by hand), so the same form serves as a template.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from zydesk.core.adjustment import Step
from zydesk.core.dates import chinese_date
from zydesk.errors import UserError
from zydesk.printing.catalog import Param, PrintForm, register
from zydesk.printing.forms import Cell, Form, Label, Row, Seal
from zydesk.printing.gongwen import Block, Gongwen, Heading, Paragraph
from zydesk.services.adjustment.proposals import ProposalView, proposal_view
from zydesk.storage.uow import Database

AREA = "能上能下"
ORG = "中共紫阳县委组织部"
COUNTY = "中共紫阳县委"
ORG_PREFIX, COUNTY_PREFIX = "紫组发", "紫发"  # 发文机关代字 in the issuing-body register
BASIS = "《紫阳县推进县管党政领导干部能上能下实施办法（试行）》（紫办发〔2016〕15号）"


def _view(db: Database, params: dict[str, Any]) -> ProposalView:
    with db.read() as s:
        return proposal_view(s, int(params["proposal"]))


def _step(v: ProposalView, name: Step) -> tuple[dt.date | None, dict[str, Any]]:
    for step, date, data, _by in v.steps:
        if step == name:
            return date, data
    return None, {}


def _post(v: ProposalView) -> str:
    """城关镇副镇长, not 城关镇城关镇副镇长 when the post title already names the unit."""
    return v.post if v.post.startswith(v.unit) else f"{v.unit}{v.post}"


def _cn(iso: str | None) -> str:
    return chinese_date(dt.date.fromisoformat(iso)) if iso else ""


def _grounds(v: ProposalView) -> list[str]:
    """One sentence per finding (a paragraph of the 请示 or report ends with its full stop)."""
    return [f"{f['citation']}（{f['verdict']}）：{f['evidence']}".rstrip("。；;，,") + "。" for f in v.findings]


def _citations(v: ProposalView) -> str:
    return "、".join(dict.fromkeys(f["citation"] for f in v.findings))


def _issued(date: dt.date | None) -> dt.date:
    """成文日期: the date the step was recorded, else the clerk's date (today)."""
    return date or dt.date.today()


def _number(db: Database, kind: str, v: ProposalView, prefix: str, allocate: bool, date: dt.date
            ) -> tuple[str, dt.date, str]:
    """(发文字号, 成文日期, 签发人): those stored by 编号 (a reprint never takes a second number), a new number when
    `allocate`, else a draft with the number left blank (紫组发〔2026〕　号) dated as recorded."""
    from zydesk.services import numbering

    taken = numbering.issued(db, kind, v.id)
    if taken is None and allocate:
        taken = numbering.take_number(db, kind, v.id, prefix, date)[0]
    if taken is not None:
        return taken.number, taken.written_date, taken.signer
    return f"{prefix}〔{date.year}〕　号", date, ""


def unit_report(db: Database, params: dict[str, Any]) -> Gongwen:
    """第二十四条第（一）项: the unit's written report to 县委组织部 (filled from the 报告 step when recorded)."""
    v = _view(db, params)
    date, r = _step(v, Step.REPORT)
    reporter = r.get("reporter") or f"中共{v.unit}委员会"
    blank = "＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"
    body: list[Block] = [
        Paragraph(f"根据{BASIS}第二十四条第（一）项，现将{_post(v)}{v.cadre}同志有关情形报告如下："),
        Heading("一、认定的过程", 1), Paragraph(r.get("process") or blank),
        Heading("二、认定的依据", 1), *[Paragraph(g) for g in _grounds(v)],
        *([Paragraph(r["basis"])] if r.get("basis") else []),
        Heading("三、认定的结果", 1), Paragraph(r.get("result") or blank),
        Heading("四、初步调整建议", 1),
        Paragraph(r.get("suggestion") or f"建议采取{'、'.join(v.methods_allowed)}中的一种方式予以调整。"),
        Paragraph("妥为报告。"),
    ]
    return Gongwen(title=f"关于{v.cadre}同志有关情形的报告", recipients=f"{ORG}：", body=body, signature=reporter,
                   date=_issued(date), printer=reporter, print_date=_issued(date), author=reporter)


def review_form(db: Database, params: dict[str, Any]) -> Form:
    """干部调整审核审批表: the finding, evidence, statement, opinions and seal boxes."""
    v = _view(db, params)
    _rd, review = _step(v, Step.REVIEW)
    ad, approval = _step(v, Step.SUBMIT)
    dd, decision = _step(v, Step.DECIDE)
    opinions = "；".join(f"{o.get('who', '')}：{o.get('opinion', '')}" for o in review.get("opinions", []))
    explained = (f"{review.get('explained_by', '')}于{_cn(review.get('explained_date'))}向本人说明调整理由。"
                 if review.get("explained_by") else "")
    superior = approval.get("superior_opinion") or ("（双重管理：须征求上级主管部门意见）" if v.dual_managed else "（非双重管理）")
    return Form(
        title="紫阳县县管党政领导干部调整审核审批表",
        subtitle_left=f"案件编号：调整〔{v.id}〕",
        subtitle_right="填表时间：　　年　　月　　日",
        columns=[26, 30, 22, 30, 24, 38],
        rows=[
            Row(12, [Label("姓　名"), Cell(v.cadre), Label("类　别"), Cell(v.case_kind), Label("单　位"), Cell(v.unit)]),
            Row(11, [Label("现任职务"), Cell(v.post, colspan=5, align="left")]),
            Row(12, [Label("适用条款"), Cell(_citations(v), colspan=5, align="left")]),
            Row(30, [Label("情形及\n依据"), Cell("\n".join(_grounds(v)), colspan=5, align="justify", valign="top")]),
            Row(14, [Label("可采取的\n调整方式"), Cell("、".join(v.methods_allowed), colspan=3, align="left"),
                     Label("建议方式"), Cell(review.get("method", ""))]),
            Row(22, [Label("本人陈述\n意　见"), Cell((explained + (review.get("statement") or "")).strip(), colspan=5,
                                                   align="justify", valign="top")]),
            Row(18, [Label("听取意见\n情　况"), Cell(opinions, colspan=5, align="justify", valign="top")]),
            Row(28, [Label("组织部\n审核意见"), Seal(colspan=5, opinion=approval.get("opinion", ""), date=ad)]),
            Row(18, [Label("上级主管\n部门意见"), Seal(colspan=5, opinion=superior, stamp="（盖章）" if v.dual_managed else "")]),
            Row(26, [Label("县　委\n审批意见"), Seal(colspan=5, opinion=(f"同意{decision['method']}。" if decision else ""),
                                                  date=dd)]),
            Row(10, [Label("备　注"), Cell(v.arrangement or "", colspan=5, align="left")]),
        ],
        footnote=f"注：依据{BASIS}第二十四条。本表一式两份，县委组织部、干部所在单位各存一份。",
    )


def submission(db: Database, params: dict[str, Any]) -> Gongwen:
    """第二十四条第（三）项: 县委组织部 报县委审批."""
    v = _view(db, params)
    _rd, review = _step(v, Step.REVIEW)
    ad, approval = _step(v, Step.SUBMIT)
    method = review.get("method") or "＿＿＿＿"  # as the 决定: a line to write on, not a placeholder word
    body: list[Block] = [
        Paragraph(f"根据{BASIS}，经核实、综合研判，{_post(v)}{v.cadre}同志存在下列情形："),
        *[Paragraph(g) for g in _grounds(v)],
        Paragraph("审核中听取了有关单位党委（党组）、分管领导和干部群众的意见，已向本人说明调整理由并听取其陈述意见。"
                  + (f"本人陈述：{review['statement']}" if review.get("statement") else "")),
    ]
    if v.dual_managed:
        body.append(Paragraph(f"该同志所任职务属双重管理，已征求上级主管部门意见：{approval.get('superior_opinion') or '＿＿＿＿'}。"))
    body += [Paragraph(approval.get("opinion") or f"建议对{v.cadre}同志予以{method}。"),
             Paragraph("妥否，请批示。")]
    title = f"{ORG}关于{v.cadre}同志职务调整的请示"
    number, date, signer = _number(db, "adjustment-submission", v, ORG_PREFIX, bool(params.get("allocate")),
                                   _issued(ad))
    # 签发人: the name stored with the number (or given), else left blank for the signing leader to write in
    return Gongwen(organ_mark=f"{ORG}文件", doc_number=number, issuer=str(params.get("issuer") or signer or "　　　　"),
                   title=title, recipients=f"{COUNTY}：", body=body, signature=ORG, date=date,
                   note="联系人：＿＿＿＿＿，联系电话：＿＿＿＿＿＿",  # a 请示 names whom to ask (附注)
                   printer=f"{ORG}办公室", print_date=date, author=ORG)


def decision_doc(db: Database, params: dict[str, Any]) -> Gongwen:
    """第二十四条第（四）项: the decision (filled from the 决定 step)."""
    v = _view(db, params)
    dd, d = _step(v, Step.DECIDE)
    method = d.get("method") or "＿＿＿＿"
    new = f"，任{d['new_title']}" if d.get("new_title") else ""
    body: list[Block] = [
        Paragraph(f"根据{BASIS}{_citations(v)}和干部管理权限，经县委研究决定："),
        Paragraph(f"{v.cadre}同志（{_post(v)}）予以{method}{new}。"),
    ]
    if v.arrangement:
        body.append(Paragraph(v.arrangement))
    if d.get("handling"):
        body.append(Paragraph(f"本决定同时作为组织处理（{d['handling']}）记入干部档案，影响期至{_cn(d.get('effect_end'))}。"))
    title = f"{COUNTY}关于{v.cadre}同志职务调整的决定"
    number, date, _signer = _number(db, "adjustment-decision", v, COUNTY_PREFIX, bool(params.get("allocate")),
                                    _issued(dd))
    if d.get("doc_number") and "　号" in number:  # the 文号 recorded with the decision step (typed by the clerk)
        number = str(d["doc_number"])
    return Gongwen(organ_mark=f"{COUNTY}文件", doc_number=number,
                   title=title, recipients=f"{v.unit}：", body=body,
                   signature=d.get("deciding_body") or COUNTY, date=date, cc=f"{ORG}。",
                   printer="中共紫阳县委办公室", print_date=date, author=COUNTY)


def talk_form(db: Database, params: dict[str, Any]) -> Form:
    """第二十四条第（五）项: 谈话通知 and 谈话记录 on one form."""
    v = _view(db, params)
    _dd, d = _step(v, Step.DECIDE)
    td, t = _step(v, Step.TALK)
    notice = (f"{v.cadre}同志：根据县委决定（{d.get('doc_number', '＿＿＿＿')}），请于　　月　　日到县委组织部谈话，"
              "告知调整理由。")
    return Form(
        title="县管党政领导干部调整谈话通知及记录",
        subtitle_left=f"案件编号：调整〔{v.id}〕",
        columns=[26, 36, 24, 36, 24, 24],
        rows=[
            Row(26, [Label("谈话通知"), Cell(notice, colspan=5, align="justify", valign="top")]),
            Row(12, [Label("谈话对象"), Cell(v.cadre), Label("原任职务"), Cell(_post(v), colspan=3, align="left")]),
            Row(12, [Label("调整决定"), Cell(f"{d.get('method', '')} {d.get('doc_number', '')}".strip(), colspan=5,
                                           align="left")]),
            Row(12, [Label("谈话时间"), Cell(chinese_date(td) if td else ""), Label("谈话人"), Cell(t.get("talker", "")),
                     Label("记录人"), Cell("")]),
            Row(90, [Label("谈话记录"), Cell(t.get("record", ""), colspan=5, align="justify", valign="top")]),
            Row(30, [Label("本人意见"), Seal(colspan=5, stamp="", signer="本人签名：")]),
        ],
        footnote="注：谈话应告知调整理由，做好思想工作（第二十四条第（五）项）；对调整下来的干部给予关心帮助（第二十六条）。",
    )


_P = [Param("proposal", "调整方案编号", int, required=True)]
_ALLOCATE = Param("allocate", "从发文字号登记簿编发文号（已编过的沿用原号）", bool, default=False)
for _name, _title, _fn, _extra in (
        ("adjustment-report", "能上能下：单位情形报告", unit_report, []),
        ("adjustment-review", "能上能下：干部调整审核审批表", review_form, []),
        ("adjustment-submission", "能上能下：县委组织部报批请示", submission,
         [_ALLOCATE, Param("issuer", "签发人（不填则留空手写）")]),
        ("adjustment-decision", "能上能下：调整决定", decision_doc, [_ALLOCATE]),
        ("adjustment-talk", "能上能下：谈话通知及记录", talk_form, [])):
    register(PrintForm(_name, _title, _fn, params=[*_P, *_extra], area=AREA))

DOCUMENTS: dict[str, Callable[[Database, dict[str, Any]], Gongwen | Form]] = {"单位情形报告": unit_report, "调整审核审批表": review_form, "报批请示": submission,
             "调整决定": decision_doc, "谈话通知及记录": talk_form}
DOCUMENT_TITLES: tuple[str, ...] = tuple(DOCUMENTS)  # what the tab offers to print for a case
NUMBERED_DOCUMENTS = {"报批请示": "adjustment-submission", "调整决定": "adjustment-decision"}  # issued under a 文号


def proposal_document(db: Database, title: str, proposal_id: int) -> Gongwen | Form:
    """The document `title` (one of DOCUMENT_TITLES) of a case, ready to render."""
    build = DOCUMENTS.get(title)
    if build is None:
        raise UserError(f"没有名为“{title}”的文书")
    return build(db, {"proposal": proposal_id})


__all__ = ["DOCUMENTS", "DOCUMENT_TITLES", "NUMBERED_DOCUMENTS", "findings_list", "proposal_document"]


def findings_list(db: Database, params: dict[str, Any]) -> Gongwen:
    """能上能下情形清单: the scan of a year as a list for the 部务会 (with the notes and settings used)."""
    from zydesk.core.adjustment.finding import ARTICLE_TITLES
    from zydesk.core.citation import cn_number
    from zydesk.printing.gongwen import NameTable
    from zydesk.services.adjustment.scan import scan

    year = int(params["year"])
    date = dt.date.fromisoformat(params["date"]) if params.get("date") else None
    with db.read() as s:
        r = scan(s, year, date)
    body: list[Any] = [Paragraph(f"依据{BASIS}，对{year}年度考核、测评、责任认定等结果逐条比对，"
                                 f"以{chinese_date(r.date)}在任领导干部为准，共有情形 {len(r.findings)} 条。"
                                 "结论为“需组织认定”的，须经组织考核认定或研判后方可调整。")]
    articles = list(dict.fromkeys(f.citation.article for f in r.findings))
    for n, art in enumerate(articles, 1):
        rows = [f for f in r.findings if f.citation.article == art]
        body.append(Heading(f"{cn_number(n)}、第{cn_number(art)}条　{ARTICLE_TITLES.get(art, '')}（{len(rows)} 条）", 1))
        body.append(NameTable([("项", 19, "center"), ("姓名", 17, "center"), ("单位及职务", 32, "left"),
                               ("结论", 18, "center"), ("依据", 0, "left")],
                              [[f"（{cn_number(f.citation.item)}）" if f.citation.item else "—", f.cadre.name,
                                f"{f.unit} {f.post}",
                                f.verdict + (f"（{f.tolerance}）" if f.tolerance else ""), f.evidence]
                               for f in rows]))
    if not r.findings:
        body.append(Paragraph("经比对，未发现应调整的情形。"))
    if r.notes:
        body.append(Heading(f"{cn_number(len(articles) + 1)}、说明", 1))
        body += [Paragraph(note) for note in r.notes]
    return Gongwen(title=f"{year}年度县管党政领导干部能上能下情形清单", body=body, signature=ORG,
                   date=dt.date.today(), printer=f"{ORG}办公室", print_date=dt.date.today(), author=ORG)


register(PrintForm("adjustment-findings", "能上能下：情形清单", findings_list,
                   params=[Param("year", "考核年度", int, required=True),
                           Param("date", "以哪一天在任的干部为准（YYYY-MM-DD）", str)], area=AREA))
