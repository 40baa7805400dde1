"""One patient's share of the cohort report (SPEC 8): the figures of the paper's Table I and
Table II, and the counts behind every safety rate, worked out from the patient's record."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cached_property
from typing import NamedTuple

from ivigmon.domain.codes import CheckOutcome, CourseOutcome, Diagnosis, EventTerm, LabelUse
from ivigmon.domain.courses import course_numbers

# Tally kinds: what a count is of. Each keyed count is a Tally of infusions.
ALL = "all"  # key "": every infusion
PRODUCT = "product"  # key: catalogue id
LOT = "lot"  # key: lot number (an infusion of two lots counts under each)
PREMED = "premed"  # key: "any" or "none"
PREMED_CLASS = "premed_class"  # key: premedication class
TERM = "term"  # key: event term
SYNDROME = "syndrome"  # key: a name of SYNDROMES
# Counts of follow-up checks (Tally.infusions holds the number of checks).
CHECKS = "checks"  # key: one of CHECK_KEYS
LATE = "late"  # key: minutes after due (negative: early), done checks only
REVIEWED = "reviewed"  # key: alert kind; alerts with at least one review
# By month of the infusion's local start ("2026-03"): the infusions (MONTH), and the done checks
# of those infusions by lateness rounded down to LATE_STEP_MINUTES (LATE_MONTH, key
# "2026-03 -15"): the report's time series, kept as the other counts are.
MONTH = "month"
LATE_MONTH = "late_month"
# Quarter hours: a month's median lateness is estimated within its quarter hour, in a bounded
# number of keys (whole minutes would give a national service's ten years hundreds of
# thousands of totals, read at every report).
LATE_STEP_MINUTES = 15

# Counts of patients and their infusions, courses and events (Tally.infusions holds the count).
COHORT = "cohort"  # key: one of COHORT_KEYS

CHECK_KEYS = ("total", "done", "reached", "not_reached", "superseded")
COHORT_KEYS = (
    "patients",
    "boys",
    "two_or_more",  # patients with two or more infusions
    "on_label",  # infusions
    "off_label",
    "courses",
    "good",  # courses by outcome
    "moderate",
    "poor",
    "not_recorded",
    "with_event",  # patients with an adverse event
    "events",
)
ANY = "any"
NONE = "none"

# Syndromes the published figures count, from the red-flag groups of SPEC 10.2
# (domain/red_flags.py): which terms stand for each. "any_reaction" is any adverse event.
ANY_REACTION = "any_reaction"
SYNDROMES: dict[str, frozenset[str]] = {
    "aseptic_meningitis": frozenset({EventTerm.NECK_STIFFNESS, EventTerm.PHOTOPHOBIA}),
    "renal_dysfunction": frozenset({EventTerm.REDUCED_URINE}),
    "haemolysis": frozenset({EventTerm.DARK_URINE, EventTerm.JAUNDICE}),
    "thrombosis": frozenset(
        {EventTerm.CHEST_PAIN, EventTerm.LIMB_SWELLING, EventTerm.ONE_SIDED_WEAKNESS}
    ),
    "anaphylaxis": frozenset({EventTerm.ANAPHYLAXIS}),
}

# Completed years are for thresholds (SPEC 5a); a cohort's age, like the paper's (0.31 y),
# is in decimal years: days / 365.25.
DAYS_PER_YEAR = 365.25
REACHED = frozenset({CheckOutcome.NO_SYMPTOMS.value, CheckOutcome.SYMPTOMS.value})
OUTCOMES: tuple[str, ...] = tuple(o.value for o in CourseOutcome)


class Tally(NamedTuple):
    """Infusions of one kind: how many; with an immediate reaction (an adverse event recorded
    during the infusion); followed up (a check reached the family, or a reaction was reported
    at one); with a delayed reaction (reported at a follow-up check)."""

    infusions: int = 0
    immediate: int = 0
    followed: int = 0
    delayed: int = 0

    def plus(self, other: Tally) -> Tally:
        return Tally(*(a + b for a, b in zip(self, other, strict=True)))

    def minus(self, other: Tally) -> Tally:
        return Tally(*(a - b for a, b in zip(self, other, strict=True)))


TallyKey = tuple[str, str]


@dataclass(frozen=True)
class FactPatient:
    id: int
    sex: str
    birth_date: date
    diagnoses: tuple[str, ...]


class FactMeasurement(NamedTuple):
    at: datetime
    weight_kg: float | None
    height_cm: float | None


class FactCheck(NamedTuple):
    """A follow-up check: when done, how many seconds after its due time (negative: early)."""

    done_after_s: int | None  # None: not done
    outcome: str | None
    open: bool  # on the worklist (not done, not superseded by a later infusion)


class FactEvent(NamedTuple):
    term: str
    delayed: bool  # reported at a follow-up check, not during the infusion


class FactInfusion(NamedTuple):
    """An infusion as the report reads it (entered-in-error parts already left out)."""

    id: str
    start: datetime
    product_id: str
    label_use: str
    dose_g: float
    weight_kg: float  # the dosing weight
    course_outcome: str | None = None
    lots: tuple[str, ...] = ()
    premed_classes: frozenset[str] = frozenset()
    events: tuple[FactEvent, ...] = ()
    checks: tuple[FactCheck, ...] = ()
    reviewed_alerts: tuple[str, ...] = ()  # the kind of each alert of it with a review
    running: bool = False  # no end yet: its checks are still to come


@dataclass(frozen=True)
class Settled:
    """The tallies of a patient's infusions that start before `before`: none of them is
    running or has an open check, so an entry at the bedside (on an infusion starting at or
    after `before`) changes none of them, and only the later ones need counting again."""

    before: datetime
    tallies: Mapping[TallyKey, Tally] = field(default_factory=dict)


@dataclass(frozen=True)
class PatientFacts:
    """What one patient adds to the report. `infusions` == 0: nothing (no infusion counted)."""

    patient_id: int
    diagnosis: str
    boy: bool
    age_years: float | None = None
    weight_kg: float | None = None
    height_cm: float | None = None
    infusions: int = 0
    on_label: int = 0
    off_label: int = 0
    g_per_kg: float = 0.0
    courses: int = 0
    course_g_per_kg: float | None = None
    outcomes: tuple[int, ...] = (0, 0, 0, 0)  # good, moderate, poor, not recorded (courses)
    events: int = 0
    # The patient's share of the counts in two parts: the settled infusions' (`settled`), and
    # the rest with the patient's cohort counts (`recent`), which is all a bedside entry makes
    # again.
    recent: Mapping[TallyKey, Tally] = field(default_factory=dict)
    settled: Settled | None = None
    # Made from a given settled share: what it gained (infusions that settled since); None
    # when the whole record was counted.
    settled_added: Mapping[TallyKey, Tally] | None = None

    @cached_property
    def tallies(self) -> dict[TallyKey, Tally]:
        """The patient's whole share: settled and recent added up."""
        return sum_tallies([self.settled.tallies if self.settled else {}, self.recent])


