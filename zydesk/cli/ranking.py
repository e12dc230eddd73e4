"""zydesk rank --year Y [--group NAME] [--json]; zydesk awards --year Y [--json]."""
from __future__ import annotations

import argparse
import unicodedata
from collections.abc import Sequence

from zydesk.cli.common import CliContext, print_json
from zydesk.core.incentives.ranking import fmt_num, result_json
from zydesk.errors import UserError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("rank", help="年度目标责任考核排名与一、二、三等奖",
                       description="按考核类别排名并评定年度目标责任考核奖（第五条第（一）项）。", add_help=False)
    p.add_argument("-h", "--help", action="help", help="显示本帮助并退出")
    p.add_argument("--year", type=int, required=True, metavar="年度", help="考核年度，如 2024")
    p.add_argument("--group", metavar="类别", help="只显示该考核类别")
    p.add_argument("--json", action="store_true", help="以 JSON 输出（结构固定，供其他程序读取）")
    p.set_defaults(handler=run_rank)

    a = sub.add_parser("awards", help="列出某年度的全部奖项及依据",
                       description="列出年度目标责任考核奖、追赶超越贡献奖及录入的各类奖项，并注明依据。",
                       add_help=False)
    a.add_argument("-h", "--help", action="help", help="显示本帮助并退出")
    a.add_argument("--year", type=int, required=True, metavar="年度", help="年度，如 2024")
    a.add_argument("--json", action="store_true", help="以 JSON 输出")
    a.set_defaults(handler=run_awards)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(_width(h), *(_width(r[i]) for r in rows)) if rows else _width(h) for i, h in enumerate(headers)]
    lines = ["  ".join(_pad(h, w) for h, w in zip(headers, widths, strict=True)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(_pad(c, w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    return "\n".join(lines)


def run_rank(ctx: CliContext, args: argparse.Namespace) -> int:
    from zydesk.services.incentives.ranking import compute_ranking

    with ctx.db.read() as s:
        result = compute_ranking(s, args.year)
    if args.group and all(g.group != args.group for g in result.groups):
        known = "、".join(g.group for g in result.groups) or "（无）"
        raise UserError(f"{args.year}年度没有考核类别“{args.group}”。已有：{known}")
    if args.json:
        print_json(result_json(result, args.group))
        return 0
    st = result.settings.describe()
    print(f"{args.year}年度目标责任考核排名（第五条第（一）项）")
    print(f"设置：一等奖比例 {fmt_num(result.settings.quota_percent)}%，{st['rounding_text']}；"
          f"“优先”理解：{st['priority_reading_text']}；名额边界并列：{st['tie_rule_text']}；"
          f"二等奖比例 {fmt_num(result.settings.second_percent)}%（本地设置）")
    for g in result.groups:
        if args.group and g.group != args.group:
            continue
        print()
        print(f"【{g.group}】参评 {g.size} 个，一等奖名额 {g.quota_formula}；二等奖名额 {g.second_formula}（本地设置）")
        rows = []
        for u in g.units:
            flags = "、".join(x for x, f in (("否决", u.vetoed), ("直接", u.direct), ("优先", u.priority),
                                            ("并列", u.tied), ("待裁定", u.pending), ("末位", u.is_last)) if f)
            award = (u.award or "—") + ("（人工调整）" if u.override else "")
            rows.append([str(u.rank or "—"), u.name, f"{u.score:.2f}" if u.score is not None else "未录入",
                         flags, award, u.basis_text])
        print(table(["名次", "单位", "得分", "标记", "奖项", "依据"], rows))
        for w in g.warnings:
            print(f"注意：{w}")
    if not result.groups:
        print("（没有单位）")
    return 0


def run_awards(ctx: CliContext, args: argparse.Namespace) -> int:
    from zydesk.services.incentives.awards import all_awards, village_warning

    with ctx.db.read() as s:
        lines = all_awards(s, args.year)
        warning = village_warning(s, args.year)
    if args.json:
        print_json({"year": args.year, "awards": [a.as_json() for a in lines],
                    "warnings": [warning] if warning else []})
        return 0
    print(f"{args.year}年度奖项")
    print(table(["奖项", "等次", "单位", "说明", "依据", "来源"],
                [[a.kind, a.grade or "", a.unit, a.detail, a.basis, a.source] for a in lines]))
    if warning:
        print(f"注意：{warning}")
    return 0
