"""Record validation: a typed patient, infusion or check is refused or returned with its flags.

The record validators (`validate_patient`, `validate_infusion`, `validate_check` and the parts
they check) apply the field validators of `validation` to typed records, as built by the
interchange parser (after it has checked the JSON types), a service or a GUI form. Impossible
values raise `ValidationError`; possible but suspicious ones come back as `Flag`s.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import date, datetime, timedelta

from ivigmon.domain.codes import CheckOutcome, EventOutcome, Seriousness
from ivigmon.domain.models import (
    AdverseEvent,
    Check,
    Infusion,
    Lot,
    Measurement,
    Patient,
    Premedication,
    RateStep,
    VitalSigns,
)
from ivigmon.domain.numbers import fmt
from ivigmon.domain.timefmt import to_display
from ivigmon.domain.validation import (
    CHECK_OFFSET_H,
    CTCAE_GRADE,
    CTCAE_VERSION_MAX,
    DIASTOLIC,
    DOSE_G,
    HEART_RATE,
    HEIGHT_CM,
    INFUSION_ID_MAX,
    LOT_MAX,
    NOTES_MAX,
    PUMP_RATE_ML_H,
    RESP_RATE,
    SHORT_TEXT_MAX,
    SPO2,
    SYSTOLIC,
    TEMP_C,
    WEIGHT_KG,
    Flag,
    ValidationError,
    check_record,
    check_time_range,
    did_you_mean,
    infusion_record,
    patient_record,
    require_birth_date,
    require_blood_group,
    require_code,
    require_event_term,
    require_identifier,
    require_in_limit,
    require_mrn,
    require_name,
    require_symptom,
    require_text,
    require_unique,
    show,
)

# CTCAE v5.0: grade 5 is death related to the adverse event.
FATAL_GRADE = 5

# Flags (possible but suspicious values).
# Labels: the largest labelled dose is 2 g/kg per course (Kawasaki disease; CIDP loading dose);
# more than 2.5 g/kg in a single infusion suggests a weight or unit slip.
FLAG_DOSE_G_PER_KG = 2.5
# A dosing weight more than 20 % away from the latest measured weight is usually an old or
# mistyped weight (an adjusted weight for obesity can also differ: the flag asks to confirm).
FLAG_WEIGHT_DIFFERENCE = 0.20


def validate_measurement(record: str, measurement: Measurement, *, birth_date: date) -> None:
    check_time_range(record, "at", measurement.at)
    if measurement.at.date() < birth_date:
        raise ValidationError(
            record,
            "at",
            f"{to_display(measurement.at)} is before the birth date {birth_date.isoformat()}",
        )
    if measurement.weight_kg is None and measurement.height_cm is None:
        raise ValidationError(record, "weight_kg", "a measurement needs a weight or a height")
    if measurement.weight_kg is not None:
        require_in_limit(record, "weight_kg", measurement.weight_kg, WEIGHT_KG)
    if measurement.height_cm is not None:
        require_in_limit(record, "height_cm", measurement.height_cm, HEIGHT_CM)


def validate_patient(patient: Patient, *, today: date) -> None:
    """Raise `ValidationError` for the first impossible value of a patient."""
    require_mrn(patient_record(patient.mrn), "mrn", patient.mrn)
    record = patient_record(patient.mrn)
    require_name(record, "name", patient.name)
    require_birth_date(record, "birth_date", patient.birth_date, today=today)
    require_blood_group(record, "blood_group", patient.blood_group)
    if not patient.diagnoses:
        raise ValidationError(
            record, "diagnoses", "at least one diagnosis is required (the first is the primary)"
        )
    require_unique(record, "diagnoses", patient.diagnoses)
    prior = patient.prior_ivig_last_date
    if prior is not None:
        if prior > today:
            raise ValidationError(
                record,
                "prior_ivig_last_date",
                f"is in the future ({prior.isoformat()}; today is {today.isoformat()})",
            )
        if prior < patient.birth_date:
            raise ValidationError(
                record,
                "prior_ivig_last_date",
                f"{prior.isoformat()} is before the birth date {patient.birth_date.isoformat()}",
            )
    for number, measurement in enumerate(patient.measurements, start=1):
        validate_measurement(
            f"{record} measurement {number}", measurement, birth_date=patient.birth_date
        )


def validate_lot(record: str, lot: Lot) -> None:
    require_identifier(record, "lot", lot.lot, max_length=LOT_MAX)


def validate_rate_step(record: str, step: RateStep, infusion: Infusion) -> None:
    check_time_range(record, "at", step.at)
    if step.at < infusion.start:
        raise ValidationError(
            record,
            "at",
            f"{to_display(step.at)} is before the infusion start {to_display(infusion.start)}",
        )
    if infusion.end is not None and step.at > infusion.end:
        raise ValidationError(
            record,
            "at",
            f"{to_display(step.at)} is after the infusion end {to_display(infusion.end)}",
        )
    require_in_limit(record, "ml_per_h", step.ml_per_h, PUMP_RATE_ML_H)


def validate_premedication(record: str, premed: Premedication) -> None:
    check_time_range(record, "at", premed.at)
    require_text(record, "drug", premed.drug, max_length=SHORT_TEXT_MAX)
    require_text(record, "dose", premed.dose, max_length=SHORT_TEXT_MAX, allow_empty=True)
    require_text(record, "route", premed.route, max_length=SHORT_TEXT_MAX, allow_empty=True)


def validate_vital_signs(record: str, vitals: VitalSigns) -> None:
    check_time_range(record, "at", vitals.at)
    readings = (vitals.temp_c, vitals.hr, vitals.sbp, vitals.dbp, vitals.rr, vitals.spo2)
    if all(reading is None for reading in readings):
        raise ValidationError(record, "temp_c", "a set of vital signs needs at least one reading")
    if vitals.temp_c is not None:
        require_in_limit(record, "temp_c", vitals.temp_c, TEMP_C)
    if vitals.hr is not None:
        require_in_limit(record, "hr", vitals.hr, HEART_RATE)
    if vitals.sbp is not None:
        require_in_limit(record, "sbp", vitals.sbp, SYSTOLIC)
    if vitals.dbp is not None:
        require_in_limit(record, "dbp", vitals.dbp, DIASTOLIC)
    if vitals.sbp is not None and vitals.dbp is not None and vitals.dbp > vitals.sbp:
        raise ValidationError(
            record,
            "dbp",
            f"diastolic {vitals.dbp} mmHg is above systolic {vitals.sbp} mmHg"
            " (the two may be swapped)",
        )
    if vitals.rr is not None:
        require_in_limit(record, "rr", vitals.rr, RESP_RATE)
    if vitals.spo2 is not None:
        require_in_limit(record, "spo2", vitals.spo2, SPO2)


def validate_event(
    record: str, event: AdverseEvent, infusion: Infusion, *, notes_max: int = NOTES_MAX
) -> None:
    check_time_range(record, "onset", event.onset)
    if event.onset < infusion.start:
        raise ValidationError(
            record,
            "onset",
            f"{to_display(event.onset)} is before the infusion start {to_display(infusion.start)}",
        )
    require_event_term(record, "term", event.term)
    require_in_limit(record, "grade", event.grade, CTCAE_GRADE)
    require_text(record, "ctcae_version", event.ctcae_version, max_length=CTCAE_VERSION_MAX)
    validate_seriousness(record, event)
    require_text(record, "notes", event.notes, allow_empty=True, max_length=notes_max)
    if event.check_offset_h is not None:
        require_in_limit(record, "check_offset_h", event.check_offset_h, CHECK_OFFSET_H)
        if infusion.end is None:
            raise ValidationError(
                record,
                "check_offset_h",
                "the infusion is still running (no end), so it has no follow-up checks yet",
            )


def validate_seriousness(record: str, event: AdverseEvent) -> None:
    """Grade, outcome and seriousness that cannot all be true (SPEC 10.1); known criteria only.

    CTCAE v5 grade 5 is death related to the event, so it goes with outcome `fatal`, and death is
    a seriousness criterion of ICH E2A. Criteria on a non-serious event are accepted (SPEC 12).
    """
    for criterion in event.seriousness:
        require_code(record, "seriousness", criterion, Seriousness)
    require_unique(record, "seriousness", event.seriousness)
    problems = seriousness_problems(record, event)
    if problems:
        raise problems[0]


def seriousness_problems(record: str, event: AdverseEvent) -> tuple[ValidationError, ...]:
    """Every impossible combination of grade, outcome and seriousness at once, each naming its
    field, so a form can show them together (SPEC 10.1)."""
    fatal = EventOutcome.FATAL
    problems: list[ValidationError] = []
    if event.grade == FATAL_GRADE and event.outcome is not fatal:
        problems.append(
            ValidationError(
                record,
                "outcome",
                f"grade {FATAL_GRADE} means death related to the event, so the outcome must be"
                f" {fatal.value} (got {event.outcome.value}); check the grade and the outcome",
            )
        )
    if event.outcome is fatal and event.grade != FATAL_GRADE:
        problems.append(
            ValidationError(
                record,
                "grade",
                f"the outcome is {fatal.value}, so the grade must be {FATAL_GRADE} (death related"
                f" to the event; got grade {show(event.grade)}); check the grade and the outcome",
            )
        )
    if event.grade == FATAL_GRADE and not event.serious:
        problems.append(
            ValidationError(
                record,
                "serious",
                f"a grade {FATAL_GRADE} event (death) is always serious; mark it serious",
            )
        )
    return tuple(problems)


def validate_infusion(
    infusion: Infusion,
    *,
    product_ids: Collection[str],
    patient: Patient | None = None,
    notes_max: int = NOTES_MAX,
) -> tuple[Flag, ...]:
    """Raise `ValidationError` for the first impossible value; return the flags otherwise.

    `patient` (when known) allows the checks against the birth date and the measured weight.
    """
    require_identifier(infusion_record(infusion.id), "id", infusion.id, max_length=INFUSION_ID_MAX)
    record = infusion_record(infusion.id)
    require_mrn(record, "mrn", infusion.mrn)
    if infusion.product_id not in product_ids:
        raise ValidationError(
            record,
            "product",
            f"unknown product {show(infusion.product_id)}"
            f"{did_you_mean(infusion.product_id, sorted(product_ids))}; it is not in the catalogue",
        )
    if not infusion.lots:
        raise ValidationError(record, "lots", "at least one lot number is required")
    for number, lot in enumerate(infusion.lots, start=1):
        validate_lot(f"{record} lot {number}", lot)
    require_unique(record, "lots", (lot.lot for lot in infusion.lots))
    require_in_limit(record, "dosing_weight_kg", infusion.dosing_weight_kg, WEIGHT_KG)
    require_in_limit(record, "dose_g", infusion.dose_g, DOSE_G)
    check_time_range(record, "start", infusion.start)
    if patient is not None and infusion.start.date() < patient.birth_date:
        raise ValidationError(
            record,
            "start",
            f"{to_display(infusion.start)} is before the patient's birth date"
            f" {patient.birth_date.isoformat()}",
        )
    if infusion.end is not None:
        check_time_range(record, "end", infusion.end)
        if infusion.end <= infusion.start:
            raise ValidationError(
                record,
                "end",
                f"{to_display(infusion.end)} must be after the start {to_display(infusion.start)}",
            )
    for number, step in enumerate(infusion.rate_steps, start=1):
        validate_rate_step(f"{record} rate step {number}", step, infusion)
    for number, premed in enumerate(infusion.premedications, start=1):
        validate_premedication(f"{record} premedication {number}", premed)
    for number, vitals in enumerate(infusion.vitals, start=1):
        validate_vital_signs(f"{record} vital signs {number}", vitals)
    for number, event in enumerate(infusion.events, start=1):
        validate_event(f"{record} event {number}", event, infusion, notes_max=notes_max)
    require_text(
        record, "recorded_by", infusion.recorded_by, allow_empty=True, max_length=SHORT_TEXT_MAX
    )
    require_text(record, "notes", infusion.notes, allow_empty=True, max_length=notes_max)
    return infusion_flags(infusion, patient)


def infusion_flags(infusion: Infusion, patient: Patient | None = None) -> tuple[Flag, ...]:
    """Possible but suspicious values of a (valid) infusion."""
    record = infusion_record(infusion.id)
    flags: list[Flag] = []
    for number, lot in enumerate(infusion.lots, start=1):
        if lot.expiry is not None and lot.expiry < infusion.start.date():
            flags.append(
                Flag(
                    f"{record} lot {number}",
                    "expiry",
                    f"lot {lot.lot} expired on {lot.expiry.isoformat()}, before the infusion"
                    f" started ({to_display(infusion.start)}); check the lot number and expiry",
                )
            )
    per_kg = infusion.dose_g / infusion.dosing_weight_kg
    if per_kg > FLAG_DOSE_G_PER_KG:
        flags.append(
            Flag(
                record,
                "dose_g",
                f"{fmt(infusion.dose_g)} g for {fmt(infusion.dosing_weight_kg)} kg is"
                f" {fmt(per_kg)} g/kg, above {fmt(FLAG_DOSE_G_PER_KG)} g/kg in one infusion;"
                " check the dose and the weight",
            )
        )
    if patient is not None:
        measured = latest_weight(patient.measurements, infusion.start)
        if measured is not None:
            at, weight = measured
            difference = abs(infusion.dosing_weight_kg - weight) / weight
            if difference > FLAG_WEIGHT_DIFFERENCE:
                flags.append(
                    Flag(
                        record,
                        "dosing_weight_kg",
                        f"dosing weight {fmt(infusion.dosing_weight_kg)} kg"
                        f" ({infusion.dosing_weight_basis.value}) differs by"
                        f" {fmt(difference * 100, 0)} % from the weight measured on"
                        f" {to_display(at)} ({fmt(weight)} kg); check the weight",
                    )
                )
    return tuple(flags)


def latest_weight(
    measurements: Iterable[Measurement], at_or_before: datetime
) -> tuple[datetime, float] | None:
    """The latest measured weight at or before a moment, with its time."""
    best: tuple[datetime, float] | None = None
    for measurement in measurements:
        if measurement.weight_kg is None or measurement.at > at_or_before:
            continue
        if best is None or measurement.at >= best[0]:
            best = (measurement.at, measurement.weight_kg)
    return best


def validate_check(
    check: Check,
    infusion: Infusion,
    *,
    check_offsets: Collection[int],
    notes_max: int = NOTES_MAX,
) -> None:
    """Raise `ValidationError` for the first impossible value of a follow-up check."""
    record = check_record(check.infusion_id, check.offset_h)
    if check.infusion_id != infusion.id:
        raise ValidationError(record, "infusion_id", f"does not match the infusion {infusion.id}")
    if check.offset_h not in check_offsets:
        offsets = ", ".join(str(o) for o in sorted(check_offsets))
        raise ValidationError(
            record,
            "offset_h",
            f"{check.offset_h} h is not a follow-up offset of this ward (the setting is {offsets})",
        )
    if infusion.end is None:
        raise ValidationError(
            record,
            "infusion_id",
            f"infusion {infusion.id} is still running (no end), so it has no checks yet",
        )
    expected_due = infusion.end + timedelta(hours=check.offset_h)
    if check.due_at != expected_due:
        raise ValidationError(
            record,
            "due_at",
            f"must be the infusion end + {check.offset_h} h ({to_display(expected_due)})",
        )
    require_unique(record, "symptoms", check.symptoms)
    for symptom in check.symptoms:
        require_symptom(record, "symptoms", symptom)
    require_text(record, "notes", check.notes, allow_empty=True, max_length=notes_max)
    if check.done_at is None:
        for name, value in (("mode", check.mode), ("outcome", check.outcome)):
            if value is not None:
                raise ValidationError(
                    record,
                    "done_at",
                    f"missing: a check with a {name} must say when it was done",
                )
        if check.symptoms:
            raise ValidationError(
                record, "done_at", "missing: a check with symptoms must say when it was done"
            )
        if check.done_by:
            raise ValidationError(
                record, "done_at", "missing: a check with done_by must say when it was done"
            )
        return
    check_time_range(record, "done_at", check.done_at)
    if check.done_at < infusion.end:
        raise ValidationError(
            record,
            "done_at",
            f"{to_display(check.done_at)} is before the infusion end {to_display(infusion.end)}",
        )
    if check.done_by is not None:
        require_text(record, "done_by", check.done_by, allow_empty=True, max_length=SHORT_TEXT_MAX)
    if check.mode is None:
        raise ValidationError(
            record, "mode", "missing: a done check needs a mode (in_person or phone)"
        )
    if check.outcome is None:
        raise ValidationError(
            record,
            "outcome",
            "missing: a done check needs an outcome (no_symptoms, symptoms or not_reached)",
        )
    if check.outcome is CheckOutcome.SYMPTOMS and not check.symptoms:
        raise ValidationError(
            record, "symptoms", "the outcome is symptoms but no symptom is listed"
        )
    if check.outcome is not CheckOutcome.SYMPTOMS and check.symptoms:
        raise ValidationError(
            record,
            "symptoms",
            f"the outcome is {check.outcome.value} but symptoms are listed",
        )