def primary_diagnosis(diagnoses: Sequence[str]) -> str:
    """The first in the patient's list (SPEC 12)."""
    return diagnoses[0] if diagnoses else Diagnosis.OTHER.value


def patient_facts(
    patient: FactPatient,
    infusions: Sequence[FactInfusion],
    measurements: Sequence[FactMeasurement],
    *,
    course_window_h: float,
    settled: Settled | None = None,
) -> PatientFacts:
    """The patient's figures from the infusions that count (in error ones already left out).

    With `settled`, the infusions starting before `settled.before` are counted by its tallies
    (their lots, premedications and checks need not be read); the others are counted anew."""
    base = PatientFacts(
        patient_id=patient.id,
        diagnosis=primary_diagnosis(patient.diagnoses),
        boy=patient.sex == "M",
    )
    if not infusions:
        return base
    ordered = sorted(infusions, key=lambda i: (i.start, i.id))
    first = ordered[0]
    courses = _courses(ordered, course_window_h)
    course_doses = [grams / weight for grams, weight, _ in courses]
    outcomes = [outcome for _, _, outcome in courses]
    fresh = [i for i in ordered if settled is None or i.start >= settled.before]
    # The new settled point: the first infusion still running or with an open check, else
    # just after the last one.
    changing = [i.start for i in fresh if i.running or any(c.open for c in i.checks)]
    if changing:
        before = min(changing)
    elif fresh:
        before = fresh[-1].start + timedelta(seconds=1)
    else:
        before = settled.before if settled else ordered[-1].start + timedelta(seconds=1)
    newly = [i for i in fresh if i.start < before]
    added: dict[TallyKey, list[int]] = {}
    for infusion in newly:
        _add_infusion(added, infusion)
    if settled is not None and not newly:
        now_settled = settled  # the same: a bedside entry leaves it as it was
    else:
        counts: dict[TallyKey, list[int]] = {
            key: list(t) for key, t in (settled.tallies.items() if settled else ())
        }
        for gained, values in added.items():
            _add(counts, gained, values)
        now_settled = Settled(before, {key: Tally(*values) for key, values in counts.items()})
    unsettled: dict[TallyKey, list[int]] = {}
    for infusion in fresh:
        if infusion.start >= before:
            _add_infusion(unsettled, infusion)
    recent = {key: Tally(*values) for key, values in unsettled.items()}
    events = sum(len(i.events) for i in ordered)
    on_label = sum(i.label_use == LabelUse.ON for i in ordered)
    off_label = sum(i.label_use == LabelUse.OFF for i in ordered)
    outcome_counts = (*(outcomes.count(o) for o in OUTCOMES), outcomes.count(None))
    cohort = (
        1,
        int(base.boy),
        int(len(ordered) >= 2),
        on_label,
        off_label,
        len(courses),
        *outcome_counts,
        int(events > 0),
        events,
    )
    for key, n in zip(COHORT_KEYS, cohort, strict=True):
        if n:
            recent[(COHORT, key)] = Tally(n)
    return PatientFacts(
        patient_id=patient.id,
        diagnosis=base.diagnosis,
        boy=base.boy,
        age_years=(first.start.date() - patient.birth_date).days / DAYS_PER_YEAR,
        weight_kg=_latest(measurements, first.start, "weight_kg"),
        height_cm=_latest(measurements, first.start, "height_cm"),
        infusions=len(ordered),
        on_label=on_label,
        off_label=off_label,
        g_per_kg=sum(i.dose_g / i.weight_kg for i in ordered),
        courses=len(courses),
        course_g_per_kg=sum(course_doses) / len(course_doses),
        outcomes=outcome_counts,
        events=events,
        recent=recent,
        settled=now_settled,
        settled_added=(
            None if settled is None else {key: Tally(*values) for key, values in added.items()}
        ),
    )


