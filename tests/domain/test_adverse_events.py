"""Adverse events v2 (SPEC 10.1 and 12): new terms, seriousness criteria, impossible grades."""

from __future__ import annotations

import copy
import json
from datetime import datetime, timedelta
from typing import Any

import pytest

from ivigmon.domain.codes import (
    EVENT_TERM_NAMES,
    SERIOUSNESS_NAMES,
    CheckMode,
    CheckOutcome,
    EventOutcome,
    EventTerm,
    Seriousness,
)
from ivigmon.domain.interchange_read import parse_document
from ivigmon.domain.interchange_write import to_document
from ivigmon.domain.models import AdverseEvent, Check, Lot
from ivigmon.domain.record_validation import (
    seriousness_problems,
    validate_check,
    validate_event,
    validate_infusion,
)
from ivigmon.domain.validation import ValidationError, require_symptom

from ..spec_example import SPEC_EXAMPLE
from .factories import START, make_infusion

RECORD = "infusion inf-1 event 1"
NEW_TERMS = ("wheeze", "urticaria", "photophobia", "one_sided_weakness", "jaundice")
HOSPITAL = Seriousness.HOSPITALISATION


def an_event(
    grade: int,
    outcome: EventOutcome,
    serious: bool,
    seriousness: tuple[Any, ...] = (),
) -> AdverseEvent:
    return AdverseEvent(
        onset=START + timedelta(hours=1),
        term="anaphylaxis",
        grade=grade,
        serious=serious,
        outcome=outcome,
        seriousness=seriousness,
    )


FATAL, RESOLVED, UNKNOWN = EventOutcome.FATAL, EventOutcome.RESOLVED, EventOutcome.UNKNOWN

EVENT_CASES = [
    # (grade, outcome, serious, seriousness, refused field or None)
    pytest.param(5, FATAL, True, (Seriousness.DEATH,), None, id="death-consistent"),
    pytest.param(5, FATAL, True, (), None, id="criteria-optional"),
    pytest.param(5, RESOLVED, True, (), "outcome", id="grade-5-resolved"),
    pytest.param(5, UNKNOWN, True, (), "outcome", id="grade-5-unknown-outcome"),
    pytest.param(4, FATAL, True, (), "grade", id="fatal-grade-4"),
    pytest.param(1, FATAL, False, (), "grade", id="fatal-grade-1"),
    pytest.param(5, FATAL, False, (), "serious", id="grade-5-not-serious"),
    pytest.param(4, RESOLVED, True, (HOSPITAL,), None, id="serious-with-criterion"),
    pytest.param(2, RESOLVED, True, (), None, id="serious-without-criterion"),
    # SPEC 12: criteria on a non-serious event are accepted.
    pytest.param(3, RESOLVED, False, (HOSPITAL,), None, id="criteria-on-non-serious"),
    pytest.param(3, RESOLVED, True, ("hospital",), "seriousness", id="unknown-criterion"),
    pytest.param(3, RESOLVED, True, (HOSPITAL, HOSPITAL), "seriousness", id="criterion-twice"),
]


@pytest.mark.parametrize(("grade", "outcome", "serious", "seriousness", "field"), EVENT_CASES)
def test_impossible_combinations_are_refused_naming_the_field(
    grade: int,
    outcome: EventOutcome,
    serious: bool,
    seriousness: tuple[Any, ...],
    field: str | None,
) -> None:
    event = an_event(grade, outcome, serious, seriousness)
    infusion = make_infusion(events=(event,), lots=(Lot("P123"),))
    if field is None:
        validate_event(RECORD, event, infusion)
        assert validate_infusion(infusion, product_ids={"privigen"}) == ()
        return
    for check in (
        lambda: validate_event(RECORD, event, infusion),
        lambda: validate_infusion(infusion, product_ids={"privigen"}),
    ):
        with pytest.raises(ValidationError) as caught:
            check()
        assert (caught.value.record, caught.value.field) == (RECORD, field)
        assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("grade", "outcome", "serious", "fields"),
    [
        (5, RESOLVED, False, ["outcome", "serious"]),
        (5, FATAL, False, ["serious"]),
        (4, FATAL, True, ["grade"]),
        (5, FATAL, True, []),
        (4, RESOLVED, False, []),
    ],
)
def test_every_impossible_combination_is_listed_at_once(
    grade: int, outcome: EventOutcome, serious: bool, fields: list[str]
) -> None:
    problems = seriousness_problems(RECORD, an_event(grade, outcome, serious))
    assert [p.field for p in problems] == fields
    assert all(p.record == RECORD for p in problems)


