"""zydesk backup / backups / restore: verified backups of the database file, their list, and the restore."""
from __future__ import annotations

import argparse
import sys

from zydesk.cli.common import CliContext, print_json


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("backup", help="立即备份数据库（校验后保存）", add_help=False,
                       description="用 SQLite 备份接口复制数据库，写入磁盘并做完整性检查后保存到数据库旁的 backups 文件夹。")
    p.add_argument("-h", "--help", action="help", help="显示本帮助并退出")
    p.add_argument("--to", metavar="文件或文件夹", help="再复制一份到该文件或文件夹（如U盘），复制后同样校验")
    p.set_defaults(handler=run_backup)

    p = sub.add_parser("backups", help="列出数据库的备份", add_help=False)
    p.add_argument("-h", "--help", action="help", help="显示本帮助并退出")
    p.add_argument("--json", action="store_true", help="以 JSON 输出（file、time、reason、size、verified）")
    p.set_defaults(handler=run_list)

    p = sub.add_parser("restore", help="从备份恢复数据库", add_help=False,
                       description="先备份当前数据库，再用所选备份替换；备份之后写入的审计记录会保留到恢复后的数据库中。"
                                   "其他数据库的备份或更新版本程序写入的备份将被拒绝。")
    p.add_argument("-h", "--help", action="help", help="显示本帮助并退出")
    p.add_argument("file", metavar="备份文件", help="要恢复的备份文件")
    p.set_defaults(handler=run_restore)


def run_backup(ctx: CliContext, args: argparse.Namespace) -> int:
    from zydesk.services import backups

    backups.file_of(ctx.url)  # PostgreSQL: refused before connecting
    row = backups.backup_now(ctx.db, "manual")
    print(f"已备份并校验：{row.file}（{row.size} 字节）", file=sys.stderr)
    if args.to:
        target = backups.copy_backup(ctx.db, args.to, row.file)
        print(f"已复制并校验：{target}", file=sys.stderr)
    return 0


def run_list(ctx: CliContext, args: argparse.Namespace) -> int:
    from zydesk.services import backups

    backups.file_of(ctx.url)  # PostgreSQL: refused before connecting
    rows = backups.list_backups(ctx.db)
    if args.json:
        print_json([r.as_json() for r in rows])
        return 0
    for r in rows:
        mark = "已校验" if r.verified else "未校验"
        print(f"{r.at:%Y-%m-%d %H:%M:%S}  {r.reason_text:<8}  {r.size:>10} 字节  {mark}  {r.file}")
    if not rows:
        print("还没有备份。", file=sys.stderr)
    return 0


def run_restore(ctx: CliContext, args: argparse.Namespace) -> int:
    from zydesk.services import backups

    backups.file_of(ctx.url)  # PostgreSQL: refused before connecting
    report = backups.restore(ctx.db, args.file)
    print(f"已从“{report.restored_from}”恢复；恢复前的数据库已备份为“{report.safety_copy}”；"
          f"保留了备份之后的 {report.carried} 条审计记录。", file=sys.stderr)
    return 0
