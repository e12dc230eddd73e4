"""Demo data of 能上能下: 责任认定, 扶贫绩效考核, 重点工作全市排名, 分管领导, 健康状况, 个人申请.

Planted in the home county (listed in state.data["cases"]), in the last two years:
- a town with three 环保通报 this year (第十条第（一）项) and one with only two (not a case);
- a town's 党委书记 held responsible for a 重大安全生产事故 (第十一条第（一）项);
- a town named 社会治安重点整顿单位 two years running (第十二条第（三）项);
- a 第十七条 determination after an earlier 诫勉, and one without any earlier handling (应先提醒);
- 扶贫: one town 较差, one 一般 two years running, one with 识别准确率 89.9% (and one at exactly 90%);
- a key task last in the city two years running, with its 分管领导;
- one cadre unable to work since more than a year, one written request for a non-leadership rank.
"""
from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from sqlalchemy import insert, select

from zydesk.core.adjustment import DeterminationKind
from zydesk.demo import DemoState
from zydesk.demo.master import DemoCadre, DemoUnit
from zydesk.storage.models import Discipline
from zydesk.storage.models_adjustment import (
    Determination,
    DeterminationCadre,
    HealthRecord,
    KeyTaskRank,
    LeaderAssignment,
    PersonalRequest,
    PovertyAssessment,
)
from zydesk.storage.models_ranking import MonitoringRank
from zydesk.storage.uow import Database

STEPS = 1
KEY_TASKS = ("项目建设", "招商引资", "脱贫攻坚", "生态环保", "安全生产", "文明创建")


