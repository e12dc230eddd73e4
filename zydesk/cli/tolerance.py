"""zydesk workday DATE N [--json]; zydesk holidays [YEAR …]; zydesk cases [--year Y] [--overdue] [--json]."""
from __future__ import annotations

import argparse
import datetime as dt
import sys

from zydesk.cli.common import CliContext, print_json
from zydesk.core.dates import DateFormatError, parse_date
from zydesk.errors import UserError


def _help(p: argparse.ArgumentParser) -> None:
    p.add_argument("-h", "--help", action="help", help="显示本帮助并退出")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("workday", help="计算某日之后第 N 个工作日",
                       description="计算某日之后第 N 个工作日（起算日不计入，按法定节假日和调休计算）。\n"
                                   "未录入节假日安排的年份按双休日推算，并注明「依据未录入节假日安排推算」。",
                       add_help=False)
    _help(p)
    p.add_argument("date", metavar="日期", help="起算日，如 2026-09-28")
    p.add_argument("days", metavar="N", type=int, help="工作日天数")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    p.set_defaults(handler=run_workday)

    p = sub.add_parser("holidays", help="查看或录入某年节假日安排（工作日计算依据）",
                       description="不带参数：列出近年节假日安排来源；带年份：显示该年安排；\n"
                                   "带 --off/--work：按国务院办公厅通知录入该年安排（取代内置日历）。\n"
                                   "例：zydesk holidays 2027 --off 2027-01-01:2027-01-03 --off 2027-02-06:2027-02-14 "
                                   "--work 2027-02-20",
                       add_help=False, formatter_class=argparse.RawDescriptionHelpFormatter)
    _help(p)
    p.add_argument("year", metavar="年份", type=int, nargs="?", help="年份")
    p.add_argument("--off", action="append", default=[], metavar="开始[:结束]", help="放假区间，可多次给出")
    p.add_argument("--work", action="append", default=[], metavar="日期", help="调休上班日，可多次给出")
    p.add_argument("--notice", metavar="文号", help="通知文号")
    p.add_argument("--delete", action="store_true", help="删除该年录入的安排（恢复内置日历或按双休日推算）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    p.set_defaults(handler=run_holidays)

    p = sub.add_parser("cases", help="列出容错纠错案件及各环节期限",
                       description="列出容错认定案件，各环节期限按《容错纠错实施细则》第八条以工作日计算。",
                       add_help=False)
    _help(p)
    p.add_argument("--year", type=int, metavar="年份", help="只列该年登记的案件")
    p.add_argument("--overdue", action="store_true",
                   help="只列有逾期环节的案件（不予容错的反馈未设时限，不计逾期）")
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


def _date(text: str) -> dt.date:
    try:
        return parse_date(text)
    except DateFormatError as exc:
        raise UserError(str(exc)) from None


def run_holidays(ctx: CliContext, args: argparse.Namespace) -> int:
    from zydesk.services import workdays

    db = ctx.db
    if args.year is None:
        this = dt.date.today().year
        with db.read() as s:
            rows = workdays.year_overview(s, range(this - 3, this + 2))
        if args.json:
            print_json({"years": [r.__dict__ for r in rows]})
        else:
            for r in rows:
                print(f"{r.year}年  {r.source}  放假{r.holidays}天  调休上班{r.makeup_days}天  全年工作日{r.workdays}天")
        return 0
    if args.delete:
        workdays.delete_year_schedule(db, args.year)
        print(f"已删除 {args.year} 年录入的节假日安排。", file=sys.stderr)
    elif args.off or args.work:
        ranges = []
        for item in args.off:
            a, _, b = item.partition(":")
            ranges.append((_date(a), _date(b or a)))
        workdays.set_year_schedule(db, args.year, ranges, [_date(d) for d in args.work], args.notice)
        print(f"已录入 {args.year} 年节假日安排。", file=sys.stderr)
    with db.read() as s:
        schedule = workdays.year_schedule(s, args.year)
    if schedule is None:
        if args.json:
            print_json({"year": args.year, "source": "未录入", "holidays": [], "makeup_days": []})
        else:
            print(f"{args.year} 年尚无节假日安排，期限按双休日推算（依据未录入节假日安排推算）。")
        return 0
    ranges_out = [[a.isoformat(), b.isoformat()] for a, b in schedule.holiday_ranges()]
    makeup = [d.isoformat() for d in sorted(schedule.makeup_days)]
    if args.json:
        print_json({"year": args.year, "source": schedule.source, "holidays": ranges_out, "makeup_days": makeup})
    else:
        print(f"{args.year} 年节假日安排（{schedule.source}）")
        for a, b in ranges_out:
            print(f"  放假 {a}" + (f" 至 {b}" if b != a else ""))
        for d in makeup:
            print(f"  调休上班 {d}")
    return 0


def run_cases(ctx: CliContext, args: argparse.Namespace) -> int:
    from zydesk.core.tolerance.values import Step, StepState
    from zydesk.services.tolerance.reads import case_rows, cases_json

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
        print(f"{row.number}  {row.applicant}  {row.status}  {row.conclusion_text}{flag}")
        for step in row.steps:
            if step.state == StepState.NOT_APPLICABLE:
                print(f"    {step.step}：不适用")
                continue
            due = step.due.isoformat() if step.due else "—"
            done = step.done.isoformat() if step.done else "未完成"
            mark = " 逾期未办" if step.overdue else (" 超期完成" if step.late else "")
            if not step.statutory:
                mark = " 提醒日（非期限）" + ("，已过提醒日，不计逾期" if step.reminder_passed else "")
            if step.step == Step.APPLICATION and step.late:
                mark = " 逾期申请"
            est = f"（{step.estimate_note}）" if step.estimated else ""
            print(f"    {step.step}：期限 {due}  完成 {done}{mark}{est}  依据 {step.citation}")
    return 0
