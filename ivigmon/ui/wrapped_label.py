"""A word-wrapped label that keeps the height its text needs at its width, inside a scroll area
too (a scroll area lays its content out by minimum sizes, which know nothing of wrapping)."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class WrappedLabel(QLabel):
    """Styled as the label factories style theirs (`role`: muted, figures, ...)."""

    def __init__(self, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", role)
        self.setWordWrap(True)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    def _fit(self) -> None:
        """As tall as the text wraps to at the present width (nothing while empty)."""
        self.setMinimumHeight(0)  # a label's height for a width is never less than its minimum
        self.setMinimumHeight(max(0, self.heightForWidth(self.width())) if self.text() else 0)
