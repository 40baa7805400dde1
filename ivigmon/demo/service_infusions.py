"""One patient of the national service as domain records: the patient, infusions, done checks."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from ivigmon.demo.arithmetic import DAYS_PER_YEAR, round_to
from ivigmon.demo.service_bedside import (
    DURING_MINUTES,
    INFECTION_TEMP_C,
    KD_FEVER_C,
    NORMAL_TEMP_C,
    chart,
    premedications,
)
from ivigmon.demo.service_checks import follow_up
from ivigmon.demo.service_clock import minutes
from ivigmon.demo.service_draw import Weighted, below, chance, uniform
from ivigmon.demo.service_growth import dosing_weight, height_cm, weight_kg
from ivigmon.demo.service_index import StartIndex
from ivigmon.demo.service_people import Person, patient_record, prior_ivig
from ivigmon.demo.service_plan import PlannedDose
from ivigmon.demo.service_products import SWITCH_SHARE, ProductChooser
from ivigmon.demo.service_pump import (
    FIRST_INFUSION_PACE,
    Plan,
    RateRules,
    after_reaction,
    given_ml,
    ramp,
    run,
)
from ivigmon.demo.service_reactions import (
    DELAYED_BASE,
    DELAYED_FIRST_FACTOR,
    DELAYED_HIGH_DOSE_FACTOR,
    SECOND_SYMPTOM_SHARE,
    Graded,
    delayed,
    immediate,
    reaction_chance,
    serious_delayed,
)
from ivigmon.domain.age import completed_years
from ivigmon.domain.codes import (
    THROMBOSIS_COMORBIDITIES,
    Comorbidity,
    CourseOutcome,
    Diagnosis,
    EventAction,
    LabelUse,
    WeightBasis,
)
from ivigmon.domain.growth import GrowthReference
from ivigmon.domain.models import (
    AdverseEvent,
    Check,
    Infusion,
    Measurement,
    Patient,
    RateStep,
    VitalSigns,
)
from ivigmon.domain.products import Product
from ivigmon.domain.settings import RiskSettings

# Weight and height at the first infusion, then again at the first course 11 months or more
# after the last measurement: a height is never older than the 12 months BMI allows (SPEC 5a).
REMEASURE_DAYS = 335
# The nurse weighs the patient 40-95 min before the start.
MEASURED_BEFORE_MINUTES = (40, 95)
# Active infection ticked at the start (not in Kawasaki disease, whose fever is the disease).
INFECTION_SHARE = 0.015
KD_FEVERISH_SHARE = 0.7
# A patient who premedicates does so almost every time; others now and then.
PREMEDICATED_SHARE = 0.95
OCCASIONAL_PREMEDICATION = 0.05
LONG_GAP = timedelta(days=RiskSettings().long_gap_days)
ADVANCED_AGE = RiskSettings().advanced_age_years
# Comorbidities that lower a product's rate cap to its at-risk maximum (SPEC 4, RAPID_RATE).
RATE_RISK = frozenset({Comorbidity.KIDNEY_FAILURE, Comorbidity.DIABETES}) | (
    THROMBOSIS_COMORBIDITIES
)
# Course outcome (the source paper's "effect") on most acute courses ended two weeks ago or more.
OUTCOMES: Weighted[CourseOutcome] = Weighted(
    [(CourseOutcome.GOOD, 80), (CourseOutcome.MODERATE, 15), (CourseOutcome.POOR, 5)]
)
OUTCOME_RECORDED_SHARE = 0.7
OUTCOME_AFTER = timedelta(days=14)


@dataclass(frozen=True)
class Setting:
    """What every patient's rendering shares: the clock, the catalogue, the index of starts."""

    now: datetime
    growth: GrowthReference
    chooser: ProductChooser
    rates: RateRules
    index: StartIndex
    id_width: int


def round_dose(grams: float) -> float:
    """Doses are made up from vials: to 0.5 g under 10 g, to 1 g under 40 g, else to 2.5 g."""
    step = 0.5 if grams < 10 else 1.0 if grams < 40 else 2.5
    return max(0.5, round_to(grams, step))


