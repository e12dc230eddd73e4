"""Services: scores through the service re-rank; overrides and tie-breaks need reasons; awards; bonus plans."""
from __future__ import annotations

from decimal import Decimal as D

import pytest
from sqlalchemy import select

from tests.factories import add_cadre, add_unit
from zydesk.core.incentives.bonus import Person
from zydesk.errors import UserError, ValidationError
from zydesk.services.incentives.awards import (
    KIND_RANKING,
    RecordedAwardData,
    add_recorded_award,
    all_awards,
    catch_up_results,
    save_monitoring_rows,
    village_warning,
)
from zydesk.services.incentives.bonus import compute_plan, load_plans, save_plan, set_bonus_amount
from zydesk.services.incentives.ranking import (
    compute_ranking,
    save_override,
    save_ranking_setting,
    save_score,
    save_tie_break,
)
from zydesk.storage.models import AuditEntry
from zydesk.storage.models_ranking import AwardOverride
from zydesk.storage.uow import Database


def _towns(db: Database, scores: list[int]) -> list[int]:
    ids = [add_unit(db, f"{i}镇", kind="镇", group="镇", sort=i) for i in range(len(scores))]
    for uid, s in zip(ids, scores, strict=True):
        save_score(db, 2024, uid, s)
    return ids


def test_override_requires_reason_and_is_audited(db: Database) -> None:
    ids = _towns(db, [90, 80, 70])
    with pytest.raises(UserError, match="理由"):
        save_override(db, 2024, ids[2], "一等奖", "  ")
    with db.read() as s:
        assert s.scalar(select(AwardOverride)) is None
    save_override(db, 2024, ids[2], "一等奖", "获国务院表彰")
    with db.read() as s:
        u = compute_ranking(s, 2024).unit(ids[2])
        assert u is not None and u.award == "一等奖" and u.computed_award == "三等奖"
        audit = s.scalars(select(AuditEntry).where(AuditEntry.object_type == "AwardOverride")).all()
        assert audit and audit[-1].action == "人工调整考核奖项"


def test_tie_break_validated(db: Database) -> None:
    ids = _towns(db, [95, 90, 90, 80, 70, 60])  # 6 × 35% = 2.1 → 2: 95, then 90/90 tie for 1 place
    save_ranking_setting(db, "ranking.tie_rule", "clerk")
    with db.read() as s:
        g = compute_ranking(s, 2024).groups[0]
        assert set(g.tie_units) == {ids[1], ids[2]} and g.tie_places == 1
    with pytest.raises(UserError, match="应选择 1 个"):
        save_tie_break(db, 2024, "镇", [ids[1], ids[2]], "都给")
    with pytest.raises(UserError, match="理由"):
        save_tie_break(db, 2024, "镇", [ids[2]], "")
    save_tie_break(db, 2024, "镇", [ids[2]], "重点工作考核位次更靠前")
    with db.read() as s:
        r = compute_ranking(s, 2024)
        assert r.unit(ids[2]).award == "一等奖" and r.unit(ids[1]).award != "一等奖"  # type: ignore[union-attr]


def test_settings_validated_and_per_year(db: Database) -> None:
    _towns(db, [90, 80, 70, 60, 50, 40, 30, 20, 10, 5])  # 10 × 35% = 3.5
    with pytest.raises(UserError):
        save_ranking_setting(db, "ranking.rounding", "banker")
    save_ranking_setting(db, "ranking.rounding", "floor", year=2024)
    with db.read() as s:
        g = compute_ranking(s, 2024).groups[0]
        assert g.quota == 3 and g.quota_formula == "10 × 35% = 3.5 → 3"


def test_score_validation(db: Database) -> None:
    uid = add_unit(db, "城关镇", kind="镇", group="镇")
    with pytest.raises(UserError, match="不是数字"):
        save_score(db, 2024, uid, "九十")
    with pytest.raises(UserError, match="原因"):
        save_score(db, 2024, uid, "90", vetoed=True)
    with db.read() as s:
        assert compute_ranking(s, 2024).unit(uid).score is None  # type: ignore[union-attr]


