"""PostgreSQL mode: the audit trail refuses UPDATE and DELETE (plpgsql triggers, as the SQLite triggers do),
the chain head lives in the one-row table `audit_head` (a server has no file beside it), kept by a trigger
running as the schema's owner in the transaction that adds entries — the program's own database role may
read it but not change it (docs/deploy-postgresql.md) — and failed
sign-ins count in `sign_in_attempt` (a server's tables are readable before sign-in, so no key-slot file).
Nothing is created on SQLite, where the head file and the key slots hold these.

Revision ID: server_0001
Revises: 0003_audit_role
Create Date: 2026-12-04
"""
import sqlalchemy as sa
from alembic import op

revision = "server_0001"
down_revision = "0003_audit_role"
branch_labels = None
depends_on = None

REFUSE = """
CREATE FUNCTION audit_entry_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        RAISE EXCEPTION '审计记录不可修改' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RAISE EXCEPTION '审计记录不可删除' USING ERRCODE = 'insufficient_privilege';
END $$
"""


# After each INSERT statement: the newest entry it added becomes the head (never backwards). SECURITY
# DEFINER: it runs as the owner, so the program's role needs no right to change the head.
FOLLOW = """
CREATE FUNCTION audit_head_follow() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
BEGIN
    UPDATE audit_head h SET seq = a.seq, hash = a.hash
      FROM (SELECT seq, hash FROM added WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1) a
     WHERE h.id = 1 AND a.seq > h.seq;
    RETURN NULL;
END $$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(REFUSE)
    op.execute("CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry "
               "FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse()")
    op.execute("CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry "
               "FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse()")
    op.execute("CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry "
               "FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse()")
    head = op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
        sa.CheckConstraint("id = 1", name=op.f("ck_audit_head_one_row")),
    )
    # The trail may hold entries already (written by earlier revisions in this same upgrade).
    last = op.get_bind().exec_driver_sql(
        "SELECT seq, hash FROM audit_entry WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1").first()
    op.bulk_insert(head, [{"id": 1, "seq": int(last[0]) if last else 0, "hash": str(last[1]) if last else ""}])
    op.execute(FOLLOW)
    op.execute("CREATE TRIGGER audit_head_follows AFTER INSERT ON audit_entry REFERENCING NEW TABLE AS added "
               "FOR EACH STATEMENT EXECUTE FUNCTION audit_head_follow()")
    op.create_table(
        "sign_in_attempt",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_sign_in_attempt")),
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.drop_table("sign_in_attempt")
    for name in ("audit_entry_no_update", "audit_entry_no_delete", "audit_entry_no_truncate",
                 "audit_head_follows"):
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON audit_entry")
    op.drop_table("audit_head")
    op.execute("DROP FUNCTION IF EXISTS audit_entry_refuse()")
    op.execute("DROP FUNCTION IF EXISTS audit_head_follow()")
