"""The throwaway PostgreSQL cluster of the server tests: bench/pg_cluster.py (the benchmarks start the same one)."""
from bench.pg_cluster import RUN_AS, SUPERUSER, Server, _demote, _free_port, find_bin, running_server

__all__ = ["RUN_AS", "SUPERUSER", "Server", "_demote", "_free_port", "find_bin", "running_server"]
