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
from ivigmon.ui.wording import flag_lines


class StartFlagsDialog(QDialog):
    """Accepted: the nurse has checked every warning and starts anyway."""

    @property
    def text(self) -> str:
        """Every warning listed, one a line."""
        return "\n".join(label.text() for label in self.warning_labels)

    def __init__(self, flags: Sequence[Flag], user: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Start despite these warnings?")
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.setMinimumWidth(640)
        count = len(flags)
        layout.addWidget(
            subtitle_label(
                f"{count} warning{'s' if count != 1 else ''} before this infusion starts"
            )
        )
        # One label per warning: each wraps to its own height, none is cut short.
        self.warning_labels = [warning_label(flag_lines([(f.field, f.message)])) for f in flags]
        for label in self.warning_labels:
            layout.addWidget(label)
        note = QLabel(
            f"Starting records in the infusion's notes that {user} checked and accepted these."
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox()
        self.back_button = buttons.addButton(
            "&Go back and correct", QDialogButtonBox.ButtonRole.RejectRole
        )
        # Not the default button: Enter or Ctrl+Enter goes back, only a deliberate choice starts.
        self.start_button = buttons.addButton(
            "I have checked these: &start", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.back_button.setDefault(True)
        self.back_button.setAutoDefault(True)
        self.start_button.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.back_button.setFocus()
