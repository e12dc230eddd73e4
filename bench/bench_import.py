"""Importing a 50,000-row, 17-column cadre xlsx next to its floor: python-calamine alone reading the file.

Target: the whole import (safety checks, reading, validation, commit) ≤ 2 × the floor.
Run: python -m bench (all benchmarks) or python bench/bench_import.py (this one).
"""
from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from statistics import median
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when used: the import time is part of what is measured
    from zydesk.excel import ImportReport
    from zydesk.storage.uow import Database

ROWS = 50_000
UNITS = 100

Report = Callable[..., None]

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰飞鹏斌宇浩凯健俊帆帅旭宁龙林欣婷雪慧"
TITLES = ["科员", "副主任", "主任", "副局长", "局长", "副镇长", "镇长", "党委委员", "股长", "副股长"]
LEVELS = ["科员", "副科级", "正科级", "一级科员", "四级主任科员", "三级主任科员", "办事员"]
POLITICAL = ["中共党员", "中共党员", "中共党员", "群众", "共青团员", "中共预备党员"]
EDUCATION = ["大学", "大学", "研究生", "大专", "中专"]


def unit_names(n: int = UNITS) -> list[str]:
    return [f"紫阳县第{i:03d}单位" for i in range(1, n + 1)]


def cadre_rows(n: int, units: list[str], seed: int = 7) -> list[list[object]]:
    """n valid rows in the 17 columns of the cadres kind (dates mixed: Excel date cells and text)."""
    from zydesk.core.idnumber import make_id_number

    rng = random.Random(seed)
    rows: list[list[object]] = []
    for i in range(n):
        birth = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(0, 14_000))
        male = rng.random() < 0.6
        # Region codes vary so that 50,000 numbers stay unique (seq gives 100 per birth date and region).
        idn = make_id_number(f"61{i % 90 + 10:02d}{i // 9000 % 100:02d}", birth, i // 90, male)
        work = dt.date(birth.year + 22, rng.randrange(1, 13), 1)
        rows.append([
            rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN),
            idn,
            "汉族",
            "陕西紫阳",
            rng.choice(POLITICAL),
            f"{birth.year + 25}.{rng.randrange(1, 13):02d}",
            work,
            rng.choice(EDUCATION),
            "健康",
            units[i % len(units)],
            rng.choice(TITLES),
            rng.choice(LEVELS),
            "是" if rng.random() < 0.2 else "否",
            "是",
            "否" if rng.random() < 0.7 else "是",
            dt.date(2010 + rng.randrange(0, 10), rng.randrange(1, 13), 1),
            "在职",
        ])
    return rows


