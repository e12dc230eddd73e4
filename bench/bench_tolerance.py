"""容错纠错: working-day arithmetic and the case list with every deadline computed (the tab's refresh,
the start-up reminders, `zydesk cases`), on 1,000 cases at every stage of 第八条."""
from __future__ import annotations

import datetime as dt
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench import best_ms
from zydesk.core.security.roles import Permission

Report = Callable[..., None]
N_CASES = 1000


def _best(fn: Callable[[], object], repeat: int = 5) -> float:
    return best_ms(fn, repeat)


def _cases(n: int, seed: int = 11) -> list[dict[str, object]]:
    """Cases spread over 2017–2026 whose dates follow the procedure; a random stage for each."""
    from zydesk.core.tolerance import rules

    rnd = random.Random(seed)
    stages = [rules.APPLIED, rules.ACCEPTED, rules.REPORTED, rules.CONCLUDED, rules.FED_BACK, rules.FILED,
              rules.REFUSED]
    out: list[dict[str, object]] = []
    seqs: dict[int, int] = {}
    for _ in range(n):
        start = dt.date(2017, 1, 2) + dt.timedelta(days=rnd.randint(0, 3560))
        applied = start + dt.timedelta(days=rnd.randint(1, 12))
        seqs[applied.year] = seqs.get(applied.year, 0) + 1
        stage = rnd.choice(stages)
        k = stages.index(stage) if stage != rules.REFUSED else 1
        day = applied
        dates: dict[str, object] = {}
        for field in ("accepted_on", "report_on", "concluded_on", "feedback_on", "filed_on")[:k]:
            day = day + dt.timedelta(days=rnd.randint(2, 40))
            dates[field] = day
        tolerated = rnd.random() < 0.7
        out.append(dict(
            number=f"紫容〔{applied.year}〕{seqs[applied.year]}号", year=applied.year, seq=seqs[applied.year],
            status=stage, applicant_type="个人", applicant_name=f"干部{len(out)}", matter="事由",
            accountability_started=start, host_body="县纪委监委", host_kind="纪检监察机关（机构）",
            circumstances=[4], applied_on=applied, exclusions=[],
            accepted=(stage != rules.REFUSED) if k >= 1 else None,
            conclusion=("容错免责" if tolerated else "不予容错") if k >= 3 else None, **dates))
    return out


def run(report: Report) -> None:
    from sqlalchemy import insert

    from bench import backend
    from zydesk.core.workdays import add_workdays
    from zydesk.services.tolerance import reads as svc
    from zydesk.services.workdays import builtin_schedule, load_calendar
    from zydesk.storage.models_tolerance import ToleranceCase

    L = backend.label
    with tempfile.TemporaryDirectory() as tmp, backend.cluster():
        db = backend.create(Path(tmp) / "tol.sqlite")
        with db.read() as s:
            t0 = time.perf_counter()
            builtin_schedule.cache_clear()
            cal = load_calendar(s)
            first = (time.perf_counter() - t0) * 1000
            report(L("工作日：首次载入日历（内置2004–2026年＋录入年份）"), first, "ms", "≤ 200 ms")
            report(L("工作日：再次载入日历（内置部分已缓存）"), _best(lambda: load_calendar(s)), "ms", "≤ 20 ms")
        starts = [dt.date(2018, 1, 1) + dt.timedelta(days=i) for i in range(1000)]
        per = _best(lambda: [add_workdays(cal, d, 30) for d in starts]) / len(starts) * 1000
        import chinese_calendar

        floor = _best(lambda: [sum(chinese_calendar.is_workday(d + dt.timedelta(days=k)) for k in range(1, 43))
                               for d in starts]) / len(starts) * 1000
        report("工作日：第30个工作日（每次）", per, "µs", "≤ 100 µs", f"{floor:.0f} µs（chinesecalendar 逐日判断42天）")

        with db.uow("bench", Permission.ENTER) as uow:
            uow.session.execute(insert(ToleranceCase), _cases(N_CASES))
            uow.commit()
        today = dt.date(2026, 11, 20)
        with db.read() as s:
            rows = _best(lambda: svc.case_rows(s, today=today))
            report(L(f"案件列表：{N_CASES}件，逐件计算各环节期限"), rows, "ms", "≤ 300 ms")
            report(L(f"启动提醒：{N_CASES}件中的逾期和临期环节"), _best(lambda: svc.startup_reminders(s, today)), "ms",
                   "≤ 300 ms")
            one = svc.case_rows(s, today=today)[0].id
            report(L("案件视图：一件案件的时间线和记录"), _best(lambda: svc.case_detail(s, one, today)), "ms", "≤ 50 ms")
        db.dispose()
