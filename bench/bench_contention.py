"""Several clerks on one database: 8 simulated clerks (threads, each signed in with its own account and its own
connections) save edits to cadres for 60 s — half of them to a few records every clerk edits, so conflicts
happen — and every few actions run the 能上能下 scan.

Measured: saves per second, the p50/p95 time of a save, conflicts reported (the Chinese refusal 「该记录已被 …
修改，请刷新后再改」), and after the run: zero lost updates — every save that reported success is in the trail,
the last of them is the value the record holds, and each record's version moved on by exactly its number of
successful saves — and the audit chain verifies (on the file also `zydesk check`).

Run: python -m bench --only contention [--backend postgresql] [--scale county]; ZYDESK_BENCH_SECONDS shortens
the run. tests/test_contention.py runs it for a few seconds on the server.
"""
from __future__ import annotations

import dataclasses
import os
import random
import re
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from zydesk.core.master import CadreData
    from zydesk.storage.uow import Database

Report = Callable[..., None]
CLERKS = 8
SECONDS = 60.0
HOT = 4  # records every clerk edits
OWN = 25  # records only one clerk edits
SCAN_EVERY = 8  # one scan per this many actions of a clerk
YEAR = 2025
CLERK_NAME = "办事员{}"
CONFLICT = re.compile(r"该记录已被 .+ 修改，请刷新后再改")


@dataclass
class Clerk:
    name: str
    saves: list[tuple[int, str]] = field(default_factory=list)  # (cadre, value written) of each successful save
    save_s: list[float] = field(default_factory=list)
    scan_s: list[float] = field(default_factory=list)
    conflicts: int = 0
    refusals: list[str] = field(default_factory=list)  # other Chinese refusals (a busy file, …)
    errors: list[str] = field(default_factory=list)  # anything else: a failure of the program


@dataclass
class Outcome:
    backend: str
    seconds: float
    clerks: list[Clerk]
    lost: list[str]  # lost or phantom updates found after the run (must be empty)
    chain_ok: bool
    chain_problem: str
    check_ok: bool | None  # `zydesk check` (the file only)

    @property
    def saves(self) -> int:
        return sum(len(c.saves) for c in self.clerks)

    @property
    def conflicts(self) -> int:
        return sum(c.conflicts for c in self.clerks)

    @property
    def scans(self) -> int:
        return sum(len(c.scan_s) for c in self.clerks)

    @property
    def errors(self) -> list[str]:
        return [e for c in self.clerks for e in c.errors]

    @property
    def refusals(self) -> list[str]:
        return [e for c in self.clerks for e in c.refusals]

    def save_ms(self, q: float) -> float:
        times = sorted(t for c in self.clerks for t in c.save_s)
        return times[min(len(times) - 1, int(q * len(times)))] * 1000 if times else 0.0

    def scan_ms(self, q: float) -> float:
        times = sorted(t for c in self.clerks for t in c.scan_s)
        return times[min(len(times) - 1, int(q * len(times)))] * 1000 if times else 0.0


def _data(db: Database, cadre_id: int) -> tuple[CadreData, int | None]:
    """The form as a clerk opens it: the record's fields and the version they were read at."""
    from sqlalchemy import select

    from zydesk.core.master import CadreData
    from zydesk.storage.models import Cadre

    with db.read() as s:
        row = s.scalars(select(Cadre).where(Cadre.id == cadre_id)).one()
        data = CadreData(name=row.name, id_number=row.id_number, ethnicity=row.ethnicity,
                         native_place=row.native_place, political_status=row.political_status,
                         party_date=row.party_date, work_start=row.work_start, education=row.education,
                         health=row.health, status=row.status, gender=row.gender, birth_date=row.birth_date)
        return data, row.version


