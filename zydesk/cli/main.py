"""The `zydesk` command. Exit status: 0 success, 2 bad input or refused (nothing changed), 1 internal error."""
from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
import traceback
from collections.abc import Callable, Iterable, Sequence
from typing import NoReturn

from zydesk import APP_TITLE, __version__
from zydesk.cli.common import CliContext
from zydesk.errors import UserError

# Each module defines register(subparsers) and adds its subcommands; handlers take (ctx, args) → int.
COMMAND_MODULES = [
    "zydesk.cli.data",  # init
    "zydesk.cli.excel",  # template, import, export
    "zydesk.cli.gui",  # gui (the default)
    "zydesk.cli.printing",  # print
    "zydesk.cli.numbers",  # number take/show, seal list/unlock/lock
    "zydesk.cli.ranking",  # rank, awards
    "zydesk.cli.excellent",  # excellent, excellent-quota, excellent-merit, eligibility
    "zydesk.cli.bonus",  # bonus
    "zydesk.cli.tolerance",  # workday, cases
    "zydesk.cli.adjustment",  # scan
    "zydesk.cli.care",  # coverage
    "zydesk.cli.analysis",  # analysis
    "zydesk.cli.backup",  # backup, backups, restore
    "zydesk.cli.check",  # check
    "zydesk.cli.audit",  # audit list, audit verify
    "zydesk.cli.lrmx",  # lrmx import, lrmx export
    "zydesk.cli.users",  # user add/list/lock/unlock/passwd, security-policy, rekey
    "zydesk.cli.migration",  # migrate-to
]

log = logging.getLogger("zydesk")


class ChineseHelpFormatter(argparse.RawDescriptionHelpFormatter):
    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                  groups: Iterable[argparse._MutuallyExclusiveGroup], prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, prefix if prefix is not None else "用法：")


def _translate_argparse() -> None:
    """argparse's own words (usage:, options:, error:) in Chinese."""
    table = {
        "usage: ": "用法：",
        "options": "选项",
        "positional arguments": "位置参数",
        "show this help message and exit": "显示本帮助并退出",
        "the following arguments are required: %s": "缺少必需参数：%s",
        "unrecognized arguments: %s": "无法识别的参数：%s",
        "invalid choice: %(value)r (choose from %(choices)s)": "无效选项 %(value)r（可选：%(choices)s）",
        "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
        "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
        "expected one argument": "需要一个值",
        "invalid %(type)s value: %(value)r": "无效的 %(type)s 值：%(value)r",
    }
    # argparse's messages go through its module-level gettext aliases, which typeshed does not list
    argparse._ = lambda s: table.get(s, s)  # type: ignore[attr-defined]
    argparse.ngettext = lambda s, p, n: table.get(s if n == 1 else p, s if n == 1 else p)  # type: ignore[attr-defined]


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # bad command line = bad input: exit 2 with Chinese text
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}：错误：{message}\n")


def build_parser() -> argparse.ArgumentParser:
    _translate_argparse()
    parser = Parser(
        prog="zydesk",
        description=f"{APP_TITLE}（紫办发〔2016〕15号：鼓励激励、容错纠错、能上能下）",
        formatter_class=ChineseHelpFormatter,
        add_help=False,
    )
    parser.add_argument("-h", "--help", action="help", help="显示本帮助并退出")
    parser.add_argument("--version", action="version", version=f"zydesk {__version__}", help="显示版本号并退出")
    parser.add_argument("--db", metavar="路径或URL", help="数据库文件路径或数据库URL（默认：用户数据目录；也可用环境变量 ZYDESK_DB）")
    parser.add_argument("--user", dest="signin_user", metavar="账号",
                        help="登录账号（也可用环境变量 ZYDESK_USER；口令用 ZYDESK_PASSWORD 或按提示输入）")
    sub = parser.add_subparsers(dest="command", metavar="命令", parser_class=Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    for subparser in sub.choices.values():  # --db and --user are also accepted after the subcommand
        subparser.add_argument("--db", metavar="路径或URL", default=argparse.SUPPRESS, help="数据库文件路径或URL")
        subparser.add_argument("--user", dest="signin_user", metavar="账号", default=argparse.SUPPRESS,
                               help="登录账号")
    return parser


def _storage_refusal(exc: Exception) -> str | None:
    """A database failure the clerk can act on (another writer held the file too long, full or read-only
    disk): the Chinese message, or None for a genuine internal error."""
    from zydesk.services.refusals import storage_refusal

    return storage_refusal(exc)  # also a record another clerk changed meanwhile


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args([*argv, "gui"])
    handler: Callable[[CliContext, argparse.Namespace], int] = args.handler
    ctx = CliContext(db_arg=args.db, user=args.signin_user)
    from zydesk.services.crash_log import mask_log_records

    mask_log_records()
    try:
        from zydesk.tempfiles import clean_leftovers

        clean_leftovers()  # what a killed export or template left behind
        return handler(ctx, args)
    except UserError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("已取消。", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `zydesk ... | head`: the reader has gone, nothing is wrong here
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:
        refusal = _storage_refusal(exc)
        if refusal is not None:  # locked by another writer, disk full, read-only: nothing was written
            print(f"错误：{refusal}", file=sys.stderr)
            return 2
        path = ctx.write_crash_log(traceback.format_exc())
        print(f"内部错误，详情已写入日志：{path}", file=sys.stderr)
        return 1
    finally:
        ctx.close()
