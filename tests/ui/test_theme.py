"""The look: what cannot be used looks so, beside what can."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QComboBox, QLineEdit, QVBoxLayout, QWidget


def background(widget: QWidget) -> QColor:
    """The colour inside the field, right of any text and left of a combo box's arrow."""
    image = widget.grab().toImage()
    return image.pixelColor(image.width() - 40, image.height() // 2)


def test_a_field_that_cannot_be_used_does_not_look_like_one_that_can(qtbot, show):
    # Before: a disabled field or choice (a symptom's grade before it is ticked, the rate entry
    # of an ended infusion) was white with dark text, the same as one ready for typing.
    holder = QWidget()
    layout = QVBoxLayout(holder)
    pairs = []
    for make in (lambda: QLineEdit("12"), lambda: _choice("- choose -")):
        usable, unusable = make(), make()
        unusable.setEnabled(False)
        for field in (usable, unusable):
            field.setFixedWidth(220)
            layout.addWidget(field)
        pairs.append((usable, unusable))
    show(holder)
    for usable, unusable in pairs:
        assert background(usable) != background(unusable), type(usable).__name__


def _choice(text: str) -> QComboBox:
    box = QComboBox()
    box.addItem(text)
    return box


class _Hints:
    """The desktop's style hints, saying dark."""

    def colorScheme(self) -> Qt.ColorScheme:  # noqa: N802 (Qt's name)
        return Qt.ColorScheme.Dark


def test_the_look_follows_the_desktops_dark_scheme_and_its_changes(qapp, monkeypatch):
    from ivigmon.ui import theme

    assert theme.system_scheme() is theme.Scheme.LIGHT  # the offscreen desktop says nothing
    try:
        monkeypatch.setattr(theme.QGuiApplication, "styleHints", staticmethod(_Hints))
        theme.apply_theme(qapp)
        assert qapp.palette().color(QPalette.ColorRole.Window).name() == theme.DARK.window
        assert theme.colours() is theme.DARK
        monkeypatch.undo()
        # The desktop switches back while the app runs: the open windows follow.
        theme.follow_system_scheme(qapp)
        qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert qapp.palette().color(QPalette.ColorRole.Window).name() == theme.LIGHT.window
        assert f"background: {theme.LIGHT.window}" in qapp.styleSheet()
    finally:
        theme.apply_theme(qapp, theme.Scheme.LIGHT)
