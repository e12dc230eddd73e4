"""Demo data of 单位考核与奖励: monitoring ranks (第六条第2目), recorded awards, bonus amounts.

Planted cases (listed in state.data["cases"]): in the last year one department's indicator moves up
exactly 5 places against the better of the two previous years (qualifies for 追赶超越贡献奖) and
another exactly 4 (does not).
"""
from __future__ import annotations

import random
from decimal import Decimal

from sqlalchemy import insert

from zydesk.core.incentives.awards import DEFAULT_KEY_TASKS, REFORM_GRADES
from zydesk.demo import DemoState
from zydesk.demo.master import DemoUnit
from zydesk.storage.models_ranking import BonusAmount, MonitoringRank, RecordedAward
from zydesk.storage.uow import Database

STEPS = 1
INDICATORS = ("地区生产总值增速", "固定资产投资增速", "社会消费品零售总额增速", "城镇居民人均可支配收入增速",
              "农村居民人均可支配收入增速", "一般公共预算收入增速", "规模以上工业增加值增速", "招商引资到位资金",
              "森林覆盖率", "空气质量优良天数")
PROVINCE_COUNTIES = 107  # 陕西省县（市、区）数
VILLAGES = ("东城村", "西关村", "新华村", "双星村", "太坪村", "红旗村", "松树村", "金星村")
AMOUNTS = {("年度目标责任考核奖", "一等奖"): 30000, ("年度目标责任考核奖", "二等奖"): 20000,
           ("年度目标责任考核奖", "三等奖"): 10000, ("重大改革创新贡献奖", "特等奖"): 50000,
           ("重大改革创新贡献奖", "一等奖"): 30000, ("重大改革创新贡献奖", "二等奖"): 20000,
           ("重大改革创新贡献奖", "三等奖"): 10000, ("追赶超越贡献奖", ""): 20000,
           ("目标责任考核创优贡献奖", ""): 20000, ("脱贫攻坚工作先进镇", ""): 30000, ("脱贫攻坚先进部门", ""): 20000}


def fill(db: Database, rng: random.Random, state: DemoState) -> None:
    s = state.session
    years = list(state.sizes.years)
    last = years[-1]
    units: list[DemoUnit] = [u for u in state.data["units"] if u.county == 0]
    towns = [u for u in units if u.is_town]
    # indicators belong to government departments first (发改、统计、财政…), then the others
    depts = sorted((u for u in units if not u.is_town), key=lambda u: u.group != "政府工作部门")
    cases: list[str] = state.data.setdefault("cases", [])
    rows: list[dict[str, object]] = []
    for k, (indicator, unit) in enumerate(zip(INDICATORS, depts, strict=False)):
        rank = rng.randint(20, 90)
        by_year: dict[int, int] = {}
        for y in years:
            rank = min(PROVINCE_COUNTIES, max(1, rank + rng.randint(-3, 3)))
            by_year[y] = rank
        if k in (0, 1) and len(years) >= 3:  # planted: exactly 5 and exactly 4 places up
            best = min(by_year[last - 1], by_year[last - 2])
            by_year[last] = best - (5 if k == 0 else 4)
            cases.append(f"追赶超越（第六条第2目）：{unit.name}“{indicator}”{last}年前移{5 if k == 0 else 4}位")
        for y, r in by_year.items():
            rows.append({"year": y, "indicator": indicator, "unit_id": unit.id, "province_rank": r,
                         "city_rank": max(1, min(10, r // 10 + 1)), "province_count": PROVINCE_COUNTIES,
                         "city_count": 10, "retreat_province_rank": None})
    if rows:
        s.execute(insert(MonitoringRank), rows)
    awards: list[dict[str, object]] = []

    def award(kind: str, unit: DemoUnit, **kw: object) -> None:
        awards.append({"year": last, "kind": kind, "unit_id": unit.id, "village": None, "grade": None, "task": None,
                       "plus_points": None, "recommended": False, "reason": "演示数据", **kw})

    if len(depts) >= 6 and len(towns) >= 3:
        award("重大改革创新贡献奖", depts[2], grade=REFORM_GRADES[1])
        award("重大改革创新贡献奖", depts[3], grade=REFORM_GRADES[2])
        for task, unit in zip(DEFAULT_KEY_TASKS[:3], depts[3:6], strict=True):
            award("重点工作单项考核奖", unit, task=task)
        award("目标责任考核创优贡献奖", depts[4], plus_points=Decimal("1.5"))
        award("脱贫攻坚工作先进镇", towns[0], recommended=True)
        award("脱贫攻坚工作先进镇", towns[1])
        award("脱贫攻坚先进部门", depts[5])
        for i, village in enumerate(VILLAGES[:6]):
            award("脱贫攻坚先进村", towns[i % 3], village=village)
        s.execute(insert(RecordedAward), awards)
    s.execute(insert(BonusAmount), [{"year": y, "award_kind": k, "grade": g, "amount": Decimal(v)}
                                    for y in years for (k, g), v in AMOUNTS.items()])
    state.counts["监测考评指标"] = len(rows)
    state.step()
