"""Short forms clerks type for code values (汉 → 汉族, 党员 → 中共党员, 本科 → 大学, 副科 → 副科级, 城关 → 城关镇).

The shipped list is db/reference/synonyms.json; the clerk adds to it in the setting SETTING_KEY
({table: {简称: 正式名称}}). A short form is used only when its full form is in the allowed list of the
column, and every use is reported (Mapping) for the clerk to confirm: nothing is changed silently."""
from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy.orm import Session

from zydesk import paths
from zydesk.services.settings import get_setting

SETTING_KEY = "import_synonyms"
# A unit named by its place alone: 城关 for 城关镇 (only when exactly one unit fits).
UNIT_SUFFIXES = ("镇", "乡", "街道", "街道办事处", "办事处")


@dataclass(frozen=True)
class Mapped:
    """One short form the import replaced: shown in the report and on the command line."""

    column: str  # the column header
    value: str  # as written in the file
    mapped: str  # as imported
    rows: int  # how many rows had it

    def __str__(self) -> str:
        return f"«{self.column}» “{self.value}” → “{self.mapped}”（{self.rows} 行）"


@cache
def shipped() -> dict[str, dict[str, str]]:
    data: dict[str, Any] = json.loads((paths.db_dir() / "reference" / "synonyms.json").read_text("utf-8"))
    return {k: dict(v) for k, v in data.items() if not k.startswith("_") and isinstance(v, dict)}


def load(session: Session) -> dict[str, dict[str, str]]:
    """Shipped short forms with the clerk's additions (which win on the same short form)."""
    out = {table: dict(forms) for table, forms in shipped().items()}
    extra = get_setting(session, SETTING_KEY, {}) or {}
    if isinstance(extra, dict):
        for table, forms in extra.items():
            if isinstance(forms, dict):
                out.setdefault(str(table), {}).update({str(k): str(v) for k, v in forms.items()})
    return out


def for_table(table: str, allowed: Sequence[str], forms: Mapping[str, Mapping[str, str]]) -> dict[str, str]:
    """short form → full form for one column, only where the full form is allowed there."""
    allowed_set = frozenset(allowed)
    table_forms = {k: v for k, v in forms.get(table, {}).items() if v in allowed_set and k not in allowed_set}
    if table == "unit":
        by_stem: dict[str, list[str]] = {}
        for name in allowed:
            for suffix in UNIT_SUFFIXES:
                if name.endswith(suffix) and len(name) > len(suffix):
                    by_stem.setdefault(name[: -len(suffix)], []).append(name)
        for stem, names in by_stem.items():
            if len(names) == 1 and stem not in allowed_set:
                table_forms.setdefault(stem, names[0])
    return table_forms
