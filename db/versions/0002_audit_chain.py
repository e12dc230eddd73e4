"""Audit trail: each entry's result, sequence numbers and a hash chain over every entry, and triggers that refuse to change or
delete an entry. Entries already present are masked (ID numbers) and chained in the order they were written.

Revision ID: 0002_audit_chain
Revises: 0001_foundation
Create Date: 2026-12-04
"""
import sqlalchemy as sa
from alembic import op

from zydesk.storage.audit_chain import Chain, Head

revision = "0002_audit_chain"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None

TRIGGERS = {
    "audit_entry_no_update": "UPDATE",
    "audit_entry_no_delete": "DELETE",
}


def _chain_existing() -> None:
    entry = sa.table(
        "audit_entry",
        sa.column("id", sa.Integer),
        sa.column("at", sa.DateTime),
        sa.column("user", sa.String),
        sa.column("action", sa.String),
        sa.column("object_type", sa.String),
        sa.column("object_id", sa.String),
        sa.column("result", sa.String),
        sa.column("before", sa.JSON),
        sa.column("after", sa.JSON),
        sa.column("seq", sa.Integer),
        sa.column("hash", sa.String),
    )
    conn = op.get_bind()
    rows = conn.execute(sa.select(entry.c.id, entry.c.at, entry.c.user, entry.c.action, entry.c.object_type,
                                  entry.c.object_id, entry.c.result, entry.c.before, entry.c.after)
                        .order_by(entry.c.id)).all()
    chain = Chain(Head(0, ""))
    stamped = []
    for r in rows:
        before, after, seq, digest = chain.stamp(r.at, r.user, r.action, r.object_type, r.object_id,
                                                 r.result, r.before, r.after)
        stamped.append({"b_id": r.id, "before": before, "after": after, "seq": seq, "hash": digest})
    if stamped:
        conn.execute(entry.update().where(entry.c.id == sa.bindparam("b_id"))
                     .values(before=sa.bindparam("before"), after=sa.bindparam("after"),
                             seq=sa.bindparam("seq"), hash=sa.bindparam("hash")), stamped)


def upgrade() -> None:
    op.add_column("audit_entry", sa.Column("seq", sa.Integer(), nullable=True))
    op.add_column("audit_entry", sa.Column("hash", sa.String(length=64), nullable=True))
    op.add_column("audit_entry", sa.Column("result", sa.String(length=60), server_default="成功", nullable=False))
    op.create_index(op.f("ix_audit_entry_seq"), "audit_entry", ["seq"], unique=True)
    _chain_existing()
    if op.get_bind().dialect.name == "sqlite":
        for name, verb in TRIGGERS.items():
            message = "审计记录不可修改" if verb == "UPDATE" else "审计记录不可删除"
            op.execute(f"CREATE TRIGGER {name} BEFORE {verb} ON audit_entry "
                       f"BEGIN SELECT RAISE(ABORT, '{message}'); END")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_index(op.f("ix_audit_entry_seq"), table_name="audit_entry")
    with op.batch_alter_table("audit_entry") as batch_op:
        batch_op.drop_column("result")
        batch_op.drop_column("hash")
        batch_op.drop_column("seq")
