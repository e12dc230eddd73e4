"""zydesk gui [--smoke]."""
from __future__ import annotations

import argparse

from zydesk.cli.common import CliContext


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("gui", help="打开图形界面（默认）", add_help=False)
    p.add_argument("-h", "--help", action="help", help="显示本帮助并退出")
    p.add_argument("--smoke", action="store_true", help="打开主窗口，显示首屏数据后输出耗时（JSON）并退出")
    p.set_defaults(handler=run_gui)


def run_gui(ctx: CliContext, args: argparse.Namespace) -> int:
    from ui.app import run

    return run(ctx.url, smoke=args.smoke, user=ctx.user)
