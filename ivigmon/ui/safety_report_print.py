"""The safety report of an adverse event on paper: laid out for black and white, shown in a
print preview or written to a PDF file; made in the language of the screens (`screen_wording`)
when the ui asks for it, in English by the command line."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from ivigmon.domain.safety_report import NOT_RECORDED, SafetyReport, Wording
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP
from ivigmon.ui import paged_print
from ivigmon.ui.wording import day, decimal, when

# Points: the whole form on one A4 page for an event with a few premedications.
BODY_PT = 9
STYLE = f"""
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: {BODY_PT}pt; color: black; }}
p.title {{ font-size: 14pt; font-weight: bold; margin-bottom: 4px; }}
p.section {{ font-size: 10.5pt; font-weight: bold; margin-top: 8px; margin-bottom: 3px; }}
td.name {{ font-weight: bold; }}
p.small {{ font-size: 8pt; }}
"""


class AgeWords(QObject):
    """An age in the language's plural forms (lupdate reads them only in a QObject's tr())."""

    def count(self, unit: str, n: int) -> str:
        if unit == "years":
            return self.tr("%n year(s)", "", n)
        if unit == "months":
            return self.tr("%n month(s)", "", n)
        return self.tr("%n day(s)", "", n)


def screen_wording() -> Wording:
    """The report's words, times and figures in the language of the screens."""
    ages = AgeWords()
    return Wording(
        text=lambda text: QCoreApplication.translate("safety_report", text),
        moment=when,
        day=day,
        figure=decimal,
        count=ages.count,
        role=lambda role: QCoreApplication.translate("roles", role),
    )


def report_html(report: SafetyReport) -> str:
    """The page as rich text: what the record does not hold is in italics (no colour)."""
    w = report.wording
    heading = w.text(QT_TRANSLATE_NOOP("safety_report", "{title}: adverse event {id}")).format(
        title=report.title, id=report.event_id
    )
    printed = w.text(
        QT_TRANSLATE_NOOP("safety_report", "{subtitle}. Printed {time} by {user}.")
    ).format(subtitle=report.subtitle, time=w.moment(report.printed_at), user=report.printed_by)
    not_recorded = w.text(NOT_RECORDED)
    parts = [
        f"<html><head><style>{STYLE}</style></head><body>",
        f"<p class='title'>{_e(heading)}</p>",
        f'<p class="small">{_e(printed)}</p>',
        f"<p><i>{_e(report.note)}</i></p>",
    ]
    for section, fields in report.sections():
        parts.append(f"<p class='section'>{_e(section)}</p>")
        parts.append(
            "<table border='1' cellpadding='2' cellspacing='0' width='100%'"
            " style='border-collapse: collapse; border-style: solid; border-color: black'>"
        )
        for found in fields:
            value = _e(found.value)
            if found.value.startswith(not_recorded):
                value = f"<i>{value}</i>"
            parts.append(
                f"<tr><td class='name' width='28%'>{_e(found.name)}</td><td>{value}</td></tr>"
            )
        parts.append("</table>")
    parts.append("</body></html>")
    return "\n".join(parts)


def report_document(report: SafetyReport) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(report_html(report))
    return document


def write_pdf(report: SafetyReport, path: Path) -> Path:
    """The report as a PDF at `path` (whole or not at all). Needs a QGuiApplication."""
    # The page's margins are QTextDocument's own when it prints (2 cm): the device adds none.
    return paged_print.write_pdf(path, report.title, report_document(report).print_)


def preview_report(parent: QWidget, report: SafetyReport) -> QPrintPreviewDialog:
    """The print preview (print from there); open, not modal to the rest of the app."""
    document = report_document(report)
    return paged_print.open_preview(parent, report.title, document.print_, document)


def _e(text: str) -> str:
    return html.escape(text, quote=False)
