"""Links a form's widgets to field names, so an error names and highlights the right field."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ivigmon.domain.validation import ValidationError
from ivigmon.ui.errors import message_for
from ivigmon.ui.message_bar import MessageBar


class FormFields:
    """Field name -> (widget, label); shows one error at a time in the form's message bar."""

    def __init__(self, bar: MessageBar) -> None:
        self.bar = bar
        self._widgets: dict[str, QWidget] = {}
        self._labels: dict[str, str] = {}
        self._marked: list[QWidget] = []

    def add(self, field: str, widget: QWidget, label: str) -> None:
        self._widgets[field] = widget
        self._labels[field] = label
        widget.setAccessibleName(label)

    @property
    def labels(self) -> dict[str, str]:
        return dict(self._labels)

    def label(self, field: str) -> str:
        return self._labels.get(field, field)

    def clear(self) -> None:
        for widget in self._marked:
            _mark(widget, False)
        self._marked.clear()
        self.bar.clear_message()

    def show_error(self, error: Exception) -> None:
        """The message in the bar; for a field error, that field outlined and focused."""
        self.clear()
        self.bar.show_message(message_for(error, self._labels), "error")
        if isinstance(error, ValidationError):
            widget = self._widgets.get(error.field)
            if widget is not None:
                _mark(widget, True)
                self._marked.append(widget)
                widget.setFocus()


def _mark(widget: QWidget, invalid: bool) -> None:
    widget.setProperty("invalid", invalid)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
