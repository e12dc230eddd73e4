"""Demo data of 容错纠错: a register of cases at every stage of 第八条, in the home county.

Planted (listed in state.data["cases"]):
- closed cases of the last demo year: a 免责 made public, a 减责（从轻） with a six-month 影响期 and a
  纠错 measure 整改到位, a 不予容错 forced by a confirmed 第七条 item (失职渎职);
- a paper case of 2016 refused under 第十六条 (accountability concluded before 2016-11-28);
- open cases dated from the day the demo is built, so the tab shows live deadlines: one application
  not answered within 3 working days (overdue), one due within 2 working days, one late application
  registered with a reason, one in 核查;
- a 第十三条 clarification for a cadre after an unfounded complaint.
Dates follow the working-day calendar; open cases are relative to today (their deadlines are the point).
"""
from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import insert

from zydesk.core.dates import add_months
from zydesk.core.tolerance import rules
from zydesk.core.tolerance.values import Conclusion, Mitigation
from zydesk.core.workdays import Calendar, add_workdays
from zydesk.demo import DemoState
from zydesk.demo.master import DemoCadre, DemoUnit
from zydesk.services.workdays import load_calendar
from zydesk.storage.models_tolerance import (
    ToleranceCase,
    ToleranceClarification,
    ToleranceCorrection,
    ToleranceEvidence,
    ToleranceFiling,
    ToleranceHearing,
)
from zydesk.storage.uow import Database

STEPS = 1
HOST = "中共紫阳县纪委 紫阳县监委"
MATTERS = (
    ("产业园项目推进中征地程序瑕疵", [4, 12]),
    ("汛期群众转移中临时征用物资未履行审批手续", [3]),
    ("招商项目降低入园门槛造成部分税收损失", [5]),
    ("易地扶贫搬迁安置点工期延误", [9, 12]),
    ("“放管服”改革中容缺受理后补件不全", [6, 8]),
    ("历史遗留信访问题化解中超范围补偿", [10]),
    ("退耕还林验收问题", [14]),
)
FILINGS = (("同级党委", "中共紫阳县委"), ("同级政府", "紫阳县人民政府"), ("纪检监察机关", "县纪委监委"),
           ("组织人事部门", "县委组织部"))


def _wd(cal: Calendar, day: dt.date, n: int) -> dt.date:
    return add_workdays(cal, day, n).due


def _day(row: dict[str, object], key: str) -> dt.date:
    """A date field of a case row (the rows are plain dicts for the bulk insert)."""
    value = row[key]
    if not isinstance(value, dt.date):
        raise TypeError(f"{key}: {value!r} is not a date")
    return value


