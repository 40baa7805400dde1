"""The ward's local values per product (SPEC 11.1): their validation and the limits in force."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise

from ivigmon.domain.codes import RateUnit
from ivigmon.domain.numbers import fmt
from ivigmon.domain.products import LocalField, LocalValues, Product
from ivigmon.domain.validation import (
    ValidationError,
    is_single_line,
    parse_number_text,
    require_int,
    require_number,
    show,
)

# The fastest label maximum in the catalogue is 14 mg/kg/min (Panzyga); a local limit above
# 20 mg/kg/min (or the same in mL/kg/h at the product's concentration) is a typing slip, such
# as 80 for 8, not a ward protocol.
MAX_LOCAL_MG_PER_KG_MIN = 20.0
# Label intervals are 10 to 30 minutes; one step longer than a day is no titration step.
MAX_STEP_MINUTES = 24 * 60
# A source note names a document and its section: a line, not a page.
NOTE_MAX = 300

RATES = (LocalField.INITIAL_RATE, LocalField.MAX_RATE, LocalField.AT_RISK_MAX_RATE)
MINUTES = (LocalField.FIRST_STEP_MINUTES, LocalField.STEP_MINUTES)


def product_record(product_id: str) -> str:
    return f"product {product_id}"


def highest_rate(product: Product) -> float:
    """MAX_LOCAL_MG_PER_KG_MIN in the product's own rate unit."""
    if product.rate_unit is RateUnit.ML_KG_H:
        return MAX_LOCAL_MG_PER_KG_MIN * 60.0 / product.concentration_mg_per_ml
    return MAX_LOCAL_MG_PER_KG_MIN


def _lower(value: float | None, cap: float | None) -> float | None:
    """A local maximum lower than the label's applies as well (SPEC 11.1)."""
    if value is None:
        return cap
    if cap is None:
        return value
    return min(value, cap)


def in_force(label: Product, local: LocalValues | None) -> Product:
    """The product with the limits in force: the label value, or the local value where the
    label has none; a lower local maximum (or at-risk maximum) applies as well, to the
    indication maxima too. The label product itself is never changed."""
    if local is None or not local.given:
        return label
    cap = local.max_rate
    return replace(
        label,
        initial_rate=label.initial_rate if label.initial_rate is not None else local.initial_rate,
        max_rate=_lower(label.max_rate, cap),
        max_rate_by_indication={
            code: min(rate, cap) if cap is not None else rate
            for code, rate in label.max_rate_by_indication.items()
        },
        extra_max_by_indication={
            code: min(rate, cap) if cap is not None else rate
            for code, rate in label.extra_max_by_indication.items()
        },
        at_risk_max_rate=_lower(label.at_risk_max_rate, local.at_risk_max_rate),
        first_step_minutes=(
            label.first_step_minutes
            if label.first_step_minutes is not None
            else local.first_step_minutes
        ),
        step_minutes=label.step_minutes if label.step_minutes is not None else local.step_minutes,
        steps=label.steps or local.steps,
        local=local,
    )


