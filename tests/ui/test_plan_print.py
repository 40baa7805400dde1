"""The printed rate plan: from the start form and from the bedside (a print preview), and as a
PDF file; the page names the patient, the product, the weight and its basis, the steps, the
total, the end, what sets the maximum, the sources, and who printed it when."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintPreviewDialog

from ivigmon.domain.codes import Diagnosis, WeightBasis
from ivigmon.domain.models import RateStep
from ivigmon.services.plan_sheet import plan_sheet, sheet_for
from ivigmon.services.rate_plan import PlanRequest
from ivigmon.ui.infusion_window import InfusionWindow
from ivigmon.ui.plan_print import plan_html, write_pdf
from tests.factories import make_patient, start_infusion

from .conftest import settle


def printed_text(dialog: QPrintPreviewDialog | None) -> str:
    assert dialog is not None and dialog.isVisible()
    document = dialog.findChild(QTextDocument)
    assert document is not None
    text = document.toPlainText()
    dialog.reject()
    return text


def test_the_start_form_prints_its_plan_with_the_patient_and_the_weights_basis(
    qtbot, ctx, events, show
):
    make_patient(ctx, diagnoses=(Diagnosis.JDM,))
    window = InfusionWindow(ctx, events, mrn="K-0001")
    show(window)
    page = window.start_page
    assert page is not None
    assert not page.print_button.isEnabled()  # no plan yet
    page.product.setCurrentIndex(page.product.findData("octagam_10"))
    page.indication.setCurrentIndex(page.indication.findData("JDM"))
    page.weight.setText("20")
    page.basis.setCurrentIndex(page.basis.findData("adjusted"))
    page.dose.setText("40")
    settle(qtbot)
    assert page.print_button.isEnabled()
    text = printed_text(page.print_plan())
    for expected in (
        "Ada Nowak",
        "K-0001",
        "2019-04-02",
        "Octagam 10%",
        "10 % (100 mg/mL)",
        "20 kg (adjusted weight)",
        "40 g = 2.00 g/kg",
        "JDM - juvenile dermatomyositis",
        # Octagam 10 % in dermatomyositis from now (12:00): 1, 2, then at most 4 mg/kg/min.
        "12:00\n12:30\n12.0\n0.60\n1.00\n6",
        "13:00\n20:58\n48.0\n2.40\n4.00\n382",
        "Total volume 400 mL · expected end 2026-03-10 20:58",
        "The maximum is set by the label maximum for JDM: 4 mg/kg/min",
        "Label rates: Octagam 10% US prescribing information",
        "Ward ceiling 240 mL/h",
        "Printed 2026-03-10 12:00 by nurse.test.",
    ):
        assert expected in text, expected


def test_the_bedside_prints_the_infusions_plan(qtbot, ctx, events, show):
    make_patient(ctx)
    started = start_infusion(
        ctx,
        product_id="octagam_10",
        dosing_weight_basis=WeightBasis.ADJUSTED,
        start=datetime(2026, 3, 10, 11, 45),
        rate_steps=(RateStep(datetime(2026, 3, 10, 11, 45), 8.5),),
    )
    window = InfusionWindow(ctx, events, mrn="K-0001", infusion_id=started.id)
    show(window)
    page = window.run_page
    assert page is not None and page.print_button.isVisibleTo(page)
    text = printed_text(page.print_plan())
    assert "Ada Nowak" in text and "K-0001" in text
    assert "14.2 kg (adjusted weight)" in text
    assert "11:45\n12:15\n8.5" in text  # 1 mg/kg/min = 8.52 mL/h, rounded down


def test_a_plan_without_a_patient_says_the_weight_is_as_given(ctx):
    sheet = sheet_for(
        ctx,
        PlanRequest("privigen", 16.0, 32.0, datetime(2026, 3, 10, 9, 0)),
        basis=None,
    )
    page = plan_html(sheet)
    assert "Patient" not in page and "MRN" not in page
    assert "16 kg</b> (as given)" in page
    # Privigen names no steps or interval: the nurse raises as tolerated, no end is known.
    assert "as tolerated" in page and "expected end <b>not known</b>" in page


def test_a_plan_with_a_patient_from_the_command_line_names_them(ctx):
    make_patient(ctx, name="Ben <b>Roe</b>", diagnoses=(Diagnosis.KD,), birth_date=date(2020, 1, 2))
    sheet = sheet_for(
        ctx,
        PlanRequest("privigen", 16.0, 32.0, datetime(2026, 3, 10, 9, 0), mrn="K-0001"),
        basis=None,
    )
    assert sheet.patient is not None and sheet.indication is Diagnosis.KD
    page = plan_html(sheet)
    assert "Ben &lt;b&gt;Roe&lt;/b&gt;" in page  # stored text never becomes markup
    assert "2020-01-02" in page


def test_the_pdf_is_written_whole_under_its_name(qapp, ctx, tmp_path: Path):
    make_patient(ctx)
    plan = sheet_for(
        ctx, PlanRequest("panzyga", 20.0, 40.0, datetime(2026, 3, 10, 9, 0)), basis=None
    ).plan
    sheet = plan_sheet(ctx, plan, basis=WeightBasis.ACTUAL, indication=None)
    target = tmp_path / "plan.pdf"
    assert write_pdf(sheet, target) == target
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir() if "plan" in p.name] == ["plan.pdf"]
