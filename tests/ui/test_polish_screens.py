"""In Polish, the translated screens show no English: every visible text of every widget is read
(labels, buttons, group and tab titles, table headers and cells, list items, menus, window
titles, tooltips, placeholders, accessible names) and checked against a list of English words.

Allowed: what the records hold (patients' names, MRNs, the sources of the risk factors, product
names), codes, units and product names of software (ALLOWED). The rules' reasons are not allowed:
the risk and alert reasons on the worklist are said in Polish.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from ivigmon.ui.about_page import AboutPage
from ivigmon.ui.alerts_model import AlertColumn
from ivigmon.ui.main_window import NAVIGATION, MainWindow
from ivigmon.ui.sign_in_dialog import SignInDialog
from ivigmon.ui.worklist_model import WorklistColumn

from .conftest import add_accounts, settle
from .polish_words import english_left, record_words, texts_of
from .test_worklist import ended_infusion
from .test_worklist_alerts import alarming_infusion


def ward(ctx, clock) -> None:
    """A running infusion with an urgent alert, and an ended one with checks overdue, due and
    upcoming (its child has Kawasaki disease: risk HIGH, with reasons)."""
    alarming_infusion(ctx)
    ended_infusion(ctx, "K-0002")
    clock.now = datetime(2026, 3, 11, 9, 0)


def test_the_main_window_and_worklist_speak_polish(qtbot, ctx, events, show, clock, polish):
    ward(ctx, clock)
    window = MainWindow(ctx, events)
    show(window)
    settle(qtbot)
    qtbot.waitUntil(lambda: window.running.count() == 1 and window.running_read)
    qtbot.waitUntil(lambda: window.worklist.model.rowCount() > 0)
    window.worklist.table.selectRow(0)
    assert window.navigation.item(0).text() == "Lista zadań"
    assert "Anuluj" not in window.counts_label.text()  # (the counts are ivigmon's own)
    assert "kontrol" in window.counts_label.text()
    assert english_left(texts_of(window), record_words(ctx)) == []
    # The reasons, in Polish: the alert's, and the risk's in the tooltip of its column.
    page = window.worklist
    assert page.alerts.index(0, AlertColumn.REASON).data().startswith("tętno 160/min: pilne (")
    risk = page.model.index(0, WorklistColumn.RISK).data(Qt.ItemDataRole.ToolTipRole)
    assert "wskazanie: choroba Kawasaki" in risk
    # The banners: a database opened for viewing only, a ward server away.
    window.show_read_only(ctx.read_only_reason() or "it was opened for viewing only")
    window.show_server_state(False)
    assert "tylko do przeglądania" in window.read_only_banner.text()
    assert english_left(texts_of(window), record_words(ctx)) == []


def test_the_settings_and_about_pages_speak_polish(qtbot, ctx, events, show, polish):
    add_accounts(ctx, sign_in="lead")  # an administrator: the settings form, not the table
    window = MainWindow(ctx, events)
    show(window)
    window.show_page(NAVIGATION.index("Settings"))
    settle(qtbot)
    tabs = window.settings.tabs
    for tab in (0, 1, tabs.indexOf(window.settings.language)):
        tabs.setCurrentIndex(tab)
        assert english_left(texts_of(window), record_words(ctx)) == [], tabs.tabText(tab)
    window.show_page(NAVIGATION.index("About"))
    assert english_left(texts_of(window.about), record_words(ctx)) == []


def test_the_read_only_settings_table_speaks_polish(qtbot, ctx, events, show, polish):
    add_accounts(ctx, sign_in="nora")  # a nurse reads the thresholds in a table
    window = MainWindow(ctx, events)
    show(window)
    window.show_page(NAVIGATION.index("Settings"))
    settle(qtbot)
    assert window.settings.thresholds.currentIndex() == 0
    assert english_left(texts_of(window), record_words(ctx)) == []


def test_sign_in_lock_and_the_wait_after_a_failure_speak_polish(qtbot, ctx, events, show, polish):
    add_accounts(ctx, sign_in="nora")
    dialog = SignInDialog(ctx)
    show(dialog)
    dialog.countdown.start(3)
    assert dialog.wait.text() == "Odczekaj 3 s przed następną próbą."
    assert english_left(texts_of(dialog), record_words(ctx)) == []
    dialog.countdown.reset()
    dialog.reject()
    window = MainWindow(ctx, events)
    show(window)
    window.lock_now()
    assert window.windowTitle() == "ivigmon – zablokowany"
    assert "pielęgniarka" in window.lock_page.who.text()
    assert english_left(texts_of(window), record_words(ctx)) == []


def test_the_word_check_finds_english_left_on_a_screen(qtbot, ctx, polish):
    """The check itself: an untranslated page is caught, names from the records are not."""
    page = AboutPage(ctx)
    qtbot.addWidget(page)
    page.show()
    stored = record_words(ctx)
    assert english_left(texts_of(page), stored) == []
    page.user.setText("Open the patient list")
    assert english_left(texts_of(page), stored) == ["Open the patient list"]
    assert english_left(texts_of(page), [*stored, "Open the patient list"]) == []
