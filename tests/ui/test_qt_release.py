"""The Qt release in use keeps Python's count of references to None: a release that drops one at
every processEvents() (PySide6 6.12.0) aborts Python 3.11 after a few thousand calls."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication


def test_process_events_keeps_the_references_to_none(qtbot):
    app = QApplication.instance()
    assert app is not None
    app.processEvents()
    before = sys.getrefcount(None)
    for _ in range(200):
        app.processEvents()
    # Other work may hold or let go of a few references meanwhile, never one per call.
    assert abs(sys.getrefcount(None) - before) < 50
