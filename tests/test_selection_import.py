"""第九条 selection through the nominations kind: stages up to 当选 by the page's state machine, the
eligibility review run where a step needs it, refusals per row and column, re-import and export→import
change nothing."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from tests.adjustment_xlsx import xlsx
from tests.factories import add_cadre, add_unit
from tests.test_excel_helpers import assert_reimport_noop, errors_of
from tests.test_excellent_helpers import appraise
from tests.test_register_kinds import head, round_trip
from zydesk.excel import import_file
from zydesk.services.incentives import excellent as svc
from zydesk.storage.models import Cadre
from zydesk.storage.models_excellent import ReserveEntry
from zydesk.storage.uow import Database


@pytest.fixture
def people(db: Database) -> dict[str, str]:
    add_unit(db, "城关镇", kind="镇", group="镇")
    add_unit(db, "洞河镇", kind="镇", group="镇")
    good = add_cadre(db, "王书记", "城关镇", "党委书记", "正科级", principal=True)
    weak = add_cadre(db, "李镇长", "洞河镇", "镇长", "正科级", principal=True)
    appraise(db, good, {2023: "称职", 2024: "称职", 2025: "优秀"})
    appraise(db, weak, {2023: "称职", 2024: "基本称职", 2025: "称职"})
    with db.read() as s:
        return {c.name: c.id_number for c in s.scalars(select(Cadre))}


def row(number: str, unit: str, stage: str | None = None, eligible: str | None = None, votes: int | None = None,
        reason: str | None = None, city: str | None = None) -> list[object]:
    return [2025, number, unit, None, "事迹", stage, eligible, votes, None, reason, city]


def test_stages_up_to_elected(db: Database, people: dict[str, str], tmp_path: Path) -> None:
    no_votes = [row(people["王书记"], "城关镇", "当选")]
    errors = errors_of(db, "nominations", xlsx(tmp_path / "a.xlsx", head("nominations"), no_votes))
    assert errors == ["第2行 «阶段»: 不能进入“当选”：尚未录入评审票数或得分"]
    good = [row(people["王书记"], "城关镇", "当选", "符合", 35, None, "是")]
    path = xlsx(tmp_path / "b.xlsx", head("nominations"), good)
    assert import_file(db, "nominations", path).created == 1
    with db.read() as s:
        (n,) = svc.round_view(s, 2025).nominees
        assert (n.stage, n.eligible, n.votes, n.city_recommended) == ("当选", True, 35, True)
        assert n.checks and all(c["article"] == 9 for c in n.checks)
        assert [h.to_stage for h in svc.stage_history(s, n.id)] == ["推荐", "审核", "评审", "公示", "当选"]
        assert s.scalars(select(ReserveEntry)).one().source == "优秀干部"  # 第二十条
    assert_reimport_noop(db, "nominations", path, 1)
    round_trip(db, "nominations", tmp_path, 1, 2025)
    back = [row(people["王书记"], "城关镇", "审核")]
    errors = errors_of(db, "nominations", xlsx(tmp_path / "c.xlsx", head("nominations"), back))
    assert errors == ["第2行 «阶段»: 已处于“当选”阶段，不能退回“审核”"]


def test_review_and_rejection(db: Database, people: dict[str, str], tmp_path: Path) -> None:
    rows = [row(people["李镇长"], "洞河镇", "评审"), row(people["王书记"], "城关镇", None, "不符合"),
            row(people["王书记"], "城关镇", "未通过")]
    errors = errors_of(db, "nominations", xlsx(tmp_path / "a.xlsx", head("nominations"), rows))
    assert "第2行 «阶段»: 不能进入“评审”：资格审核有不符合项，不能进入评审" in errors
    assert any(e.startswith("第3行 «资格审核»: 按第九条审核的结果为“符合”") for e in errors)
    assert "第4行 «公民身份号码»: 与第3行重复" in errors
    rows = [row(people["李镇长"], "洞河镇", "审核"), row(people["王书记"], "城关镇", "评审", None, None, None, "是")]
    errors = errors_of(db, "nominations", xlsx(tmp_path / "b.xlsx", head("nominations"), rows))
    assert errors == ["第3行 «择优推荐市级»: 只能从当选者中择优推荐上报全市评选"]
    with db.read() as s:
        assert svc.round_view(s, 2025).nominees == []
    first = [row(people["李镇长"], "洞河镇", "审核")]
    assert import_file(db, "nominations", xlsx(tmp_path / "c.xlsx", head("nominations"), first)).created == 1
    with db.read() as s:
        (n,) = svc.round_view(s, 2025).nominees
        assert (n.stage, n.eligible) == ("审核", False)
    refused = [row(people["李镇长"], "洞河镇", "未通过")]
    errors = errors_of(db, "nominations", xlsx(tmp_path / "d.xlsx", head("nominations"), refused))
    assert errors == ["第2行 «阶段»: 不能进入“未通过”：设为未通过须填写理由"]
    refused = [row(people["李镇长"], "洞河镇", "未通过", None, None, "近三年考核有基本称职")]
    report = import_file(db, "nominations", xlsx(tmp_path / "e.xlsx", head("nominations"), refused))
    assert (report.created, report.updated) == (0, 1)
    round_trip(db, "nominations", tmp_path, 1, 2025)
