"""Golden cases of the working-day calendar (2026 notice of the 国务院办公厅, 4 Nov 2025)."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from zydesk.core.workdays import Calendar, schedule_from_ranges, workdays_between
from zydesk.core.workdays import add_workdays as core_add
from zydesk.errors import UserError
from zydesk.services.workdays import (
    add_workdays,
    builtin_schedule,
    delete_year_schedule,
    load_calendar,
    set_year_schedule,
    startup_reminders,
    year_overview,
)
from zydesk.storage.uow import Database

D = dt.date


def test_national_day_2026(db: Database) -> None:
    with db.read() as s:
        r = add_workdays(s, D(2026, 9, 28), 3)
    # 29, 30 Sep, then 1–7 Oct off, Thu 8 Oct is the third working day
    assert r.due == D(2026, 10, 8) and not r.estimated and r.estimated_years == ()


def test_makeup_saturday_2026_10_10_is_a_working_day(db: Database) -> None:
    with db.read() as s:
        cal = load_calendar(s)
        assert cal.is_workday(D(2026, 10, 10))
        assert cal.is_workday(D(2026, 9, 20))  # Sunday worked
        assert not cal.is_workday(D(2026, 10, 5))
        # Friday 9 Oct → the next working day is Saturday 10 Oct, not Monday
        assert add_workdays(s, D(2026, 10, 9), 1).due == D(2026, 10, 10)


def test_spring_festival_2026(db: Database) -> None:
    with db.read() as s:
        cal = load_calendar(s)
        assert cal.is_workday(D(2026, 2, 14)) and cal.is_workday(D(2026, 2, 28))  # makeup Saturdays
        assert not any(cal.is_workday(D(2026, 2, d)) for d in range(15, 24))
        # Fri 13 Feb + 1 → Sat 14 Feb (makeup), + 2 → Tue 24 Feb (15–23 off)
        assert add_workdays(s, D(2026, 2, 13), 1).due == D(2026, 2, 14)
        assert add_workdays(s, D(2026, 2, 13), 2).due == D(2026, 2, 24)


def test_thirty_working_days_across_the_spring_festival(db: Database) -> None:
    # From Mon 2 Feb 2026: Feb 3–6 (4), 9–13 (5), 14 (1) = 10; 24–27 (4), 28 (1) = 15;
    # Mar 2–6, 9–13, 16–20 = 30 → Fri 20 Mar. Weekends-only counting would give Mon 16 Mar.
    with db.read() as s:
        r = add_workdays(s, D(2026, 2, 2), 30)
    assert r.due == D(2026, 3, 20)
    assert core_add(Calendar({}), D(2026, 2, 2), 30).due == D(2026, 3, 16)


def test_start_day_not_counted_and_zero_days() -> None:
    cal = Calendar({})
    assert core_add(cal, D(2025, 6, 2), 1).due == D(2025, 6, 3)  # Monday event → Tuesday
    assert core_add(cal, D(2025, 6, 6), 1).due == D(2025, 6, 9)  # Friday event → Monday
    assert core_add(cal, D(2025, 6, 6), 0).due == D(2025, 6, 6)
    with pytest.raises(ValueError):
        core_add(cal, D(2025, 6, 6), -1)


def test_deadline_in_2027_is_estimated_until_the_year_is_entered(db: Database) -> None:
    assert builtin_schedule(2027) is None  # the package covers 2004–2026
    with db.read() as s:
        r = add_workdays(s, D(2026, 12, 29), 3)
    # 30, 31 Dec 2026, then Fri 1 Jan 2027 counted as a working day (no schedule: weekends only)
    assert r.due == D(2027, 1, 1) and r.estimated and r.estimated_years == (2027,)
    assert "依据未录入节假日安排推算" in r.note and "2027年" in r.note

    set_year_schedule(db, 2027, holidays=[(D(2027, 1, 1), D(2027, 1, 3))], makeup_days=[], notice="测试通知")
    with db.read() as s:
        r2 = add_workdays(s, D(2026, 12, 29), 3)
    assert r2.due == D(2027, 1, 4) and not r2.estimated and r2.note == ""


def test_entered_year_overrides_builtin_and_can_be_removed(db: Database) -> None:
    # Suppose a change in the notice: 2026-10-08 also off, and Sunday 11 Oct worked instead
    holidays = [(D(2026, 10, 1), D(2026, 10, 8))]
    set_year_schedule(db, 2026, holidays, [D(2026, 10, 10), D(2026, 10, 11)])
    with db.read() as s:
        assert add_workdays(s, D(2026, 9, 28), 3).due == D(2026, 10, 9)  # 8 Oct now off
        assert add_workdays(s, D(2026, 10, 9), 2).due == D(2026, 10, 11)  # Sat and Sun both worked
    delete_year_schedule(db, 2026)
    with db.read() as s:
        assert add_workdays(s, D(2026, 9, 28), 3).due == D(2026, 10, 8)


def test_bad_schedule_is_refused_and_nothing_written(db: Database) -> None:
    with pytest.raises(UserError, match="本来就上班"):
        set_year_schedule(db, 2027, [(D(2027, 1, 1), D(2027, 1, 3))], [D(2027, 1, 5)])
    with pytest.raises(UserError, match="不在 2027 年内"):
        set_year_schedule(db, 2027, [(D(2026, 12, 31), D(2027, 1, 1))], [])
    with pytest.raises(UserError, match="结束日期早于开始日期"):
        set_year_schedule(db, 2027, [(D(2027, 1, 3), D(2027, 1, 1))], [])
    with db.read() as s:
        assert 2027 not in load_calendar(s).schedules


def test_year_overview_2026_has_248_working_days(db: Database) -> None:
    with db.read() as s:
        (row,) = year_overview(s, [2026])
    assert row.workdays == 248 and row.source == "内置日历" and row.makeup_days == 6


def test_workdays_between_counts_like_deadlines() -> None:
    cal = Calendar({2026: schedule_from_ranges(2026, [(D(2026, 10, 1), D(2026, 10, 7))], [D(2026, 10, 10)])})
    assert workdays_between(cal, D(2026, 9, 28), D(2026, 10, 8)) == 3
    assert workdays_between(cal, D(2026, 10, 8), D(2026, 9, 28)) == -3
    assert workdays_between(cal, D(2026, 10, 8), D(2026, 10, 8)) == 0


def test_startup_reminder_in_november_only_when_next_year_missing(db: Database) -> None:
    with db.read() as s:
        assert startup_reminders(s, D(2026, 10, 30)) == []
        (msg,) = startup_reminders(s, D(2026, 11, 2))
        assert "2027 年节假日安排尚未录入" in msg
    set_year_schedule(db, 2027, [(D(2027, 1, 1), D(2027, 1, 3))], [])
    with db.read() as s:
        assert startup_reminders(s, D(2026, 12, 1)) == []


def test_cli_workday_json(db: Database, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    from zydesk.cli.main import main

    assert main(["--db", db_url, "workday", "2026-09-28", "3", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"start": "2026-09-28", "days": 3, "due": "2026-10-08",
                                                   "estimated": False, "estimated_years": []}
    assert main(["--db", db_url, "workday", "2026-12-30", "2"]) == 0
    out = capsys.readouterr().out
    assert "2027-01-01" in out and "依据未录入节假日安排推算" in out
    assert main(["--db", db_url, "workday", "2026-13-01", "2"]) == 2
    assert "不是有效日期" in capsys.readouterr().err


def test_span_count_agrees_with_day_by_day(db: Database) -> None:
    """workdays_between counts long spans arithmetically; it must match walking day by day."""
    with db.read() as s:
        cal = load_calendar(s)
    start = D(2015, 12, 20)
    for end in (D(2016, 1, 1), D(2016, 2, 14), D(2020, 10, 10), D(2026, 10, 10), D(2027, 3, 1)):
        walked = sum(cal.is_workday(start + dt.timedelta(days=k)) for k in range(1, (end - start).days + 1))
        assert workdays_between(cal, start, end) == walked


def test_cli_holidays_enter_and_show(db: Database, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    from zydesk.cli.main import main

    assert main(["--db", db_url, "holidays", "2027", "--off", "2027-01-01:2027-01-03", "--work", "2027-02-20",
                 "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data == {"year": 2027, "source": "人工录入", "holidays": [["2027-01-01", "2027-01-03"]],
                    "makeup_days": ["2027-02-20"]}
    assert main(["--db", db_url, "workday", "2026-12-31", "1", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["due"] == "2027-01-04"
    assert main(["--db", db_url, "holidays", "2027", "--work", "2027-02-22"]) == 2
    assert "本来就上班" in capsys.readouterr().err
