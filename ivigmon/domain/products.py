"""IVIG products from the catalogue: their label rate limits and the ward's local values."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum

from ivigmon.domain.codes import RateUnit

# A local value: a rate, whole minutes or a step list (None: not entered).
LocalValue = float | int | tuple[float, ...] | None


class LocalField(StrEnum):
    """The values a ward may enter per product (SPEC 11.1), named as the Product fields."""

    INITIAL_RATE = "initial_rate"
    MAX_RATE = "max_rate"
    AT_RISK_MAX_RATE = "at_risk_max_rate"
    FIRST_STEP_MINUTES = "first_step_minutes"
    STEP_MINUTES = "step_minutes"
    STEPS = "steps"


@dataclass(frozen=True)
class LocalValues:
    """What an administrator entered for one product, each value with its source note
    (`notes`, by field name). Rates are in the product's `rate_unit`."""

    initial_rate: float | None = None
    max_rate: float | None = None
    at_risk_max_rate: float | None = None
    first_step_minutes: int | None = None
    step_minutes: int | None = None
    steps: tuple[float, ...] = ()
    notes: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def from_values(
        cls, values: Mapping[LocalField, object], notes: Mapping[str, str]
    ) -> LocalValues:
        """From values by field (those not given stay empty) and their notes."""
        given = {name.value: value for name, value in values.items() if value not in (None, ())}
        return cls(**given, notes=dict(notes))  # type: ignore[arg-type]

    def value(self, name: LocalField) -> LocalValue:
        value: LocalValue = getattr(self, name.value)
        return None if value == () else value

    def note(self, name: LocalField) -> str:
        return self.notes.get(name.value, "")

    @property
    def given(self) -> tuple[LocalField, ...]:
        """The fields with a value, in the form's order."""
        return tuple(name for name in LocalField if self.value(name) is not None)

    def with_value(self, name: LocalField, value: object, note: str) -> LocalValues:
        """One value (None clears it) with its note; the others as they are."""
        values: dict[LocalField, object] = {n: self.value(n) for n in self.given}
        values[name] = value
        notes = {**self.notes, name.value: note}
        return LocalValues.from_values(values, notes).tidy()

    def tidy(self) -> LocalValues:
        """Notes trimmed, and kept only for the values given."""
        kept = {n.value: self.note(n).strip() for n in self.given}
        return replace(self, notes=kept)


