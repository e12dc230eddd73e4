"""Guards against a Qt binding release that corrupts the interpreter (PySide6 6.12.0 on Python 3.11:
every call of a Qt function returning nothing dropped a reference to None until the program aborted)."""
import sys

import pytest


@pytest.mark.gui
def test_void_qt_calls_keep_none_reference_count(qapp: object) -> None:
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("干部")
    assert sys.getrefcount(None) - before > -50
