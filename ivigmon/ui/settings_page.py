"""Settings: thresholds and timings with their defaults, the screen lock, the catalogue page."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ivigmon.domain.roles import Permission
from ivigmon.domain.settings import CheckSettings, RiskSettings
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.services import settings as ward_settings
from ivigmon.services.context import Context
from ivigmon.services.settings import (
    DEFAULT_BACKUP_KEEP_DAYS,
    DEFAULT_FAILED_SIGN_IN_LIMIT,
    DEFAULT_LOCK_MINUTES,
    IMPORT_MAX_MB,
    MAX_FAILED_SIGN_IN_LIMIT,
    MIN_FAILED_SIGN_IN_LIMIT,
    NOTES_MAX_CHARS,
    WEIGHT_MAX_AGE_DAYS,
    backup_keep_days,
    failed_sign_in_limit,
    import_max_mb,
    lock_minutes,
    notes_max_chars,
    save_workstation_settings,
    weight_max_age_days,
)
from ivigmon.ui import theme
from ivigmon.ui.alert_settings_tab import AlertSettingsTab
from ivigmon.ui.catalogue_page import CataloguePage
from ivigmon.ui.errors import EXPECTED_ERRORS, message_for
from ivigmon.ui.events import DataEvents
from ivigmon.ui.form_fields import FormFields
from ivigmon.ui.gates import gate, may
from ivigmon.ui.labels import muted_label, title_label
from ivigmon.ui.language_box import LanguageBox
from ivigmon.ui.message_bar import MessageBar
from ivigmon.ui.operations import Operation, save_form
from ivigmon.ui.setting_words import (
    CHECK_WORDS,
    RISK_WORDS,
    field_label,
    setting_text,
    setting_words,
)
from ivigmon.ui.settings_form import SettingsForm, number_row, parse_setting
from ivigmon.ui.tab_keys import add_tab_keys
from ivigmon.ui.table_model import RecordTableModel
from ivigmon.ui.table_views import record_table
from ivigmon.ui.wording import grouped


@dataclass(frozen=True)
class SettingRow:
    meaning: str
    value: str
    default: str
    source: str

    @property
    def changed(self) -> bool:
        return self.value != self.default


def setting_rows(risk: RiskSettings, checks: CheckSettings) -> list[SettingRow]:
    """Every threshold and timing with its current value and its default."""
    rows = []
    for name, (meaning, unit, source) in RISK_WORDS.items():
        rows.append(
            SettingRow(
                setting_words(meaning),
                setting_text(getattr(risk, name), unit),
                setting_text(getattr(RiskSettings(), name), unit),
                setting_words(source),
            )
        )
    for name, (meaning, unit, source) in CHECK_WORDS.items():
        rows.append(
            SettingRow(
                setting_words(meaning),
                setting_text(getattr(checks, name), unit),
                setting_text(getattr(CheckSettings(), name), unit),
                setting_words(source),
            )
        )
    return rows


class SettingColumn(IntEnum):
    MEANING = 0
    VALUE = 1
    DEFAULT = 2
    SOURCE = 3


class SettingsTableModel(RecordTableModel[SettingRow]):
    columns = SettingColumn
    headers = (
        QT_TRANSLATE_NOOP("SettingsTableModel", "Setting"),
        QT_TRANSLATE_NOOP("SettingsTableModel", "In use"),
        QT_TRANSLATE_NOOP("SettingsTableModel", "Default"),
        QT_TRANSLATE_NOOP("SettingsTableModel", "Source"),
    )
    context = "SettingsTableModel"

    def text(self, row: SettingRow, column: int) -> str:
        match column:
            case SettingColumn.MEANING:
                return row.meaning
            case SettingColumn.VALUE:
                return row.value + ("  " + self.tr("(changed)") if row.changed else "")
            case SettingColumn.DEFAULT:
                return row.default
            case SettingColumn.SOURCE:
                return row.source
        return ""

    def tooltip(self, row: SettingRow, column: int) -> str | None:
        if column in (SettingColumn.VALUE, SettingColumn.DEFAULT):
            return self.tr("{meaning} {value} (default {default})").format(
                meaning=row.meaning, value=row.value, default=row.default
            )
        return None

    def foreground(self, row: SettingRow, column: int) -> QColor | None:
        if column == SettingColumn.VALUE and row.changed:
            return QColor(theme.colours().elevated_ink)
        return None


class SettingsPage(QWidget):
    """Administrators edit thresholds, timings and the screen lock; everyone else reads them."""

    def __init__(self, ctx: Context, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.events = events
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Settings")))
        self.intro = muted_label()
        layout.addWidget(self.intro)
        self.message = MessageBar()
        layout.addWidget(self.message)
        self.tabs = QTabWidget()

        # Thresholds and timings: a table to read, or (administrators) a form to change.
        self.settings = SettingsTableModel(self)
        self.settings_table = record_table(
            self.settings, stretch=SettingColumn.MEANING, widths=(400, 270, 270, 220)
        )
        self.settings_table.setWordWrap(True)
        self.form_message = MessageBar()
        self.form_fields = FormFields(self.form_message)
        self.form = SettingsForm(self.form_fields)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(scroll, 1)
        editor_layout.addWidget(self.form_message)
        buttons = QHBoxLayout()
        self.defaults_button = QPushButton(self.tr("Restore &defaults"))
        self.defaults_button.setToolTip(
            self.tr("Fill in every default; nothing changes until Save")
        )
        self.defaults_button.clicked.connect(self.restore_defaults)
        self.save_button = QPushButton(self.tr("&Save settings"))
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        saved_note = muted_label(
            self.tr(
                "Saved values apply to everyone using this database and are kept in the history."
            )
        )
        buttons.addWidget(saved_note)
        buttons.addStretch(1)
        buttons.addWidget(self.defaults_button)
        buttons.addWidget(self.save_button)
        editor_layout.addLayout(buttons)
        self.thresholds = QStackedWidget()
        self.thresholds.addWidget(self.settings_table)
        self.thresholds.addWidget(editor)

        # The screen lock.
        lock_tab = QWidget()
        lock_layout = QVBoxLayout(lock_tab)
        self.lock_minutes = number_row(
            lock_layout,
            self.tr("&Lock the screen after"),
            self.tr("minutes without keyboard or mouse use (0 = never)"),
            self.tr(
                "Default: {minutes} minutes. The locked screen shows who was "
                "signed in; their password unlocks it, or another user signs in instead. "
                "Open forms keep what was typed."
            ).format(minutes=DEFAULT_LOCK_MINUTES),
        )
        self.max_failed = number_row(
            lock_layout,
            self.tr("Lock an &account after"),
            self.tr("failed sign-ins in a row ({low} to {high})").format(
                low=MIN_FAILED_SIGN_IN_LIMIT, high=MAX_FAILED_SIGN_IN_LIMIT
            ),
            self.tr(
                "Default: {limit}. After each failed sign-in the next "
                "try waits a little longer (1, 2, 4 s... up to 30 s); a locked account signs "
                "in again once an administrator unlocks it on the Users page. The last "
                "administrator who could unlock the others is slowed down, never locked."
            ).format(limit=DEFAULT_FAILED_SIGN_IN_LIMIT),
        )
        self.keep_days = number_row(
            lock_layout,
            self.tr("&Keep automatic backups for"),
            self.tr("days"),
            self.tr(
                "Default: {days} days. ivigmon copies the database at each "
                "start (at most once an hour) and deletes automatic copies older than this."
            ).format(days=DEFAULT_BACKUP_KEEP_DAYS),
        )
        self.notes_max = number_row(
            lock_layout,
            self.tr("Longest &note"),
            self.tr("characters in an infusion's, a reaction's or a check's notes"),
            self.tr(
                "Default: {chars} characters (about four pages). Longer "
                "text is refused with a message; what was typed stays in the form."
            ).format(chars=grouped(NOTES_MAX_CHARS.default)),
        )
        self.weight_max_age = number_row(
            lock_layout,
            self.tr("Oldest &weight to dose a child by"),
            self.tr("days"),
            self.tr(
                "Default: {days} days. An older weight of a child is "
                "not offered as the dosing weight: the start form asks to weigh the child."
            ).format(days=WEIGHT_MAX_AGE_DAYS.default),
        )
        self.import_max = number_row(
            lock_layout,
            self.tr("Largest file to &import"),
            self.tr("MB ({low} to {high}; 1 MB = {bytes} bytes)").format(
                low=IMPORT_MAX_MB.low, high=grouped(IMPORT_MAX_MB.high), bytes=grouped(1_000_000)
            ),
            self.tr(
                "Default: {mb} MB, more than a ward's records over years. A "
                "larger file (a national service's, about {national} MB) is refused until this "
                "is raised for it; reading it takes a scratch copy of about its size beside the "
                "database."
            ).format(mb=IMPORT_MAX_MB.default, national=grouped(2000)),
        )
        self.lock_message = MessageBar()
        lock_layout.addWidget(self.lock_message)
        self.lock_fields = FormFields(self.lock_message)
        for name, field in (
            ("lock_minutes", self.lock_minutes),
            ("backup_keep_days", self.keep_days),
            ("notes_max_chars", self.notes_max),
            ("weight_max_age_days", self.weight_max_age),
            ("max_failed_sign_ins", self.max_failed),
            ("import_max_mb", self.import_max),
        ):
            self.lock_fields.add(name, field, field_label(name))
        lock_buttons = QHBoxLayout()
        lock_buttons.addStretch(1)
        self.lock_save_button = QPushButton(self.tr("Save &lock and backups"))
        self.lock_save_button.setProperty("primary", True)
        self.lock_save_button.clicked.connect(self.save_lock)
        lock_buttons.addWidget(self.lock_save_button)
        lock_layout.addLayout(lock_buttons)
        lock_layout.addStretch(1)

        self.alert_settings = AlertSettingsTab(ctx, events)
        self.catalogue = CataloguePage(ctx, events)
        # This workstation's language: anyone may choose it (it is not a ward setting).
        self.language = LanguageBox()
        self.tabs.addTab(self.thresholds, self.tr("Risk thresholds and check timings"))
        self.tabs.addTab(lock_tab, self.tr("Screen lock and backups"))
        self.tabs.addTab(self.alert_settings, self.tr("Alerts"))
        add_tab_keys(self.tabs, self)
        self.tabs.addTab(self.catalogue, self.tr("Product catalogue"))
        self.tabs.addTab(self.language, self.tr("Language"))
        layout.addWidget(self.tabs, 1)
        self.note = muted_label(
            self.tr(
                "Label rates are in each label's own unit; a pump rate is converted with the "
                "concentration (mL/kg/h = mL/h / kg; mg/kg/min = mL/kg/h x mg/mL / 60). "
                "A product without any limit is checked against the ward ceiling only: an "
                "administrator enters local limits."
            )
        )
        layout.addWidget(self.note)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._tab_changed(self.tabs.currentIndex())
        events.user_signed_in.connect(self._user_changed)
        self.refresh()

    def _tab_changed(self, index: int) -> None:
        # The note explains the catalogue's rates; elsewhere it only takes room.
        self.note.setVisible(self.tabs.widget(index) is self.catalogue)

    def editable(self) -> bool:
        return may(self.ctx, Permission.CHANGE_SETTINGS)

    def _user_changed(self, _username: str) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Reload the stored values (what was typed in the form and not saved is replaced)."""
        try:
            self.ctx.forget_cached()
            risk, checks = self.ctx.risk_settings(), self.ctx.check_settings()
            minutes = lock_minutes(self.ctx)
            keep_days = backup_keep_days(self.ctx)
            notes_max = notes_max_chars(self.ctx)
            max_failed = failed_sign_in_limit(self.ctx)
            weight_days = weight_max_age_days(self.ctx)
            import_mb = import_max_mb(self.ctx)
        except EXPECTED_ERRORS as error:
            self.message.show_message(
                self.tr("Settings could not be loaded. {why}").format(why=message_for(error))
            )
            return
        self.message.clear_message()
        self.settings.set_rows(setting_rows(risk, checks))
        self.form.fill(risk, checks)
        self.form_fields.clear()
        self.lock_minutes.setText(str(minutes))
        self.keep_days.setText(str(keep_days))
        self.notes_max.setText(str(notes_max))
        self.weight_max_age.setText(str(weight_days))
        self.max_failed.setText(str(max_failed))
        self.import_max.setText(str(import_mb))
        self.lock_fields.clear()
        self.alert_settings.refresh()
        self.settings_table.resizeRowsToContents()
        self.catalogue.refresh()
        self.apply_access()

    def apply_access(self) -> None:
        editable = self.editable()
        self.thresholds.setCurrentIndex(1 if editable else 0)
        self.lock_minutes.setReadOnly(not editable)
        self.keep_days.setReadOnly(not editable)
        self.notes_max.setReadOnly(not editable)
        self.weight_max_age.setReadOnly(not editable)
        self.max_failed.setReadOnly(not editable)
        self.import_max.setReadOnly(not editable)
        gate(self.lock_save_button, self.ctx, Permission.CHANGE_SETTINGS)
        gate(self.save_button, self.ctx, Permission.CHANGE_SETTINGS)
        gate(self.defaults_button, self.ctx, Permission.CHANGE_SETTINGS)
        if editable:
            self.intro.setText(
                self.tr(
                    "Each threshold and timing beside its default and source. Save stores them "
                    "all at once; every assessment and the worklist use them from then on."
                )
            )
        else:
            who = (
                self.tr("this database can be viewed but not changed")
                if self.ctx.store.read_only
                else self.tr(
                    "only an administrator changes thresholds, timings, alerts and the screen lock"
                )
            )
            self.intro.setText(
                self.tr(
                    "Shown read-only: {who}. Values that differ from the default are marked "
                    "(changed)."
                ).format(who=who)
            )

    def restore_defaults(self) -> None:
        self.form.fill(RiskSettings(), CheckSettings())
        self.form_fields.clear()
        self.form_message.show_message(
            self.tr("The defaults are filled in. Press Save settings to use them."), "info"
        )

    def save(self) -> Operation[None] | None:
        """All thresholds and timings in one transaction; an impossible value names its field."""
        try:
            risk, checks = self.form.read()
        except EXPECTED_ERRORS as error:
            self.form_fields.show_error(error)
            return None
        return save_form(
            self,
            self.form_fields,
            lambda: ward_settings.change_settings(self.ctx, risk, checks),
            self._saved,
            button=self.save_button,
        )

    def _saved(self, _result: None) -> None:
        self.refresh()
        self.form_message.show_message(
            self.tr("Saved. Every assessment and the worklist now use these values."), "info"
        )
        self.events.settings_changed.emit()

    def save_lock(self) -> Operation[None] | None:
        try:
            minutes = int(parse_setting("lock_minutes", self.lock_minutes.text(), whole=True))
            days = int(parse_setting("backup_keep_days", self.keep_days.text(), whole=True))
            notes = int(parse_setting("notes_max_chars", self.notes_max.text(), whole=True))
            weight_days = int(
                parse_setting("weight_max_age_days", self.weight_max_age.text(), whole=True)
            )
            max_failed = int(
                parse_setting("max_failed_sign_ins", self.max_failed.text(), whole=True)
            )
            import_mb = int(parse_setting("import_max_mb", self.import_max.text(), whole=True))
        except EXPECTED_ERRORS as error:
            self.lock_fields.show_error(error)
            return None

        def saved(_result: None) -> None:
            self.lock_fields.clear()
            lock = (
                self.tr("Saved: the screen locks after %n minute(s) without use.", "", minutes)
                if minutes
                else self.tr("Saved: the screen never locks by itself.")
            )
            rest = self.tr(
                "Automatic backups are kept {days} days; notes hold up to {notes} characters."
                " An account locks after {failed} failed sign-ins in a row."
                " A child's weight older than {weight_days} days is not offered for a dose."
                " Files up to {mb} MB can be imported."
                " Other ivigmon windows on this database use it after their next refresh (F5)"
                " or start."
            ).format(
                days=days,
                notes=grouped(notes),
                failed=max_failed,
                weight_days=weight_days,
                mb=grouped(import_mb),
            )
            self.lock_message.show_message(f"{lock} {rest}", "info")
            self.events.settings_changed.emit()

        return save_form(
            self.lock_save_button,
            self.lock_fields,
            lambda: save_workstation_settings(
                self.ctx,
                lock_minutes=minutes,
                keep_days=days,
                notes_max=notes,
                max_failed_sign_ins=max_failed,
                weight_max_age=weight_days,
                import_max_mb=import_mb,
            ),
            saved,
            button=self.lock_save_button,
        )
