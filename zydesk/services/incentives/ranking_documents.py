"""Printed documents of 单位考核与奖励:
- award-notice: 年度目标责任考核结果通报暨表彰决定, a 公文 of 中共紫阳县委 and 紫阳县人民政府 listing the winners
  by award and group, with the ranking of every group as its attachment;
- ranking-table: the ranking table of each group (A4 landscape);
- bonus-plan: a unit's 奖金分配方案 for 备案 with 县督查考评办.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from zydesk.core.citation import cn_number
from zydesk.core.incentives.awards import (
    DEFAULT_KEY_TASKS,
    KIND_CATCHUP,
    KIND_EXCEL,
    KIND_KEY_TASK,
    KIND_POOR_DEPT,
    KIND_POOR_TOWN,
    KIND_POOR_VILLAGE,
    KIND_REFORM,
    REFORM_GRADES,
)
from zydesk.core.incentives.ranking import AWARDS, FIRST, ROUNDINGS, RankingResult, fmt_num
from zydesk.errors import UserError
from zydesk.printing.catalog import Param, PrintForm, register
from zydesk.printing.fonts import KAITI
from zydesk.printing.forms import Cell, Form, Label, Row, Seal
from zydesk.printing.forms_ranking import LandscapeTable, render_landscape
from zydesk.printing.gongwen import Attachment, Gongwen, Heading, NameTable, Paragraph
from zydesk.printing.output import Rendered
from zydesk.printing.units import SIZE
from zydesk.services.incentives.awards import KIND_RANKING, AwardLine, all_awards
from zydesk.services.incentives.bonus import load_plans, plan_title
from zydesk.services.incentives.ranking import compute_ranking
from zydesk.storage.uow import Database

ISSUERS = "中共紫阳县委　紫阳县人民政府"
ORGAN_MARK = "中共紫阳县委　紫阳县人民政府文件"
DEFAULT_PREFIX = "紫发"


def _join(names: Sequence[str]) -> str:
    return "、".join(names) + "。" if names else "（无）"


def _flags(u: Any) -> str:
    return "、".join(x for x, f in (("一票否决", u.vetoed), ("直接评定", u.direct), ("优先评定", u.priority),
                                   ("人工调整", u.override is not None), ("待裁定", u.pending)) if f)


def ranking_rows(result: RankingResult, group: str) -> list[list[str]]:
    g = next(g for g in result.groups if g.group == group)
    return [[str(u.rank) if u.rank is not None else "—", u.name,
             f"{u.score:.2f}" if u.score is not None else "未录入", _flags(u), u.award or "—", u.basis_text]
            for u in g.units]


def _settings_line(result: RankingResult) -> str:
    st = result.settings.describe()
    return (f"一等奖按{fmt_num(result.settings.quota_percent)}%评定，名额{ROUNDINGS[result.settings.rounding]}；"
            f"超额完成净加分单位“优先”的理解：{st['priority_reading_text']}；名额边界并列：{st['tie_rule_text']}；"
            f"二、三等奖划分为本地设置（二等奖{fmt_num(result.settings.second_percent)}%）。")


# ---------------------------------------------------------------- 通报暨表彰决定


def notice_title(year: int) -> str:
    return f"中共紫阳县委　紫阳县人民政府关于{year}年度目标责任考核结果的通报暨表彰决定"


def notice_number(db: Database, year: int, *, allocate: bool = False, prefix: str = DEFAULT_PREFIX,
                  issue_year: int | None = None, written: dt.date | None = None) -> str:
    """The 发文字号 of the year's notice: the number taken for it by 编号 (so reprinting never takes a second),
    a new one if `allocate` (stored with the 成文日期 `written`), else a blank for the number."""
    from zydesk.services import numbering

    taken = numbering.issued(db, "award-notice", year)
    if taken is not None:
        return taken.number
    if allocate:
        return numbering.take_number(db, "award-notice", year, prefix, written)[0].number
    return f"{prefix}〔{issue_year or dt.date.today().year}〕　号"


def build_notice(db: Database, year: int, number: str = "", date: dt.date | None = None) -> Gongwen:
    from zydesk.services import numbering

    taken = numbering.issued(db, "award-notice", year)
    if taken is not None and number in ("", taken.number):  # numbered: its 成文日期 was entered with the number
        number, date = taken.number, numbering.stored_date(taken, date)
    with db.read() as s:
        result = compute_ranking(s, year)
        awards = all_awards(s, year)
    if not result.groups or not any(u.award for g in result.groups for u in g.units):
        raise UserError(f"{year}年度还没有考核结果，无法生成通报。")
    if any(u.pending for g in result.groups for u in g.units):
        raise UserError("有一等奖名额并列尚待裁定，请先在“单位考核排名”页裁定后再生成通报。")
    body: list[Any] = [Paragraph(
        f"根据《紫阳县党政干部鼓励激励实施办法（试行）》（紫办发〔2016〕15号）第五条至第八条规定，经县督查考评办考核、"
        f"县委县政府研究，现将{year}年度目标责任考核结果予以通报，并决定对以下单位予以表彰：")]
    by_kind: dict[str, list[AwardLine]] = {}
    for a in awards:
        by_kind.setdefault(a.kind, []).append(a)
    n = 0

    def head(text: str) -> None:
        nonlocal n
        n += 1
        body.append(Heading(f"{cn_number(n)}、{text}", 1))

    def named_under(lines: list[AwardLine], label: Callable[[AwardLine], str | None], labels: Iterable[str]) -> None:
        """A paragraph for each label, in order, naming the units awarded under it (none for an empty label)."""
        for text in labels:
            names = [a.unit for a in lines if label(a) == text]
            if names:
                body.append(Paragraph(_join(names), lead=f"{text}："))

    ranking = by_kind.get(KIND_RANKING, [])
    for grade in AWARDS:
        winners = [a for a in ranking if a.grade == grade]
        if not winners:
            continue
        head(f"年度目标责任考核{grade}（{len(winners)}个）")
        groups = [g.group for g in result.groups]
        for i, group in enumerate(gr for gr in groups if any(a.group == gr for a in winners)):
            names = [a.unit for a in winners if a.group == group]
            body.append(Paragraph(_join(names), lead=f"（{cn_number(i + 1)}）{group}（{len(names)}个）：",
                                  lead_style=KAITI))
    if KIND_REFORM in by_kind:
        head("重大改革创新贡献奖")
        named_under(by_kind[KIND_REFORM], lambda a: a.grade, REFORM_GRADES)
    if KIND_KEY_TASK in by_kind:
        head("重点工作单项考核奖")
        tasks = [*DEFAULT_KEY_TASKS, *sorted({a.detail for a in by_kind[KIND_KEY_TASK]} - set(DEFAULT_KEY_TASKS))]
        named_under(by_kind[KIND_KEY_TASK], lambda a: a.detail, tasks)
    if KIND_CATCHUP in by_kind:
        head("追赶超越贡献奖")
        body.append(Paragraph(_join(sorted({a.unit for a in by_kind[KIND_CATCHUP]}))))
    if KIND_EXCEL in by_kind:
        head("目标责任考核创优贡献奖")
        body.append(Paragraph(_join([a.unit for a in by_kind[KIND_EXCEL]])))
    if KIND_POOR_TOWN in by_kind or KIND_POOR_DEPT in by_kind or KIND_POOR_VILLAGE in by_kind:
        head("脱贫攻坚工作先进单位")
        if KIND_POOR_TOWN in by_kind:
            body.append(Paragraph(_join([a.unit for a in by_kind[KIND_POOR_TOWN]]), lead="脱贫攻坚工作先进镇："))
        if KIND_POOR_DEPT in by_kind:
            body.append(Paragraph(_join([a.unit for a in by_kind[KIND_POOR_DEPT]]), lead="脱贫攻坚先进部门："))
        if KIND_POOR_VILLAGE in by_kind:
            towns: dict[str, list[str]] = {}
            for a in by_kind[KIND_POOR_VILLAGE]:
                towns.setdefault(a.unit, []).append(a.detail)
            text = "；".join(f"{t}{'、'.join(v)}" for t, v in towns.items()) + "。"
            body.append(Paragraph(text, lead="脱贫攻坚先进村："))
    body.append(Paragraph(
        "希望受表彰的单位珍惜荣誉、再接再厉，在新的一年里取得更大成绩。全县各镇、各部门要以先进为榜样，"
        "聚力追赶超越、决战脱贫攻坚，奋力谱写紫阳发展新篇章。"))
    body.append(Paragraph("奖金按《紫阳县党政干部鼓励激励实施办法（试行）》第十一条、第十二条规定核发，"
                          "由受奖单位制定分配方案，报县督查考评办备案后发放到人。"))
    att_body: list[Any] = [Paragraph(_settings_line(result))]
    for g in result.groups:
        att_body.append(NameTable(
            [("名次", 12, "center"), ("单位", 0, "left"), ("得分", 16, "center"), ("标记", 22, "center"),
             ("奖项", 16, "center"), ("依据", 48, "center")],
            # 标记 keeps 一票否决 and 直接评定 visible: they explain a missing rank or a quota not taken
            [[r[0], r[1], r[2], r[3] or "—", r[4], r[5]] for r in ranking_rows(result, g.group)],
            size=SIZE["小四"], caption=f"{g.group}（一等奖名额 {g.quota_formula}）"))
    return Gongwen(
        title=notice_title(year), organ_mark=ORGAN_MARK,
        doc_number=number or notice_number(db, year, issue_year=(date or dt.date.today()).year),
        recipients="各镇党委、人民政府，县委各部门，县级国家机关各部门，各人民团体：", body=body,
        attachments=[Attachment(f"{year}年度目标责任考核结果", att_body)],
        signature=ISSUERS, date=date or dt.date.today(), cc="市委组织部，市督查考评办。",
        printer="中共紫阳县委办公室", print_date=date or dt.date.today(), author=ISSUERS)


# ---------------------------------------------------------------- 排名表 (landscape)


def build_ranking_table(db: Database, year: int, group: str | None = None) -> Rendered:
    with db.read() as s:
        result = compute_ranking(s, year)
    groups = [g for g in result.groups if group is None or g.group == group]
    if not groups:
        raise UserError(f"{year}年度没有考核类别“{group}”。" if group else f"{year}年度还没有单位考核得分。")
    tables = []
    for g in groups:
        rows = ranking_rows(result, g.group)
        # the rank and score have their own columns: the note keeps only the reasoning after them; a
        # reasoning shared by several units is stated once under the table, not on every row
        notes: dict[str, list[str]] = {}
        for u in g.units:
            note = u.note.split("；", 1)[1] if u.note.startswith("得分") and "；" in u.note else u.note
            if note.strip():
                notes.setdefault(note.strip(), []).append(u.name)
        explained = [f"说明：{n}" if len(names) == len(g.units) else f"说明（{'、'.join(names)}）：{n}"
                     for n, names in notes.items()]
        tables.append(LandscapeTable(
            title=f"{year}年度目标责任考核排名表（{g.group}）",
            subtitle=(f"考核类别：{g.group}　名额基数：{g.size}个　一等奖名额：{g.quota_formula}"
                      f"（第五条第（一）项第1目）　二等奖名额：{g.second_formula}（本地设置）"),
            columns=[("名次", 13, "center"), ("单位", 50, "left"), ("得分", 18, "center"), ("标记", 30, "center"),
                     ("奖项", 26, "center"), ("依据", 0, "center")],
            rows=rows,
            footnote=[*explained, "评定设置：" + _settings_line(result),
                      "一票否决单位不评奖、不占名次；直接评定单位（第五条第（一）项第2目）不占一等奖名额。"
                      + "".join(f"注意：{w}" for w in g.warnings)]))
    return render_landscape(tables, f"{year}年度目标责任考核排名表")


# ---------------------------------------------------------------- 奖金分配方案


def build_bonus_plan(db: Database, year: int, unit: str, award_kind: str | None = None,
                     grade: str | None = None) -> Form:
    with db.read() as s:
        plans = [p for p in load_plans(s, year) if p.unit == unit and award_kind in (None, p.award_kind)
                 and grade in (None, p.grade)]
    if not plans:
        raise UserError(f"“{unit}”{year}年度没有保存的奖金分配方案。")
    p = plans[0]
    plan = p.plan
    rows = [Row(11, [Label("序号"), Label("姓名"), Label("年度考核等次"), Label("系数"), Label("金额（元）")])]
    for i, sh in enumerate(plan.shares, start=1):
        rows.append(Row(9, [Cell(str(i)), Cell(sh.name), Cell(sh.grade), Cell(f"{sh.coefficient.normalize():f}"),
                            Cell(f"{sh.amount}", align="right")]))
    rows.append(Row(9, [Label("合计", colspan=4), Cell(f"{plan.paid}", align="right")]))
    rows.append(Row(16, [Label("计算\n方法"), Cell(f"{plan.formula}。{plan.rule_text}。奖金 {plan.total} 元，"
                                               f"实发 {plan.paid} 元，结余 {plan.left} 元。", colspan=4,
                                               align="justify", valign="top")]))
    rows.append(Row(38, [Label("单位\n意见"), Seal(colspan=2, opinion="同意按此方案发放到人。"),
                         Label("督查考评\n办备案\n意见"), Seal()]))
    title = plan_title(year, p.award_kind, p.grade)
    return Form(
        title=title,
        columns=[16, 36, 36, 24, 40], rows=rows, repeat_rows=1,
        subtitle_left=f"受奖单位：{unit}", subtitle_right="（报县督查考评办备案）",
        footnote="依据《紫阳县党政干部鼓励激励实施办法（试行）》第十一条：奖金分配方案由受奖单位根据有关规定制定，"
                 "报县督查考评办备案，奖金应发放到人；第十二条：奖金依据干部职工个人年度考核结果等次发放。"
                 "系数为本地设置。")


# ---------------------------------------------------------------- registration


def _date(params: dict[str, Any]) -> dt.date | None:
    text = params.get("date")
    if not text:
        return None
    try:
        return dt.date.fromisoformat(str(text))
    except ValueError:
        raise UserError(f"日期“{text}”格式应为 2025-03-01") from None


def _notice(db: Database, p: dict[str, Any]) -> Gongwen:
    year, date = int(p["year"]), _date(p)
    number = p.get("number") or ""
    if not number and p.get("allocate"):  # 编号 checks the notice can be made before it takes a number
        number = notice_number(db, year, allocate=True, written=date)
    return build_notice(db, year, number, date)


register(PrintForm(
    "award-notice", "年度目标责任考核结果通报暨表彰决定", _notice,
    params=[Param("year", "考核年度", int, required=True),
            Param("allocate", "从发文字号登记簿编发文号（紫发，已编过的沿用原号）", bool, default=False),
            Param("number", "直接指定发文字号（如 紫发〔2025〕3号）"),
            Param("date", "成文日期（如 2025-03-01，默认今天）")],
    area="鼓励激励"))
register(PrintForm(
    "ranking-table", "年度目标责任考核排名表（横向）",
    lambda db, p: build_ranking_table(db, int(p["year"]), p.get("group") or None),
    params=[Param("year", "考核年度", int, required=True), Param("group", "考核类别（默认全部）")],
    area="鼓励激励"))
register(PrintForm(
    "bonus-plan", "奖金分配方案",
    lambda db, p: build_bonus_plan(db, int(p["year"]), str(p["unit"]), p.get("award") or None, p.get("grade")),
    params=[Param("year", "年度", int, required=True), Param("unit", "受奖单位名称", str, required=True),
            Param("award", "奖项（默认该单位第一个方案）"), Param("grade", "等次或项目")],
    area="鼓励激励"))

__all__ = ["build_notice", "build_ranking_table", "build_bonus_plan", "FIRST"]
