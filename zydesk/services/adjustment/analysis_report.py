"""The printable 分析研判报告 (能上能下 第二十六条): a 公文 body with tables and the charts as figures.

    zydesk print analysis --year 2025 [--unit 城关镇] -o 报告.pdf
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from zydesk.core.adjustment import analysis as core
from zydesk.printing.catalog import Param, PrintForm, register
from zydesk.printing.gongwen import Block, Figure, Gongwen, Heading, NameTable, Paragraph
from zydesk.services.adjustment.analysis import Analysis, analyse
from zydesk.storage.uow import Database

AREA = "能上能下"
ORG = "中共紫阳县委组织部"
BASIS = "《紫阳县推进县管党政领导干部能上能下实施办法（试行）》第二十六条"


def _pct(n: int, total: int) -> str:
    return f"{n * 100 / total:.1f}%" if total else "—"


def _count(a: Analysis, dim: str, key: str) -> int:
    return dict(a.structure.counts[dim]).get(key, 0)


def summary(a: Analysis) -> str:
    s = a.structure
    n = s.size
    if not n:
        return f"{a.date:%Y年%m月%d日}没有在任的领导干部记录。"
    women = _count(a, "性别", "女")
    young = sum(c for band, c in s.counts["年龄"] if band in ("35岁及以下", "36—40岁"))
    non_party = n - _count(a, "政治面貌", "中共党员") - _count(a, "政治面貌", core.UNKNOWN)
    minority = _count(a, "民族", "少数民族")
    higher = _count(a, "学历", "研究生") + _count(a, "学历", "大学")
    return (f"{a.subject}共有领导干部{n}名，其中正职{s.principals}名；平均年龄{s.average_age}岁，40岁及以下{young}名"
            f"（占{_pct(young, n)}）；女干部{women}名（占{_pct(women, n)}）；党外干部{non_party}名（占{_pct(non_party, n)}）；"
            f"少数民族干部{minority}名；大学及以上学历{higher}名（占{_pct(higher, n)}）。")


def report(a: Analysis) -> Gongwen:
    body: list[Block] = [Paragraph(
        f"根据{BASIS}“加强对干部的日常了解，定期分析研判领导班子和干部队伍情况”的要求，以{a.date:%Y年%m月%d日}"
        f"在任的领导干部为准，对{a.subject}情况分析如下。")]
    fig = 0

    def figure(i: int) -> Figure:
        nonlocal fig
        fig += 1
        return Figure(a.charts[i], f"图{fig}　{a.charts[i].title}")

    body += [Heading("一、基本情况"), Paragraph(summary(a))]
    body += [figure(i) for i in range(min(6, len(a.charts)))]
    if a.members:
        body.append(NameTable([("姓名", 22, "center"), ("职务", 0, "left"), ("性别", 12, "center"),
                               ("年龄", 12, "center"), ("学历", 18, "center"), ("政治面貌", 24, "center"),
                               ("任现职", 24, "center")],
                              [[m.name, m.post, m.gender, str(core.age_on(m.birth_date, a.date)), m.education or "",
                                m.political_status or "", f"{m.post_start:%Y.%m}" if m.post_start else ""]
                               for m in a.members], caption="班子成员"))
    body.append(Heading("二、班子结构"))
    body.append(Paragraph(a.settings[0]))
    if a.gaps:
        body.append(Paragraph(f"对照上述目标，有{len(a.gaps)}个领导班子存在缺项（“女干部 0/1”表示现有0名、目标1名）。"))
        body.append(NameTable([("单位", 0, "left"), ("班子人数", 22, "center"), ("缺项", 70, "left")],
                              [[g.unit, str(g.size), "；".join(g.lacks)] for g in a.gaps], caption="结构缺项"))
    else:
        body.append(Paragraph("对照上述目标，未发现结构缺项。"))
    if a.unit is None and len(a.charts) > 6:
        body.append(figure(6))
    body.append(Heading("三、临近年龄和任期界限"))
    if a.near_limit:
        body.append(Paragraph(f"按能上能下第十九、二十条比对，共{len(a.near_limit)}条情形，列表如下。"))
        body.append(NameTable([("姓名", 20, "center"), ("单位职务", 40, "left"), ("条款", 24, "center"),
                               ("情形", 0, "left")],
                              [[f.cadre.name, f.post if f.post.startswith(f.unit) else f.unit + f.post,
                                str(f.citation), f"{f.verdict}：{f.evidence}"] for f in a.near_limit],
                              caption="临近界限人员"))
    else:
        body.append(Paragraph("按能上能下第十九、二十条比对，未发现到龄或任期届满的情形。"))
    n = 4
    if a.unit is not None:
        body.append(Heading("四、考核排名走势"))
        if a.trajectory:
            line = next((c for c in a.charts if c.kind.value == "line"), None)
            if line is not None:
                body.append(figure(a.charts.index(line)))
            body.append(NameTable([("年度", 20, "center"), ("考核类别", 0, "left"), ("名次", 30, "center"),
                                   ("奖项", 30, "center")],
                                  [[str(p.year), p.group, _place(p), p.award or ""] for p in a.trajectory],
                                  caption="历年名次"))
        else:
            body.append(Paragraph("该单位尚无年度目标责任考核得分记录。"))
        n = 5
    body.append(Heading(f"{'四五'[n - 4]}、调整后跟踪"))
    if a.follow_up:
        body.append(Paragraph(f"依据第二十六条“对调整下来的干部，给予关心帮助，有针对性地加强教育管理”，"
                              f"已作出调整决定的干部{len(a.follow_up)}名，此后年度考核和关心帮助情况如下。"))
        body.append(NameTable([("姓名", 18, "center"), ("调整", 34, "left"), ("现任", 0, "left"),
                               ("此后考核", 30, "left"), ("关心帮助", 40, "left")],
                              [[f.adjusted.name, f"{f.adjusted.decided:%Y.%m} {f.adjusted.method}",
                                f.adjusted.now or f.adjusted.status,
                                "、".join(f"{y}{g}" for y, g in f.grades) + (f"（{f.attention}）" if f.attention else ""),
                                core.care_text(f)]
                               for f in a.follow_up], caption="调整后跟踪"))
    else:
        body.append(Paragraph("截至分析日，没有已作出调整决定的干部。"))
    body.append(Heading("说明", 1))
    for text in [*a.settings[1:], *a.notes]:
        body.append(Paragraph(text))
    today = dt.date.today()
    return Gongwen(title=f"{a.year}年度{a.subject}分析研判报告", body=body, signature=ORG, date=today,
                   printer=f"{ORG}办公室", print_date=today, author=ORG)


def _place(p: core.RankPoint) -> str:
    if p.vetoed:
        return "一票否决"
    if p.rank is None:
        return "无得分"
    return f"{p.rank}/{p.group_size}" + ("（末位）" if p.is_last else "")


def build(db: Database, params: dict[str, Any]) -> Gongwen:
    unit = params.get("unit") or None
    return report(analyse(db, int(params["year"]), unit))


register(PrintForm("analysis", "分析研判报告", build,
                   params=[Param("year", "年度", int, required=True),
                           Param("unit", "单位", str, help="单位名称；不填为全县干部队伍")], area=AREA))
