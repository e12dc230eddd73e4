"""tasks.py: the README's commands share one environment, installed once by whichever runs first, quietly."""
from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def tasks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    spec = importlib.util.spec_from_file_location("zydesk_tasks", ROOT / "tasks.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    venv = tmp_path / ".venv"
    (venv / "bin").mkdir(parents=True)
    monkeypatch.setattr(module, "VENV", venv)
    monkeypatch.setattr(module, "PY", venv / "bin" / "python")
    monkeypatch.setattr(module, "STAMP", venv / ".installed")
    module.PY.write_text("")  # the environment exists
    return module


def _record(calls: list[list[str]]) -> Any:
    def run(cmd: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        calls.append(cmd)
        assert kwargs.get("stdout") is subprocess.PIPE  # pip's English lines shown only on failure
        return subprocess.CompletedProcess(cmd, 0, "")
    return run


def test_first_command_installs_everything_the_others_need(tasks: ModuleType, monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    calls: list[list[str]] = []
    monkeypatch.setattr(tasks.subprocess, "run", _record(calls))
    tasks.ensure_venv()
    installs = [c for c in calls if "-e" in c]
    assert len(installs) == 1 and installs[0][installs[0].index("-e") + 1].endswith("[test,build]")
    assert tasks.STAMP.read_text() == tasks.install_digest()
    out = capsys.readouterr().out
    assert "安装依赖" in out and "安装完成" in out
    for line in out.splitlines():  # every line the clerk sees is ours, in Chinese
        assert any("\u4e00" <= ch <= "\u9fff" for ch in line), line


@pytest.mark.parametrize("command", [["app", "--help"], ["test", "--co"], ["build"]])
def test_later_commands_do_not_reinstall(tasks: ModuleType, monkeypatch: pytest.MonkeyPatch,
                                         command: list[str]) -> None:
    tasks.STAMP.write_text(tasks.install_digest())
    monkeypatch.setattr(tasks.subprocess, "run", lambda *a, **k: pytest.fail(f"installed again: {a}"))
    started: list[list[str]] = []
    monkeypatch.setattr(tasks.subprocess, "call", lambda cmd, **k: started.append(cmd) or 0)
    monkeypatch.setattr(tasks, "folder_size", lambda folder: 0)
    assert tasks.main(command) == 0
    assert started and started[0][0] == str(tasks.PY)


def test_a_changed_pyproject_installs_again(tasks: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    tasks.STAMP.write_text("an older install")
    calls: list[list[str]] = []
    monkeypatch.setattr(tasks.subprocess, "run", _record(calls))
    tasks.ensure_venv()
    assert any("-e" in c for c in calls)


def test_manual_writes_the_pdf_with_the_program_s_print_engine(tasks: ModuleType, monkeypatch: pytest.MonkeyPatch,
                                                               tmp_path: Path) -> None:
    import sys

    monkeypatch.setattr(tasks, "PY", Path(sys.executable))
    monkeypatch.setattr(tasks, "MANUAL_PDF", tmp_path / "用户手册.pdf")
    assert tasks.manual([]) == 0
    assert (tmp_path / "用户手册.pdf").read_bytes().startswith(b"%PDF")


def test_shots_come_before_the_manual_and_the_manual_before_the_build(tasks: ModuleType,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    tasks.STAMP.write_text(tasks.install_digest())
    started: list[list[str]] = []
    monkeypatch.setattr(tasks.subprocess, "call", lambda cmd, **k: started.append(cmd) or 0)
    monkeypatch.setattr(tasks, "folder_size", lambda folder: 0)
    assert tasks.main(["manual", "--shots"]) == 0
    assert [c[2] for c in started] == ["bench.manual_shots", "zydesk.services.manual"]
    started.clear()
    assert tasks.main(["build"]) == 0
    assert started[0][2] == "zydesk.services.manual" and started[1][2] == "PyInstaller"
