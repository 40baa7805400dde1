"""Printed pages: a PDF file written whole or not at all, the print preview to print from, and a
rich-text document laid out on A4 pages with a line at the foot of each."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QObject, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

# Draws the pages on a printer or a PDF writer.
Paint = Callable[[QPagedPaintDevice], None]

# A PDF of 300 dpi on A4: small enough to mail, sharp enough to read.
PDF_DPI = 300
# The text's margins, in the document's own pixels (96 to the inch, as Qt's rich text counts):
# 1.5 cm around it, and room at the foot for the footer line.
SOURCE_DPI = 96
MARGIN_PX = round(1.5 / 2.54 * SOURCE_DPI)
FOOTER_PX = round(1.0 / 2.54 * SOURCE_DPI)
FOOTER_PT = 8
FOOTER_FONT = "DejaVu Sans"


def write_pdf(path: Path, title: str, paint: Paint, *, margin_mm: float = 0.0) -> Path:
    """Pages as a PDF at `path`, written beside it first and then moved into place, so that a
    failure never leaves half a file under the name asked for. Needs a QGuiApplication."""
    partial = path.with_name(f".{path.name}.partial")
    writer = QPdfWriter(str(partial))
    writer.setResolution(PDF_DPI)
    writer.setTitle(title)
    writer.setCreator("ivigmon")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm),
            QPageLayout.Unit.Millimeter,
        )
    )
    try:
        paint(writer)
        del writer  # the file is complete once the writer is gone
        if not partial.is_file() or partial.stat().st_size == 0:
            raise OSError(errno.EIO, "the PDF could not be written", str(path))
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return path


def open_preview(parent: QWidget, title: str, paint: Paint, keep: QObject) -> QPrintPreviewDialog:
    """The print preview (print from there); open, not modal to the rest of the app. `keep`
    (what `paint` draws from) lives as long as the dialog."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(
        QCoreApplication.translate("paged_print", "{title} - print preview").format(title=title)
    )
    keep.setParent(dialog)
    dialog.paintRequested.connect(paint)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def print_with_footer(document: QTextDocument, device: QPagedPaintDevice, footer: str) -> None:
    """Lay `document` out on the device's pages and print each with `footer` at its foot and
    "page N of M" beside it: whichever page is picked up, it says what it is and whose."""
    layout = document.documentLayout()
    layout.setPaintDevice(device)  # fonts and pixel lengths scale to the device's resolution
    frame = document.rootFrame().frameFormat()
    frame.setLeftMargin(MARGIN_PX)
    frame.setRightMargin(MARGIN_PX)
    frame.setTopMargin(MARGIN_PX)
    frame.setBottomMargin(MARGIN_PX + FOOTER_PX)
    document.rootFrame().setFrameFormat(frame)
    width, height = float(device.width()), float(device.height())
    document.setPageSize(QSizeF(width, height))
    pages = document.pageCount()
    scale = device.logicalDpiY() / SOURCE_DPI
    margin = MARGIN_PX * scale
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(errno.EIO, "the pages could not be printed")
    try:
        font = QFont(FOOTER_FONT)
        font.setPointSizeF(FOOTER_PT)
        for page in range(pages):
            if page and not device.newPage():
                raise OSError(errno.EIO, "a new page could not be started")
            painter.save()
            painter.translate(0, -page * height)
            document.drawContents(painter, QRectF(0, page * height, width, height))
            painter.restore()
            painter.setPen(QPen(Qt.GlobalColor.black, max(1.0, scale / 2)))
            painter.setFont(font)
            top = height - margin - FOOTER_PX * scale / 2
            painter.drawLine(round(margin), round(top), round(width - margin), round(top))
            line = QRectF(margin, top + scale * 2, width - 2 * margin, FOOTER_PX * scale / 2)
            number = QCoreApplication.translate("paged_print", "page {page} of {pages}").format(
                page=page + 1, pages=pages
            )
            painter.drawText(line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, number)
            room = QRectF(line)
            room.setRight(line.right() - painter.fontMetrics().horizontalAdvance(number) - 20)
            painter.drawText(room, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, footer)
    finally:
        painter.end()
