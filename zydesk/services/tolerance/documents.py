"""Printed documents of 容错纠错, each built from the case file and citing the articles it rests on:

    tolerance-application  容错免责申请书 (blank template, or filled from a case)
    tolerance-acceptance   受理通知书              第八条第（二）项
    tolerance-refusal      不予受理告知书          第八条第（二）项 (with 第七条 / 第十六条 when they apply)
    tolerance-report       调查报告（框架）        第八条第（三）项
    tolerance-conclusion   容错认定结论书          第八条第（四）项, 第十一条, 第十二条
    tolerance-feedback     反馈告知书              第八条第（五）项
    tolerance-filing       报备函（附报备表）      第八条第（六）项
    tolerance-register     案件登记簿 (a year, A4 landscape)

Every case document carries the case number (紫容〔2026〕3号) allocated at registration.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy import select

from zydesk.core.tolerance import policy, rules
from zydesk.core.tolerance.values import CaseStatus, Conclusion, Step, StepState, is_tolerated
from zydesk.errors import UserError
from zydesk.printing.catalog import Param, PrintForm, register
from zydesk.printing.forms import Cell, Form, Label, Row, Seal
from zydesk.printing.forms_ranking import LandscapeTable, render_landscape
from zydesk.printing.gongwen import Gongwen, Heading, NameTable, Paragraph, cn_date
from zydesk.printing.output import Rendered
from zydesk.services.tolerance import cases as svc
from zydesk.services.tolerance.cases import CaseDetail
from zydesk.storage.models import Cadre, Post, Unit
from zydesk.storage.models_tolerance import ToleranceCase
from zydesk.storage.uow import Database

RULES = f"《{policy.TITLE}》"
AREA = "容错纠错"
ORG_DEPT = "中共紫阳县委组织部"  # 抄送 of the case letters: the 组织人事部门 (第八条第（六）项)


def load_case(db: Database, number: str) -> CaseDetail:
    with db.read() as s:
        case_id = s.scalar(select(ToleranceCase.id).where(ToleranceCase.number == number.strip()))
        if case_id is None:
            raise UserError(f"没有编号为“{number}”的容错案件（zydesk cases 查看案件编号）")
        return svc.case_detail(s, case_id)


def _on(value: object) -> dt.date | None:
    """A date field of the case (CaseDetail.case holds plain values)."""
    return value if isinstance(value, dt.date) else None


def _date(value: object) -> str:
    return cn_date(value) if isinstance(value, dt.date) else "　　年　　月　　日"


def _today_or(value: object) -> dt.date:
    """成文日期: the date recorded for the step, else the clerk's date (today)."""
    return _on(value) or dt.date.today()


_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def _cn_dates(text: str) -> str:
    """One date format in a document: 2016-10-20 in a recorded note becomes 2016年10月20日."""
    return _ISO.sub(lambda m: f"{int(m[1])}年{int(m[2])}月{int(m[3])}日", text)


def _issued(d: CaseDetail, value: object, cc: str = "") -> dict[str, Any]:
    """成文日期 and a complete 版记 (抄送, 印发机关, 印发日期) of a letter of the 主办单位."""
    date = _today_or(value)
    return {"date": date, "print_date": date, "printer": str(d.case["host_body"]),
            "cc": cc or f"{ORG_DEPT}。"}


def _once(texts: list[str], lead: int = 12) -> list[str]:
    """Each reason once: of texts opening alike (the clerk's note restating the scope finding), the fuller one."""
    out: list[str] = []
    for t in texts:
        same = next((i for i, o in enumerate(out) if o[:lead] == t[:lead]), None)
        if same is None:
            out.append(t)
        elif len(t) > len(out[same]):
            out[same] = t
    return out


def salutation(db: Database, d: CaseDetail) -> str:
    """主送: a person is addressed by name with 同志 (胡强同志：), never with the unit glued to the name;
    a unit or organization by its name."""
    if str(d.case["applicant_type"]) != "个人":
        return f"{d.row.applicant}："
    with db.read() as s:
        name = s.scalar(select(Cadre.name).where(Cadre.id == d.row.cadre_id)) if d.row.cadre_id else None
        unit = s.scalar(select(Unit.name).where(Unit.id == d.row.unit_id)) if d.row.unit_id else None
    name = name or d.row.applicant
    if unit and name.startswith(unit) and len(name) > len(unit):
        name = name[len(unit):]
    return f"{name}同志："


