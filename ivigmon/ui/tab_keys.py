"""Ctrl+Tab and Ctrl+Shift+Tab switch the tabs of a page wherever its focus is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QWidget


def add_tab_keys(tabs: QTabWidget, page: QWidget) -> None:
    """A table or a button of the page has the focus more often than the tab bar does."""

    def step(by: int) -> None:
        if tabs.count():
            tabs.setCurrentIndex((tabs.currentIndex() + by) % tabs.count())

    for keys, by in (
        ("Ctrl+Tab", 1),
        ("Ctrl+Shift+Tab", -1),
        ("Ctrl+PgDown", 1),
        ("Ctrl+PgUp", -1),
    ):
        shortcut = QShortcut(QKeySequence(keys), page, lambda by=by: step(by))
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
