"""What every subcommand shares: the database it works on, progress on stderr, the crash log."""
from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from zydesk.errors import UserError
from zydesk.services.crash_log import write_crash_log
from zydesk.storage.audit_chain import mask_text
from zydesk.storage.engine import resolve_url
from zydesk.storage.uow import Database

NEED_SIGN_IN = ("需要登录：用 --user 或环境变量 ZYDESK_USER 指定账号，用环境变量 ZYDESK_PASSWORD 提供口令"
                "（在终端中运行时也可按提示输入）。")


def interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def ask_password(prompt: str, env: str = "ZYDESK_PASSWORD", twice: bool = False) -> str:
    """The password from the environment variable, else typed at the terminal (twice for a new one);
    without either, exit 2 asking for a sign-in."""
    value = os.environ.get(env)
    if value is not None:
        return value
    if not interactive():
        raise UserError(NEED_SIGN_IN if env == "ZYDESK_PASSWORD" else f"需要新口令：请用环境变量 {env} 提供。")
    first = getpass.getpass(prompt)
    if twice and getpass.getpass("再输入一次：") != first:
        raise UserError("两次输入的口令不一致。")
    return first


class CliContext:
    def __init__(self, db_arg: str | None, user: str | None = None) -> None:
        self.url = resolve_url(db_arg)
        self.user = user
        self.password: str | None = None  # the one signed in with (`user passwd` checks it as the old one)
        self._db: Database | None = None

    def account(self) -> str:
        name = self.user or os.environ.get("ZYDESK_USER")
        if name:
            return name
        if not interactive():
            raise UserError(NEED_SIGN_IN)
        return input("账号：").strip()

    @property
    def db(self) -> Database:
        """Signed in and opened (and migrated) on first use, so --help and --version need no database."""
        if self._db is None:
            from zydesk.services.security.signin import sign_in

            name = self.account()
            self.password = ask_password(f"{name} 的口令：")
            signed = sign_in(self.url, name, self.password)
            if signed.db.damaged is not None:  # readable, but every write is refused (exit 2)
                print(f"警告：{signed.db.damaged}", file=sys.stderr)
            if signed.must_change:
                print(f"提示：{signed.must_change}（zydesk user passwd）", file=sys.stderr)
            self._db = signed.db
        return self._db

    def use(self, db: Database) -> None:
        """Work on a database this command opened itself (init creates one)."""
        self._db = db

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()

    def reopen(self, db_arg: str | None, user: str | None = None) -> None:
        """Work on another database or as another account from here on (--db or --user given after the
        subcommand's own arguments)."""
        self.close()
        self.url = resolve_url(db_arg)
        self.user = user or self.user
        self._db = None

    @staticmethod
    def write_crash_log(text: str) -> Path:
        return write_crash_log(text)


def print_json(data: Any, full_ids: bool = False) -> None:
    """Every ID number in the output masked (610924********123X) unless full_ids (--full-ids): the builders
    mask them already, this catches any in free text too."""
    text = json.dumps(data, ensure_ascii=False, default=str)
    sys.stdout.write((text if full_ids else mask_text(text)) + "\n")


def add_full_ids(parser: argparse.ArgumentParser) -> None:
    """--full-ids: whole ID numbers in the output (masked by default); each use goes into the audit trail."""
    parser.add_argument("--full-ids", action="store_true",
                        help="输出完整的公民身份号码（默认遮盖中间8位；每次使用记入审计记录）")


def note_full_ids(ctx: CliContext, args: argparse.Namespace, count: int) -> None:
    """Record in the audit trail that whole ID numbers are about to be shown (before they are)."""
    if getattr(args, "full_ids", False):
        from zydesk.core.security.roles import Permission
        from zydesk.services.audit_trail import record_full_ids

        ctx.db.require(Permission.FULL_ID)  # refused (exit 2) before anything is shown
        record_full_ids(ctx.db, f"zydesk {args.command}" + (" --json" if getattr(args, "json", False) else ""),
                        count)


def year_report(ctx: CliContext, args: argparse.Namespace,
                report: Callable[[Session, int], dict[str, Any]]) -> dict[str, Any] | None:
    """Read the JSON report of --year; with --json print it and return None (nothing more to print)."""
    with ctx.db.read() as s:
        data = report(s, args.year)
    if args.json:
        print_json(data)
        return None
    return data
