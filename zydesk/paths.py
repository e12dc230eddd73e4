"""Where the program finds its shipped data (db/, resources/) and the user's data folder.

db/ and resources/ sit at the top of a source checkout; a wheel or the PyInstaller build
carries them inside the package as zydesk/_data/db and zydesk/_data/resources.
"""
from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

import platformdirs

from zydesk import APP_NAME

_PACKAGE = Path(__file__).resolve().parent


@cache
def _shipped(name: str) -> Path:
    candidates = [_PACKAGE / "_data" / name, _PACKAGE.parent / name]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "zydesk" / "_data" / name)
    for cand in candidates:
        if cand.is_dir():
            return cand
    raise FileNotFoundError(f"找不到程序数据目录 {name}/（安装不完整？）")


def db_dir() -> Path:
    """Alembic migrations and reference data (code tables)."""
    return _shipped("db")


def resources_dir() -> Path:
    """Icons, fonts, form templates, the policy text."""
    return _shipped("resources")


def user_data_dir() -> Path:
    path = Path(os.environ.get("ZYDESK_HOME") or platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = user_data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return user_data_dir() / "zydesk.sqlite"
