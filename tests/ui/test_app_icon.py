"""The program's icon: set on the application, so the main window and every dialog show it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from ivigmon import app
from ivigmon.ui.main_window import MainWindow
from ivigmon.ui.sign_in_dialog import SignInDialog


@pytest.fixture
def app_icon(qapp: QApplication) -> Iterator[QIcon]:
    before = qapp.windowIcon()
    yield app._application().windowIcon()
    qapp.setWindowIcon(before)


def _drawn(widget: QWidget, size: int) -> bool:
    """The window's icon drawn at `size` px has visible (not transparent) pixels."""
    image = widget.windowIcon().pixmap(size, size).toImage()
    if image.isNull():
        return False
    return any(image.pixelColor(x, y).alpha() > 0 for x in range(size) for y in range(size))


@pytest.mark.parametrize("size", [16, 32, 256])
def test_the_main_window_and_a_dialog_show_the_ivigmon_icon(app_icon, ctx, events, show, size):
    assert not app_icon.isNull()
    window = show(MainWindow(ctx, events))
    dialog = SignInDialog(ctx, window)
    assert not window.windowIcon().isNull()
    assert _drawn(window, size)
    assert _drawn(dialog, size)
    dialog.reject()
