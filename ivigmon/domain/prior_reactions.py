"""PRIOR_REACTION and PRIOR_SEVERE_REACTION (SPEC 9 and 12): the worst earlier reaction, named."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from ivigmon.domain.codes import EventTerm, FactorCode
from ivigmon.domain.models import AdverseEvent, Infusion
from ivigmon.domain.phrases import COMMA, Phrases, Value, english, joined, say
from ivigmon.domain.products import Product
from ivigmon.domain.reason_names import SERIOUSNESS_WORDS, term_phrase, word
from ivigmon.domain.translate_noop import QT_TRANSLATE_NOOP

# CTCAE v5: grade 1 is mild (observation only); from grade 2 a reaction needed treatment, which the
# labels ask to take into account before the next dose (hypersensitivity, earlier reactions).
REACTION_MIN_GRADE = 2
# CTCAE v5: grade 3 is severe or medically significant.
SEVERE_MIN_GRADE = 3
# CTCAE v5 grades anaphylaxis 3-5 only: a lower recorded grade is a recording slip, so anaphylaxis
# is severe whatever its grade (SPEC 12).
ANAPHYLAXIS = EventTerm.ANAPHYLAXIS.value


@dataclass(frozen=True)
class PriorReaction:
    """The factor an earlier reaction makes, the worst event that qualifies, and the reason."""

    code: FactorCode
    event: AdverseEvent
    infusion: Infusion
    phrases: Phrases

    @property
    def reason(self) -> str:
        return english(self.phrases)


def is_anaphylaxis(event: AdverseEvent) -> bool:
    return event.term.strip().lower() == ANAPHYLAXIS


def is_reaction(event: AdverseEvent) -> bool:
    """Counts for PRIOR_REACTION: grade 2 or more (anaphylaxis whatever its grade)."""
    return event.grade >= REACTION_MIN_GRADE or is_anaphylaxis(event)


def is_severe(event: AdverseEvent) -> bool:
    """Counts for PRIOR_SEVERE_REACTION: grade 3 or more, serious from grade 2, or anaphylaxis."""
    return (
        event.grade >= SEVERE_MIN_GRADE
        or (event.serious and event.grade >= REACTION_MIN_GRADE)
        or is_anaphylaxis(event)
    )


def prior_reaction(
    infusions: Sequence[Infusion], reference: datetime, products: Mapping[str, Product]
) -> PriorReaction | None:
    """The reaction factor made by the events of `infusions` with onset at or before `reference`.

    The caller passes the infusions that count (SPEC 9): for an infusion, those with a strictly
    earlier start; for the patient, those started at or before the reference time. Every event of
    an infusion belongs to it, whether it began during the infusion or was reported at a check;
    events entered in error are not in the records. Only one code is returned:
    PRIOR_SEVERE_REACTION replaces PRIOR_REACTION. The reason names the worst event that
    qualifies for that code: highest grade, then serious, then latest onset, then later infusion.
    """
    counted = [
        (event, infusion)
        for infusion in infusions
        for event in infusion.events
        if event.onset <= reference and is_reaction(event)
    ]
    severe = [(event, infusion) for event, infusion in counted if is_severe(event)]
    if severe:
        code, candidates = FactorCode.PRIOR_SEVERE_REACTION, severe
    elif counted:
        code, candidates = FactorCode.PRIOR_REACTION, counted
    else:
        return None
    event, infusion = max(
        candidates,
        key=lambda pair: (pair[0].grade, pair[0].serious, pair[0].onset, pair[1].order_key),
    )
    return PriorReaction(code, event, infusion, describe_phrases(event, infusion, products))


def describe(event: AdverseEvent, infusion: Infusion, products: Mapping[str, Product]) -> str:
    """`anaphylaxis grade 4 on 2026-02-01 during inf-3 (Privigen)`."""
    return english(describe_phrases(event, infusion, products))


def describe_phrases(
    event: AdverseEvent, infusion: Infusion, products: Mapping[str, Product]
) -> Phrases:
    """`describe` as phrases, for the screens to say in their language."""
    product = products.get(infusion.product_id)
    args: dict[str, Value] = {
        "term": term_phrase(event.term),
        "grade": event.grade,
        "date": event.onset.date(),
        "id": infusion.id,
        "product": product.name if product is not None else infusion.product_id,
    }
    if event.serious:
        criteria = [word(SERIOUSNESS_WORDS[c]) for c in event.seriousness]
        if criteria:
            serious = say(
                QT_TRANSLATE_NOOP("reasons", "(serious: {criteria})"),
                criteria=joined(COMMA, criteria),
            )
        else:
            serious = word(QT_TRANSLATE_NOOP("reasons", "(serious)"))
        args["serious"] = serious
        if event.check_offset_h is None:
            template = QT_TRANSLATE_NOOP(
                "reasons", "{term} grade {grade} {serious} on {date} during {id} ({product})"
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "reasons",
                "{term} grade {grade} {serious} on {date} reported at the {offset} h check of"
                " {id} ({product})",
            )
    elif event.check_offset_h is None:
        template = QT_TRANSLATE_NOOP(
            "reasons", "{term} grade {grade} on {date} during {id} ({product})"
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "reasons",
            "{term} grade {grade} on {date} reported at the {offset} h check of {id} ({product})",
        )
    if event.check_offset_h is not None:
        args["offset"] = event.check_offset_h
    phrases = [say(template, **args)]
    if is_anaphylaxis(event) and event.grade < SEVERE_MIN_GRADE:
        phrases.append(
            word(
                QT_TRANSLATE_NOOP(
                    "reasons",
                    "anaphylaxis is severe whatever its recorded grade (CTCAE v5 grades it 3-5)",
                )
            )
        )
    return tuple(phrases)
