"""zydesk excellent --year Y [--json]; zydesk excellent-quota|excellent-merit --year Y [--json];
zydesk eligibility ID_NUMBER [--post TEXT] [--date YYYY-MM-DD] [--json]."""
from __future__ import annotations

import argparse
import datetime as dt

from zydesk.cli.common import CliContext, add_full_ids, note_full_ids, print_json, year_report
from zydesk.core.citation import Doc
from zydesk.core.dates import DateFormatError, parse_date
from zydesk.core.incentives.excellent import A09, CATEGORY_TITLES
from zydesk.errors import UserError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("excellent", help="“敢担当、善作为”优秀干部评选情况（第九条）",
                       description="显示某年度评选的各类名额、已当选人数，以及每名被推荐人的阶段和资格审核结果。",
                       add_help=False)
    p.add_argument("-h", "--help", action="help", help="显示本帮助并退出")
    p.add_argument("--year", type=int, required=True, metavar="年度", help="评选年度，如 2025")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    add_full_ids(p)
    p.set_defaults(handler=run_excellent)

    for name, title, text, handler in (
            ("excellent-quota", "第十条：直接评定优秀与各单位优秀名额",
             "列出本年度直接评定为优秀（不占单位名额）的干部，以及各单位的优秀名额、已用名额和计算过程。", run_quota),
            ("excellent-merit", "连续三年优秀的记功建议（第十条，本地解读）",
             "列出本年度连续三年考核优秀、建议记三等功的干部及处理情况（采纳、忽略或待处理）。", run_merit)):
        e = sub.add_parser(name, help=title, description=text, add_help=False)
        e.add_argument("-h", "--help", action="help", help="显示本帮助并退出")
        e.add_argument("--year", type=int, required=True, metavar="年度", help="考核年度，如 2025")
        e.add_argument("--json", action="store_true", help="以 JSON 输出")
        e.set_defaults(handler=handler)

    q = sub.add_parser("eligibility", help="干部选拔资格审查（第十八条至第二十四条）",
                       description="对一名干部逐条审查提拔条件，每条给出依据条款、结论和事实；审查记录随之保存。",
                       add_help=False)
    q.add_argument("-h", "--help", action="help", help="显示本帮助并退出")
    q.add_argument("id_number", metavar="公民身份号码", help="干部的公民身份号码")
    q.add_argument("--post", default="", metavar="拟任职务", help="拟任职务（写入审查记录）")
    q.add_argument("--date", metavar="YYYY-MM-DD", help="审查日期（默认今天）")
    q.add_argument("--exchange", action="store_true", help="党政正职拟交流重用（核对第十九条单位一等奖）")
    q.add_argument("--no-save", action="store_true", help="只显示结果，不保存审查记录")
    q.add_argument("--json", action="store_true", help="以 JSON 输出")
    add_full_ids(q)
    q.set_defaults(handler=run_eligibility)


