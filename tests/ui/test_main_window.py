"""Smoke test of the main window: pages, menus and shortcuts, the status bar."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox

from ivigmon.services import infusions
from ivigmon.ui.lazy_page import LazyPage
from ivigmon.ui.main_window import NAVIGATION, PATIENTS_PAGE, MainWindow
from tests.factories import make_patient, start_infusion

from .conftest import activate, settle


def test_the_main_window_opens_on_the_worklist_with_a_status_bar(qtbot, ctx, events, show):
    make_patient(ctx)
    started = start_infusion(ctx, start=datetime(2026, 3, 9, 8, 0))
    infusions.end_infusion(ctx, started.id, end=datetime(2026, 3, 9, 11, 0))
    window = MainWindow(ctx, events)
    show(window)
    assert window.current_page() is window.worklist
    assert [window.navigation.item(i).text() for i in range(len(NAVIGATION))] == list(NAVIGATION)
    assert window.navigation.item(NAVIGATION.index("Users")).isHidden()  # no accounts yet
    assert window.db_label.text() == f"Database: {ctx.store.path}"
    assert window.user_label.text() == "User: nurse.test"
    assert window.counts_label.text() == "Open alerts: 0 · 0 checks overdue · 1 due now"
    assert window.worklist.model.rowCount() == 3
    for index, page in enumerate(window.pages):
        if page is window.users_page:
            continue
        window.show_page(index)
        assert window.current_page() is (page.page() if isinstance(page, LazyPage) else page)
    (box,) = window.reports.findChildren(QGroupBox)
    assert box.title() == "Which infusions"  # the report's choice, above its tables
    settle(qtbot)
    assert window.reports.report is not None
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Patient", "&View", "&Help"]


def test_desktop_shortcuts(qtbot, ctx, events, show):
    make_patient(ctx)
    window = MainWindow(ctx, events)
    show(window)
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(window, Qt.Key.Key_F, ctrl)  # find patient
    assert window.current_page() is window.patients
    qtbot.waitUntil(window.patients.search.hasFocus)
    qtbot.keyClick(window, Qt.Key.Key_1, ctrl)
    assert window.current_page() is window.worklist
    with qtbot.waitSignal(window.worklist.counts_changed, timeout=1000):
        qtbot.keyClick(window, Qt.Key.Key_F5)  # refresh
    qtbot.keyClick(window, Qt.Key.Key_N, ctrl)  # new infusion: choose the patient first
    qtbot.waitUntil(lambda: window.picker is not None and window.picker.isVisible())
    picker = window.picker
    qtbot.keyClicks(picker.search, "K-0001")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "new:K-0001" in window.bedside)
    bedside = window.bedside["new:K-0001"]
    assert bedside.start_page is not None
    assert bedside.windowTitle() == "Bedside infusion - Ada Nowak (K-0001)"
    bedside.close()  # nothing typed yet: closes without a question
    qtbot.waitUntil(lambda: not window.bedside)
    activate(qtbot, window)  # the window system hands the keyboard back to the main window
    qtbot.keyClick(window, Qt.Key.Key_Q, ctrl)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_start_infusion_for_a_patient_with_a_running_one_reopens_it(qtbot, ctx, events, show):
    make_patient(ctx)
    started = start_infusion(ctx)
    window = MainWindow(ctx, events)
    show(window)
    window.show_patient("K-0001")
    assert window.current_page() is window.detail
    assert window.detail.running_button.isVisibleTo(window.detail)
    bedside = window.start_infusion_for("K-0001")
    assert bedside.infusion_id == started.id and bedside.run_page is not None


def test_ctrl_n_then_enter_chooses_no_patient_until_one_is_named(qtbot, ctx, events, show):
    make_patient(ctx)
    make_patient(ctx, "K-0002", name="Ben Nowak")
    window = MainWindow(ctx, events)
    show(window)
    window.show_page(PATIENTS_PAGE)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.picker is not None and window.picker.isVisible())
    picker = window.picker
    settle(qtbot)
    qtbot.waitUntil(lambda: picker.model.rowCount() == 2 and not picker.loading)
    assert not picker.ok.isEnabled()  # nothing is chosen for the nurse
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.isVisible() and not window.bedside
    assert picker.message.text() == (
        "Type the patient's MRN or name first: no patient is chosen for you."
    )
    qtbot.keyClicks(picker.search, "Nowak")  # two patients match: still no guess
    qtbot.waitUntil(lambda: not picker.loading)
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.isVisible() and not window.bedside
    assert picker.message.text().startswith("2 patients match")
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)  # a deliberate choice in the list
    qtbot.keyClick(picker.table, Qt.Key.Key_Down)
    chosen = picker.model.row_at(1)
    qtbot.keyClick(picker.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.bedside) == 1)
    (bedside,) = window.bedside.values()
    assert bedside.mrn == chosen.mrn
    assert bedside.patient_banner.isVisible()
    assert bedside.patient_banner.text() == (
        f"New infusion for {chosen.name}, MRN {chosen.mrn}, born 2019-04-02. Check the wristband."
    )


def test_the_running_infusions_are_listed_with_names_without_reading_histories(
    qtbot, ctx, events, show, monkeypatch
):
    # Before: each running infusion's whole patient history was read for its name (2 s at the
    # start of a national service's window).
    from ivigmon.services import history

    make_patient(ctx)
    start_infusion(ctx)

    def no_histories(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a whole history was read for a name")

    monkeypatch.setattr(history, "load_history", no_histories)
    monkeypatch.setattr("ivigmon.ui.main_window.load_history", no_histories, raising=False)
    window = MainWindow(ctx, events)
    show(window)
    qtbot.waitUntil(lambda: window.running_read, timeout=10_000)
    assert [i.mrn for i in window.running_infusions] == ["K-0001"]
    assert window.running_names == {"K-0001": "Ada Nowak"}


def test_opening_the_window_reads_the_worklist_once_and_builds_only_its_first_page(
    qtbot, ctx, events, show, monkeypatch
):
    # Before: the worklist was read twice at every start, and the settings, users and about
    # pages (with their own reads) were built before the window showed, though rarely opened.
    from ivigmon.services import worklist

    make_patient(ctx)
    start_infusion(ctx)
    reads: list[object] = []
    real = worklist.worklist

    def counted(*args: object, **kwargs: object) -> object:
        reads.append(args)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(worklist, "worklist", counted)
    window = MainWindow(ctx, events)
    show(window)
    qtbot.waitUntil(lambda: window.worklist.refreshed_at is not None, timeout=10_000)
    settle(qtbot)
    assert len(reads) == 1
    assert not window.settings_page.built()
    assert not window.users_page.built()
    assert not window.about_page.built()
    window.show_page(NAVIGATION.index("Settings"))
    assert window.settings_page.built()
    assert window.current_page() is window.settings
    assert window.settings.isVisible()


def test_a_fitted_column_measures_only_the_rows_on_screen():
    # Qt's default measures the first 1,000 rows at every refresh: on a service's worklist of
    # 1,400 checks that read 8,000 cells each time the list was shown.
    from PySide6.QtGui import QStandardItemModel

    from ivigmon.ui.table_views import record_table

    view = record_table(QStandardItemModel(0, 2), fit=(0,))
    assert view.horizontalHeader().resizeContentsPrecision() == 0
