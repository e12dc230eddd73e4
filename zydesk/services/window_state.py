"""Where the desktop window keeps its sizes (geometry, splitters, shown columns): a file in the user's
data folder beside the logs, so ZYDESK_HOME moves it with everything else. Sizes only, no personal data."""
from __future__ import annotations

from pathlib import Path

from zydesk import paths


def settings_file() -> Path:
    return paths.user_data_dir() / "window.ini"