def _work(db: Database, clerk: Clerk, hot: list[int], own: list[int], deadline: list[float], seed: int,
          start: threading.Barrier) -> None:
    from zydesk.errors import UserError
    from zydesk.services.adjustment.scan import scan
    from zydesk.services.conflicts import EditConflict
    from zydesk.services.master import save_cadre

    rng = random.Random(seed)
    start.wait()
    until = deadline[0]  # set before the barrier opened
    n = 0
    while time.perf_counter() < until:
        n += 1
        try:
            if n % SCAN_EVERY == 0:
                t0 = time.perf_counter()
                with db.read() as s:
                    scan(s, YEAR)
                clerk.scan_s.append(time.perf_counter() - t0)
                continue
            cadre = rng.choice(hot) if rng.random() < 0.5 else rng.choice(own)
            data, seen = _data(db, cadre)
            value = f"{clerk.name}第{n}次"
            t0 = time.perf_counter()
            try:
                save_cadre(db, dataclasses.replace(data, native_place=value), cadre, seen)
            except EditConflict as exc:
                clerk.save_s.append(time.perf_counter() - t0)
                if not CONFLICT.search(str(exc)):
                    clerk.errors.append(f"冲突提示不符：{exc}")
                clerk.conflicts += 1
                continue
            clerk.save_s.append(time.perf_counter() - t0)
            clerk.saves.append((cadre, value))
        except UserError as exc:
            clerk.refusals.append(str(exc))
        except Exception as exc:  # noqa: BLE001 - counted and reported: the run must go on for the others
            clerk.errors.append(f"{type(exc).__name__}: {exc}")


def _versions(db: Database, ids: list[int]) -> dict[int, tuple[int | None, str | None]]:
    from sqlalchemy import select

    from zydesk.storage.models import Cadre

    with db.read() as s:
        return {int(r[0]): (r[1], r[2]) for r in
                s.execute(select(Cadre.id, Cadre.version, Cadre.native_place).where(Cadre.id.in_(ids)))}


def _trail(db: Database, ids: list[int], since: int) -> dict[int, list[str]]:
    """The native_place each committed edit of the records wrote, in commit (chain) order."""
    from sqlalchemy import select

    from zydesk.storage.models import AuditEntry

    out: dict[int, list[str]] = defaultdict(list)
    wanted = {str(i) for i in ids}
    with db.read(need=None) as s:
        rows = s.execute(select(AuditEntry.object_id, AuditEntry.after).where(
            AuditEntry.object_type == "Cadre", AuditEntry.action == "编辑干部", AuditEntry.seq > since)
            .order_by(AuditEntry.seq))
        for object_id, after in rows:
            if object_id in wanted and isinstance(after, dict) and "native_place" in after:
                out[int(object_id)].append(str(after["native_place"]))
    return out


def lost_updates(db: Database, ids: list[int], before: dict[int, tuple[int | None, str | None]],
                 clerks: list[Clerk], since: int) -> list[str]:
    """Every successful save is in the trail and nothing else is; the record holds the last; its version
    moved on once per successful save."""
    after, trail = _versions(db, ids), _trail(db, ids, since)
    saved: dict[int, list[str]] = defaultdict(list)
    for c in clerks:
        for cadre, value in c.saves:
            saved[cadre].append(value)
    problems = []
    for cadre in ids:
        done, logged = saved.get(cadre, []), trail.get(cadre, [])
        if sorted(done) != sorted(logged):
            problems.append(f"干部 {cadre}：报告成功 {len(done)} 次，审计记录 {len(logged)} 次")
        if logged and after[cadre][1] != logged[-1]:
            problems.append(f"干部 {cadre}：现值 {after[cadre][1]!r}，最后一次成功保存为 {logged[-1]!r}")
        moved = (after[cadre][0] or 0) - (before[cadre][0] or 0)
        if moved != len(done):
            problems.append(f"干部 {cadre}：版本前进 {moved}，成功保存 {len(done)} 次")
    return problems


