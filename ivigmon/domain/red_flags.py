"""Red-flag symptoms of a follow-up check (SPEC 10.2): what each may mean, and the reason text."""

from __future__ import annotations

from collections.abc import Iterable

from ivigmon.domain.codes import EventTerm
from ivigmon.domain.phrases import COMMA, Phrases, joined, say
from ivigmon.domain.reason_names import word
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP

# SPEC 10.2, in its order: each group of symptoms and what it may mean, with its source.
RED_FLAG_GROUPS: tuple[tuple[tuple[EventTerm, ...], str], ...] = (
    (
        (EventTerm.ANAPHYLAXIS, EventTerm.WHEEZE, EventTerm.DYSPNOEA, EventTerm.HYPOTENSION),
        QT_TRANSLATE_NOOP("reasons", "may mean anaphylaxis or TRALI"),
    ),
    (
        (EventTerm.CHEST_PAIN, EventTerm.LIMB_SWELLING, EventTerm.ONE_SIDED_WEAKNESS),
        QT_TRANSLATE_NOOP("reasons", "may mean thrombosis (boxed warning)"),
    ),
    (
        (EventTerm.NECK_STIFFNESS, EventTerm.PHOTOPHOBIA),
        QT_TRANSLATE_NOOP("reasons", "may mean aseptic meningitis (labels)"),
    ),
    (
        (EventTerm.DARK_URINE, EventTerm.JAUNDICE),
        QT_TRANSLATE_NOOP("reasons", "may mean haemolysis (labels): check Hb and bilirubin"),
    ),
    (
        (EventTerm.REDUCED_URINE,),
        QT_TRANSLATE_NOOP(
            "reasons",
            "may mean renal dysfunction (boxed warning): check creatinine and urine output",
        ),
    ),
)

RED_FLAG_TERMS: frozenset[EventTerm] = frozenset(
    term for terms, _ in RED_FLAG_GROUPS for term in terms
)

# The symptom as the reason names it.
RED_FLAG_WORDS: dict[EventTerm, str] = {
    EventTerm.ANAPHYLAXIS: QT_TRANSLATE_NOOP("reasons", "anaphylaxis"),
    EventTerm.WHEEZE: QT_TRANSLATE_NOOP("reasons", "wheeze"),
    EventTerm.DYSPNOEA: QT_TRANSLATE_NOOP("reasons", "shortness of breath"),
    EventTerm.HYPOTENSION: QT_TRANSLATE_NOOP("reasons", "low blood pressure"),
    EventTerm.CHEST_PAIN: QT_TRANSLATE_NOOP("reasons", "chest pain"),
    EventTerm.LIMB_SWELLING: QT_TRANSLATE_NOOP("reasons", "swollen limb"),
    EventTerm.ONE_SIDED_WEAKNESS: QT_TRANSLATE_NOOP("reasons", "weakness on one side"),
    EventTerm.NECK_STIFFNESS: QT_TRANSLATE_NOOP("reasons", "neck stiffness"),
    EventTerm.PHOTOPHOBIA: QT_TRANSLATE_NOOP("reasons", "light hurts the eyes"),
    EventTerm.DARK_URINE: QT_TRANSLATE_NOOP("reasons", "dark urine"),
    EventTerm.JAUNDICE: QT_TRANSLATE_NOOP("reasons", "jaundice"),
    EventTerm.REDUCED_URINE: QT_TRANSLATE_NOOP("reasons", "less urine"),
}


def red_flags(symptoms: Iterable[str]) -> tuple[EventTerm, ...]:
    """The red-flag symptoms among `symptoms`, in the order of SPEC 10.2."""
    given = set(symptoms)
    return tuple(term for terms, _ in RED_FLAG_GROUPS for term in terms if term.value in given)


def red_flag_phrases(symptoms: Iterable[str]) -> Phrases:
    """`wheeze, shortness of breath: may mean anaphylaxis or TRALI; dark urine: may mean ...`:
    a phrase per group of symptoms named."""
    given = set(red_flags(symptoms))
    parts = []
    for terms, meaning in RED_FLAG_GROUPS:
        named = [word(RED_FLAG_WORDS[t]) for t in terms if t in given]
        if named:
            parts.append(
                say(
                    QT_TRANSLATE_NOOP("reasons", "{symptoms}: {meaning}"),
                    symptoms=joined(COMMA, named),
                    meaning=word(meaning),
                )
            )
    return tuple(parts)
