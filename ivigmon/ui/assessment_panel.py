"""A risk assessment shown in full: level badge, every reason with its source, notes, disclaimer."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ivigmon.domain.models import RiskAssessment
from ivigmon.ui.labels import disclaimer_label, muted_label, subtitle_label
from ivigmon.ui.risk_badge import RiskBadge, reasons_html, reasons_tooltip
from ivigmon.ui.scrolling import scrolling
from ivigmon.ui.wording import note_text


class AssessmentPanel(QWidget):
    """Title + badge on one line, then the reasons; empty until `show_assessment`.

    The reasons scroll below the title when the room is short (several reasons on a small
    screen), instead of being cut off or pushing the window's buttons off the screen.
    """

    def __init__(self, title: str, parent: QWidget | None = None, *, heading: bool = True) -> None:
        """Without `heading` the title and badge are left out: the box around the panel names
        it and the window shows the same badge."""
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = subtitle_label(title)
        self.badge = RiskBadge()
        if heading:
            head = QHBoxLayout()
            head.addWidget(self.title)
            head.addStretch(1)
            head.addWidget(self.badge)
            layout.addLayout(head)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        self.reasons_area = scrolling(body)
        layout.addWidget(self.reasons_area, 1)
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.RichText)
        self.reasons.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body_layout.addWidget(self.reasons)
        self.notes = muted_label()
        body_layout.addWidget(self.notes)
        self.disclaimer = disclaimer_label()
        body_layout.addWidget(self.disclaimer)
        body_layout.addStretch(1)

    def show_assessment(self, assessment: RiskAssessment | None, *, empty: str = "") -> None:
        if assessment is None:
            self.badge.set_level(None)
            self.reasons.setText(html.escape(empty))
            self.notes.setText("")
            self.notes.hide()
            return
        self.badge.set_level(
            assessment.level, reasons_tooltip(assessment.level, assessment.factors)
        )
        self.reasons.setText(reasons_html(assessment.factors))
        notes = "\n".join(
            self.tr("Note: {note}").format(note=note_text(n)) for n in assessment.notes
        )
        self.notes.setText(notes)
        self.notes.setVisible(bool(notes))
