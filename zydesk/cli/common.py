"""What every subcommand shares: the database it works on, progress on stderr, the crash log."""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from zydesk.services.crash_log import write_crash_log
from zydesk.storage.audit_chain import mask_text
from zydesk.storage.engine import resolve_url
from zydesk.storage.integrity import open_checked
from zydesk.storage.uow import Database


class CliContext:
    def __init__(self, db_arg: str | None) -> None:
        self.url = resolve_url(db_arg)
        self._db: Database | None = None

    @property
    def db(self) -> Database:
        """Opened (and migrated) on first use, so --help and --version need no database."""
        if self._db is None:
            engine, damaged = open_checked(self.url)
            if damaged is not None:  # readable, but every write is refused (exit 2)
                print(f"警告：{damaged}", file=sys.stderr)
            self._db = Database(engine, damaged=damaged)
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()

    def reopen(self, db_arg: str | None) -> None:
        """Work on another database from here on (a --db given after the subcommand's own arguments)."""
        self.close()
        self.url = resolve_url(db_arg)
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
        from zydesk.services.audit_trail import record_full_ids

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
