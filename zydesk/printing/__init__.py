"""Printing: 公文 per GB/T 9704-2012 (gongwen), bordered forms (forms), fonts with per-character fallback,
the document-number registry (registry), the catalog of printable forms (catalog). See docs/printing.md."""
from zydesk.printing.output import Rendered, merge, render

__all__ = ["Rendered", "merge", "render"]
