"""The ICH E2A seriousness criteria of one adverse event, asked for when it is serious."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget

from ivigmon.domain.codes import Seriousness
from ivigmon.ui.wording import SERIOUSNESS_WORDS, words


class SeriousnessBox(QWidget):
    """A tick box per criterion, two columns; shown only while the event is marked serious."""

    COLUMNS = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        self.boxes: dict[Seriousness, QCheckBox] = {}
        for index, criterion in enumerate(Seriousness):
            box = QCheckBox(words(SERIOUSNESS_WORDS[criterion]))
            self.boxes[criterion] = box
            grid.addWidget(box, index // self.COLUMNS, index % self.COLUMNS)
        self.setAccessibleName(self.tr("Seriousness criteria"))

    def chosen(self) -> tuple[Seriousness, ...]:
        return tuple(c for c, box in self.boxes.items() if box.isChecked())
