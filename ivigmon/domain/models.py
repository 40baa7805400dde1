"""Frozen records: patients, infusions and their parts, checks, risk results and alerts."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property

from ivigmon.domain.codes import (
    AlertKind,
    AlertSeverity,
    CheckMode,
    CheckOutcome,
    Comorbidity,
    CourseOutcome,
    Diagnosis,
    EventAction,
    EventOutcome,
    FactorCode,
    LabelUse,
    PremedClass,
    RiskLevel,
    Seriousness,
    Sex,
    WeightBasis,
)
from ivigmon.domain.phrases import Phrases


@dataclass(frozen=True)
class Measurement:
    """A dated weight and/or height, as measured (never an adjusted dosing weight)."""

    at: datetime
    weight_kg: float | None = None
    height_cm: float | None = None
    id: int | None = None


@dataclass(frozen=True)
class Patient:
    """A child (or adult) on the ward; `diagnoses[0]` is the primary diagnosis."""

    mrn: str
    name: str
    sex: Sex
    birth_date: date
    diagnoses: tuple[Diagnosis, ...] = ()
    comorbidities: frozenset[Comorbidity] = frozenset()
    blood_group: str | None = None
    prior_ivig_last_date: date | None = None
    measurements: tuple[Measurement, ...] = ()
    id: int | None = None

    @property
    def primary_diagnosis(self) -> Diagnosis | None:
        return self.diagnoses[0] if self.diagnoses else None


@dataclass(frozen=True)
class Lot:
    lot: str
    expiry: date | None = None


@dataclass(frozen=True)
class RateStep:
    """A pump rate set at a time; 0 mL/h is a pause."""

    at: datetime
    ml_per_h: float
    id: int | None = None


@dataclass(frozen=True)
class Premedication:
    at: datetime
    drug: str
    drug_class: PremedClass
    dose: str = ""
    route: str = ""
    id: int | None = None


@dataclass(frozen=True)
class VitalSigns:
    at: datetime
    temp_c: float | None = None
    hr: int | None = None
    sbp: int | None = None
    dbp: int | None = None
    rr: int | None = None
    spo2: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class AdverseEvent:
    """A reaction during an infusion, or a symptom reported at a follow-up check.

    `seriousness` names the ICH E2A criteria of a serious event (SPEC 10.1); it may be empty
    (an older record, or an import that leaves it out).
    """

    onset: datetime
    term: str
    grade: int
    ctcae_version: str = "5.0"
    serious: bool = False
    action: EventAction = EventAction.NONE
    outcome: EventOutcome = EventOutcome.UNKNOWN
    check_offset_h: int | None = None
    notes: str = ""
    id: int | None = None
    seriousness: tuple[Seriousness, ...] = ()


@dataclass(frozen=True)
class Infusion:
    """One IVIG infusion with everything recorded during it."""

    id: str
    mrn: str
    indication: Diagnosis
    label_use: LabelUse
    product_id: str
    dosing_weight_kg: float
    dose_g: float
    start: datetime
    end: datetime | None = None
    dosing_weight_basis: WeightBasis = WeightBasis.ACTUAL
    lots: tuple[Lot, ...] = ()
    active_infection: bool = False
    rate_steps: tuple[RateStep, ...] = ()
    premedications: tuple[Premedication, ...] = ()
    vitals: tuple[VitalSigns, ...] = ()
    events: tuple[AdverseEvent, ...] = ()
    course_outcome: CourseOutcome | None = None
    notes: str = ""
    recorded_by: str = ""

    @property
    def is_running(self) -> bool:
        return self.end is None

    @cached_property
    def last_known_at(self) -> datetime:
        """The latest moment anything of it happened (its end, a step, a vital sign, a
        premedication, an event's onset): replaying the record at a later time leaves it whole.
        Worked out once per record (replay asks for it at every assessment)."""
        times = [self.start]
        if self.end is not None:
            times.append(self.end)
        times += [s.at for s in self.rate_steps]
        times += [v.at for v in self.vitals]
        times += [p.at for p in self.premedications]
        times += [e.onset for e in self.events]
        return max(times)

    @property
    def order_key(self) -> tuple[datetime, str]:
        """Infusions are ordered by start, then id (SPEC 5a)."""
        return (self.start, self.id)


@dataclass(frozen=True)
class Check:
    """A follow-up check of an ended infusion, open or done."""

    infusion_id: str
    offset_h: int
    due_at: datetime
    done_at: datetime | None = None
    done_by: str | None = None
    mode: CheckMode | None = None
    outcome: CheckOutcome | None = None
    symptoms: tuple[str, ...] = ()
    notes: str = ""
    id: int | None = None

    @property
    def is_done(self) -> bool:
        return self.done_at is not None


@dataclass(frozen=True)
class RiskFactor:
    """A factor, its reason in English (as the CLI and JSON write it) and its source; the same
    reason as phrases for the screens (empty when read from a store written before them)."""

    code: FactorCode
    reason: str
    source: str
    # The English reason says the same: equal factors are equal whatever their phrases.
    phrases: Phrases = field(default=(), compare=False)


@dataclass(frozen=True)
class RiskAssessment:
    """A level with every factor and its reason; notes say what could not be assessed."""

    level: RiskLevel
    factors: tuple[RiskFactor, ...] = ()
    notes: tuple[str, ...] = ()
    subject: str = "patient"

    @property
    def codes(self) -> tuple[FactorCode, ...]:
        return tuple(f.code for f in self.factors)


@dataclass(frozen=True)
class Course:
    """Infusions of one patient whose starts lie within the course window of the first."""

    infusions: tuple[Infusion, ...] = field(default_factory=tuple)

    @property
    def first(self) -> Infusion:
        return self.infusions[0]


@dataclass(frozen=True)
class AlertKey:
    """What an alert comes from, as a review refers to it (SPEC 10.4).

    `vital_at` is the time of the vital-sign record (`vital_signs` only), `offset_h` the offset of
    the follow-up check (`red_flag` only); an `unended` alert is its infusion alone.
    """

    kind: AlertKind
    infusion_id: str
    vital_at: datetime | None = None
    offset_h: int | None = None


@dataclass(frozen=True)
class Alert:
    """A prompt for a person to look now (SPEC 10.2): what, how urgent, whom, when and why.

    `at` is the record's time (`vital_signs`), the check's done time (`red_flag`) or the start +
    `max_running_h` (`unended`). `vital_id` is the stored id of the vital-sign record, when known.
    """

    kind: AlertKind
    severity: AlertSeverity
    mrn: str
    infusion_id: str
    at: datetime
    reason: str
    vital_at: datetime | None = None
    vital_id: int | None = None
    offset_h: int | None = None
    # `reason` as phrases for the screens (empty when read from a store written before them).
    phrases: Phrases = field(default=(), compare=False)

    @property
    def key(self) -> AlertKey:
        return AlertKey(self.kind, self.infusion_id, self.vital_at, self.offset_h)


@dataclass(frozen=True)
class AlertReview:
    """A nurse's review of an alert: when, who and what was done (SPEC 10.2); never deleted."""

    kind: AlertKind
    infusion_id: str
    reviewed_at: datetime
    by: str
    note: str
    vital_at: datetime | None = None
    offset_h: int | None = None
    id: int | None = None

    @property
    def key(self) -> AlertKey:
        return AlertKey(self.kind, self.infusion_id, self.vital_at, self.offset_h)
