"""The demo's 优秀干部评选 round: quotas filled within “左右”, every stage shown, planted ineligible nominees."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from zydesk.cli.main import main
from zydesk.core.incentives.excellent import CATEGORIES, STAGES
from zydesk.services.incentives.excellent import honours, reserve_list, round_view, stage_history
from zydesk.storage.models_excellent import HonourSuggestionDecision
from zydesk.storage.uow import Database


def test_round_fills_each_quota_within_the_tolerance(demo_db: Database) -> None:
    with demo_db.read() as s:
        view = round_view(s, 2025)
    assert view.exists
    assert 60 <= len(view.nominees) <= 70
    for line in view.report.lines:
        assert line.low <= line.filled <= line.high, line
        assert line.filled >= line.target  # the demo elects the full quota
    assert view.report.total_low <= view.report.total_filled <= view.report.total_high
    assert {n.category for n in view.nominees} == set(CATEGORIES)
    assert {n.stage for n in view.nominees} == {*STAGES, "未通过"}
    winners = [n for n in view.nominees if n.stage == "当选"]
    assert all(n.eligible and n.votes is not None and n.score is not None and n.deeds for n in winners)
    city = [n for n in view.nominees if n.city_recommended]
    assert 2 <= len(city) <= 3 and all(n.stage == "当选" for n in city)
    # winners go on the reserve list (第二十条)
    with demo_db.read() as s:
        reserve = {r.cadre_id: r.source for r in reserve_list(s)}
    assert all(reserve.get(n.cadre_id) == "优秀干部" for n in winners)
    assert any(source != "优秀干部" for source in reserve.values())


def test_planted_nominees_fail_the_check_with_the_reason(demo_db: Database) -> None:
    with demo_db.read() as s:
        view = round_view(s, 2025)
        failed = [n for n in view.nominees if n.eligible is False]
        assert len(failed) >= 1
        blocking = [c for n in failed for c in n.checks if c["blocking"]]
        assert all(c["article"] == 9 and c["verdict"] == "不符合" for c in blocking)
        assert any("影响期" in c["evidence"] and "2026-01-12" in c["evidence"] for c in blocking)
        assert any("称职" in c["evidence"] for c in blocking)  # the appraisal below 称职
        rejected = [n for n in view.nominees if n.stage == "未通过"]
        reasons = [stage_history(s, n.id)[-1].reason or "" for n in rejected]
    assert len(rejected) == 2
    assert any(r.startswith("资格审核不符合（第九条）") for r in reasons)
    assert any("票" in r for r in reasons)


def test_honours_and_suggestions(demo_db: Database) -> None:
    with demo_db.read() as s:
        rows = honours(s, 2025)
        decisions = list(s.scalars(select(HonourSuggestionDecision)))
    assert {"嘉奖", "人民满意的公务员集体"} <= {h.kind for h in rows}
    approved = [h for h in rows if h.status == "已批准"]
    assert all("批准" in h.chain for h in approved)
    if decisions:  # suggestions come from three 优秀 in a row in the records demo
        assert decisions[0].decision == "采纳" and any(h.kind == "记三等功" for h in approved)


def test_cli_lists_the_round(demo_db: Database, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    with demo_db.read() as s:
        count = len(round_view(s, 2025).nominees)
    assert main(["--db", db_url, "excellent", "--year", "2025", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["year"] == 2025
    assert out["quotas"]["基层一线"] == {"target": 40, "filled": 41}
    assert len(out["nominees"]) == count
    bad = [n for n in out["nominees"] if n["eligible"] is False]
    assert bad and all(any(c["verdict"] == "不符合" and c["article"] == 9 for c in n["checks"]) for n in bad)
