"""Short descriptions of the CTCAE v5.0 grades, in ward language, for grading a reaction."""

from __future__ import annotations

from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP

CTCAE_VERSION = "5.0"

# CTCAE v5.0 (NCI, 2017), general grade definitions; "ADL" written out for the ward.
GRADE_DESCRIPTIONS: dict[int, str] = {
    1: QT_TRANSLATE_NOOP(
        "ctcae", "mild: no or mild symptoms; observation only, no treatment needed"
    ),
    2: QT_TRANSLATE_NOOP(
        "ctcae", "moderate: simple or local treatment needed; limits usual daily activities"
    ),
    3: QT_TRANSLATE_NOOP(
        "ctcae",
        "severe or medically significant, not immediately life-threatening; "
        "needs hospital care; limits self-care",
    ),
    4: QT_TRANSLATE_NOOP("ctcae", "life-threatening: urgent intervention needed"),
    5: QT_TRANSLATE_NOOP("ctcae", "death related to the event"),
}

GRADE_WORDS: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("ctcae", "mild"),
    2: QT_TRANSLATE_NOOP("ctcae", "moderate"),
    3: QT_TRANSLATE_NOOP("ctcae", "severe"),
    4: QT_TRANSLATE_NOOP("ctcae", "life-threatening"),
    5: QT_TRANSLATE_NOOP("ctcae", "death"),
}


# A grade as a drop-down list names it (`Grade 2 - moderate`); the ui translates it and the
# grade's word.
GRADE_LABEL = QT_TRANSLATE_NOOP("ctcae", "Grade {grade} - {words}")
