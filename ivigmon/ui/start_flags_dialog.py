"""Asks before an infusion with warnings starts: each warning named, going back the default."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from ivigmon.domain.validation import Flag
from ivigmon.ui.labels import subtitle_label, warning_label
from ivigmon.ui.phrases import phrase_words
from ivigmon.ui.start_words import START_WORDS, flag_lines


class StartFlagsDialog(QDialog):
    """Accepted: the nurse has checked every warning and starts anyway."""

    @property
    def text(self) -> str:
        """Every warning listed, one a line."""
        return "\n".join(label.text() for label in self.warning_labels)

    def __init__(self, flags: Sequence[Flag], user: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start despite these warnings?"))
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.setMinimumWidth(640)
        layout.addWidget(subtitle_label(START_WORDS.warnings_before_start(len(flags))))
        # One label per warning: each wraps to its own height, none is cut short.
        self.warning_labels = [
            warning_label(flag_lines([(f.field, phrase_words(f.message))])) for f in flags
        ]
        for label in self.warning_labels:
            layout.addWidget(label)
        note = QLabel(
            self.tr(
                "Starting records in the infusion's notes that {user} checked and accepted these."
            ).format(user=user)
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox()
        self.back_button = buttons.addButton(
            self.tr("&Go back and correct"), QDialogButtonBox.ButtonRole.RejectRole
        )
        # Not the default button: Enter or Ctrl+Enter goes back, only a deliberate choice starts.
        self.start_button = buttons.addButton(
            self.tr("I have checked these: &start"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.back_button.setDefault(True)
        self.back_button.setAutoDefault(True)
        self.start_button.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.back_button.setFocus()
