"""Storage layer: SQLAlchemy models, engine set-up, migrations, unit of work.

This is the only package allowed to know that the default database is SQLite.
"""
