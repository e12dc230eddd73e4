"""Databases made for CLI tests the way a clerk makes one, and one made in-process for tests that fill it."""
from __future__ import annotations

from pathlib import Path

from tests.accounts import ADMIN, CLERK_ROLES, PASSWORD, add_test_accounts, as_role
from zydesk.services.handle import Database


def url_of(target: Path | str) -> str:
    text = str(target)
    return text if "://" in text else "sqlite:///" + text


def init_cli(target: Path | str, *extra: str) -> str:
    """`zydesk --db TARGET init --admin 管理员 …` (its password from ZYDESK_PASSWORD, set by conftest), then the
    test accounts of tests/accounts.py, so later commands sign in as 业务员 like every CLI test. The recovery
    key the command printed is returned."""
    import contextlib
    import io

    from zydesk.cli.main import main
    from zydesk.services.security.signin import sign_in

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["--db", str(target), "init", "--admin", ADMIN, *extra]) == 0
    signed = sign_in(url_of(target), ADMIN, PASSWORD)
    try:
        add_test_accounts(signed.db)
    finally:
        signed.db.dispose()
    return out.getvalue().strip()


def new_database(target: Path | str, *, demo: bool = False) -> Database:
    """A new encrypted database with the administrator 管理员 only (no other accounts: they cost a key
    derivation each), acting as 业务员 (录入员+审核员)."""
    from zydesk.services.security.signin import create_database

    created = create_database(url_of(target), ADMIN, PASSWORD, demo=demo)
    return as_role(created.db, *CLERK_ROLES)


def open_as_clerk(target: Path | str) -> Database:
    """The database at target opened as 业务员: with the key this process holds (a CLI command run here signed
    in), else by signing in."""
    from tests.accounts import CLERK
    from zydesk.core.security.principal import Principal
    from zydesk.services.security.signin import sign_in
    from zydesk.storage import cipher
    from zydesk.storage.engine import sqlite_path
    from zydesk.storage.migrate import open_database

    url = url_of(target)
    path = sqlite_path(url)
    if path is None or cipher.key_for(path) is None:
        return as_role(sign_in(url, CLERK, PASSWORD).db, *CLERK_ROLES)
    return Database(open_database(url), Principal(CLERK, CLERK_ROLES))
