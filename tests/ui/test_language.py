"""The language of the screens: chosen per workstation or from the system; Polish plural forms,
dates and numbers in the locale's own form; entry fields never misread a number."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from ivigmon.domain.validation import ValidationError
from ivigmon.ui import language
from ivigmon.ui.language import (
    ENGLISH,
    FOLLOW_SYSTEM,
    POLISH,
    install_language,
    language_choice,
    language_for,
    save_language_choice,
)
from ivigmon.ui.language_box import LanguageBox
from ivigmon.ui.settings_form import parse_setting
from ivigmon.ui.wording import COUNTED, day, duration, grouped, number, when


@pytest.fixture
def polish(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, POLISH)
    yield
    install_language(qapp, ENGLISH)


# The count, then the words in Polish (one, few, many) and in English: every boundary of the
# Polish rule (2-4 but not 12-14 is "few"; 1 alone is "one").
OVERDUE = [
    (0, "0 kontroli zaległych", "0 checks overdue"),
    (1, "1 kontrola zaległa", "1 check overdue"),
    (2, "2 kontrole zaległe", "2 checks overdue"),
    (3, "3 kontrole zaległe", "3 checks overdue"),
    (4, "4 kontrole zaległe", "4 checks overdue"),
    (5, "5 kontroli zaległych", "5 checks overdue"),
    (12, "12 kontroli zaległych", "12 checks overdue"),
    (13, "13 kontroli zaległych", "13 checks overdue"),
    (21, "21 kontroli zaległych", "21 checks overdue"),
    (22, "22 kontrole zaległe", "22 checks overdue"),
    (25, "25 kontroli zaległych", "25 checks overdue"),
    (102, "102 kontrole zaległe", "102 checks overdue"),
    (112, "112 kontroli zaległych", "112 checks overdue"),
]


@pytest.mark.parametrize(("count", "polish_words", "english_words"), OVERDUE)
def test_overdue_checks_take_the_plural_form_of_their_count(
    qapp, count, polish_words, english_words
):
    for context in ("MainWindow", "WorklistPage"):
        install_language(qapp, POLISH)
        try:
            said = QCoreApplication.translate(context, "%n check(s) overdue", "", count)
            assert said == polish_words
        finally:
            install_language(qapp, ENGLISH)
        assert QCoreApplication.translate(context, "%n check(s) overdue", "", count) == (
            english_words
        )


@pytest.mark.parametrize(
    ("count", "polish_words", "english_words"),
    [
        (1, "▲ 1 otwarty alarm", "▲ 1 open alert"),
        (3, "▲ 3 otwarte alarmy", "▲ 3 open alerts"),
        (5, "▲ 5 otwartych alarmów", "▲ 5 open alerts"),
        (22, "▲ 22 otwarte alarmy", "▲ 22 open alerts"),
        (112, "▲ 112 otwartych alarmów", "▲ 112 open alerts"),
    ],
)
def test_the_status_bar_counts_open_alerts_in_the_plural_form(
    qapp, count, polish_words, english_words
):
    install_language(qapp, POLISH)
    try:
        assert QCoreApplication.translate("MainWindow", "▲ %n open alert(s)", "", count) == (
            polish_words
        )
    finally:
        install_language(qapp, ENGLISH)
    assert QCoreApplication.translate("MainWindow", "▲ %n open alert(s)", "", count) == (
        english_words
    )


@pytest.mark.parametrize(
    ("days", "polish_words", "english_words"),
    [
        (1, "1 dzień 4 h", "1 day 4 h"),
        (2, "2 dni 4 h", "2 days 4 h"),
        (5, "5 dni 4 h", "5 days 4 h"),
        (22, "22 dni 4 h", "22 days 4 h"),
    ],
)
def test_days_in_a_duration_take_the_plural_form(qapp, days, polish_words, english_words):
    span = timedelta(days=days, hours=4)
    install_language(qapp, POLISH)
    try:
        assert duration(span) == polish_words
    finally:
        install_language(qapp, ENGLISH)
    assert duration(span) == english_words


@pytest.mark.parametrize(
    ("minutes", "polish_words"),
    [
        (1, "Zablokowano po 1 minucie bezczynności."),
        (2, "Zablokowano po 2 minutach bezczynności."),
        (15, "Zablokowano po 15 minutach bezczynności."),
    ],
)
def test_the_idle_lock_counts_minutes_in_polish(polish, minutes, polish_words):
    assert COUNTED.locked_after(minutes) == polish_words


def test_english_lock_words_count_one_minute_in_the_singular(qapp):
    assert COUNTED.locked_after(1) == "Locked after 1 minute without use."
    assert COUNTED.locked_after(15) == "Locked after 15 minutes without use."


def test_polish_dates_and_numbers_take_the_locale_form(polish):
    assert when(datetime(2026, 3, 1, 8, 5)) == "1.03.2026 08:05"
    assert day(date(2026, 3, 1)) == "1.03.2026"
    assert number(1.5) == "1,5"
    assert number(38.25, unit="°C") == "38,25 °C"
    assert grouped(100_000) == "100\u00a0000"


def test_english_dates_and_numbers_stay_as_the_ward_reads_them(qapp):
    assert when(datetime(2026, 3, 1, 8, 5)) == "2026-03-01 08:05"
    assert day(date(2026, 3, 1)) == "2026-03-01"
    assert number(1.5) == "1.5"
    assert grouped(100_000) == "100,000"


def test_qt_own_buttons_speak_polish_too(polish):
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.buttons()[0].text() == "Anuluj"


@pytest.mark.parametrize(
    ("choice", "system", "expected"),
    [
        (FOLLOW_SYSTEM, QLocale.Language.Polish, POLISH),
        (FOLLOW_SYSTEM, QLocale.Language.English, ENGLISH),
        (FOLLOW_SYSTEM, QLocale.Language.German, ENGLISH),
        (FOLLOW_SYSTEM, QLocale.Language.C, ENGLISH),
        (ENGLISH, QLocale.Language.Polish, ENGLISH),
        (POLISH, QLocale.Language.English, POLISH),
        ("fr", QLocale.Language.Polish, POLISH),  # not offered: the system decides
    ],
)
def test_the_workstation_choice_overrides_the_system_language(choice, system, expected):
    assert language_for(choice, QLocale(system)) == expected


@pytest.fixture
def workstation(tmp_path, monkeypatch) -> str:
    """This computer's settings in a file of the test's own."""
    from PySide6.QtCore import QSettings

    path = str(tmp_path / "workstation.ini")
    monkeypatch.setattr(
        language, "workstation_settings", lambda: QSettings(path, QSettings.Format.IniFormat)
    )
    return path


def test_the_choice_is_kept_on_this_workstation(workstation):
    assert language_choice() == FOLLOW_SYSTEM
    save_language_choice(POLISH)
    assert language_choice() == POLISH
    assert "language=pl" in Path(workstation).read_text()  # this computer's file
    save_language_choice(FOLLOW_SYSTEM)
    assert language_choice() == FOLLOW_SYSTEM
    with pytest.raises(ValueError):
        save_language_choice("xx")


def test_the_settings_language_box_saves_the_choice_for_the_next_start(qtbot, workstation):
    box = LanguageBox()
    qtbot.addWidget(box)
    assert box.choice.currentData() == FOLLOW_SYSTEM
    box.choice.setCurrentIndex(box.choice.findData(POLISH))
    assert language_choice() == POLISH
    assert "next start" in box.saved.text()
    assert "language=pl" in Path(workstation).read_text()
    again = LanguageBox()
    qtbot.addWidget(again)
    assert again.choice.currentData() == POLISH


def test_without_a_stored_choice_the_app_follows_the_system(qapp, workstation, monkeypatch):
    assert not Path(workstation).exists()
    monkeypatch.setattr(QLocale, "system", lambda: QLocale(QLocale.Language.Polish))
    try:
        assert install_language(qapp) == POLISH
        assert QCoreApplication.translate("MainWindow", "Worklist") == "Lista zadań"
    finally:
        install_language(qapp, ENGLISH)
    assert QCoreApplication.translate("MainWindow", "Worklist") == "Worklist"


# What an administrator types into a setting, and what it is read as: a decimal point or a
# decimal comma, thousands grouped by spaces; a number that could be read two ways is refused.
@pytest.mark.parametrize(
    ("typed", "read_as"),
    [
        ("1,5", 1.5),
        ("1.5", 1.5),
        ("38,5", 38.5),
        ("0,125", 0.125),
        ("15", 15.0),
        (" 15 ", 15.0),
        ("100 000", 100_000.0),
        ("100\u00a0000", 100_000.0),  # as Polish writes a large number
        ("1000", 1000.0),
        ("1,000", None),  # a thousand in English, one in Polish
        ("1.000", None),
        ("100,000", None),
        ("1,000.5", None),
        ("1.000,5", None),
        ("1,5,0", None),
        ("abc", None),
        ("", None),
    ],
)
def test_a_typed_setting_is_never_misread(typed, read_as):
    if read_as is None:
        with pytest.raises(ValidationError):
            parse_setting("notes_max_chars", typed, whole=False)
    else:
        assert parse_setting("notes_max_chars", typed, whole=False) == read_as


def test_printed_sheets_keep_english_dates_and_numbers_on_a_polish_computer(qapp):
    """The sheets are not translated yet: no Polish date or decimal comma inside English."""
    from ivigmon import app

    QLocale.setDefault(QLocale(QLocale.Language.Polish))  # a Polish computer, as the CLI sees it
    try:
        app._printed_sheet_application()
        assert when(datetime(2026, 3, 1, 8, 5)) == "2026-03-01 08:05"
        assert number(1.5) == "1.5"
    finally:
        install_language(qapp, ENGLISH)
