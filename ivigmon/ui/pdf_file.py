"""A rich-text document written to a PDF file (A4, 300 dpi), whole under its name or not at all."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

# 300 dpi on A4: small enough to mail, sharp enough to read. The page's margins are
# QTextDocument's own when it prints (2 cm), so the device adds none.
PDF_DPI = 300


def write_document_pdf(document: QTextDocument, path: Path, *, title: str) -> Path:
    """`document` as a PDF at `path`, written beside it first and then moved into place, so that
    a failure never leaves half a file under the name asked for. Needs a QGuiApplication."""
    partial = path.with_name(f".{path.name}.partial")
    writer = QPdfWriter(str(partial))
    writer.setResolution(PDF_DPI)
    writer.setTitle(title)
    writer.setCreator("ivigmon")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    try:
        document.print_(writer)
        del writer  # the file is complete once the writer is gone
        if not partial.is_file() or partial.stat().st_size == 0:
            raise OSError(errno.EIO, "the PDF could not be written", str(path))
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return path
