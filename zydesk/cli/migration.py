"""zydesk migrate-to URL [--json]: the signed-in database file copied into an empty PostgreSQL database
and verified (系统管理员). Exit 0 when every table and the audit chain agree; 1 when the copy does not
verify (the server database is left empty); 2 when refused (not permitted, not an empty server database,
server unreachable: nothing changed)."""
from __future__ import annotations

import argparse
import sys
import unicodedata

from zydesk.cli.common import CliContext, print_json
from zydesk.storage.engine import url_label


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("migrate-to", help="把本机数据库迁移到服务器（系统管理员）",
                       description="把当前登录的本机数据库（--db 指定的文件，或默认数据目录中的文件）完整复制到一个"
                                   "新建的空 PostgreSQL 数据库：账号（口令不变）、全部业务数据和审计记录；然后逐表核对"
                                   "行数和校验值，并在服务器上校验审计链。核对全部一致才保存到服务器，否则服务器数据库"
                                   "保持为空。本机文件不删除、不改动，只在其审计记录中记一条“迁移到服务器”。"
                                   "目标地址须用属主账号（见部署说明）。",
                       add_help=False)
    p.add_argument("-h", "--help", action="help", help="显示本帮助并退出")
    p.add_argument("target", metavar="服务器数据库地址", help="postgresql+psycopg://属主账号@服务器地址/数据库名")
    p.add_argument("--json", action="store_true",
                   help="以 JSON 输出：{ok, source, target, rows, tables: [{table, source_rows, target_rows, "
                        "source_sha256, target_sha256, ok}], audit: {ok, entries, first_bad}, audit_problem}")
    p.set_defaults(handler=run_migrate)


def _pad(text: str, cols: int) -> str:
    """text padded to cols terminal columns (a Chinese character takes two)."""
    used = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return text + " " * max(0, cols - used)


def _progress(done: int, total: int, message: str) -> None:
    if message:
        print(f"{message}（{done}/{total} 行）", file=sys.stderr)


def run_migrate(ctx: CliContext, args: argparse.Namespace) -> int:
    from zydesk.core.task_state import TaskState
    from zydesk.services.migration import migrate_to

    report = migrate_to(ctx.db, args.target, TaskState(None if args.json else _progress))
    if args.json:
        print_json(report.as_json())
    else:
        columns = (("表", 28), ("源行数", 10), ("目标行数", 10), ("源校验值", 18), ("目标校验值", 18), ("一致", 4))
        print("".join(_pad(name, width) for name, width in columns).rstrip())
        for t in report.tables:
            cells = (t.table, str(t.source_rows), str(t.target_rows), t.source_sha256[:16], t.target_sha256[:16],
                     "是" if t.ok else "否")
            print("".join(_pad(c, w) for c, (_n, w) in zip(cells, columns, strict=True)).rstrip())
        chain = report.chain
        print(f"审计链（服务器）：{'完整' if chain.ok else '不完整：' + chain.problem}，共 {chain.entries} 条")
    if report.ok:
        print(f"迁移完成：{report.rows} 行已复制到 {url_label(args.target)} 并核对一致。请技术人员为程序账号授权（部署说明第 3 步），"
              "各台电脑改用服务器地址登录；本机文件未改动，可留作备份。", file=sys.stderr)
        return 0
    print("核对不一致，已撤销：服务器数据库保持为空，本机文件未改动。", file=sys.stderr)
    return 1
