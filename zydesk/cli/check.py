"""zydesk check [--json]: 检查数据库. Exit 0 when sound, 2 when problems were found; the file is never changed."""
from __future__ import annotations

import argparse
import sys

from zydesk.cli.common import CliContext, print_json


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("check", help="检查数据库（不修改数据库）",
                       description="先把数据库文件原样复制到 backups/checks/（标为“未检查”），再检查文件结构、"
                                   "引用关系和本程序的数据规则。不修改数据库。发现问题时退出码为 2。",
                       add_help=False)
    p.add_argument("-h", "--help", action="help", help="显示本帮助并退出")
    p.add_argument("--json", action="store_true", help="以 JSON 输出：{\"ok\": 是否无问题, \"problems\": [...]}")
    p.set_defaults(handler=run_check)


def run_check(ctx: CliContext, args: argparse.Namespace) -> int:
    from zydesk.cli.common import ask_password
    from zydesk.core.security.roles import Permission, may
    from zydesk.errors import NotPermitted
    from zydesk.services.checking import check_url
    from zydesk.services.security.signin import roles_in_file, unlock_key

    name = ctx.account()  # the key only: opening would upgrade the file
    unlock_key(ctx.url, name, ask_password(f"{name} 的口令："))
    roles = roles_in_file(ctx.url, name)  # None: too damaged to tell; the password opened it, so go on
    if roles is not None and not may(roles, Permission.BACKUP):
        raise NotPermitted(f"当前账号 {name} 无权{Permission.BACKUP}（须由系统管理员检查数据库）。")
    report = check_url(ctx.url, names=roles is not None and may(roles, Permission.READ))
    if args.json:
        print_json(report.as_json())
    else:
        print(report.summary())
    print("检查完毕：" + ("未发现问题" if report.ok else f"发现 {len(report.problems)} 个问题"), file=sys.stderr)
    return 0 if report.ok else 2
