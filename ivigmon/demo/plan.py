"""The working records the demo generator fills in step by step: ward, patients, infusions."""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from ivigmon.domain.codes import Sex
from ivigmon.domain.growth import GrowthReference
from ivigmon.domain.products import Product

# The ward's history spans about two years before `now`.
HISTORY_DAYS = 730


@dataclass
class PlannedCourse:
    """Consecutive daily infusions of one product at one dose."""

    days: int
    g_per_kg: float  # per infusion
    product: str
    first_day: date = date.min


@dataclass(frozen=True)
class Habits:
    """How this patient is usually premedicated."""

    premedicated: bool
    antihistamine: str  # "" (none), "cetirizine" (po) or "chlorphenamine" (iv)
    steroid: bool
    nsaid: bool


@dataclass
class PlannedPatient:
    """A child as planned, filled in step by step (courses, dates, MRN, measurements)."""

    diagnosis: str
    sex: Sex
    age_first: float
    height_z: float
    weight_z: float
    role: str  # "running", "recent" or "old": where its last infusion lies relative to now
    courses: list[PlannedCourse] = field(default_factory=list)
    comorbidities: list[str] = field(default_factory=list)
    blood_group: str | None = None
    name: str = ""
    habits: Habits = Habits(True, "", False, False)
    birth: date = date.min
    mrn: str = ""
    prior_ivig: date | None = None
    measurements: list[dict[str, Any]] = field(default_factory=list)
    last_start: datetime | None = None  # the running infusion's start
    recent_rank: int = 0
    adjusted_dosing: bool = False  # an obese adolescent dosed on an adjusted weight
    sloppy_height: bool = False


@dataclass
class PlannedInfusion:
    """One infusion as planned; `record` is its interchange record once rendered."""

    patient: PlannedPatient
    course_no: int
    day_no: int
    start: datetime
    product: Product
    weight_kg: float
    basis: str
    dose_g: float
    running: bool
    id: str = ""
    end: datetime | None = None
    over_limit: bool = False
    reaction: bool = False
    pause: bool = False
    events: list[dict[str, Any]] = field(default_factory=list)
    record: dict[str, Any] = field(default_factory=dict)


@dataclass
class Ward:
    """Everything the generator shares: randomness, clock, catalogue, growth table, lots."""

    rng: random.Random
    now: datetime
    products: Mapping[str, Product]
    growth: GrowthReference
    lots: dict[tuple[str, int], list[tuple[str, date]]] = field(default_factory=dict)
    lot_numbers: set[str] = field(default_factory=set)
