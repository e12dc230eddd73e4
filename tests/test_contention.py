"""The contention benchmark (bench/bench_contention.py) for a few seconds on a real server: eight clerks saving
edits to shared and own cadres and scanning — no lost update, the conflicts reported in Chinese, no failure of
the program, and the audit chain verifies afterwards. Figures (throughput, latency) are the benchmark's, not
asserted here."""
from __future__ import annotations

import contextlib
import io
import os
from pathlib import Path

import pytest

from tests import pg_server
from tests.accounts import ADMIN, PASSWORD

pytest.importorskip("psycopg")


def test_eight_clerks_lose_nothing_on_the_server(server: pg_server.Server, tmp_path: Path) -> None:
    from bench.bench_contention import contend
    from zydesk.cli.main import main
    from zydesk.services.migration import migrate_to
    from zydesk.services.security.signin import sign_in

    os.environ["ZYDESK_PASSWORD"] = PASSWORD
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        assert main(["--db", str(tmp_path / "zy.sqlite"), "init", "--admin", ADMIN, "--demo"]) == 0  # the demo county
    url = server.new_database()
    admin = sign_in("sqlite:///" + str(tmp_path / "zy.sqlite"), ADMIN, PASSWORD).db
    try:
        assert migrate_to(admin, url).ok
    finally:
        admin.dispose()
    out = contend(url, ADMIN, PASSWORD, seconds=3.0)
    assert not out.errors, out.errors[:5]
    assert not out.lost, out.lost[:5]
    assert out.chain_ok, out.chain_problem
    assert out.saves > 0 and out.scans > 0
    assert out.conflicts > 0  # the shared records were edited over one another and refused in Chinese