def test_catch_up_from_monitoring_and_villages(db: Database) -> None:
    fgj = add_unit(db, "发改局")
    tjj = add_unit(db, "统计局")
    town = add_unit(db, "城关镇", kind="镇", group="镇")
    rows = [{"year": y, "indicator": "固定资产投资增速", "unit_name": u, "province_rank": r}
            for u, ranks in (("发改局", (40, 30, 25)), ("统计局", (20, 29, 16)))
            for y, r in zip((2022, 2023, 2024), ranks, strict=True)]
    with pytest.raises(ValidationError) as err:
        save_monitoring_rows(db, [*rows, {"year": 2024, "indicator": "x", "unit_name": "无此局", "province_rank": 0}])
    assert "第8行 «责任单位»" in str(err.value) and "第8行 «全省排名»" in str(err.value)
    save_monitoring_rows(db, rows)
    with db.read() as s:
        res = {c.unit_id: c for c in catch_up_results(s, 2024)}
        assert res[fgj].qualifies and not res[tjj].qualifies
    for i in range(4):
        add_recorded_award(db, RecordedAwardData(2024, "脱贫攻坚先进村", town, village=f"{i}村"))
    with db.read() as s:
        assert village_warning(s, 2024) is not None
    add_recorded_award(db, RecordedAwardData(2024, "脱贫攻坚先进村", town, village="五村"))
    with db.read() as s:
        assert village_warning(s, 2024) is None
        kinds = {a.kind for a in all_awards(s, 2024)}
        assert {"追赶超越贡献奖", "脱贫攻坚先进村"} <= kinds
    with pytest.raises(ValidationError, match="先进村须列在所属镇之下"):
        add_recorded_award(db, RecordedAwardData(2024, "脱贫攻坚先进村", fgj, village="某村"))


def test_bonus_plan_saved_and_never_over(db: Database) -> None:
    uid = add_unit(db, "财政局")
    add_cadre(db, "张三", "财政局")
    add_cadre(db, "李四", "财政局")
    with pytest.raises(UserError, match="尚未设置"):
        with db.read() as s:
            compute_plan(s, 2024, KIND_RANKING, "一等奖", [Person("张三", "优秀")])
    set_bonus_amount(db, 2024, KIND_RANKING, "一等奖", "10000.50")
    people = [Person("张三", "优秀"), Person("李四", "称职"), Person("王五", "不定等次", D("0.5"))]
    pid = save_plan(db, 2024, uid, KIND_RANKING, "一等奖", people)
    with db.read() as s:
        plan = load_plans(s, 2024)[0]
        assert plan.id == pid and plan.plan.paid == 10000 and plan.plan.left == D("0.50")
        assert [x.amount for x in plan.plan.shares] == [4444, 3704, 1852]


def test_bonus_plan_xlsx_export(tmp_path: object) -> None:
    from pathlib import Path

    from openpyxl import load_workbook

    from zydesk.core.incentives.bonus import a12_distribute
    from zydesk.services.incentives.ranking_export import export_plan_xlsx

    plan = a12_distribute(D("1000"), [Person("甲", "优秀"), Person("乙", "称职"), Person("丙", "基本称职")])
    path = export_plan_xlsx(Path(str(tmp_path)) / "plan.xlsx", 2024, "城关镇", KIND_RANKING, "一等奖", plan)
    ws = load_workbook(path).active
    assert ws is not None
    cells = [[c.value for c in row] for row in ws.iter_rows()]
    assert cells[0][0] == "城关镇2024年度目标责任考核一等奖奖金分配方案"
    people = {r[1]: r[4] for r in cells[3:6]}
    assert people == {"甲": 445, "乙": 370, "丙": 185} and sum(people.values()) == 1000
    assert cells[6][0] == "合计" and cells[6][4] == 1000
    assert not any(isinstance(v, str) and v.startswith("=") for row in cells for v in row)  # no formulas
