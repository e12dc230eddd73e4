"""Pure domain code: dataclasses and policy rules. No Qt, no SQLAlchemy, no I/O."""
