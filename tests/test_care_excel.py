"""关心关爱 Excel kinds: a good file per register, errors all or nothing with 第N行 «列名», re-import and
export→import change nothing, the 错误清单 marks the bad rows."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from tests.adjustment_xlsx import xlsx
from tests.factories import add_cadre, add_unit, new_id_number
from tests.test_excel_helpers import assert_reimport_noop, count, errors_of
from zydesk.excel import export_kind, import_file
from zydesk.excel.kinds import get_kind
from zydesk.storage.models_care import Exchange, Exemplar, HealthCheck, Leave, Talk, Training
from zydesk.storage.uow import Database

KINDS = ["training", "exchanges", "exemplars", "leave", "talks", "health-checks"]


def head(kind: str) -> list[str]:
    return [c.name for c in get_kind(kind).columns]


@pytest.fixture
def ids(db: Database) -> list[str]:
    add_unit(db, "城关镇", kind="镇", group="镇")
    out = [new_id_number(), new_id_number()]
    add_cadre(db, "甲", "城关镇", id_number=out[0])
    add_cadre(db, "乙", "城关镇", id_number=out[1])
    return out


def good_rows(kind: str, a: str, b: str) -> list[list[object]]:
    return {
        "training": [[a, "2026-03-01", "2026-03-20", "中青年干部培训班", "县委党校", "是", None],
                     [b, "2026-12-31", None, "在职学历教育", None, "否", "函授"]],
        "exchanges": [[a, "双向交流", "2026-01-05", None, "县财政局", None, None],
                      [b, "挂职锻炼", "2026-02-01", "2026-08-01", "市发改委", "上级机关", None]],
        "exemplars": [[a, 2026, "优秀共产党员", "党代表", "2026-06-01", None], [b, 2026, "岗位能手", None, None, None]],
        "leave": [[a, 2026, 10, 6, 2, 0, None], [b, 2026, 5, 5, None, None, None]],
        "talks": [[a, "2026-12-31", "书记", None], [b, "2027-01-01", "书记", "年初谈话"]],
        "health-checks": [[a, "2026-05-01", "县总工会"], [b, "2026-05-02", None]],
    }[kind]


MODELS = {"training": Training, "exchanges": Exchange, "exemplars": Exemplar, "leave": Leave, "talks": Talk,
          "health-checks": HealthCheck}


@pytest.mark.parametrize("kind", KINDS)
def test_good_file_reimport_and_round_trip(db: Database, ids: list[str], tmp_path: Path, kind: str) -> None:
    path = xlsx(tmp_path / f"{kind}.xlsx", head(kind), good_rows(kind, *ids))
    assert import_file(db, kind, path).created == 2
    assert count(db, MODELS[kind]) == 2
    assert_reimport_noop(db, kind, path, 2)
    out = tmp_path / f"{kind}-export.xlsx"
    assert export_kind(db, kind, out) == 2
    assert_reimport_noop(db, kind, out, 2)


def test_talk_export_by_year_follows_the_date(db: Database, ids: list[str], tmp_path: Path) -> None:
    import_file(db, "talks", xlsx(tmp_path / "t.xlsx", head("talks"), good_rows("talks", *ids)))
    assert export_kind(db, "talks", tmp_path / "2026.xlsx", 2026) == 1
    assert export_kind(db, "talks", tmp_path / "2027.xlsx", 2027) == 1


def test_update_keeps_absent_columns(db: Database, ids: list[str], tmp_path: Path) -> None:
    import_file(db, "leave", xlsx(tmp_path / "l.xlsx", head("leave"), good_rows("leave", *ids)))
    report = import_file(db, "leave", xlsx(tmp_path / "l2.xlsx", ["公民身份号码", "年度", "已休年休假天数"],
                                           [[ids[0], 2026, 10]]))
    assert (report.created, report.updated) == (0, 1)
    with db.read() as s:
        row = s.scalars(select(Leave).where(Leave.taken == 10)).one()
        assert row.entitled == 10 and row.overtime == 2


def test_errors_all_or_nothing(db: Database, ids: list[str], tmp_path: Path) -> None:
    a, b = ids
    rows = [[a, "挂职", "2026-01-05", None, "县财政局", None, None],
            [b, "挂职锻炼", "2026-05-01", "2026-04-01", "市发改委", "山区", None],
            [new_id_number(), "双向交流", "2026-01-05", None, "县财政局", None, None],
            [a, "双向交流", "2026-03-01", None, None, None, None],
            [b, "挂职锻炼", "2026-06-01", None, "省厅", None, None],
            [b, "挂职锻炼", "2026-06-01", None, "省厅", None, None]]
    errors = errors_of(db, "exchanges", xlsx(tmp_path / "bad.xlsx", head("exchanges"), rows))
    text = "\n".join(errors)
    assert "第2行 «类别»" in text
    assert "第3行 «结束日期»: 早于开始日期" in errors and "第3行 «岗位类别»" in text
    assert "第4行 «公民身份号码»" in text and "第5行 «交流或挂职单位»" in text
    assert "第7行 «类别»: 与第6行重复" in text
    assert count(db, Exchange) == 0


def test_error_list_marks_bad_rows(db: Database, ids: list[str], tmp_path: Path) -> None:
    import openpyxl

    from zydesk.errors import ValidationError
    from zydesk.excel.error_list import write_error_list

    path = xlsx(tmp_path / "bad.xlsx", head("talks"), [[ids[0], "2026-02-30", "书记", None],
                                                        [ids[1], "2026-02-03", "书记", None]])
    with pytest.raises(ValidationError) as info:
        import_file(db, "talks", path)
    assert str(info.value.errors[0]).startswith("第2行 «谈话日期»")
    out = write_error_list("talks", path, info.value.errors, tmp_path / "错误清单.xlsx")
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    values = [[c.value for c in r] for r in sheet.iter_rows()]
    assert any("谈话日期" in str(v) for v in values[1]) and count(db, Talk) == 0


@pytest.mark.parametrize("kind", KINDS)
def test_demo_county_export_then_import_is_a_no_op(demo_db: Database, tmp_path: Path, kind: str) -> None:
    from tests.test_excel_helpers import audit_count

    out = tmp_path / f"{kind}.xlsx"
    n = export_kind(demo_db, kind, out)
    assert n > 0
    before = audit_count(demo_db)
    report = import_file(demo_db, kind, out)
    assert (report.created, report.updated) == (0, 0) and audit_count(demo_db) == before


def test_demo_county_coverage_has_lagging_units(demo_db: Database) -> None:
    from zydesk.demo import COUNTY
    from zydesk.services.incentives.care import coverage

    with demo_db.read() as s:
        rep = coverage(s, COUNTY.last_year)
    talks = rep.coverages[0]
    assert talks.total == 2000 and 0 < len(talks.missing) < 600
    assert min(u.percent("谈心谈话") for u in rep.units) < 90 and rep.leave
