"""IVIG products from the catalogue and their label rate limits."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from ivigmon.domain.codes import RateUnit


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

    def max_rate_for(self, indication: str | None) -> float | None:
        """An indication-specific maximum replaces the general one (SPEC 5a)."""
        if indication is not None and indication in self.max_rate_by_indication:
            return self.max_rate_by_indication[indication]
        return self.max_rate


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
