"""Links a form's widgets to field names, so an error names and highlights the right field."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtWidgets import QWidget

from ivigmon.domain.validation import ValidationError
from ivigmon.ui.errors import message_for
from ivigmon.ui.message_bar import MessageBar


class SeveralProblems(ValidationError):
    """Several fields wrong at once (the first one names the error); a form shows them all."""

    def __init__(self, problems: Sequence[ValidationError]) -> None:
        first = problems[0]
        super().__init__(first.record, first.field, first.problem)
        self.problems = tuple(problems)


T = TypeVar("T")


class Problems:
    """Every problem of a form, gathered as it is read, so that all are shown at once."""

    def __init__(self) -> None:
        self.found: list[ValidationError] = []

    def read(self, parse: Callable[[], T], fallback: T) -> T:
        """What `parse` returns, or `fallback` with its problem(s) kept."""
        try:
            return parse()
        except SeveralProblems as error:
            self.found += error.problems
        except ValidationError as error:
            self.found.append(error)
        return fallback

    def add(self, error: ValidationError) -> None:
        self.found.append(error)

    def raise_any(self) -> None:
        if self.found:
            raise SeveralProblems(self.found)


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

    def show_error(self, error: Exception, wording: Callable[..., str] = message_for) -> None:
        """The message in the bar (in `wording`); for a field error, that field outlined and
        focused."""
        if isinstance(error, SeveralProblems) and len(error.problems) > 1:
            self.show_errors(error.problems)
            return
        self.clear()
        self.bar.show_message(wording(error, self._labels), "error")
        if isinstance(error, ValidationError):
            widget = self._widgets.get(error.field)
            if widget is not None:
                _mark(widget, True)
                self._marked.append(widget)
                widget.setFocus()

    def show_errors(self, errors: Sequence[ValidationError]) -> None:
        """Several problems at once, one line each; every field named is outlined, the first
        one focused."""
        if len(errors) == 1:
            self.show_error(errors[0])
            return
        self.clear()
        lines = [message_for(error, self._labels) for error in errors]
        self.bar.show_message("\n".join(lines), "error")
        for error in errors:
            widget = self._widgets.get(error.field)
            if widget is not None and widget not in self._marked:
                _mark(widget, True)
                self._marked.append(widget)
        if self._marked:
            self._marked[0].setFocus()


def _mark(widget: QWidget, invalid: bool) -> None:
    widget.setProperty("invalid", invalid)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
