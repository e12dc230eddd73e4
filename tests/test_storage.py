import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text

from tests.accounts import CLERK
from tests.factories import add_cadre, add_unit
from tests.storage_helpers import connect
from zydesk.storage.engine import APPLICATION_ID, DatabaseRefused
from zydesk.storage.migrate import MigrationFailed, head_revisions, open_database
from zydesk.storage.models import AuditEntry, Cadre, CodeItem
from zydesk.storage.uow import Database


def test_new_database_has_pragmas_and_reference_data(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
        assert conn.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
    with db.read() as s:
        assert "汉族" in s.scalars(select(CodeItem.label).where(CodeItem.table_name == "ethnicity")).all()


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    with pytest.raises(DatabaseRefused, match="不是本程序的数据库"):
        open_database(f"sqlite:///{path}")


def test_non_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("hello", encoding="utf-8")
    with pytest.raises(DatabaseRefused, match="不是 SQLite"):
        open_database(f"sqlite:///{path}")


def test_newer_schema_is_refused(db: Database, db_url: str) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES ('9999_from_the_future')"))
    db.dispose()
    with pytest.raises(DatabaseRefused, match="更新版本"):
        open_database(db_url)


EXTRA_MIGRATION = """
import sqlalchemy as sa
from alembic import op

revision = "9000_test"
down_revision = {heads!r}
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("unit") as batch:
        batch.add_column(sa.Column("extra", sa.Integer(), nullable=True))
    {fail}


def downgrade():
    pass
"""


def _with_extra_migration(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fail: bool) -> None:
    """Point the migration runner at a copy of db/ with one more revision (as a newer program would have)."""
    import shutil

    from zydesk import paths
    from zydesk.storage import migrate

    heads = sorted(head_revisions())
    copy = tmp_path / "db-copy"
    shutil.copytree(paths.db_dir(), copy)
    down = heads[0] if len(heads) == 1 else tuple(heads)
    (copy / "versions" / "9000_test.py").write_text(
        EXTRA_MIGRATION.format(heads=down, fail="raise RuntimeError('迁移中途失败')" if fail else ""),
        encoding="utf-8")
    monkeypatch.setattr(migrate, "script_location", lambda: copy)


def test_upgrade_of_existing_file_writes_verified_backup(db: Database, db_url: str, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    add_unit(db, "县委组织部")
    db.dispose()
    _with_extra_migration(monkeypatch, tmp_path, fail=False)
    engine = open_database(db_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT name, extra FROM unit")).all() == [("县委组织部", None)]
    engine.dispose()
    backups = list((tmp_path / "backups").glob("*.sqlite"))
    assert len(backups) == 1
    with connect(backups[0]) as con:  # encrypted with the data key
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("SELECT name FROM unit").fetchall() == [("县委组织部",)]


def test_failed_upgrade_leaves_original_usable(db: Database, db_url: str, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    add_unit(db, "县委组织部")
    db.dispose()
    before = head_revisions()
    _with_extra_migration(monkeypatch, tmp_path, fail=True)
    with pytest.raises(MigrationFailed, match="已撤销本次升级，数据库保持升级前的状态"):
        open_database(db_url)
    monkeypatch.undo()
    engine = open_database(db_url)  # the program of the old version opens it as before
    with engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM unit")).all() == [("县委组织部",)]
        assert {r[0] for r in conn.execute(text("SELECT version_num FROM alembic_version"))} == before
        assert "extra" not in {r[1] for r in conn.execute(text("PRAGMA table_info(unit)"))}
    engine.dispose()


def test_edit_is_audited_with_before_and_after(db: Database) -> None:
    add_unit(db, "城关镇", kind="镇", group="镇")
    cadre_id = add_cadre(db, "张三", "城关镇", "党委书记", "正科级", principal=True)
    from zydesk.core.master import CadreData
    from zydesk.services.master import save_cadre

    with db.read() as s:
        idno = s.get(Cadre, cadre_id).id_number  # type: ignore[union-attr]
    save_cadre(db, CadreData(name="张叁", id_number=idno, ethnicity="汉族", political_status="中共党员"), cadre_id)
    with db.read() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "编辑干部")).all()
    assert len(entries) == 1
    entry = entries[0]
    assert entry.user == CLERK and entry.object_type == "Cadre" and entry.object_id == str(cadre_id)
    assert entry.before == {"name": "张三"} and entry.after == {"name": "张叁"}