def fill(db: Database, rng: random.Random, state: DemoState) -> None:
    s = state.session
    years = list(state.sizes.years)
    last = years[-1]
    cases: list[str] = state.data.setdefault("cases", [])
    units: list[DemoUnit] = [u for u in state.data["units"] if u.county == 0]
    cadres: list[DemoCadre] = [c for c in state.data["cadres"] if c.unit.county == 0]
    heads: dict[int, list[DemoCadre]] = {}
    deputies: dict[int, list[DemoCadre]] = {}
    for c in cadres:
        if c.leadership:
            (heads if c.principal else deputies).setdefault(c.unit.id, []).append(c)
    towns = [u for u in units if u.is_town and heads.get(u.id) and deputies.get(u.id)]
    depts = [u for u in units if not u.is_town and heads.get(u.id) and deputies.get(u.id)]
    if len(towns) < 8 or len(depts) < 4:
        return
    det_rows: list[dict[str, object]] = []
    resp_rows: list[dict[str, object]] = []

    def determine(day: dt.date, unit: DemoUnit, article: int, item: int, who: list[tuple[DemoCadre, str]],
                  text: str, source: str, kind: DeterminationKind = DeterminationKind.DETERMINED) -> None:
        did = len(det_rows) + 1
        det_rows.append({"id": did, "date": day, "unit_id": unit.id, "article": article, "item": item, "kind": kind.value,
                         "description": text, "source": source, "tolerance_case": None, "fraud": False,
                         "fraud_note": None})
        resp_rows.extend({"determination_id": did, "cadre_id": c.id, "role": role} for c, role in who)

    t = towns
    for n, month in enumerate((3, 6, 9), 1):
        determine(dt.date(last, month, 12), t[0], 10, 1, [(heads[t[0].id][0], "主要负责人")],
                  "辖区企业超标排放被通报", f"安环通〔{last}〕{n}号", DeterminationKind.ENVIRONMENT_NOTICE)
    for n, month in enumerate((4, 8), 4):
        determine(dt.date(last, month, 20), t[1], 10, 1, [(heads[t[1].id][0], "主要负责人")],
                  "河道非法采砂被通报", f"安环通〔{last}〕{n}号", DeterminationKind.ENVIRONMENT_NOTICE)
    cases.append(f"第十条第（一）项：{t[0].name}{last}年环保通报3次（构成），{t[1].name}2次（不构成）")
    determine(dt.date(last, 5, 6), t[2], 11, 1, [(heads[t[2].id][0], "主要负责人"), (deputies[t[2].id][0], "分管领导")],
              "一起重大道路运输安全生产责任事故", f"紫安委〔{last}〕7号")
    cases.append(f"第十一条第（一）项：{t[2].name}重大安全生产责任事故")
    for y in (last - 1, last):
        determine(dt.date(y, 11, 30), t[3], 12, 3, [(heads[t[3].id][0], "主要负责人")],
                  "被市综治委确定为社会治安综合治理重点整顿单位", f"安综治〔{y}〕12号")
    cases.append(f"第十二条第（三）项：{t[3].name}连续两年重点整顿")
    warned, unwarned = deputies[t[4].id][0], deputies[t[5].id][0]
    s.execute(insert(Discipline), [{"cadre_id": warned.id, "category": "组织处理", "kind": "诫勉",
                                    "decision_date": dt.date(last - 1, 9, 1), "deciding_body": "中共紫阳县委组织部",
                                    "reason": "工作推诿扯皮，群众意见较大", "effect_end": dt.date(last, 3, 1)}])
    determine(dt.date(last, 10, 15), t[4], 17, 6, [(warned, "相关责任人")], "诫勉后仍庸懒散拖，群众意见较大",
              f"紫组认〔{last}〕3号")
    determine(dt.date(last, 10, 16), t[5], 17, 6, [(unwarned, "相关责任人")], "为官不为，干部群众意见较大",
              f"紫组认〔{last}〕4号")
    cases.append(f"第十七条：{warned.name}（此前诫勉，应调整）、{unwarned.name}（无在先处理，应先提醒）")
    s.execute(insert(Determination), det_rows)
    s.execute(insert(DeterminationCadre), resp_rows)

    poverty = []
    for y in (last - 1, last):
        for k, u in enumerate(towns):
            grade = rng.choice(("好", "较好", "较好", "好"))
            acc = Decimal(rng.randint(930, 999)) / 10
            if k == 6 and y == last:
                grade = "较差"
            if k == 7:
                grade = "一般"
            if k == 4 and y == last:
                acc = Decimal("89.9")
            if k == 5 and y == last:
                acc = Decimal("90.0")
            poverty.append({"year": y, "unit_id": u.id, "kind": "镇扶贫绩效考核", "grade": grade, "task_done": True,
                            "id_accuracy": acc, "exit_accuracy": Decimal(rng.randint(930, 999)) / 10,
                            "satisfaction": Decimal(rng.randint(850, 990)) / 10, "fraud": False})
    s.execute(insert(PovertyAssessment), poverty)
    cases.append(f"第九条：{towns[6].name}较差；{towns[7].name}连续两年一般；{towns[4].name}识别准确率89.9%"
                 f"（{towns[5].name}恰为90%，不构成）")

    ranks = []
    for y in (last - 1, last):
        for k, task in enumerate(KEY_TASKS):
            unit = depts[k % len(depts)]
            rank = 10 if k == 0 else rng.randint(1, 9)
            ranks.append({"year": y, "task": task, "unit_id": unit.id, "city_rank": rank, "city_count": 10,
                          "leader_id": deputies[unit.id][0].id})
    s.execute(insert(KeyTaskRank), ranks)
    cases.append(f"第七条第（五）项：{depts[0].name}“{KEY_TASKS[0]}”连续两年全市末位")

    leaders = [{"unit_id": u, "work": ind, "cadre_id": deputies[u][0].id}
               for ind, u in dict(s.execute(select(MonitoringRank.indicator, MonitoringRank.unit_id)).all()).items()
               if deputies.get(u)]
    if leaders:
        s.execute(insert(LeaderAssignment), leaders)
    s.execute(insert(HealthRecord), [{"cadre_id": deputies[depts[1].id][0].id, "start_date": dt.date(last - 1, 6, 1),
                                      "end_date": None, "note": "住院治疗"}])
    s.execute(insert(PersonalRequest), [{"cadre_id": deputies[depts[2].id][0].id, "date": dt.date(last, 7, 1),
                                         "request": "转任非领导职务", "note": "本人书面申请"}])
    state.counts["责任认定"] = len(det_rows)
    state.counts["扶贫绩效考核"] = len(poverty)
    state.step()
