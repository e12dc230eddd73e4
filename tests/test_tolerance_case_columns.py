"""tolerance-cases: the 第七条 exclusions and the 第十六条 问责处理完毕日期 as columns, checked as the case
page checks them; export then import gives the same cases."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.adjustment_xlsx import xlsx
from tests.factories import town_deputy
from tests.test_excel_helpers import assert_reimport_noop, errors_of
from tests.test_register_kinds import head
from zydesk.core.security.roles import Permission
from zydesk.excel import export_kind, import_file
from zydesk.storage.models_tolerance import ToleranceCase
from zydesk.storage.uow import Database


@pytest.fixture
def idn(db: Database) -> str:
    return town_deputy(db)


def case(number: str, idn: str, conclusion: str | None, exclusions: str | None,
         done: dt.date | None) -> list[object]:
    concluded = "2025-04-18" if conclusion else None
    return [number, "个人", idn, None, "2025-03-03", done, "2025-03-06", "2025-03-10", "2025-04-10", concluded,
            conclusion, None, None, "4", exclusions, "项目推进失误", "县纪委", None]


def test_exclusions_and_concluded_date(db: Database, idn: str, tmp_path: Path) -> None:
    rows = [case("紫容〔2025〕1号", idn, "不予容错", "贪污贿赂、失职渎职", dt.date(2025, 3, 20)),
            case("紫容〔2025〕2号", idn, None, None, None)]
    report = import_file(db, "tolerance-cases", xlsx(tmp_path / "a.xlsx", head("tolerance-cases"), rows))
    assert report.created == 2 and not report.notes
    with db.read() as s:
        got = {c.number: (c.exclusions, c.accountability_concluded) for c in s.scalars(select(ToleranceCase))}
    assert got["紫容〔2025〕1号"] == (["贪污贿赂", "失职渎职"], dt.date(2025, 3, 20))
    assert got["紫容〔2025〕2号"] == ([], None)
    out = tmp_path / "e.xlsx"
    assert export_kind(db, "tolerance-cases", out) == 2
    assert_reimport_noop(db, "tolerance-cases", out, 2)  # the export states the cases as registered: nothing to do
    assert_reimport_noop(db, "tolerance-cases", tmp_path / "a.xlsx", 2)  # so does the file they came from
    changed = [r[:] for r in rows]
    changed[1][15] = "另一事由"  # a registered case is not changed by an import: refused as before
    errors = errors_of(db, "tolerance-cases", xlsx(tmp_path / "c.xlsx", head("tolerance-cases"), changed))
    assert errors == ["第3行 «案件编号»: 紫容〔2025〕2号 已在案件登记簿中"]
    with db.uow("清空", Permission.ENTER) as uow:  # into an empty register the export gives the same cases
        for c in uow.session.scalars(select(ToleranceCase)):
            uow.session.delete(c)
        uow.commit()
    assert import_file(db, "tolerance-cases", out).created == 2
    with db.read() as s:
        again = {c.number: (c.exclusions, c.accountability_concluded) for c in s.scalars(select(ToleranceCase))}
    assert again == got


def test_refusals_and_the_article_16_warning(db: Database, idn: str, tmp_path: Path) -> None:
    rows = [case("紫容〔2025〕1号", idn, "免责", "贪污贿赂", None),
            case("紫容〔2025〕2号", idn, None, "受贿", None),
            case("紫容〔2025〕3号", idn, None, None, dt.date(2025, 1, 1))]
    errors = errors_of(db, "tolerance-cases", xlsx(tmp_path / "a.xlsx", head("tolerance-cases"), rows))
    assert any(e.startswith("第2行 «第七条情形»: 已确认存在“贪污贿赂”的情形") and "不予容错" in e for e in errors)
    assert any(e.startswith("第3行 «第七条情形»: “受贿”不是第七条的情形") for e in errors)
    assert "第4行 «问责处理完毕日期»: 2025-01-01 早于问责启动日期 2025-03-03" in errors
    old = case("紫容〔2016〕1号", idn, None, None, dt.date(2016, 10, 1))
    old[4], old[6:9] = "2016-09-01", ["2016-09-05", "2016-09-06", "2016-10-10"]
    report = import_file(db, "tolerance-cases", xlsx(tmp_path / "b.xlsx", head("tolerance-cases"), [old]))
    assert report.created == 1 and "不适用容错纠错规定" in report.notes[0]  # the form's 第十六条 warning
