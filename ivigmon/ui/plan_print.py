"""The rate plan on paper: one page laid out for black and white, shown in a print preview or
written to a PDF file."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from ivigmon.domain.rate_plan import PlanStep
from ivigmon.services.plan_sheet import PlanSheet
from ivigmon.services.rate_plan import describe_maximum
from ivigmon.ui import paged_print
from ivigmon.ui.rate_plan_view import AS_TOLERATED
from ivigmon.ui.wording import (
    SEX_WORDS,
    WEIGHT_BASIS_WORDS,
    day,
    diagnosis_text,
    number,
    short_when,
    when,
)

TITLE = "IVIG rate plan"
HEADERS = ("From", "To", "Pump mL/h", "mL/kg/h", "mg/kg/min", "Volume mL")
# The page's margins are QTextDocument's own when it prints (2 cm), so the device adds none.
MARGIN_MM = 0.0
# Points: the body in 10 pt reads on paper; the table's figures keep to one line.
BODY_PT = 11
STYLE = f"""
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: {BODY_PT}pt; color: black; }}
h1 {{ font-size: 16pt; }}
h2 {{ font-size: 12pt; }}
th {{ font-weight: bold; }}
td.n {{ text-align: right; }}
p.small {{ font-size: 8pt; }}
"""


def plan_html(sheet: PlanSheet) -> str:
    """The page as rich text: only black, bold and rules carry meaning (no colour)."""
    plan = sheet.plan
    parts = [
        f"<html><head><style>{STYLE}</style></head><body>",
        f"<h1>{TITLE}</h1>",
        # Who printed it and when, at the top: on the first page however long the plan.
        f'<p class="small">Printed {_e(when(sheet.printed_at))} by {_e(sheet.printed_by)}.'
        f" {_e(sheet.disclaimer)}</p>",
    ]
    facts: list[tuple[str, str]] = []
    patient = sheet.patient
    if patient is not None:
        facts += [
            ("Patient", f"<b>{_e(patient.name)}</b>"),
            ("MRN", f"<b>{_e(patient.mrn)}</b>"),
            ("Date of birth", f"{day(patient.birth_date)} ({_e(SEX_WORDS[patient.sex])})"),
        ]
    per_kg = plan.dose_g / plan.weight_kg
    basis = WEIGHT_BASIS_WORDS[sheet.basis] if sheet.basis is not None else "as given"
    facts += [
        ("Product", f"<b>{_e(sheet.product_name)}</b>"),
        (
            "Concentration",
            f"{number(sheet.concentration_pct)} % ({number(sheet.concentration_pct * 10)} mg/mL)",
        ),
        (
            "Dosing weight",
            f"<b>{number(plan.weight_kg)} kg</b> ({_e(basis)})",
        ),
        ("Dose", f"<b>{number(plan.dose_g)} g</b> = {per_kg:.2f} g/kg"),
        (
            "Volume",
            f"{number(plan.volume_ml, 1)} mL = {plan.volume_ml / plan.weight_kg:.1f} mL/kg",
        ),
    ]
    if sheet.indication is not None:
        facts.append(("Indication", _e(diagnosis_text(sheet.indication))))
    if plan.maximum is not None:
        facts.append(("Maximum", _e(describe_maximum(plan))))
    parts.append("<table cellpadding='2' cellspacing='0'>")
    parts += [f"<tr><td width='130'>{name}</td><td>{value}</td></tr>" for name, value in facts]
    parts.append("</table>")
    if plan.steps:
        parts.append("<h2>Steps</h2>")
        parts.append(_steps_table(plan.steps))
        end = when(plan.expected_end) if plan.expected_end is not None else "not known"
        parts.append(
            f"<p><b>Total volume {number(plan.volume_ml, 1)} mL</b> · expected end"
            f" <b>{_e(end)}</b></p>"
        )
    if plan.notes:
        parts.append("<h2>What sets the maximum, and notes</h2><ul>")
        parts += [f"<li>{_e(_sentence(note))}</li>" for note in plan.notes]
        parts.append("</ul>")
    parts.append("<h2>Sources</h2><ul>")
    parts += [f"<li>{_e(source)}</li>" for source in sheet.sources]
    parts.append("</ul>")
    parts.append("</body></html>")
    return "\n".join(parts)


def _steps_table(steps: tuple[PlanStep, ...]) -> str:
    first = steps[0].start
    reference = first.date() if first is not None else None
    # Rules between the cells (Qt rich text draws them from the border attribute), no shading.
    rows = [
        "<table border='1' cellpadding='3' cellspacing='0' width='100%'"
        " style='border-collapse: collapse; border-style: solid; border-color: black'>"
    ]
    rows.append("<tr>" + "".join(f"<th>{h}</th>" for h in HEADERS) + "</tr>")
    for index, step in enumerate(steps):
        last = index == len(steps) - 1
        start = short_when(step.start, reference) if step.start else AS_TOLERATED
        if step.end is not None:
            end = short_when(step.end, reference)
        else:
            end = "until given" if last else AS_TOLERATED
        rate = step.rate
        volume = number(step.volume_ml, 1) if step.volume_ml is not None else ""
        cells = [
            f"<td>{_e(start)}</td>",
            f"<td>{_e(end)}</td>",
            f"<td class='n'><b>{rate.ml_per_h:.1f}</b></td>",
            f"<td class='n'>{rate.ml_per_kg_h:.2f}</td>",
            f"<td class='n'>{rate.mg_per_kg_min:.2f}</td>",
            f"<td class='n'>{volume}</td>",
        ]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    rows.append("</table>")
    if reference is not None:
        rows.append(f"<p class='small'>Times on {reference.isoformat()} unless dated.</p>")
    return "\n".join(rows)


def plan_document(sheet: PlanSheet) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(plan_html(sheet))
    return document


def write_pdf(sheet: PlanSheet, path: Path) -> Path:
    """The page as a PDF at `path` (written whole or not at all). Needs a QGuiApplication."""
    return paged_print.write_pdf(path, TITLE, plan_document(sheet).print_, margin_mm=MARGIN_MM)


def preview_plan(parent: QWidget, sheet: PlanSheet) -> QPrintPreviewDialog:
    """The print preview (print from there); open, not modal to the rest of the app."""
    document = plan_document(sheet)
    return paged_print.open_preview(parent, TITLE, document.print_, document)


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text
