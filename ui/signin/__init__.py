"""Signing in: the login dialog, the first start (a new database and its recovery key), converting a
database of the first version, changing the password, and the idle lock."""
