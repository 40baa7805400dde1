"""Settings > Language: the language of the screens on this workstation, from the next start."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ivigmon.ui.labels import muted_label
from ivigmon.ui.language import (
    FOLLOW_SYSTEM,
    LANGUAGE_NAMES,
    language_choice,
    language_for,
    save_language_choice,
)


class LanguageBox(QWidget):
    """Saved on this computer as soon as it is chosen (not in the ward database, not audited:
    it changes no record); the screens change at the next start of ivigmon."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.choice = QComboBox()
        system = LANGUAGE_NAMES[language_for(FOLLOW_SYSTEM, QLocale.system())]
        self.choice.addItem(
            self.tr("As the computer's system ({language})").format(language=system),
            FOLLOW_SYSTEM,
        )
        for code, name in LANGUAGE_NAMES.items():
            self.choice.addItem(name, code)
        self.choice.setCurrentIndex(max(0, self.choice.findData(language_choice())))
        caption = QLabel(self.tr("&Language of the screens"))
        caption.setBuddy(self.choice)
        self.choice.setAccessibleName(self.tr("Language of the screens"))
        form.addRow(caption, self.choice)
        layout.addLayout(form)
        layout.addWidget(
            muted_label(
                self.tr(
                    "For this computer only; the records, the command line and exported files "
                    "keep their own words and codes. The screens change at the next start of "
                    "ivigmon."
                )
            )
        )
        self.saved = muted_label()
        layout.addWidget(self.saved)
        layout.addStretch(1)
        self.choice.currentIndexChanged.connect(self._chosen)

    def _chosen(self, _index: int) -> None:
        save_language_choice(str(self.choice.currentData()))
        self.saved.setText(
            self.tr("Saved: {language} from the next start of ivigmon.").format(
                language=self.choice.currentText()
            )
        )
