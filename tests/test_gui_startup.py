"""Start-up stays small: an up-to-date database opens without importing alembic (and still refuses what
it must refuse); the quick reading of the migration files agrees with alembic."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.accounts import CLERK, PASSWORD
from zydesk.storage import migrate
from zydesk.storage.engine import DatabaseRefused
from zydesk.storage.uow import Database

ROOT = Path(__file__).resolve().parent.parent


def test_quick_heads_agree_with_alembic() -> None:
    assert migrate._quick_heads() == migrate.head_revisions()


def test_up_to_date_file_opens_without_alembic(db: Database, db_url: str) -> None:
    db.dispose()
    code = ("import sys; from zydesk.services.security.signin import sign_in; "
            f"sign_in({db_url!r}, 'CLERK', 'PASSWORD').db.dispose(); print('alembic' in sys.modules)")
    code = code.replace("CLERK", CLERK).replace("PASSWORD", PASSWORD)  # signing in opens it, as the window does
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60,
                         env=dict(os.environ))
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


def test_a_newer_file_is_still_refused(db: Database, db_url: str) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES ('9999_newer')"))
    db.dispose()
    engine = migrate.make_engine(db_url)
    assert not migrate._up_to_date(engine)
    engine.dispose()
    with pytest.raises(DatabaseRefused, match="更新版本"):
        migrate.open_database(db_url)
