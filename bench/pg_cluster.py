"""A throwaway PostgreSQL cluster on loopback for the tests and the benchmarks (`python -m bench --backend
postgresql`; tests/pg_server.py is this module): initdb in a temporary folder, a free port,
stopped (and removed) at the end. initdb and pg_ctl refuse to run as root: under root the cluster runs as
`nobody` in a folder that account owns. The binaries come from Debian's `postgresql` package
(/usr/lib/postgresql/*/bin, installed by .ci/run) or from PATH; without them the tests that need a server
are skipped with that reason, and the benchmarks say so."""
from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "zytest"
RUN_AS = "nobody"


def find_bin() -> Path | None:
    """The folder holding initdb and pg_ctl (the newest Debian version first), or None."""
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]), reverse=True):
        if Path(folder, "initdb").exists() and Path(folder, "pg_ctl").exists():
            return Path(folder)
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).parent
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    port: int
    bin: Path
    folder: Path

    def url(self, database: str, user: str = SUPERUSER) -> str:
        return f"postgresql+psycopg://{user}@127.0.0.1:{self.port}/{database}"

    def admin_sql(self, sql: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER, dbname=database,
                             autocommit=True) as con:
            con.execute(sql.encode())

    def new_database(self) -> str:
        """A fresh empty database; its URL (the superuser connects: the tests' own owner role)."""
        name = "t_" + uuid.uuid4().hex[:12]
        self.admin_sql(f'CREATE DATABASE "{name}" ENCODING \'UTF8\' TEMPLATE template0')
        return self.url(name)

    @staticmethod
    def new_name() -> str:
        return "t_" + uuid.uuid4().hex[:12]

    def create_database(self, name: str, template: str = "template0") -> None:
        """An empty database, or a copy of `template` (no one may be connected to it meanwhile)."""
        self.admin_sql(f'CREATE DATABASE "{name}" ENCODING \'UTF8\' TEMPLATE "{template}" STRATEGY FILE_COPY')

    def drop_database(self, name: str) -> None:
        """Gone, with whatever connections a test left open to it."""
        self.admin_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _memory_folder() -> str | None:
    """A memory file system when there is one (Linux): the tests copy a template database per test, which
    takes ~15 ms there and half a second or more on a busy disk. None: the system's temporary folder."""
    shm = Path("/dev/shm")
    return str(shm) if shm.is_dir() and os.access(shm, os.W_OK | os.X_OK) else None


def _demote() -> tuple[list[str], int | None]:
    """(command prefix, uid) to run server programs unprivileged when this process is root."""
    if os.geteuid() != 0:
        return [], None
    return [shutil.which("setpriv") or "setpriv", "--reuid", RUN_AS, "--regid", "nogroup", "--clear-groups"], \
        pwd.getpwnam(RUN_AS).pw_uid


@contextlib.contextmanager
def running_server() -> Iterator[Server]:
    bin_dir = find_bin()
    if bin_dir is None:
        raise FileNotFoundError("PostgreSQL server programs (initdb, pg_ctl) not found")
    prefix, uid = _demote()
    folder = Path(tempfile.mkdtemp(prefix="zydesk-pg-", dir=_memory_folder()))
    data, log = folder / "data", folder / "server.log"
    if uid is not None:
        os.chmod(folder, 0o700)
        os.chown(folder, uid, -1)
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    port = _free_port()
    subprocess.run([*prefix, str(bin_dir / "initdb"), "-D", str(data), "-U", SUPERUSER, "--auth=trust",
                    "--encoding=UTF8", "--locale=C.UTF-8", "-N"], check=True, env=env, capture_output=True,
                   cwd=folder)
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
    subprocess.run([*prefix, str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", options, "-w",
                    "start"], check=True, env=env, capture_output=True, cwd=folder)
    try:
        yield Server(port, bin_dir, folder)
    finally:
        subprocess.run([*prefix, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
                       check=False, env=env, capture_output=True, cwd=folder)
        shutil.rmtree(folder, ignore_errors=True)
