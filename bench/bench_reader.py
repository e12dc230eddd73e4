"""The 5 KB file that used to abort the process: one cell at XFD1048576 (the Excel reader would allocate
512 GB). Times its refusal and the memory it costs, in a child process that measures its own peak, next to
the same child importing nothing (the floor: Python, the program's modules, an empty database).
Also the check of every part of a real 50,000-row sheet, which every import pays.

Run: python -m bench --only reader, or python bench/bench_reader.py.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench import best_ms

Report = Callable[..., None]
ROOT = Path(__file__).resolve().parent.parent

_CHILD = """
import json, resource, shutil, sys, tempfile, time
from pathlib import Path
from zydesk.errors import UserError
from zydesk.excel import import_file
from bench.accounts import open_db
from zydesk.storage import cipher
with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "b.sqlite"  # a copy of the parent's encrypted database: its key comes on stdin, so no
    shutil.copyfile(sys.argv[2], path)  # key derivation (64 MiB) sets this process's peak before the floor
    shutil.copyfile(sys.argv[2] + ".keys", str(path) + ".keys")
    cipher.remember(path, bytes.fromhex(sys.stdin.read().strip()))
    db = open_db(path)
    import zydesk.excel.importer, python_calamine  # loaded before the floor is taken
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    message = ""
    if sys.argv[1] != "-":
        try:
            import_file(db, "units", sys.argv[1])
        except UserError as exc:
            message = str(exc)
    took = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    db.dispose()
print(json.dumps({"ms": took * 1000, "before_mb": before / 1024, "peak_mb": peak / 1024, "message": message}))
"""


_MAKE = """
import sys
from pathlib import Path
from bench.accounts import create
from zydesk.storage import cipher
path = Path(sys.argv[1])
create(path).dispose()
print(cipher.key_for(path).hex())
"""


def _make_database(path: Path) -> str:
    """An encrypted database made in a process of its own: its key derivations (64 MiB each) must not raise
    this process's peak, which the children below start from (Linux carries ru_maxrss into a child).
    Returns the data key (hex) the children get on stdin."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", _MAKE, str(path)], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=300, check=True)
    return done.stdout.strip().splitlines()[-1]


def _child(path: str, database: Path, key: str) -> dict[str, object]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", _CHILD, path, str(database)], cwd=ROOT, env=env,
                          capture_output=True, input=key, text=True, timeout=300, check=False)
    if done.returncode != 0:
        raise SystemExit(f"子进程异常退出（{done.returncode}）：{done.stderr[-500:]}")
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


def run(report: Report) -> None:
    sys.path.insert(0, str(ROOT))
    from tests import fuzz_corpus
    from zydesk.excel import reader

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "XFD1048576.xlsx"
        path.write_bytes(fuzz_corpus.rezip(fuzz_corpus.base(), {fuzz_corpus.SHEET: fuzz_corpus.sheet(
            b'<row r="1048576">' + fuzz_corpus.inline(b"XFD1048576") + b"</row>")}))

        def refuse() -> None:
            try:
                reader.check_file(path)
            except reader.FileRefused:
                return
            raise AssertionError("not refused")

        took = best_ms(refuse, 20)
        database = Path(tmp) / "reader.sqlite"
        key = _make_database(database)
        child = _child(str(path), database, key)
        empty = _child("-", database, key)
        assert "行数过多" in str(child["message"]), child
        report(f"拒绝 {path.stat().st_size / 1024:.1f} KB 的 XFD1048576 文件（检查）", took, "ms", target="≤ 50 ms")
        report("拒绝 XFD1048576：完整导入调用（子进程内）", float(child["ms"]), "ms")  # type: ignore[arg-type]
        report("拒绝 XFD1048576：子进程峰值内存", float(child["peak_mb"]), "MB", target="≤ 300 MB",  # type: ignore[arg-type]
               floor=f"{float(empty['peak_mb']):.0f} MB（同一子进程不导入）")  # type: ignore[arg-type]
        report("拒绝 XFD1048576：比不导入多用的内存", float(child["peak_mb"]) - float(empty["peak_mb"]), "MB")  # type: ignore[arg-type]

        from bench.bench_import import ROWS, cadre_file

        big = cadre_file(Path(tmp), ROWS)
        t0 = time.perf_counter()
        from python_calamine import CalamineWorkbook

        CalamineWorkbook.from_path(str(big)).get_sheet_by_index(0).to_python()
        floor = time.perf_counter() - t0
        check = best_ms(lambda: reader.check_file(big), 3) / 1000
        report("导入前检查：5 万行×17 列干部表的全部部件", check, "s", floor=f"{floor:.2f} s（calamine 读取）")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    from bench import report as _report

    run(_report)
