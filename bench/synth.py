"""Synthetic databases for the benchmarks, built by the demo generator at a chosen size.

    county: 2,000 cadres, 100 units, 5 years   (the demo county)
    city:   50,000 cadres, 2,000 units, 10 years

`make_db(scale)` returns bench/.cache/<scale>.sqlite, generating it only when it is missing or stale
(the demo generator's source, the schema heads or the demo module list changed); `make_db(scale, path)` writes a fresh file there.
Every file is encrypted, with its key slots beside it (`bench.accounts`: the benchmark account 基准测试).
Treat the cached file as read-only; a benchmark that writes uses `copy_db(scale, dest)`.
Run `python -m bench.synth city` to (re)build one by hand.
"""
from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from bench import accounts

if TYPE_CHECKING:  # imported when used: the benchmarks time their own imports
    from zydesk.demo import DemoSizes

CACHE = Path(__file__).resolve().parent / ".cache"
SEED = 2016


def sizes(scale: str) -> DemoSizes:
    from zydesk.demo import CITY, COUNTY

    try:
        return {"county": COUNTY, "city": CITY}[scale]
    except KeyError:
        raise ValueError(f"未知规模 {scale!r}（可选：county、city）") from None


def _fingerprint(scale: str) -> dict[str, object]:
    """What the cached file depends on: the generator's source, its size and seed, the schema."""
    import hashlib

    import zydesk.demo
    from zydesk.storage.migrate import head_revisions

    source = hashlib.sha256()
    for path in sorted(Path(zydesk.demo.__file__).parent.glob("*.py")):
        source.update(path.read_bytes())
    return {"generator": source.hexdigest(), "seed": SEED, "sizes": sizes(scale).__dict__,
            "schema": sorted(head_revisions()), "modules": zydesk.demo.DEMO_MODULES,
            "encrypted": {"user": accounts.USER, "password": accounts.PASSWORD}}


def generate(scale: str, path: Path, progress: Callable[[int, int], None] | None = None) -> dict[str, float]:
    """Write a new migrated, encrypted database at path (replacing any file there). Returns timings in seconds
    ("migrate": creating it, with its two accounts' key derivations)."""
    from zydesk.demo import fill_demo

    path.parent.mkdir(parents=True, exist_ok=True)
    accounts.remove(path)
    t0 = time.perf_counter()
    db = accounts.create(path)
    t1 = time.perf_counter()
    try:
        fill_demo(db, progress, seed=SEED, sizes=sizes(scale))
        t2 = time.perf_counter()
        with db.engine.connect() as conn:  # fold the WAL back so the file stands alone
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.dispose()
    return {"migrate": t1 - t0, "fill": t2 - t1, "total": time.perf_counter() - t0}


def make_db(scale: str, path: Path | None = None) -> Path:
    """The cached database of this scale (built if needed), or a fresh one at path."""
    if path is not None:
        generate(scale, path)
        return path
    target = CACHE / f"{scale}.sqlite"
    stamp = CACHE / f"{scale}.json"
    want = _fingerprint(scale)
    if target.exists() and stamp.exists():
        try:
            if json.loads(stamp.read_text("utf-8")) == want:
                return target
        except ValueError:
            pass
    stamp.unlink(missing_ok=True)
    tmp = CACHE / f"{scale}.building-{os.getpid()}.sqlite"
    generate(scale, tmp)
    for suffix in ("-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    accounts.move(tmp, target)
    stamp.write_text(json.dumps(want, ensure_ascii=False), "utf-8")
    return target


def copy_db(scale: str, dest: Path) -> Path:
    """A private copy of the cached database (closed, its WAL folded in), for a benchmark that writes (the cache
    stays clean); this process holds its key."""
    source = make_db(scale)
    accounts.hold_key(source)
    return accounts.copy(source, dest)


if __name__ == "__main__":
    chosen = sys.argv[1] if len(sys.argv) > 1 else "city"
    t = time.perf_counter()
    out = make_db(chosen)
    print(f"{out}（{time.perf_counter() - t:.1f} s）")
