"""The bedside vital-sign form shows each sign's level as it is typed, and saves alarming values."""

from __future__ import annotations

from ivigmon.services.history import load_history
from tests.factories import make_patient, start_infusion

from .conftest import outcome
from .test_infusion_window import bedside


def test_each_typed_sign_shows_its_level_in_words_with_limit_and_source(qtbot, ctx, events, show):
    make_patient(ctx)
    started = start_infusion(ctx)  # Ada, 6 y 11 m at the start: the 4-12 y band
    page = bedside(ctx, events, show, started.id).run_page
    dialog = page.add_vitals()
    qtbot.keyClicks(dialog.entry.edits["hr"], "135")
    assert dialog.levels.lines[0] == (
        "▲ ALERT  heart rate 135/min - limit >= 130/min, age 4-12 y: Bedside PEWS, Parshuram 2009"
    )
    qtbot.keyClicks(dialog.entry.edits["spo2"], "84")
    assert dialog.levels.lines[0].startswith("▲▲ URGENT  SpO2 84 % - limit < 85 %: paediatric")
    assert dialog.levels.lines[1].startswith("▲ ALERT  heart rate 135/min")
    dialog.entry.edits["spo2"].clear()
    dialog.entry.edits["hr"].clear()
    qtbot.keyClicks(dialog.entry.edits["hr"], "112")
    assert dialog.levels.lines == [
        "◔ watch  heart rate 112/min - limit >= 110/min, age 4-12 y: Bedside PEWS, Parshuram 2009"
    ]
    dialog.entry.edits["hr"].clear()
    qtbot.keyClicks(dialog.entry.edits["hr"], "100")
    assert dialog.levels.lines == ["✓ within limits  heart rate 100/min"]


def test_an_alarming_reading_is_saved_and_an_impossible_one_refused(qtbot, ctx, events, show):
    make_patient(ctx)
    started = start_infusion(ctx)
    page = bedside(ctx, events, show, started.id).run_page
    dialog = page.add_vitals()
    qtbot.keyClicks(dialog.entry.edits["hr"], "900")
    assert dialog.levels.lines[0].startswith("✗ Heart rate (/min): ")
    assert not outcome(qtbot, dialog.save())
    assert dialog.message.text().startswith("⚠ Heart rate (/min): ")
    assert load_history(ctx, "K-0001").infusion(started.id).vitals == ()
    dialog.entry.edits["hr"].clear()
    qtbot.keyClicks(dialog.entry.edits["hr"], "160")
    assert dialog.levels.lines[0].startswith("▲▲ URGENT  heart rate 160/min")
    assert outcome(qtbot, dialog.save())
    assert [v.hr for v in load_history(ctx, "K-0001").infusion(started.id).vitals] == [160]


def test_a_reading_timed_at_the_start_is_shown_as_baseline(qtbot, ctx, events, show):
    make_patient(ctx)
    started = start_infusion(ctx)  # at 08:00
    page = bedside(ctx, events, show, started.id).run_page
    dialog = page.add_vitals()
    qtbot.keyClicks(dialog.entry.at, "08:00")
    qtbot.keyClicks(dialog.entry.edits["hr"], "160")
    assert dialog.levels.lines == [
        "Timed at or before the start: a baseline reading, not compared with the limits."
    ]


def test_the_bedside_shows_the_infusions_open_alerts(qtbot, ctx, events, show):
    make_patient(ctx)
    started = start_infusion(ctx)
    page = bedside(ctx, events, show, started.id).run_page
    assert page.alerts.isHidden()
    dialog = page.add_vitals()
    qtbot.keyClicks(dialog.entry.edits["hr"], "160")
    assert outcome(qtbot, dialog.save())
    qtbot.waitUntil(lambda: page.alerts.isVisible())
    first = page.alerts.text().removeprefix("⚠ ").split("\n")[0]
    assert first.startswith("▲▲ URGENT since 2026-03-10 12:00: heart rate 160/min: urgent")


def test_the_form_keeps_its_rows_together_while_the_levels_grow(qtbot, ctx, events, show):
    # Before: the room the wrapped levels might need at the dialog's narrowest was spread over
    # every row, the title floating down from the top with gaps between the rows.
    from PySide6.QtWidgets import QApplication

    make_patient(ctx)
    started = start_infusion(ctx)
    page = bedside(ctx, events, show, started.id).run_page
    dialog = page.add_vitals()
    qtbot.waitExposed(dialog)
    for field, value in (("temp_c", "37.2"), ("hr", "90"), ("sbp", "110"), ("rr", "18")):
        qtbot.keyClicks(dialog.entry.edits[field], value)
    QApplication.processEvents()
    assert len(dialog.levels.lines) == 4
    for part in (dialog.heading, dialog.entry, dialog.levels):
        assert part.height() <= part.sizeHint().height() + 2, type(part).__name__
