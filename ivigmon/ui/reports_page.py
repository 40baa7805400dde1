"""Reports: a plain placeholder until the reports arrive in a later version."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from ivigmon.ui.labels import title_label


class ReportsPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label("Reports"))
        box = QGroupBox("Reports come in a later version")
        box_layout = QVBoxLayout(box)
        text = QLabel(
            "This version has no reports yet. A later version adds the cohort tables by "
            "diagnosis, reaction rates by product, lot and premedication, follow-up "
            "completion, and export to Excel and CSV.\n\n"
            "Until then, the command line can list everything recorded against one lot:\n"
            "    ivigmon lot LOT-NUMBER"
        )
        text.setWordWrap(True)
        box_layout.addWidget(text)
        layout.addWidget(box)
        layout.addStretch(1)
