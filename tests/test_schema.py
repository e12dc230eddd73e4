"""The ORM models and the migrations describe the same schema (every area's branch included)."""
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from zydesk.storage.all_models import metadata
from zydesk.storage.migrate import current_revisions, head_revisions
from zydesk.storage.uow import Database


def test_fresh_database_is_at_every_head(db: Database) -> None:
    assert current_revisions(db.engine) == head_revisions()


def test_models_match_migrations(db: Database) -> None:
    from sqlalchemy import MetaData

    from zydesk.storage.models_server import server_metadata

    target = metadata
    if db.engine.dialect.name == "postgresql":  # and the tables only a server has
        target = MetaData(naming_convention=metadata.naming_convention)
        for table in [*metadata.tables.values(), *server_metadata.tables.values()]:
            table.to_metadata(target)
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(ctx, target)
    assert diff == [], f"models and migrations differ: {diff}"