def _courses(
    ordered: Sequence[FactInfusion], window_h: float
) -> list[tuple[float, float, str | None]]:
    """Each course's grams, the dosing weight of its first infusion (SPEC 3: course dose), and
    its outcome: the one recorded on its latest infusion that carries one."""
    courses: list[tuple[float, float, str | None]] = []
    numbers = course_numbers([i.start for i in ordered], window_h)
    for infusion, number in zip(ordered, numbers, strict=True):
        if number == len(courses):
            courses.append((0.0, infusion.weight_kg, None))
        grams, weight, outcome = courses[-1]
        courses[-1] = (grams + infusion.dose_g, weight, infusion.course_outcome or outcome)
    return courses


def _latest(measurements: Iterable[FactMeasurement], at: datetime, what: str) -> float | None:
    """The latest measured value taken at or before `at` (None when there is none)."""
    found: tuple[datetime, float] | None = None
    for m in measurements:
        value = getattr(m, what)
        if value is not None and m.at <= at and (found is None or m.at >= found[0]):
            found = (m.at, value)
    return found[1] if found is not None else None


def _add_infusion(counts: dict[TallyKey, list[int]], infusion: FactInfusion) -> None:
    immediate = any(not e.delayed for e in infusion.events)
    delayed = any(e.delayed for e in infusion.events)
    reached = any(c.outcome in REACHED for c in infusion.checks if c.done_after_s is not None)
    one = (1, int(immediate), int(reached or delayed), int(delayed))
    keys: list[TallyKey] = [(ALL, ""), (PRODUCT, infusion.product_id)]
    keys += [(LOT, lot) for lot in dict.fromkeys(infusion.lots)]
    keys.append((PREMED, ANY if infusion.premed_classes else NONE))
    keys += [(PREMED_CLASS, c) for c in sorted(infusion.premed_classes)]
    month = month_of(infusion.start)
    keys.append((MONTH, month))
    for key in keys:
        _add(counts, key, one)
    terms = {e.term for e in infusion.events}
    for term in terms:
        _add(counts, (TERM, term), _term_counts(infusion.events, {term}))
    if terms:
        _add(counts, (SYNDROME, ANY_REACTION), _term_counts(infusion.events, terms))
    for name, members in SYNDROMES.items():
        if terms & members:
            _add(counts, (SYNDROME, name), _term_counts(infusion.events, members))
    if infusion.checks:
        _add_checks(counts, infusion.checks, month)
    for kind in infusion.reviewed_alerts:
        _add(counts, (REVIEWED, kind), (1, 0, 0, 0))


