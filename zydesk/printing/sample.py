"""The sample notice 紫办发〔2016〕15号 built from the policy text, and demo forms of the engine.

resources/policy/ziban-2016-15.txt is the public text as published: a header block (文号, 成文日期), the
notice itself, then the three documents it issues. Here they become a 公文 whose three attachments carry
the documents' full text: 第一章 as centred headings, 第一条 as paragraphs led in 黑体.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from zydesk import paths
from zydesk.errors import UserError
from zydesk.printing.catalog import Param, PrintForm, register
from zydesk.printing.forms import Cell, Form, Label, Row, Seal
from zydesk.printing.gongwen import Attachment, Block, Gongwen, Heading, NameTable, Paragraph, cn_date

POLICY_FILE = "ziban-2016-15.txt"
_PUNCT = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "?": "？", "!": "！"})
_CHAPTER = re.compile(r"^(第[一二三四五六七八九十]+章)\s*(.+)$")
_ARTICLE = re.compile(r"^(第[一二三四五六七八九十百]+条)\s*(.*)$")
_ITEM = re.compile(r"^(\d+)\.\s*(.*)$")
_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def policy_text() -> str:
    return (paths.resources_dir() / "policy" / POLICY_FILE).read_text(encoding="utf-8")


def zh_punct(text: str) -> str:
    """Half-width punctuation of the web text → the full-width marks a 公文 uses (digits stay as they are)."""
    return text.translate(_PUNCT)


def _block(line: str) -> Block:
    m = _CHAPTER.match(line)
    if m:
        return Heading(f"{m.group(1)}　{m.group(2)}", 0)
    m = _ARTICLE.match(line)
    if m:
        return Paragraph(m.group(2), lead=m.group(1) + "　")
    m = _ITEM.match(line)
    if m:
        return Paragraph(f"{m.group(1)}.{m.group(2)}")
    return Paragraph(line)


def sample_notice() -> Gongwen:
    lines = [zh_punct(raw.strip()) for raw in policy_text().splitlines()]
    lines = [ln for ln in lines if ln]
    title = lines[0]
    number = next(ln.split()[1] for ln in lines if ln.startswith("文号"))
    docs = re.findall(r"《([^》]+)》", title)
    # the notice: recipients (ends with ：), its paragraph(s), signature, date; then the documents
    start = next(i for i, ln in enumerate(lines) if ln.endswith("：") and not ln.startswith("时间"))
    recipients = lines[start]
    starts = [i for i, ln in enumerate(lines) if ln in docs]
    notice = lines[start + 1:starts[0]]
    date_line = next(ln for ln in notice if _DATE.fullmatch(ln))
    date_match = _DATE.fullmatch(date_line)
    assert date_match is not None  # date_line was chosen for matching
    y, mth, d = (int(g) for g in date_match.groups())
    signature = notice[notice.index(date_line) - 1]
    body: list[Block] = [Paragraph(ln) for ln in notice[:notice.index(signature)]]
    attachments = []
    for k, begin in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        attachments.append(Attachment(title=lines[begin], body=[_block(ln) for ln in lines[begin + 1:end]]))
    return Gongwen(
        organ_mark=f"{signature}文件", doc_number=number, title=title, recipients=recipients, body=body,
        attachments=attachments, signature=signature, date=dt.date(y, mth, d), note="此件公开发布",
        printer=signature, print_date=dt.date(y, mth, d), author=signature,
    )


def sample_form(params: dict[str, Any] | None = None) -> Form:
    """A blank 审批表 of the usual county layout (the forms engine's demonstration)."""
    p = params or {}
    reason = p.get("reason") or ""
    return Form(
        title="紫阳县党政干部容错纠错申请审批表",
        subtitle_left="申请单位（盖章）：",
        subtitle_right="填表时间：　　年　　月　　日",
        columns=[24, 28, 20, 24, 24, 36],
        rows=[
            Row(12, [Label("姓　名"), Cell(p.get("name") or ""), Label("性　别"), Cell(""), Label("出生年月"),
                     Cell("")]),
            Row(12, [Label("政治面貌"), Cell(""), Label("民　族"), Cell(""), Label("参加工作时间"), Cell("")]),
            Row(14, [Label("工作单位及职务"), Cell(p.get("post") or "", colspan=5, align="left")]),
            Row(80, [Label("申请容错\n事项及\n理由"), Cell(reason, colspan=5, align="justify", valign="top")]),
            Row(20, [Label("适用条款"), Cell("《容错纠错实施细则》第六条第（　）项", colspan=5, align="left")]),
            Row(60, [Label("所在单位\n党组织\n意　见"), Seal(colspan=5, signer="负责人（签字）：")]),
            Row(58, [Label("县纪委监委\n意　见"), Seal(colspan=5)], page_break=True),
            Row(58, [Label("县委组织部\n意　见"), Seal(colspan=5)]),
            Row(58, [Label("县　委\n意　见"), Seal(colspan=5)]),
            Row(28, [Label("备　注"), Cell("", colspan=5)]),
        ],
        footnote="注：本表一式三份，申请单位、县纪委监委、县委组织部各存一份。依据：紫办发〔2016〕15号。",
    )


_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘"
_GIVEN = "建国明华军平伟芳娟敏静丽强磊洋艳勇杰涛超秀英霞刚桂兰玉萍䶮㛃"
_UNITS = ["城关镇", "蒿坪镇", "汉王镇", "焕古镇", "向阳镇", "洞河镇", "洄水镇", "双桥镇", "高桥镇", "红椿镇",
          "县委办公室", "县政府办公室", "县委组织部", "县财政局", "县教育体育和科技局", "县卫生健康局"]
_POSTS = ["党委书记", "镇长", "党委副书记", "副镇长", "主任", "副主任", "局长", "副局长", "科员"]


def synthetic_names(n: int) -> list[list[str]]:
    """Rows of a fictitious name list (序号, 姓名, 单位, 职务) for demonstrations and the benchmark."""
    rows = []
    for i in range(n):
        name = _SURNAMES[i % len(_SURNAMES)] + _GIVEN[(i * 7) % len(_GIVEN)] + _GIVEN[(i * 13 + 3) % len(_GIVEN)]
        rows.append([str(i + 1), name, _UNITS[i % len(_UNITS)], _POSTS[(i * 5) % len(_POSTS)]])
    return rows


def name_list(rows: int) -> Gongwen:
    """A 名单 notice with a long table: shows header rows repeated across pages."""
    return Gongwen(
        organ_mark="中共紫阳县委组织部文件", doc_number="紫组发〔2026〕1号",
        title="中共紫阳县委组织部关于公布全县“敢担当、善作为”优秀干部候选人名单的通知（示例）",
        recipients="各镇党委，县委各部门，县级国家机关各部门党组（党委）：",
        body=[Paragraph("根据《紫阳县党政干部鼓励激励实施办法（试行）》第九条，现将候选人名单公布如下（示例数据，人名均为虚构）。"),
              NameTable([("序号", 16, "center"), ("姓名", 28, "center"), ("单位", 0, "left"), ("职务", 36, "center")],
                        synthetic_names(rows))],
        signature="中共紫阳县委组织部", date=dt.date(2026, 1, 5),
        cc="县委办公室，县政府办公室。", printer="中共紫阳县委组织部办公室", print_date=dt.date(2026, 1, 5),
    )


def _notice(db: Any, params: dict[str, Any]) -> Gongwen:
    if not params.get("sample"):
        raise UserError("目前 notice 只能打印示例通知：请加 --sample（紫办发〔2016〕15号全文）。")
    return sample_notice()


def _numbers(db: Any, params: dict[str, Any]) -> Gongwen:
    from zydesk.printing import registry

    prefix, year = params["prefix"], int(params["year"])
    rows = [[n.text, n.title, n.status + (f"（{n.void_reason}）" if n.void_reason else ""),
             cn_date(n.issued_at.date()), ""] for n in registry.numbers(db, prefix, year)]
    # 经办人 is left for a signature: the computer's login name (issued_by) names no person
    if not rows:
        raise UserError(f"{prefix} {year} 年还没有编过文号。")
    today = dt.date.today()
    return Gongwen(title=f"{prefix}〔{year}〕发文字号登记簿", date=today,
                   body=[NameTable([("文号", 46, "center"), ("文件标题", 0, "justify"), ("状态", 20, "center"),
                                    ("编号日期", 34, "center"), ("经办人", 20, "center")], rows, size=12)])


register(PrintForm("notice", "示例公文：紫办发〔2016〕15号通知（含三个附件全文）", _notice,
                   params=[Param("sample", "打印示例通知", bool, help="紫办发〔2016〕15号，正文为三个实施办法全文")],
                   needs_db=False, area="通用"))
register(PrintForm("sample-form", "示例审批表：党政干部容错纠错申请审批表（空白）",
                   lambda db, p: sample_form(p),
                   params=[Param("name", "姓名"), Param("post", "工作单位及职务"), Param("reason", "申请事项及理由")],
                   needs_db=False, area="通用"))
register(PrintForm("name-list", "示例名单通知（长名单跨页、表头重复）", lambda db, p: name_list(int(p.get("rows") or 300)),
                   params=[Param("rows", "名单人数", int, default=300)], needs_db=False, area="通用"))
register(PrintForm("numbers", "发文字号登记簿", _numbers,
                   params=[Param("prefix", "发文机关代字（如 紫办发）", str, required=True),
                           Param("year", "年份", int, required=True)], area="通用"))

__all__ = ["sample_notice", "sample_form", "name_list", "synthetic_names", "zh_punct"]
