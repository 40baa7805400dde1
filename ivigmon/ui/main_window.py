"""The main window: navigation, menus and shortcuts, the status bar, and the bedside windows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ivigmon.domain.models import Infusion
from ivigmon.domain.roles import ROLE_NAMES
from ivigmon.services import infusions
from ivigmon.services.context import Context
from ivigmon.services.history import load_history
from ivigmon.ui.about_page import AboutPage
from ivigmon.ui.errors import EXPECTED_ERRORS, message_for
from ivigmon.ui.events import DataEvents
from ivigmon.ui.infusion_window import InfusionWindow
from ivigmon.ui.labels import muted_label
from ivigmon.ui.patient_detail_page import PatientDetailPage
from ivigmon.ui.patient_picker_dialog import PatientPickerDialog
from ivigmon.ui.patients_page import PatientsPage
from ivigmon.ui.reports_page import ReportsPage
from ivigmon.ui.settings_page import SettingsPage
from ivigmon.ui.wording import clock
from ivigmon.ui.worklist_page import WorklistPage

NAVIGATION = ("Worklist", "Patients", "Reports", "Settings", "About")
# At start-up, running infusions are reopened in their bedside windows, up to this many
# (more would bury the worklist; the others are one click away in "Running infusions").
REOPEN_AT_START = 3
WINDOW_SIZE = (1366, 768)


class MainWindow(QMainWindow):
    """Owns the pages and the open bedside windows (one per infusion)."""

    def __init__(
        self,
        ctx: Context,
        events: DataEvents,
        *,
        reopen_running: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.events = events
        self.bedside: dict[str, InfusionWindow] = {}
        self.running_infusions: list[Infusion] = []
        self.picker: PatientPickerDialog | None = None
        self.setWindowTitle("ivigmon - IVIG infusions and follow-up checks")
        self.resize(*WINDOW_SIZE)

        central = QWidget()
        outer = QHBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        side = QWidget()
        side.setObjectName("sidebar")
        side.setStyleSheet("QWidget#sidebar { background: #e6ebf0; }")
        side.setFixedWidth(200)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 8)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        for index, name in enumerate(NAVIGATION):
            item = QListWidgetItem(f"{name}")
            item.setToolTip(f"{name} (Ctrl+{index + 1})")
            self.navigation.addItem(item)
        self.navigation.setFixedHeight(5 * 44 + 12)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_layout.addWidget(self.navigation)
        running_title = QLabel("Running infusions")
        running_title.setStyleSheet("font-weight: 600; padding: 10px 10px 2px 12px;")
        side_layout.addWidget(running_title)
        self.running = QListWidget()
        self.running.setObjectName("runningList")
        self.running.setStyleSheet(
            "QListWidget { background: transparent; border: none; }"
            " QListWidget::item { padding: 5px 10px; }"
        )
        self.running.setWordWrap(True)
        self.running.itemActivated.connect(self._running_activated)
        self.running.itemClicked.connect(self._running_activated)
        side_layout.addWidget(self.running, 1)
        hint = muted_label("Click one to open it at the bedside.")
        hint.setContentsMargins(12, 0, 8, 0)
        side_layout.addWidget(hint)
        outer.addWidget(side)

        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.worklist = WorklistPage(ctx, events)
        self.patients = PatientsPage(ctx, events)
        self.detail = PatientDetailPage(ctx, events)
        self.reports = ReportsPage()
        self.settings = SettingsPage(ctx, events)
        self.about = AboutPage(ctx)
        for page in (
            self.worklist,
            self.patients,
            self.reports,
            self.settings,
            self.about,
            self.detail,
        ):
            self.stack.addWidget(page)
        self.pages: list[QWidget] = [
            self.worklist,
            self.patients,
            self.reports,
            self.settings,
            self.about,
        ]
        self.navigation.currentRowChanged.connect(self._navigate)

        self.patients.patient_opened.connect(self.show_patient)
        self.patients.infusion_requested.connect(self.start_infusion_for)
        self.worklist.patient_requested.connect(self.show_patient)
        self.detail.back_requested.connect(lambda: self.show_page(1))
        self.detail.infusion_requested.connect(self.start_infusion_for)
        self.detail.infusion_opened.connect(self.open_infusion)

        self._build_status_bar()
        self._build_menus()
        self.worklist.counts_changed.connect(self._show_counts)
        self.worklist.refresh()
        events.connect_any(self._on_data_changed)
        self.refresh_running()
        self.show_page(0)
        if reopen_running:
            for infusion in self.running_infusions[:REOPEN_AT_START]:
                self.open_infusion(infusion.mrn, infusion.id)

    # -- chrome ------------------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        access = " (read-only)" if self.ctx.store.read_only else ""
        self.db_label = QLabel(f"Database: {self.ctx.store.path}{access}")
        role = f" ({ROLE_NAMES[self.ctx.role]})" if self.ctx.role is not None else ""
        self.user_label = QLabel(f"User: {self.ctx.user}{role}")
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
        file_menu = menu.addMenu("&File")
        self.new_infusion_action = self._action("&New infusion…", "Ctrl+N", self.new_infusion)
        file_menu.addAction(self.new_infusion_action)
        file_menu.addAction(
            self._action("&Register patient…", "Ctrl+Shift+N", self.register_patient)
        )
        file_menu.addSeparator()
        file_menu.addAction(self._action("&Quit", "Ctrl+Q", self.close))
        patient_menu = menu.addMenu("&Patient")
        patient_menu.addAction(self._action("&Find patient…", "Ctrl+F", self.find_patient))
        view_menu = menu.addMenu("&View")
        for index, name in enumerate(NAVIGATION):
            view_menu.addAction(
                self._action(f"&{name}", f"Ctrl+{index + 1}", lambda i=index: self.show_page(i))
            )
        view_menu.addSeparator()
        view_menu.addAction(self._action("&Refresh", "F5", self.refresh_all))
        help_menu = menu.addMenu("&Help")
        help_menu.addAction(self._action("&About ivigmon", None, lambda: self.show_page(4)))

    def _show_counts(self, overdue: int, due: int, upcoming: int) -> None:
        self.counts_label.setText(f"Checks: {overdue} overdue · {due} due now")
        self.counts_label.setToolTip(f"{upcoming} upcoming")

    # -- navigation --------------------------------------------------------------------------------
    def show_page(self, index: int) -> None:
        if self.navigation.currentRow() != index:
            self.navigation.setCurrentRow(index)  # calls _navigate
        else:
            self._navigate(index)

    def _navigate(self, index: int) -> None:
        if 0 <= index < len(self.pages):
            self.stack.setCurrentWidget(self.pages[index])

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def show_patient(self, mrn: str) -> None:
        self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(1)
        self.navigation.blockSignals(False)
        self.detail.show_patient(mrn)
        self.stack.setCurrentWidget(self.detail)

    def find_patient(self) -> None:
        self.show_page(1)
        self.patients.focus_search()

    def register_patient(self) -> None:
        self.show_page(1)
        self.patients.register_patient()

    # -- infusions ---------------------------------------------------------------------------------
    def new_infusion(self) -> None:
        """Ctrl+N: for the patient on screen, otherwise choose the patient first."""
        if self.stack.currentWidget() is self.detail and self.detail.mrn is not None:
            self.start_infusion_for(self.detail.mrn)
            return
        picker = PatientPickerDialog(self.ctx, self)
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

    def start_infusion_for(self, mrn: str) -> InfusionWindow:
        """A patient with a running infusion gets that one; otherwise a new start form."""
        running = next((i for i in self.running_infusions if i.mrn == mrn), None)
        if running is not None:
            self.statusBar().showMessage(
                f"{mrn} already has an infusion running since {clock(running.start)}: "
                "it is shown instead of a new one.",
                8000,
            )
            return self.open_infusion(mrn, running.id)
        key = f"new:{mrn}"
        return self._show_window(key, InfusionWindow(self.ctx, self.events, mrn=mrn, parent=self))

    def open_infusion(self, mrn: str, infusion_id: str) -> InfusionWindow:
        if infusion_id in self.bedside:
            window = self.bedside[infusion_id]
            window.showNormal()
            _bring_to_front(window)
            return window
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
        window.infusion_changed.connect(lambda new_id, k=key: self._rekey(k, new_id))
        window.destroyed.connect(lambda _obj=None, w=window: self._forget(w))
        window.resize(*WINDOW_SIZE)
        window.show()
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

    def refresh_running(self) -> None:
        try:
            running = list(infusions.running_infusions(self.ctx))
            names = {i.mrn: load_history(self.ctx, i.mrn).patient.name for i in running}
        except EXPECTED_ERRORS as error:
            self.statusBar().showMessage(message_for(error), 10000)
            return
        self.running_infusions = running
        self.running.clear()
        for infusion in running:
            item = QListWidgetItem(
                f"{names[infusion.mrn]}\n{infusion.mrn}, since {clock(infusion.start)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, (infusion.mrn, infusion.id))
            item.setToolTip(f"infusion {infusion.id}, started {infusion.start:%Y-%m-%d %H:%M}")
            self.running.addItem(item)
        if not running:
            item = QListWidgetItem("none")
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.running.addItem(item)

    def refresh_all(self) -> None:
        """F5: reload every page from the database (another workstation may have written)."""
        self.ctx.forget_cached()
        self.worklist.refresh()
        self.patients.refresh()
        if self.detail.mrn is not None:
            self.detail.refresh()
        self.settings.refresh()
        self.refresh_running()
        for window in list(self.bedside.values()):
            if window.run_page is not None:
                window.run_page.reload()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Bedside windows close first; one with an unstarted form may refuse."""
        for window in list(self.bedside.values()):
            if not window.close():
                event.ignore()
                return
        super().closeEvent(event)


def _bring_to_front(window: QWidget) -> None:
    # The offscreen platform (tests, screenshots) has no window stack and warns on raise().
    if QGuiApplication.platformName() != "offscreen":
        window.raise_()
    window.activateWindow()
