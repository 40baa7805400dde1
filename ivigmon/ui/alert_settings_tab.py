"""Settings > Alerts: how long an infusion may run before it is an alert, and the ward's own
protocol text for each kind of alert (administrators)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ivigmon.domain.alert_protocols import (
    PROTOCOL_FIELDS,
    PROTOCOL_MAX_CHARS,
    PROTOCOL_MAX_LINES,
)
from ivigmon.domain.codes import AlertKind
from ivigmon.domain.roles import Permission
from ivigmon.domain.settings import MAX_RUNNING_H_RANGE
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.services import settings as ward_settings
from ivigmon.services.context import Context
from ivigmon.ui.errors import EXPECTED_ERRORS, message_for
from ivigmon.ui.events import DataEvents
from ivigmon.ui.form_fields import FormFields
from ivigmon.ui.gates import gate, may
from ivigmon.ui.labels import muted_label
from ivigmon.ui.message_bar import MessageBar
from ivigmon.ui.operations import Operation, save_form
from ivigmon.ui.setting_words import field_label
from ivigmon.ui.settings_form import number_row, parse_setting

# What each protocol box is for, in ward words, with its mnemonic.
PROTOCOL_CAPTIONS: dict[AlertKind, str] = {
    AlertKind.VITAL_SIGNS: QT_TRANSLATE_NOOP("AlertSettingsTab", "Vital &signs out of limits"),
    AlertKind.RED_FLAG: QT_TRANSLATE_NOOP("AlertSettingsTab", "&Red-flag symptom at a check"),
    AlertKind.UNENDED: QT_TRANSLATE_NOOP("AlertSettingsTab", "Infusion left running (&no end)"),
}


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
            self.tr("&Unended infusion: an alert after"),
            self.tr("hours without a recorded end ({low} to {high})").format(low=low, high=high),
            self.tr(
                "Default: {hours} hours. An infusion still "
                "running this long after its start is an alert on the worklist and at the "
                "bedside: its end was most likely not recorded. The longest planned infusion "
                "takes about 12 hours, so a shorter limit would alert on infusions running as "
                "planned; a longer one leaves a forgotten end unnoticed for days."
            ).format(hours=ward_settings.MAX_RUNNING_H.default),
        )
        layout.addSpacing(8)
        layout.addWidget(
            QLabel("<b>{}</b>".format(self.tr("The ward's protocol for each kind of alert")))
        )
        layout.addWidget(
            muted_label(
                self.tr(
                    "Shown word for word at the bedside under each open alert of that kind, as "
                    "“Ward protocol: …”. ivigmon writes no clinical instructions "
                    "of its own: where a box is empty the bedside says that none was entered. "
                    "Up to {chars} characters and {lines} lines each: "
                    "what to do first, and where the full protocol is kept."
                ).format(chars=PROTOCOL_MAX_CHARS, lines=PROTOCOL_MAX_LINES)
            )
        )
        grid = QGridLayout()
        self.protocols: dict[AlertKind, QPlainTextEdit] = {}
        for row, (kind, caption) in enumerate(PROTOCOL_CAPTIONS.items()):
            label = QLabel(QCoreApplication.translate("AlertSettingsTab", caption))
            label.setWordWrap(True)
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(64)
            label.setBuddy(edit)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(edit, row, 1)
            self.protocols[kind] = edit
        grid.setColumnMinimumWidth(0, 240)  # each caption on one line
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.message = MessageBar()
        layout.addWidget(self.message)
        self.fields = FormFields(self.message)
        self.fields.add("max_running_h", self.max_running, field_label("max_running_h"))
        for kind, edit in self.protocols.items():
            field = PROTOCOL_FIELDS[kind]
            self.fields.add(field, edit, field_label(field))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("Save &alert settings"))
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def refresh(self) -> None:
        """The stored values (what was typed and not saved is replaced)."""
        try:
            hours = ward_settings.max_running_h(self.ctx)
            texts = ward_settings.alert_protocols(self.ctx)
        except EXPECTED_ERRORS as error:
            self.message.show_message(
                self.tr("Alert settings could not be loaded. {why}").format(why=message_for(error))
            )
            return
        self.max_running.setText(str(hours))
        editable = may(self.ctx, Permission.CHANGE_SETTINGS)
        for kind, edit in self.protocols.items():
            edit.setPlainText(texts[kind])
            edit.setReadOnly(not editable)
        self.fields.clear()
        self.max_running.setReadOnly(not editable)
        gate(self.save_button, self.ctx, Permission.CHANGE_SETTINGS)

    def save(self) -> Operation[None] | None:
        """Checked, then stored and audited in one transaction; a bad value names its field."""
        try:
            hours = int(parse_setting("max_running_h", self.max_running.text(), whole=True))
        except EXPECTED_ERRORS as error:
            self.fields.show_error(error)
            return None
        texts = {kind: edit.toPlainText() for kind, edit in self.protocols.items()}

        def saved(_result: None) -> None:
            self.fields.clear()
            self.message.show_message(
                self.tr(
                    "Saved: an infusion still running {hours} hours after its start is an alert; "
                    "the bedside shows the ward's protocols from its next refresh."
                ).format(hours=hours),
                "info",
            )
            self.events.settings_changed.emit()

        return save_form(
            self.save_button,
            self.fields,
            lambda: ward_settings.save_alert_settings(
                self.ctx, max_running_h=hours, protocols=texts
            ),
            saved,
            button=self.save_button,
        )
