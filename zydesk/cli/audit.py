"""zydesk audit list [--since DATE] [--user NAME] [--action A] [--json]; zydesk audit verify [--json];
zydesk audit export -o FILE.xlsx [--since DATE] [--until DATE] [--user NAME] [--action A]. For 审计管理员 only.

verify exits 0 when the chain is whole, 2 when an entry was changed, removed or cut off the end."""
from __future__ import annotations

import argparse
import datetime as dt

from zydesk.cli.common import CliContext, print_json
from zydesk.core.dates import DateFormatError, parse_date
from zydesk.core.security.roles import Permission
from zydesk.errors import UserError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("audit", help="审计记录：查看与完整性校验",
                       description="查看审计记录，或校验审计记录是否被改动、删除。", add_help=False)
    p.add_argument("-h", "--help", action="help", help="显示本帮助并退出")
    inner = p.add_subparsers(dest="audit_command", metavar="子命令", required=True, parser_class=type(p))

    q = inner.add_parser("list", help="列出审计记录", description="按写入顺序列出审计记录。", add_help=False)
    q.add_argument("-h", "--help", action="help", help="显示本帮助并退出")
    q.add_argument("--since", metavar="日期", help="只列此日（YYYY-MM-DD）及以后的记录")
    q.add_argument("--user", metavar="用户", help="只列该用户的记录")
    q.add_argument("--action", metavar="操作", help="只列该操作的记录，如 查看完整身份证号")
    q.add_argument("--json", action="store_true", help="以 JSON 输出")
    q.set_defaults(handler=run_list)

    v = inner.add_parser("verify", help="校验审计记录的完整性",
                         description="逐条核对审计记录的校验链和链头文件；发现改动或删除时退出码为 2。",
                         add_help=False)
    v.add_argument("-h", "--help", action="help", help="显示本帮助并退出")
    v.add_argument("--json", action="store_true", help="以 JSON 输出")
    v.set_defaults(handler=run_verify)

    e = inner.add_parser("export", help="把审计记录导出为 Excel",
                         description="把符合条件的审计记录导出为 Excel 文件（身份证号已遮蔽）；导出本身也记入审计记录。",
                         add_help=False)
    e.add_argument("-h", "--help", action="help", help="显示本帮助并退出")
    e.add_argument("-o", "--output", metavar="文件.xlsx", required=True, help="导出到的文件")
    for parser in (q, e):
        parser.add_argument("--until", metavar="日期", help="只含此日（YYYY-MM-DD）及以前的记录")
    e.add_argument("--since", metavar="日期", help="只含此日（YYYY-MM-DD）及以后的记录")
    e.add_argument("--user", metavar="用户", help="只含该用户的记录")
    e.add_argument("--action", metavar="操作", help="只含该操作的记录")
    e.set_defaults(handler=run_export)
    for parser in (q, v, e):  # --db also after the inner subcommand
        parser.add_argument("--db", metavar="路径或URL", default=argparse.SUPPRESS, help="数据库文件路径或URL")


def _day(args: argparse.Namespace, name: str) -> dt.date | None:
    text = getattr(args, name, None)
    try:
        return parse_date(text) if text else None
    except DateFormatError as exc:
        raise UserError(f"--{name}：{exc}") from None


def run_list(ctx: CliContext, args: argparse.Namespace) -> int:
    from zydesk.services.audit_trail import change_text, entries

    since, until = _day(args, "since"), _day(args, "until")
    found = entries(ctx.db, since, args.user, args.action, until)
    if args.json:
        print_json({"entries": [e.as_json() for e in found]})
        return 0
    for e in found:
        detail = "  ".join(f"{label}：{change_text(v)}" for label, v in (("变更前", e.before), ("变更后", e.after))
                           if v is not None)
        print(f"{e.seq or '—'}  {e.at:%Y-%m-%d %H:%M:%S}  {e.user}{'（' + e.role + '）' if e.role else ''}  "
              f"{e.action}  {e.object_name}"
              f"{' ' + e.object_id if e.object_id else ''}  {e.result}  {detail}")
    if not found:
        print("没有符合条件的审计记录。")
    return 0


def run_verify(ctx: CliContext, args: argparse.Namespace) -> int:
    from zydesk.services.audit_trail import verify

    verdict = verify(ctx.db)
    if args.json:
        print_json(verdict.as_json())
    elif verdict.ok:
        print(f"审计记录完整：共 {verdict.entries} 条，校验链无误。")
    else:
        print(f"审计记录不完整：{verdict.problem}（共 {verdict.entries} 条）。")
    return 0 if verdict.ok else 2


def run_export(ctx: CliContext, args: argparse.Namespace) -> int:
    from zydesk.services.audit_trail import Filter, export_entries

    where = Filter(_day(args, "since"), _day(args, "until"), args.user, args.action)
    count = export_entries(ctx.db, args.output, where)
    print(f"已导出 {count} 条审计记录到 {args.output}（身份证号已遮蔽）。")
    return 0
