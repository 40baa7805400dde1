"""About: version, where the data lives, and what the program does and does not do."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from ivigmon import __version__
from ivigmon.services.assessment import DISCLAIMER
from ivigmon.services.context import Context
from ivigmon.ui.labels import muted_label, subtitle_label, title_label
from ivigmon.ui.scrolling import scrolling


class AboutPage(QWidget):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(title_label(f"ivigmon {__version__}"))
        layout.addWidget(
            muted_label(
                self.tr(
                    "Bedside logging, risk flags and follow-up checks for paediatric intravenous "
                    "immunoglobulin (IVIG) infusions."
                )
            )
        )

        role = QGroupBox(self.tr("What it does - and what it does not"))
        role_layout = QVBoxLayout(role)
        statement = subtitle_label(QCoreApplication.translate("assessment", DISCLAIMER))
        statement.setWordWrap(True)
        role_layout.addWidget(statement)
        role_layout.addWidget(
            QLabel(
                self.tr(
                    "It records each infusion as it happens, computes doses and rates, flags "
                    "patients and infusions with risk factors for a reaction (and says why), and "
                    "reminds the ward of the follow-up checks. It gives no medical advice: the "
                    "risk factors and label limits come from the sources below, and every "
                    "decision stays with the clinician."
                )
            )
        )
        for child in role.findChildren(QLabel):
            child.setWordWrap(True)
        layout.addWidget(role)

        data = QGroupBox(self.tr("Data"))
        form = QFormLayout(data)
        path = QLabel(ctx.store.path)
        path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if ctx.on_server:
            # The address without its password; the records live on the server.
            form.addRow(self.tr("Ward server:"), path)
        else:
            form.addRow(self.tr("Database:"), path)
            form.addRow(self.tr("Folder:"), QLabel(str(Path(ctx.store.path).parent)))
        opened = self.tr("read-only") if ctx.store.read_only else self.tr("for reading and writing")
        form.addRow(self.tr("Opened:"), QLabel(opened))
        self.user = QLabel()
        form.addRow(self.tr("User:"), self.user)
        form.addRow(
            self.tr("Running on:"),
            QLabel(f"Python {platform.python_version()}, Qt for Python {pyside_version}"),
        )
        layout.addWidget(data)

        sources = QGroupBox(self.tr("Sources"))
        sources_layout = QVBoxLayout(sources)
        text = QLabel(
            self.tr(
                "Risk factors: 'Adverse effects of immunoglobulin' (source paper) and the boxed "
                "warnings of the product labels. Rates: the US prescribing information and EU "
                "summaries of product characteristics of each product (see Settings, product "
                "catalogue). BMI-for-age: CDC 2000 growth charts. Reaction grades: CTCAE 5.0."
            )
        )
        text.setWordWrap(True)
        sources_layout.addWidget(text)
        layout.addWidget(sources)
        layout.addStretch(1)
        # Large text makes the page taller than the window: it scrolls, nothing is cut.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(content))
        self.ctx = ctx
        self.show_user()

    def show_user(self) -> None:
        """After another user signs in at the lock screen."""
        self.user.setText(self.ctx.user)
