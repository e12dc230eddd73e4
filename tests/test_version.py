"""One version: zydesk.__version__ is the only place it is written; the package metadata, --version, the
关于 box, the build's Windows version information and the setup take it from there; CHANGELOG.md names it."""
from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from zydesk import __version__
from zydesk.storage.uow import Database

ROOT = Path(__file__).resolve().parent.parent


def test_the_version_is_written_once() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"] and "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "zydesk.__version__"}
    for name in ("tasks.py", "build_installer.spec", "installer/zydesk.iss", "setup.py"):
        assert __version__ not in (ROOT / name).read_text(encoding="utf-8-sig"), name


def test_command_line_version() -> None:
    done = subprocess.run([sys.executable, "-m", "zydesk", "--version"], check=False, cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert done.returncode == 0 and done.stdout.strip() == f"zydesk {__version__}"


def test_changelog_names_the_version_in_chinese() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    headings = re.findall(r"^## (\d+\.\d+\.\d+)", text, flags=re.MULTILINE)
    assert __version__ in headings and "0.1.0" in headings
    assert headings == sorted(headings, key=lambda v: tuple(int(n) for n in v.split(".")), reverse=True)
    assert text.startswith("# 更新记录")


@pytest.mark.gui
def test_about_box_shows_the_version(qtbot, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from tests.gui_wait import settle
    from ui import main_window as mw

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda parent, title, text: shown.append(text)))
    win = mw.MainWindow(db)
    qtbot.addWidget(win)
    settle(qtbot)
    win.show_about()
    assert shown and f"版本 {__version__}" in shown[0]
    settle(qtbot)
