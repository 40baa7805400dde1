"""The handover sheet on paper: A4 pages laid out for black and white, shown in a print preview
or written to a PDF file, with the ward's record, who printed it and when at every page's foot.
In the language of the screens (a Polish ward prints Polish sheets); `ivigmon handover` installs
English for its file."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QObject, QTime
from PySide6.QtGui import QPagedPaintDevice, QTextDocument
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from ivigmon.domain.codes import AlertSeverity, RiskLevel
from ivigmon.domain.models import RiskFactor
from ivigmon.domain.plan_progress import NextStep
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.services.assessment import DISCLAIMER
from ivigmon.services.handover import (
    FOLLOW_UP_AFTER,
    INFUSING_NOW,
    NO_PLAN_NOTES,
    NO_PLAN_PRODUCT,
    Handover,
    HighRiskRow,
    RunningRow,
)
from ivigmon.services.worklist import WorklistRow
from ivigmon.ui import paged_print
from ivigmon.ui.reason_words import reason_text
from ivigmon.ui.risk_badge import factor_line, level_text
from ivigmon.ui.wording import (
    ALERT_KIND_WORDS,
    ALERT_SEVERITY_WORDS,
    FACTOR_WORDS,
    STATUS_WORDS,
    clock,
    day,
    decimal,
    relative_due,
    short_product,
    when,
    words,
)

TITLE = QT_TRANSLATE_NOOP("handover_print", "IVIG handover")
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


class HandoverWords(QObject):
    """The sheet's words with a count in them, in the language's plural forms (lupdate reads
    plural forms only in a QObject's tr())."""

    def summary(self, sheet: Handover, urgent: int) -> str:
        """`1 infusing now · 2 open alerts (1 urgent) · 1 high-risk patient · checks: ...`."""
        checks = self.tr("checks: {overdue} overdue, {due} due now, {soon} due in the next {h} h")
        return " · ".join(
            (
                self.tr("%n infusing now", "", len(sheet.running)),
                self.tr("%n open alert(s) ({urgent} urgent)", "", len(sheet.alerts)).format(
                    urgent=urgent
                ),
                self.tr("%n high-risk patient(s)", "", len(sheet.high_risk)),
                checks.format(
                    overdue=len(sheet.overdue),
                    due=len(sheet.due_now),
                    soon=len(sheet.due_soon),
                    h=sheet.window_h,
                ),
            )
        )

    def later(self, count: int) -> str:
        return self.tr("%n more open check(s) due later (see the worklist).", "", count)

    def open_alerts(self, count: int) -> str:
        """`▲ open alert: 1`, `▲ open alerts: 2`: a written mark under a running infusion."""
        return self.tr("▲ open alert(s): %n", "", count)


def _tr(text: str) -> str:
    """A text marked QT_TRANSLATE_NOOP("handover_print", ...), translated."""
    return QCoreApplication.translate("handover_print", text)


def _none() -> str:
    return "<p>{}</p>".format(QCoreApplication.translate("handover_print", "None."))


def _english() -> bool:
    return QLocale().language() == QLocale.Language.English


def heading_time(moment: datetime) -> str:
    """`Tue 10 Mar 2026 12:00`, with the day and month named in the language of the sheet."""
    if _english():
        return moment.strftime("%a %d %b %Y %H:%M")
    stamp = QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )
    return QLocale().toString(stamp, "ddd d MMM yyyy HH:mm")


