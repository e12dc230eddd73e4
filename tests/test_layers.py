"""The layer contracts of pyproject.toml ([tool.importlinter]) hold, and a module that breaks one is caught."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CONTRACTS = ["core-pure", "services-no-ui", "ui-through-services", "no-qt-in-zydesk", "charts-plain"]
_RUN = "from importlinter.cli import lint_imports_command; lint_imports_command()"


def lint_imports(root: Path, *contracts: str) -> subprocess.CompletedProcess[str]:
    """lint-imports on the tree at root (its pyproject.toml), without a cache left behind."""
    args = [a for c in contracts for a in ("--contract", c)]
    return subprocess.run([sys.executable, "-c", _RUN, "--no-cache", "--no-logo", *args],
                          cwd=root, env={**os.environ, "PYTHONPATH": str(root)},
                          check=False, capture_output=True, text=True, encoding="utf-8", timeout=120)


@pytest.mark.parametrize("contract", CONTRACTS)
def test_contract_kept(contract: str) -> None:
    result = lint_imports(ROOT, contract)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture
def copy_of_tree(tmp_path: Path) -> Path:
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for package in ("zydesk", "ui"):
        shutil.copytree(ROOT / package, tmp_path / package, ignore=ignore)
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


# One module per contract that breaks it, placed in a copy of the tree.
VIOLATIONS = [
    ("core-pure", "zydesk/core/_bad.py", "import sqlalchemy\n"),
    ("core-pure", "zydesk/core/_bad.py", "from zydesk.storage import uow\n"),
    ("services-no-ui", "zydesk/services/_bad.py", "import ui.ops\n"),
    ("ui-through-services", "ui/_bad.py", "from zydesk.storage import uow\n"),
    ("no-qt-in-zydesk", "zydesk/excel/_bad.py", "from PySide6 import QtCore\n"),
    ("no-qt-in-zydesk", "zydesk/cli/_bad.py", "import ui.app\n"),
    ("charts-plain", "zydesk/charts/_bad.py", "from reportlab.pdfgen import canvas\n"),
]


@pytest.mark.parametrize(("contract", "module", "source"), VIOLATIONS)
def test_violation_is_caught(copy_of_tree: Path, contract: str, module: str, source: str) -> None:
    (copy_of_tree / module).write_text(source, encoding="utf-8")
    result = lint_imports(copy_of_tree, contract)
    assert result.returncode == 1, result.stdout + result.stderr
    assert module.removesuffix(".py").replace("/", ".") in result.stdout
