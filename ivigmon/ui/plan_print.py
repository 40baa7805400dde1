"""The rate plan on paper: one page laid out for black and white, shown in a print preview or
written to a PDF file, in the language of the screens (`ivigmon plan` installs English for its
file)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from ivigmon.domain.codes import Sex, WeightBasis
from ivigmon.domain.rate_plan import PlanStep
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.services.assessment import DISCLAIMER
from ivigmon.services.plan_sheet import CEILING_LINE, PlanSheet, Source
from ivigmon.services.rate_plan import describe_maximum
from ivigmon.ui import paged_print
from ivigmon.ui.wording import day, decimal, diagnosis_text, number, short_when, when

TITLE = QT_TRANSLATE_NOOP("plan_print", "IVIG rate plan")
HEADERS = (
    QT_TRANSLATE_NOOP("plan_print", "From"),
    QT_TRANSLATE_NOOP("plan_print", "To"),
    QT_TRANSLATE_NOOP("plan_print", "Pump mL/h"),
    "mL/kg/h",
    "mg/kg/min",
    QT_TRANSLATE_NOOP("plan_print", "Volume mL"),
)
AS_TOLERATED = QT_TRANSLATE_NOOP("plan_print", "as tolerated")
SEX_WORDS = {
    Sex.F: QT_TRANSLATE_NOOP("plan_print", "female"),
    Sex.M: QT_TRANSLATE_NOOP("plan_print", "male"),
}
BASIS_WORDS = {
    WeightBasis.ACTUAL: QT_TRANSLATE_NOOP("plan_print", "actual weight"),
    WeightBasis.ADJUSTED: QT_TRANSLATE_NOOP("plan_print", "adjusted weight"),
}
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


def _tr(text: str) -> str:
    """A text marked QT_TRANSLATE_NOOP("plan_print", ...), translated."""
    return QCoreApplication.translate("plan_print", text)


def plan_html(sheet: PlanSheet) -> str:
    """The page as rich text: only black, bold and rules carry meaning (no colour)."""
    plan = sheet.plan
    disclaimer = (
        QCoreApplication.translate("assessment", DISCLAIMER)
        if sheet.disclaimer == DISCLAIMER
        else sheet.disclaimer
    )
    printed = QCoreApplication.translate("plan_print", "Printed {time} by {user}.").format(
        time=when(sheet.printed_at), user=sheet.printed_by
    )
    parts = [
        f"<html><head><style>{STYLE}</style></head><body>",
        f"<h1>{_e(_tr(TITLE))}</h1>",
        # Who printed it and when, at the top: on the first page however long the plan.
        f'<p class="small">{_e(printed)} {_e(disclaimer)}</p>',
    ]
    facts: list[tuple[str, str]] = []
    patient = sheet.patient
    if patient is not None:
        facts += [
            (QT_TRANSLATE_NOOP("plan_print", "Patient"), f"<b>{_e(patient.name)}</b>"),
            (QT_TRANSLATE_NOOP("plan_print", "MRN"), f"<b>{_e(patient.mrn)}</b>"),
            (
                QT_TRANSLATE_NOOP("plan_print", "Date of birth"),
                f"{day(patient.birth_date)} ({_e(_tr(SEX_WORDS[patient.sex]))})",
            ),
        ]
    per_kg = plan.dose_g / plan.weight_kg
    basis = (
        _tr(BASIS_WORDS[sheet.basis])
        if sheet.basis is not None
        else QCoreApplication.translate("plan_print", "as given")
    )
    facts += [
        (QT_TRANSLATE_NOOP("plan_print", "Product"), f"<b>{_e(sheet.product_name)}</b>"),
        (
            QT_TRANSLATE_NOOP("plan_print", "Concentration"),
            f"{number(sheet.concentration_pct)} % ({number(sheet.concentration_pct * 10)} mg/mL)",
        ),
        (
            QT_TRANSLATE_NOOP("plan_print", "Dosing weight"),
            f"<b>{number(plan.weight_kg)} kg</b> ({_e(basis)})",
        ),
        (
            QT_TRANSLATE_NOOP("plan_print", "Dose"),
            f"<b>{number(plan.dose_g)} g</b> = {decimal(f'{per_kg:.2f}')} g/kg",
        ),
        (
            QT_TRANSLATE_NOOP("plan_print", "Volume"),
            f"{number(plan.volume_ml, 1)} mL ="
            f" {decimal(f'{plan.volume_ml / plan.weight_kg:.1f}')} mL/kg",
        ),
    ]
    if sheet.indication is not None:
        facts.append(
            (QT_TRANSLATE_NOOP("plan_print", "Indication"), _e(diagnosis_text(sheet.indication)))
        )
    if plan.maximum is not None:
        facts.append((QT_TRANSLATE_NOOP("plan_print", "Maximum"), _e(describe_maximum(plan))))
    parts.append("<table cellpadding='2' cellspacing='0'>")
    parts += [
        f"<tr><td width='130'>{_e(_tr(name))}</td><td>{value}</td></tr>" for name, value in facts
    ]
    parts.append("</table>")
    if plan.steps:
        steps = QCoreApplication.translate("plan_print", "Steps")
        parts.append(f"<h2>{_e(steps)}</h2>")
        parts.append(_steps_table(plan.steps))
        end = (
            when(plan.expected_end)
            if plan.expected_end is not None
            else QCoreApplication.translate("plan_print", "not known")
        )
        total = QCoreApplication.translate(
            "plan_print", "<b>Total volume {volume} mL</b> · expected end <b>{end}</b>"
        )
        parts.append(f"<p>{total.format(volume=number(plan.volume_ml, 1), end=_e(end))}</p>")
    if plan.notes:
        heading = QCoreApplication.translate("plan_print", "What sets the maximum, and notes")
        parts.append(f"<h2>{_e(heading)}</h2><ul>")
        parts += [f"<li>{_e(_sentence(note))}</li>" for note in plan.notes]
        parts.append("</ul>")
    sources = QCoreApplication.translate("plan_print", "Sources")
    parts.append(f"<h2>{_e(sources)}</h2><ul>")
    parts += [f"<li>{_e(source_words(source))}</li>" for source in sheet.sources]
    parts.append("</ul>")
    parts.append("</body></html>")
    return "\n".join(parts)


def source_words(source: Source) -> str:
    """A source line in the language of the sheet: the ward's and the label's own texts as
    written, the ward ceiling's figure in the locale's writing."""
    template = QCoreApplication.translate("plan_sheet", source.template)
    if source.template == CEILING_LINE:
        return template.format(
            rate=decimal(source.rate),
            source=QCoreApplication.translate("plan_sheet", source.source),
        )
    return source.text(template)


def _steps_table(steps: tuple[PlanStep, ...]) -> str:
    first = steps[0].start
    reference = first.date() if first is not None else None
    # Rules between the cells (Qt rich text draws them from the border attribute), no shading.
    rows = [
        "<table border='1' cellpadding='3' cellspacing='0' width='100%'"
        " style='border-collapse: collapse; border-style: solid; border-color: black'>"
    ]
    rows.append("<tr>" + "".join(f"<th>{_e(_tr(h))}</th>" for h in HEADERS) + "</tr>")
    for index, step in enumerate(steps):
        last = index == len(steps) - 1
        start = short_when(step.start, reference) if step.start else _tr(AS_TOLERATED)
        if step.end is not None:
            end = short_when(step.end, reference)
        elif last:
            end = QCoreApplication.translate("plan_print", "until given")
        else:
            end = _tr(AS_TOLERATED)
        rate = step.rate
        volume = number(step.volume_ml, 1) if step.volume_ml is not None else ""
        cells = [
            f"<td>{_e(start)}</td>",
            f"<td>{_e(end)}</td>",
            f"<td class='n'><b>{decimal(f'{rate.ml_per_h:.1f}')}</b></td>",
            f"<td class='n'>{decimal(f'{rate.ml_per_kg_h:.2f}')}</td>",
            f"<td class='n'>{decimal(f'{rate.mg_per_kg_min:.2f}')}</td>",
            f"<td class='n'>{volume}</td>",
        ]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    rows.append("</table>")
    if reference is not None:
        times = QCoreApplication.translate("plan_print", "Times on {day} unless dated.")
        rows.append(f"<p class='small'>{_e(times.format(day=day(reference)))}</p>")
    return "\n".join(rows)


def plan_document(sheet: PlanSheet) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(plan_html(sheet))
    return document


def write_pdf(sheet: PlanSheet, path: Path) -> Path:
    """The page as a PDF at `path` (written whole or not at all). Needs a QGuiApplication."""
    return paged_print.write_pdf(path, _tr(TITLE), plan_document(sheet).print_, margin_mm=MARGIN_MM)


def preview_plan(parent: QWidget, sheet: PlanSheet) -> QPrintPreviewDialog:
    """The print preview (print from there); open, not modal to the rest of the app."""
    document = plan_document(sheet)
    return paged_print.open_preview(parent, _tr(TITLE), document.print_, document)


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text