@dataclass(slots=True)
class _Course:
    """What holds for the days of a course: product, weights and the dosing weight."""

    product: Product
    dosing_kg: float
    basis: WeightBasis


@dataclass(slots=True)
class _History:
    """What the rendering of the next infusion needs from the earlier ones."""

    measured_at: datetime | None = None
    previous_end: datetime | None = None
    previous_product: str = ""
    course: _Course | None = None


def render_patient(
    rng: random.Random, person: Person, setting: Setting
) -> tuple[Patient, list[Infusion], list[Check]]:
    """The patient with its measurements, its infusions up to `now` and their done checks."""
    prior = prior_ivig(rng, person)
    history = _History()
    if prior is not None:
        history.previous_end = datetime.fromordinal(prior)
    measurements: list[Measurement] = []
    infusions: list[Infusion] = []
    checks: list[Check] = []
    doses = person.plan.doses
    for number, dose in enumerate(doses):
        if dose.day == 0 or history.course is None:
            history.course = _start_course(rng, person, setting, dose, history, measurements)
        following = doses[number + 1].start if number + 1 < len(doses) else None
        infusion, done = _infusion(
            rng,
            person,
            setting,
            dose,
            history,
            first=number == 0 and prior is None,
            next_start=following,
        )
        infusions.append(infusion)
        checks.extend(done)
    return patient_record(person, tuple(measurements), prior), infusions, checks


