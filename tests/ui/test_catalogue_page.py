"""The catalogue page in Settings: label values beside local ones, edited by administrators;
several problems shown at once; local brands added; products retired, never deleted."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ivigmon.domain.models import Measurement
from ivigmon.domain.products import LocalField, LocalValues
from ivigmon.services import products
from ivigmon.services.bedside import start_defaults
from ivigmon.ui.catalogue_page import CataloguePage
from ivigmon.ui.infusion_start_page import InfusionStartPage
from ivigmon.ui.infusion_window import InfusionWindow
from ivigmon.ui.main_window import NAVIGATION, MainWindow
from ivigmon.ui.wording import NO_LIMITS_MARK
from tests.factories import make_patient, start_infusion

from .conftest import add_accounts, outcome, settle
from .test_keyboard import mnemonic_faults

NOTE = "Ward IVIG protocol 2026 s.4"
TWENTY_KG = (Measurement(at=datetime(2026, 3, 1, 8, 0), weight_kg=20.0, height_cm=115.0),)


def page_on(ctx, events, show, product_id: str) -> CataloguePage:
    page = CataloguePage(ctx, events)
    page.resize(1200, 650)
    show(page)
    page.refresh(select=product_id)
    assert page.entry is not None and page.entry.label.id == product_id
    return page


def type_local(page: CataloguePage, name: LocalField, value: str, note: str = NOTE) -> None:
    page.rows[name].value.setText(value)
    page.rows[name].note.setText(note)


def row_text(page: CataloguePage, product_id: str, column: int) -> str:
    ids = [e.label.id for e in page.model.rows()]
    return str(page.model.index(ids.index(product_id), column).data())


def test_an_administrator_enters_local_limits_beside_the_empty_label(qtbot, ctx, events, show):
    page = page_on(ctx, events, show, "intratect_10")
    assert row_text(page, "intratect_10", 7) == "no rate limits: ward ceiling only"
    assert page.rows[LocalField.MAX_RATE].label.text() == "-"
    type_local(page, LocalField.INITIAL_RATE, "0,5")
    type_local(page, LocalField.MAX_RATE, "8")
    type_local(page, LocalField.STEPS, "1; 2; 4")
    with qtbot.waitSignal(events.settings_changed, timeout=5000):
        assert outcome(qtbot, page.save()) is True
    settle(qtbot)
    entry = products.catalogue_entry(ctx, "intratect_10")
    assert (entry.local.initial_rate, entry.local.max_rate, entry.local.steps) == (
        0.5,
        8.0,
        (1.0, 2.0, 4.0),
    )
    assert entry.local.note(LocalField.STEPS) == NOTE
    assert entry.label.max_rate is None  # the label is never overwritten
    assert ctx.products()["intratect_10"].max_rate == 8.0
    assert row_text(page, "intratect_10", 4) == "8 (local)"
    assert row_text(page, "intratect_10", 7) == "label missing"
    assert page.rows[LocalField.MAX_RATE].in_force.text() == "8 (local)"
    assert page.rows[LocalField.MAX_RATE].label.text() == "-"
    assert page.message.text().startswith("Saved the local values of Intratect 10%")


def test_the_label_value_is_shown_beside_a_lower_local_maximum(qtbot, ctx, events, show):
    page = page_on(ctx, events, show, "privigen")
    assert page.rows[LocalField.MAX_RATE].label.text() == "8"
    type_local(page, LocalField.MAX_RATE, "6")
    assert outcome(qtbot, page.save()) is True
    settle(qtbot)
    row = page.rows[LocalField.MAX_RATE]
    assert (row.label.text(), row.value.text(), row.in_force.text()) == ("8", "6", "6 (local)")
    assert page.rows[LocalField.INITIAL_RATE].in_force.text() == "0.5"


def test_every_problem_is_shown_at_once_and_nothing_is_stored(qtbot, ctx, events, show):
    page = page_on(ctx, events, show, "intratect_10")
    type_local(page, LocalField.INITIAL_RATE, "fast")
    type_local(page, LocalField.MAX_RATE, "0")
    type_local(page, LocalField.STEP_MINUTES, "15", note="")
    type_local(page, LocalField.STEPS, "2;1")
    assert outcome(qtbot, page.save()) is False
    lines = page.message.text().removeprefix("⚠ ").splitlines()
    assert lines == [
        "Initial rate: must be a number (got 'fast')",
        "Maximum: must be more than 0 mg/kg/min (got 0)",
        "Later steps, minutes: needs a source note (the protocol or document it comes from)",
        "Step list: must increase from one step to the next (1 after 2)",
    ]
    for name in (
        LocalField.INITIAL_RATE,
        LocalField.MAX_RATE,
        LocalField.STEP_MINUTES,
        LocalField.STEPS,
    ):
        assert page.rows[name].value.property("invalid") is True
    assert page.rows[LocalField.MAX_RATE].value.text() == "0"  # kept as typed
    assert products.catalogue_entry(ctx, "intratect_10").local.given == ()


def test_one_problem_names_its_field(qtbot, ctx, events, show):
    page = page_on(ctx, events, show, "privigen")
    type_local(page, LocalField.INITIAL_RATE, "9")
    assert outcome(qtbot, page.save()) is False
    assert page.message.text() == (
        "⚠ Initial rate: must not be above the maximum 8 mg/kg/min (label) (got 9)"
    )
    assert QApplication.focusWidget() is page.rows[LocalField.INITIAL_RATE].value


def test_a_local_brand_is_added_and_a_product_retired_and_returned(qtbot, ctx, events, show):
    make_patient(ctx)
    page = page_on(ctx, events, show, "privigen")
    dialog = page.add_product()
    dialog.product_id.setText("octanorm_16")
    dialog.name.setText("Octanorm 16.5%")
    dialog.maker.setText("Octapharma")
    dialog.concentration.setText("16,5")
    dialog.source.setText("Pharmacy formulary 2026")
    with qtbot.waitSignal(dialog.product_added, timeout=5000):
        assert outcome(qtbot, dialog.save()) is True
    settle(qtbot)
    assert page.entry is not None and page.entry.label.id == "octanorm_16"
    assert row_text(page, "octanorm_16", 7) == "no rate limits: ward ceiling only"
    assert "Enter its local limits" in page.message.text()

    again = page.add_product()
    again.product_id.setText("octanorm_16")
    again.name.setText("Privigen")
    again.maker.setText("")
    again.concentration.setText("30")
    again.source.setText("x")
    assert outcome(qtbot, again.save()) is False
    assert again.message.text().removeprefix("⚠ ").splitlines() == [
        "Id: is already in the catalogue",
        "Name: is already the name of privigen",
        "Maker: must not be empty",
        "Concentration (%): must be at most 20 % (got 30)",
    ]
    again.reject()

    assert page.retire_button.text() == "&Retire product"
    assert outcome(qtbot, page.toggle_retired()) is True
    settle(qtbot)
    assert row_text(page, "octanorm_16", 7) == "retired"
    assert page.retire_button.text() == "&Return to use"
    assert "octanorm_16" in ctx.products()
    start = InfusionStartPage(ctx, events, start_defaults(ctx, "K-0001"))
    show(start)
    offered = [start.product.itemData(i) for i in range(start.product.count())]
    assert "octanorm_16" not in offered and "privigen" in offered
    assert outcome(qtbot, page.toggle_retired()) is True
    settle(qtbot)
    assert row_text(page, "octanorm_16", 7) == "no rate limits: ward ceiling only"


def test_everyone_else_reads_the_catalogue_without_changing_it(qtbot, ctx, events, show):
    add_accounts(ctx, sign_in="nora")
    window = MainWindow(ctx, events)
    show(window)
    window.show_page(NAVIGATION.index("Settings"))
    page = window.settings.catalogue
    window.settings.tabs.setCurrentWidget(page)
    settle(qtbot)
    assert page.model.rowCount() == 15
    assert page.rows[LocalField.MAX_RATE].value.isReadOnly()
    assert page.rows[LocalField.MAX_RATE].note.isReadOnly()
    for button in (page.save_button, page.add_button, page.retire_button):
        assert not button.isEnabled()
        assert "nurses may not edit the product catalogue" in button.toolTip()


def test_the_bedside_and_start_form_use_the_local_limits(qtbot, ctx, events, show):
    make_patient(ctx, measurements=TWENTY_KG)
    products.set_local_values(
        ctx,
        "intratect_10",
        LocalValues.from_values({LocalField.MAX_RATE: 8.0}, {"max_rate": NOTE}),
    )
    start = InfusionStartPage(ctx, events, start_defaults(ctx, "K-0001"))
    show(start)
    index = start.product.findData("intratect_10")
    assert NO_LIMITS_MARK not in start.product.itemText(index)
    started = start_infusion(ctx, product_id="intratect_10", dosing_weight_kg=20.0, dose_g=40.0)
    window = InfusionWindow(ctx, events, mrn="K-0001", infusion_id=started.id)
    show(window)
    page = window.run_page
    assert page is not None
    assert page.rate_steps.limits.text() == (
        f"Rate limits for this child: Maximum (local limit: {NOTE}): 8 mg/kg/min = 96 mL/h;"
        " Ward ceiling (every product): 240 mL/h"
    )
    for rate in ("96", "500"):
        page.rate.setText(rate)
        with qtbot.waitSignal(events.infusion_logged, timeout=2000):
            qtbot.keyClick(page.rate, Qt.Key.Key_Return)
        settle(qtbot)
    assert page.steps.index(0, 4).data() == "within local limits"
    # The cell names the limit in a few words; its tooltip has the whole warning.
    assert page.steps.index(1, 4).data() == f"⚠ above the maximum 8 mg/kg/min (local limit: {NOTE})"
    assert f"41.67 mg/kg/min > 8 mg/kg/min (Intratect 10%; local limit: {NOTE})" in (
        page.steps.index(1, 4).data(Qt.ItemDataRole.ToolTipRole)
    )
    assert f"local limit: {NOTE}" in page.step_message.text()


def test_the_catalogue_tab_and_the_add_dialog_have_unique_working_mnemonics(
    qtbot, ctx, events, show
):
    window = MainWindow(ctx, events)
    show(window)
    window.show_page(NAVIGATION.index("Settings"))
    window.settings.tabs.setCurrentWidget(window.settings.catalogue)
    settle(qtbot)
    faults = mnemonic_faults(window, "catalogue")
    dialog = window.settings.catalogue.add_product()
    qtbot.waitExposed(dialog)
    faults += mnemonic_faults(dialog, "add local brand")
    dialog.reject()
    assert faults == [], "\n".join(faults)
