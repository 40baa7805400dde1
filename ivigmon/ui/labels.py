"""Label factories for page titles, subtitles, muted notes, computed figures and the disclaimer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from ivigmon.services.assessment import DISCLAIMER


def styled_label(text: str, role: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", role)
    label.setWordWrap(role in ("muted", "disclaimer"))
    return label


def title_label(text: str) -> QLabel:
    return styled_label(text, "title")


def subtitle_label(text: str) -> QLabel:
    return styled_label(text, "subtitle")


def muted_label(text: str = "") -> QLabel:
    return styled_label(text, "muted")


def figures_label(text: str = "") -> QLabel:
    label = styled_label(text, "figures")
    label.setWordWrap(True)
    return label


def warning_label(text: str = "") -> QLabel:
    """A warning in words and a symbol (the text carries them), on the warning tint; hidden
    while empty."""
    label = styled_label(text, "warning")
    label.setWordWrap(True)
    label.setVisible(bool(text))
    return label


def set_warning(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def disclaimer_label() -> QLabel:
    """The program documents, computes and reminds; the clinician decides."""
    text = QCoreApplication.translate("labels", "Not medical advice: {disclaimer}")
    disclaimer = QCoreApplication.translate("assessment", DISCLAIMER)
    return styled_label(text.format(disclaimer=disclaimer), "disclaimer")
