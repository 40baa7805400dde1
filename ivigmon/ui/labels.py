"""Label factories for page titles, subtitles, muted notes, computed figures and the disclaimer."""

from __future__ import annotations

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


def disclaimer_label() -> QLabel:
    """The program documents, computes and reminds; the clinician decides."""
    return styled_label(f"Not medical advice: {DISCLAIMER}", "disclaimer")
