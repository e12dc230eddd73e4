"""帮助 → 用户手册: the manual's PDF in the program's own preview window (an offline PC may have no PDF
viewer). The PDF is read, or built from the shipped chapters, off the GUI thread."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.ops import QueryOp
from ui.printing.preview import PreviewDialog, show_pdf
from zydesk.services import manual
from zydesk.services.documents import Rendered

TITLE = "用户手册"


def open_manual(ctx: AppContext, parent: QWidget | None = None,
                shown: list[PreviewDialog] | None = None) -> None:
    """Show the manual; the preview window goes into `shown` (for whoever keeps or tests it)."""
    def show(rendered: Rendered) -> None:
        dialog = show_pdf(parent, rendered, TITLE)
        if shown is not None:
            shown.append(dialog)

    QueryOp(ctx, lambda _db, _state: manual.manual_pdf(), show, parent=parent).with_progress("打开用户手册").run()