def _you(d: CaseDetail) -> str:
    return {"单位": "你单位", "组织": "你组织"}.get(str(d.case["applicant_type"]), "你")


def _items(d: CaseDetail) -> str:
    return "、".join(f"第{rules.roman(i)}项" for i, _t in d.circumstances) or "（未选定）"


def _step(d: CaseDetail, name: Step) -> rules.StepView:
    return next(s for s in d.row.steps if s.step == name)


def _due_text(step: rules.StepView) -> str:
    if step.due is None:
        return ""
    text = f"{cn_date(step.due)}前"
    if step.estimated:
        text += f"（{step.estimate_note}）"
    return text


def _need(d: CaseDetail, field: str, what: str) -> Any:
    value = d.case[field]
    if value is None:
        raise UserError(f"{d.row.number} 尚未{what}，不能打印此文书")
    return value


def issue_number(db: Database, d: CaseDetail, form: str, title: str, allocate: bool
                 ) -> tuple[str, str, dt.date | None, str]:
    """(发文机关标志, 发文字号, 成文日期, 签发人) of a document issued as a 公文 by the 主办单位: those stored by 编号
    (reprints never take a second number), a new number of the 主办单位 when `allocate`, else none (and no
    date: the case's own). The 主办单位 must be an issuing body (same name) to take one here."""
    from zydesk.services import numbering

    taken = numbering.issued(db, form, d.row.number)
    if taken is None and allocate:
        from zydesk.printing import registry

        if not any(b.name == str(d.case["host_body"]) for b in registry.list_bodies(db, active_only=True)):
            raise UserError(f"主办单位“{d.case['host_body']}”不在发文机关中，无法编发文号；请先在发文机关中添加，"
                            "或不编号打印。")
        taken = numbering.take_number(db, form, d.row.number)[0]
    if taken is None:
        return "", "", None, ""
    return taken.mark, taken.number, taken.written_date, taken.signer


# ---- 容错免责申请书 --------------------------------------------------------------------------------------

def application(db: Database | None, params: dict[str, Any]) -> Form:
    """The applicant's written application (第八条第（一）项): blank, or filled from a registered case."""
    d = load_case(db, params["case"]) if db is not None and params.get("case") else None
    c = d.case if d else {}
    post = ""
    if d and d.row.cadre_id is not None and db is not None:
        with db.read() as s:
            row = s.execute(select(Unit.name, Post.title).join(Unit, Unit.id == Post.unit_id).where(
                Post.cadre_id == d.row.cadre_id, Post.end_date.is_(None))).first()
        post = f"{row[0]}{row[1]}" if row else ""
    kinds = "　".join(("■" if c.get("applicant_type") == k else "□") + k for k in rules.APPLICANT_TYPES)
    if d:
        claimed = "\n".join(f"第六条第{rules.roman(i)}项：{t}" for i, t in d.circumstances)
        evidence = "\n".join(f"{k + 1}. {e['title']}" for k, e in enumerate(d.evidence if d else []))
        due = _step(d, Step.APPLICATION)
        foot = (f"本案启动问责追责日期 {_date(c['accountability_started'])}，申请期限为{_due_text(due)}"
                f"（{rules.cite(8, 1)}：启动问责追责程序后7个工作日内）。")
    else:
        claimed = "对照第六条第（　　）项：\n\n\n"
        evidence = ""
        foot = ""
    return Form(
        title="容错免责申请书",
        subtitle_left=f"案件编号：{d.row.number}" if d else "案件编号：（由受理单位填写）",
        subtitle_right=f"申请日期：{_date(c.get('applied_on'))}",
        columns=[30, 52, 28, 46],
        rows=[
            Row(12, [Label("申 请 人"), Cell(str(c.get("applicant_name") or "")), Label("申请人类型"),
                     Cell(kinds, size=10)]),
            Row(12, [Label("工作单位\n及职务"), Cell(post, colspan=3, align="left")]),
            Row(16, [Label("问责追责\n事　　由"), Cell(str(c.get("matter") or ""), colspan=3, align="justify")]),
            Row(12, [Label("启动问责\n追责单位"), Cell(str(c.get("host_body") or "")), Label("启动日期"),
                     Cell(_date(c.get("accountability_started")) if d else "")]),
            Row(38, [Label("申请容错\n情　　形\n（第六条）"), Cell(claimed, colspan=3, align="justify", valign="top")]),
            Row(40, [Label("事实和理由"), Cell("", colspan=3, align="justify", valign="top")]),
            Row(20, [Label("佐证材料"), Cell(evidence, colspan=3, align="left", valign="top")]),
            Row(24, [Label("申 请 人\n签字（盖章）"), Seal(colspan=3, signer="申请人（签字）：",
                                                      date=_on(c.get("applied_on")) if d else None)]),
            Row(22, [Label("受理单位\n登记意见"), Seal(colspan=3, stamp="（盖章）")]),
        ],
        footnote=("注：单位、组织或个人受到问责追责时，认为符合容错范围和情形的，可以按照管理层级或干部管理权限，"
                  "在启动问责追责程序后7个工作日内，向启动问责追责的单位提出书面申请（"
                  f"{RULES}{rules.cite(8, 1)}）。{foot}"),
    )


