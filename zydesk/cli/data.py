"""zydesk init [--demo] --admin NAME."""
from __future__ import annotations

import argparse
import sys

from zydesk.cli.common import CliContext, ask_password
from zydesk.errors import UserError
from zydesk.storage.engine import is_server, server_in_use, sqlite_path, url_label
from zydesk.storage.uow import Database


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("init", help="创建或升级数据库",
                       description="创建加密的数据库和它的系统管理员账号（口令取自环境变量 ZYDESK_PASSWORD，"
                                   "或按提示输入两次），并显示一次恢复密钥；数据库已存在时登录并检查、升级结构。",
                       add_help=False)
    p.add_argument("-h", "--help", action="help", help="显示本帮助并退出")
    p.add_argument("--admin", metavar="账号名", help="新数据库的系统管理员账号名")
    p.add_argument("--demo", action="store_true",
                   help="在新数据库中填入演示数据（虚构的紫阳县），并为其他每个角色建一个与管理员同口令的账号")
    p.set_defaults(handler=run_init)


def _exists(url: str) -> bool:
    path = sqlite_path(url)
    if path is None:
        return not is_server(url) or server_in_use(url)
    return path.exists() and path.stat().st_size > 0


def run_init(ctx: CliContext, args: argparse.Namespace) -> int:
    if not _exists(ctx.url):
        return _create(ctx, args)
    if args.demo:
        raise UserError("数据库已存在，演示数据只能填入新数据库。请用 --db 指定一个新文件。")
    path = sqlite_path(ctx.url)
    if path is not None and args.admin:
        from zydesk.services.security.conversion import finish_interrupted
        from zydesk.storage import cipher, keyslots

        resumed = finish_interrupted(path) == "swapped"  # a conversion killed after its swap
        if resumed or (cipher.is_clear_sqlite(path) and not keyslots.exists(path)):  # a first-version file
            return _convert(ctx, args)
    ctx.db  # signing in opens, checks and upgrades  # noqa: B018
    print(f"数据库就绪：{url_label(ctx.url)}", file=sys.stderr)
    return 0


def _create(ctx: CliContext, args: argparse.Namespace) -> int:
    from zydesk.services.security.signin import create_database

    if not args.admin:
        raise UserError("新建数据库须用 --admin 指定系统管理员账号名，例如：zydesk init --admin 张三")
    password = ask_password(f"为系统管理员“{args.admin}”设置口令：", twice=True)
    fill = None
    if args.demo:
        from zydesk.demo import fill_demo

        def fill(db: Database) -> None:
            summary = fill_demo(db, progress=lambda done, total: None)
            print(f"已填入演示数据：{summary}", file=sys.stderr)

    created = create_database(ctx.url, args.admin, password, demo=args.demo, fill=fill)
    ctx.use(created.db)
    if created.recovery_key:
        _show_recovery_key(created.recovery_key)
    if args.demo:
        print("演示账号：安全管理员、审计管理员、录入员、审核员、查阅员，口令与系统管理员相同。", file=sys.stderr)
    if created.path is None:
        print(f"数据库就绪：{url_label(ctx.url)}（服务器数据库：加密与备份由服务器负责，见部署说明）", file=sys.stderr)
    else:
        print(f"数据库就绪：{url_label(ctx.url)}（已加密）", file=sys.stderr)
    return 0


def _show_recovery_key(key: str) -> None:
    print("恢复密钥（只显示这一次；请抄写或打印后密封保管。所有口令都遗失时，凭它用 zydesk rekey 重设管理员口令）：",
          file=sys.stderr)
    print(key)  # stdout: the one thing a script may capture


def _convert(ctx: CliContext, args: argparse.Namespace) -> int:
    from zydesk.services.security.conversion import convert_clear

    password = ask_password(f"为系统管理员“{args.admin}”设置口令：", twice=True)
    done = convert_clear(ctx.url, args.admin, password)
    ctx.use(done.db)
    print(done.report, file=sys.stderr)
    _show_recovery_key(done.recovery_key)
    return 0
