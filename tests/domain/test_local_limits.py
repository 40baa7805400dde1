"""Local values (SPEC 11.1): which limit is in force, and the validation at each boundary."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ivigmon.domain.codes import RateUnit
from ivigmon.domain.local_limits import (
    in_force,
    local_problems,
    parse_local_value,
    validate_local,
)
from ivigmon.domain.products import LocalField, LocalValues, Product
from ivigmon.domain.validation import ValidationError

NOTE = "Ward IVIG protocol 2026, section 4"


def local(**values: object) -> LocalValues:
    """Local values, each with the same source note."""
    return LocalValues.from_values(
        {LocalField(name): value for name, value in values.items()},
        {name: NOTE for name in values},
    )


# (product, local values, indication, initial, maximum, at-risk max, first min, later min, steps,
#  values that rest on a local one)
IN_FORCE_CASES = [
    # No local values: the label alone.
    ("privigen", {}, "KD", 0.5, 8.0, None, None, None, (), set()),
    # A gap in the label is filled by the local value.
    (
        "intratect_10",
        {"initial_rate": 0.6, "max_rate": 6.0, "at_risk_max_rate": 3.0},
        "KD",
        0.6,
        6.0,
        3.0,
        None,
        None,
        (),
        {"initial_rate", "max_rate", "at_risk_max_rate"},
    ),
    (
        "privigen",
        {"first_step_minutes": 30, "step_minutes": 20, "steps": (1.0, 2.0, 4.0)},
        "KD",
        0.5,
        8.0,
        None,
        30,
        20,
        (1.0, 2.0, 4.0),
        {"first_step_minutes", "step_minutes", "steps"},
    ),
    # The label value holds where it has one: a local initial rate or interval is shown only.
    ("privigen", {"initial_rate": 1.0}, "KD", 0.5, 8.0, None, None, None, (), set()),
    ("octagam_10", {"step_minutes": 15}, "KD", 1.0, 12.0, 3.3, 30, 30, (1.0, 2.0, 4.0, 8.0), set()),
    # A local maximum lower than the label's applies as well; a higher one does not.
    ("privigen", {"max_rate": 6.0}, "KD", 0.5, 6.0, None, None, None, (), {"max_rate"}),
    ("privigen", {"max_rate": 8.0}, "KD", 0.5, 8.0, None, None, None, (), {"max_rate"}),
    ("privigen", {"max_rate": 10.0}, "KD", 0.5, 8.0, None, None, None, (), set()),
    # ... to the indication maxima too, where it is the lower one.
    ("privigen", {"max_rate": 3.0}, "ITP", 0.5, 3.0, None, None, None, (), {"max_rate"}),
    ("privigen", {"max_rate": 6.0}, "ITP", 0.5, 4.0, None, None, None, (), set()),
    ("octagam_10", {"max_rate": 10.0}, "JDM", 1.0, 4.0, 3.3, 30, 30, (1.0, 2.0, 4.0, 8.0), set()),
    # A lower local at-risk maximum applies as well.
    (
        "octagam_10",
        {"at_risk_max_rate": 2.0},
        "KD",
        1.0,
        12.0,
        2.0,
        30,
        30,
        (1.0, 2.0, 4.0, 8.0),
        {"at_risk_max_rate"},
    ),
    ("octagam_10", {"at_risk_max_rate": 5.0}, "KD", 1.0, 12.0, 3.3, 30, 30, (1, 2, 4, 8), set()),
]


@pytest.mark.parametrize(
    (
        "product_id",
        "values",
        "indication",
        "initial",
        "maximum",
        "at_risk",
        "first",
        "later",
        "steps",
        "local_fields",
    ),
    IN_FORCE_CASES,
)
def test_the_limits_in_force(
    products: dict[str, Product],
    product_id: str,
    values: dict[str, object],
    indication: str,
    initial: float,
    maximum: float,
    at_risk: float | None,
    first: int | None,
    later: int | None,
    steps: tuple[float, ...],
    local_fields: set[str],
) -> None:
    label = products[product_id]
    force = in_force(label, local(**values))
    assert force.initial_rate_for(indication) == initial
    assert force.max_rate_for(indication) == maximum
    assert force.at_risk_max_rate == at_risk
    assert (force.first_step_minutes, force.step_minutes) == (first, later)
    assert force.steps == tuple(float(s) for s in steps)
    resting = {
        name.value
        for name in LocalField
        if force.local_note(name, getattr(force, name.value))
        and (name is not LocalField.MAX_RATE or force.max_rate_for(indication) == force.max_rate)
    }
    assert resting == local_fields
    # The label product is never changed by local values.
    assert products[product_id] == label
    assert label.local is None


def test_a_local_value_is_named_with_its_note(products: dict[str, Product]) -> None:
    force = in_force(products["intratect_10"], local(max_rate=8.0))
    assert force.local_note(LocalField.MAX_RATE, 8.0) == NOTE
    assert force.local_note(LocalField.MAX_RATE, 7.0) == ""
    assert force.local_note(LocalField.INITIAL_RATE, None) == ""
    assert force.has_rate_limits
    assert not products["intratect_10"].has_rate_limits


def test_indication_values_replace_general_ones(products: dict[str, Product]) -> None:
    octagam, gamunex = products["octagam_10"], products["gamunex_c"]
    assert (octagam.max_rate_for("JDM"), octagam.max_rate_for("KD")) == (4.0, 12.0)
    assert (gamunex.initial_rate_for("CIDP"), gamunex.initial_rate_for("KD")) == (2.0, 1.0)
    assert products["privigen"].max_rate_for("ITP") == 4.0
    assert octagam.has_indication_max("JDM") and not octagam.has_indication_max("KD")


# (product, local values, field named, words in the problem); None: accepted.
PROBLEM_CASES = [
    # Rates must be positive, and plausible (20 mg/kg/min; 12 mL/kg/h at 10 %).
    ("intratect_10", {"max_rate": 0.0}, "max_rate", "must be more than 0 mg/kg/min"),
    ("intratect_10", {"max_rate": -1.0}, "max_rate", "must be more than 0"),
    ("intratect_10", {"max_rate": 0.01}, None, ""),
    ("intratect_10", {"max_rate": 20.0}, None, ""),
    ("intratect_10", {"max_rate": 20.01}, "max_rate", "must be at most 20 mg/kg/min"),
    ("gammagard_liquid", {"max_rate": 4.0}, None, ""),
    ("gammagard_liquid", {"at_risk_max_rate": 12.01}, "at_risk_max_rate", "at most 12 mL/kg/h"),
    (
        "gammagard_liquid",
        {"at_risk_max_rate": 12.0},
        "at_risk_max_rate",
        "must not be above the maximum 5 mL/kg/h (label)",
    ),
    ("intratect_10", {"initial_rate": 0.0}, "initial_rate", "must be more than 0"),
    ("intratect_10", {"at_risk_max_rate": 0.0}, "at_risk_max_rate", "must be more than 0"),
    # Initial <= maximum: the local maximum, or the label's.
    ("intratect_10", {"initial_rate": 2.0, "max_rate": 2.0}, None, ""),
    (
        "intratect_10",
        {"initial_rate": 2.01, "max_rate": 2.0},
        "initial_rate",
        "must not be above the maximum 2 mg/kg/min (local)",
    ),
    (
        "privigen",
        {"max_rate": 0.4},
        "max_rate",
        "must not be below the label's initial rate 0.5 mg/kg/min",
    ),
    ("privigen", {"max_rate": 0.5}, None, ""),
    ("privigen", {"initial_rate": 8.0}, None, ""),
    (
        "privigen",
        {"initial_rate": 8.5},
        "initial_rate",
        "must not be above the maximum 8 mg/kg/min (label)",
    ),
    # An at-risk maximum above the maximum is a slip.
    ("intratect_10", {"max_rate": 6.0, "at_risk_max_rate": 6.0}, None, ""),
    (
        "intratect_10",
        {"max_rate": 6.0, "at_risk_max_rate": 6.5},
        "at_risk_max_rate",
        "must not be above the maximum 6 mg/kg/min (local)",
    ),
    # Minutes: whole and positive, at most a day.
    ("intratect_10", {"first_step_minutes": 1}, None, ""),
    ("intratect_10", {"first_step_minutes": 0}, "first_step_minutes", "must be at least 1 min"),
    ("intratect_10", {"step_minutes": -15}, "step_minutes", "must be at least 1 min"),
    ("intratect_10", {"step_minutes": 1440}, None, ""),
    ("intratect_10", {"step_minutes": 1441}, "step_minutes", "must be at most 1440 min"),
    ("intratect_10", {"step_minutes": 15.5}, "step_minutes", "must be a whole number"),
    # Steps increasing and within the maximum in force.
    ("intratect_10", {"max_rate": 8.0, "steps": (1.0, 2.0, 8.0)}, None, ""),
    (
        "intratect_10",
        {"max_rate": 8.0, "steps": (1.0, 2.0, 8.01)},
        "steps",
        "step 8.01 is above the maximum 8 mg/kg/min (local)",
    ),
    ("privigen", {"steps": (1.0, 2.0, 8.0)}, None, ""),
    (
        "privigen",
        {"steps": (1.0, 2.0, 9.0)},
        "steps",
        "step 9 is above the maximum 8 mg/kg/min (label)",
    ),
    (
        "privigen",
        {"max_rate": 6.0, "steps": (1.0, 2.0, 8.0)},
        "steps",
        "step 8 is above the maximum 6 mg/kg/min (local)",
    ),
    (
        "intratect_10",
        {"max_rate": 8.0, "steps": (1.0, 2.0, 2.0)},
        "steps",
        "must increase from one step to the next (2 after 2)",
    ),
    (
        "intratect_10",
        {"max_rate": 8.0, "steps": (2.0, 1.0)},
        "steps",
        "must increase from one step to the next (1 after 2)",
    ),
    (
        "intratect_10",
        {"max_rate": 8.0, "steps": (0.0, 1.0)},
        "steps",
        "each step must be more than 0 mg/kg/min",
    ),
    ("intratect_10", {"steps": (1.0, 2.0)}, "steps", "a step list needs a maximum"),
]


@pytest.mark.parametrize(("product_id", "values", "field", "words"), PROBLEM_CASES)
def test_local_values_are_checked_at_each_boundary(
    products: dict[str, Product],
    product_id: str,
    values: dict[str, object],
    field: str | None,
    words: str,
) -> None:
    problems = local_problems(products[product_id], local(**values))
    if field is None:
        assert problems == []
        validate_local(products[product_id], local(**values))
        return
    assert [p.field for p in problems] == [field]
    assert words in problems[0].problem
    assert str(problems[0]).startswith(f"product {product_id}: {field}: ")
    with pytest.raises(ValidationError) as raised:
        validate_local(products[product_id], local(**values))
    assert raised.value.args == problems[0].args


def test_every_value_needs_a_source_note(products: dict[str, Product]) -> None:
    values = LocalValues.from_values({LocalField.MAX_RATE: 8.0}, {"max_rate": "  "})
    (problem,) = local_problems(products["intratect_10"], values)
    assert (problem.field, problem.problem) == (
        "max_rate",
        "needs a source note (the protocol or document it comes from)",
    )
    two_lines = LocalValues.from_values({LocalField.MAX_RATE: 8.0}, {"max_rate": "a\nb"})
    assert "one line" in local_problems(products["intratect_10"], two_lines)[0].problem
    long = LocalValues.from_values({LocalField.MAX_RATE: 8.0}, {"max_rate": "x" * 301})
    assert "at most 300 characters" in local_problems(products["intratect_10"], long)[0].problem
    fits = LocalValues.from_values({LocalField.MAX_RATE: 8.0}, {"max_rate": "x" * 300})
    assert local_problems(products["intratect_10"], fits) == []


def test_a_wrong_maximum_is_named_once_not_beside_every_other_value(
    products: dict[str, Product],
) -> None:
    values = local(initial_rate=0.5, max_rate=0.0, at_risk_max_rate=0.3, steps=(0.2, 0.4))
    problems = local_problems(products["intratect_10"], values)
    assert [p.field for p in problems] == ["max_rate"]


def test_several_problems_are_found_at_once_in_the_form_order(
    products: dict[str, Product],
) -> None:
    values = local(initial_rate=-1.0, max_rate=0.0, step_minutes=0, steps=(2.0, 1.0))
    problems = local_problems(products["intratect_10"], values)
    assert [p.field for p in problems] == ["initial_rate", "max_rate", "step_minutes", "steps"]


# (field, typed, value); a problem is named by its words.
PARSE_CASES = [
    (LocalField.MAX_RATE, "8", 8.0),
    (LocalField.MAX_RATE, " 0,5 ", 0.5),
    (LocalField.MAX_RATE, "", None),
    (LocalField.MAX_RATE, "-", None),
    (LocalField.MAX_RATE, "None", None),
    (LocalField.STEP_MINUTES, "30", 30),
    (LocalField.STEP_MINUTES, "30.0", 30),
    (LocalField.STEPS, "1;2;4", (1.0, 2.0, 4.0)),
    (LocalField.STEPS, " 0.5 ; 1 ", (0.5, 1.0)),
    (LocalField.MAX_RATE, "eight", "must be a number"),
    (LocalField.STEP_MINUTES, "15.5", "must be whole minutes"),
    (LocalField.STEPS, "1;;2", "separated by ;"),
    (LocalField.STEPS, "1;x", "must be a number"),
]


@pytest.mark.parametrize(("name", "typed", "expected"), PARSE_CASES)
def test_typed_local_values(name: LocalField, typed: str, expected: object) -> None:
    if isinstance(expected, str):
        with pytest.raises(ValidationError) as raised:
            parse_local_value("intratect_10", name, typed)
        assert raised.value.field == name.value
        assert expected in raised.value.problem
        return
    assert parse_local_value("intratect_10", name, typed) == expected


def test_a_local_brand_in_ml_per_kg_h_has_its_own_plausible_top(
    products: dict[str, Product],
) -> None:
    brand = replace(products["intratect_5"], rate_unit=RateUnit.ML_KG_H, id="local_5")
    # 20 mg/kg/min at 50 mg/mL is 24 mL/kg/h.
    assert local_problems(brand, local(max_rate=24.0)) == []
    assert "at most 24 mL/kg/h" in local_problems(brand, local(max_rate=24.5))[0].problem