# ---- 受理通知书 / 不予受理告知书 --------------------------------------------------------------------------

def acceptance(db: Database, params: dict[str, Any]) -> Gongwen:
    d = load_case(db, params["case"])
    if d.case["accepted"] is not True:
        raise UserError(f"{d.row.number} 未受理（当前：{d.row.status}），不能打印受理通知书")
    report = _step(d, Step.INVESTIGATION)
    return Gongwen(
        title="容错免责申请受理通知书",
        recipients=salutation(db, d),
        body=[
            Paragraph(f"{_you(d)}于{_date(d.case['applied_on'])}提交的关于“{d.row.matter}”的容错免责申请收悉。"
                      f"经初步审查，申请事项符合{RULES}第六条{_items(d)}规定的容错范围和情形，并提供了基本佐证材料。"
                      f"依据{RULES}{rules.cite(8, 2)}，决定予以受理。"),
            Paragraph(f"本单位将会同有关部门开展调查核实，广泛收集相关证据材料，充分听取有关单位、组织或个人的申诉意见，"
                      f"在30个工作日内（{_due_text(report)}）形成调查报告（{rules.cite(8, 3)}）。"
                      f"请{_you(d)}如实提供有关情况和材料，配合调查核实。"),
            Paragraph("特此通知。"),
        ],
        signature=str(d.case["host_body"]), **_issued(d, d.case["accepted_on"]), author=str(d.case["host_body"]), note=f"案件编号：{d.row.number}",
    )


def refusal(db: Database, params: dict[str, Any]) -> Gongwen:
    d = load_case(db, params["case"])
    if d.row.status != CaseStatus.REFUSED:
        raise UserError(f"{d.row.number} 未作不予受理（当前：{d.row.status}），不能打印不予受理告知书")
    texts = [str(d.case["acceptance_note"] or ""), d.scope_problem or "",
             d.conclusion_limit.replace("只能认定为“不予容错”", "不予受理") if d.exclusions else ""]
    # the recorded note often already is the scope finding: each reason is stated once
    grounds = [Paragraph(t) for t in _once([_cn_dates(t.strip()) for t in texts if t.strip()])]
    return Gongwen(
        title="容错免责申请不予受理告知书",
        recipients=salutation(db, d),
        body=[
            Paragraph(f"{_you(d)}于{_date(d.case['applied_on'])}提交的关于“{d.row.matter}”的容错免责申请收悉。"
                      f"经初步审查，该申请不符合容错范围和情形。依据{RULES}{rules.cite(8, 2)}，决定不予受理，"
                      "现解释答复如下："),
            *grounds,
            Paragraph("特此告知。"),
        ],
        signature=str(d.case["host_body"]), **_issued(d, d.case["accepted_on"]), author=str(d.case["host_body"]), note=f"案件编号：{d.row.number}",
    )


# ---- 调查报告（框架） ------------------------------------------------------------------------------------

