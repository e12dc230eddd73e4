"""Registry of import/export kinds. To add one: write zydesk/excel/kinds/<name>.py defining KIND (a
zydesk.excel.schema.Kind) and add its module path to KIND_MODULES. See docs/architecture.md."""
from __future__ import annotations

import importlib

from zydesk.errors import UserError
from zydesk.excel.schema import Kind

KIND_MODULES = [
    "zydesk.excel.kinds.units",
    "zydesk.excel.kinds.cadres",
    "zydesk.excel.kinds.appraisals",
    "zydesk.excel.kinds.unit_scores",
    "zydesk.excel.kinds.votes",
    "zydesk.excel.kinds.commendations",
    "zydesk.excel.kinds.discipline",
    "zydesk.excel.kinds.tolerance_cases",
    "zydesk.excel.kinds.ranking_monitoring",
    "zydesk.excel.kinds.special_awards",
    "zydesk.excel.kinds.bonus_amounts",
    "zydesk.excel.kinds.bonus_plans",
    "zydesk.excel.kinds.adjustment_incidents",
    "zydesk.excel.kinds.adjustment_poverty",
    "zydesk.excel.kinds.adjustment_key_tasks",
    "zydesk.excel.kinds.adjustment_leaders",
    "zydesk.excel.kinds.adjustment_health",
    "zydesk.excel.kinds.adjustment_requests",
    "zydesk.excel.kinds.excellent",
    "zydesk.excel.kinds.merit_decisions",
    "zydesk.excel.kinds.care_training",
    "zydesk.excel.kinds.care_exchanges",
    "zydesk.excel.kinds.care_exemplars",
    "zydesk.excel.kinds.care_leave",
    "zydesk.excel.kinds.care_talks",
    "zydesk.excel.kinds.care_health_checks",
]


def _load() -> dict[str, Kind]:
    found: dict[str, Kind] = {}
    for module in KIND_MODULES:
        kind: Kind = importlib.import_module(module).KIND
        found[kind.name] = kind
    return found


REGISTRY: dict[str, Kind] = _load()
# kind name → Chinese title, in menu order ("cadres" → "干部信息"): what the GUI builds its menus from.
KINDS: dict[str, str] = {name: kind.title for name, kind in REGISTRY.items()}


def get_kind(name: str) -> Kind:
    try:
        return REGISTRY[name]
    except KeyError:
        known = "、".join(f"{k}（{v}）" for k, v in KINDS.items())
        raise UserError(f"未知的数据种类“{name}”。可选：{known}") from None