def local_problems(label: Product, local: LocalValues) -> list[ValidationError]:
    """Every problem of the local values entered for `label`, at most one per field, in the
    form's order: positive rates, initial <= maximum, at-risk maximum <= maximum, minutes
    positive, steps increasing and within the maximum, and a source note for each value."""
    record = product_record(label.id)
    unit = label.rate_unit.value
    found: dict[LocalField, ValidationError] = {}

    def refuse(name: LocalField, problem: str) -> None:
        found.setdefault(name, ValidationError(record, name.value, problem))

    top = highest_rate(label)
    for name in RATES:
        value = local.value(name)
        if value is None:
            continue
        try:
            require_number(record, name.value, value, minimum=0, min_inclusive=False, unit=unit)
            require_number(record, name.value, value, maximum=round(top, 2), unit=unit)
        except ValidationError as error:
            found[name] = error
    for name in MINUTES:
        value = local.value(name)
        if value is None:
            continue
        try:
            require_int(record, name.value, value, minimum=1, maximum=MAX_STEP_MINUTES, unit="min")
        except ValidationError as error:
            found[name] = error
    # A local maximum that is itself wrong is named once, not again beside the other values.
    usable_max = None if LocalField.MAX_RATE in found else local.max_rate
    maximum = _lower(label.max_rate, usable_max)
    if maximum is not None:
        whose = "local" if usable_max == maximum else "label"
        shown = f"{fmt(maximum)} {unit} ({whose})"
        initial = local.initial_rate
        if initial is not None and LocalField.INITIAL_RATE not in found and initial > maximum:
            refuse(
                LocalField.INITIAL_RATE,
                f"must not be above the maximum {shown} (got {show(initial)})",
            )
        if (
            usable_max is not None
            and label.initial_rate is not None
            and usable_max < label.initial_rate
        ):
            refuse(
                LocalField.MAX_RATE,
                f"must not be below the label's initial rate {fmt(label.initial_rate)} {unit} "
                f"(got {show(usable_max)})",
            )
        at_risk = local.at_risk_max_rate
        if at_risk is not None and LocalField.AT_RISK_MAX_RATE not in found and at_risk > maximum:
            refuse(
                LocalField.AT_RISK_MAX_RATE,
                f"must not be above the maximum {shown} (got {show(at_risk)})",
            )
    _step_problems(local.steps, maximum, label, refuse, skip=set(found))
    for name in local.given:
        note = local.note(name)
        if not note.strip():
            refuse(name, "needs a source note (the protocol or document it comes from)")
        elif not is_single_line(note) or len(note) > NOTE_MAX:
            refuse(name, f"the source note must be one line of at most {NOTE_MAX} characters")
    order = list(LocalField)
    return [found[name] for name in sorted(found, key=order.index)]


def _step_problems(
    steps: tuple[float, ...],
    maximum: float | None,
    label: Product,
    refuse: Callable[[LocalField, str], None],
    *,
    skip: set[LocalField],
) -> None:
    """Each step positive and plausible, increasing, and the last within the maximum."""
    if not steps:
        return
    unit = label.rate_unit.value
    top = highest_rate(label)
    for step in steps:
        if not step > 0:
            refuse(LocalField.STEPS, f"each step must be more than 0 {unit} (got {show(step)})")
            return
        if step > round(top, 2):
            refuse(
                LocalField.STEPS,
                f"each step must be at most {fmt(top, 2)} {unit} (got {fmt(step)})",
            )
            return
    for before, after in pairwise(steps):
        if after <= before:
            refuse(
                LocalField.STEPS,
                f"must increase from one step to the next ({fmt(after)} after {fmt(before)})",
            )
            return
    if maximum is None:
        if LocalField.MAX_RATE not in skip:
            refuse(LocalField.STEPS, "a step list needs a maximum: enter a local maximum as well")
        return
    if steps[-1] > maximum:
        whose = "local" if label.max_rate is None or maximum != label.max_rate else "label"
        refuse(
            LocalField.STEPS,
            f"step {fmt(steps[-1])} is above the maximum {fmt(maximum)} {unit} ({whose})",
        )


def validate_local(label: Product, local: LocalValues) -> None:
    """The first problem of `local_problems`, raised: one clear line naming the field."""
    problems = local_problems(label, local)
    if problems:
        raise problems[0]


# What clears a local value where one is typed (the command line's VALUE, an emptied field).
CLEAR = ("", "-", "none")


def parse_local_value(
    product_id: str, name: LocalField, text: str
) -> float | int | tuple[float, ...] | None:
    """A local value as typed: a rate (`8`, `0,5`), whole minutes, or a step list (`1;2;4`);
    an empty text, `-` or `none` clears it. Only the form of the value is checked here."""
    record = product_record(product_id)
    cleaned = text.strip()
    if cleaned.casefold() in CLEAR:
        return None
    if name is LocalField.STEPS:
        parts = [part for part in cleaned.split(";")]
        if any(not part.strip() for part in parts):
            raise ValidationError(
                record, name.value, f"write the steps as numbers separated by ; (got {show(text)})"
            )
        return tuple(parse_number_text(record, name.value, part) for part in parts)
    value = parse_number_text(record, name.value, cleaned)
    if name in MINUTES:
        if not value.is_integer():
            raise ValidationError(record, name.value, f"must be whole minutes (got {show(text)})")
        return int(value)
    return value
