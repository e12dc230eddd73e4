"""Set up and run ZYDesk from a source checkout, on Linux or Windows, with only Python 3.11+.

    python tasks.py app     open the app (offers demo data on an empty database)
    python tasks.py test    run the whole test suite
    python tasks.py test -m "not slow"      the same without the slow tests (any pytest options pass through)
    python tasks.py manual  the user manual's PDF docs/manual/build/用户手册.pdf from docs/manual
                            (--shots: take the screenshots from the program again first)
    python tasks.py build   the one-folder program dist/ZYDesk/ (PyInstaller); on Windows also the setup
                            dist/ZYDesk-<version>-setup.exe when Inno Setup 6 is installed

All three share one environment, .venv: whichever runs first creates it and installs the program with
everything the others need; it is installed again only when pyproject.toml or setup.py change.
"""
from __future__ import annotations

import ast
import hashlib
import os
import shutil
import subprocess
import sys
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".installed"
EXTRAS = "test,build"  # one environment for the app, the tests and the build
# pip and setuptools speak English and warn about themselves; the clerk-facing lines here are ours.
QUIET = dict(os.environ, PIP_DISABLE_PIP_VERSION_CHECK="1", PIP_NO_INPUT="1", PIP_NO_WARN_SCRIPT_LOCATION="1",
             PYTHONWARNINGS="ignore")


def install_digest() -> str:
    h = hashlib.sha256(EXTRAS.encode())
    for name in ("pyproject.toml", "setup.py"):
        h.update((ROOT / name).read_bytes())
    return h.hexdigest()


def _pip(*args: str) -> None:
    done = subprocess.run([str(PY), "-m", "pip", *args, "--quiet", "--quiet"], check=False, env=QUIET, cwd=ROOT,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, errors="replace")
    if done.returncode != 0:  # only a failure shows pip's own words
        print(done.stdout, file=sys.stderr)
        sys.exit("安装依赖失败（上面是安装程序的原始输出）。")


def ensure_venv() -> None:
    if sys.version_info < (3, 11):
        sys.exit("需要 Python 3.11 或更新版本 / Python 3.11+ is required")
    if not PY.exists():
        print("创建虚拟环境 .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    digest = install_digest()
    if STAMP.exists() and STAMP.read_text() == digest:
        return
    print("安装依赖（只在第一次或依赖变化后进行，需要几分钟）…", flush=True)
    started = time.monotonic()
    _pip("install", "--upgrade", "pip")
    _pip("install", "-e", f"{ROOT}[{EXTRAS}]")
    STAMP.write_text(digest)
    print(f"安装完成，用时 {time.monotonic() - started:.0f} 秒。", flush=True)


def app_version() -> str:
    """zydesk.__version__ (the one version), read without importing the package."""
    for node in ast.parse((ROOT / "zydesk" / "__init__.py").read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "__version__" for t in node.targets):
            return str(ast.literal_eval(node.value))
    raise SystemExit("zydesk/__init__.py 中没有版本号")


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def inno_compiler() -> str | None:
    found = shutil.which("ISCC")
    if found:
        return found
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles"),
                 os.environ.get("LOCALAPPDATA") and str(Path(os.environ["LOCALAPPDATA"], "Programs"))):
        if base and (Path(base) / "Inno Setup 6" / "ISCC.exe").is_file():
            return str(Path(base) / "Inno Setup 6" / "ISCC.exe")
    return None


MANUAL_PDF = ROOT / "docs" / "manual" / "build" / "用户手册.pdf"


def manual(args: list[str]) -> int:
    """The manual's PDF, built by the program's own print engine (the build ships it)."""
    env = dict(QUIET, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), PYTHONPATH=str(ROOT))
    if "--shots" in args:
        print("截取用户手册的截图（演示数据）…", flush=True)
        code = subprocess.call([str(PY), "-m", "bench.manual_shots"], cwd=ROOT, env=env)
        if code != 0:
            return code
    code = subprocess.call([str(PY), "-m", "zydesk.services.manual", str(MANUAL_PDF)], cwd=ROOT, env=env)
    if code == 0:
        print(f"已生成用户手册 {MANUAL_PDF}。")
    return code


def build(args: list[str]) -> int:
    dist, work = ROOT / "dist", ROOT / "build"
    code = manual([])
    if code != 0:
        return code
    print("打包程序（PyInstaller，单文件夹）…", flush=True)
    started = time.monotonic()
    code = subprocess.call([str(PY), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                            "--distpath", str(dist), "--workpath", str(work), *args,
                            str(ROOT / "build_installer.spec")], cwd=ROOT, env=QUIET)
    if code != 0:
        return code
    folder = dist / "ZYDesk"
    print(f"已生成 {folder}（{folder_size(folder) / 2**20:.0f} MB，用时 {time.monotonic() - started:.0f} 秒）。")
    if os.name != "nt":
        return 0
    iscc = inno_compiler()
    if iscc is None:
        print("未找到 Inno Setup 6（ISCC.exe），未生成安装程序；安装 Inno Setup 6 后再运行本命令。")
        return 0
    code = subprocess.call([iscc, "/Q", f"/DAppVersion={app_version()}", str(ROOT / "installer" / "zydesk.iss")],
                           cwd=ROOT)
    if code == 0:
        print(f"已生成安装程序 {dist / f'ZYDesk-{app_version()}-setup.exe'}。")
    return code


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"app", "test", "build", "manual"}:
        print(__doc__)
        return 2
    ensure_venv()
    if argv[0] == "app":
        return subprocess.call([str(PY), "-m", "zydesk", "gui", *argv[1:]])
    if argv[0] == "build":
        return build(argv[1:])
    if argv[0] == "manual":
        return manual(argv[1:])
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    return subprocess.call([str(PY), "-m", "pytest", *argv[1:]], cwd=ROOT, env=env)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
