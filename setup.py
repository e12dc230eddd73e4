"""Package list for setuptools (everything else is in pyproject.toml).

db/ and resources/ stay at the top of the checkout and are shipped inside the package as
zydesk/_data/db and zydesk/_data/resources ([tool.setuptools] package-dir). Package discovery
cannot see folders outside zydesk/, so they are listed here, each subfolder as its own package.
"""
from pathlib import Path

from setuptools import find_packages, setup

ROOT = Path(__file__).resolve().parent


def data_packages(top: str) -> list[str]:
    folders = [ROOT / top, *(p for p in sorted((ROOT / top).rglob("*")) if p.is_dir())]
    return [".".join(("zydesk", "_data", top, *f.relative_to(ROOT / top).parts)) for f in folders
            if "__pycache__" not in f.parts]


setup(packages=find_packages(include=["zydesk", "zydesk.*", "ui", "ui.*"]) + data_packages("db") + data_packages("resources"))