def report(db: Database, params: dict[str, Any]) -> Gongwen:
    d = load_case(db, params["case"])
    if d.case["accepted"] is not True:
        raise UserError(f"{d.row.number} 未受理，没有调查报告")
    c = d.case
    body: list[Any] = [
        Heading("一、基本情况", 1),
        Paragraph(f"申请人：{d.row.applicant}（{c['applicant_type']}）。问责追责事由：{d.row.matter}。"
                  f"{c['host_body']}于{_date(c['accountability_started'])}启动问责追责程序，申请人于"
                  f"{_date(c['applied_on'])}提出容错免责申请，本单位于{_date(c['accepted_on'])}受理。"),
        Heading("二、申请事项及所称容错情形", 1),
        *[Paragraph(f"第六条第{rules.roman(i)}项：{t}") for i, t in d.circumstances],
        Heading("三、调查核实情况", 1),
        Heading("（一）证据材料", 2),
        *([Paragraph(f"{k + 1}. {e['title']}" + (f"（{e['source']}）" if e["source"] else "")
                     + (f"，{_date(e['received_on'])}收到" if e["received_on"] else ""))
           for k, e in enumerate(d.evidence)] or [Paragraph("（待填写）")]),
        Heading("（二）申诉意见", 2),
        *([Paragraph(f"{_date(h['heard_on'])}，听取{h['party']}的申诉意见：{h['summary']}") for h in d.hearings]
          or [Paragraph("（待填写：听取有关单位、组织或个人申诉意见的情况）")]),
        Heading("（三）背景原因、动机目的、政策依据、情节轻重、性质后果", 2),
        Paragraph(f"（待填写：依据{RULES}{rules.cite(3, 3)}综合分析研判）"),
        Heading(f"四、{rules.cite(7)}情形核查", 1),
        NameTable([("第七条所列情形", 0, "left"), ("核查结果", 40, "center")],
                  # what was found is printed; the rest is for the investigator to tick, never pre-filled
                  [[e.text, "■存在　□不存在" if e.key in d.exclusions else "□存在　□不存在"]
                   for e in rules.EXCLUSIONS], size=12),
        Heading("五、调查结论", 1),
        Paragraph(_cn_dates(str(c["report_summary"] or "（待填写）"))),
        Heading("六、认定建议", 1),
        Paragraph(d.conclusion_limit if d.exclusions else
                  "（待填写：建议认定为容错免责／容错减责（从轻、减轻）／不予容错，并写明依据）"),
    ]
    return Gongwen(title=f"关于{d.row.applicant}容错免责申请的调查报告", body=body,
                   signature=str(c["host_body"]), **_issued(d, c["report_on"]), author=str(c["host_body"]), note=f"案件编号：{d.row.number}")


# ---- 容错认定结论书 --------------------------------------------------------------------------------------

def conclusion_paragraphs(d: CaseDetail) -> list[Any]:
    c = d.case
    kind = str(c["conclusion"])
    basis = f"{RULES}第五条、第六条{_items(d)}"
    if kind == Conclusion.EXEMPTED:
        text = f"依据{basis}和{rules.cite(12)}，认定{d.row.applicant}属于容错情形，予以免责。"
    elif kind == Conclusion.REDUCED:
        text = (f"依据{basis}和{rules.cite(12)}，认定{d.row.applicant}属于容错情形；确需追责的，根据有关规定予以减责，"
                f"{c['mitigation']}处理" + (f"（{c['handling']}）" if c["handling"] else "") + "。")
        if c["impact_months"]:
            text += (f"影响期{c['impact_months']}个月，自{_date(c['concluded_on'])}至{_date(c['impact_end'])}；"
                     "影响期结束后提拔任用不受影响。")
    else:
        text = (f"经核查，{d.row.applicant}所涉事项不属于容错范围和情形，不予容错，按照有关规定办理"
                f"（{rules.cite(8, 5)}）。")
        if d.exclusions:
            text += d.conclusion_limit
    reason = _cn_dates(str(c["conclusion_reason"] or "").rstrip("。")) + "。"
    out: list[Any] = [Paragraph(text), Paragraph(f"认定理由：{reason}")]
    if is_tolerated(kind):
        out.append(Paragraph(f"依据{rules.cite(11)}，被认定容错的单位、组织或个人，在以下方面不受影响："))
        for i, item in enumerate(policy.ELEVEN, start=1):
            note = "（影响期内除外）" if i == 3 and c["impact_months"] else ""
            out.append(Paragraph(f"（{rules.cn_number(i)}）{item.rstrip('；。')}{note}；" if i < 6
                                 else f"（{rules.cn_number(i)}）{item}"))
    return out


