"""ZYDesk — 紫阳县委组织部干部工作台."""
import os as _os

# openpyxl parses with lxml whenever lxml is installed (python-docx brings it), and then skips defusedxml:
# a workbook declaring XML entities is read (unexpanded) instead of refused. Keep the refusal. Set before any
# module of the program imports openpyxl.
_os.environ.setdefault("OPENPYXL_LXML", "False")

__version__ = "0.1.0"
APP_NAME = "ZYDesk"
APP_TITLE = "紫阳县干部工作台"