def _term_counts(events: Iterable[FactEvent], terms: Iterable[str]) -> tuple[int, ...]:
    """One infusion with any of `terms`: during it (immediate), reported later (delayed)."""
    wanted = set(terms)
    hits = [e for e in events if e.term in wanted]
    return (1, int(any(not e.delayed for e in hits)), 0, int(any(e.delayed for e in hits)))


def _add_checks(counts: dict[TallyKey, list[int]], checks: Sequence[FactCheck], month: str) -> None:
    done = reached = superseded = 0
    for check in checks:
        if check.done_after_s is not None:
            done += 1
            reached += check.outcome in REACHED
            minutes = lateness_minutes(check.done_after_s)
            _add(counts, (LATE, str(minutes)), (1, 0, 0, 0))
            step = minutes // LATE_STEP_MINUTES * LATE_STEP_MINUTES
            _add(counts, (LATE_MONTH, f"{month} {step}"), (1, 0, 0, 0))
        elif not check.open:
            superseded += 1
    for key, n in (
        ("total", len(checks)),
        ("done", done),
        ("reached", reached),
        ("not_reached", done - reached),
        ("superseded", superseded),
    ):
        if n:
            _add(counts, (CHECKS, key), (n, 0, 0, 0))


def month_of(moment: datetime) -> str:
    """`2026-03`: the month a local time falls in."""
    return f"{moment.year:04d}-{moment.month:02d}"


def late_month_key(key: str) -> tuple[str, int]:
    """`2026-03 -15` -> ("2026-03", -15): a LATE_MONTH key's month and lateness step."""
    month, minutes = key.split(" ")
    return month, int(minutes)


def lateness_minutes(done_after_s: int) -> int:
    """Whole minutes after due (a check done early is negative), rounded down."""
    return done_after_s // 60


def _add(counts: dict[TallyKey, list[int]], key: TallyKey, add: Sequence[int]) -> None:
    have = counts.get(key)
    if have is None:
        counts[key] = list(add)
    else:
        for n, value in enumerate(add):
            have[n] += value


def sum_tallies(many: Iterable[Mapping[TallyKey, Tally]]) -> dict[TallyKey, Tally]:
    """Every patient's tallies added up."""
    counts: dict[TallyKey, list[int]] = {}
    for tallies in many:
        for key, tally in tallies.items():
            _add(counts, key, tally)
    return {key: Tally(*values) for key, values in counts.items()}


def tally_changes(
    old: Mapping[TallyKey, Tally], new: Mapping[TallyKey, Tally]
) -> dict[TallyKey, Tally]:
    """What to add to the running totals when a patient's tallies go from `old` to `new`
    (keys whose counts did not change are left out)."""
    changes: dict[TallyKey, Tally] = {}
    for key in old.keys() | new.keys():
        before, after = old.get(key), new.get(key)
        if before == after:
            continue  # most of a long record: nothing to compute
        change = (after or Tally()).minus(before or Tally())
        if any(change):
            changes[key] = change
    return changes


def histogram_median(counts: Mapping[int, int]) -> float | None:
    """The median of values given as value -> how many times (None when there are none)."""
    total = sum(n for n in counts.values() if n > 0)
    if total == 0:
        return None
    low_rank, high_rank = (total - 1) // 2, total // 2
    seen = 0
    low: int | None = None
    for value in sorted(v for v, n in counts.items() if n > 0):
        seen += counts[value]
        if low is None and seen > low_rank:
            low = value
        if seen > high_rank:
            assert low is not None
            return (low + value) / 2
    raise AssertionError("unreachable: the ranks lie within the total")


def grouped_median(counts: Mapping[int, int], width: int) -> float | None:
    """The median of values kept in steps of `width` (value -> how many fell in [value,
    value + width)), taken as spread evenly through their step: the grouped-data median
    L + (n/2 - F) / f * width, where F values lie below the step [L, L + width) of f values
    that holds the middle. None when there are none."""
    total = sum(n for n in counts.values() if n > 0)
    if total == 0:
        return None
    half = total / 2
    below = 0
    for value in sorted(v for v, n in counts.items() if n > 0):
        here = counts[value]
        if below + here >= half:
            return value + (half - below) / here * width
        below += here
    raise AssertionError("unreachable: the middle lies within the total")