def run_excellent(ctx: CliContext, args: argparse.Namespace) -> int:
    from zydesk.services.incentives.excellent import round_view

    with ctx.db.read() as s:
        view = round_view(s, args.year)
    rep = view.report
    # the keys of the first version come first, in their order; what the issue added follows
    data = {
        "year": view.year,
        "quotas": {q.category: {"target": q.target, "filled": q.filled} for q in rep.lines},
        "nominees": [{"id_number": n.id_number if args.full_ids else n.id_masked,
                      "name": n.name, "category": n.category, "stage": n.stage,
                      "eligible": n.eligible,
                      "checks": [{"doc": Doc.INCENTIVES.value, "article": c["article"], "verdict": c["verdict"],
                                  "evidence": c["evidence"], "item": c.get("item")} for c in n.checks],
                      "unit": n.unit, "votes": n.votes, "score": None if n.score is None else str(n.score),
                      "city_recommended": n.city_recommended, "cadre_id": n.cadre_id}
                     for n in view.nominees],
        **A09.as_json(),
        "exists": view.exists,
        # 第九条 “左右”: the range each category and the total may reach without a recorded reason
        "ranges": {q.category: {"low": q.low, "high": q.high, "status": q.status,
                                "nominated": view.nominated.get(q.category, 0)} for q in rep.lines},
        "total": {"target": rep.total_target, "filled": rep.total_filled, "low": rep.total_low,
                  "high": rep.total_high},
    }
    note_full_ids(ctx, args, len(view.nominees))
    if args.json:
        print_json(data, args.full_ids)
        return 0
    print(f"{view.year}年度“敢担当、善作为”优秀干部评选（第九条）" + ("" if view.exists else "（尚未建立评选）"))
    for q in rep.lines:
        print(f"  {CATEGORY_TITLES[q.category]}：已当选 {q.filled} / 名额 {q.target}（{q.low}—{q.high}，{q.status}）；"
              f"推荐 {view.nominated[q.category]} 人")
    print(f"  合计：已当选 {rep.total_filled} / {rep.total_target}（{rep.total_low}—{rep.total_high}）")
    for n in view.nominees:
        ok = {True: "符合", False: "不符合", None: "未审核"}[n.eligible]
        idn = n.id_number if args.full_ids else n.id_masked
        print(f"\n{n.name}（{idn}）{n.post}  类别：{n.category}  阶段：{n.stage}  资格：{ok}"
              + ("  已择优推荐市级" if n.city_recommended else ""))
        for c in n.checks:
            print(f"    {Doc.INCENTIVES.cite(int(c['article']), c.get('item'))} [{c['verdict']}] {c['evidence']}")
    return 0


def run_quota(ctx: CliContext, args: argparse.Namespace) -> int:
    from zydesk.services.incentives.registers import quota_json

    data = year_report(ctx, args, quota_json)
    if data is None:
        return 0
    rates = data["rates"]
    print(f"{args.year}年度优秀等次名额（第十条）：比例 {rates['rate']}，获一等奖单位 {rates['rate_first_prize']}，"
          f"{rates['rounding']}")
    print("直接评定为优秀、不占单位名额：" + ("无" if not data["direct"] else ""))
    for d in data["direct"]:
        print(f"  {d['name']}（{d['unit']}）：{d['evidence']}")
    for u in data["units"]:
        print(f"{u['unit']}：名额 {u['quota']}，已用 {u['used']}" + ("（超出）" if u["over"] else "")
              + f"。{u['evidence']}")
    return 0


def run_merit(ctx: CliContext, args: argparse.Namespace) -> int:
    from zydesk.services.incentives.registers import merit_json

    data = year_report(ctx, args, merit_json)
    if data is None:
        return 0
    print(f"{args.year}年度记功建议（第十条，本地解读：连续三年优秀记三等功出自公务员考核有关规定）：" + ("无" if not data["suggestions"] else f"{len(data['suggestions'])} 人"))
    for m in data["suggestions"]:
        print(f"  {m['name']}（{m['unit']}）建议{m['kind']}：{m['evidence']}  [{m['decision'] or '待处理'}]")
    return 0


def run_eligibility(ctx: CliContext, args: argparse.Namespace) -> int:
    from zydesk.services.incentives.promotion import cadre_id_by_number, run_review

    try:
        on = parse_date(args.date) if args.date else dt.date.today()
    except DateFormatError as exc:
        raise UserError(f"--date：{exc}") from None
    with ctx.db.read() as s:
        cadre_id = cadre_id_by_number(s, args.id_number)
    res = run_review(ctx.db, cadre_id, on, args.post, args.exchange, keep=not args.no_save)
    if args.json:
        note_full_ids(ctx, args, 1)
        print_json(res.as_json(args.full_ids), args.full_ids)
        return 0
    f = res.facts
    print(f"干部选拔资格审查：{f.name}  {f.unit_name}  审查日期 {on.isoformat()}"
          + (f"  拟任：{f.post_text}" if f.post_text else ""))
    for line in res.lines:
        print(f"  {line.citation}  [{line.verdict}] {line.rule}：{line.evidence}")
        if line.confirm:
            print(f"      请核实：{line.confirm}")
    for out in res.left_out:
        print(f"  {out.citation}  [未计入] {out.rule}：{out.record.text}，{out.reason}")
    print(f"结论：{res.conclusion}" + (f"（审查记录编号 {res.review_id}）" if res.review_id else "（未保存）"))
    return 0
