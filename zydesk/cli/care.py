"""zydesk coverage --year Y [--json]: the year's 关心关爱 coverage (《鼓励激励实施办法》第二十五、二十八、二十九条)."""
from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from zydesk.cli.common import CliContext, year_report


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("coverage", help="关心关爱年度覆盖：未谈心谈话、未体检、未培训、年休假与调休",
                       description="列出某年度在职干部中没有谈心谈话、体检、培训记录的人员，未休完的年休假和"
                                   "尚欠的调休、补休，以及各单位的覆盖比例（鼓励激励实施办法第二十五、二十八、二十九条）。"
                                   "日期在该年度1月1日至12月31日之间的记录计入该年度。",
                       add_help=False)
    p.add_argument("-h", "--help", action="help", help="显示本帮助并退出")
    p.add_argument("--year", type=int, default=dt.date.today().year, metavar="年份", help="年度（默认今年）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出（公民身份号码遮盖，含 cadre_id 与条款）")
    p.set_defaults(handler=run_coverage)


def run_coverage(ctx: CliContext, args: argparse.Namespace) -> int:
    from zydesk.services.incentives.care import coverage_json

    data = year_report(ctx, args, coverage_json)
    if data is None:
        return 0
    _print_text(data)
    return 0


def _print_text(data: dict[str, Any]) -> None:
    print(f"{data['year']} 年关心关爱覆盖（在职干部 {data['people']} 人）")
    for d in data["duties"]:
        print(f"{d['what']}：{d['covered']}/{d['total']}（{d['percent']}%），依据第{_cn(d['article'])}条")
        for m in d["missing"]:
            print(f"  未{d['what']}：{m['name']}（{m['unit'] or '无现任职务'}）")
    if data["leave"]:
        print("年休假与调休（第二十八条）：")
        for row in data["leave"]:
            print(f"  {row['name']}：未休年休假 {row['leave_not_taken']} 天，尚欠调休补休 {row['rest_owed']} 天")
    print("各单位覆盖比例：")
    for u in data["units"]:
        parts = "，".join(f"{w} {u[w]['percent']}%" for w in ("谈心谈话", "体检", "培训"))
        print(f"  {u['unit']}（{u['total']} 人）：{parts}")


def _cn(n: int) -> str:
    from zydesk.core.citation import cn_number

    return cn_number(n)
