"""Alembic environment. The program passes an open connection in config.attributes["connection"]."""
from alembic import context

from zydesk.storage.all_models import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only the program runs migrations
    raise RuntimeError("迁移须由程序启动时执行（zydesk init）")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
