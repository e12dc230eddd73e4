"""What the window shows of the database it works on (opening it is signing in: services.security.signin)."""
from __future__ import annotations

from zydesk.storage.engine import url_label


def database_label(url: str, account: str | None = None) -> str:
    """The file path of a SQLite database, else 「服务器 … · 数据库 … · 账号 …」 (status bar, 关于, sign-in):
    never the password or the URL's query."""
    return url_label(url, account)


__all__ = ["database_label"]
