"""How a database is named to a clerk: a file by its path; a server as 服务器 · 数据库 (· 账号), never with the
password, the driver or the URL's query (application_name, connect_timeout …)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from zydesk.services.opening import database_label
from zydesk.storage.engine import shown_url, url_label

URL = "postgresql+psycopg://zydesk_app:Pw-Secret-42@192.168.1.10/zydesk?application_name=ZYDesk&connect_timeout=10"


def test_server_named_without_password_or_query() -> None:
    shown = url_label(URL)
    assert shown == "服务器 192.168.1.10 · 数据库 zydesk"
    assert database_label(URL, "张三") == "服务器 192.168.1.10 · 数据库 zydesk · 账号 张三"
    for hidden in ("Pw-Secret-42", "zydesk_app", "?", "application_name", "psycopg", "***"):
        assert hidden not in database_label(URL, "张三")


def test_port_socket_and_unreadable() -> None:
    assert url_label("postgresql+psycopg://u:p@db.local:5433/zy") == "服务器 db.local:5433 · 数据库 zy"
    assert url_label("postgresql+psycopg:///zy?host=/run/postgresql") == "服务器 本机 · 数据库 zy"
    assert "secret" not in url_label("postgres://u:secret@@bad")


def test_file_by_its_path(tmp_path: Path) -> None:
    path = tmp_path / "紫阳县.sqlite"
    assert database_label(str(path)) == str(path)
    assert url_label(f"sqlite:///{path}") == str(path)


def test_logs_and_json_keep_the_technical_form() -> None:
    assert shown_url(URL).startswith("postgresql+psycopg://zydesk_app:***@192.168.1.10/zydesk?")


def test_the_login_names_the_server_as_a_clerk_reads_it(qtbot: Any) -> None:
    from PySide6.QtWidgets import QLabel

    from ui.signin.login import LoginDialog

    dialog = LoginDialog(URL)
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "数据库：服务器 192.168.1.10 · 数据库 zydesk" in texts
    for hidden in ("Pw-Secret-42", "application_name", "connect_timeout", "psycopg"):
        assert hidden not in texts + dialog.windowTitle()
