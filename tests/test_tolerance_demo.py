"""Demo cases of 容错纠错: every stage present, live deadlines, protections readable by other modules."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.cli_db import new_database
from zydesk.demo import DemoSizes, fill_demo
from zydesk.services.tolerance import cases as svc
from zydesk.storage.models_tolerance import ToleranceCase, ToleranceClarification
from zydesk.storage.uow import Database


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("toldemo") / "demo.sqlite"
    db = new_database(path)
    fill_demo(db, seed=7, sizes=DemoSizes(units=40, cadres=300, first_year=2024, last_year=2025))
    yield db
    db.dispose()


def test_demo_cases_cover_the_procedure(demo: Database) -> None:
    with demo.read() as s:
        rows = svc.case_rows(s)
        statuses = {r.status for r in rows}
        conclusions = {r.conclusion_text for r in rows}
        reduced = s.scalar(select(ToleranceCase).where(ToleranceCase.conclusion == "容错减责"))
        assert reduced is not None and reduced.impact_end is not None
        assert svc.impact_period(s, reduced.number) is not None
        assert any(n.startswith("已容错（第十一条）")
                   for n in svc.protection_notes(s, reduced.applicant_cadre_id))  # type: ignore[arg-type]
        clar = s.scalar(select(ToleranceClarification.cadre_id))
        assert clar is not None and any(n.startswith("已澄清") for n in svc.protection_notes(s, clar))
    assert {"已申请", "已受理", "已报备", "已办结", "不予受理"} <= statuses
    assert {"容错免责", "容错减责（从轻）", "不予容错"} <= conclusions
    assert sum(r.overdue for r in rows) >= 1 and any(r.late_application for r in rows)
    numbers = [r.number for r in sorted(rows, key=lambda r: (r.year, r.steps[0].done))]
    assert numbers[:1] == ["紫容〔2016〕1号"]
    today = dt.date.today()
    assert all(st.done is None or st.done <= today for r in rows for st in r.steps)
