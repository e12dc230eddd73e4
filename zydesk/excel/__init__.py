"""Excel in and out: templates, all-or-nothing imports and exports, one registry of kinds.

    from zydesk.excel import KINDS, import_file, write_template, export_kind
    KINDS                                   # {"units": "单位", "cadres": "干部信息", ...}
    write_template(db, "cadres", path)      # blank template with 说明 sheet and drop-downs
    report = import_file(db, "cadres", path, dry_run=False, state=state)   # raises ValidationError
    export_kind(db, "appraisals", path, year=2016, state=state)            # -> number of rows

All three take a TaskState (progress + 取消) and are safe to run off the GUI thread.
"""
from __future__ import annotations

from zydesk.excel.exporter import export_kind
from zydesk.excel.importer import ImportReport, import_file
from zydesk.excel.kinds import KINDS, get_kind
from zydesk.excel.template import write_template

__all__ = ["KINDS", "ImportReport", "export_kind", "get_kind", "import_file", "write_template"]
