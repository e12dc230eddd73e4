"""The real build: build_installer.spec through PyInstaller into a one-folder program, then the program
started from that folder with no Python beside it (no virtual environment on PATH, no PYTHON* variables,
a working folder outside the checkout): init, printing a sample notice, the window's start-up check.

Built once per run into the test's temporary folder (about half a minute on two cores; PyInstaller keeps
its own cache of processed libraries between runs)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from zydesk import __version__

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "Frozen-Test-2026!"
ADMIN = "管理员"
pytestmark = pytest.mark.slow


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("PyInstaller", reason="PyInstaller is not installed (pip install -e .[build])")
    base = tmp_path_factory.mktemp("frozen")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHONWARNINGS", "QT_"))}
    done = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(base / "dist"), "--workpath", str(base / "work"), str(ROOT / "build_installer.spec")],
        check=False, cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    folder = base / "dist" / "ZYDesk"
    return folder


def _program(build: Path, name: str = "zydesk-cli") -> Path:
    """The console program by default (what a prompt or script runs); ZYDesk is the windowed one."""
    return build / (f"{name}.exe" if os.name == "nt" else name)


def _frozen_env(home: Path, **extra: str) -> dict[str, str]:
    """Only what a clerk's PC has: the system's own PATH, a home and the program's data folder."""
    if os.name == "nt":
        system_root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        system_path = os.pathsep.join((str(Path(system_root, "System32")), system_root))
    else:
        system_path = "/usr/bin:/bin"
    env = {"PATH": system_path, "HOME": str(home), "USERPROFILE": str(home), "ZYDESK_HOME": str(home / "data"),
           "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    for name in ("SYSTEMROOT", "WINDIR", "TEMP", "TMP", "LOCALAPPDATA", "APPDATA"):
        if name in os.environ:
            env[name] = os.environ[name]
    env.update(extra)
    return env


def _run(build: Path, cwd: Path, *args: str, program: str = "zydesk-cli", **env: str
         ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(_program(build, program)), *args], check=False, cwd=cwd,
                          env=_frozen_env(cwd, **env), capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=300)


@pytest.fixture(scope="module")
def database(build: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A fresh encrypted database made by the frozen `init --admin` (the first of the three commands)."""
    cwd = tmp_path_factory.mktemp("clerk")
    db = cwd / "干部.sqlite"
    done = _run(build, cwd, "init", "--admin", ADMIN, "--db", str(db), program="ZYDesk", ZYDESK_PASSWORD=PASSWORD)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "恢复密钥" in done.stderr + done.stdout and "已加密" in done.stdout + done.stderr
    assert db.is_file() and not db.read_bytes().startswith(b"SQLite format 3")
    return cwd, db


def test_the_folder_holds_what_the_program_needs(build: Path) -> None:
    inside = build / "_internal"
    assert _program(build, "ZYDesk").is_file() and _program(build).is_file()
    assert (inside / "zydesk" / "_data" / "db" / "versions").is_dir()
    assert (inside / "zydesk" / "_data" / "resources" / "fonts" / "ukai.ttc").is_file()
    assert (inside / "zydesk" / "_data" / "manual" / "01-install.md").is_file()  # 帮助 → 用户手册
    assert (inside / "zydesk" / "_data" / "manual" / "images" / "login.png").is_file()
    assert (inside / "ui" / "theme" / "theme.qss").is_file()
    assert (inside / "ui" / "theme" / "icons" / "zydesk.ico").is_file()
    plugins = next(p for p in (inside / "PySide6" / "Qt" / "plugins", inside / "PySide6" / "plugins") if p.is_dir())
    for folder in ("platforms", "imageformats", "printsupport"):
        assert any((plugins / folder).iterdir()), folder
    assert any("pdf" in p.name for p in (plugins / "imageformats").iterdir())  # the PDF image format
    assert any("offscreen" in p.name for p in (plugins / "platforms").iterdir())
    assert list(inside.glob("sqlcipher3/_sqlite3*")), "the SQLCipher driver's compiled module"
    assert list(inside.glob("_argon2_cffi_bindings/_ffi*")), "argon2's compiled module"
    assert list(inside.glob("cryptography/hazmat/bindings/_rust*")), "cryptography's compiled module"
    for dropped in ("Qt6Quick", "Qt6Qml", "QtWebEngine"):
        assert not list(build.rglob(f"*{dropped}*")), dropped


def test_report_the_size(build: Path, capsys: pytest.CaptureFixture[str]) -> None:
    size = _size(build)
    with capsys.disabled():
        print(f"\n[frozen build] {build}: {size / 2**20:.0f} MB in {sum(1 for _ in build.rglob('*'))} files")
    assert size < 600 * 2**20  # far beyond this, something unwanted (Qt WebEngine, Quick) came along


@pytest.mark.parametrize("program", ["ZYDesk", "zydesk-cli"])
def test_version(build: Path, tmp_path: Path, program: str) -> None:
    done = _run(build, tmp_path, "--version", program=program)
    assert done.returncode == 0 and done.stdout.strip() == f"zydesk {__version__}", done.stdout + done.stderr


def test_init_makes_an_encrypted_database(database: tuple[Path, Path]) -> None:
    _, db = database
    assert (db.parent / (db.name + ".keys")).is_file()  # the key slots beside the file


def test_print_a_sample_notice(build: Path, tmp_path: Path) -> None:
    done = _run(build, tmp_path, "print", "notice", "--sample", "-o", "x.pdf")
    assert done.returncode == 0, done.stdout + done.stderr
    pdf = tmp_path / "x.pdf"
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 10_000


def _gui_signs_in_from_env(build: Path, cwd: Path) -> bool:
    text = _run(build, cwd, "gui", "--help").stdout
    return "ZYDESK_USER" in text or "ZYDESK_PASSWORD" in text


def test_window_opens_from_the_build(build: Path, tmp_path: Path) -> None:
    """On the demo county (also made by the build: the demo modules are imported by name), as its 查阅员:
    the system administrator of a fresh database sees the 管理 page, not the business tabs the check opens."""
    db = tmp_path / "演示.sqlite"
    made = _run(build, tmp_path, "init", "--demo", "--admin", ADMIN, "--db", str(db), ZYDESK_PASSWORD=PASSWORD)
    assert made.returncode == 0, made.stdout + made.stderr
    done = _run(build, tmp_path, "gui", "--smoke", "--db", str(db), program="ZYDesk",
                QT_QPA_PLATFORM="offscreen", ZYDESK_USER="查阅员", ZYDESK_PASSWORD=PASSWORD)
    if done.returncode == 2 and "登录" in done.stderr and not _gui_signs_in_from_env(build, tmp_path):
        pytest.skip("gui --smoke of this version does not sign in from ZYDESK_USER/ZYDESK_PASSWORD yet "
                    f"(it refused: {done.stderr.strip()[-120:]})")
    assert done.returncode == 0, done.stdout + done.stderr
    timings = json.loads(done.stdout.strip().splitlines()[-1])
    assert timings["cadres"] > 0 and "干部信息" in timings["tabs"], timings
