"""zydesk user add|list|lock|unlock|passwd, zydesk security-policy, zydesk rekey.

Who may do which is the permission matrix's (zydesk.core.security.roles): the services refuse the others
(exit 2). New passwords come from ZYDESK_NEW_PASSWORD or are typed twice at a terminal."""
from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from zydesk.cli.common import CliContext, ask_password, interactive, print_json
from zydesk.core.security.roles import Permission, parse_roles
from zydesk.errors import UserError

NEW_PASSWORD = "ZYDESK_NEW_PASSWORD"
RECOVERY_KEY = "ZYDESK_RECOVERY_KEY"
# security-policy options: (option, dest, label)
POLICY_OPTIONS = (("--min-length", "min_length", "口令最短长度（8–64）"),
                  ("--classes", "classes", "口令至少含几类字符（2–4：大写、小写、数字、其他）"),
                  ("--max-age-days", "max_age_days", "口令有效天数（0 表示不限）"),
                  ("--attempts", "attempts", "连续输错几次锁定账号（3–10）"),
                  ("--lock-minutes", "lock_minutes", "锁定分钟数（1–1440）"),
                  ("--idle-minutes", "idle_minutes", "窗口空闲几分钟后锁屏（1–60）"))


def _parser(sub: argparse._SubParsersAction[argparse.ArgumentParser], name: str, help_text: str,
            description: str | None = None) -> argparse.ArgumentParser:
    p = sub.add_parser(name, help=help_text, description=description or help_text, add_help=False)
    p.add_argument("-h", "--help", action="help", help="显示本帮助并退出")
    return p


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = _parser(sub, "user", "账号：新建、列出、停用、解锁、改口令",
                "管理登录账号。新建账号须系统管理员；停用、解锁、重设他人口令须安全管理员；"
                "列出账号须系统管理员或安全管理员；每个账号都可修改本人口令。")
    inner = p.add_subparsers(dest="user_command", metavar="子命令", required=True, parser_class=type(p))

    q = _parser(inner, "add", "新建账号（系统管理员）",
                f"新建账号并授予角色，口令取自环境变量 {NEW_PASSWORD}，或在终端按提示输入两次。"
                "三员（系统管理员、安全管理员、审计管理员）各自单独成号，不能兼任业务角色。")
    q.add_argument("name", metavar="账号名")
    q.add_argument("--role", required=True, metavar="角色",
                   help="角色，多个用逗号分隔：系统管理员、安全管理员、审计管理员、录入员、审核员、查阅员")
    q.set_defaults(handler=run_add)

    q = _parser(inner, "list", "列出账号、角色和状态（系统管理员、安全管理员）")
    q.add_argument("--json", action="store_true",
                   help="以 JSON 输出：{\"accounts\": [{name, roles, status, disabled, locked_until, "
                        "password_changed_at, password_expires, created_at, created_by}]}")
    q.set_defaults(handler=run_list)

    q = _parser(inner, "lock", "停用账号（安全管理员）", "停用账号：该账号不能再登录，直到解锁。")
    q.add_argument("name", metavar="账号名")
    q.set_defaults(handler=run_lock)

    q = _parser(inner, "unlock", "解锁账号（安全管理员）", "启用被停用的账号，并解除连续输错口令造成的锁定。")
    q.add_argument("name", metavar="账号名")
    q.set_defaults(handler=run_unlock)

    q = _parser(inner, "passwd", "修改本人口令，或重设他人口令（安全管理员）",
                f"不给账号名：修改本人口令（原口令即登录口令 ZYDESK_PASSWORD，新口令取自 {NEW_PASSWORD} 或按提示输入两次）。"
                "给出账号名：安全管理员为该账号重设口令，该账号下次在窗口中登录时须设置新口令。")
    q.add_argument("name", nargs="?", metavar="账号名")
    q.set_defaults(handler=run_passwd)
    for parser in inner.choices.values():  # --db and --user also after the inner subcommand
        parser.add_argument("--db", metavar="路径或URL", default=argparse.SUPPRESS, help="数据库文件路径或URL")
        parser.add_argument("--user", dest="signin_user", metavar="账号", default=argparse.SUPPRESS,
                            help="登录账号")

    p = _parser(sub, "security-policy", "查看或修改口令和锁定策略",
                "不带选项时显示当前策略；带选项时修改（须安全管理员），未给出的项不变。")
    for option, dest, label in POLICY_OPTIONS:
        p.add_argument(option, dest=dest, type=int, metavar="N", help=label)
    p.add_argument("--json", action="store_true",
                   help="以 JSON 输出：{min_length, classes, max_age_days, attempts, lock_minutes, idle_minutes}")
    p.set_defaults(handler=run_policy)

    p = _parser(sub, "rekey", "所有口令遗失时，凭恢复密钥重设系统管理员口令",
                f"用创建数据库时显示的恢复密钥打开数据库，为系统管理员账号设置新口令（取自环境变量 {NEW_PASSWORD}，"
                "或按提示输入两次）；数据本身不重新加密，其他账号的口令不变。")
    p.add_argument("--recovery-key", nargs="?", const="", default="", metavar="恢复密钥",
                   help=f"恢复密钥（不建议写在命令行上：会留在命令历史中；不写时取自环境变量 {RECOVERY_KEY}，或按提示输入）")
    p.add_argument("--admin", required=True, metavar="账号名", help="要重设口令的系统管理员账号")
    p.set_defaults(handler=run_rekey)


