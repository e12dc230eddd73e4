"""Waiting in GUI tests for what the window started on the operations boundary (ui.ops)."""
from __future__ import annotations

from typing import Any


def settle(qtbot: Any, timeout: int = 10_000) -> None:
    """Wait until every operation the window started has delivered its result."""
    from ui import ops

    qtbot.waitUntil(lambda: ops.pending() == 0, timeout=timeout)


def capture_previews(qtbot: Any, monkeypatch: Any) -> list[Any]:
    """Every print preview the window opens from now on, in the list returned (closed with the test)."""
    from ui.printing import preview

    shown: list[Any] = []
    real_show = preview.show_pdf

    def capture(parent: Any, pdf: Any, title: str = "", **kw: Any) -> Any:
        dialog = real_show(parent, pdf, title, **kw)
        qtbot.addWidget(dialog)
        shown.append(dialog)
        return dialog

    monkeypatch.setattr(preview, "show_pdf", capture)
    return shown
