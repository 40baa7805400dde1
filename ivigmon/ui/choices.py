"""Drop-down lists that start on "- choose -", so a clinical fact is chosen, never preselected."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP

CHOOSE = QT_TRANSLATE_NOOP("choices", "- choose -")


def choice_box(items: Iterable[tuple[str, object]]) -> QComboBox:
    """Text and value of each item after the empty first one (whose value is None)."""
    box = QComboBox()
    box.addItem(QCoreApplication.translate("choices", CHOOSE), None)
    for text, value in items:
        box.addItem(text, value)
    return box


def chosen(box: QComboBox) -> object | None:
    """The value chosen, or None while the box still says "- choose -"."""
    value: object | None = box.currentData()
    return value