def test_messages_say_what_to_check() -> None:
    infusion = make_infusion()
    with pytest.raises(ValidationError) as caught:
        validate_event(RECORD, an_event(5, RESOLVED, True), infusion)
    assert str(caught.value) == (
        f"{RECORD}: outcome: grade 5 means death related to the event, so the outcome must be"
        " fatal (got resolved); check the grade and the outcome"
    )
    with pytest.raises(ValidationError) as caught:
        validate_event(RECORD, an_event(5, FATAL, False), infusion)
    assert "always serious" in str(caught.value)


def test_seriousness_codes_are_the_ich_e2a_criteria() -> None:
    assert [c.value for c in Seriousness] == [
        "death",
        "life_threatening",
        "hospitalisation",
        "disability",
        "congenital_anomaly",
        "other_important",
    ]
    assert set(SERIOUSNESS_NAMES) == set(Seriousness)


@pytest.mark.parametrize("term", NEW_TERMS)
def test_new_terms_have_ward_words_and_are_check_symptoms(term: str) -> None:
    code = EventTerm(term)
    assert EVENT_TERM_NAMES[code]
    assert require_symptom("check", "symptoms", term) == term
    end = START + timedelta(hours=6)
    check = Check(
        infusion_id="inf-1",
        offset_h=24,
        due_at=end + timedelta(hours=24),
        done_at=end + timedelta(hours=23),
        mode=CheckMode.PHONE,
        outcome=CheckOutcome.SYMPTOMS,
        symptoms=(term,),
    )
    validate_check(check, make_infusion(end=end), check_offsets=(24, 48, 72))


def test_other_stays_the_last_term() -> None:
    assert list(EventTerm)[-1] is EventTerm.OTHER
    assert set(EVENT_TERM_NAMES) == set(EventTerm)


# --- Interchange key `seriousness` ---------------------------------------------------------------

NOW = datetime(2026, 6, 1, 12, 0)


def parse(data: object) -> Any:
    return parse_document(data, product_ids={"privigen"}, check_offsets=(24, 48, 72), now=NOW)


def with_event(**changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(SPEC_EXAMPLE)
    data["infusions"][0]["events"][0].update(changes)
    return data


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        pytest.param({}, (), id="absent"),
        pytest.param({"seriousness": None}, (), id="null"),
        pytest.param({"seriousness": []}, (), id="empty"),
        pytest.param(
            {"serious": True, "seriousness": ["hospitalisation", "other_important"]},
            (Seriousness.HOSPITALISATION, Seriousness.OTHER_IMPORTANT),
            id="two-criteria",
        ),
    ],
)
def test_seriousness_is_read(changes: dict[str, Any], expected: tuple[Seriousness, ...]) -> None:
    assert parse(with_event(**changes)).infusions[0].events[0].seriousness == expected


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        pytest.param({"seriousness": ["hospital"]}, "seriousness", id="unknown-code"),
        pytest.param({"seriousness": "death"}, "seriousness", id="not-a-list"),
        pytest.param({"seriousness": [1]}, "seriousness", id="not-text"),
        pytest.param({"grade": 5, "serious": True}, "outcome", id="grade-5-not-fatal"),
        pytest.param({"outcome": "fatal"}, "grade", id="fatal-grade-1"),
        pytest.param({"grade": 5, "outcome": "fatal"}, "serious", id="death-not-serious"),
    ],
)
def test_import_refuses_naming_the_field(changes: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse(with_event(**changes))
    assert (caught.value.record, caught.value.field) == (RECORD, field)


def test_seriousness_round_trips() -> None:
    document = parse(with_event(serious=True, seriousness=["life_threatening"]))
    written: Any = json.loads(json.dumps(to_document(document.patients, document.infusions, [])))
    assert written["infusions"][0]["events"][0]["seriousness"] == ["life_threatening"]
    assert parse(written).infusions == document.infusions
