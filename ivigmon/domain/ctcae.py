"""Short descriptions of the CTCAE v5.0 grades, in ward language, for grading a reaction."""

from __future__ import annotations

CTCAE_VERSION = "5.0"

# CTCAE v5.0 (NCI, 2017), general grade definitions; "ADL" written out for the ward.
GRADE_DESCRIPTIONS: dict[int, str] = {
    1: "mild: no or mild symptoms; observation only, no treatment needed",
    2: "moderate: simple or local treatment needed; limits usual daily activities",
    3: "severe or medically significant, not immediately life-threatening; "
    "needs hospital care; limits self-care",
    4: "life-threatening: urgent intervention needed",
    5: "death related to the event",
}

GRADE_WORDS: dict[int, str] = {
    1: "mild",
    2: "moderate",
    3: "severe",
    4: "life-threatening",
    5: "death",
}


def grade_label(grade: int) -> str:
    """`Grade 2 - moderate`."""
    return f"Grade {grade} - {GRADE_WORDS[grade]}"
