"""The bedside window of one infusion: the start form, then the running infusion until its end."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ivigmon.domain.models import Patient
from ivigmon.domain.validation import Flag
from ivigmon.services import audit
from ivigmon.services.bedside import BedsideState, start_defaults
from ivigmon.services.context import Context
from ivigmon.services.patient_overview import age_text
from ivigmon.ui.elided_label import ElidedLabel
from ivigmon.ui.errors import EXPECTED_ERRORS, message_for
from ivigmon.ui.events import DataEvents
from ivigmon.ui.history_dialog import HistoryDialog
from ivigmon.ui.infusion_run_page import InfusionRunPage
from ivigmon.ui.infusion_start_page import InfusionStartPage
from ivigmon.ui.labels import muted_label, subtitle_label, title_label
from ivigmon.ui.message_bar import MessageBar
from ivigmon.ui.rate_plan_view import step_due_text, step_due_title
from ivigmon.ui.risk_badge import RiskBadge, reasons_tooltip
from ivigmon.ui.start_words import new_infusion_for
from ivigmon.ui.wording import (
    LOCKED_TITLE,
    SEX_WORDS,
    UNSAVED_RATE_DISCARD,
    UNSAVED_RATE_KEEP,
    UNSAVED_RATE_TEXT,
    UNSAVED_RATE_TITLE,
    day,
    user_words,
    words,
)


class InfusionWindow(QMainWindow):
    """Opened for a patient (a new infusion) or for an infusion id (reopened where it was)."""

    infusion_changed = Signal(str)  # the id once the infusion exists
    window_closed = Signal(str)  # the id ("" when closed before the start)
    new_infusion_requested = Signal()  # Ctrl+N means a new infusion in every window
    lock_requested = Signal()  # Ctrl+L here locks the whole app (the main window owns the lock)

    def __init__(
        self,
        ctx: Context,
        events: DataEvents,
        *,
        mrn: str,
        infusion_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.events = events
        self.mrn = mrn
        self.infusion_id = infusion_id or ""
        self.start_page: InfusionStartPage | None = None
        self.run_page: InfusionRunPage | None = None
        self.history: HistoryDialog | None = None
        self.discard_confirmed = False
        self.patient_name = ""
        self.title_text = self.tr("Bedside infusion")
        self.reminder = ""  # the due rate step shown in the status line and the title

        central = QWidget()
        layout = QVBoxLayout(central)
        head = QHBoxLayout()
        self.title = title_label("")
        # Shortened where a long name and large text leave it too little room; whole in its
        # tooltip (the start form's banner names the patient in full).
        self.facts = ElidedLabel()
        self.facts.setProperty("role", "muted")
        self.badge = RiskBadge()
        self.history_button = QPushButton(self.tr("Histor&y…"))
        self.history_button.setToolTip(
            self.tr("Every entry and change of this infusion, with who made it and when")
        )
        self.history_button.clicked.connect(self.show_history)
        self.history_button.setVisible(bool(infusion_id))
        head.addWidget(self.title)
        head.addSpacing(14)
        head.addWidget(self.facts, 1)
        head.addWidget(self.badge)
        head.addWidget(self.history_button)
        layout.addLayout(head)
        # A new infusion names its patient in large type, to check against the wristband.
        self.patient_banner = QLabel()
        self.patient_banner.setObjectName("patientBanner")
        self.patient_banner.setWordWrap(True)
        self.patient_banner.hide()
        layout.addWidget(self.patient_banner)
        self.message = MessageBar()
        layout.addWidget(self.message)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        # While the app is locked the window shows only a cover; its content is kept as is.
        self.screens = QStackedWidget()
        self.content = central
        self.screens.addWidget(central)
        self.cover = _lock_cover()
        self.screens.addWidget(self.cover)
        self.setCentralWidget(self.screens)
        self.close_shortcut = QShortcut(QKeySequence("Ctrl+W"), self, self.close)
        self.lock_shortcut = QShortcut(QKeySequence("Ctrl+L"), self, self.lock_requested.emit)
        self.lock_shortcut.setEnabled(ctx.accounts)
        self.new_shortcut = QShortcut(
            QKeySequence("Ctrl+N"), self, self.new_infusion_requested.emit
        )
        self.user_label = QLabel()
        self.statusBar().addPermanentWidget(self.user_label)
        self.show_user()
        events.user_signed_in.connect(self.show_user)

        try:
            defaults = start_defaults(ctx, mrn)
        except EXPECTED_ERRORS as error:
            self.message.show_message(
                self.tr("This patient could not be loaded. {why}").format(why=message_for(error))
            )
            self.setWindowTitle(self.title_text)
            return
        self._show_patient(defaults.history.patient)
        self.badge.set_level(
            defaults.assessment.level,
            reasons_tooltip(defaults.assessment.level, defaults.assessment.factors),
        )
        if infusion_id:
            self._show_run(infusion_id)
        else:
            patient = defaults.history.patient
            self.patient_banner.setText(
                new_infusion_for(patient.name, patient.mrn, day(patient.birth_date))
            )
            self.patient_banner.show()
            self.start_page = InfusionStartPage(ctx, events, defaults)
            self.start_page.infusion_started.connect(self._started)
            self.stack.addWidget(self.start_page)
            self.start_page.product.setFocus()

    def _show_patient(self, patient: Patient) -> None:
        name = f"{patient.name} ({patient.mrn})"
        self.patient_name = name
        self.title.setText(name)
        blood = patient.blood_group or self.tr("not known")
        self.facts.setText(
            self.tr("{sex}, {age}, born {born}, blood group {blood}").format(
                sex=words(SEX_WORDS[patient.sex]),
                age=age_text(patient.birth_date, self.ctx.now()),
                born=day(patient.birth_date),
                blood=blood,
            )
        )
        self.title_text = self.tr("Bedside infusion - {name}").format(name=name)
        self.setWindowTitle(self.title_text)

    def _show_run(self, infusion_id: str) -> None:
        self.infusion_id = infusion_id
        self.history_button.show()
        self.run_page = InfusionRunPage(
            self.ctx, self.events, mrn=self.mrn, infusion_id=infusion_id
        )
        self.run_page.state_loaded.connect(self._state_loaded)
        self.run_page.infusion_voided.connect(self._voided)
        self.stack.addWidget(self.run_page)
        self.stack.setCurrentWidget(self.run_page)
        if self.run_page.state is not None:
            self._state_loaded(self.run_page.state)
        self.run_page.focus_rate()

    def _state_loaded(self, state: BedsideState) -> None:
        level = state.assessment.level
        self.badge.set_level(level, reasons_tooltip(level, state.assessment.factors))
        self._remind(state)

    def _remind(self, state: BedsideState) -> None:
        """A planned rate step that is due: said quietly in the status line and the title."""
        upcoming = state.next_step
        due = upcoming is not None and upcoming.is_due(self.ctx.now())
        if upcoming is not None and upcoming.due_at is not None and due:
            self.reminder = step_due_text(upcoming.step.rate.ml_per_h, upcoming.due_at)
        else:
            self.reminder = ""
        self._show_title()

    def _show_title(self) -> None:
        """The locked title hides the patient and the reminder; otherwise a due step leads."""
        if self.screens.currentWidget() is self.cover:
            self.statusBar().clearMessage()
            self.setWindowTitle(words(LOCKED_TITLE))
        elif self.reminder:
            self.statusBar().showMessage(self.reminder)
            self.setWindowTitle(
                self.tr("{reminder} - {title}").format(
                    reminder=step_due_title(), title=self.title_text
                )
            )
        else:
            self.statusBar().clearMessage()
            self.setWindowTitle(self.title_text)

    def _started(self, infusion_id: str, flags: Sequence[Flag]) -> None:
        page = self.start_page
        self.patient_banner.hide()
        self._show_run(infusion_id)
        if page is not None:
            self.stack.removeWidget(page)
            page.deleteLater()
            self.start_page = None
        if self.run_page is not None:
            self.run_page.show_flags(flags)
        self.infusion_changed.emit(infusion_id)

    def _voided(self, description: str) -> None:
        """The infusion left the record: nothing more is entered here; its history stays."""
        page = self.run_page
        if page is not None:
            self.stack.removeWidget(page)
            page.deleteLater()
            self.run_page = None
        self.message.show_message(
            self.tr(
                "Marked entered in error: {entry}. It stays in the history (History…); "
                "nothing more can be entered here. Close this window (Ctrl+W)."
            ).format(entry=description),
            "info",
        )
        self.history_button.setFocus()

    def show_history(self) -> HistoryDialog | None:
        if not self.infusion_id:
            return None
        infusion_id = self.infusion_id
        dialog = HistoryDialog(
            title=self.tr("infusion {id} - {patient}").format(
                id=infusion_id, patient=self.patient_name
            ),
            load=lambda: audit.infusion_history(self.ctx, infusion_id),
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._history_closed)
        self.history = dialog
        dialog.open()
        return dialog

    def _history_closed(self, _result: int) -> None:
        self.history = None

    def show_user(self, *_: object) -> None:
        """Who is signed in, as in the main window; it follows a change of user at the lock."""
        self.user_label.setText(user_words(self.ctx.user, self.ctx.role))

    def set_locked(self, locked: bool) -> None:
        """Covered while the app is locked; unlocking (in the main window) uncovers it."""
        self.screens.setCurrentWidget(self.cover if locked else self.content)
        self.close_shortcut.setEnabled(not locked)
        self.new_shortcut.setEnabled(not locked)
        self.user_label.setVisible(not locked)
        self._show_title()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Everything after the start is already stored; only an unstarted form can be lost."""
        if (
            self.start_page is not None
            and self.start_page.is_dirty()
            and not self.discard_confirmed
        ):
            answer = QMessageBox.question(
                self,
                self.tr("Close without starting?"),
                self.tr(
                    "This infusion has not been started, so nothing of it is stored. "
                    "Close and lose what was typed?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        if not self.discard_confirmed and not self._unsaved_rate_let_go():
            event.ignore()
            return
        self.window_closed.emit(self.infusion_id)
        super().closeEvent(event)

    def _unsaved_rate_let_go(self) -> bool:
        """A rate typed but not saved is not stored: ask before it goes (Keep is the default)."""
        page = self.run_page
        if page is None or not page.rate.text().strip() or not page.entry_widget.isEnabled():
            return True
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr(UNSAVED_RATE_TITLE))
        box.setText(self.tr(UNSAVED_RATE_TEXT).format(rate=page.rate.text().strip()))
        keep = box.addButton(self.tr(UNSAVED_RATE_KEEP), QMessageBox.ButtonRole.RejectRole)
        box.addButton(self.tr(UNSAVED_RATE_DISCARD), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        if box.clickedButton() is keep:
            page.rate.setFocus()
            return False
        return True


def _lock_cover() -> QWidget:
    cover = QWidget()
    layout = QVBoxLayout(cover)
    layout.addStretch(1)
    title = subtitle_label(QCoreApplication.translate("InfusionWindow", "ivigmon is locked"))
    title.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout.addWidget(title)
    text = muted_label(
        QCoreApplication.translate(
            "InfusionWindow",
            "Sign in again in the main ivigmon window. What was typed here is kept.",
        )
    )
    text.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout.addWidget(text)
    layout.addStretch(2)
    return cover
