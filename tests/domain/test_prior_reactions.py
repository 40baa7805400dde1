"""PRIOR_REACTION and PRIOR_SEVERE_REACTION (SPEC 9 and 12): grades, timing, the worst event.

Events entered in error never reach the rules: storage leaves them out of the records, so they
are simply absent here.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from ivigmon.domain.codes import EventOutcome, FactorCode, RiskLevel, Seriousness
from ivigmon.domain.models import AdverseEvent, Infusion
from ivigmon.domain.prior_reactions import is_severe, prior_reaction
from ivigmon.domain.risk import SOURCES, RiskContext, assess_infusion, assess_patient

from .factories import START, assess_both, earlier_infusion, make_infusion, make_patient, reason

MINUTE = timedelta(minutes=1)
# The earlier infusion of most cases: 28 days before START (no LONG_GAP), 6 hours long.
EARLIER_START = START - timedelta(days=28)
DURING = EARLIER_START + timedelta(hours=1)
PRIOR = {FactorCode.PRIOR_REACTION, FactorCode.PRIOR_SEVERE_REACTION}


def event(
    grade: int,
    term: str = "rash",
    *,
    onset: datetime = DURING,
    serious: bool = False,
    check_offset_h: int | None = None,
    seriousness: tuple[Seriousness, ...] = (),
) -> AdverseEvent:
    outcome = EventOutcome.FATAL if grade == 5 else EventOutcome.RESOLVED
    return AdverseEvent(
        onset=onset,
        term=term,
        grade=grade,
        serious=serious or grade == 5,
        outcome=outcome,
        check_offset_h=check_offset_h,
        seriousness=seriousness,
    )


def with_events(*events: AdverseEvent, days_before: float = 28, id: str = "inf-0") -> Infusion:
    return earlier_infusion(days_before, id=id, events=events)


def prior_codes(codes: tuple[FactorCode, ...]) -> set[FactorCode]:
    return PRIOR & set(codes)


# --- Which events count, and for which code ------------------------------------------------------

GRADE_CASES = [
    # (events of the earlier infusion, expected code)
    pytest.param((), None, id="no-event"),
    pytest.param((event(1),), None, id="grade-1-never"),
    pytest.param((event(1, serious=True),), None, id="grade-1-serious-never"),
    pytest.param((event(1, "fever"), event(1, "headache")), None, id="many-grade-1"),
    pytest.param((event(2),), FactorCode.PRIOR_REACTION, id="grade-2"),
    pytest.param((event(3),), FactorCode.PRIOR_SEVERE_REACTION, id="grade-3"),
    pytest.param((event(4),), FactorCode.PRIOR_SEVERE_REACTION, id="grade-4"),
    pytest.param((event(2, serious=True),), FactorCode.PRIOR_SEVERE_REACTION, id="grade-2-serious"),
    # CTCAE v5 grades anaphylaxis 3-5: a lower grade is a recording slip, still severe.
    pytest.param((event(1, "anaphylaxis"),), FactorCode.PRIOR_SEVERE_REACTION, id="anaphylaxis-1"),
    pytest.param((event(2, "anaphylaxis"),), FactorCode.PRIOR_SEVERE_REACTION, id="anaphylaxis-2"),
    pytest.param((event(1, "Anaphylaxis"),), FactorCode.PRIOR_SEVERE_REACTION, id="typed-term"),
    pytest.param((event(2), event(3)), FactorCode.PRIOR_SEVERE_REACTION, id="severe-replaces"),
    pytest.param((event(2), event(1, serious=True)), FactorCode.PRIOR_REACTION, id="mixed-low"),
    pytest.param((event(2, "itchy eyes"),), FactorCode.PRIOR_REACTION, id="free-text-term"),
]


@pytest.mark.parametrize(("events", "expected"), GRADE_CASES)
def test_which_events_make_which_factor(
    risk_ctx: RiskContext, events: tuple[AdverseEvent, ...], expected: FactorCode | None
) -> None:
    infusions = [with_events(*events), make_infusion()]
    infusion, now = assess_both(risk_ctx, make_patient(), infusions)
    wanted = set() if expected is None else {expected}
    # Only one of the two is ever listed: PRIOR_SEVERE_REACTION replaces PRIOR_REACTION.
    assert prior_codes(infusion.codes) == wanted
    assert prior_codes(now.codes) == wanted
    if expected is not None:
        factor = next(f for f in infusion.factors if f.code is expected)
        assert factor.source == SOURCES[expected]


@pytest.mark.parametrize(
    ("code", "level"),
    [
        (FactorCode.PRIOR_REACTION, RiskLevel.ELEVATED),
        (FactorCode.PRIOR_SEVERE_REACTION, RiskLevel.HIGH),  # SPEC 9: high on its own
    ],
)
def test_level_of_a_prior_reaction_alone(
    risk_ctx: RiskContext, code: FactorCode, level: RiskLevel
) -> None:
    grade = 2 if code is FactorCode.PRIOR_REACTION else 3
    infusion, now = assess_both(
        risk_ctx, make_patient(), [with_events(event(grade)), make_infusion()]
    )
    assert infusion.codes == (code,) and now.codes == (code,)
    assert infusion.level is level and now.level is level


def test_severity_rules() -> None:
    assert not is_severe(event(2))
    assert not is_severe(event(1, serious=True))
    assert is_severe(event(2, serious=True))
    assert is_severe(event(3))
    assert is_severe(event(1, "anaphylaxis"))


def test_new_codes_come_after_product_caution(risk_ctx: RiskContext) -> None:
    order = list(FactorCode)
    assert order[-3:] == [
        FactorCode.PRODUCT_CAUTION,
        FactorCode.PRIOR_REACTION,
        FactorCode.PRIOR_SEVERE_REACTION,
    ]
    # Octagam 10 % for a child with diabetes is PRODUCT_CAUTION; it is listed before the reaction.
    patient = make_patient(comorbidities={"diabetes"})
    target = make_infusion(product_id="octagam_10")
    result = assess_infusion(patient, [with_events(event(3)), target], "inf-1", risk_ctx)
    assert result.codes[-2:] == (FactorCode.PRODUCT_CAUTION, FactorCode.PRIOR_SEVERE_REACTION)


# --- Timing: the infusion assessment (reference = the infusion's start) ---------------------------

INFUSION_TIMING_CASES = [
    # (other infusions, events of the assessed infusion, expected in the infusion assessment)
    pytest.param([with_events(event(3))], (), True, id="during-an-earlier-infusion"),
    pytest.param(
        [with_events(event(3, onset=START, check_offset_h=24))],
        (),
        True,
        id="reported-exactly-at-this-start",
    ),
    pytest.param(
        [with_events(event(3, onset=START + MINUTE, check_offset_h=24))],
        (),
        False,
        id="reported-one-minute-after-this-start",
    ),
    pytest.param([], (event(3, onset=START + MINUTE),), False, id="this-infusions-own-event"),
    pytest.param(
        [make_infusion(id="inf-0", events=(event(3, onset=START),))],
        (),
        False,
        id="same-start-is-not-earlier",
    ),
    pytest.param(
        [with_events(event(3), days_before=-3, id="inf-2")], (), False, id="later-infusion"
    ),
    pytest.param([with_events(event(3), days_before=900)], (), True, id="however-long-ago"),
]


@pytest.mark.parametrize(("others", "own", "expected"), INFUSION_TIMING_CASES)
def test_infusion_assessment_counts_strictly_earlier_infusions_up_to_its_start(
    risk_ctx: RiskContext, others: list[Infusion], own: tuple[AdverseEvent, ...], expected: bool
) -> None:
    infusions = [*others, make_infusion(events=own)]
    result = assess_infusion(make_patient(), infusions, "inf-1", risk_ctx)
    assert (FactorCode.PRIOR_SEVERE_REACTION in result.codes) is expected


# --- Timing: the patient assessment (reference = --at) ------------------------------------------

REACTION_AT = START + timedelta(hours=2)  # during the infusion of START

PATIENT_TIMING_CASES = [
    # (reference time, expected in the patient assessment)
    pytest.param(REACTION_AT - MINUTE, False, id="one-minute-before-onset"),
    pytest.param(REACTION_AT, True, id="exactly-at-onset"),
    pytest.param(REACTION_AT + timedelta(days=400), True, id="long-after"),
]


@pytest.mark.parametrize(("at", "expected"), PATIENT_TIMING_CASES)
def test_patient_assessment_counts_events_up_to_the_reference_time(
    risk_ctx: RiskContext, at: datetime, expected: bool
) -> None:
    infusions = [make_infusion(events=(event(3, onset=REACTION_AT),))]
    result = assess_patient(make_patient(), infusions, at, risk_ctx)
    assert (FactorCode.PRIOR_SEVERE_REACTION in result.codes) is expected


def test_patient_assessment_counts_an_infusion_started_exactly_at_the_reference_time(
    risk_ctx: RiskContext,
) -> None:
    """SPEC 9: every infusion that started at or before the reference time (here at it)."""
    infusions = [make_infusion(events=(event(2, "anaphylaxis", onset=START),))]
    result = assess_patient(make_patient(), infusions, START, risk_ctx)
    assert FactorCode.PRIOR_SEVERE_REACTION in result.codes
    assert (
        FactorCode.PRIOR_SEVERE_REACTION
        not in assess_patient(make_patient(), infusions, START - MINUTE, risk_ctx).codes
    )


# --- The worst qualifying event names the reason -------------------------------------------------

EARLIER = EARLIER_START


def at_day(days: float) -> datetime:
    return EARLIER + timedelta(days=days)


WORST_CASES = [
    # (infusions before START, expected reason)
    pytest.param(
        [
            with_events(
                event(3, "rash", onset=at_day(0)),
                event(4, "anaphylaxis", onset=at_day(0) + timedelta(minutes=30)),
            )
        ],
        "anaphylaxis grade 4 on 2026-02-01 during inf-0 (Privigen)",
        id="highest-grade",
    ),
    pytest.param(
        [
            with_events(
                event(3, "urticaria", onset=at_day(0), serious=True),
                event(3, "headache", onset=at_day(0) + timedelta(minutes=30)),
            )
        ],
        "urticaria grade 3 (serious) on 2026-02-01 during inf-0 (Privigen)",
        id="then-serious",
    ),
    pytest.param(
        [
            with_events(
                event(3, "headache", onset=at_day(0)),
                event(3, "vomiting", onset=at_day(1), check_offset_h=24),
            )
        ],
        "vomiting grade 3 on 2026-02-02 reported at the 24 h check of inf-0 (Privigen)",
        id="then-latest-onset",
    ),
    pytest.param(
        [
            with_events(event(3, "headache", onset=at_day(3), check_offset_h=72), id="inf-a"),
            with_events(
                event(3, "neck_stiffness", onset=at_day(3), check_offset_h=48),
                days_before=27,
                id="inf-b",
            ),
        ],
        "neck stiffness grade 3 on 2026-02-04 reported at the 48 h check of inf-b (Privigen)",
        id="then-later-infusion",
    ),
    pytest.param(
        [with_events(event(2, "rash", onset=at_day(0)), event(1, "anaphylaxis", onset=at_day(0)))],
        "anaphylaxis grade 1 on 2026-02-01 during inf-0 (Privigen); anaphylaxis is severe"
        " whatever its recorded grade (CTCAE v5 grades it 3-5)",
        id="only-events-qualifying-for-the-listed-code",
    ),
    pytest.param(
        [with_events(event(2, "fever", onset=at_day(0)), event(2, "chills", onset=at_day(1)))],
        "chills grade 2 on 2026-02-02 during inf-0 (Privigen)",
        id="prior-reaction-latest",
    ),
    pytest.param(
        [
            with_events(
                event(
                    2,
                    "wheeze",
                    serious=True,
                    seriousness=(Seriousness.HOSPITALISATION, Seriousness.LIFE_THREATENING),
                ),
            )
        ],
        "wheeze grade 2 (serious: needed or prolonged a hospital stay, life-threatening) on"
        " 2026-02-01 during inf-0 (Privigen)",
        id="seriousness-criteria-named",
    ),
]


@pytest.mark.parametrize(("infusions", "expected"), WORST_CASES)
def test_reason_names_the_worst_qualifying_event(
    risk_ctx: RiskContext, infusions: list[Infusion], expected: str
) -> None:
    records = [*infusions, make_infusion()]
    infusion, now = assess_both(risk_ctx, make_patient(), records)
    (code,) = prior_codes(infusion.codes)
    assert reason(infusion, code) == expected
    assert reason(now, code) == expected


def test_unknown_product_is_named_by_its_id() -> None:
    found = prior_reaction([with_events(event(3), id="inf-3")], START, products={})
    assert found is not None
    assert found.reason == "rash grade 3 on 2026-02-01 during inf-3 (privigen)"
    assert found.event.grade == 3 and found.infusion.id == "inf-3"
