"""Settings > Alerts: how long an infusion may run before it is an alert (administrators)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ivigmon.domain.roles import Permission
from ivigmon.domain.settings import MAX_RUNNING_H_RANGE
from ivigmon.services import settings as ward_settings
from ivigmon.services.context import Context
from ivigmon.ui.errors import EXPECTED_ERRORS, message_for
from ivigmon.ui.events import DataEvents
from ivigmon.ui.form_fields import FormFields
from ivigmon.ui.gates import gate, may
from ivigmon.ui.message_bar import MessageBar
from ivigmon.ui.operations import Operation, save_form
from ivigmon.ui.setting_words import FIELD_LABELS
from ivigmon.ui.settings_form import number_row, parse_setting


class AlertSettingsTab(QWidget):
    """Everyone reads the values; an administrator changes and saves them."""

    def __init__(self, ctx: Context, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.events = events
        layout = QVBoxLayout(self)
        low, high = MAX_RUNNING_H_RANGE
        self.max_running = number_row(
            layout,
            "&Unended infusion: an alert after",
            f"hours without a recorded end ({low} to {high})",
            f"Default: {ward_settings.MAX_RUNNING_H.default} hours. An infusion still "
            "running this long after its start is an alert on the worklist and at the "
            "bedside: its end was most likely not recorded. The longest planned infusion "
            "takes about 12 hours, so a shorter limit would alert on infusions running as "
            "planned; a longer one leaves a forgotten end unnoticed for days.",
        )
        self.message = MessageBar()
        layout.addWidget(self.message)
        self.fields = FormFields(self.message)
        self.fields.add("max_running_h", self.max_running, FIELD_LABELS["max_running_h"])
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton("Save &alert settings")
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def refresh(self) -> None:
        """The stored values (what was typed and not saved is replaced)."""
        try:
            hours = ward_settings.max_running_h(self.ctx)
        except EXPECTED_ERRORS as error:
            self.message.show_message(f"Alert settings could not be loaded. {message_for(error)}")
            return
        self.max_running.setText(str(hours))
        self.fields.clear()
        self.max_running.setReadOnly(not may(self.ctx, Permission.CHANGE_SETTINGS))
        gate(self.save_button, self.ctx, Permission.CHANGE_SETTINGS)

    def save(self) -> Operation[None] | None:
        """Checked, then stored and audited in one transaction; a bad value names its field."""
        try:
            hours = int(parse_setting("max_running_h", self.max_running.text(), whole=True))
        except EXPECTED_ERRORS as error:
            self.fields.show_error(error)
            return None

        def saved(_result: None) -> None:
            self.fields.clear()
            self.message.show_message(
                f"Saved: an infusion still running {hours} hours after its start is an alert. "
                "The worklist shows it from now on.",
                "info",
            )
            self.events.settings_changed.emit()

        return save_form(
            self.save_button,
            self.fields,
            lambda: ward_settings.save_max_running_h(self.ctx, hours),
            saved,
            button=self.save_button,
        )
