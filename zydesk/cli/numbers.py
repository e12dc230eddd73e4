"""zydesk number take|show KIND KEY (编号: a 文号 stored with the document) and zydesk seal list|unlock|lock
(sealed years of 考核排名 and 优秀干部评选)."""
from __future__ import annotations

import argparse
import sys
from typing import Any

from zydesk.cli.common import CliContext, print_json
from zydesk.errors import UserError


def _help(p: argparse.ArgumentParser) -> None:
    p.add_argument("-h", "--help", action="help", help="显示本帮助并退出")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from zydesk.services.numbering import NUMBERED

    kinds = "；".join(f"{k.kind}（{k.title}，按 {k.param}）" for k in NUMBERED.values())
    p = sub.add_parser("number", help="为公文编发文号（编号）、查看已编的文号", add_help=False,
                       description="为一份公文从发文字号登记簿编发文号，连同成文日期和签发人（请示、报告）存档；"
                                   "以后每次打印都沿用这个文号。\n可编号的文件：" + kinds)
    _help(p)
    ns = p.add_subparsers(dest="number_command", metavar="take|show", required=True)
    take = ns.add_parser("take", help="编号（已编过的沿用原号）", add_help=False)
    _help(take)
    show = ns.add_parser("show", help="查看一份公文的文号", add_help=False)
    _help(show)
    for q in (take, show):
        q.add_argument("kind", metavar="文件", help="文件名（如 award-notice）")
        q.add_argument("key", metavar="对象", help="年度、调整方案编号或容错案件编号")
        q.add_argument("--json", action="store_true", help="以 JSON 输出")
    take.add_argument("--prefix", metavar="代字", default=None, help="发文机关代字（如 紫发；默认该文件通常的机关）")
    take.add_argument("--written-date", metavar="YYYY-MM-DD", default=None, help="成文日期（默认今天）")
    take.add_argument("--issuer", metavar="姓名", default="", help="签发人（请示、报告）")
    take.set_defaults(handler=run_take)
    show.set_defaults(handler=run_show)

    s = sub.add_parser("seal", help="已封存的年度：列出、解除封存（审核员，须写理由）、重新封存", add_help=False,
                       description="年度考核结果通报或优秀干部表彰决定编了文号后，该年度的考核排名或评选即封存。")
    _help(s)
    ss = s.add_subparsers(dest="seal_command", metavar="list|unlock|lock", required=True)
    ls = ss.add_parser("list", help="列出封存的年度", add_help=False)
    _help(ls)
    ls.add_argument("area", nargs="?", metavar="事项", help="ranking（考核排名）或 excellent（优秀干部评选）")
    ls.add_argument("--json", action="store_true", help="以 JSON 输出")
    ls.set_defaults(handler=run_seal_list)
    for name, text in (("unlock", "解除封存（须写理由）"), ("lock", "重新封存")):
        q = ss.add_parser(name, help=text, add_help=False)
        _help(q)
        q.add_argument("area", metavar="事项", help="ranking（考核排名）或 excellent（优秀干部评选）")
        q.add_argument("year", type=int, metavar="年度")
        if name == "unlock":
            q.add_argument("--reason", metavar="理由", default="", help="解除封存的理由（必填）")
        q.add_argument("--json", action="store_true", help="以 JSON 输出")
        q.set_defaults(handler=run_seal_unlock if name == "unlock" else run_seal_lock)


def run_take(ctx: CliContext, args: argparse.Namespace) -> int:
    from zydesk.services import numbering

    view, fresh = numbering.take_number(ctx.db, args.kind, args.key, args.prefix, args.written_date, args.issuer)
    _said(view, fresh, args.json)
    return 0


def _said(view: Any, fresh: bool, as_json: bool) -> None:
    if as_json:
        print_json(view.as_json() | {"new": fresh})
    else:
        print(f"{view.number}\t成文日期 {view.written_date.isoformat()}" + (f"\t签发人 {view.signer}" if view.signer else ""))
    print("已编发文号" if fresh else "该文件已有文号，沿用原号", file=sys.stderr)


def run_show(ctx: CliContext, args: argparse.Namespace) -> int:
    from zydesk.services import numbering

    view = numbering.issued(ctx.db, args.kind, args.key)
    if args.json:
        print_json(view.as_json() if view is not None else None)
    elif view is None:
        print("尚未编发文号（打印为草稿）")
    else:
        _said(view, False, False)
    return 0


def _area(word: str) -> Any:
    from zydesk.core.incentives.seal import area_of

    try:
        return area_of(word)
    except ValueError as exc:
        raise UserError(str(exc)) from None


def _state_json(st: Any) -> dict[str, Any]:
    from zydesk.core.incentives.seal import CODES

    return {"area": CODES[st.area], "area_name": st.area.value, "year": st.year, "number": st.number,
            "sealed": st.sealed, "released_reason": st.released.reason if st.released else None,
            "released_by": st.released.by if st.released else None}


def run_seal_list(ctx: CliContext, args: argparse.Namespace) -> int:
    from zydesk.services import seals

    states = seals.seal_list(ctx.db, _area(args.area) if args.area else None)
    if args.json:
        print_json([_state_json(s) for s in states])
    else:
        for st in states:
            print(f"{st.year}\t{st.area.value}\t{st.label()}")
        if not states:
            print("没有封存的年度", file=sys.stderr)
    return 0


def run_seal_unlock(ctx: CliContext, args: argparse.Namespace) -> int:
    from zydesk.services import seals

    st = seals.unlock(ctx.db, _area(args.area), args.year, args.reason)
    print_json(_state_json(st)) if args.json else print(f"{st.year}\t{st.area.value}\t{st.label()}")
    return 0


def run_seal_lock(ctx: CliContext, args: argparse.Namespace) -> int:
    from zydesk.services import seals

    st = seals.lock(ctx.db, _area(args.area), args.year)
    print_json(_state_json(st)) if args.json else print(f"{st.year}\t{st.area.value}\t{st.label()}")
    return 0
