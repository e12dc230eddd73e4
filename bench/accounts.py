"""The benchmarks work on encrypted databases, as a clerk's are: made by the program's own create_database
with an administrator and one business account (录入员+审核员), and opened as that account. The data key
is unwrapped once, outside any timed part (a sign-in costs one argon2id derivation, not what is measured);
`gui --smoke` children sign in from ZYDESK_USER/ZYDESK_PASSWORD (`signin_env`) like any scripted use."""
from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when used: the benchmarks time their own imports
    from zydesk.core.security.principal import Principal
    from zydesk.storage.uow import Database

ADMIN = "基准管理员"
USER = "基准测试"
PASSWORD = "Bench-zy-2016"


def principal() -> Principal:
    from zydesk.core.security.principal import Principal
    from zydesk.core.security.roles import Role

    return Principal(USER, (Role.CLERK, Role.REVIEWER))


def signin_env() -> dict[str, str]:
    """ZYDESK_USER/ZYDESK_PASSWORD as given, else the benchmark account's (a database of one's own needs both)."""
    return {"ZYDESK_USER": os.environ.get("ZYDESK_USER", USER),
            "ZYDESK_PASSWORD": os.environ.get("ZYDESK_PASSWORD", PASSWORD)}


def signed_in(path: Path) -> Database:
    """The database at path signed in to the way the program does it (signin_env's account; automatic backups
    installed): for the window's benchmarks and a database of one's own."""
    from zydesk.services.security.signin import sign_in

    env = signin_env()
    return sign_in(url_of(path), env["ZYDESK_USER"], env["ZYDESK_PASSWORD"]).db


def url_of(path: Path | str) -> str:
    return "sqlite:///" + str(path)


def create(path: Path) -> Database:
    """A new encrypted database at path (nothing may be there) with the administrator and the benchmark's
    business account, opened as the latter."""
    from zydesk.core.security.roles import Role
    from zydesk.services.security.accounts import add_account
    from zydesk.services.security.signin import create_database

    created = create_database(url_of(path), ADMIN, PASSWORD)
    try:
        add_account(created.db, USER, [Role.CLERK, Role.REVIEWER], PASSWORD)
    finally:
        created.db.dispose()
    return open_db(path)


def hold_key(path: Path) -> None:
    """This process holds the data key of the file at path (its benchmark account's slot unwrapped)."""
    from zydesk.storage import cipher, keyslots

    if cipher.key_for(path) is None:
        cipher.remember(path, keyslots.load(path).open_with(USER, PASSWORD))


def open_db(path: Path) -> Database:
    """The database at path, opened (and migrated) the plain way the benchmarks always have, as the
    benchmark account."""
    from zydesk.storage.migrate import open_database
    from zydesk.storage.uow import Database

    hold_key(path)
    return Database(open_database(url_of(path)), principal())


def companions(path: Path) -> list[Path]:
    """The files that belong to a database file: its key slots and its audit chain head."""
    from zydesk.storage.audit_chain import head_path
    from zydesk.storage.keyslots import keys_path

    return [keys_path(path), head_path(path)]


def copy(src: Path, dest: Path) -> Path:
    """A copy of a closed database file with its key slots and chain head; this process holds its key when it
    holds the original's."""
    from zydesk.storage import cipher

    for suffix in ("-wal", "-shm"):
        Path(str(dest) + suffix).unlink(missing_ok=True)
    shutil.copyfile(src, dest)
    for a, b in zip(companions(src), companions(dest), strict=True):
        if a.exists():
            shutil.copyfile(a, b)
        else:
            b.unlink(missing_ok=True)
    key = cipher.key_for(src)
    if key is not None:
        cipher.remember(dest, key)
    return dest


def move(src: Path, dest: Path) -> None:
    """Put a finished database file (and its companions) in place of dest."""
    for a, b in zip(companions(src), companions(dest), strict=True):
        if a.exists():
            os.replace(a, b)
        else:
            b.unlink(missing_ok=True)
    os.replace(src, dest)


def remove(path: Path) -> None:
    for p in (path, Path(str(path) + "-wal"), Path(str(path) + "-shm"), *companions(path)):
        p.unlink(missing_ok=True)
