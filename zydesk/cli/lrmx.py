"""zydesk lrmx import FILE|FOLDER|ZIP… [--dry-run] [--accept-name-match] [--json];
zydesk lrmx export ID_NUMBER… -o FILE|FOLDER|ZIP [--age-date D] [--fill-date D].

import exits 2 without writing when any file is refused, or when a file matches a cadre only by name and
birth month and --accept-name-match was not given (the candidates are named)."""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from zydesk.cli.common import CliContext, print_json
from zydesk.core.dates import DateFormatError, parse_date
from zydesk.core.task_state import TaskState
from zydesk.errors import UserError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("lrmx", help="干部任免审批表（.lrmx）的导入与导出",
                       description="导入或导出全国干部任免审批表编辑器的 .lrmx 文件。", add_help=False)
    p.add_argument("-h", "--help", action="help", help="显示本帮助并退出")
    inner = p.add_subparsers(dest="lrmx_command", metavar="子命令", required=True, parser_class=type(p))

    q = inner.add_parser("import", help="导入任免审批表（全部正确才写入）", add_help=False,
                         description="导入 .lrmx 文件、文件夹（含子文件夹）或 .zip 压缩包中的全部任免审批表。"
                                     "按身份证号对应干部，没有身份证号时按姓名和出生年月对应（须加 --accept-name-match 确认），"
                                     "都没有则新建干部。任何一份有问题则一份也不写入，退出码 2。")
    q.add_argument("-h", "--help", action="help", help="显示本帮助并退出")
    q.add_argument("paths", nargs="+", metavar="FILE|FOLDER|ZIP", help="要导入的文件、文件夹或压缩包")
    q.add_argument("--dry-run", action="store_true", help="试导入：只列出将新建、修改什么，不写入")
    q.add_argument("--accept-name-match", action="store_true", help="确认按姓名和出生年月对应到已有干部")
    q.add_argument("--json", action="store_true", help="以 JSON 输出（身份证号遮盖）")
    q.set_defaults(handler=run_import)

    e = inner.add_parser("export", help="导出任免审批表", add_help=False,
                         description="按身份证号导出干部的任免审批表：一人可导出为 .lrmx 文件，多人导出到文件夹或 .zip。")
    e.add_argument("-h", "--help", action="help", help="显示本帮助并退出")
    e.add_argument("id_numbers", nargs="+", metavar="ID_NUMBER", help="干部的公民身份号码")
    e.add_argument("-o", "--out", required=True, metavar="FILE|FOLDER", help="保存到：X.lrmx、文件夹或 X.zip")
    e.add_argument("--age-date", metavar="日期", help="计算年龄时间（默认保留导入的值，否则为今天）")
    e.add_argument("--fill-date", metavar="日期", help="填表时间（默认保留导入的值，否则为今天）")
    e.add_argument("--json", action="store_true", help="以 JSON 输出")
    e.set_defaults(handler=run_export)
    for parser in (q, e):  # --db and --user also after the inner subcommand
        parser.add_argument("--db", metavar="路径或URL", default=argparse.SUPPRESS, help="数据库文件路径或URL")
        parser.add_argument("--user", dest="signin_user", metavar="账号", default=argparse.SUPPRESS,
                            help="登录账号")


def _date(text: str | None, option: str) -> dt.date | None:
    if not text:
        return None
    try:
        return parse_date(text)
    except DateFormatError as exc:
        raise UserError(f"{option}：{exc}") from None


def run_import(ctx: CliContext, args: argparse.Namespace) -> int:
    from zydesk.services.lrmx.importing import ImportRefused, NameMatchNeeded, import_forms, preview_import
    from zydesk.services.lrmx.sources import collect

    state = TaskState()
    sources = collect([Path(p) for p in args.paths], state)
    db = ctx.db
    if args.dry_run:
        plan = preview_import(db, sources, state)
        if args.json:
            print_json({"dry_run": True, **plan.as_json()})
        else:
            _show(plan.as_json())
        return 2 if plan.problems else 0
    try:
        plan = import_forms(db, sources, accept_name_match=args.accept_name_match, state=state)
    except (ImportRefused, NameMatchNeeded) as exc:
        if args.json:
            items = [i.as_json() for i in exc.items] if isinstance(exc, NameMatchNeeded) else []
            problems = exc.problems if isinstance(exc, ImportRefused) else []
            print_json({"imported": False, "problems": problems, "name_matches": items})
        print(exc, file=sys.stderr)
        return 2
    if args.json:
        print_json({"dry_run": False, **plan.as_json()})
    else:
        _show(plan.as_json())
    from zydesk.services.backups import after_import

    after_import(db)
    return 0


def _show(data: dict[str, object]) -> None:
    print(f"任免审批表 {data['files']} 份：新建干部 {data['created']} 名，对应已有干部 {data['matched']} 名"
          f"（有修改 {data['changed']} 名），新任职 {data['new_posts']} 条。", file=sys.stderr)
    for item in data["items"]:  # type: ignore[attr-defined]
        print(f"{item['file']}：{item['name']} {item['id_number']} {item['match']}", file=sys.stderr)
        for change in item["changes"]:
            print(f"    {change['field']}：{change['before'] or '（空）'} → {change['after']}", file=sys.stderr)
        if item["new_post"]:
            print(f"    新任职：{item['new_post']}", file=sys.stderr)
        for warning in item["warnings"]:
            print(f"    提示：{warning}", file=sys.stderr)
    for problem in data["problems"]:  # type: ignore[attr-defined]
        print(problem, file=sys.stderr)


def run_export(ctx: CliContext, args: argparse.Namespace) -> int:
    from zydesk.services.lrmx.exporting import cadre_ids_for, export_forms
    from zydesk.services.lrmx.fill import FillDates

    age, fill = _date(args.age_date, "--age-date"), _date(args.fill_date, "--fill-date")
    db = ctx.db
    ids = cadre_ids_for(db, [n.strip().upper() for n in args.id_numbers])
    done = export_forms(db, ids, Path(args.out), FillDates(age, fill), TaskState())
    if args.json:
        print_json({"target": str(done.target), "files": done.files, "cadre_ids": ids})
    else:
        print(f"已导出任免审批表 {len(done.files)} 份：{done.target}", file=sys.stderr)
    return 0