def handover_html(sheet: Handover) -> str:
    """The sheet as rich text: only black, bold, rules and written marks carry meaning."""
    urgent = sum(1 for a in sheet.alerts if a.severity is AlertSeverity.URGENT)
    counted = HandoverWords()
    disclaimer = (
        QCoreApplication.translate("assessment", DISCLAIMER)
        if sheet.disclaimer == DISCLAIMER
        else sheet.disclaimer
    )

    parts = [
        f"<html><head><style>{STYLE}</style></head><body>",
        f"<h1>{_e(_tr(TITLE))}, {_e(heading_time(sheet.at))}</h1>",
        '<p class="small">{}</p>'.format(
            _e(
                QCoreApplication.translate(
                    "handover_print",
                    "Ward record {record} · printed {time} by {user}. The ward as it stands at"
                    " printing: running infusions, open alerts and open follow-up checks as"
                    " stored. {disclaimer}",
                ).format(
                    record=sheet.database,
                    time=when(sheet.at),
                    user=sheet.printed_by,
                    disclaimer=disclaimer,
                )
            )
        ),
        f"<p><b>{_e(counted.summary(sheet, urgent))}</b></p>",
        _heading(
            QCoreApplication.translate("handover_print", "Infusing now ({count})").format(
                count=len(sheet.running)
            )
        ),
        _running_table(sheet.running, sheet),
        _heading(
            QCoreApplication.translate(
                "handover_print", "Open alerts ({count}, {urgent} urgent)"
            ).format(count=len(sheet.alerts), urgent=urgent)
        ),
        _alerts_table(sheet),
        _heading(
            QCoreApplication.translate("handover_print", "High-risk patients ({count})").format(
                count=len(sheet.high_risk)
            )
        ),
        '<p class="small">{}</p>'.format(
            _e(
                QCoreApplication.translate(
                    "handover_print",
                    "Patients infusing now or with an open follow-up check whose infusion is"
                    " assessed high, with the reasons.",
                )
            )
        ),
        _high_risk_table(sheet.high_risk),
        _heading(
            QCoreApplication.translate(
                "handover_print", "Overdue follow-up checks ({count})"
            ).format(count=len(sheet.overdue))
        ),
        _checks_table(sheet.overdue, sheet),
        _heading(
            QCoreApplication.translate(
                "handover_print", "Follow-up checks due now ({count})"
            ).format(count=len(sheet.due_now))
        ),
        _checks_table(sheet.due_now, sheet),
        _heading(
            QCoreApplication.translate(
                "handover_print", "Follow-up checks due in the next {h} h ({count})"
            ).format(h=sheet.window_h, count=len(sheet.due_soon))
        ),
        _checks_table(sheet.due_soon, sheet),
    ]
    if sheet.later:
        parts.append(f"<p>{_e(counted.later(sheet.later))}</p>")
    parts.append("</body></html>")
    return "\n".join(parts)


def _heading(text: str) -> str:
    return f"<h2>{_e(text)}</h2>"


def _running_table(rows: Sequence[RunningRow], sheet: Handover) -> str:
    if not rows:
        return _none()
    lines = []
    for row in rows:
        infusion = row.infusion
        alerts = (
            f"<br><b>{_e(HandoverWords().open_alerts(row.open_alerts))}</b>"
            if row.open_alerts
            else ""
        )
        started = _tr(QT_TRANSLATE_NOOP("handover_print", "started {time}")).format(
            time=_when_short(infusion.start, sheet)
        )
        lines.append(
            _row(
                _patient(row.patient_name, infusion.mrn),
                f"{_e(infusion.id)}<br>{_e(short_product(row.product_name))}<br>{_e(started)}",
                _pump(row, sheet),
                _e(_next(row, sheet)),
                f"{_level(row.risk_level)}{_factor_names(row.risk_factors)}{alerts}",
            )
        )
    columns = (
        (QT_TRANSLATE_NOOP("handover_print", "Patient"), 20),
        (QT_TRANSLATE_NOOP("handover_print", "Infusion"), 18),
        (QT_TRANSLATE_NOOP("handover_print", "Pump now"), 18),
        (QT_TRANSLATE_NOOP("handover_print", "Next planned step"), 22),
        (QT_TRANSLATE_NOOP("handover_print", "Risk"), 22),
    )
    return _table(columns, lines)


