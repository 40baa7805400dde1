"""The rate plan on the start form, and the next step with its quiet reminder at the bedside."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from ivigmon.domain.codes import Diagnosis
from ivigmon.domain.models import RateStep
from ivigmon.services import infusions
from ivigmon.ui.infusion_window import InfusionWindow
from ivigmon.ui.rate_plan_view import PlanColumn
from ivigmon.ui.wording import LOCKED_TITLE
from tests.factories import NOW, THIS_MORNING, make_patient, start_infusion

from .conftest import settle


def test_the_plan_appears_on_the_start_form_once_product_weight_and_dose_are_typed(
    qtbot, ctx, events, show
):
    make_patient(ctx, diagnoses=(Diagnosis.JDM,))
    window = InfusionWindow(ctx, events, mrn="K-0001")
    show(window)
    page = window.start_page
    assert page is not None
    page.product.setCurrentIndex(page.product.findData("octagam_10"))
    page.indication.setCurrentIndex(page.indication.findData("JDM"))
    page.weight.setText("20")
    assert page.plan.model.rowCount() == 0
    assert "once the product, the dosing weight and the dose" in page.plan.summary.text()
    page.dose.setText("40")
    settle(qtbot)
    model = page.plan.model
    rows = [[model.data(model.index(r, c)) for c in PlanColumn] for r in range(model.rowCount())]
    # Octagam 10 % in dermatomyositis from now (12:00): 1, 2, then at most 4 mg/kg/min.
    assert rows == [
        ["12:00", "12:30", "12.0", "0.60", "1.00", "6"],
        ["12:30", "13:00", "24.0", "1.20", "2.00", "12"],
        ["13:00", "20:58", "48.0", "2.40", "4.00", "382"],
    ]
    summary = page.plan.summary.text()
    assert "Total 400 mL · expected end 2026-03-10 20:58" in summary
    assert "The maximum is set by the label maximum for JDM: 4 mg/kg/min" in summary
    assert page.plan.table.isVisibleTo(page)


def test_the_bedside_says_when_the_next_step_is_due_and_reminds_quietly(
    qtbot, ctx, clock, events, show
):
    make_patient(ctx)
    # Octagam 10 % for 14.2 kg from 11:45 at 1 mg/kg/min (8.52 -> 8.5 mL/h on the plan).
    started = start_infusion(
        ctx,
        product_id="octagam_10",
        start=datetime(2026, 3, 10, 11, 45),
        rate_steps=(RateStep(datetime(2026, 3, 10, 11, 45), 8.5),),
    )
    window = InfusionWindow(ctx, events, mrn="K-0001", infusion_id=started.id)
    show(window)
    page = window.run_page
    assert page is not None
    # 2 mg/kg/min = 17.04 -> 17 mL/h, 30 min after the first rate was set.
    assert page.next_step.text() == "next: 17.0 mL/h at 12:15"
    assert "Rate plan:" in page.next_step.toolTip()
    assert not window.windowTitle().startswith("Rate step due")
    assert window.statusBar().currentMessage() == ""
    clock.now = datetime(2026, 3, 10, 12, 15)
    page.reload()
    assert page.next_step.text() == "next: 17.0 mL/h at 12:15 - due now"
    assert window.windowTitle().startswith("Rate step due - Bedside infusion")
    assert window.statusBar().currentMessage().startswith("Rate step due since 12:15: 17.0 mL/h")
    # The step taken: the next one is 30 min later, and the reminder goes.
    infusions.add_rate_step(ctx, started.id, at=clock.now, ml_per_h=17.0)
    page.reload()
    assert page.next_step.text() == "next: 34.0 mL/h at 12:45"
    assert window.windowTitle().startswith("Bedside infusion")
    assert window.statusBar().currentMessage() == ""


def test_no_next_step_once_the_volume_is_given_or_the_infusion_ended(qtbot, ctx, events, show):
    make_patient(ctx)
    started = start_infusion(ctx, product_id="octagam_10", dose_g=2.0)
    infusions.add_rate_step(ctx, started.id, at=THIS_MORNING, ml_per_h=8.5)
    assert NOW > THIS_MORNING
    window = InfusionWindow(ctx, events, mrn="K-0001", infusion_id=started.id)
    show(window)
    # 20 mL at 8.5 mL/h since 08:00 is given by 10:22: nothing left to raise.
    assert window.run_page is not None
    assert not window.run_page.next_step.isVisibleTo(window.run_page)


def test_the_locked_window_shows_no_reminder(qtbot, ctx, clock, events, show):
    make_patient(ctx)
    started = start_infusion(
        ctx,
        product_id="octagam_10",
        start=datetime(2026, 3, 10, 11, 0),
        rate_steps=(RateStep(datetime(2026, 3, 10, 11, 0), 8.5),),
    )
    window = InfusionWindow(ctx, events, mrn="K-0001", infusion_id=started.id)
    show(window)
    assert window.windowTitle().startswith("Rate step due")
    window.set_locked(True)
    assert window.windowTitle() == LOCKED_TITLE
    assert window.statusBar().currentMessage() == ""
    assert window.run_page is not None
    window.run_page.reload()  # the minute's reload while locked
    assert window.windowTitle() == LOCKED_TITLE
    window.set_locked(False)
    assert window.windowTitle().startswith("Rate step due - Bedside infusion")


def test_every_plan_column_header_is_shown_whole_at_1366x768(qtbot, ctx, events, show):
    # Before: six equal columns cut "Pump mL/h", "mg/kg/min" and "Volume mL".
    make_patient(ctx, diagnoses=(Diagnosis.JDM,))
    window = InfusionWindow(ctx, events, mrn="K-0001")
    show(window)
    window.resize(1366, 700)
    page = window.start_page
    assert page is not None
    page.product.setCurrentIndex(page.product.findData("octagam_10"))
    page.weight.setText("20")
    page.dose.setText("40")
    settle(qtbot)
    header = page.plan.table.horizontalHeader()
    model = page.plan.model
    for column in PlanColumn:
        text = str(model.headerData(column, Qt.Orientation.Horizontal))
        # What the header needs for its text with the style's padding.
        needed = header.sectionSizeFromContents(column).width()
        assert needed <= header.sectionSize(column), text