def conclusion(db: Database, params: dict[str, Any]) -> Gongwen:
    d = load_case(db, params["case"])
    _need(d, "concluded_on", "作出认定")
    c = d.case
    body: list[Any] = [
        Paragraph(f"申请人：{d.row.applicant}（{c['applicant_type']}）"),
        Paragraph(f"问责追责事由：{d.row.matter}（{c['host_body']}于{_date(c['accountability_started'])}启动）"),
        Paragraph(f"{_you(d).removeprefix('你') or '申请人'}于{_date(c['applied_on'])}提出容错免责申请，"
                  f"本单位于{_date(c['accepted_on'])}受理，会同有关部门调查核实，于{_date(c['report_on'])}形成调查报告。"
                  f"依据{RULES}{rules.cite(8, 4)}，以事实为依据，以纪律规定和法律法规为准绳，对照容错范围和情形，"
                  "认定如下："),
        *conclusion_paragraphs(d),
    ]
    title = f"关于{d.row.applicant}容错认定的结论"
    mark, number, written, _signer = issue_number(db, d, "tolerance-conclusion", title, bool(params.get("number")))
    return Gongwen(title="容错认定结论书" if not number else title, body=body, organ_mark=mark, doc_number=number,
                   signature=str(c["host_body"]), **_issued(d, written or c["concluded_on"]),
                   author=str(c["host_body"]), note=f"案件编号：{d.row.number}")


# ---- 反馈告知书 -----------------------------------------------------------------------------------------

def feedback(db: Database, params: dict[str, Any]) -> Gongwen:
    d = load_case(db, params["case"])
    _need(d, "concluded_on", "作出认定")
    c = d.case
    body: list[Any] = [
        Paragraph(f"{_you(d)}于{_date(c['applied_on'])}提交的关于“{d.row.matter}”的容错免责申请，经调查核实，"
                  f"本单位于{_date(c['concluded_on'])}作出认定结论。依据{RULES}{rules.cite(8, 5)}，现将认定结果反馈如下："),
        *conclusion_paragraphs(d),
    ]
    if c["conclusion"] == Conclusion.EXEMPTED:
        body.append(Paragraph(f"依据{rules.cite(8, 5)}，属于免责的，应当在一定范围内公开。本认定结果将"
                              f"{c['publicity'] or '在　　　　范围内'}公开。"))
    body.append(Paragraph("特此告知。"))
    return Gongwen(title="容错认定结果反馈告知书", recipients=salutation(db, d), body=body,
                   signature=str(c["host_body"]), **_issued(d, c["feedback_on"]), author=str(c["host_body"]), note=f"案件编号：{d.row.number}")


# ---- 报备函（附报备表） -----------------------------------------------------------------------------------

def filing(db: Database, params: dict[str, Any]) -> Gongwen:
    d = load_case(db, params["case"])
    _need(d, "concluded_on", "作出认定")
    c = d.case
    to = [str(f["recipient"]) for f in d.filings if f["mode"] == "报送"] or ["中共紫阳县委", "紫阳县人民政府"]
    cc = [str(f["recipient"]) for f in d.filings if f["mode"] == "抄送"]
    result = str(c["conclusion"]) + (f"（{c['mitigation']}）" if c["mitigation"] else "")
    table = [["案件编号", d.row.number], ["申请人", f"{d.row.applicant}（{c['applicant_type']}）"],
             ["问责追责事由", d.row.matter], ["启动问责追责", f"{c['host_body']}，{_date(c['accountability_started'])}"],
             ["所称容错情形", f"第六条{_items(d)}"], ["申请日期", _date(c["applied_on"])],
             ["受理日期", _date(c["accepted_on"])], ["调查报告", _date(c["report_on"])],
             ["认定日期", _date(c["concluded_on"])], ["认定结论", result],
             ["反馈日期", _date(c["feedback_on"]) if c["feedback_on"] else "与本报备同时"]]
    if c["impact_months"]:
        table.append(["影响期", f"{c['impact_months']}个月，至{_date(c['impact_end'])}"])
    if c["publicity"]:
        table.append(["公开范围", str(c["publicity"])])
    title = f"关于{d.row.applicant}容错认定结果的报备"
    mark, number, written, signer = issue_number(db, d, "tolerance-filing", title, bool(params.get("number")))
    return Gongwen(
        title=title, organ_mark=mark, doc_number=number, issuer=signer or ("　　　　" if number else ""),
        recipients="、".join(to) + "：",
        body=[Paragraph(f"依据{RULES}{rules.cite(8, 6)}，现将{d.row.applicant}容错免责申请（{d.row.number}）的认定结果"
                        "报备如下，并抄送其主管部门、上级单位和纪检监察机关、组织人事部门。"),
              NameTable([("项目", 36, "center"), ("内容", 0, "left")], table, size=14, caption="容错认定结果报备表"),
              Paragraph("特此报备。")],
        signature=str(c["host_body"]), **_issued(d, written or _on(c["filed_on"]) or _on(c["feedback_on"]),
                                                 "，".join(cc) + "。" if cc else ""), author=str(c["host_body"]), note=f"案件编号：{d.row.number}",
    )


