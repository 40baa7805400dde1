"""A Phrase of a Qt-free layer (`domain.phrase`) in the language of the screens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ivigmon.domain.phrase import Phrase


def phrase_words(text: str) -> str:
    """`text` translated when it is a Phrase (its values too); other text as it is."""
    if not isinstance(text, Phrase):
        return text
    template = QCoreApplication.translate(text.context, text.template)
    if not text.values:
        return template
    return template.format(**{name: phrase_words(value) for name, value in text.values.items()})
