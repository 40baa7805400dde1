"""The CTCAE grades in the language of the screens (the domain marks their English words)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ivigmon.domain.ctcae import GRADE_DESCRIPTIONS, GRADE_LABEL, GRADE_WORDS


def _tr(text: str) -> str:
    return QCoreApplication.translate("ctcae", text)


def grade_word(grade: int) -> str:
    """`moderate`; empty for a grade CTCAE does not have."""
    word = GRADE_WORDS.get(grade)
    return _tr(word) if word is not None else ""


def grade_text(grade: int) -> str:
    """`Grade 2 - moderate`."""
    return _tr(GRADE_LABEL).format(grade=grade, words=grade_word(grade))


def grade_description(grade: int) -> str:
    """What the grade means, in ward language; empty for an unknown grade."""
    description = GRADE_DESCRIPTIONS.get(grade)
    return _tr(description) if description is not None else ""
