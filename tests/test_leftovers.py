"""No leftovers: an export or template killed midway leaves nothing beside its target nor in the system
temporary folder once the program has started again; crash logs carry no ID numbers."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.test_integrity import closed_copy
from zydesk import tempfiles
from zydesk.services.crash_log import mask_id_numbers, write_crash_log
from zydesk.storage.uow import Database

ROOT = Path(__file__).resolve().parent.parent

EXPORT = """
import os, signal, sys
from zydesk.core.task_state import TaskState
from zydesk.excel.exporter import export_kind
from zydesk.services.security.signin import sign_in

class Killer(TaskState):
    def progress(self, done, total, message=""):
        if done > 0:  # the sheet is half written
            os.kill(os.getpid(), signal.SIGKILL)

db = sign_in("sqlite:///" + sys.argv[1], os.environ["ZYDESK_USER"], os.environ["ZYDESK_PASSWORD"]).db
export_kind(db, "cadres", sys.argv[2], state=Killer())
"""

TEMPLATE = """
import os, signal, sys, zipfile
from zydesk.excel.template import write_template
from zydesk.services.security.signin import sign_in

def killed(self, *args, **kwargs):  # openpyxl copies a sheet's temporary file into the archive
    os.kill(os.getpid(), signal.SIGKILL)

zipfile.ZipFile.write = killed
db = sign_in("sqlite:///" + sys.argv[1], os.environ["ZYDESK_USER"], os.environ["ZYDESK_PASSWORD"]).db
write_template(db, "cadres", sys.argv[2])
"""


def run(tmp_path: Path, args: list[str]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ZYDESK_HOME": str(tmp_path / "home"),
           "TMPDIR": str(tmp_path / "systemp"), "TEMP": str(tmp_path / "systemp"), "TMP": str(tmp_path / "systemp")}
    return subprocess.run([sys.executable, *args], check=False, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
@pytest.mark.parametrize("script", [EXPORT, TEMPLATE], ids=["export", "template"])
def test_killed_writer_leaves_nothing_after_the_next_start(script: str, demo_db: Database, tmp_path: Path) -> None:
    path = closed_copy(demo_db, tmp_path / "县.sqlite")
    (tmp_path / "systemp").mkdir()
    out = tmp_path / "out"
    out.mkdir()
    target = out / "干部信息.xlsx"
    killed = run(tmp_path, ["-c", textwrap.dedent(script), str(path), str(target)])
    assert killed.returncode == -9, killed.stderr
    assert [p.name for p in out.iterdir() if p.name.endswith(".tmp")], "the writer was killed before it wrote"
    assert not list((tmp_path / "systemp").iterdir())
    started = run(tmp_path, ["-m", "zydesk", "--db", str(path), "holidays"])  # the next start
    assert started.returncode == 0, started.stderr
    assert list(out.iterdir()) == []  # neither a partial file nor a target
    assert not list((tmp_path / "systemp").iterdir())
    assert not list((tmp_path / "home" / "partial").iterdir())
    assert not list((tmp_path / "home" / "tmp").iterdir())


def test_a_live_writers_partial_file_is_kept(tmp_path: Path) -> None:
    target = tmp_path / "表.xlsx"
    with tempfiles.partial_file(target) as tmp:
        tmp.write_bytes(b"half")
        assert tempfiles.clean_leftovers() == []
        assert tmp.exists()
        tmp.write_bytes(b"whole")
    assert target.read_bytes() == b"whole"
    assert [p.name for p in tmp_path.iterdir()] == ["表.xlsx"]


def test_template_temporary_files_stay_in_the_data_folder(db: Database, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    from openpyxl.worksheet import _writer

    from zydesk.excel.template import write_template

    seen: list[str] = []
    real = _writer.create_temporary_file

    def spy(suffix: str = "") -> str:
        seen.append(tempfile.gettempdir())
        return real(suffix)

    monkeypatch.setattr(_writer, "create_temporary_file", spy)
    write_template(db, "cadres", tmp_path / "模板.xlsx")
    home = Path(os.environ["ZYDESK_HOME"]).resolve()
    assert seen and all(Path(d).resolve().is_relative_to(home) for d in seen)
    assert tempfile.tempdir != seen[0]  # restored afterwards


def test_crash_logs_mask_id_numbers_and_never_share_a_name() -> None:
    text = "ValueError: 610924198005171234 和 '61092419800517123X'，订单号 1234567890123456789 不是"
    masked = mask_id_numbers(text)
    assert "610924********1234" in masked and "610924********123X" in masked
    assert "198005171234" not in masked and "1234567890123456789" in masked
    paths = {write_crash_log(text) for _ in range(20)}
    assert len(paths) == 20
    assert all("19800517" not in p.read_text("utf-8") for p in paths)
