"""The handover sheet on paper: A4 pages laid out for black and white, shown in a print preview
or written to a PDF file, with the ward's record, who printed it and when at every page's foot."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice, QTextDocument
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from ivigmon.domain.codes import AlertSeverity, RiskLevel
from ivigmon.domain.models import RiskFactor
from ivigmon.services.handover import Handover, HighRiskRow, RunningRow
from ivigmon.services.worklist import WorklistRow
from ivigmon.ui import paged_print
from ivigmon.ui.rate_plan_view import next_step_text
from ivigmon.ui.risk_badge import factor_line, level_text
from ivigmon.ui.wording import (
    ALERT_KIND_WORDS,
    ALERT_SEVERITY_WORDS,
    FACTOR_WORDS,
    OPEN_ALERT_MARK,
    STATUS_WORDS,
    clock,
    relative_due,
    short_product,
    when,
)

TITLE = "IVIG handover"
STYLE = """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color: black; }
h1 { font-size: 15pt; }
h2 { font-size: 11.5pt; margin-top: 14px; }
h3 { font-size: 10pt; margin-top: 8px; }
th { font-weight: bold; text-align: left; }
p.small { font-size: 8pt; }
"""
# Rules between the cells (Qt rich text draws them from the border attribute), no shading.
TABLE = (
    "<table border='1' cellpadding='3' cellspacing='0' width='100%'"
    " style='border-collapse: collapse; border-style: solid; border-color: black'>"
)
NONE = "<p>None.</p>"


def handover_html(sheet: Handover) -> str:
    """The sheet as rich text: only black, bold, rules and written marks carry meaning."""
    urgent = sum(1 for a in sheet.alerts if a.severity is AlertSeverity.URGENT)
    checks = (
        f"{len(sheet.overdue)} overdue, {len(sheet.due_now)} due now,"
        f" {len(sheet.due_soon)} due in the next {sheet.window_h} h"
    )
    parts = [
        f"<html><head><style>{STYLE}</style></head><body>",
        f"<h1>{TITLE}, {_e(sheet.at.strftime('%a %d %b %Y %H:%M'))}</h1>",
        f'<p class="small">Ward record {_e(sheet.database)} · printed {_e(when(sheet.at))}'
        f" by {_e(sheet.printed_by)}. The ward as it stands at printing: running infusions,"
        f" open alerts and open follow-up checks as stored. {_e(sheet.disclaimer)}</p>",
        f"<p><b>{len(sheet.running)} infusing now · {len(sheet.alerts)} open alerts"
        f" ({urgent} urgent) · {len(sheet.high_risk)} high-risk patients · checks: {checks}"
        "</b></p>",
        f"<h2>Infusing now ({len(sheet.running)})</h2>",
        _running_table(sheet.running, sheet),
        f"<h2>Open alerts ({len(sheet.alerts)}, {urgent} urgent)</h2>",
        _alerts_table(sheet),
        f"<h2>High-risk patients ({len(sheet.high_risk)})</h2>",
        '<p class="small">Patients infusing now or with an open follow-up check whose infusion'
        " is assessed high, with the reasons.</p>",
        _high_risk_table(sheet.high_risk),
        f"<h2>Overdue follow-up checks ({len(sheet.overdue)})</h2>",
        _checks_table(sheet.overdue, sheet),
        f"<h2>Follow-up checks due now ({len(sheet.due_now)})</h2>",
        _checks_table(sheet.due_now, sheet),
        f"<h2>Follow-up checks due in the next {sheet.window_h} h ({len(sheet.due_soon)})</h2>",
        _checks_table(sheet.due_soon, sheet),
    ]
    if sheet.later:
        parts.append(
            f"<p>{sheet.later} more open check{'s are' if sheet.later != 1 else ' is'} due later"
            " (see the worklist).</p>"
        )
    parts.append("</body></html>")
    return "\n".join(parts)


def _running_table(rows: Sequence[RunningRow], sheet: Handover) -> str:
    if not rows:
        return NONE
    lines = []
    for row in rows:
        infusion = row.infusion
        alerts = (
            f"<br><b>{OPEN_ALERT_MARK}{'s' if row.open_alerts > 1 else ''}: {row.open_alerts}</b>"
            if row.open_alerts
            else ""
        )
        lines.append(
            _row(
                _patient(row.patient_name, infusion.mrn),
                f"{_e(infusion.id)}<br>{_e(short_product(row.product_name))}"
                f"<br>started {_e(_when_short(infusion.start, sheet))}",
                _pump(row, sheet),
                _e(_next(row, sheet)),
                f"{_level(row.risk_level)}{_factor_names(row.risk_factors)}{alerts}",
            )
        )
    columns = (
        ("Patient", 20),
        ("Infusion", 18),
        ("Pump now", 18),
        ("Next planned step", 22),
        ("Risk", 22),
    )
    return _table(columns, lines)


def _pump(row: RunningRow, sheet: Handover) -> str:
    if row.rate_ml_per_h is None or row.rate_since is None:
        return "no rate recorded"
    since = _e(_when_short(row.rate_since, sheet))
    if row.rate_ml_per_h <= 0:
        return f"<b>PAUSED</b> (0 mL/h) since {since}"
    return f"<b>{row.rate_ml_per_h:.1f} mL/h</b> since {since}"


def _next(row: RunningRow, sheet: Handover) -> str:
    if row.next_step is None:
        return row.no_next_step[:1].upper() + row.no_next_step[1:]
    text = next_step_text(row.next_step, sheet.at, printed=True).removeprefix("next: ")
    return text[:1].upper() + text[1:]


def _alerts_table(sheet: Handover) -> str:
    if not sheet.alerts:
        return NONE
    lines = []
    for alert in sheet.alerts:
        lines.append(
            _row(
                f"<b>{_e(ALERT_SEVERITY_WORDS[alert.severity]).replace(' ', '&nbsp;')}</b>",
                _e(when(alert.at)),
                _patient(sheet.alert_names.get(alert.mrn, ""), alert.mrn),
                f"{_e(ALERT_KIND_WORDS[alert.kind])}<br>{_e(alert.infusion_id)}",
                _e(alert.reason),
            )
        )
    columns = (("Alert", 15), ("Since", 12), ("Patient", 17), ("What", 13), ("Reason", 43))
    return _table(columns, lines)


def _high_risk_table(rows: Sequence[HighRiskRow]) -> str:
    if not rows:
        return NONE
    lines = []
    for row in rows:
        reasons = "<br>".join(f"• {_e(factor_line(f))}" for f in row.factors)
        lines.append(
            _row(
                f"{_patient(row.patient_name, row.mrn)}<br>{_level(RiskLevel.HIGH)}",
                _e(row.listed_for),
                reasons,
            )
        )
    return _table((("Patient", 20), ("Listed for", 20), ("Why the risk is high", 60)), lines)


def _checks_table(rows: Sequence[WorklistRow], sheet: Handover) -> str:
    if not rows:
        return NONE
    lines = []
    for row in rows:
        lines.append(
            _row(
                f"<b>{_e(STATUS_WORDS[row.status])}</b>",
                f"{_e(when(row.due_at))}<br>{_e(relative_due(row.due_at, sheet.at))}",
                _patient(row.patient_name, row.mrn),
                f"+{row.offset_h} h after {_e(row.infusion_id)}"
                f"<br>ended {_e(when(row.infusion_end))}",
                f"{_level(row.risk_level)}{_factor_names(row.risk_factors)}",
            )
        )
    columns = (("Status", 15), ("Due", 17), ("Patient", 20), ("Check", 23), ("Risk", 25))
    return _table(columns, lines)


def _table(columns: Sequence[tuple[str, int]], rows: Sequence[str]) -> str:
    """Rows under their column names, each name with its share of the width (%); the names
    head the table again on every page it runs onto."""
    header = "".join(f"<th width='{pct}%'>{name}</th>" for name, pct in columns)
    return "\n".join([TABLE, f"<thead><tr>{header}</tr></thead>", *rows, "</table>"])


def _row(*cells: str) -> str:
    return "<tr>" + "".join(f"<td valign='top'>{cell}</td>" for cell in cells) + "</tr>"


def _patient(name: str, mrn: str) -> str:
    return f"<b>{_e(name)}</b><br>{_e(mrn)}" if name else f"<b>{_e(mrn)}</b>"


def _level(level: RiskLevel) -> str:
    text = _e(level_text(level))
    return f"<b>{text}</b>" if level is not RiskLevel.STANDARD else text


def _factor_names(factors: Iterable[RiskFactor]) -> str:
    names = [FACTOR_WORDS[f.code] for f in factors]
    return f"<br>{_e(', '.join(names))}" if names else ""


def _when_short(moment: datetime, sheet: Handover) -> str:
    """`11:45` today, `2026-03-09 11:45` another day."""
    return clock(moment) if moment.date() == sheet.at.date() else when(moment)


def footer(sheet: Handover) -> str:
    """At every page's foot: what the sheet is, whose record, who printed it and when."""
    return (
        f"{TITLE} {sheet.at:%Y-%m-%d} · {Path(sheet.database).name} · printed"
        f" {when(sheet.at)} by {sheet.printed_by}"
    )


def handover_document(sheet: Handover) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(handover_html(sheet))
    return document


def _painter(sheet: Handover, document: QTextDocument) -> paged_print.Paint:
    text = footer(sheet)

    def paint(device: QPagedPaintDevice) -> None:
        paged_print.print_with_footer(document, device, text)

    return paint


def write_pdf(sheet: Handover, path: Path) -> Path:
    """The sheet as a PDF at `path` (written whole or not at all). Needs a QGuiApplication."""
    return paged_print.write_pdf(path, TITLE, _painter(sheet, handover_document(sheet)))


def preview_handover(parent: QWidget, sheet: Handover) -> QPrintPreviewDialog:
    """The print preview (print from there); open, not modal to the rest of the app."""
    document = handover_document(sheet)
    return paged_print.open_preview(parent, TITLE, _painter(sheet, document), document)


def _e(text: str) -> str:
    return html.escape(text, quote=False)