@dataclass(frozen=True)
class Product:
    """A catalogue entry; rates are in the label's own unit (`rate_unit`).

    The titration fields are named after the columns of `resources/titration.csv`:
    `first_step_minutes` is how long the first (initial) rate runs at least, `step_minutes` the
    shortest time between two later raises (None: the label states no interval); `steps` are
    the label's step rates in `rate_unit`, in order, after the last of which the rate may go up
    to the maximum (empty: the label names no steps). `initial_rate_by_indication` and
    `extra_max_by_indication` replace the initial rate and the maximum for an indication.
    """

    id: str
    name: str
    maker: str
    concentration_pct: float
    sugar: str
    iga_ug_per_ml: str
    rate_unit: RateUnit
    initial_rate: float | None = None
    max_rate: float | None = None
    max_rate_by_indication: Mapping[str, float] = field(default_factory=dict)
    at_risk_max_rate: float | None = None
    min_age_years: float | None = None
    label_data: str = "confirmed"
    label_note: str = ""
    source: str = ""
    first_step_minutes: int | None = None
    step_minutes: int | None = None
    steps: tuple[float, ...] = ()
    initial_rate_by_indication: Mapping[str, float] = field(default_factory=dict)
    extra_max_by_indication: Mapping[str, float] = field(default_factory=dict)
    # Where the titration values come from (the `source` column of resources/titration.csv).
    titration_source: str = ""
    # Retired: no longer offered for new infusions; never deleted (SPEC 11.1).
    retired_at: datetime | None = None
    retired_by: str = ""
    # On the limits in force (`local_limits.in_force`): the ward's local values they rest on.
    local: LocalValues | None = None

    @property
    def concentration_mg_per_ml(self) -> float:
        """C in SPEC section 3: 50 for 5 %, 100 for 10 %."""
        return self.concentration_pct * 10.0

    @property
    def has_rate_limits(self) -> bool:
        """Whether any rate limit is in force: without one, no step of this product is checked."""
        return any(
            rate is not None for rate in (self.initial_rate, self.max_rate, self.at_risk_max_rate)
        )

    @property
    def is_sugar_stabilised(self) -> bool:
        """SPEC 5a: sucrose, maltose, sorbitol or glucose."""
        return self.sugar.strip().lower() not in ("", "none")

    @property
    def is_retired(self) -> bool:
        return self.retired_at is not None

    def has_indication_max(self, indication: str | None) -> bool:
        """Whether a maximum of its own replaces the general one for this indication."""
        return indication is not None and (
            indication in self.max_rate_by_indication or indication in self.extra_max_by_indication
        )

    def max_rate_for(self, indication: str | None) -> float | None:
        """An indication-specific maximum replaces the general one (SPEC 5a, 11.1)."""
        if indication is not None and indication in self.max_rate_by_indication:
            return self.max_rate_by_indication[indication]
        if indication is not None and indication in self.extra_max_by_indication:
            return self.extra_max_by_indication[indication]
        return self.max_rate

    def initial_rate_for(self, indication: str | None) -> float | None:
        """An indication-specific initial rate replaces the general one (SPEC 11.1)."""
        if indication is not None and indication in self.initial_rate_by_indication:
            return self.initial_rate_by_indication[indication]
        return self.initial_rate

    def local_note(self, name: LocalField, value: object) -> str:
        """The source note when `value`, a limit in force, rests on the ward's local value of
        that field; an empty text when it is the label's."""
        if self.local is None or value is None or value == ():
            return ""
        return self.local.note(name) if self.local.value(name) == value else ""

    @property
    def limits_basis(self) -> str:
        """What a step is checked against: `label`, `local limits` or both."""
        rates = [
            (name, getattr(self, name.value))
            for name in (LocalField.INITIAL_RATE, LocalField.MAX_RATE, LocalField.AT_RISK_MAX_RATE)
        ]
        given = [(name, value) for name, value in rates if value is not None]
        local = [name for name, value in given if self.local_note(name, value)]
        if not local:
            return "label"
        return "local limits" if len(local) == len(given) else "label and local limits"


@dataclass(frozen=True)
class Titration:
    """How a label raises the rate: one row of `resources/titration.csv` (see Product)."""

    first_step_minutes: int | None = None
    step_minutes: int | None = None
    steps: tuple[float, ...] = ()
    initial_rate_by_indication: Mapping[str, float] = field(default_factory=dict)
    extra_max_by_indication: Mapping[str, float] = field(default_factory=dict)
    source: str = ""


def with_titration(product: Product, titration: Titration) -> Product:
    """The product with the label titration of its row in the titration file."""
    return replace(
        product,
        first_step_minutes=titration.first_step_minutes,
        step_minutes=titration.step_minutes,
        steps=titration.steps,
        initial_rate_by_indication=dict(titration.initial_rate_by_indication),
        extra_max_by_indication=dict(titration.extra_max_by_indication),
        titration_source=titration.source,
    )


def parse_rates_by_indication(text: str) -> dict[str, float]:
    """`ITP=4;CIDP=12` -> {"ITP": 4.0, "CIDP": 12.0}."""
    result: dict[str, float] = {}
    for part in (text or "").split(";"):
        part = part.strip()
        if not part:
            continue
        code, _, value = part.partition("=")
        result[code.strip()] = float(value)
    return result


def parse_steps(text: str) -> tuple[float, ...]:
    """`0.5;1;2` -> (0.5, 1.0, 2.0); an empty text is no steps."""
    return tuple(float(part) for part in (text or "").split(";") if part.strip())


def steps_text(steps: tuple[float, ...]) -> str:
    """(0.5, 1.0, 2.0) -> `0.5;1;2`: how a step list is written in a file or a column."""
    return ";".join(f"{step:.15g}" for step in steps)


def rates_by_indication_text(rates: Mapping[str, float]) -> str:
    """{"ITP": 4.0, "CIDP": 12.0} -> `ITP=4;CIDP=12`."""
    return ";".join(f"{code}={rate:.15g}" for code, rate in rates.items())
