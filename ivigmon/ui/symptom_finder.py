"""Type-to-find for the follow-up symptoms: a few letters tick a symptom and go to its grade."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QCompleter, QLineEdit, QWidget


class SymptomFinder(QLineEdit):
    """Enter (or a choice from the list) ticks the symptom named and focuses its grade."""

    def __init__(
        self, symptoms: Sequence[tuple[QCheckBox, QComboBox]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.symptoms = {box.text().casefold(): (box, grade) for box, grade in symptoms}
        self.setPlaceholderText(self.tr("type a few letters, e.g. head, then Enter"))
        completer = QCompleter([box.text() for box, _grade in symptoms], self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        completer.activated.connect(self.tick)
        self.returnPressed.connect(lambda: self.tick(self.text()))

    def tick(self, text: str) -> None:
        typed = text.strip().casefold()
        found = self.symptoms.get(typed)
        if found is None and typed:
            matches = [v for name, v in self.symptoms.items() if typed in name]
            found = matches[0] if len(matches) == 1 else None
        if found is None:
            return
        box, grade = found
        box.setChecked(True)
        self.clear()
        grade.setFocus()