# ---- 案件登记簿 -----------------------------------------------------------------------------------------

def _done_cell(step: rules.StepView) -> str:
    if step.done is None:
        return ("逾期未办" if step.overdue else "") if step.state != StepState.NOT_APPLICABLE else "—"
    return step.done.isoformat() + ("（超期）" if step.late else "")


def register_book(db: Database, params: dict[str, Any]) -> Rendered:
    year = int(params["year"])
    with db.read() as s:
        rows = sorted(svc.case_rows(s, year=year), key=lambda r: (r.year, int(r.number.split("〕")[1][:-1])))
    if not rows:
        raise UserError(f"{year} 年没有登记容错案件")
    lines = []
    for r in rows:
        by = {st.step: st for st in r.steps}
        result = r.conclusion_text or r.status
        late = "（逾期申请）" if r.late_application else ""
        fed, filed = by[Step.FEEDBACK], by[Step.FILING]
        lines.append([r.number, r.applicant, r.matter, _done_cell(by[Step.APPLICATION]) + late,
                      _done_cell(by[Step.ACCEPTANCE]), _done_cell(by[Step.INVESTIGATION]),
                      _done_cell(by[Step.CONCLUSION]), result,
                      _done_cell(fed) + ("" if filed.done in (None, fed.done) else f"／{_done_cell(filed)}")])
    table = LandscapeTable(
        title=f"{year}年容错认定案件登记簿",
        subtitle=f"依据{RULES}第八条；期限按工作日计算，起算日不计入。共{len(rows)}件。",
        columns=[("案件编号", 34, "center"), ("申请人", 26, "center"), ("事由", 0, "left"), ("申请", 26, "center"),
                 ("受理", 26, "center"), ("调查报告", 26, "center"), ("认定", 26, "center"), ("结论", 24, "center"),
                 ("反馈／报备", 26, "center")],
        rows=lines,
        footnote=["“超期”：该环节晚于第八条规定的期限完成；“逾期未办”：已过期限仍未办理。"],
    )
    return render_landscape([table], f"{year}年容错认定案件登记簿")


_CASE = [Param("case", "案件编号（如 紫容〔2026〕3号）", str, required=True)]
for _name, _title, _fn in (
    ("tolerance-acceptance", "容错免责申请受理通知书", acceptance),
    ("tolerance-refusal", "容错免责申请不予受理告知书", refusal),
    ("tolerance-report", "容错免责申请调查报告（框架）", report),
    ("tolerance-feedback", "容错认定结果反馈告知书", feedback),
):
    register(PrintForm(_name, _title, _fn, params=list(_CASE), area=AREA))
_NUMBER = Param("number", "以主办单位名义编发文号（发文字号登记簿取号，重印沿用原号）", bool)
register(PrintForm("tolerance-conclusion", "容错认定结论书", conclusion, params=[*_CASE, _NUMBER], area=AREA))
register(PrintForm("tolerance-filing", "容错认定结果报备函（附报备表）", filing, params=[*_CASE, _NUMBER], area=AREA))
register(PrintForm("tolerance-application", "容错免责申请书（空白模板，或按案件填好）", application,
                   params=[Param("case", "案件编号（不填则为空白模板）", str)], area=AREA))
register(PrintForm("tolerance-register", "容错认定案件登记簿", register_book,
                   params=[Param("year", "年度", int, required=True)], area=AREA))


def documents_for(d: CaseDetail) -> list[tuple[str, str]]:
    """(form name, title) of the documents a case can print at its stage, in procedure order."""
    c = d.case
    out = [("tolerance-application", "容错免责申请书")]
    if c["accepted"] is True:
        out += [("tolerance-acceptance", "受理通知书"), ("tolerance-report", "调查报告（框架）")]
    if d.row.status == CaseStatus.REFUSED:
        out.append(("tolerance-refusal", "不予受理告知书"))
    if c["concluded_on"] is not None:
        # 结论书 and 报备函 are 公文 of the 主办单位: the preview's 编号… gives them their 文号
        out += [("tolerance-conclusion", "容错认定结论书"), ("tolerance-feedback", "反馈告知书"),
                ("tolerance-filing", "报备函（附报备表）")]
    return out
