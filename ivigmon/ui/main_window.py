"""The main window: navigation, menus and shortcuts, the status bar, and the bedside windows."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ivigmon.domain.codes import AlertSeverity
from ivigmon.domain.models import Infusion
from ivigmon.domain.roles import Permission, allows
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.services import infusions, patients
from ivigmon.services.alerts import AlertRow
from ivigmon.services.context import Context
from ivigmon.services.errors import ServerUnavailable
from ivigmon.services.handover import Handover, handover
from ivigmon.services.live import Change
from ivigmon.services.settings import lock_minutes
from ivigmon.ui.about_page import AboutPage
from ivigmon.ui.elided_label import ElidedLabel
from ivigmon.ui.errors import EXPECTED_ERRORS, message_for
from ivigmon.ui.events import DataEvents
from ivigmon.ui.gates import gate, refusal
from ivigmon.ui.handover_print import preview_handover
from ivigmon.ui.lazy_page import LazyPage
from ivigmon.ui.live_refresh import LiveRefresh
from ivigmon.ui.lock import InactivityTimer, LockPage
from ivigmon.ui.lot_recall_page import LotRecallPage
from ivigmon.ui.message_bar import MessageBar
from ivigmon.ui.operations import on_failures, run_read
from ivigmon.ui.patient_detail_page import PatientDetailPage
from ivigmon.ui.patient_picker_dialog import PatientPickerDialog
from ivigmon.ui.patients_page import PatientsPage
from ivigmon.ui.settings_page import SettingsPage
from ivigmon.ui.sidebar import Sidebar
from ivigmon.ui.users_page import UsersPage
from ivigmon.ui.window_size import WINDOW_SIZE, show_fitted
from ivigmon.ui.wording import (
    LOCKED_TITLE,
    MANUAL_LOCK_WORDS,
    SERVER_AWAY_WORDS,
    SERVER_BACK_WORDS,
    clock,
    idle_lock_words,
    user_words,
    words,
)
from ivigmon.ui.worklist_page import WorklistPage

if TYPE_CHECKING:  # loaded with the first bedside window or the Reports page, not at start-up
    from ivigmon.ui.infusion_window import InfusionWindow
    from ivigmon.ui.reports_page import ReportsPage

CONTEXT = "MainWindow"
# The pages in English (other modules find a page by this name); shown translated.
NAVIGATION = (
    QT_TRANSLATE_NOOP("MainWindow", "Worklist"),
    QT_TRANSLATE_NOOP("MainWindow", "Patients"),
    QT_TRANSLATE_NOOP("MainWindow", "Reports"),
    QT_TRANSLATE_NOOP("MainWindow", "Settings"),
    QT_TRANSLATE_NOOP("MainWindow", "Users"),
    QT_TRANSLATE_NOOP("MainWindow", "About"),
)
PATIENTS_PAGE = NAVIGATION.index("Patients")
USERS_PAGE = NAVIGATION.index("Users")
ABOUT_PAGE = NAVIGATION.index("About")


class MainWindow(QMainWindow):
    """Owns the pages and the open bedside windows (one per infusion), and the screen lock."""

    def __init__(
        self,
        ctx: Context,
        events: DataEvents,
        *,
        read_only_reason: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.events = events
        self.bedside: dict[str, InfusionWindow] = {}
        self.running_infusions: list[Infusion] = []
        self.running_read = False  # the running infusions have been read once
        self.running_names: dict[str, str] = {}
        self.open_alerts: list[AlertRow] = []
        self.check_counts = ""
        self.picker: PatientPickerDialog | None = None
        self.locked = False
        self.hidden_while_locked: list[QDialog] = []
        self.focus_before_lock: QWidget | None = None
        self.setWindowTitle(self.tr("ivigmon - IVIG infusions and follow-up checks"))
        self.resize(*WINDOW_SIZE)

        # The screens: the app itself, or the lock page that covers it (content kept as is).
        self.screens = QStackedWidget()
        self.content = QWidget()
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(0)
        self.read_only_banner = MessageBar()
        self.read_only_banner.setObjectName("readOnlyBanner")
        # The ward server does not answer: shown until it does again (words, not colour alone).
        self.server_banner = MessageBar()
        self.server_banner.setObjectName("serverBanner")
        banner_rows = QVBoxLayout()
        banner_rows.setContentsMargins(8, 6, 8, 6)
        banner_rows.addWidget(self.server_banner)
        banner_rows.addWidget(self.read_only_banner)
        self.banner_box = QWidget()
        self.banner_box.setLayout(banner_rows)
        content_layout.addWidget(self.banner_box)
        self._show_banner(read_only_reason or ctx.read_only_reason())

        central = QWidget()
        outer = QHBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.sidebar = Sidebar([page_name(name) for name in NAVIGATION])
        self.navigation = self.sidebar.navigation
        self.running = self.sidebar.running
        self.running.itemActivated.connect(self._running_activated)
        self.running.itemClicked.connect(self._running_activated)
        outer.addWidget(self.sidebar)

        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        content_layout.addWidget(central, 1)
        self.lock_page = LockPage(ctx, events)
        self.lock_page.unlocked.connect(self.unlock)
        self.screens.addWidget(self.content)
        self.screens.addWidget(self.lock_page)
        self.setCentralWidget(self.screens)

        self.worklist = WorklistPage(ctx, events)
        self.patients = PatientsPage(ctx, events)
        self.detail = PatientDetailPage(ctx, events)
        self.reports_page = LazyPage(self._reports)
        self.settings_page = LazyPage(lambda: SettingsPage(ctx, events))
        self.users_page = LazyPage(lambda: UsersPage(ctx, events))
        self.about_page = LazyPage(self._about)
        self.recall_page = LazyPage(self._lot_recall)
        self.pages: list[QWidget] = [
            self.worklist,
            self.patients,
            self.reports_page,
            self.settings_page,
            self.users_page,
            self.about_page,
        ]
        for page in (*self.pages, self.detail, self.recall_page):
            self.stack.addWidget(page)
        self.navigation.currentRowChanged.connect(self._navigate)

        self.patients.patient_opened.connect(self.show_patient)
        self.patients.infusion_requested.connect(self.start_infusion_for)
        self.worklist.patient_requested.connect(self.show_patient)
        self.worklist.handover_requested.connect(self.print_handover)
        self.handover_preview: QPrintPreviewDialog | None = None
        self.detail.back_requested.connect(lambda: self.show_page(PATIENTS_PAGE))
        self.detail.infusion_requested.connect(self.start_infusion_for)
        self.detail.infusion_opened.connect(self.open_infusion)

        self._build_status_bar()
        self._build_menus()
        self.worklist.counts_changed.connect(self._show_counts)
        self.worklist.alerts_changed.connect(self._show_alerts)
        events.connect_any(self._on_data_changed)
        events.user_signed_in.connect(self._user_signed_in)
        events.settings_changed.connect(self._settings_changed)
        # Changes made at other workstations, heard from the ward server as they commit.
        self.live = LiveRefresh(ctx, self)
        self.live.changed.connect(self._changed_elsewhere)
        self.live.reachable_changed.connect(self.show_server_state)
        on_failures(self._operation_failed)
        self.idle = InactivityTimer(self)
        self.idle.went_idle.connect(lambda: self.lock())
        self.title_before_lock = self.windowTitle()
        self.apply_access()
        self._settings_changed()
        # Running infusions are listed in the sidebar, not opened: the worklist comes first.
        self.refresh_running()
        self.show_page(0)

    # The pages built when first shown (or first used).
    @property
    def settings(self) -> SettingsPage:
        return self.settings_page.page()

    @property
    def users(self) -> UsersPage:
        return self.users_page.page()

    @property
    def about(self) -> AboutPage:
        return self.about_page.page()

    @property
    def reports(self) -> ReportsPage:
        return self.reports_page.page()

    def _reports(self) -> ReportsPage:
        # Built, and its modules imported, when the page is first opened.
        from ivigmon.ui.reports_page import ReportsPage

        return ReportsPage(self.ctx, self.events)

    @property
    def lot_recall(self) -> LotRecallPage:
        return self.recall_page.page()

    def _lot_recall(self) -> LotRecallPage:
        page = LotRecallPage(self.ctx)
        page.patient_requested.connect(self.show_patient)
        return page

    def _about(self) -> AboutPage:
        page = AboutPage(self.ctx)
        page.show_user()
        return page

    # -- chrome ------------------------------------------------------------------------------------
    def _show_banner(self, read_only: str | None) -> None:
        """Why the database is read-only, and what opening the file found and did."""
        lines = [
            self.tr("Read-only: this database can be viewed but not changed — {reason}.").format(
                reason=QCoreApplication.translate("context", read_only or "")
            )
        ]
        if read_only is None:
            lines = []
        lines += [self.tr("Note: {notice}.").format(notice=n) for n in self.ctx.store.notices]
        if lines:
            self.read_only_banner.show_message("\n".join(lines), "warning")
        else:
            self.read_only_banner.clear_message()
        self._fit_banner_box()

    def _fit_banner_box(self) -> None:
        banners = (self.server_banner, self.read_only_banner)
        self.banner_box.setVisible(any(not b.isHidden() for b in banners))

    def show_server_state(self, answers: bool) -> None:
        """The banner while the ward server does not answer; gone when it does again."""
        away = not self.server_banner.isHidden()
        if answers:
            self.server_banner.clear_message()
            if away:
                self.statusBar().showMessage(words(SERVER_BACK_WORDS), 10000)
        else:
            self.server_banner.show_message(words(SERVER_AWAY_WORDS), "warning")
        self._fit_banner_box()

    def _operation_failed(self, error: Exception) -> None:
        """A save or a read could not reach the server: ask it now, so that the banner
        shows at once if it is away (or stays hidden if only that session was lost)."""
        if isinstance(error, ServerUnavailable):
            self.live.check_now()

    def show_read_only(self, reason: str) -> None:
        """From now on nothing is written (a damaged database found after the start)."""
        self.ctx.store.read_only = True
        self._show_banner(reason)
        self.db_label.setText(self._database_words())

    def _database_words(self) -> str:
        if self.ctx.store.read_only:
            return self.tr("Database: {path} (read-only)").format(path=self.ctx.store.path)
        return self.tr("Database: {path}").format(path=self.ctx.store.path)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        # A long path is shortened in the middle when the window is narrow or the text large.
        self.db_label = ElidedLabel(self._database_words())
        self.user_label = QLabel()
        self.counts_label = QLabel()
        bar.addWidget(self.db_label, 1)
        bar.addPermanentWidget(self.counts_label)
        bar.addPermanentWidget(self.user_label)

    def _action(self, text: str, shortcut: QKeySequence | str | None, slot: object) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        assert callable(slot)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        self.new_infusion_action = self._action(
            self.tr("&New infusion…"), "Ctrl+N", self.new_infusion
        )
        file_menu.addAction(self.new_infusion_action)
        file_menu.addAction(
            self._action(self.tr("Print &handover…"), "Ctrl+P", self.print_handover)
        )
        file_menu.addSeparator()
        self.lock_action = self._action(self.tr("&Lock now"), "Ctrl+L", self.lock_now)
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self._action(self.tr("&Quit"), "Ctrl+Q", self.close))
        patient_menu = menu.addMenu(self.tr("&Patient"))
        patient_menu.addAction(self._action(self.tr("&Find patient…"), "Ctrl+F", self.find_patient))
        self.register_action = self._action(
            self.tr("&Register patient…"), "Ctrl+Shift+N", self.register_patient
        )
        patient_menu.addAction(self.register_action)
        view_menu = menu.addMenu(self.tr("&View"))
        self.page_actions: list[QAction] = []
        for index, name in enumerate(NAVIGATION):
            action = self._action(
                f"&{page_name(name)}", f"Ctrl+{index + 1}", lambda i=index: self.show_page(i)
            )
            self.page_actions.append(action)
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self._action(self.tr("Lot re&call…"), None, self.show_lot_recall))
        view_menu.addSeparator()
        view_menu.addAction(self._action(self.tr("&Refresh"), "F5", self.refresh_all))
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(
            self._action(self.tr("&About ivigmon"), None, lambda: self.show_page(ABOUT_PAGE))
        )

    def apply_access(self) -> None:
        """Enable what the signed-in user may do; the Users page only for administrators."""
        for action in self.actions():
            action.setEnabled(True)
        self.menuBar().setVisible(not self.locked)
        gate(self.new_infusion_action, self.ctx, Permission.RECORD_INFUSIONS)
        gate(self.register_action, self.ctx, Permission.RECORD_PATIENTS)
        self.lock_action.setEnabled(self.ctx.accounts)
        admin = self.ctx.accounts and allows(self.ctx.role, Permission.MANAGE_USERS)
        self.sidebar.set_page_hidden(USERS_PAGE, not admin)
        self.page_actions[USERS_PAGE].setVisible(admin)
        self.page_actions[USERS_PAGE].setEnabled(admin)
        if not admin and self.stack.currentWidget() is self.users_page:
            self.show_page(0)
        self.user_label.setText(user_words(self.ctx.user, self.ctx.role))
        if self.about_page.built():
            self.about.show_user()

    def _user_signed_in(self, _username: str) -> None:
        self.apply_access()

    def _settings_changed(self) -> None:
        """The lock time may have changed (the timer restarts with it)."""
        minutes = 0
        if self.ctx.accounts:
            try:
                minutes = lock_minutes(self.ctx)
            except EXPECTED_ERRORS as error:
                self.statusBar().showMessage(message_for(error), 10000)
                return
        self.idle.set_minutes(minutes)

    def _show_counts(self, overdue: int, due: int, upcoming: int) -> None:
        self.check_counts = " · ".join(
            (self.tr("%n check(s) overdue", "", overdue), self.tr("%n due now", "", due))
        )
        self._show_status_counts()
        self.counts_label.setToolTip(self.tr("%n upcoming", "", upcoming))

    def _show_alerts(self, open_alerts: list[AlertRow]) -> None:
        """The open alerts counted in the status bar and marked on the running infusions."""
        self.open_alerts = open_alerts
        self._show_status_counts()
        self.sidebar.show_running(self.running_infusions, self.running_names, self._alerted())

    def _alerted(self) -> dict[str, int]:
        return dict(Counter(a.infusion_id for a in self.open_alerts))

    def _show_status_counts(self) -> None:
        urgent = sum(1 for a in self.open_alerts if a.severity is AlertSeverity.URGENT)
        alerts = self.tr("Open alerts: 0")
        if self.open_alerts:
            # With the alert's mark, so that the count reads without colour.
            alerts = self.tr("▲ %n open alert(s)", "", len(self.open_alerts))
        if urgent:
            alerts += " " + self.tr("(%n urgent)", "", urgent)
        checks = self.check_counts
        self.counts_label.setText(f"{alerts} · {checks}" if checks else alerts)

    # -- navigation --------------------------------------------------------------------------------
    def show_page(self, index: int) -> None:
        if self.navigation.currentRow() != index:
            self.navigation.setCurrentRow(index)  # calls _navigate
        else:
            self._navigate(index)

    def _navigate(self, index: int) -> None:
        if 0 <= index < len(self.pages) and not self.navigation.item(index).isHidden():
            self.stack.setCurrentWidget(self.pages[index])

    def current_page(self) -> QWidget | None:
        shown = self.stack.currentWidget()
        return shown.page() if isinstance(shown, LazyPage) else shown

    def show_patient(self, mrn: str) -> None:
        self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(PATIENTS_PAGE)
        self.navigation.blockSignals(False)
        self.detail.show_patient(mrn)
        self.stack.setCurrentWidget(self.detail)

    def show_lot_recall(self) -> LotRecallPage:
        """View > Lot recall: a page of its own, outside the sidebar's list."""
        self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(-1)  # the sidebar then opens any page with one click
        self.navigation.blockSignals(False)
        self.stack.setCurrentWidget(self.recall_page)
        page = self.lot_recall
        page.lot.setFocus()
        return page

    def print_handover(self) -> None:
        """Ctrl+P: the handover sheet of the ward now, read off the GUI thread, then shown in a
        print preview to print from."""
        shown = self.handover_preview
        if shown is not None and shiboken6.isValid(shown) and shown.isVisible():
            _bring_to_front(shown)
            return
        self.statusBar().showMessage(self.tr("Preparing the handover sheet…"))
        run_read(
            self,
            lambda: handover(self.ctx),
            on_success=self._preview_handover,
            on_failure=lambda error: self.statusBar().showMessage(
                self.tr("The handover sheet could not be prepared. {why}").format(
                    why=message_for(error)
                ),
                10000,
            ),
        )

    def _preview_handover(self, sheet: Handover) -> None:
        self.statusBar().clearMessage()
        self.handover_preview = preview_handover(self, sheet)

    def find_patient(self) -> None:
        self.show_page(PATIENTS_PAGE)
        self.patients.focus_search()

    def register_patient(self) -> None:
        self.show_page(PATIENTS_PAGE)
        if self._refused(Permission.RECORD_PATIENTS):
            return
        self.patients.register_patient()

    def _refused(self, permission: Permission) -> bool:
        """Say why in the status bar when the signed-in user may not do this."""
        why = refusal(self.ctx, permission)
        if why is not None:
            self.statusBar().showMessage(why, 8000)
        return why is not None

    # -- infusions ---------------------------------------------------------------------------------
    def new_infusion(self) -> None:
        """Ctrl+N, in any window: choose the patient (the one on screen is offered first)."""
        if self._refused(Permission.RECORD_INFUSIONS):
            return
        if self.picker is not None and self.picker.isVisible():
            _bring_to_front(self.picker)
            return
        on_screen = ""
        if self.stack.currentWidget() is self.detail and self.detail.mrn is not None:
            on_screen = self.detail.mrn
        picker = PatientPickerDialog(self.ctx, self, search=on_screen)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.accepted.connect(lambda: self._picked(picker.chosen_mrn))
        picker.finished.connect(self._picker_closed)
        self.picker = picker
        picker.open()

    def _picked(self, mrn: str | None) -> None:
        if mrn:
            self.start_infusion_for(mrn)

    def _picker_closed(self, _result: int) -> None:
        self.picker = None

    def start_infusion_for(self, mrn: str) -> InfusionWindow | None:
        """A patient with a running infusion gets that one; otherwise a new start form."""
        running = next((i for i in self.running_infusions if i.mrn == mrn), None)
        if running is None and self._refused(Permission.RECORD_INFUSIONS):
            return None
        if running is not None:
            self.statusBar().showMessage(
                self.tr(
                    "{mrn} already has an infusion running since {time}: "
                    "it is shown instead of a new one."
                ).format(mrn=mrn, time=clock(running.start)),
                8000,
            )
            return self.open_infusion(mrn, running.id)
        from ivigmon.ui.infusion_window import InfusionWindow

        key = f"new:{mrn}"
        return self._show_window(key, InfusionWindow(self.ctx, self.events, mrn=mrn, parent=self))

    def open_infusion(self, mrn: str, infusion_id: str) -> InfusionWindow:
        if infusion_id in self.bedside:
            window = self.bedside[infusion_id]
            window.showNormal()
            _bring_to_front(window)
            return window
        from ivigmon.ui.infusion_window import InfusionWindow

        window = InfusionWindow(
            self.ctx, self.events, mrn=mrn, infusion_id=infusion_id, parent=self
        )
        return self._show_window(infusion_id, window)

    def _show_window(self, key: str, window: InfusionWindow) -> InfusionWindow:
        if key in self.bedside:
            window.deleteLater()
            existing = self.bedside[key]
            _bring_to_front(existing)
            return existing
        window.setWindowFlag(Qt.WindowType.Window, True)
        self.bedside[key] = window
        window.lock_requested.connect(self.lock_now)
        window.new_infusion_requested.connect(self.new_infusion)
        window.infusion_changed.connect(lambda new_id, k=key: self._rekey(k, new_id))
        window.destroyed.connect(lambda _obj=None, w=window: self._forget(w))
        show_fitted(window)
        _bring_to_front(window)
        return window

    def _rekey(self, old: str, new_id: str) -> None:
        window = self.bedside.pop(old, None)
        if window is not None:
            self.bedside[new_id] = window

    def _forget(self, window: InfusionWindow) -> None:
        for key, value in list(self.bedside.items()):
            if value is window:
                del self.bedside[key]

    def _running_activated(self, item: QListWidgetItem) -> None:
        mrn, infusion_id = item.data(Qt.ItemDataRole.UserRole)
        self.open_infusion(mrn, infusion_id)

    # -- refreshing --------------------------------------------------------------------------------
    def _on_data_changed(self, *_: object) -> None:
        self.refresh_running()

    def _changed_elsewhere(self, change: Change) -> None:
        """Another workstation committed a change: the pages reload what they show, as they
        do after a change made here (new settings or catalogue: every cached copy too)."""
        if change.settings:
            self.ctx.forget_cached()
            self.events.settings_changed.emit()
        elif change.records:
            self.events.changed_elsewhere.emit()

    def refresh_running(self) -> None:
        """The running infusions in the sidebar, read off the GUI thread."""
        run_read(
            self.sidebar,
            lambda: _running_with_names(self.ctx),
            on_success=self._show_running,
            on_failure=lambda error: self.statusBar().showMessage(message_for(error), 10000),
        )

    def _show_running(self, loaded: tuple[list[Infusion], dict[str, str]]) -> None:
        running, names = loaded
        self.running_infusions = running
        self.running_names = names
        self.sidebar.show_running(running, names, self._alerted())
        self.running_read = True

    def refresh_all(self) -> None:
        """F5: reload every page from the database (another window or user may have written)."""
        self.ctx.forget_cached()
        self.worklist.refresh()
        self.patients.refresh()
        if self.detail.mrn is not None:
            self.detail.refresh()
        if self.settings_page.built():
            self.settings.refresh()
        if self.reports_page.built():
            self.reports.compute()
        self._settings_changed()
        self.refresh_running()
        for window in list(self.bedside.values()):
            if window.run_page is not None:
                window.run_page.reload()

    # -- the screen lock ---------------------------------------------------------------------------
    def lock_now(self) -> None:
        """Ctrl+L, in this window or a bedside one: the lock says it was by hand."""
        self.lock(manual=True)

    def lock(self, *, manual: bool = False) -> None:
        """Cover every window; open forms and dialogs keep what was typed, out of sight."""
        if self.locked or not self.ctx.accounts:
            return
        self.locked = True
        self.idle.pause()
        self.focus_before_lock = QApplication.focusWidget()
        for widget in QApplication.topLevelWidgets():
            if (
                isinstance(widget, QDialog)
                and not isinstance(widget, QMessageBox)
                and widget.isVisible()
            ):
                widget.hide()
                self.hidden_while_locked.append(widget)
        for window in self.bedside.values():
            window.set_locked(True)
        for action in self.actions():
            action.setEnabled(False)
        self.menuBar().hide()
        minutes = self.idle.interval_ms // 60_000
        idle = (
            idle_lock_words(minutes)
            if minutes and self.idle.interval_ms % 60_000 == 0
            else self.tr("Locked.")
        )
        self.title_before_lock = self.windowTitle()
        self.setWindowTitle(words(LOCKED_TITLE))
        self.screens.setCurrentWidget(self.lock_page)
        self.lock_page.prepare(words(MANUAL_LOCK_WORDS) if manual else idle)
        # Brought back if minimised, at its size: a maximised window stays maximised.
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        _bring_to_front(self)

    def unlock(self) -> None:
        """After a successful sign-in on the lock page: everything comes back as it was."""
        if not self.locked:
            return
        self.locked = False
        self.setWindowTitle(self.title_before_lock)
        self.screens.setCurrentWidget(self.content)
        self.apply_access()
        for window in self.bedside.values():
            window.set_locked(False)
        for dialog in self.hidden_while_locked:
            if shiboken6.isValid(dialog):
                dialog.show()
        self.hidden_while_locked.clear()
        focus = self.focus_before_lock
        self.focus_before_lock = None
        if focus is not None and shiboken6.isValid(focus) and focus.isVisible():
            focus.window().activateWindow()
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self.idle.restart()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Bedside windows close first; one with an unstarted form may refuse."""
        for window in list(self.bedside.values()):
            if not window.close():
                event.ignore()
                return
        self.live.close()
        super().closeEvent(event)


def page_name(name: str) -> str:
    """A page of NAVIGATION as the sidebar and the View menu name it."""
    return QCoreApplication.translate(CONTEXT, name)


def _bring_to_front(window: QWidget) -> None:
    # The offscreen platform (tests, screenshots) has no window stack and warns on raise().
    if QGuiApplication.platformName() != "offscreen":
        window.raise_()
    window.activateWindow()


def _running_with_names(ctx: Context) -> tuple[list[Infusion], dict[str, str]]:
    running = list(infusions.running_infusions(ctx))
    # Names only: reading each patient's whole history took seconds in a large service.
    return running, patients.patient_names(ctx, [i.mrn for i in running])
