"""Hostile and broken files through the real import: refused with a Chinese message, never a crash, never
more than 300 MB; and random valid or broken sheets: all rows or none."""
from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from tests import fuzz_corpus
from zydesk.errors import UserError
from zydesk.excel import import_file
from zydesk.storage.models import Unit
from zydesk.storage.uow import Database

ROOT = Path(__file__).resolve().parent.parent
CHINESE = re.compile(r"[\u4e00-\u9fff]")
PEAK_MB = 300


@pytest.mark.slow
def test_every_hostile_file_is_refused_in_chinese_without_crash_or_bloat(tmp_path: Path) -> None:
    paths = [str(p) for p in fuzz_corpus.write(tmp_path / "corpus")]
    env = dict(os.environ, PYTHONPATH=str(ROOT), RUST_BACKTRACE="0")
    # A child process: a file that aborts the Excel reader would take pytest down with it.
    done = subprocess.run([sys.executable, "-m", "tests.fuzz_corpus", "--import", *paths], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600, check=False)
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    started = [d["start"] for d in lines if "start" in d]
    assert done.returncode == 0, f"crashed on {started[-1:]} (exit {done.returncode}): {done.stderr[-2000:]}"
    outcomes = {Path(d["file"]).name: d for d in lines if "file" in d}
    assert sorted(outcomes) == sorted(Path(p).name for p in paths)
    for name, outcome in outcomes.items():
        assert "refused" in outcome, (name, outcome)
        message = outcome["refused"]
        assert CHINESE.search(message) and len(message) < 5000, (name, message[:300])
        assert "Traceback" not in message and "Error" not in message, (name, message)
    peak = next(d["peak_mb"] for d in lines if "peak_mb" in d)
    assert peak < PEAK_MB, f"peak memory {peak:.0f} MB"


def test_the_5_kb_file_that_used_to_kill_the_process(db: Database, tmp_path: Path) -> None:
    good = fuzz_corpus.base()
    for ref, message in ((b"XFD1048576", "行数过多"), (b"CV1048576", "行数过多"), (b"XFD1", "列数过多")):
        path = tmp_path / f"{ref.decode()}.xlsx"
        path.write_bytes(fuzz_corpus.rezip(good, {fuzz_corpus.SHEET: fuzz_corpus.sheet(
            b"<row r='" + ref.lstrip(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ") + b"'>" + fuzz_corpus.inline(ref, quote=b"'")
            + b"</row>")}))
        assert path.stat().st_size < 6000
        with pytest.raises(UserError, match=message):
            import_file(db, "units", path)


def test_late_doctype_and_single_quoted_dimension(db: Database, tmp_path: Path) -> None:
    good = fuzz_corpus.base()
    late = tmp_path / "late.xlsx"
    late.write_bytes(fuzz_corpus.rezip(good, {fuzz_corpus.STRINGS: fuzz_corpus.LATE_DOCTYPE}))
    with pytest.raises(UserError, match="XML 实体声明"):
        import_file(db, "units", late)
    quoted = tmp_path / "quoted.xlsx"
    quoted.write_bytes(fuzz_corpus.rezip(good, {fuzz_corpus.SHEET: fuzz_corpus.sheet(
        b'<row r="1">' + fuzz_corpus.inline(b"A1") + b"</row>", b"<dimension ref='A1:XFD1048576'/>")}))
    with pytest.raises(UserError, match="行数过多"):
        import_file(db, "units", quoted)


# ---- property: random valid and broken sheets -------------------------------------------------------

KINDS = ["镇", "县直部门", "县直事业单位", "县属国有企业"] * 3 + ["街道"]  # 街道 is no unit type: a row error
GROUPS = ["镇", "部门", "其他组"]
_seq = iter(range(10**9))


def _workbook(rows: list[list[object]], header: list[str]) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(header)
    for row in rows:
        ws.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


cells = st.one_of(st.none(), st.text(st.characters(exclude_categories=("Cc", "Cs")), max_size=8), st.integers(-5, 10**6), st.floats(allow_nan=False, allow_infinity=False))
unit_rows = st.lists(st.tuples(st.sampled_from(KINDS), st.sampled_from(GROUPS), st.one_of(st.none(), st.integers(0, 999)),
                               st.one_of(st.none(), st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cs")), max_size=10))),
                     min_size=0, max_size=12)
mutations = st.one_of(
    st.just(("none", 0, b"")),
    st.tuples(st.just("truncate"), st.integers(0, 10_000), st.just(b"")),
    st.tuples(st.just("flip"), st.integers(0, 10_000), st.binary(min_size=1, max_size=4)),
    st.tuples(st.just("sheet"), st.integers(0, 10_000), st.sampled_from(
        [b"<c r='XFD1048576'/>", b'<!DOCTYPE x []>', b"<row r='300000'/>", b"&#0;", b"<c r=\"A1\"><v>1</v></c>",
         b"</sheetData>", b"\xff\xfe", b'<c r="CV9"><is><t>x</t></is></c>'])),
)


def _mutate(data: bytes, how: tuple[str, int, bytes]) -> bytes:
    kind, at, extra = how
    if kind == "truncate":
        return data[:at % max(len(data), 1)]
    if kind == "flip":
        i = at % len(data)
        return data[:i] + extra + data[i + len(extra):]
    if kind == "sheet":
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            xml = zf.read(fuzz_corpus.SHEET)
        i = at % len(xml)
        return fuzz_corpus.rezip(data, {fuzz_corpus.SHEET: xml[:i] + extra + xml[i:]})
    return data


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=unit_rows, how=mutations, extra=st.lists(cells, max_size=3))
def test_random_sheets_import_all_rows_or_none(db: Database, tmp_path: Path,
                                                rows: list[tuple[str, str, int | None, str | None]],
                                                how: tuple[str, int, bytes], extra: list[object]) -> None:
    k = next(_seq)
    header = [*fuzz_corpus.UNIT_HEAD, *(["备注列"] if extra else [])]
    data = [[f"单位{k}-{j}", short, kind, group, sort, *([extra[j % len(extra)]] if extra else [])]
            for j, (kind, group, sort, short) in enumerate(rows)]
    path = tmp_path / f"random-{k}.xlsx"
    path.write_bytes(_mutate(_workbook(data, header), how))
    before = _count(db)
    try:
        report = import_file(db, "units", path)
    except UserError as exc:
        assert CHINESE.search(str(exc)), str(exc)
        assert _count(db) == before  # none
        event("refused")
        return
    event("imported")
    assert report.rows == report.created + report.updated + report.unchanged
    assert _count(db) == before + report.created  # all
    if how[0] == "none":
        assert report.created == len(rows)


def _count(db: Database) -> int:
    from sqlalchemy import func, select

    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(Unit)) or 0)
