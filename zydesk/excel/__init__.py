"""Excel in and out: templates, all-or-nothing imports and exports, one registry of kinds.

    from zydesk.excel import KINDS, import_file, write_template, export_kind
    KINDS                                   # {"units": "单位", "cadres": "干部信息", ...}
    write_template(db, "cadres", path)      # blank template with 说明 sheet and drop-downs
    report = import_file(db, "cadres", path, dry_run=False, state=state)   # raises ValidationError
    export_kind(db, "appraisals", path, year=2016, state=state)            # -> number of rows

All three take a TaskState (progress + 取消) and are safe to run off the GUI thread.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from zydesk.excel.exporter import export_kind
    from zydesk.excel.importer import ImportReport, import_file
    from zydesk.excel.kinds import KINDS, get_kind
    from zydesk.excel.template import write_template

__all__ = ["KINDS", "ImportReport", "export_kind", "get_kind", "import_file", "write_template"]

# Loaded on first use: `zydesk.excel.kinds` (which every command-line start reads for its help) must not
# pull in openpyxl and the importer, which would cost the desktop program's start-up about 0.3 s.
_WHERE = {"export_kind": "exporter", "ImportReport": "importer", "import_file": "importer", "KINDS": "kinds",
          "get_kind": "kinds", "write_template": "template"}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(f"zydesk.excel.{_WHERE[name]}"), name)
    raise AttributeError(f"module 'zydesk.excel' has no attribute {name!r}")
