"""A form with several problems shows them all at once, each beside its field; a rate problem
is said once, in words."""

from __future__ import annotations

from ivigmon.services.history import load_history
from ivigmon.ui.infusion_window import InfusionWindow
from ivigmon.ui.patients_page import PatientsPage
from tests.factories import make_patient, start_infusion

from .conftest import outcome
from .test_infusion_window import bedside


def lines(bar) -> list[str]:
    return bar.text().removeprefix("⚠ ").split("\n")


def test_the_start_form_names_every_problem_at_once(qtbot, ctx, events, show):
    make_patient(ctx)
    window = InfusionWindow(ctx, events, mrn="K-0001")
    show(window)
    form = window.start_page
    qtbot.keyClicks(form.dose, "28")
    qtbot.keyClicks(form.first_rate, "fast")
    assert outcome(qtbot, form.start()) is False
    assert lines(form.message) == [
        "Product: choose the product from the catalogue",
        "Lot: type at least one lot number",
        "Label use: choose on label or off label",
        "First pump rate (mL/h): must be a number (got 'fast')",
    ]
    for widget in (form.product, form.lots[0].lot, form.label_use, form.first_rate):
        assert widget.property("invalid") is True
    assert load_history(ctx, "K-0001").infusions == ()


def test_the_start_forms_premedication_and_baseline_problems_come_together(
    qtbot, ctx, events, show
):
    make_patient(ctx)
    window = InfusionWindow(ctx, events, mrn="K-0001")
    show(window)
    form = window.start_page
    form.product.setCurrentIndex(form.product.findData("privigen"))
    qtbot.keyClicks(form.lots[0].lot, "P123")
    form.label_use.setCurrentIndex(1)
    qtbot.keyClicks(form.dose, "28")
    qtbot.keyClicks(form.premeds[0].dose, "210 mg")  # no drug, no class
    qtbot.keyClicks(form.vitals.edits["temp_c"], "98.6")  # Fahrenheit
    qtbot.keyClicks(form.vitals.edits["spo2"], "150")
    assert outcome(qtbot, form.start()) is False
    found = lines(form.message)
    assert [line.split(":")[0] for line in found] == [
        "Premedication drug",
        "Premedication class",
        "Temperature (°C)",
        "SpO2 (%)",
    ]


def test_vital_signs_with_three_wrong_readings_show_all_three(qtbot, ctx, events, show):
    make_patient(ctx)
    started = start_infusion(ctx)
    page = bedside(ctx, events, show, started.id).run_page
    dialog = page.add_vitals()
    qtbot.keyClicks(dialog.entry.edits["temp_c"], "98.6")
    qtbot.keyClicks(dialog.entry.edits["hr"], "1200")
    qtbot.keyClicks(dialog.entry.edits["spo2"], "150")
    assert outcome(qtbot, dialog.save()) is False
    assert [line.split(":")[0] for line in lines(dialog.message)] == [
        "Temperature (°C)",
        "Heart rate (/min)",
        "SpO2 (%)",
    ]
    for field in ("temp_c", "hr", "spo2"):
        assert dialog.entry.edits[field].property("invalid") is True
    assert load_history(ctx, "K-0001").infusion(started.id).vitals == ()


def test_the_patient_and_measurement_form_names_every_problem_at_once(qtbot, ctx, events, show):
    page = PatientsPage(ctx, events)
    show(page)
    dialog = page.register_patient()
    qtbot.keyClicks(dialog.mrn, "K-0100")
    qtbot.keyClicks(dialog.birth_date, "2018-13-40")
    qtbot.keyClicks(dialog.weight_edit, "3200")
    qtbot.keyClicks(dialog.height_edit, "abc")
    assert outcome(qtbot, dialog.save()) is False
    assert [line.split(":")[0] for line in lines(dialog.message)] == [
        "Name",
        "Sex",
        "Birth date",
        "Primary diagnosis",
        "Weight (kg)",
        "Height (cm)",
    ]


def test_a_rate_problem_is_said_in_words_while_typing(qtbot, ctx, events, show):
    make_patient(ctx)
    started = start_infusion(ctx)
    page = bedside(ctx, events, show, started.id).run_page
    qtbot.keyClicks(page.rate, "abc")
    assert page.rate_steps.preview.text() == "New pump rate (mL/h): must be a number (got 'abc')"
