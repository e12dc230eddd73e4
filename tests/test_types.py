"""mypy over zydesk/, ui/ and bench/ as configured in pyproject.toml ([tool.mypy]) finds nothing."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_mypy_finds_no_errors() -> None:
    # the cache (.mypy_cache, not committed) makes a second run take seconds
    result = subprocess.run([sys.executable, "-m", "mypy", "--no-color-output", "--no-error-summary"],
                            cwd=ROOT, check=False, capture_output=True, text=True, encoding="utf-8", timeout=600)
    errors = [ln for ln in result.stdout.splitlines() if ": error:" in ln]
    assert result.returncode == 0 and not errors, "\n".join(errors) or result.stdout + result.stderr
