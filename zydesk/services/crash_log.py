"""The crash log: what an internal error leaves for whoever looks into it."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from zydesk import paths


def write_crash_log(text: str) -> Path:
    """A new file per failure: microseconds and the process id keep two crashes from sharing a name."""
    folder = paths.log_dir()
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    path = folder / f"error-{stamp}-{os.getpid()}.log"
    path.write_text(text, encoding="utf-8")
    return path
