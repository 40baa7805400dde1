"""Top-level windows sized to the screen they open on, their title bar included."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# The ward's smallest screen: every window is laid out for this client area.
WINDOW_SIZE = (1366, 768)
# Room for a title bar and frame (about 20-40 px in common window managers), known only once a
# window is shown: a screen area with less room than this around WINDOW_SIZE maximises.
FRAME_ROOM = (16, 64)


def needs_maximising(available_width: int, available_height: int) -> bool:
    """A screen area (panels left out, title bars not) too small for WINDOW_SIZE plus a title
    bar."""
    return (
        available_width < WINDOW_SIZE[0] + FRAME_ROOM[0]
        or available_height < WINDOW_SIZE[1] + FRAME_ROOM[1]
    )


def show_fitted(window: QWidget) -> None:
    """Show `window` at WINDOW_SIZE, or maximised on a screen no larger than that: a 1366x768
    window plus its title bar would run off a 1366x768 screen and hide its bottom row of
    buttons; maximised, the window manager fits the title bar and any panel in."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None and QGuiApplication.platformName() != "offscreen":
        area = screen.availableGeometry()
        if needs_maximising(area.width(), area.height()):
            window.showMaximized()
            return
    window.resize(*WINDOW_SIZE)
    window.show()
