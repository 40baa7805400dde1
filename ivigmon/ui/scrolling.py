"""A frameless area that scrolls a part of a window up and down when the screen is too short."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QWidget


def scrolling(content: QWidget, *, follow_focus: bool = False) -> QScrollArea:
    """`content` at its full width, scrolled up and down, on the background around it; and
    sideways when large text makes it wider than the window, rather than cut.

    With `follow_focus` the field that takes the keyboard focus (by Tab, an underlined letter
    or a message naming it) is scrolled into sight.
    """
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    content.setObjectName("scrolled")
    area.setWidget(content)
    # The window's or the box's background, not the scroll area's own.
    area.setStyleSheet(
        "QScrollArea, QScrollArea > QWidget > QWidget#scrolled { background: transparent; }"
    )
    if follow_focus:
        _FocusFollower(area, content)
    return area


class _FocusFollower(QObject):
    """Scrolls its area to the widget that takes the focus; goes with the area."""

    def __init__(self, area: QScrollArea, content: QWidget) -> None:
        super().__init__(area)
        self.area = area
        self.content = content
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self.follow)

    def follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        # From the focused widget upwards: while a window is torn down the focus leaves its
        # widgets first (`new` is None then), so the area is never reached half destroyed.
        if new is None:
            return
        ancestor = new.parentWidget()
        while ancestor is not None:
            if ancestor is self.content:
                self.area.ensureWidgetVisible(new)
                return
            ancestor = ancestor.parentWidget()