def _pump(row: RunningRow, sheet: Handover) -> str:
    if row.rate_ml_per_h is None or row.rate_since is None:
        return _e(_tr(QT_TRANSLATE_NOOP("handover_print", "no rate recorded")))
    since = _e(
        _tr(QT_TRANSLATE_NOOP("handover_print", "since {time}")).format(
            time=_when_short(row.rate_since, sheet)
        )
    )
    if row.rate_ml_per_h <= 0:
        paused = _e(_tr(QT_TRANSLATE_NOOP("handover_print", "PAUSED")))
        return f"<b>{paused}</b> (0 mL/h) {since}"
    return f"<b>{_rate(row.rate_ml_per_h)}</b> {since}"


def _rate(ml_per_h: float) -> str:
    """`8.5 mL/h` (`8,5 mL/h` in Polish)."""
    return f"{decimal(f'{ml_per_h:.1f}')} mL/h"


def _next(row: RunningRow, sheet: Handover) -> str:
    if row.next_step is None:
        return sentence(_why_no_next_step(row.no_next_step))
    return sentence(next_step_words(row.next_step, sheet.at))


def _why_no_next_step(text: str) -> str:
    """The service's reason, in the language of the sheet (a plan's own notes as they come)."""
    prefix = NO_PLAN_NOTES.split("{notes}")[0]
    if text.startswith(prefix) and text != NO_PLAN_PRODUCT:
        return QCoreApplication.translate("handover", NO_PLAN_NOTES).format(
            notes=text.removeprefix(prefix)
        )
    return QCoreApplication.translate("handover", text)


def next_step_words(upcoming: NextStep, now: datetime) -> str:
    """`17.0 mL/h at 12:15` (with `due now` once due), or how to raise as tolerated."""
    rate = _rate(upcoming.step.rate.ml_per_h)
    if upcoming.due_at is None:
        return _tr(QT_TRANSLATE_NOOP("handover_print", "raise as tolerated up to {rate}")).format(
            rate=rate
        )
    time = clock(upcoming.due_at)
    if upcoming.as_tolerated:
        text = QT_TRANSLATE_NOOP(
            "handover_print", "raise as tolerated up to {rate}, not before {time}"
        )
    elif upcoming.is_due(now):
        text = QT_TRANSLATE_NOOP("handover_print", "{rate} at {time} - due now")
    else:
        text = QT_TRANSLATE_NOOP("handover_print", "{rate} at {time}")
    return _tr(text).format(rate=rate, time=time)


def sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _alerts_table(sheet: Handover) -> str:
    if not sheet.alerts:
        return _none()
    lines = []
    for alert in sheet.alerts:
        severity = words(ALERT_SEVERITY_WORDS[alert.severity])
        lines.append(
            _row(
                f"<b>{_e(severity).replace(' ', '&nbsp;')}</b>",
                _e(when(alert.at)),
                _patient(sheet.alert_names.get(alert.mrn, ""), alert.mrn),
                f"{_e(words(ALERT_KIND_WORDS[alert.kind]))}<br>{_e(alert.infusion_id)}",
                _e(reason_text(alert)),
            )
        )
    columns = (
        (QT_TRANSLATE_NOOP("handover_print", "Alert"), 15),
        (QT_TRANSLATE_NOOP("handover_print", "Since"), 12),
        (QT_TRANSLATE_NOOP("handover_print", "Patient"), 17),
        (QT_TRANSLATE_NOOP("handover_print", "What"), 13),
        (QT_TRANSLATE_NOOP("handover_print", "Reason"), 43),
    )
    return _table(columns, lines)


def _high_risk_table(rows: Sequence[HighRiskRow]) -> str:
    if not rows:
        return _none()
    lines = []
    for row in rows:
        reasons = "<br>".join(f"• {_e(factor_line(f))}" for f in row.factors)
        lines.append(
            _row(
                f"{_patient(row.patient_name, row.mrn)}<br>{_level(RiskLevel.HIGH)}",
                _e(_listed_for(row)),
                reasons,
            )
        )
    columns = (
        (QT_TRANSLATE_NOOP("handover_print", "Patient"), 20),
        (QT_TRANSLATE_NOOP("handover_print", "Listed for"), 20),
        (QT_TRANSLATE_NOOP("handover_print", "Why the risk is high"), 60),
    )
    return _table(columns, lines)


