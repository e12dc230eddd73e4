"""zydesk template / import / export: Excel in and out from the command line."""
from __future__ import annotations

import argparse
import sys
import time

from zydesk.cli.common import CliContext
from zydesk.core.task_state import TaskState
from zydesk.errors import ValidationError


def _kinds_help() -> str:
    from zydesk.excel.kinds import KINDS, REGISTRY

    lines = ["数据种类（KIND）："]
    width = max(map(len, KINDS), default=0) + 2
    for name, title in KINDS.items():
        cols = "、".join(c.name + ("*" if c.required else "") for c in REGISTRY[name].columns)
        lines.append(f"  {name:<{width}}{title}：{cols}")
    lines.append("带 * 的列必填。")
    return "\n".join(lines)


class _HelpWithKinds(argparse.Action):
    """-h/--help that lists the kinds and their columns. The list is built only when help is asked for:
    it imports every kind module, which the start of every other command (the desktop program) need not pay."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS,
                 default: str = argparse.SUPPRESS, help: str | None = None) -> None:  # noqa: A002
        super().__init__(option_strings=option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: object,
                 option_string: str | None = None) -> None:
        parser.epilog = _kinds_help()
        parser.print_help()
        parser.exit()


def _parser(sub: argparse._SubParsersAction[argparse.ArgumentParser],
            name: str, help_text: str, description: str) -> argparse.ArgumentParser:
    from zydesk.cli.main import ChineseHelpFormatter

    p = sub.add_parser(name, help=help_text, description=description, add_help=False,
                       formatter_class=ChineseHelpFormatter)
    p.add_argument("-h", "--help", action=_HelpWithKinds, help="显示本帮助（含全部数据种类及其列）并退出")
    p.add_argument("kind", metavar="KIND", help="数据种类，如 units（单位）、cadres（干部信息）；全部种类见 -h")
    return p


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = _parser(sub, "template", "生成空白 Excel 导入模板", "生成带中文列名、填写说明和下拉选项的空白导入模板。")
    p.add_argument("out", metavar="OUT.xlsx", help="模板保存路径")
    p.set_defaults(handler=run_template)

    p = _parser(sub, "import", "从 Excel 导入数据（全部正确才写入）",
                "从 .xlsx 导入数据。先检查全部行：有任何错误则一行也不写入，错误逐条输出到标准错误"
                "（第N行 «列名»: 说明），退出码 2。同一文件重复导入不会重复写入。")
    p.add_argument("file", metavar="FILE.xlsx", help="要导入的文件")
    p.add_argument("--dry-run", action="store_true", help="试导入：只检查并报告将新增、更新多少条，不写入")
    p.add_argument("--errors-out", metavar="错误清单.xlsx",
                   help="有错误时另存“错误清单”：原表加“错误说明”列，出错的单元格标红，便于就地改正后重新导入")
    p.set_defaults(handler=run_import)

    p = _parser(sub, "export", "把数据导出为 Excel", "导出为与导入模板相同列的 .xlsx，可修改后重新导入。")
    p.add_argument("out", metavar="OUT.xlsx", help="导出文件保存路径")
    p.add_argument("--year", type=int, metavar="年度", help="只导出该年度（考核、测评、得分按年度；表彰、处分按日期所在年度）")
    p.set_defaults(handler=run_export)


def _progress(label: str) -> TaskState:
    """Progress on stderr, at most twice a second, only when stderr is a terminal."""
    if not sys.stderr.isatty():
        return TaskState()
    last = [0.0]

    def show(done: int, total: int, message: str) -> None:
        now = time.monotonic()
        if now - last[0] >= 0.5:
            last[0] = now
            print(f"{label}：{message}", file=sys.stderr)

    return TaskState(on_progress=show)


def run_template(ctx: CliContext, args: argparse.Namespace) -> int:
    from zydesk.excel import KINDS, get_kind, write_template

    get_kind(args.kind)  # an unknown kind: UserError listing the known ones (exit 2)
    path = write_template(ctx.db, args.kind, args.out)
    print(f"已生成“{KINDS[args.kind]}”导入模板：{path}", file=sys.stderr)
    return 0


def run_import(ctx: CliContext, args: argparse.Namespace) -> int:
    from zydesk.excel import KINDS, get_kind, import_file

    get_kind(args.kind)
    try:
        report = import_file(ctx.db, args.kind, args.file, dry_run=args.dry_run,
                             state=_progress(f"导入{KINDS[args.kind]}"))
    except ValidationError as exc:
        print(f"导入“{KINDS[args.kind]}”未执行：文件中有 {len(exc.errors)} 处问题，未写入任何数据。", file=sys.stderr)
        for e in exc.errors:
            print(e, file=sys.stderr)
        if args.errors_out:
            from zydesk.services.excel_files import write_error_list

            out = write_error_list(args.kind, args.file, exc.errors, args.errors_out)
            print(f"已导出错误清单：{out}", file=sys.stderr)
        return 2
    print(report.summary(), file=sys.stderr)
    if not args.dry_run:
        from zydesk.services.backups import after_import

        after_import(ctx.db)
    return 0


def run_export(ctx: CliContext, args: argparse.Namespace) -> int:
    from zydesk.excel import KINDS, export_kind, get_kind

    get_kind(args.kind)
    n = export_kind(ctx.db, args.kind, args.out, year=args.year, state=_progress(f"导出{KINDS[args.kind]}"))
    scope = f"{args.year} 年度" if args.year is not None else "全部"
    print(f"已导出“{KINDS[args.kind]}”（{scope}）{n} 行：{args.out}", file=sys.stderr)
    return 0
