"""Write a small xlsx for import tests."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl


def xlsx(path: Path, header: Sequence[Any], rows: Sequence[Sequence[Any]] = ()) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(list(header))
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path