def contend(url: str, admin: str, password: str, *, clerks: int = CLERKS, seconds: float = SECONDS,
            seed: int = 7) -> Outcome:
    """Run the clerks on the store at url (its 系统管理员 `admin` adds their accounts) and check the result."""
    from sqlalchemy import func, select

    from zydesk.core.security.principal import Principal
    from zydesk.core.security.roles import Role
    from zydesk.services.audit_trail import verify
    from zydesk.services.security.accounts import add_account
    from zydesk.services.security.signin import sign_in
    from zydesk.storage.engine import sqlite_path
    from zydesk.storage.models import AuditEntry, Cadre

    boss = sign_in(url, admin, password).db
    names = [CLERK_NAME.format(i + 1) for i in range(clerks)]
    dbs: list[Database] = []
    try:
        for name in names:
            add_account(boss, name, [Role.CLERK], password)
        dbs = [sign_in(url, name, password).db for name in names]
        reader = dbs[0]
        with reader.read() as s:
            ids = [int(i) for i in s.scalars(select(Cadre.id).where(Cadre.status == "在职").order_by(Cadre.id)
                                              .limit(HOT + OWN * clerks))]
            since = int(s.scalar(select(func.max(AuditEntry.seq))) or 0)
        if len(ids) < HOT + OWN * clerks:
            raise RuntimeError("too few cadres for the contention benchmark")
        hot, before = ids[:HOT], _versions(reader, ids)
        people = [Clerk(n) for n in names]
        start = threading.Barrier(clerks + 1)
        deadline = [0.0]
        threads = [threading.Thread(target=_work, args=(db, clerk, hot, ids[HOT + OWN * i: HOT + OWN * (i + 1)],
                                                        deadline, seed + i, start), daemon=True)
                   for i, (db, clerk) in enumerate(zip(dbs, people, strict=True))]
        for t in threads:
            t.start()
        t0 = time.perf_counter()
        deadline[0] = t0 + seconds
        start.wait()
        for t in threads:
            t.join()
        took = time.perf_counter() - t0
        lost = lost_updates(reader, ids, before, people, since)
        verdict = verify(reader.acting_as(Principal("审计", (Role.AUDIT_ADMIN,))))
        check_ok = None
        if sqlite_path(url) is not None:
            from zydesk.services.checking import check_database

            check_ok = check_database(boss).ok
        return Outcome("postgresql" if sqlite_path(url) is None else "sqlite", took, people, lost, verdict.ok,
                       verdict.problem, check_ok)
    finally:
        for db in dbs:
            db.dispose()
        boss.dispose()


def run(report: Report) -> None:
    from bench import accounts, backend, scale
    from bench.synth import copy_db

    seconds = float(os.environ.get("ZYDESK_BENCH_SECONDS", SECONDS))
    chosen = scale()
    with tempfile.TemporaryDirectory() as tmp, backend.cluster():
        path = copy_db(chosen, Path(tmp) / f"{chosen}-contention.sqlite")
        url = accounts.url_of(path)
        if backend.on_server():  # the move itself, measured on the way: migrate-to's copy and its checks
            url, moved, took = backend.move(path)
            report(f"迁移到服务器（migrate-to）：{len(moved.tables)} 张表 {moved.rows:,} 行，复制并核对", took, "s")
        out = contend(url, accounts.ADMIN, accounts.PASSWORD, seconds=seconds)
    L = backend.label
    report(L(f"多人同时：{CLERKS} 名办事员 {out.seconds:.0f} s，成功保存"), out.saves, "次")
    report(L("  吞吐量（成功保存）"), out.saves / out.seconds, "次/s")
    report(L("  保存用时 p50"), out.save_ms(0.5), "ms")
    report(L("  保存用时 p95"), out.save_ms(0.95), "ms", target="≤ 1000 ms")
    report(L("  冲突提示（「该记录已被…修改」）"), out.conflicts, "次")
    report(L("  同时进行的扫描（能上能下）"), out.scans, "次")
    report(L("  扫描用时 p95"), out.scan_ms(0.95), "ms")
    report(L("  其他拒绝（忙等）"), len(out.refusals), "次")
    report(L("  丢失的更新"), len(out.lost), "处", target="0")
    report(L("  程序错误"), len(out.errors), "处", target="0")
    report(L("  审计链校验"), 1.0 if out.chain_ok else 0.0, "通过" if out.chain_ok else "失败")
    if out.check_ok is not None:
        report(L("  检查数据库（zydesk check）"), 1.0 if out.check_ok else 0.0, "通过" if out.check_ok else "失败")
    for line in (out.lost + out.errors + out.refusals)[:10]:
        print(f"    {line}")
    if out.lost or out.errors or not out.chain_ok or out.check_ok is False:
        raise SystemExit(1)