def _new_password(prompt: str) -> str:
    return ask_password(prompt, env=NEW_PASSWORD, twice=True)


def run_add(ctx: CliContext, args: argparse.Namespace) -> int:
    from zydesk.services.security.accounts import add_account

    try:
        roles = parse_roles(args.role)
    except ValueError as exc:
        raise UserError(f"--role：{exc}") from None
    db = ctx.db  # signed in (and refused) before a new password is asked for
    db.require(Permission.ACCOUNTS)
    add_account(db, args.name, roles, _new_password(f"为账号“{args.name}”设置口令："))
    print(f"已新建账号“{args.name.strip()}”（{'、'.join(roles)}）。", file=sys.stderr)
    return 0


def run_list(ctx: CliContext, args: argparse.Namespace) -> int:
    from zydesk.services.security.accounts import list_accounts

    rows = list_accounts(ctx.db)
    if args.json:
        print_json({"accounts": [r.as_json() for r in rows]})
        return 0
    for r in rows:
        expires = f"口令有效至 {r.password_expires}" if r.password_expires else "口令长期有效"
        print(f"{r.name}  {r.roles}  {r.status}  {expires}  {r.created_at:%Y-%m-%d} 由 {r.created_by} 创建")
    return 0


def run_lock(ctx: CliContext, args: argparse.Namespace) -> int:
    from zydesk.services.security.accounts import set_disabled

    set_disabled(ctx.db, args.name, True)
    print(f"已停用账号“{args.name}”。", file=sys.stderr)
    return 0


def run_unlock(ctx: CliContext, args: argparse.Namespace) -> int:
    from zydesk.services.security.accounts import set_disabled

    set_disabled(ctx.db, args.name, False)
    print(f"已解锁账号“{args.name}”。", file=sys.stderr)
    return 0


def run_passwd(ctx: CliContext, args: argparse.Namespace) -> int:
    from zydesk.services.security.accounts import change_own_password, reset_password

    db = ctx.db
    if args.name and args.name.strip() != db.principal.name:
        db.require(Permission.UNLOCK)
        reset_password(db, args.name.strip(), _new_password(f"为账号“{args.name}”设置新口令："))
        print(f"已重设账号“{args.name}”的口令；该账号下次在窗口中登录时须设置新口令。", file=sys.stderr)
        return 0
    old = ctx.password
    assert old is not None  # signed in with it
    change_own_password(db, old, _new_password("新口令："))
    print("口令已修改。", file=sys.stderr)
    return 0


def _policy_json(policy: Any) -> dict[str, int]:
    return {"min_length": policy.password.min_length, "classes": policy.password.min_classes,
            "max_age_days": policy.password.max_age_days, "attempts": policy.lockout.attempts,
            "lock_minutes": policy.lockout.minutes, "idle_minutes": policy.idle_minutes}


def run_policy(ctx: CliContext, args: argparse.Namespace) -> int:
    from dataclasses import replace

    from zydesk.services.security.accounts import SecurityPolicy, security_policy, set_security_policy

    current = security_policy(ctx.db)
    given = {dest: getattr(args, dest) for _, dest, _ in POLICY_OPTIONS if getattr(args, dest) is not None}
    if given:
        p, lo = current.password, current.lockout
        current = SecurityPolicy(
            replace(p, min_length=given.get("min_length", p.min_length),
                    min_classes=given.get("classes", p.min_classes),
                    max_age_days=given.get("max_age_days", p.max_age_days)),
            replace(lo, attempts=given.get("attempts", lo.attempts), minutes=given.get("lock_minutes", lo.minutes)),
            given.get("idle_minutes", current.idle_minutes))
        set_security_policy(ctx.db, current)
        print("安全策略已修改。", file=sys.stderr)
    data = _policy_json(current)
    if args.json:
        print_json(data)
        return 0
    print(f"口令最短长度：{data['min_length']} 位\n口令至少含字符类别：{data['classes']} 类\n"
          f"口令有效天数：{str(data['max_age_days']) + ' 天' if data['max_age_days'] else '不限'}\n连续输错锁定：{data['attempts']} 次，"
          f"锁定 {data['lock_minutes']} 分钟\n空闲锁屏：{data['idle_minutes']} 分钟")
    return 0


def _recovery_key(given: str) -> str:
    if given:  # still accepted, but a key typed on the command line stays in the shell's history
        print("注意：恢复密钥写在了命令行上，可能留在命令历史中。请清除本次命令历史；以后请按提示输入，"
              f"或用环境变量 {RECOVERY_KEY} 提供。", file=sys.stderr)
        return given
    key = os.environ.get(RECOVERY_KEY, "")
    if key:
        return key
    if not interactive():
        raise UserError(f"需要恢复密钥：按提示输入，或用环境变量 {RECOVERY_KEY} 提供。")
    return getpass.getpass("恢复密钥：")


def run_rekey(ctx: CliContext, args: argparse.Namespace) -> int:
    from zydesk.services.security.signin import recover

    key = _recovery_key(args.recovery_key)
    signed = recover(ctx.url, key, args.admin.strip(),
                     _new_password(f"为系统管理员“{args.admin}”设置新口令："))
    ctx.use(signed.db)
    print(f"已凭恢复密钥重设系统管理员“{args.admin}”的口令，请用新口令登录。", file=sys.stderr)
    return 0
