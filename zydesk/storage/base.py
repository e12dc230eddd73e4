from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, MetaData, Table
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# Stable constraint names so Alembic batch migrations on SQLite can find them again.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Versioned:
    """Optimistic locking for a record a person edits: every ORM update checks and bumps `version`, so a save
    over another clerk's newer change is refused (services.conflicts) instead of overwriting it; bulk imports
    bump it too (excel.bulk.update_versioned). Server default: Core inserts leave it out."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


def is_versioned(model: type[Base]) -> bool:
    return issubclass(model, Versioned)


def table_of(model: type[Base]) -> Table:
    """The Table a model maps (typed as the wider FromClause on the class) for Core bulk statements."""
    table = model.__table__
    if not isinstance(table, Table):
        raise TypeError(f"{model.__name__} does not map a single table")
    return table
