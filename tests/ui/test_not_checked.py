"""A product without rate limits is never shown as "within label": the bedside step column, its
preview and message, the start form's product list and first rate, the worklist panel and the CLI
say that its steps are checked against the ward ceiling only."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from ivigmon.cli import main
from ivigmon.domain.models import Measurement
from ivigmon.domain.rate_check import CEILING_ONLY
from ivigmon.services import infusions
from ivigmon.services.bedside import start_defaults
from ivigmon.ui.infusion_start_page import InfusionStartPage
from ivigmon.ui.infusion_window import InfusionWindow
from ivigmon.ui.wording import NO_LIMITS_MARK
from ivigmon.ui.worklist_page import WorklistPage
from tests.factories import make_patient, start_infusion

from .conftest import settle

TWENTY_KG = (Measurement(at=datetime(2026, 3, 1, 8, 0), weight_kg=20.0, height_cm=115.0),)


def intratect_infusion(ctx, **overrides) -> str:
    make_patient(ctx, measurements=TWENTY_KG)
    overrides.setdefault("dosing_weight_kg", 20.0)
    overrides.setdefault("dose_g", 40.0)
    return start_infusion(ctx, product_id="intratect_10", **overrides).id


def test_intratect_at_500_ml_per_h_in_a_20_kg_child_passes_the_ward_ceiling(
    qtbot, ctx, events, show
):
    infusion_id = intratect_infusion(ctx)
    window = InfusionWindow(ctx, events, mrn="K-0001", infusion_id=infusion_id)
    show(window)
    page = window.run_page
    assert page is not None
    assert CEILING_ONLY in page.rate_steps.preview.text()
    assert page.rate_steps.limits.text().startswith(f"Rates are {CEILING_ONLY} (Intratect 10%")

    qtbot.keyClicks(page.rate, "500")
    # 500 mL/h / 20 kg x 100 mg/mL / 60 = 41.67 mg/kg/min: no rate limit, but above the ward
    # ceiling of 240 mL/h.
    assert "41.67 mg/kg/min" in page.rate_steps.preview.text()
    assert page.rate_steps.preview.text().endswith(CEILING_ONLY)
    assert "Above the ward ceiling: 500 mL/h > 240 mL/h" in page.rate_steps.preview_warning.text()
    with qtbot.waitSignal(events.infusion_logged, timeout=2000):
        qtbot.keyClick(page.rate, Qt.Key.Key_Return)
    settle(qtbot)
    cell = page.steps.index(0, 4)
    # The cell names the limit in a few words; its tooltip has the whole warning.
    assert cell.data() == "⚠ above the ward ceiling 240 mL/h (all products)"
    assert "500 mL/h > 240 mL/h" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert CEILING_ONLY in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert "Checked against the ward ceiling only: no rate limits for this product." in (
        page.step_message.text()
    )


def test_a_step_within_the_ward_ceiling_says_ceiling_only(qtbot, ctx, events, show):
    infusion_id = intratect_infusion(ctx)
    window = InfusionWindow(ctx, events, mrn="K-0001", infusion_id=infusion_id)
    show(window)
    page = window.run_page
    assert page is not None
    qtbot.keyClicks(page.rate, "60")
    assert page.rate_steps.preview.text().endswith(CEILING_ONLY)
    with qtbot.waitSignal(events.infusion_logged, timeout=2000):
        qtbot.keyClick(page.rate, Qt.Key.Key_Return)
    settle(qtbot)
    assert page.steps.index(0, 4).data() == CEILING_ONLY
    assert "within label" not in page.steps.index(0, 4).data()
    assert page.steps.index(0, 4).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "Checked against the ward ceiling only: no rate limits for this product." in (
        page.step_message.text()
    )


def test_a_checked_product_still_says_within_label(qtbot, ctx, events, show):
    make_patient(ctx)
    infusion_id = start_infusion(ctx).id
    window = InfusionWindow(ctx, events, mrn="K-0001", infusion_id=infusion_id)
    show(window)
    page = window.run_page
    assert page is not None
    assert CEILING_ONLY not in page.rate_steps.preview.text()
    qtbot.keyClicks(page.rate, "4")
    assert CEILING_ONLY not in page.rate_steps.preview.text()
    with qtbot.waitSignal(events.infusion_logged, timeout=2000):
        qtbot.keyClick(page.rate, Qt.Key.Key_Return)
    settle(qtbot)
    assert page.steps.index(0, 4).data() == "within label"
    assert "ward ceiling only" not in page.step_message.text()


def test_the_start_form_marks_products_without_limits_and_the_first_rate(qtbot, ctx, events, show):
    make_patient(ctx, measurements=TWENTY_KG)
    page = InfusionStartPage(ctx, events, start_defaults(ctx, "K-0001"))
    show(page)
    items = {
        page.product.itemData(i): page.product.itemText(i) for i in range(page.product.count())
    }
    for product_id in ("intratect_5", "intratect_10", "gammagard_sd"):
        assert items[product_id].endswith(f"({NO_LIMITS_MARK})")
    assert NO_LIMITS_MARK not in items["privigen"]
    page.product.setCurrentIndex(page.product.findData("intratect_10"))
    page.weight.setText("20")
    page.dose.setText("40")
    page.first_rate.setText("200")
    page.update_figures()
    assert page.rates.text().startswith(
        f"First rate 200 mL/h = 10.00 mL/kg/h = 16.67 mg/kg/min: {CEILING_ONLY}\n"
    )
    assert "within label" not in page.rates.text()


def test_the_worklist_panel_says_the_ward_ceiling_only(ctx, events, show):
    infusion_id = intratect_infusion(ctx, start=datetime(2026, 3, 9, 8, 0))
    infusions.add_rate_step(ctx, infusion_id, at=datetime(2026, 3, 9, 8, 0), ml_per_h=500.0)
    infusions.end_infusion(ctx, infusion_id, end=datetime(2026, 3, 9, 11, 0))
    page = WorklistPage(ctx, events)
    show(page)
    page.table.selectRow(0)
    # The screen names the factor in words; the command line below keeps its code.
    assert f"Rapid rate {CEILING_ONLY} (Intratect 10% has no" in page.assessment.notes.text()


def test_the_command_line_risk_says_the_ward_ceiling_only(ctx, db_path, capsys):
    infusion_id = intratect_infusion(ctx, start=datetime(2026, 3, 9, 8, 0))
    infusions.add_rate_step(ctx, infusion_id, at=datetime(2026, 3, 9, 8, 0), ml_per_h=500.0)
    ctx.store.close()
    assert main(["--db", str(db_path), "risk", "K-0001"]) == 0
    printed = capsys.readouterr().out
    assert f"note: RAPID_RATE {CEILING_ONLY} (Intratect 10% has no confirmed" in printed
    assert "above the ward ceiling 240 mL/h (all products)" in printed