def write_xlsx(path: Path, headers: list[str], rows: list[list[object]], sheet: str = "数据") -> None:
    """openpyxl in write-only mode: the import files here, and the slowest writer the export is compared with."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet)
    ws.append(headers)
    for row in rows:
        ws.append(row)
    wb.save(path)


def fresh_db(folder: Path, tag: str) -> str:
    """A new migrated, encrypted database holding the units the cadre file refers to (on the server: a new
    server database, `--backend postgresql`). Returns its URL."""
    from bench import backend
    from zydesk.excel import import_file

    path = folder / f"bench-{tag}.sqlite"
    units = unit_names()
    units_xlsx = folder / "units.xlsx"
    if not units_xlsx.exists():
        write_xlsx(units_xlsx, ["单位名称", "单位类型", "考核类别"],
                   [[u, "县直部门", f"县直部门{i % 3 + 1}类"] for i, u in enumerate(units)])
    db = backend.create(path)
    import_file(db, "units", units_xlsx)
    url = db.url
    db.dispose()
    return url


def _open(url: str) -> Database:
    from bench import backend
    from bench.accounts import open_db
    from zydesk.storage.engine import sqlite_path

    path = sqlite_path(url)
    return open_db(path) if path is not None else backend.open_url(url)


def cadre_file(folder: Path, n: int = ROWS) -> Path:
    from zydesk.excel.kinds import get_kind

    path = folder / "cadres.xlsx"
    write_xlsx(path, [c.name for c in get_kind("cadres").columns], cadre_rows(n, unit_names()))
    return path


class Clock:
    """Wall time and this process's CPU time of a block. On a shared machine CPU time wobbles far less
    (waiting for a core is not counted), so the ratio is also given in CPU time."""

    def __enter__(self) -> Clock:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall, self.cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu


def _timed_import(url: str, path: Path) -> tuple[Clock, ImportReport]:
    from zydesk.excel import import_file

    db = _open(url)
    try:
        with Clock() as clock:
            result = import_file(db, "cadres", path)
        return clock, result
    finally:
        db.dispose()


def _timed_export(url: str, path: Path) -> float:
    from zydesk.excel import export_kind

    db = _open(url)
    try:
        t0 = time.perf_counter()
        n = export_kind(db, "cadres", path)
        assert n == ROWS
        return time.perf_counter() - t0
    finally:
        db.dispose()


def sqlite_floor(imported_url: str, empty_url: str) -> float:
    """What SQLite alone needs to store the same rows: the cadre and post rows of a finished import,
    inserted with executemany into an empty database of the same schema, one transaction (both encrypted,
    through the same SQLCipher driver)."""
    from zydesk.storage import cipher
    from zydesk.storage.engine import sqlite_path

    src = cipher.open_file(str(sqlite_path(imported_url)))
    tables = {}
    for table in ("cadre", "post"):
        cur = src.execute(f"SELECT * FROM {table}")  # noqa: S608 - fixed names
        tables[table] = ([d[0] for d in cur.description], cur.fetchall())
    src.close()
    dst = cipher.open_file(str(sqlite_path(empty_url)), isolation_level=None)
    for pragma in ("foreign_keys = ON", "journal_mode = WAL", "synchronous = FULL"):
        dst.execute(f"PRAGMA {pragma}")
    t0 = time.perf_counter()
    dst.execute("BEGIN")
    for table, (names, rows) in tables.items():
        marks = ",".join("?" * len(names))
        dst.executemany(f"INSERT INTO {table} ({','.join(names)}) VALUES ({marks})", rows)  # noqa: S608
    dst.execute("COMMIT")
    took = time.perf_counter() - t0
    dst.close()
    return took


def run(report: Report, repeats: int = 5) -> None:
    from bench import backend

    if backend.on_server():  # the same import into a server database (`--backend postgresql`)
        with backend.cluster():
            return _measure(report, repeats, on_file=False)
    return _measure(report, repeats, on_file=True)


def _measure(report: Report, repeats: int, on_file: bool) -> None:
    """The import as a ratio to its floor (calamine reading the file); the SQLCipher reference (the same rows
    written straight into an empty file) is the file's own. Figures measured on a server are marked [PG]."""
    from python_calamine import CalamineWorkbook

    from bench.backend import label

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = cadre_file(folder)
        floors: list[Clock] = []
        fulls: list[Clock] = []
        stores: list[float] = []
        url = ""
        for k in range(repeats):  # alternate, so that a busy moment of the machine hits all alike
            with Clock() as clock:
                CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
            floors.append(clock)
            url = fresh_db(folder, str(k))
            took, result = _timed_import(url, path)
            assert result.created == ROWS, result.summary()
            fulls.append(took)
            if on_file:
                stores.append(sqlite_floor(url, fresh_db(folder, f"empty{k}")))
        again, result = _timed_import(url, path)
        assert result.unchanged == ROWS, result.summary()
        # Medians, and ratios taken pair by pair (floor and import measured back to back): on a shared
        # machine the best of independent runs can pair a lucky floor with an unlucky import, or the reverse.
        floor, full = median(c.wall for c in floors), median(c.wall for c in fulls)
        report(label("Excel 导入：calamine 读取 5 万行×17 列干部表（下限）"), floor, "s")
        report(label("Excel 导入：5 万行干部表完整导入（检查+校验+提交）"), full, "s",
               target=f"≤ {2 * floor:.2f} s（2×下限）", floor=f"{floor:.2f} s")
        report(label("Excel 导入：完整导入 ÷ 下限（墙钟，逐对中位数）"),
               median(f.wall / r.wall for f, r in zip(fulls, floors)), "×", target="≤ 2")
        report(label("Excel 导入：完整导入 ÷ 下限（CPU 时间，逐对中位数）"),
               median(f.cpu / r.cpu for f, r in zip(fulls, floors)), "×", target="≤ 2")
        if stores:
            store = median(stores)
            report("参考：SQLCipher 直接写入同样的 5 万干部+5 万任职", store, "s")
            report("Excel 导入：读取和写库之外的用时（转换、校验、审计）", full - floor - store, "s")
        report(label("Excel 导入：同一文件重复导入（5 万行均无变化）"), again.wall, "s", floor=f"{floor:.2f} s")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from bench import report as _report

    run(_report)
