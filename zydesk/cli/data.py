"""zydesk init [--demo]."""
from __future__ import annotations

import argparse
import sys

from zydesk.cli.common import CliContext
from zydesk.errors import UserError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("init", help="创建或升级数据库", description="创建数据库（已存在则检查并升级结构）。",
                       add_help=False)
    p.add_argument("-h", "--help", action="help", help="显示本帮助并退出")
    p.add_argument("--demo", action="store_true", help="在空数据库中填入演示数据（虚构的紫阳县）")
    p.set_defaults(handler=run_init)


def run_init(ctx: CliContext, args: argparse.Namespace) -> int:
    db = ctx.db  # opening creates and migrates
    if args.demo:
        from zydesk.demo import fill_demo, has_data

        if has_data(db):
            raise UserError("数据库中已有数据，演示数据只能填入空数据库。请用 --db 指定一个新文件。")
        summary = fill_demo(db, progress=lambda done, total: None)
        print(f"已填入演示数据：{summary}", file=sys.stderr)
    print(f"数据库就绪：{ctx.url}", file=sys.stderr)
    return 0