def _start_course(
    rng: random.Random,
    person: Person,
    setting: Setting,
    dose: PlannedDose,
    history: _History,
    measurements: list[Measurement],
) -> _Course:
    start = dose.start
    age = (start.toordinal() - person.birth_ordinal) / DAYS_PER_YEAR
    chooser = setting.chooser
    course = history.course
    if course is None:
        product = chooser.choose(rng, person.comorbidities, age)
    elif person.plan.group.maintenance and chance(rng, SWITCH_SHARE):
        product = chooser.choose(rng, person.comorbidities, age, avoid=course.product.id)
    else:
        product = course.product
    measured = history.measured_at
    if course is not None and measured is not None and (start - measured).days < REMEASURE_DAYS:
        return _Course(product, course.dosing_kg, course.basis)
    low, high = MEASURED_BEFORE_MINUTES
    at = start - minutes(low + 5 * below(rng, (high - low) // 5 + 1))
    height = height_cm(person.sex, age, person.height_z)
    weight = weight_kg(setting.growth, person.sex, age, height, person.weight_z)
    weight = round_to(weight * uniform(rng, 0.985, 1.015), 0.1)
    height = round_to(height, 0.5)
    measurements.append(Measurement(at=at, weight_kg=weight, height_cm=height))
    history.measured_at = at
    adjusted = dosing_weight(person.sex, age, weight, height) if person.adjusted_dosing else None
    if adjusted is None:
        return _Course(product, weight, WeightBasis.ACTUAL)
    return _Course(product, adjusted, WeightBasis.ADJUSTED)


def _infusion(
    rng: random.Random,
    person: Person,
    setting: Setting,
    dose: PlannedDose,
    history: _History,
    *,
    first: bool,
    next_start: datetime | None,
) -> tuple[Infusion, list[Check]]:
    course = history.course
    assert course is not None  # set by the caller before every infusion
    now = setting.now
    group = person.plan.group
    start = dose.start
    product = course.product
    birth = person.birth_ordinal
    age = (start.toordinal() - birth) / DAYS_PER_YEAR
    kawasaki = group.diagnosis is Diagnosis.KD
    planned_g = round_dose(dose.g_per_kg * course.dosing_kg)
    conc = product.concentration_mg_per_ml
    at_risk = bool(person.comorbidities & RATE_RISK) or (
        age > ADVANCED_AGE - 1 and completed_years(date.fromordinal(birth), start) >= ADVANCED_AGE
    )
    steps, slip = ramp(
        rng,
        setting.rates.rule(product, group.diagnosis.value, at_risk),
        weight_kg=course.dosing_kg,
        pace=person.rate_share * (FIRST_INFUSION_PACE if first else 1.0),
        kawasaki=kawasaki,
    )
    volume = planned_g * 1000 / conc
    used, end_minute = run(steps, volume)
    infection = not kawasaki and chance(rng, INFECTION_SHARE)
    premedicated = chance(
        rng, PREMEDICATED_SHARE if person.premedicated else OCCASIONAL_PREMEDICATION
    )
    previous_end = history.previous_end
    p = reaction_chance(
        first=first,
        long_gap=previous_end is not None and start - previous_end > LONG_GAP,
        product_change=bool(history.previous_product) and history.previous_product != product.id,
        infection=infection,
        rapid_rate=slip,
        premedicated=premedicated,
    )
    notes = [f"day {dose.day + 1} of {dose.days}"] if dose.days > 1 else []
    pumped = _Pumped(used, end_minute, planned_g)
    if chance(rng, p):
        pumped = _react(rng, pumped, volume, conc)
        if pumped.dose_g != planned_g:
            notes.append(f"stopped after {pumped.dose_g:g} g of {planned_g:g} g")
    used, end_minute, dose_g = pumped.used, pumped.end_minute, pumped.dose_g
    reaction, onset = pumped.reaction, pumped.onset
    end = start + minutes(end_minute)
    running = end > now
    seen_until = now if running else end
    if running:
        used = [(at, rate) for at, rate in used if start + minutes(at) <= now]
        if reaction is not None and start + minutes(onset) > now:
            reaction = None
    events: list[AdverseEvent] = []
    if reaction is not None:
        events.append(
            AdverseEvent(
                onset=start + minutes(onset),
                term=reaction.term,
                grade=reaction.grade,
                serious=reaction.serious,
                action=reaction.action,
                outcome=reaction.outcome,
            )
        )
        if reaction.grade >= 2:
            person.premedicated = True  # labels: premedicate after a reaction
    vitals = _vitals(rng, age, start, seen_until, running, kawasaki, infection, reaction, onset)
    infusion_id = f"inf-{setting.index.number(person.plan.number, start):0{setting.id_width}d}"
    done: list[Check] = []
    if not running:
        done, late = follow_up(
            rng,
            infusion_id=infusion_id,
            end=end,
            next_start=next_start,
            now=now,
            symptoms=_symptoms(rng, person, dose.g_per_kg, first, at_risk),
            nurse=person.nurse,
        )
        events.extend(late)
    outcome = None
    if (
        not group.maintenance
        and dose.day == 0
        and start <= now - OUTCOME_AFTER
        and chance(rng, OUTCOME_RECORDED_SHARE)
    ):
        outcome = OUTCOMES.pick(rng)
    history.previous_end = start if running else end
    history.previous_product = product.id
    infusion = Infusion(
        id=infusion_id,
        mrn=person.mrn,
        indication=group.diagnosis,
        label_use=LabelUse.ON if group.on_label else LabelUse.OFF,
        product_id=product.id,
        dosing_weight_kg=course.dosing_kg,
        dose_g=dose_g,
        start=start,
        end=None if running else end,
        dosing_weight_basis=course.basis,
        lots=setting.chooser.lots(rng, product, start.toordinal(), dose_g),
        active_infection=infection,
        rate_steps=_steps(start, used),
        premedications=(
            premedications(
                start,
                course.dosing_kg,
                age,
                antihistamine=person.antihistamine,
                steroid=person.steroid,
                nsaid=person.nsaid,
            )
            if premedicated
            else ()
        ),
        vitals=vitals,
        events=tuple(events),
        course_outcome=outcome,
        notes="; ".join(notes),
        recorded_by=person.nurse(rng),
    )
    return infusion, done


@dataclass(frozen=True, slots=True)
class _Pumped:
    """What the pump gave: the steps, the end (minutes after the start), the grams, and a
    reaction during the infusion with its onset (minutes after the start)."""

    used: Plan
    end_minute: int
    dose_g: float
    reaction: Graded | None = None
    onset: int = 0


def _react(rng: random.Random, pumped: _Pumped, volume: float, conc: float) -> _Pumped:
    """A reaction during the infusion and what the nurse did: the rate is lowered or paused,
    or the infusion is stopped and only the grams given are recorded."""
    reaction = immediate(rng)
    end_minute = pumped.end_minute
    onset = min(end_minute - 1, 10 + below(rng, max(1, int(end_minute * 0.7) - 10)))
    if reaction.action is not EventAction.STOPPED:
        used, end_minute = run(after_reaction(pumped.used, onset, reaction.action), volume)
        return _Pumped(used, end_minute, pumped.dose_g, reaction, onset)
    used = [(at, rate) for at, rate in pumped.used if at <= onset]
    end_minute = onset + 5 + below(rng, 11)
    given_g = max(0.5, math.floor(given_ml(used, end_minute) * conc / 500) / 2)
    return _Pumped(used, end_minute, min(given_g, pumped.dose_g), reaction, onset)


def _steps(start: datetime, used: Plan) -> tuple[RateStep, ...]:
    return tuple([RateStep(start + minutes(at), rate) for at, rate in used])


def _symptoms(
    rng: random.Random, person: Person, g_per_kg: float, first: bool, at_risk: bool
) -> list[Graded]:
    """Delayed symptoms of this infusion, if any (reported at a check, if one is done)."""
    found: list[Graded] = []
    serious = serious_delayed(
        rng,
        g_per_kg=g_per_kg,
        blood_group=person.blood_group,
        thrombosis_risk=bool(person.comorbidities & THROMBOSIS_COMORBIDITIES),
        renal_risk=at_risk and Comorbidity.KIDNEY_FAILURE in person.comorbidities,
    )
    if serious is not None:
        found.append(delayed(rng, serious))
    p = DELAYED_BASE * (DELAYED_FIRST_FACTOR if first else 1.0)
    if g_per_kg >= 1:
        p *= DELAYED_HIGH_DOSE_FACTOR
    if chance(rng, p):
        found.append(delayed(rng))
        if chance(rng, SECOND_SYMPTOM_SHARE):
            second = delayed(rng)
            if second.term != found[-1].term:
                found.append(second)
    return found


def _vitals(
    rng: random.Random,
    age: float,
    start: datetime,
    seen_until: datetime,
    running: bool,
    kawasaki: bool,
    infection: bool,
    reaction: Graded | None,
    onset: int,
) -> tuple[VitalSigns, ...]:
    """A baseline before the start, readings during, one at a reaction, one at the end."""
    readings = chart(age)
    if kawasaki and chance(rng, KD_FEVERISH_SHARE):
        baseline_temp = uniform(rng, *KD_FEVER_C)
    elif infection:
        baseline_temp = uniform(rng, *INFECTION_TEMP_C)
    else:
        baseline_temp = uniform(rng, *NORMAL_TEMP_C)
    feverish = baseline_temp >= 37.6
    series = [readings.at(rng, start - minutes(5 + 5 * below(rng, 4)), baseline_temp)]
    reaction_at = start + minutes(onset + 5) if reaction is not None else None
    if reaction_at is not None and reaction_at > seen_until:
        reaction_at = None
    for number, minute in enumerate(DURING_MINUTES):
        at = start + minutes(minute)
        if at >= seen_until:
            break
        if at == reaction_at:
            continue
        temp = baseline_temp - 0.3 * (number + 1) if feverish else uniform(rng, *NORMAL_TEMP_C)
        series.append(readings.at(rng, at, max(NORMAL_TEMP_C[0], temp)))
    if reaction is not None and reaction_at is not None:
        hot = reaction.term in ("fever", "chills")
        temp = uniform(rng, 38.1, 38.9) if hot else uniform(rng, *NORMAL_TEMP_C)
        series.append(readings.at(rng, reaction_at, temp, reaction.term))
    if not running and reaction_at != seen_until:
        series.append(readings.at(rng, seen_until, uniform(rng, *NORMAL_TEMP_C)))
    if reaction_at is not None:
        series.sort(key=lambda v: v.at)
    return tuple(series)
