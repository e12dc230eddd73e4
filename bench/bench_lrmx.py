"""Importing 1,000 干部任免审批表 files (each with a photo, six family members and a long 简历) from one zip,
next to its floor: unzipping the same files and parsing each with defusedxml, nothing else.

Target: the whole import (zip checks, reading and checking every form, matching, the one transaction with its
audit entries) < 10 s; the ratio to the floor says what the program adds.
Run: python -m bench --only lrmx, or python bench/bench_lrmx.py.
"""
from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from statistics import median

Report = Callable[..., None]
FORMS = 1_000
ROOT = Path(__file__).resolve().parent.parent


def make_zip(path: Path, n: int = FORMS) -> None:
    """n editor-style forms with distinct ID numbers, in a zip as a higher department sends them."""
    sys.path.insert(0, str(ROOT))
    from tests.lrmx_files import editor_file
    from zydesk.core.idnumber import make_id_number

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for i in range(n):
            birth = dt.date(1965, 1, 1) + dt.timedelta(days=i * 7)
            number = make_id_number(f"6109{i % 90 + 10:02d}", birth, i // 90, i % 2 == 0)
            zf.writestr(f"任免审批表/{i:04d}.lrmx", editor_file(name=f"干部{i:04d}", id_number=number,
                                                              birth=f"{birth:%Y%m}"))


def floor_seconds(path: Path) -> float:
    import defusedxml.ElementTree as DET

    t0 = time.perf_counter()
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            DET.fromstring(zf.read(info).decode("utf-8-sig").split("?>", 1)[1])
    return time.perf_counter() - t0


def import_seconds(folder: Path, path: Path, tag: str) -> float:
    from zydesk.core.security.principal import Principal
    from zydesk.core.security.roles import Role
    from zydesk.services.lrmx.importing import import_forms
    from zydesk.services.lrmx.sources import collect
    from zydesk.services.security.signin import create_database

    created = create_database("sqlite:///" + str(folder / f"lrmx-{tag}.sqlite"), "管理员", "Bench-pass-2026")
    db = created.db.acting_as(Principal("录入员", (Role.CLERK,)))
    try:
        t0 = time.perf_counter()
        plan = import_forms(db, collect([path]))
        took = time.perf_counter() - t0
        assert plan.counts()["created"] == FORMS, plan.counts()
        return took
    finally:
        created.db.dispose()


def run(report: Report, repeats: int = 3) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "forms.zip"
        make_zip(path)
        floors, fulls = [], []
        for k in range(repeats):
            floors.append(floor_seconds(path))
            fulls.append(import_seconds(folder, path, str(k)))
        floor, full = median(floors), median(fulls)
        ratio = median(f / fl for f, fl in zip(fulls, floors))
        size = path.stat().st_size / 1048576
        report(f"解压并解析 {FORMS:,} 份任免审批表（{size:.1f} MB zip，下限）", floor * 1000, "ms")
        report(f"导入 {FORMS:,} 份任免审批表（zip，一次写入）", full * 1000, "ms", target="< 10,000 ms")
        report("导入 / 下限", ratio, "倍")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    from bench import report as _report

    run(_report)
