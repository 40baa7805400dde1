"""In Polish, the records pages show no English: the patient list and the patient page, the
patient form, the users and the account forms, the product catalogue, the lot recall, the Alerts
settings and the messages of a save that failed or was refused. Every visible text is read (see
`polish_words.texts_of`); what the records hold (names, MRNs, product facts, reasons written by
the rules) is allowed as stored."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt

from ivigmon.services import patients, products
from ivigmon.services.errors import DatabaseBusy, ServerUnavailable
from ivigmon.ui.add_product_dialog import AddProductDialog
from ivigmon.ui.add_user_dialog import AddUserDialog
from ivigmon.ui.create_admin_dialog import CreateAdminDialog
from ivigmon.ui.errors import message_for
from ivigmon.ui.main_window import NAVIGATION, MainWindow
from ivigmon.ui.patient_dialog import PatientDialog
from ivigmon.ui.patients_page import count_text
from tests.factories import start_infusion
from tests.services.test_lots import recall_ward

from .conftest import DISPLAY_NAMES, add_accounts, outcome, settle
from .polish_words import english_left, record_words, texts_of
from .test_fit import USABLE
from .test_large_text import cut, large_text  # noqa: F401 (a fixture)
from .test_worklist import ended_infusion


def catalogue_words(ctx) -> list[str]:
    """What the product catalogue holds, as stored: makers, label notes and sources."""
    words = []
    for entry in products.catalogue(ctx):
        label = entry.label
        words += [label.name, label.maker, label.label_note, label.source, label.titration_source]
    return [w for w in words if w]


def model_texts(view) -> list[str]:
    """Every cell of a table, as shown (to leave out tables that other screens' words fill)."""
    model = view.model()
    return (
        [
            str(model.data(model.index(row, column, QModelIndex())) or "")
            for row in range(model.rowCount())
            for column in range(model.columnCount())
        ]
        + [
            str(
                model.data(model.index(row, column, QModelIndex()), Qt.ItemDataRole.ToolTipRole)
                or ""
            )
            for row in range(model.rowCount())
            for column in range(model.columnCount())
        ]
        + [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
    )


def test_the_patient_list_and_its_search_speak_polish(qtbot, ctx, events, show, clock, polish):
    ended_infusion(ctx, "K-0001")
    ended_infusion(ctx, "K-0002", name="Ben Kowalski")
    clock.now = datetime(2026, 3, 11, 9, 0)
    window = MainWindow(ctx, events)
    show(window)
    window.show_page(NAVIGATION.index("Patients"))
    page = window.patients
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert page.count.text() == "2 pacjentów"
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Nr historii"
    assert page.register_button.text() == "Za&rejestruj pacjenta…"
    assert english_left(texts_of(window), record_words(ctx)) == []
    page.search.setText("Ben")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.count.text() == "1 pacjent"
    assert english_left(texts_of(window), record_words(ctx)) == []
    assert count_text(100_000) == "100\u00a0000 pacjentów"


def test_the_patient_page_speaks_polish(qtbot, ctx, events, show, clock, polish):
    ended_infusion(ctx, "K-0001")
    patients.add_measurement(
        ctx, "K-0001", at=datetime(2026, 3, 10, 8, 0), weight_kg=14.5, height_cm=101.5
    )
    clock.now = datetime(2026, 3, 11, 9, 0)
    window = MainWindow(ctx, events)
    show(window)
    window.show_patient("K-0001")
    page = window.detail
    assert page.fact_labels["sex"].text() == "żeńska"
    assert page.fact_labels["weight"].text() == "14,5 kg, 10.03.2026 08:00"
    assert page.fact_labels["born"].text().endswith("(wiek 6 l.)")
    assert page.tabs.tabText(0) == "Wlewy (1)"
    assert page.tabs.tabText(2) == "Kontrole po wlewie (otwarte: 3)"
    # The record's tables hold the bedside's words (history_models) and the box of earlier
    # reactions is the start form's: both are translated with those screens.
    tables = (page.infusions_table, page.events_table, page.checks_table)
    theirs = [text for table in tables for text in model_texts(table)]
    theirs += [text.strip() for text in texts_of(page.reactions)]
    assert english_left(texts_of(window), [*record_words(ctx), *theirs]) == []
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        assert english_left(texts_of(window), [*record_words(ctx), *theirs]) == [], tab
    history = page.show_history()
    assert history is not None
    settle(qtbot)
    shown = model_texts(history.table)
    assert "pacjent" in shown and "dodano" in shown
    assert any(text.startswith("masa ciała kg 14,5") or "masa ciała kg" in text for text in shown)


def test_the_patient_form_speaks_polish_empty_and_with_problems(qtbot, ctx, events, polish):
    dialog = PatientDialog(ctx, events)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Rejestracja pacjenta"
    assert dialog.sex.itemText(1) == "żeńska"
    assert english_left(texts_of(dialog), record_words(ctx)) == []
    assert not outcome(qtbot, dialog.save())  # nothing typed: every problem at once
    assert "Imię i nazwisko: nie może być puste" in dialog.message.text()
    assert "Płeć: wybierz płeć żeńską lub męską" in dialog.message.text()
    # The domain's own field problems (the date's) are not yet said in Polish.
    untranslated = ["missing; expected a date like 2019-04-02"]
    assert english_left(texts_of(dialog), [*record_words(ctx), *untranslated]) == []


def test_a_failed_save_says_so_in_polish(qtbot, ctx, events, polish):
    dialog = PatientDialog(ctx, events)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fields.show_error(DatabaseBusy("database is locked"))
    assert dialog.message.text() == (
        "⚠ Baza danych jest zajęta: inne okno ivigmon lub inny użytkownik tego komputera"
        " właśnie zapisuje. Nic nie zapisano; wpisane dane pozostają w formularzu. Odczekaj"
        " kilka sekund i zapisz ponownie."
    )
    assert english_left(texts_of(dialog), record_words(ctx)) == []
    assert message_for(ServerUnavailable("no route to host")).startswith(
        "Brak połączenia z serwerem oddziału"
    )


def test_the_users_page_and_account_forms_speak_polish(qtbot, ctx, events, show, polish):
    add_accounts(ctx, sign_in="lead")
    window = MainWindow(ctx, events)
    show(window)
    window.show_page(NAVIGATION.index("Users"))
    page = window.users
    settle(qtbot)
    assert page.model.rowCount() == 3
    assert page.model.headerData(2, Qt.Orientation.Horizontal) == "Rola"
    assert page.add_button.text() == "&Dodaj użytkownika…"
    assert page.model.index(1, 2).data() in ("pielęgniarka", "personel oddziału", "administrator")
    accounts = [*record_words(ctx), *DISPLAY_NAMES.values()]
    assert english_left(texts_of(window), accounts) == []
    add = AddUserDialog(ctx, window)
    show(add)
    assert add.windowTitle() == "Dodaj użytkownika"
    assert english_left(texts_of(add), accounts) == []
    add.form.password.setText("one")
    add.form.password_again.setText("two")
    assert add.save() is None
    assert add.message.text() == "⚠ Hasło ponownie: oba hasła nie są takie same"
    assert english_left(texts_of(add), accounts) == []


def test_the_first_start_asks_for_the_administrator_in_polish(qtbot, ctx, polish):
    dialog = CreateAdminDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "ivigmon – utwórz konto administratora"
    assert english_left(texts_of(dialog), record_words(ctx)) == []


def test_the_catalogue_and_alert_settings_speak_polish(qtbot, ctx, events, show, polish):
    add_accounts(ctx, sign_in="lead")
    window = MainWindow(ctx, events)
    show(window)
    window.show_page(NAVIGATION.index("Settings"))
    settle(qtbot)
    tabs = window.settings.tabs
    tabs.setCurrentIndex(tabs.indexOf(window.settings.alert_settings))
    alerts = window.settings.alert_settings
    assert alerts.save_button.text() == "Zapisz ustawienia &alarmów"
    assert english_left(texts_of(window), record_words(ctx)) == []
    tabs.setCurrentIndex(tabs.indexOf(window.settings.catalogue))
    catalogue = window.settings.catalogue
    catalogue.table.selectRow(0)
    assert catalogue.model.headerData(0, Qt.Orientation.Horizontal) == "Preparat"
    assert catalogue.add_button.text() == "&Dodaj preparat lokalny…"
    allowed = [*record_words(ctx), *catalogue_words(ctx)]
    assert english_left(texts_of(window), allowed) == []
    add = AddProductDialog(ctx, window)
    show(add)
    assert add.sugar.itemText(1) == "sacharoza"
    assert english_left(texts_of(add), allowed) == []


def test_a_nurse_reads_why_the_catalogue_is_not_hers_to_change(qtbot, ctx, events, show, polish):
    add_accounts(ctx, sign_in="nora")
    window = MainWindow(ctx, events)
    show(window)
    window.show_page(NAVIGATION.index("Settings"))
    settle(qtbot)
    catalogue = window.settings.catalogue
    assert catalogue.save_button.toolTip() == (
        "Niedozwolone dla Twojej roli: pielęgniarki nie mogą edytować katalogu preparatów."
    )
    tabs = window.settings.tabs
    tabs.setCurrentIndex(tabs.indexOf(catalogue))
    assert english_left(texts_of(window), [*record_words(ctx), *catalogue_words(ctx)]) == []


def test_the_lot_recall_with_a_result_speaks_polish(qtbot, ctx, events, show, polish):
    recall_ward(ctx)
    window = MainWindow(ctx, events)
    show(window)
    page = window.show_lot_recall()
    allowed = [*record_words(ctx), *catalogue_words(ctx)]
    assert english_left(texts_of(window), allowed) == []
    page.lot.setText("P123")
    assert outcome(qtbot, page.find_lot())
    assert page.summary.text() == (
        "seria P123: 1 wlew u 1 pacjenta · 1 zdarzenie niepożądane · 1 otwarty alarm"
    )
    assert page.model.index(0, 0).data() == "P123\n31.01.2027"
    reasons = [found.alert.reason for row in page.model.rows() for found in row.alerts]
    terms = [e.term for row in page.model.rows() for e in row.infusion.events]
    assert english_left(texts_of(window), [*allowed, *reasons, *terms]) == []


@pytest.mark.usefixtures("large_text")
def test_the_polish_patient_page_fits_the_ward_screen_at_large_text(
    qtbot, ctx, events, show, polish
):
    """At 150 % text the patient page's row of buttons, longer in Polish, keeps the window
    within 1366 pixels (the name beside them is shortened, whole in its tooltip)."""
    ended_infusion(ctx, "K-0001")
    start_infusion(ctx, start=datetime(2026, 3, 10, 8, 0))
    window = MainWindow(ctx, events)
    show(window)
    window.show_patient("K-0001")
    assert window.detail.running_button.isVisibleTo(window)
    assert cut(window) == []
    assert window.width() <= USABLE[0]
    assert window.detail.title.toolTip() == "Ada Nowak (K-0001)"
