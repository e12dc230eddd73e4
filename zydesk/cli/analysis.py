"""zydesk analysis [--unit 单位] --year Y [--json]: 分析研判 (能上能下 第二十六条) of a 领导班子 or the county."""
from __future__ import annotations

import argparse
import sys

from zydesk.cli.common import CliContext, add_full_ids, note_full_ids, print_json
from zydesk.errors import UserError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("analysis", help="分析研判：领导班子和干部队伍结构",
                       description="按《能上能下实施办法》第二十六条分析领导班子和干部队伍：年龄、性别、学历、政治面貌、"
                                   "民族、任职年限，结构缺项，临近年龄和任期界限，考核排名走势，调整后跟踪（此后考核与关心帮助）。\n"
                                   "打印报告：zydesk print analysis --year 年度 [--unit 单位] -o 报告.pdf",
                       add_help=False)
    p.add_argument("-h", "--help", action="help", help="显示本帮助并退出")
    p.add_argument("--year", type=int, required=True, metavar="年度", help="年度（以该年12月31日在任的领导干部为准）")
    p.add_argument("--unit", metavar="单位", help="单位名称（不填为全县干部队伍）")
    p.add_argument("--json", action="store_true",
                   help="以 JSON 输出（含各图表的数据：charts[].categories 与 series[].values）")
    add_full_ids(p)
    p.set_defaults(handler=run_analysis)


def run_analysis(ctx: CliContext, args: argparse.Namespace) -> int:
    from zydesk.services.adjustment.analysis import analyse

    if not 2000 <= args.year <= 2100:
        raise UserError(f"--year：年度 {args.year} 不在 2000–2100 之间")
    a = analyse(ctx.db, args.year, args.unit)
    if args.json:
        note_full_ids(ctx, args, len(a.members) + len(a.follow_up))
        print_json(a.as_json(args.full_ids), args.full_ids)
        return 0
    from zydesk.core.adjustment.analysis import care_text
    from zydesk.services.adjustment.analysis_report import summary

    out = sys.stdout
    out.write(f"{a.year}年度{a.subject}分析研判（以{a.date:%Y-%m-%d}在任领导干部为准）\n{summary(a)}\n")
    for dim, rows in a.structure.counts.items():
        out.write(f"  {dim}：" + "，".join(f"{k} {n}" for k, n in rows) + "\n")
    out.write(f"\n结构缺项：{len(a.gaps)} 个班子\n")
    for g in a.gaps:
        out.write(f"  {g.unit}（{g.size}人）：{'；'.join(g.lacks)}\n")
    out.write(f"\n临近年龄和任期界限：{len(a.near_limit)} 条\n")
    for f in a.near_limit:
        out.write(f"  {f.citation}  {f.cadre.name}  {f.unit} {f.post}  [{f.verdict}]  {f.evidence}\n")
    if a.unit is not None:
        out.write("\n考核排名走势：" + ("，".join(
            f"{p.year} {'一票否决' if p.vetoed else (f'{p.rank}/{p.group_size}' if p.rank else '无得分')}"
            for p in a.trajectory) or "无得分记录") + "\n")
    out.write(f"\n调整后跟踪：{len(a.follow_up)} 名\n")
    for fu in a.follow_up:
        grades = "、".join(f"{y}{g}" for y, g in fu.grades) or "无"
        out.write(f"  {fu.adjusted.name}  {fu.adjusted.decided:%Y-%m-%d} {fu.adjusted.method}  现任：{fu.adjusted.now or fu.adjusted.status}"
                  f"  此后考核：{grades}  关心帮助：{care_text(fu)}{'  ' + fu.attention if fu.attention else ''}\n")
    for note in [*a.settings, *a.notes]:
        out.write(f"注：{note}\n")
    out.write(f"用时 {a.seconds:.2f} 秒。\n")
    return 0
