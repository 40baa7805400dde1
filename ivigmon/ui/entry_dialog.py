"""Base of the small bedside dialogs: a form, a message line, Save/Cancel, Ctrl+Enter saves."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from ivigmon.services.context import Context
from ivigmon.ui.dialog_buttons import add_dialog_buttons
from ivigmon.ui.errors import EXPECTED_ERRORS
from ivigmon.ui.events import DataEvents
from ivigmon.ui.form_fields import FormFields
from ivigmon.ui.labels import subtitle_label
from ivigmon.ui.message_bar import MessageBar
from ivigmon.ui.operations import Operation, save_form


class EntryDialog(QDialog):
    """Subclasses fill `body`, call `finish()`, and implement `prepare()` (one service call)."""

    saved = Signal(str)  # infusion id

    def __init__(
        self,
        ctx: Context,
        events: DataEvents,
        infusion_id: str,
        *,
        mrn: str,
        title: str,
        save_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.events = events
        self.infusion_id = infusion_id
        self.mrn = mrn
        self.setWindowTitle(title)
        self.save_text = save_text
        layout = QVBoxLayout(self)
        self.heading = subtitle_label(title)
        layout.addWidget(self.heading)
        self.body = QVBoxLayout()
        layout.addLayout(self.body)
        self.message = MessageBar()
        self.fields = FormFields(self.message)
        self._layout = layout

    def finish(self) -> None:
        # Room the layout reserves for wrapped lines at the dialog's narrowest goes here, above
        # the buttons, instead of spreading the rows apart.
        self._layout.addStretch(1)
        self._layout.addWidget(self.message)
        self.save_button = add_dialog_buttons(
            self, self._layout, self.save_text, self.save, ctrl_return=True
        )

    def prepare(self) -> Callable[[], object]:
        """Read the form (a ValidationError names the field) and return the service call."""
        raise NotImplementedError

    def committed(self, result: object) -> None:
        """The service call's result, on the GUI thread, before the dialog closes."""

    def announce(self) -> None:
        """Tell the rest of the app what changed."""
        self.events.infusion_logged.emit(self.mrn, self.infusion_id)

    def save(self) -> Operation[object] | None:
        """Save off the GUI thread; on an error keep the dialog open with everything as typed.

        None when the form itself is wrong (the message says why) or a save is on its way.
        """
        try:
            work = self.prepare()
        except EXPECTED_ERRORS as error:
            self.fields.show_error(error)
            return None
        return save_form(self, self.fields, work, self._saved, button=self.save_button)

    def _saved(self, result: object) -> None:
        self.committed(result)
        self.fields.clear()
        self.announce()
        self.saved.emit(self.infusion_id)
        self.accept()
