"""zydesk workday DATE N [--json]; zydesk cases [--year Y] [--overdue] [--json]."""
from __future__ import annotations

import argparse
import datetime as dt

from zydesk.cli.common import CliContext, print_json
from zydesk.core.dates import DateFormatError, parse_date
from zydesk.errors import UserError


def _help(p: argparse.ArgumentParser) -> None:
    p.add_argument("-h", "--help", action="help", help="显示本帮助并退出")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("workday", help="计算某日之后第 N 个工作日",
                       description="计算某日之后第 N 个工作日（起算日不计入，按法定节假日和调休计算）。\n"
                                   "未录入节假日安排的年份按双休日推算，并注明「依据未录入节假日安排推算」。",
                       add_help=False)
    _help(p)
    p.add_argument("date", metavar="日期", help="起算日，如 2026-09-28")
    p.add_argument("days", metavar="N", type=int, help="工作日天数")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    p.set_defaults(handler=run_workday)

    p = sub.add_parser("cases", help="列出容错纠错案件及各环节期限",
                       description="列出容错认定案件，各环节期限按《容错纠错实施细则》第八条以工作日计算。",
                       add_help=False)
    _help(p)
    p.add_argument("--year", type=int, metavar="年份", help="只列该年登记的案件")
    p.add_argument("--overdue", action="store_true", help="只列有逾期环节的案件")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    p.set_defaults(handler=run_cases)


def run_workday(ctx: CliContext, args: argparse.Namespace) -> int:
    from zydesk.services.workdays import add_workdays

    try:
        start = parse_date(args.date)
    except DateFormatError as exc:
        raise UserError(str(exc)) from None
    if args.days < 0:
        raise UserError("工作日天数不能为负数")
    with ctx.db.read() as s:
        result = add_workdays(s, start, args.days)
    if args.json:
        print_json(result.as_json())
    else:
        line = f"{start.isoformat()} 之后第 {args.days} 个工作日：{result.due.isoformat()}"
        if result.estimated:
            line += f"（{result.note}）"
        print(line)
    return 0


def run_cases(ctx: CliContext, args: argparse.Namespace) -> int:
    from zydesk.services.tolerance import case_rows, cases_json

    today = dt.date.today()
    with ctx.db.read() as s:
        rows = case_rows(s, today=today, year=args.year, overdue_only=args.overdue)
    if args.json:
        print_json(cases_json(rows))
        return 0
    if not rows:
        print("没有符合条件的案件。")
        return 0
    for row in rows:
        flag = "（有逾期环节）" if row.overdue else ""
        print(f"{row.number}  {row.applicant}  {row.status}  {row.conclusion or ''}{flag}")
        for step in row.steps:
            due = step.due.isoformat() if step.due else "—"
            done = step.done.isoformat() if step.done else "未完成"
            mark = " 逾期" if step.overdue else ""
            est = f"（{step.estimate_note}）" if step.estimated else ""
            print(f"    {step.step}：期限 {due}  完成 {done}{mark}{est}  依据 {step.citation}")
    return 0