def fill(db: Database, rng: random.Random, state: DemoState) -> None:
    s = state.session
    cadres: list[DemoCadre] = [c for c in state.data.get("cadres", []) if c.unit.county == 0 and c.leadership]
    towns: list[DemoUnit] = [u for u in state.data.get("units", []) if u.county == 0 and u.is_town]
    if len(cadres) < 8 or not towns:
        state.step()
        return
    picked = rng.sample(cadres, 8)
    cal = load_calendar(s)
    last = state.sizes.last_year
    today = dt.date.today()
    cases: list[dict[str, object]] = []
    extras: dict[str, list[dict[str, object]]] = {"evidence": [], "hearing": [], "filing": [], "correction": []}
    seqs: dict[int, int] = {}

    def case(who: DemoCadre | DemoUnit, matter: int, started: dt.date, lag: int, stage: str, **kw: object) -> int:
        while not cal.is_workday(started):  # procedures start on working days
            started -= dt.timedelta(days=1)
        applied = _wd(cal, started, lag)
        seqs[applied.year] = seqs.get(applied.year, 0) + 1
        text, items = MATTERS[matter]
        case_id = len(cases) + 1
        row: dict[str, object] = dict(
            id=case_id, number=f"紫容〔{applied.year}〕{seqs[applied.year]}号", year=applied.year,
            seq=seqs[applied.year], status=stage, matter=text, accountability_started=started, host_body=HOST,
            host_kind="纪检监察机关（机构）", circumstances=items, applied_on=applied, exclusions=[],
            applicant_type="个人" if isinstance(who, DemoCadre) else "单位",
            applicant_cadre_id=who.id if isinstance(who, DemoCadre) else None,
            applicant_unit_id=who.id if isinstance(who, DemoUnit) else None,
            applicant_name=f"{who.unit.name}{who.name}" if isinstance(who, DemoCadre) else who.name,
            accountability_concluded=None, late_reason=None, accepted=None, accepted_on=None,
            acceptance_note=None, report_on=None, report_summary=None, concluded_on=None, conclusion=None,
            mitigation=None, conclusion_reason=None, handling=None, impact_months=None, impact_end=None,
            feedback_on=None, publicity=None, filed_on=None, closed_on=None, note="演示数据")
        rank = rules.STATUSES.index(stage) if stage != rules.REFUSED else 1
        day = applied
        if stage == rules.REFUSED:
            row.update(accepted=False, accepted_on=_wd(cal, day, 2), closed_on=_wd(cal, day, 2))
        steps = (("accepted_on", 2), ("report_on", 24), ("concluded_on", 8), ("feedback_on", 2))
        for k, (field, n) in enumerate(steps, start=1):
            if stage != rules.REFUSED and rank >= [1, 3, 4, 5][k - 1]:
                day = _wd(cal, day, n)
                row[field] = day
        if row["accepted_on"] and stage != rules.REFUSED:
            row["accepted"] = True
        if rank >= 6 and stage != rules.REFUSED:
            row["filed_on"] = row["feedback_on"]
            extras["filing"] += [{"case_id": row["id"], "role": r, "mode": "报送" if r.startswith("同级") else "抄送",
                                  "recipient": n, "sent_on": row["feedback_on"]} for r, n in FILINGS]
        if stage == rules.CLOSED:
            row["closed_on"] = _wd(cal, day, 15)
        row.update(kw)
        extras["evidence"].append({"case_id": row["id"], "stage": "申请", "title": "情况说明及相关会议纪要",
                                   "source": None, "received_on": applied})
        if row["report_on"]:
            extras["hearing"].append({"case_id": row["id"], "heard_on": _wd(cal, _day(row, "accepted_on"), 5),
                                      "party": str(row["applicant_name"]), "summary": "陈述事发背景和已采取的补救措施"})
            row["report_summary"] = row["report_summary"] or "经调查核实，情况属实，申请人未谋取私利，已主动挽回损失。"
        cases.append(row)
        return case_id

    base = dt.date(last, 3, 2)
    c1 = case(picked[0], 0, base, 3, rules.CLOSED, conclusion=Conclusion.EXEMPTED,
              conclusion_reason="符合第六条第（四）项情形，认错态度好，主动补正程序",
              publicity="在全县项目建设推进会上通报")
    c2 = case(picked[1], 3, dt.date(last, 5, 11), 5, rules.CLOSED, conclusion=Conclusion.REDUCED, mitigation=Mitigation.LIGHTER,
              handling="诫勉", impact_months=6, conclusion_reason="符合容错情形，但造成一定影响，确需追责")
    row2 = cases[c2 - 1]
    row2["impact_end"] = add_months(_day(row2, "concluded_on"), 6)
    extras["correction"].append({"case_id": c2, "measure_item": 3, "measure": "诫勉谈话", "handling_item": 3,
                                 "handling_body": rules.HANDLING_BODIES[3], "decided_on": row2["concluded_on"],
                                 "requirement": "限期完成安置点建设并报告整改情况",
                                 "closed_on": _wd(cal, _day(row2, "concluded_on"), 12)})
    case(picked[2], 2, dt.date(last, 8, 3), 4, rules.FILED, conclusion=Conclusion.NOT_TOLERATED, exclusions=["失职渎职"],
         conclusion_reason="经核查存在失职渎职情形，依据第七条不属于容错范围",
         report_summary="经调查核实，存在审批把关失职问题。")
    case(picked[3], 6, dt.date(2016, 9, 5), 3, rules.REFUSED, accountability_concluded=dt.date(2016, 10, 20),
         acceptance_note="该事项的问责追责已于2016年10月20日处理完毕，早于本细则施行之日，依据第十六条不适用。")
    # open cases: their deadlines are counted from today
    case(towns[0], 1, today - dt.timedelta(days=21), 3, rules.APPLIED)  # 受理 overdue
    recent = today - dt.timedelta(days=1)
    while not cal.is_workday(recent):
        recent -= dt.timedelta(days=1)
    start = recent - dt.timedelta(days=3)
    due_id = case(picked[4], 4, start, 0, rules.APPLIED)
    cases[due_id - 1]["applied_on"] = recent  # 受理 due within 2 working days
    late_start = today - dt.timedelta(days=30)
    late_id = case(picked[5], 5, late_start, 12, rules.APPLIED, late_reason="申请人参加脱贫攻坚驻村，未能按期递交")
    cases[late_id - 1]["applied_on"] = min(_day(cases[late_id - 1], "applied_on"), today)
    case(picked[6], 0, today - dt.timedelta(days=40), 4, rules.ACCEPTED)
    for row in cases:  # open cases must not have steps after today
        for field in ("accepted_on", "report_on", "concluded_on", "feedback_on", "filed_on", "closed_on"):
            value = row[field]
            if isinstance(value, dt.date) and value > today:
                row[field] = None
    # case numbers follow the order of registration (申请日期) within each year
    seqs.clear()
    for row in sorted(cases, key=lambda r: _day(r, "applied_on")):  # stable: ties keep the id order
        year = _day(row, "applied_on").year
        seqs[year] = seqs.get(year, 0) + 1
        row.update(year=year, seq=seqs[year], number=f"紫容〔{year}〕{seqs[year]}号")
    s.execute(insert(ToleranceCase), cases)
    for table, key in ((ToleranceEvidence, "evidence"), (ToleranceHearing, "hearing"), (ToleranceFiling, "filing"),
                       (ToleranceCorrection, "correction")):
        if extras[key]:
            s.execute(insert(table), extras[key])
    s.execute(insert(ToleranceClarification), [{
        "kind": "澄清", "case_id": None, "cadre_id": picked[7].id, "unit_id": None,
        "subject": picked[7].name, "method": "召开会议", "on": dt.date(last, 10, 15),
        "summary": "信访反映其在项目招标中收受好处，经核查查无实据，在单位干部大会上予以澄清"}])
    state.counts["容错案件"] = len(cases)
    state.data.setdefault("cases", []).extend([
        (f"容错纠错：{cases[c1 - 1]['number']} {Conclusion.EXEMPTED}（已公开），{cases[c2 - 1]['number']} "
         f"{Conclusion.REDUCED}（从轻，影响期6个月）"),
        f"容错纠错：第七条失职渎职→{Conclusion.NOT_TOLERATED}；2016年已处理完毕的问责→第十六条不予受理",
        "容错纠错：以今天为准的逾期未受理、2个工作日内到期、逾期申请各一件",
    ])
    state.step()
