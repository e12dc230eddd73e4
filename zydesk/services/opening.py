"""Opening the database for the window: migrations run, and a refusal comes back as one Chinese message."""
from __future__ import annotations

from zydesk.errors import UserError
from zydesk.services.backups import install as install_backups
from zydesk.services.handle import Database
from zydesk.storage.engine import DatabaseRefused, sqlite_path
from zydesk.storage.integrity import open_checked
from zydesk.storage.migrate import MigrationFailed


class CannotOpen(UserError):
    """The database cannot be used (not ours, newer than this program, a failed upgrade): the message says why."""


def open_database(url: str) -> Database:
    """The Database at url, upgraded to this program's schema, or CannotOpen with the reason in Chinese.
    A damaged file comes back read-only, with `damaged` saying so (the window shows it at start-up)."""
    try:
        engine, damaged = open_checked(url)
        db = Database(engine, damaged=damaged)
    except (DatabaseRefused, MigrationFailed) as exc:
        raise CannotOpen(str(exc)) from exc
    install_backups(db)  # the window's writes are backed up automatically
    return db


def database_label(url: str) -> str:
    """The file path of a SQLite database, else the URL without its password (status bar, 关于)."""
    from sqlalchemy.engine import make_url

    path = sqlite_path(url)
    return str(path) if path is not None else make_url(url).render_as_string(hide_password=True)


__all__ = ["CannotOpen", "database_label", "open_database"]
