"""The interchange format `ivigmon/1` (SPEC section 7): strict parsing and faithful writing.

`parse_document` turns decoded JSON into frozen domain records and refuses the whole document on
the first problem, with a `ValidationError` that names the record and the field. `to_document`
writes records back in exactly the SPEC 7 shape, so that `parse_document(to_document(x)) == x`.

Keys. Every key of the SPEC 7 example is required, except the optional keys of SPEC 7
(`blood_group`, `prior_ivig_last_date`, `dosing_weight_basis` (default `actual`),
`course_outcome`, `end` (null while running), `notes`) and these, which are optional because
they may legitimately be unknown:

- measurement `weight_kg` and `height_cm`, and the vital-sign readings `temp_c`, `hr`, `sbp`,
  `dbp`, `rr`, `spo2`: null or absent when not measured (at least one reading per record);
- lot `expiry`: null or absent when not recorded;
- check `mode`, `outcome` (null while the check is open) and `symptoms` (default empty).

This project adds optional keys (all written by `to_document`):

- infusion `recorded_by` (text): who documented the infusion;
- event `check_offset_h` (whole hours): the event was reported at the follow-up check of this
  infusion at that offset; that check must be in the file, done, with outcome `symptoms`;
- event `notes` (text);
- check `done_by` (text or null): who did the check.

Optional text keys may be null, meaning empty. Unknown keys anywhere are an error.

Checks. A check with `done_at` null is open. The service layer re-creates open checks from the
infusion end, so an export may hold only done checks; the parser accepts both. Every check's
`due_at` is the infusion end plus its offset on the wall clock.

Database. The caller passes what the database already holds: `known_mrns` (an infusion may belong
to such a patient, but the file may not define that patient again) and `known_infusion_ids`
(which the file may not reuse). SPEC 7: no silent overwrite.

Flags. Possible but suspicious values do not refuse the file; they come back as `Document.flags`:
a lot that expired before the infusion start, more than 2.5 g/kg in one infusion, a dosing weight
more than 20 % away from the latest measured weight at or before the start.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from ivigmon.domain.codes import (
    CheckMode,
    CheckOutcome,
    Comorbidity,
    CourseOutcome,
    Diagnosis,
    EventAction,
    EventOutcome,
    LabelUse,
    PremedClass,
    Sex,
    WeightBasis,
)
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
from ivigmon.domain.timefmt import to_iso
from ivigmon.domain.validation import (
    CHECK_OFFSET_H,
    CTCAE_GRADE,
    DIASTOLIC,
    DOSE_G,
    HEART_RATE,
    HEIGHT_CM,
    INFUSION_ID_MAX,
    LOT_MAX,
    MRN_MAX,
    PUMP_RATE_ML_H,
    RESP_RATE,
    SHORT_TEXT_MAX,
    SPO2,
    SYSTOLIC,
    TEMP_C,
    WEIGHT_KG,
    Flag,
    Limit,
    ValidationError,
    check_record,
    did_you_mean,
    infusion_record,
    is_single_line,
    is_storable_text,
    parse_date_field,
    parse_time_field,
    patient_record,
    require_birth_date,
    require_blood_group,
    require_bool,
    require_code,
    require_event_term,
    require_identifier,
    require_in_limit,
    require_mrn,
    require_name,
    require_symptom,
    require_text,
    require_unique,
    require_whole_in_limit,
    show,
    type_name,
    validate_check,
    validate_infusion,
    validate_patient,
)

FORMAT = "ivigmon/1"

FILE = "file"


@dataclass(frozen=True)
class Document:
    """A parsed interchange file: records in file order, plus the flags to show before import."""

    patients: tuple[Patient, ...] = ()
    infusions: tuple[Infusion, ...] = ()
    checks: tuple[Check, ...] = ()
    flags: tuple[Flag, ...] = ()


@dataclass(frozen=True)
class _Keys:
    required: tuple[str, ...]
    optional: tuple[str, ...] = ()

    @property
    def allowed(self) -> tuple[str, ...]:
        return self.required + self.optional


TOP_KEYS = _Keys(("format", "patients", "infusions", "checks"))
PATIENT_KEYS = _Keys(
    ("mrn", "name", "sex", "birth_date", "diagnoses", "comorbidities", "measurements"),
    ("blood_group", "prior_ivig_last_date"),
)
MEASUREMENT_KEYS = _Keys(("at",), ("weight_kg", "height_cm"))
INFUSION_KEYS = _Keys(
    (
        "id",
        "mrn",
        "indication",
        "label_use",
        "product",
        "lots",
        "dosing_weight_kg",
        "dose_g",
        "start",
        "active_infection",
        "rate_steps",
        "premedications",
        "vitals",
        "events",
    ),
    ("dosing_weight_basis", "end", "course_outcome", "notes", "recorded_by"),
)
LOT_KEYS = _Keys(("lot",), ("expiry",))
RATE_STEP_KEYS = _Keys(("at", "ml_per_h"))
PREMEDICATION_KEYS = _Keys(("at", "drug", "class", "dose", "route"))
VITALS_KEYS = _Keys(("at",), ("temp_c", "hr", "sbp", "dbp", "rr", "spo2"))
EVENT_KEYS = _Keys(
    ("onset", "term", "grade", "ctcae_version", "serious", "action", "outcome"),
    ("check_offset_h", "notes"),
)
CHECK_KEYS = _Keys(
    ("infusion_id", "offset_h", "done_at"),
    ("mode", "outcome", "symptoms", "notes", "done_by"),
)


# --------------------------------------------------------------------------------------------
# JSON shape helpers
# --------------------------------------------------------------------------------------------


def _object(value: object, record: str, field: str, number: int) -> dict[str, object]:
    """Item `number` (1-based) of the list `field` of `record` must be a JSON object."""
    if not isinstance(value, dict):
        raise ValidationError(
            record, field, f"item {number} must be an object {{...}}, got {type_name(value)}"
        )
    return value


def _list(record: str, field: str, value: object) -> list[object]:
    if value is None:
        raise ValidationError(record, field, "missing; must be a list (it may be empty: [])")
    if not isinstance(value, list):
        raise ValidationError(record, field, f"must be a list [...], got {type_name(value)}")
    return value


def _check_keys(record: str, obj: Collection[object], keys: _Keys) -> None:
    allowed = keys.allowed
    for key in obj:
        if key not in allowed:
            plain = (
                isinstance(key, str)
                and key.strip()
                and is_single_line(key)
                and is_storable_text(key)
            )
            name = key if plain and isinstance(key, str) else f"unknown key {show(key)}"
            hint = did_you_mean(key, allowed) if isinstance(key, str) else ""
            raise ValidationError(
                record,
                name,
                f"unknown key{hint}; allowed keys here are {', '.join(allowed)}",
            )
    for key in keys.required:
        if key not in obj:
            raise ValidationError(record, key, "missing; this key is required")


def _usable_identifier(value: object, max_length: int) -> bool:
    return (
        isinstance(value, str)
        and bool(value.strip())
        and value == value.strip()
        and is_single_line(value)
        and is_storable_text(value)
        and len(value) <= max_length
    )


def _label(kind: str, value: object, number: int, max_length: int) -> str:
    """`patient K-0001` when the identifier is usable, else `patient #3` (its place in the file)."""
    return f"{kind} {value}" if _usable_identifier(value, max_length) else f"{kind} #{number}"


def _optional_text(record: str, field: str, value: object, max_length: int | None = None) -> str:
    """An optional text key: absent or null means empty."""
    if value is None:
        return ""
    return require_text(record, field, value, allow_empty=True, max_length=max_length)


def _optional_number(record: str, field: str, value: object, limit: Limit) -> float | None:
    return None if value is None else require_in_limit(record, field, value, limit)


def _optional_whole(record: str, field: str, value: object, limit: Limit) -> int | None:
    return None if value is None else require_whole_in_limit(record, field, value, limit)


# --------------------------------------------------------------------------------------------
# Parsing
# --------------------------------------------------------------------------------------------


def parse_document(
    data: object,
    *,
    product_ids: Collection[str],
    check_offsets: Sequence[int],
    today: date,
    known_mrns: Collection[str] = (),
    known_infusion_ids: Collection[str] = (),
) -> Document:
    """Validate everything in decoded JSON; raise `ValidationError` on the first problem.

    `product_ids`: the catalogue; `check_offsets`: the current follow-up offsets setting (SPEC 5a:
    imported checks must use one of them); `today`: for birth dates; `known_mrns` and
    `known_infusion_ids`: what the database already holds.
    """
    if not isinstance(data, dict):
        raise ValidationError(
            FILE,
            "format",
            f'the file must be a JSON object {{"format": "{FORMAT}", ...}}, got {type_name(data)}',
        )
    if "format" not in data:
        raise ValidationError(FILE, "format", f'missing; the file must say "format": "{FORMAT}"')
    if data["format"] != FORMAT:
        raise ValidationError(
            FILE,
            "format",
            f"unsupported format {show(data['format'])}; this program reads {FORMAT}",
        )
    _check_keys(FILE, data, TOP_KEYS)
    raw_patients = _list(FILE, "patients", data["patients"])
    raw_infusions = _list(FILE, "infusions", data["infusions"])
    raw_checks = _list(FILE, "checks", data["checks"])

    known_mrn_set = frozenset(known_mrns)
    patients: dict[str, Patient] = {}
    for number, raw in enumerate(raw_patients, start=1):
        patient = _parse_patient(_object(raw, FILE, "patients", number), number, today)
        record = patient_record(patient.mrn)
        if patient.mrn in patients:
            raise ValidationError(record, "mrn", "appears twice in the file")
        if patient.mrn in known_mrn_set:
            raise ValidationError(
                record, "mrn", "already in the database; the file may not overwrite a patient"
            )
        patients[patient.mrn] = patient

    known_id_set = frozenset(known_infusion_ids)
    infusions: dict[str, Infusion] = {}
    flags: list[Flag] = []
    for number, raw in enumerate(raw_infusions, start=1):
        infusion = _parse_infusion(_object(raw, FILE, "infusions", number), number)
        record = infusion_record(infusion.id)
        if infusion.id in infusions:
            raise ValidationError(record, "id", "appears twice in the file")
        if infusion.id in known_id_set:
            raise ValidationError(
                record, "id", "already in the database; the file may not overwrite an infusion"
            )
        owner = patients.get(infusion.mrn)
        if owner is None and infusion.mrn not in known_mrn_set:
            raise ValidationError(
                record,
                "mrn",
                f"no patient {show(infusion.mrn)} in this file or in the database",
            )
        flags.extend(validate_infusion(infusion, product_ids=product_ids, patient=owner))
        infusions[infusion.id] = infusion

    checks: dict[tuple[str, int], Check] = {}
    for number, raw in enumerate(raw_checks, start=1):
        check = _parse_check(_object(raw, FILE, "checks", number), number, infusions, check_offsets)
        key = (check.infusion_id, check.offset_h)
        if key in checks:
            raise ValidationError(
                check_record(*key),
                "offset_h",
                f"the +{check.offset_h} h check of infusion {check.infusion_id}"
                " appears twice in the file",
            )
        checks[key] = check

    _check_event_checks(infusions.values(), checks)
    return Document(
        patients=tuple(patients.values()),
        infusions=tuple(infusions.values()),
        checks=tuple(checks.values()),
        flags=tuple(flags),
    )


def _parse_patient(obj: dict[str, object], number: int, today: date) -> Patient:
    record = _label("patient", obj.get("mrn"), number, MRN_MAX)
    _check_keys(record, obj, PATIENT_KEYS)
    mrn = require_mrn(record, "mrn", obj["mrn"])
    name = require_name(record, "name", obj["name"])
    sex = require_code(record, "sex", obj["sex"], Sex)
    birth_date = require_birth_date(
        record, "birth_date", parse_date_field(record, "birth_date", obj["birth_date"]), today=today
    )
    blood_group = require_blood_group(record, "blood_group", obj.get("blood_group"))
    diagnoses = tuple(
        require_code(record, "diagnoses", item, Diagnosis)
        for item in _list(record, "diagnoses", obj["diagnoses"])
    )
    require_unique(record, "diagnoses", diagnoses)
    comorbidity_list = [
        require_code(record, "comorbidities", item, Comorbidity)
        for item in _list(record, "comorbidities", obj["comorbidities"])
    ]
    require_unique(record, "comorbidities", comorbidity_list)
    raw_prior = obj.get("prior_ivig_last_date")
    prior = (
        None if raw_prior is None else parse_date_field(record, "prior_ivig_last_date", raw_prior)
    )
    measurements = tuple(
        _parse_measurement(
            _object(raw, record, "measurements", index),
            f"{record} measurement {index}",
        )
        for index, raw in enumerate(_list(record, "measurements", obj["measurements"]), start=1)
    )
    patient = Patient(
        mrn=mrn,
        name=name,
        sex=sex,
        birth_date=birth_date,
        diagnoses=diagnoses,
        comorbidities=frozenset(comorbidity_list),
        blood_group=blood_group,
        prior_ivig_last_date=prior,
        measurements=measurements,
    )
    validate_patient(patient, today=today)
    return patient


def _parse_measurement(obj: dict[str, object], record: str) -> Measurement:
    _check_keys(record, obj, MEASUREMENT_KEYS)
    return Measurement(
        at=parse_time_field(record, "at", obj["at"]),
        weight_kg=_optional_number(record, "weight_kg", obj.get("weight_kg"), WEIGHT_KG),
        height_cm=_optional_number(record, "height_cm", obj.get("height_cm"), HEIGHT_CM),
    )


def _parse_infusion(obj: dict[str, object], number: int) -> Infusion:
    record = _label("infusion", obj.get("id"), number, INFUSION_ID_MAX)
    _check_keys(record, obj, INFUSION_KEYS)
    infusion_id = require_identifier(record, "id", obj["id"], max_length=INFUSION_ID_MAX)
    mrn = require_mrn(record, "mrn", obj["mrn"])
    indication = require_code(record, "indication", obj["indication"], Diagnosis)
    label_use = require_code(record, "label_use", obj["label_use"], LabelUse)
    product = require_text(record, "product", obj["product"])
    lots = tuple(
        _parse_lot(_object(raw, record, "lots", index), f"{record} lot {index}")
        for index, raw in enumerate(_list(record, "lots", obj["lots"]), start=1)
    )
    if not lots:
        raise ValidationError(record, "lots", "at least one lot number is required")
    dosing_weight = require_in_limit(record, "dosing_weight_kg", obj["dosing_weight_kg"], WEIGHT_KG)
    raw_basis = obj.get("dosing_weight_basis")
    basis = (
        WeightBasis.ACTUAL
        if raw_basis is None
        else require_code(record, "dosing_weight_basis", raw_basis, WeightBasis)
    )
    dose = require_in_limit(record, "dose_g", obj["dose_g"], DOSE_G)
    start = parse_time_field(record, "start", obj["start"])
    raw_end = obj.get("end")
    end = None if raw_end is None else parse_time_field(record, "end", raw_end)
    active_infection = require_bool(record, "active_infection", obj["active_infection"])
    steps = tuple(
        _parse_rate_step(_object(raw, record, "rate_steps", index), f"{record} rate step {index}")
        for index, raw in enumerate(_list(record, "rate_steps", obj["rate_steps"]), start=1)
    )
    premeds = tuple(
        _parse_premedication(
            _object(raw, record, "premedications", index), f"{record} premedication {index}"
        )
        for index, raw in enumerate(_list(record, "premedications", obj["premedications"]), start=1)
    )
    vitals = tuple(
        _parse_vitals(_object(raw, record, "vitals", index), f"{record} vital signs {index}")
        for index, raw in enumerate(_list(record, "vitals", obj["vitals"]), start=1)
    )
    events = tuple(
        _parse_event(_object(raw, record, "events", index), f"{record} event {index}")
        for index, raw in enumerate(_list(record, "events", obj["events"]), start=1)
    )
    raw_outcome = obj.get("course_outcome")
    course_outcome = (
        None
        if raw_outcome is None
        else require_code(record, "course_outcome", raw_outcome, CourseOutcome)
    )
    return Infusion(
        id=infusion_id,
        mrn=mrn,
        indication=indication,
        label_use=label_use,
        product_id=product,
        dosing_weight_kg=dosing_weight,
        dose_g=dose,
        start=start,
        end=end,
        dosing_weight_basis=basis,
        lots=lots,
        active_infection=active_infection,
        rate_steps=steps,
        premedications=premeds,
        vitals=vitals,
        events=events,
        course_outcome=course_outcome,
        notes=_optional_text(record, "notes", obj.get("notes")),
        recorded_by=_optional_text(record, "recorded_by", obj.get("recorded_by"), SHORT_TEXT_MAX),
    )


def _parse_lot(obj: dict[str, object], record: str) -> Lot:
    _check_keys(record, obj, LOT_KEYS)
    raw_expiry = obj.get("expiry")
    return Lot(
        lot=require_identifier(record, "lot", obj["lot"], max_length=LOT_MAX),
        expiry=None if raw_expiry is None else parse_date_field(record, "expiry", raw_expiry),
    )


def _parse_rate_step(obj: dict[str, object], record: str) -> RateStep:
    _check_keys(record, obj, RATE_STEP_KEYS)
    return RateStep(
        at=parse_time_field(record, "at", obj["at"]),
        ml_per_h=require_in_limit(record, "ml_per_h", obj["ml_per_h"], PUMP_RATE_ML_H),
    )


def _parse_premedication(obj: dict[str, object], record: str) -> Premedication:
    _check_keys(record, obj, PREMEDICATION_KEYS)
    return Premedication(
        at=parse_time_field(record, "at", obj["at"]),
        drug=require_text(record, "drug", obj["drug"], max_length=SHORT_TEXT_MAX),
        drug_class=require_code(record, "class", obj["class"], PremedClass),
        dose=require_text(record, "dose", obj["dose"], allow_empty=True, max_length=SHORT_TEXT_MAX),
        route=require_text(
            record, "route", obj["route"], allow_empty=True, max_length=SHORT_TEXT_MAX
        ),
    )


def _parse_vitals(obj: dict[str, object], record: str) -> VitalSigns:
    _check_keys(record, obj, VITALS_KEYS)
    return VitalSigns(
        at=parse_time_field(record, "at", obj["at"]),
        temp_c=_optional_number(record, "temp_c", obj.get("temp_c"), TEMP_C),
        hr=_optional_whole(record, "hr", obj.get("hr"), HEART_RATE),
        sbp=_optional_whole(record, "sbp", obj.get("sbp"), SYSTOLIC),
        dbp=_optional_whole(record, "dbp", obj.get("dbp"), DIASTOLIC),
        rr=_optional_whole(record, "rr", obj.get("rr"), RESP_RATE),
        spo2=_optional_whole(record, "spo2", obj.get("spo2"), SPO2),
    )


def _parse_event(obj: dict[str, object], record: str) -> AdverseEvent:
    _check_keys(record, obj, EVENT_KEYS)
    return AdverseEvent(
        onset=parse_time_field(record, "onset", obj["onset"]),
        term=require_event_term(record, "term", obj["term"]),
        grade=require_whole_in_limit(record, "grade", obj["grade"], CTCAE_GRADE),
        ctcae_version=require_text(record, "ctcae_version", obj["ctcae_version"]),
        serious=require_bool(record, "serious", obj["serious"]),
        action=require_code(record, "action", obj["action"], EventAction),
        outcome=require_code(record, "outcome", obj["outcome"], EventOutcome),
        check_offset_h=_optional_whole(
            record, "check_offset_h", obj.get("check_offset_h"), CHECK_OFFSET_H
        ),
        notes=_optional_text(record, "notes", obj.get("notes")),
    )


def _parse_check(
    obj: dict[str, object],
    number: int,
    infusions: Mapping[str, Infusion],
    check_offsets: Sequence[int],
) -> Check:
    raw_id, raw_offset = obj.get("infusion_id"), obj.get("offset_h")
    record = f"check #{number}"
    if (
        isinstance(raw_id, str)
        and _usable_identifier(raw_id, INFUSION_ID_MAX)
        and isinstance(raw_offset, int)
        and not isinstance(raw_offset, bool)
        and abs(raw_offset) < 10**6
    ):
        record = check_record(raw_id, raw_offset)
    _check_keys(record, obj, CHECK_KEYS)
    infusion_id = require_identifier(record, "infusion_id", raw_id, max_length=INFUSION_ID_MAX)
    offset = require_whole_in_limit(record, "offset_h", raw_offset, CHECK_OFFSET_H)
    infusion = infusions.get(infusion_id)
    if infusion is None:
        raise ValidationError(
            record, "infusion_id", f"no infusion {show(infusion_id)} in this file"
        )
    if infusion.end is None:
        raise ValidationError(
            record,
            "infusion_id",
            f"infusion {infusion_id} is still running (no end), so it has no checks yet",
        )
    raw_done = obj["done_at"]
    done_at = None if raw_done is None else parse_time_field(record, "done_at", raw_done)
    raw_mode, raw_outcome = obj.get("mode"), obj.get("outcome")
    raw_symptoms = obj.get("symptoms")
    symptoms = (
        ()
        if raw_symptoms is None
        else tuple(
            require_symptom(record, "symptoms", item)
            for item in _list(record, "symptoms", raw_symptoms)
        )
    )
    raw_done_by = obj.get("done_by")
    check = Check(
        infusion_id=infusion_id,
        offset_h=offset,
        due_at=infusion.end + timedelta(hours=offset),
        done_at=done_at,
        done_by=None
        if raw_done_by is None
        else require_text(
            record, "done_by", raw_done_by, allow_empty=True, max_length=SHORT_TEXT_MAX
        ),
        mode=None if raw_mode is None else require_code(record, "mode", raw_mode, CheckMode),
        outcome=None
        if raw_outcome is None
        else require_code(record, "outcome", raw_outcome, CheckOutcome),
        symptoms=symptoms,
        notes=_optional_text(record, "notes", obj.get("notes")),
    )
    validate_check(check, infusion, check_offsets=check_offsets)
    return check


def _check_event_checks(
    infusions: Iterable[Infusion], checks: Mapping[tuple[str, int], Check]
) -> None:
    """An event reported at a follow-up check needs that check, done, with symptoms."""
    for infusion in infusions:
        for number, event in enumerate(infusion.events, start=1):
            if event.check_offset_h is None:
                continue
            record = f"{infusion_record(infusion.id)} event {number}"
            check = checks.get((infusion.id, event.check_offset_h))
            if check is None:
                raise ValidationError(
                    record,
                    "check_offset_h",
                    f"no +{event.check_offset_h} h check of this infusion in the file",
                )
            if check.done_at is None or check.outcome is not CheckOutcome.SYMPTOMS:
                raise ValidationError(
                    record,
                    "check_offset_h",
                    f"the +{event.check_offset_h} h check of this infusion is not recorded as"
                    " done with symptoms",
                )


# --------------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------------


def _time(moment: datetime | None) -> str | None:
    return None if moment is None else to_iso(moment)


def _date(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def to_document(
    patients: Iterable[Patient],
    infusions: Iterable[Infusion],
    checks: Iterable[Check],
) -> dict[str, object]:
    """The SPEC 7 document for these records; every optional key is written (null when empty)."""
    return {
        "format": FORMAT,
        "patients": [_patient_json(p) for p in patients],
        "infusions": [_infusion_json(i) for i in infusions],
        "checks": [_check_json(c) for c in checks],
    }


def _patient_json(patient: Patient) -> dict[str, object]:
    return {
        "mrn": patient.mrn,
        "name": patient.name,
        "sex": patient.sex.value,
        "birth_date": patient.birth_date.isoformat(),
        "blood_group": patient.blood_group,
        "diagnoses": [d.value for d in patient.diagnoses],
        # A set in the record; written in the order of SPEC section 2 so exports are stable.
        "comorbidities": [c.value for c in Comorbidity if c in patient.comorbidities],
        "prior_ivig_last_date": _date(patient.prior_ivig_last_date),
        "measurements": [
            {"at": to_iso(m.at), "weight_kg": m.weight_kg, "height_cm": m.height_cm}
            for m in patient.measurements
        ],
    }


def _infusion_json(infusion: Infusion) -> dict[str, object]:
    return {
        "id": infusion.id,
        "mrn": infusion.mrn,
        "indication": infusion.indication.value,
        "label_use": infusion.label_use.value,
        "product": infusion.product_id,
        "lots": [{"lot": lot.lot, "expiry": _date(lot.expiry)} for lot in infusion.lots],
        "dosing_weight_kg": infusion.dosing_weight_kg,
        "dosing_weight_basis": infusion.dosing_weight_basis.value,
        "dose_g": infusion.dose_g,
        "start": to_iso(infusion.start),
        "end": _time(infusion.end),
        "active_infection": infusion.active_infection,
        "rate_steps": [{"at": to_iso(s.at), "ml_per_h": s.ml_per_h} for s in infusion.rate_steps],
        "premedications": [
            {
                "at": to_iso(p.at),
                "drug": p.drug,
                "class": p.drug_class.value,
                "dose": p.dose,
                "route": p.route,
            }
            for p in infusion.premedications
        ],
        "vitals": [
            {
                "at": to_iso(v.at),
                "temp_c": v.temp_c,
                "hr": v.hr,
                "sbp": v.sbp,
                "dbp": v.dbp,
                "rr": v.rr,
                "spo2": v.spo2,
            }
            for v in infusion.vitals
        ],
        "events": [
            {
                "onset": to_iso(e.onset),
                "term": e.term,
                "grade": e.grade,
                "ctcae_version": e.ctcae_version,
                "serious": e.serious,
                "action": e.action.value,
                "outcome": e.outcome.value,
                "check_offset_h": e.check_offset_h,
                "notes": e.notes,
            }
            for e in infusion.events
        ],
        "course_outcome": None
        if infusion.course_outcome is None
        else infusion.course_outcome.value,
        "notes": infusion.notes,
        "recorded_by": infusion.recorded_by,
    }


def _check_json(check: Check) -> dict[str, object]:
    return {
        "infusion_id": check.infusion_id,
        "offset_h": check.offset_h,
        "done_at": _time(check.done_at),
        "done_by": check.done_by,
        "mode": None if check.mode is None else check.mode.value,
        "outcome": None if check.outcome is None else check.outcome.value,
        "symptoms": list(check.symptoms),
        "notes": check.notes,
    }