def _listed_for(row: HighRiskRow) -> str:
    if row.listed_for == INFUSING_NOW:
        return QCoreApplication.translate("handover", INFUSING_NOW)
    return QCoreApplication.translate("handover", FOLLOW_UP_AFTER).format(id=row.infusion_id)


def _checks_table(rows: Sequence[WorklistRow], sheet: Handover) -> str:
    if not rows:
        return _none()
    lines = []
    for row in rows:
        check = _tr(QT_TRANSLATE_NOOP("handover_print", "+{hours} h after {id}")).format(
            hours=row.offset_h, id=row.infusion_id
        )
        ended = _tr(QT_TRANSLATE_NOOP("handover_print", "ended {time}")).format(
            time=when(row.infusion_end)
        )
        lines.append(
            _row(
                f"<b>{_e(words(STATUS_WORDS[row.status]))}</b>",
                f"{_e(when(row.due_at))}<br>{_e(relative_due(row.due_at, sheet.at))}",
                _patient(row.patient_name, row.mrn),
                f"{_e(check)}<br>{_e(ended)}",
                f"{_level(row.risk_level)}{_factor_names(row.risk_factors)}",
            )
        )
    columns = (
        (QT_TRANSLATE_NOOP("handover_print", "Status"), 15),
        (QT_TRANSLATE_NOOP("handover_print", "Due"), 17),
        (QT_TRANSLATE_NOOP("handover_print", "Patient"), 20),
        (QT_TRANSLATE_NOOP("handover_print", "Check"), 23),
        (QT_TRANSLATE_NOOP("handover_print", "Risk"), 25),
    )
    return _table(columns, lines)


def _table(columns: Sequence[tuple[str, int]], rows: Sequence[str]) -> str:
    """Rows under their column names, each name with its share of the width (%); the names
    head the table again on every page it runs onto."""
    header = "".join(f"<th width='{pct}%'>{_e(_tr(name))}</th>" for name, pct in columns)
    return "\n".join([TABLE, f"<thead><tr>{header}</tr></thead>", *rows, "</table>"])


def _row(*cells: str) -> str:
    return "<tr>" + "".join(f"<td valign='top'>{cell}</td>" for cell in cells) + "</tr>"


def _patient(name: str, mrn: str) -> str:
    return f"<b>{_e(name)}</b><br>{_e(mrn)}" if name else f"<b>{_e(mrn)}</b>"


def _level(level: RiskLevel) -> str:
    text = _e(level_text(level))
    return f"<b>{text}</b>" if level is not RiskLevel.STANDARD else text


def _factor_names(factors: Iterable[RiskFactor]) -> str:
    names = [words(FACTOR_WORDS[f.code]) for f in factors]
    return f"<br>{_e(', '.join(names))}" if names else ""


def _when_short(moment: datetime, sheet: Handover) -> str:
    """`11:45` today, `2026-03-09 11:45` another day."""
    return clock(moment) if moment.date() == sheet.at.date() else when(moment)


def footer(sheet: Handover) -> str:
    """At every page's foot: what the sheet is, whose record, who printed it and when."""
    return QCoreApplication.translate(
        "handover_print", "{title} {day} · {record} · printed {time} by {user}"
    ).format(
        title=_tr(TITLE),
        day=day(sheet.at.date()),
        record=Path(sheet.database).name,
        time=when(sheet.at),
        user=sheet.printed_by,
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
    return paged_print.write_pdf(path, _tr(TITLE), _painter(sheet, handover_document(sheet)))


def preview_handover(parent: QWidget, sheet: Handover) -> QPrintPreviewDialog:
    """The print preview (print from there); open, not modal to the rest of the app."""
    document = handover_document(sheet)
    return paged_print.open_preview(parent, _tr(TITLE), _painter(sheet, document), document)


def _e(text: str) -> str:
    return html.escape(text, quote=False)
