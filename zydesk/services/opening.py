"""What the window shows of the database it works on (opening it is signing in: services.security.signin)."""
from __future__ import annotations

from zydesk.storage.engine import sqlite_path


def database_label(url: str) -> str:
    """The file path of a SQLite database, else the URL without its password (status bar, 关于)."""
    from sqlalchemy.engine import make_url

    path = sqlite_path(url)
    return str(path) if path is not None else make_url(url).render_as_string(hide_password=True)


__all__ = ["database_label"]
