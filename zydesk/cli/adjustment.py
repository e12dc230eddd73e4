"""zydesk scan --year Y [--date YYYY-MM-DD] [--json]: the 能上能下 findings of a year."""
from __future__ import annotations

import argparse
import datetime as dt
import sys

from zydesk.cli.common import CliContext, add_full_ids, note_full_ids, print_json
from zydesk.core.adjustment.finding import ARTICLE_TITLES
from zydesk.core.citation import cn_number
from zydesk.core.dates import DateFormatError, parse_date
from zydesk.errors import UserError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("scan", help="能上能下：扫描应调整情形",
                       description="按《能上能下实施办法》逐条比对一年的考核、测评、责任认定等数据，列出应调整的情形。",
                       add_help=False)
    p.add_argument("-h", "--help", action="help", help="显示本帮助并退出")
    p.add_argument("--year", type=int, required=True, metavar="年度", help="考核年度，如 2025")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="以哪一天在任的干部为准（默认该年12月31日）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    add_full_ids(p)
    p.set_defaults(handler=run_scan)


def _date(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return parse_date(text)
    except DateFormatError as exc:
        raise UserError(f"--date：{exc}") from None


def run_scan(ctx: CliContext, args: argparse.Namespace) -> int:
    from zydesk.services.adjustment.scan import scan

    if not 2000 <= args.year <= 2100:
        raise UserError(f"--year：年度 {args.year} 不在 2000–2100 之间")
    with ctx.db.read() as session:
        result = scan(session, args.year, _date(args.date))
    if args.json:
        note_full_ids(ctx, args, len({f.cadre.id for f in result.findings}))
        print_json(result.as_json(args.full_ids), args.full_ids)
        return 0
    out = sys.stdout
    out.write(f"{result.year}年度能上能下扫描（以{result.date:%Y-%m-%d}在任干部为准）：{len(result.findings)} 条情形\n")
    current = None
    for f in result.findings:
        if f.citation.article != current:
            current = f.citation.article
            out.write(f"\n【第{cn_number(current)}条 {ARTICLE_TITLES.get(current, '')}】\n")
        tol = f"（减责：{f.tolerance_note}）" if f.tolerance else ""
        out.write(f"  {f.citation}  {f.cadre.name}  {f.unit} {f.post}  [{f.verdict}]{tol}\n"
                  f"      {f.evidence}\n      可采取：{'、'.join(f.methods)}\n")
    if not result.findings:
        out.write("未发现应调整的情形。\n")
    for note in result.notes:
        out.write(f"注：{note}\n")
    out.write(f"用时 {result.seconds:.2f} 秒。\n")
    return 0
