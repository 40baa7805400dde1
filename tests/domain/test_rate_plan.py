"""The rate plan (SPEC 11.4), hand-computed: steps as pump settings rounded down to 0.1 mL/h,
the patient's maximum and what sets it, the volume of each step and the expected end.

At 20 kg a 10 % product (C = 100 mg/mL) gives mL/h = mg/kg/min x 12 and mL/kg/h = mL/h / 20.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ivigmon.domain.codes import Diagnosis
from ivigmon.domain.local_limits import in_force
from ivigmon.domain.products import LocalField, LocalValues, Product
from ivigmon.domain.rate_plan import MaxSource, Shape, floor_tenth, rate_plan
from ivigmon.services.catalogue import shipped_products

START = datetime(2026, 3, 10, 9, 0)
PRODUCTS = {p.id: p for p in shipped_products()}


def at(hhmm: str, day: int = 10) -> datetime:
    hour, minute = hhmm.split(":")
    return datetime(2026, 3, day, int(hour), int(minute))


LOCAL_NOTE = "ward protocol 2026"


def with_local(product_id: str, **values: object) -> Product:
    """The product with these local values in force, each with the same source note."""
    local = LocalValues.from_values(
        {LocalField(name): value for name, value in values.items()},
        {name: LOCAL_NOTE for name in values},
    )
    return in_force(PRODUCTS[product_id], local)


def plan(
    product_id: str,
    weight: float = 20.0,
    dose: float = 40.0,
    local: dict[str, object] | None = None,
    **kwargs,
):
    kwargs.setdefault("ceiling_ml_per_h", 240.0)
    product = with_local(product_id, **local) if local else PRODUCTS[product_id]
    return rate_plan(product, weight_kg=weight, dose_g=dose, start=START, **kwargs)


def rows(result) -> list[tuple[object, object, float, float | None]]:
    return [
        (
            s.start and s.start.strftime("%H:%M"),
            s.end and s.end.strftime("%H:%M"),
            s.rate.ml_per_h,
            None if s.volume_ml is None else round(s.volume_ml, 2),
        )
        for s in result.steps
    ]


HAND_COMPUTED = [
    # Octagam 10 %: 1, 2, 4, 8 mg/kg/min each 30 min, then 12: 6 + 12 + 24 + 48 mL, then
    # 310 mL at 144 mL/h = 129.2 min, rounded up to 130: 11:00 + 2:10.
    pytest.param(
        "octagam_10",
        "JIA",
        Shape.STEPS,
        [
            ("09:00", "09:30", 12.0, 6.0),
            ("09:30", "10:00", 24.0, 12.0),
            ("10:00", "10:30", 48.0, 24.0),
            ("10:30", "11:00", 96.0, 48.0),
            ("11:00", "13:10", 144.0, 310.0),
        ],
        at("13:10"),
        id="octagam-10",
    ),
    # In dermatomyositis at most 4 mg/kg/min: 382 mL at 48 mL/h = 477.5 min -> 478.
    pytest.param(
        "octagam_10",
        "JDM",
        Shape.STEPS,
        [
            ("09:00", "09:30", 12.0, 6.0),
            ("09:30", "10:00", 24.0, 12.0),
            ("10:00", "17:58", 48.0, 382.0),
        ],
        at("17:58"),
        id="octagam-10-jdm",
    ),
    # Panzyga: 1, 2, 4, 8, 12 mg/kg/min each 15 min (3 + 6 + 12 + 24 + 36 mL), then 14
    # (168 mL/h): 319 mL = 113.9 min -> 114.
    pytest.param(
        "panzyga",
        "PID",
        Shape.STEPS,
        [
            ("09:00", "09:15", 12.0, 3.0),
            ("09:15", "09:30", 24.0, 6.0),
            ("09:30", "09:45", 48.0, 12.0),
            ("09:45", "10:00", 96.0, 24.0),
            ("10:00", "10:15", 144.0, 36.0),
            ("10:15", "12:09", 168.0, 319.0),
        ],
        at("12:09"),
        id="panzyga",
    ),
    # Bivigam: 0.5 mg/kg/min for 10 min, then +0.8 every 20 min up to 6 (the last listed step
    # is the maximum: it runs to the end): 80.2 mL, then 319.8 mL at 72 mL/h = 266.5 -> 267 min.
    pytest.param(
        "bivigam",
        "PID",
        Shape.STEPS,
        [
            ("09:00", "09:10", 6.0, 1.0),
            ("09:10", "09:30", 15.6, 5.2),
            ("09:30", "09:50", 25.2, 8.4),
            ("09:50", "10:10", 34.8, 11.6),
            ("10:10", "10:30", 44.4, 14.8),
            ("10:30", "10:50", 54.0, 18.0),
            ("10:50", "11:10", 63.6, 21.2),
            ("11:10", "15:37", 72.0, 319.8),
        ],
        at("15:37"),
        id="bivigam",
    ),
    # Gammagard Liquid (mL/kg/h): 0.5 (10 mL/h) for 30 min, then as tolerated every 30 min up
    # to 5 (100 mL/h): the earliest end, 395 mL at 100 mL/h = 237 min after 09:30.
    pytest.param(
        "gammagard_liquid",
        "PID",
        Shape.INTERVAL,
        [("09:00", "09:30", 10.0, 5.0), ("09:30", "13:27", 100.0, 395.0)],
        at("13:27"),
        id="gammagard-liquid",
    ),
    # Privigen: no steps, no interval: 0.5 then 8 mg/kg/min, untimed; no expected end.
    pytest.param(
        "privigen",
        "PID",
        Shape.OPEN,
        [("09:00", None, 6.0, None), (None, None, 96.0, None)],
        None,
        id="privigen",
    ),
    # Intratect 10 %: no rates, no plan.
    pytest.param("intratect_10", "PID", Shape.NONE, [], None, id="intratect-10"),
]


@pytest.mark.parametrize(("product_id", "indication", "shape", "expected", "end"), HAND_COMPUTED)
def test_hand_computed_plans(product_id, indication, shape, expected, end):
    result = plan(product_id, indication=indication)
    assert result.shape is shape
    assert result.volume_ml == 400.0
    assert rows(result) == expected
    assert result.expected_end == end


# The shipped products not in HAND_COMPUTED, for 20 kg, 40 g, PID from 09:00: (shape, pump
# rates, expected end). 5 %: C = 50, so mL/h = mg/kg/min x 24 at 20 kg; 10 %: x 12.
OTHER_PRODUCTS = {
    # 0.5, 1, 2 mg/kg/min each 30 min (6 + 12 + 24 mL), then 3.33 (79.92 -> 79.9 mL/h):
    # 758 mL = 569.2 min -> 570 after 10:30.
    "octagam_5": (Shape.STEPS, [12.0, 24.0, 48.0, 79.9], at("20:00")),
    # 1 mg/kg/min for 30 min (6 mL), then as tolerated up to 8 (96 mL/h): 394 mL = 246.3 ->
    # 247 min after 09:30.
    "gamunex_c": (Shape.INTERVAL, [12.0, 96.0], at("13:37")),
    # 0.5 mg/kg/min for 15 min (3 mL), then up to 4 (96 mL/h): 797 mL = 498.1 -> 499 min.
    "gammaplex_5": (Shape.INTERVAL, [12.0, 96.0], at("17:34")),
    # 0.5, 1, 2, 4, 6 each 15 min (1.5 + 3 + 6 + 12 + 18 mL), then 8 (96 mL/h): 359.5 mL =
    # 224.7 -> 225 min after 10:15.
    "gammaplex_10": (Shape.STEPS, [6.0, 12.0, 24.0, 48.0, 72.0, 96.0], at("14:00")),
    # 0.5 for 15 min (1.5 mL), then up to 8 (96 mL/h): 398.5 mL = 249.1 -> 250 min.
    "asceniv": (Shape.INTERVAL, [6.0, 96.0], at("13:25")),
    # No steps, no interval: the initial rate, then the maximum, untimed.
    "flebogamma_dif_5": (Shape.OPEN, [12.0, 120.0], None),
    "flebogamma_dif_10": (Shape.OPEN, [12.0, 96.0], None),
    # No label rates: no plan.
    "intratect_5": (Shape.NONE, [], None),
    "gammagard_sd": (Shape.NONE, [], None),
}


@pytest.mark.parametrize("product_id", sorted(OTHER_PRODUCTS))
def test_the_plan_of_every_other_shipped_product(product_id):
    shape, pumps, end = OTHER_PRODUCTS[product_id]
    result = plan(product_id, indication="PID")
    assert result.shape is shape
    assert [step.rate.ml_per_h for step in result.steps] == pumps
    assert result.expected_end == end


def test_every_product_of_the_reference_files_has_a_hand_computed_plan():
    computed = {param.values[0] for param in HAND_COMPUTED} | set(OTHER_PRODUCTS)
    assert computed == set(PRODUCTS)


def test_a_product_without_rates_has_no_plan_and_says_why():
    result = plan("intratect_10", indication="PID")
    assert result.maximum is None and result.steps == ()
    assert result.notes == (
        "no plan: Intratect 10% has no confirmed label rates; an administrator enters local"
        " limits in the catalogue",
    )


def test_the_open_and_interval_plans_say_what_the_label_leaves_to_the_nurse():
    privigen = plan("privigen", indication="PID")
    assert privigen.steps[1].as_tolerated
    assert any(
        "no steps and no interval" in n
        and "at least 4 h 10 min (the earliest end: 2026-03-10 13:10)" in n
        for n in privigen.notes
    )
    gammagard = plan("gammagard_liquid", indication="PID")
    assert gammagard.steps[1].as_tolerated
    assert any(
        "no steps are given: raise as tolerated every 30 min up to 100 mL/h (5 mL/kg/h)" in n
        for n in gammagard.notes
    )


MAXIMUM_SOURCES = [
    # (product, weight, indication, at-risk codes, local maximum, ward ceiling, pump, source)
    pytest.param("privigen", 20, "PID", (), None, 240, 96.0, MaxSource.MAXIMUM, id="label"),
    pytest.param(
        "privigen", 20, "ITP", (), None, 240, 48.0, MaxSource.INDICATION_MAXIMUM, id="indication"
    ),
    pytest.param(
        "octagam_10", 20, "JDM", (), None, 240, 48.0, MaxSource.INDICATION_MAXIMUM, id="og-jdm"
    ),
    # Octagam 10 % at-risk 3.3 mg/kg/min = 39.6 mL/h; without a factor it does not apply.
    pytest.param(
        "octagam_10",
        20,
        "JIA",
        ("DIABETES",),
        None,
        240,
        39.6,
        MaxSource.AT_RISK_MAXIMUM,
        id="at-risk",
    ),
    # ...and it is lower than the JDM maximum too.
    pytest.param(
        "octagam_10",
        20,
        "JDM",
        ("KIDNEY_FAILURE",),
        None,
        240,
        39.6,
        MaxSource.AT_RISK_MAXIMUM,
        id="at-risk-below-jdm",
    ),
    # A product without an at-risk maximum keeps its maximum.
    pytest.param(
        "privigen", 20, "PID", ("DIABETES",), None, 240, 96.0, MaxSource.MAXIMUM, id="no-at-risk"
    ),
    # A local maximum of 6 mg/kg/min (72 mL/h) below the label's 8; one above it does not apply.
    pytest.param(
        "privigen", 20, "PID", (), 6.0, 240, 72.0, MaxSource.LOCAL_MAXIMUM, id="local-lower"
    ),
    pytest.param("privigen", 20, "PID", (), 10.0, 240, 96.0, MaxSource.MAXIMUM, id="local-higher"),
    # 70 kg: 8 mg/kg/min is 336 mL/h, above the ward ceiling.
    pytest.param("privigen", 70, "PID", (), None, 240, 240.0, MaxSource.WARD_CEILING, id="ceiling"),
    # 50 kg: 8 mg/kg/min is exactly 240 mL/h: the label is named on a tie.
    pytest.param("privigen", 50, "PID", (), None, 240, 240.0, MaxSource.MAXIMUM, id="tie"),
    # 50.125 kg: 8 mg/kg/min is 240.6 mL/h, a little over the ceiling: the ceiling sets it.
    pytest.param(
        "privigen", 50.125, "PID", (), None, 240, 240.0, MaxSource.WARD_CEILING, id="over-240"
    ),
    # A ward ceiling of 241 mL/h: the label's 240.96 at 50.2 kg is below it and sets the
    # maximum, rounded down to 240.9.
    pytest.param(
        "privigen", 50.2, "PID", (), None, 241, 240.9, MaxSource.MAXIMUM, id="ceiling-241"
    ),
    pytest.param("privigen", 70, "PID", (), None, None, 336.0, MaxSource.MAXIMUM, id="no-ceiling"),
]


@pytest.mark.parametrize(
    ("product_id", "weight", "indication", "codes", "local", "ceiling", "pump", "source"),
    MAXIMUM_SOURCES,
)
def test_the_maximum_is_the_lowest_and_the_plan_says_what_sets_it(
    product_id, weight, indication, codes, local, ceiling, pump, source
):
    result = plan(
        product_id,
        weight=weight,
        dose=weight * 2,
        indication=indication,
        at_risk_codes=codes,
        ceiling_ml_per_h=ceiling,
        local=None if local is None else {"max_rate": local},
    )
    assert result.maximum is not None
    assert (result.maximum.rate.ml_per_h, result.maximum.set_by) == (pump, source)
    assert max(step.rate.ml_per_h for step in result.steps) == pump
    said = next(n for n in result.notes if n.startswith("the maximum is set by"))
    if source is MaxSource.LOCAL_MAXIMUM:
        assert said == "the maximum is set by the local limit (ward protocol 2026): 6 mg/kg/min"
    if source is MaxSource.WARD_CEILING:
        assert said == "the maximum is set by the ward ceiling: 240 mL/h for every product"
    if source is MaxSource.AT_RISK_MAXIMUM:
        assert said.startswith("the maximum is set by the at-risk maximum (")


def test_a_lower_maximum_caps_the_listed_steps():
    # Octagam 10 % with diabetes: 1, 2 mg/kg/min, then 3.3 (39.6 mL/h) for the rest:
    # 382 mL at 39.6 mL/h = 578.8 min -> 579 (9 h 39 min after 10:00).
    result = plan("octagam_10", indication="JIA", at_risk_codes=("DIABETES",))
    assert rows(result) == [
        ("09:00", "09:30", 12.0, 6.0),
        ("09:30", "10:00", 24.0, 12.0),
        ("10:00", "19:39", 39.6, 382.0),
    ]


@pytest.mark.parametrize(
    ("ml_per_h", "shown"),
    [(4.26, 4.2), (68.16, 68.1), (4.8, 4.8), (4.7999999999, 4.8), (19.2, 19.2), (0.09, 0.0)],
)
def test_pump_rates_are_rounded_down_to_a_tenth(ml_per_h, shown):
    assert floor_tenth(ml_per_h) == shown


def test_the_plan_rounds_each_pump_rate_down():
    # Privigen for 14.2 kg: 0.5 mg/kg/min = 4.26 mL/h -> 4.2; 8 mg/kg/min = 68.16 -> 68.1.
    result = plan("privigen", weight=14.2, dose=28.4, indication="KD")
    assert [s.rate.ml_per_h for s in result.steps] == [4.2, 68.1]
    # The per-kg figures are those of the setting, a little under the label's.
    assert round(result.steps[0].rate.mg_per_kg_min, 4) == 0.493


def test_the_plan_ends_when_the_volume_is_given_even_before_the_steps_are_done():
    # Panzyga 2 g for 20 kg = 20 mL: 3 + 6 mL in the first half hour, then 11 mL at
    # 48 mL/h = 13.75 min -> 14.
    result = plan("panzyga", dose=2.0, indication="PID")
    assert rows(result) == [
        ("09:00", "09:15", 12.0, 3.0),
        ("09:15", "09:30", 24.0, 6.0),
        ("09:30", "09:44", 48.0, 11.0),
    ]
    assert result.expected_end == at("09:44")


def test_the_expected_end_may_fall_on_the_next_day():
    # Octagam 10 % for JDM started at 18:00 ends 8 h 58 min later.
    result = rate_plan(
        PRODUCTS["octagam_10"],
        weight_kg=20.0,
        dose_g=40.0,
        start=at("18:00"),
        indication="JDM",
        ceiling_ml_per_h=240.0,
    )
    assert result.expected_end == at("02:58", day=11)


def test_gamunex_in_cidp_starts_at_its_own_initial_rate():
    # 2 mg/kg/min (24 mL/h) for 30 min instead of 1 (12 mL/h).
    assert plan("gamunex_c", indication="CIDP").steps[0].rate.ml_per_h == 24.0
    assert plan("gamunex_c", indication="PID").steps[0].rate.ml_per_h == 12.0


@settings(max_examples=200, deadline=None)
@given(
    product=st.sampled_from(sorted(PRODUCTS)),
    indication=st.sampled_from([None, *(d.value for d in Diagnosis)]),
    weight=st.floats(min_value=2.0, max_value=120.0),
    per_kg=st.floats(min_value=0.2, max_value=2.5),
    risky=st.booleans(),
)
def test_every_product_plans_within_its_limits(product, indication, weight, per_kg, risky):
    item: Product = PRODUCTS[product]
    result = plan(
        product,
        weight=weight,
        dose=weight * per_kg,
        indication=indication,
        at_risk_codes=("DIABETES",) if risky else (),
    )
    if not item.has_rate_limits:
        assert result.steps == () and result.notes[0].startswith("no plan")
        return
    assert result.maximum is not None
    rates = [s.rate.ml_per_h for s in result.steps]
    assert rates == sorted(rates) and len(set(rates)) == len(rates)
    assert max(rates) <= result.maximum.rate.ml_per_h <= 240.0
    # Never above the label maximum for the indication, whatever the rounding.
    top = item.max_rate_for(indication)
    assert top is not None
    assert all(s.rate.in_unit(item.rate_unit) <= top + 1e-9 for s in result.steps)
    if result.shape is not Shape.OPEN:
        assert sum(s.volume_ml or 0.0 for s in result.steps) == pytest.approx(result.volume_ml)
        assert result.expected_end == result.steps[-1].end
        for before, after in zip(result.steps, result.steps[1:], strict=False):
            assert before.end == after.start


def test_no_plan_when_the_initial_rate_is_below_what_a_pump_can_be_set_to():
    # Privigen 0.5 mg/kg/min for 0.3 kg is 0.09 mL/h.
    result = plan("privigen", weight=0.3, dose=0.6, indication="PID")
    assert result.steps == ()
    assert result.notes == (
        "no plan: the initial rate for 0.3 kg is below 0.1 mL/h, less than a pump can be set to",
    )


LOCAL_TITRATION = {"steps": (1.0, 2.0, 4.0), "first_step_minutes": 30, "step_minutes": 30}


@pytest.mark.parametrize(
    ("product_id", "local", "source"),
    [
        # Privigen's label names a maximum but no steps and no interval: the ward's fill the gap.
        pytest.param("privigen", LOCAL_TITRATION, MaxSource.MAXIMUM, id="privigen-local-steps"),
        # Intratect 10 % has no label rates at all: every value is the ward's.
        pytest.param(
            "intratect_10",
            {"initial_rate": 0.5, "max_rate": 8.0, **LOCAL_TITRATION},
            MaxSource.LOCAL_MAXIMUM,
            id="intratect-all-local",
        ),
    ],
)
def test_local_steps_and_minutes_where_the_label_has_none_make_a_timed_plan(
    product_id, local, source
):
    # 0.5, 1, 2, 4 mg/kg/min (6, 12, 24, 48 mL/h) each for 30 min: 3 + 6 + 12 + 24 = 45 mL,
    # then 8 mg/kg/min (96 mL/h): 355 mL = 221.9 min -> 222 (3 h 42 min after 11:00).
    result = plan(product_id, indication="PID", local=local)
    assert result.shape is Shape.STEPS
    assert rows(result) == [
        ("09:00", "09:30", 6.0, 3.0),
        ("09:30", "10:00", 12.0, 6.0),
        ("10:00", "10:30", 24.0, 12.0),
        ("10:30", "11:00", 48.0, 24.0),
        ("11:00", "14:42", 96.0, 355.0),
    ]
    assert result.expected_end == at("14:42")
    assert result.maximum is not None and result.maximum.set_by is source
    for what in ("steps", "first-step minutes", "later-step minutes"):
        assert f"{what}: local limit ({LOCAL_NOTE})" in result.notes
    # Without the local values the label's Privigen plan is untimed, Intratect's is none.
    assert plan(product_id, indication="PID").shape in (Shape.OPEN, Shape.NONE)


LOWER_LOCAL_MAXIMUM = [
    # Octagam 10 %, label maximum 12 mg/kg/min; a local 6 (72 mL/h) caps the listed 8 too:
    # 6 + 12 + 24 mL, then 358 mL at 72 mL/h = 298.3 min -> 299 (4 h 59 min after 10:30).
    pytest.param(
        "JIA",
        6.0,
        [
            ("09:00", "09:30", 12.0, 6.0),
            ("09:30", "10:00", 24.0, 12.0),
            ("10:00", "10:30", 48.0, 24.0),
            ("10:30", "15:29", 72.0, 358.0),
        ],
        "local limit (ward protocol 2026): 6 mg/kg/min",
        id="below-the-label-maximum",
    ),
    # In dermatomyositis (label: 4 mg/kg/min) a local 3 (36 mL/h) applies as well:
    # 6 + 12 mL, then 382 mL at 36 mL/h = 636.7 min -> 637 (10 h 37 min after 10:00).
    pytest.param(
        "JDM",
        3.0,
        [
            ("09:00", "09:30", 12.0, 6.0),
            ("09:30", "10:00", 24.0, 12.0),
            ("10:00", "20:37", 36.0, 382.0),
        ],
        "local limit (ward protocol 2026): 3 mg/kg/min",
        id="below-the-jdm-maximum",
    ),
]


@pytest.mark.parametrize(("indication", "local_max", "expected", "reason"), LOWER_LOCAL_MAXIMUM)
def test_a_local_maximum_lower_than_the_labels_sets_the_plans_maximum(
    indication, local_max, expected, reason
):
    result = plan("octagam_10", indication=indication, local={"max_rate": local_max})
    assert result.maximum is not None
    assert result.maximum.set_by is MaxSource.LOCAL_MAXIMUM
    assert result.maximum.reason == reason
    assert round(result.maximum.rate.mg_per_kg_min, 6) == local_max
    assert rows(result) == expected
    assert f"the maximum is set by the {reason}" in result.notes


def test_a_local_maximum_above_the_labels_leaves_the_label_in_charge():
    result = plan("octagam_10", indication="JDM", local={"max_rate": 10.0})
    assert result.maximum is not None
    assert result.maximum.set_by is MaxSource.INDICATION_MAXIMUM
    assert result.maximum.reason == "label maximum for JDM: 4 mg/kg/min"


def test_a_local_at_risk_maximum_says_its_note():
    # 3 mg/kg/min = 36 mL/h for a child with diabetes, below the local maximum of 8.
    result = plan(
        "intratect_10",
        indication="PID",
        local={"initial_rate": 0.5, "max_rate": 8.0, "at_risk_max_rate": 3.0},
        at_risk_codes=("DIABETES",),
    )
    assert result.maximum is not None
    assert result.maximum.set_by is MaxSource.AT_RISK_MAXIMUM
    assert result.maximum.reason == (
        "at-risk maximum (DIABETES; local limit: ward protocol 2026): 3 mg/kg/min"
    )
    assert result.maximum.rate.ml_per_h == 36.0


def test_a_product_with_a_maximum_but_no_initial_rate_has_no_plan():
    result = plan("intratect_10", indication="PID", local={"max_rate": 8.0})
    assert result.steps == ()
    assert result.notes == (
        "no plan: Intratect 10% has no initial rate; an administrator enters a local initial"
        " rate in the catalogue",
    )
