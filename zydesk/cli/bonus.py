"""zydesk bonus --year Y [--json]: the 奖金 page of a year (第十一条至第十五条)."""
from __future__ import annotations

import argparse

from zydesk.cli.common import CliContext, year_report


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("bonus", help="某年度的奖金标准与奖金分配方案（第十一条至第十五条）",
                       description="列出奖金标准（按奖项和等次）、各考核等次的分配系数、尾数处理方式，以及已保存的"
                                   "奖金分配方案和每人金额。", add_help=False)
    p.add_argument("-h", "--help", action="help", help="显示本帮助并退出")
    p.add_argument("--year", type=int, required=True, metavar="年度", help="年度，如 2025")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    p.set_defaults(handler=run_bonus)


def run_bonus(ctx: CliContext, args: argparse.Namespace) -> int:
    from zydesk.services.incentives.registers import bonus_json

    data = year_report(ctx, args, bonus_json)
    if data is None:
        return 0
    print(f"{args.year}年度奖金标准")
    for a in data["amounts"]:
        print(f"  {a['award_kind']}{' ' + a['grade'] if a['grade'] else ''}：{a['amount']} 元")
    if not data["amounts"]:
        print("  （尚未设置）")
    coef = "；".join(f"{g} {c if c is not None else '逐人确定'}" for g, c in data["coefficients"].items())
    print(f"分配系数：{coef}。尾数：{data['remainder_rule']['text']}")
    for p in data["plans"]:
        print(f"\n{p['unit']} {p['award_kind']}{' ' + p['grade'] if p['grade'] else ''}：总额 {p['total']} 元，"
              f"发放 {p['paid']} 元，结余 {p['left']} 元（{p['formula']}）")
        for s in p["shares"]:
            print(f"  {s['name']}  {s['grade']}  系数 {s['coefficient']}  {s['amount']} 元")
    return 0
