"""Strict parsing of an `ivigmon/1` document into domain records, refused on the first problem."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
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
    Seriousness,
    Sex,
    WeightBasis,
)
from ivigmon.domain.identifiers import identifier_key
from ivigmon.domain.interchange import FORMAT, Document
from ivigmon.domain.interchange_reviews import REVIEWS, parse_alert_reviews
from ivigmon.domain.interchange_shape import (
    CHECK_KEYS,
    EVENT_KEYS,
    INFUSION_KEYS,
    LOT_KEYS,
    MEASUREMENT_KEYS,
    PATIENT_KEYS,
    PREMEDICATION_KEYS,
    RATE_STEP_KEYS,
    TOP_KEYS,
    VITALS_KEYS,
    check_keys,
    json_list,
    json_object,
    optional_number,
    optional_text,
    optional_whole,
    record_label,
    usable_identifier,
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
from ivigmon.domain.record_validation import validate_check, validate_infusion, validate_patient
from ivigmon.domain.validation import (
    AUTHOR_MAX,
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
    ValidationError,
    check_record,
    infusion_record,
    look_alike,
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
    require_not_future,
    require_symptom,
    require_text,
    require_unique,
    require_whole_in_limit,
    show,
    type_name,
)

FILE = "file"


def parse_document(
    data: object,
    *,
    product_ids: Collection[str],
    check_offsets: Sequence[int],
    now: datetime,
    known_mrns: Collection[str] = (),
    known_infusion_ids: Collection[str] = (),
    known_patients: Mapping[str, Patient] | None = None,
    numbers: Mapping[str, Sequence[int]] | None = None,
) -> Document:
    """Validate everything in decoded JSON; raise `ValidationError` on the first problem.

    `product_ids`: the catalogue; `check_offsets`: the current follow-up offsets setting (SPEC 5a:
    imported checks must use one of them); `now`: what is documented has happened by then (within
    the clock drift the bedside forms allow), birth dates included; `known_mrns` and
    `known_infusion_ids`: what the database already holds; `known_patients`: the stored
    patients the file's infusions refer to, by the MRN as the file writes it, so that those
    infusions are checked against their birth date and measured weight like the file's own
    patients. MRNs match by `identifier_key`: a file may not add a look-alike of a stored MRN.
    `numbers`: where `data` is part of a larger file, each list's items' places in it (a
    record without a usable identifier is named by its place).
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
    check_keys(FILE, data, TOP_KEYS)
    raw_patients = json_list(FILE, "patients", data["patients"])
    raw_infusions = json_list(FILE, "infusions", data["infusions"])
    raw_checks = json_list(FILE, "checks", data["checks"])

    today = now.date()
    # MRNs are compared by their look-alike key: `k-0001` in the file is the stored `K-0001`.
    known_keys = {identifier_key(mrn): mrn for mrn in known_mrns}
    patients: dict[str, Patient] = {}
    places = numbers or {}
    for number, raw in _numbered(raw_patients, places.get("patients")):
        patient = _parse_patient(json_object(raw, FILE, "patients", number), number, today)
        _refuse_future_patient(patient, now)
        record = patient_record(patient.mrn)
        mrn_key = identifier_key(patient.mrn)
        earlier = patients.get(mrn_key)
        if earlier is not None:
            problem = (
                "appears twice in the file"
                if earlier.mrn == patient.mrn
                else look_alike(patient.mrn, earlier.mrn, "the MRN earlier in the file")
            )
            raise ValidationError(record, "mrn", problem)
        stored = known_keys.get(mrn_key)
        if stored is not None:
            problem = (
                "already in the database; the file may not overwrite a patient"
                if stored == patient.mrn
                else look_alike(patient.mrn, stored, "the registered MRN")
            )
            raise ValidationError(record, "mrn", problem)
        patients[mrn_key] = patient

    known_id_set = frozenset(known_infusion_ids)
    infusions: dict[str, Infusion] = {}
    flags: list[Flag] = []
    for number, raw in _numbered(raw_infusions, places.get("infusions")):
        infusion = _parse_infusion(json_object(raw, FILE, "infusions", number), number)
        _refuse_future_infusion(infusion, now)
        record = infusion_record(infusion.id)
        if infusion.id in infusions:
            raise ValidationError(record, "id", "appears twice in the file")
        if infusion.id in known_id_set:
            raise ValidationError(
                record, "id", "already in the database; the file may not overwrite an infusion"
            )
        owner = patients.get(identifier_key(infusion.mrn)) or (known_patients or {}).get(
            infusion.mrn
        )
        if owner is None and identifier_key(infusion.mrn) not in known_keys:
            raise ValidationError(
                record,
                "mrn",
                f"no patient {show(infusion.mrn)} in this file or in the database",
            )
        flags.extend(validate_infusion(infusion, product_ids=product_ids, patient=owner))
        infusions[infusion.id] = infusion

    checks: dict[tuple[str, int], Check] = {}
    for number, raw in _numbered(raw_checks, places.get("checks")):
        check = _parse_check(
            json_object(raw, FILE, "checks", number), number, infusions, check_offsets
        )
        if check.done_at is not None:
            record = check_record(check.infusion_id, check.offset_h)
            require_not_future(record, "done_at", check.done_at, now=now)
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
    reviews = data.get(REVIEWS)
    return Document(
        patients=tuple(patients.values()),
        infusions=tuple(infusions.values()),
        checks=tuple(checks.values()),
        flags=tuple(flags),
        alert_reviews=() if reviews is None else parse_alert_reviews(reviews, now=now),
    )


def _numbered(items: list[object], places: Sequence[int] | None) -> Iterable[tuple[int, object]]:
    """Each item with its place in the file (from 1)."""
    if places is None:
        return enumerate(items, start=1)
    return zip(places, items, strict=True)


def _parse_patient(obj: dict[str, object], number: int, today: date) -> Patient:
    record = record_label("patient", obj.get("mrn"), number, MRN_MAX)
    check_keys(record, obj, PATIENT_KEYS)
    mrn = require_mrn(record, "mrn", obj["mrn"])
    name = require_name(record, "name", obj["name"])
    sex = require_code(record, "sex", obj["sex"], Sex)
    birth_date = require_birth_date(
        record, "birth_date", parse_date_field(record, "birth_date", obj["birth_date"]), today=today
    )
    blood_group = require_blood_group(record, "blood_group", obj.get("blood_group"))
    diagnoses = tuple(
        require_code(record, "diagnoses", item, Diagnosis)
        for item in json_list(record, "diagnoses", obj["diagnoses"])
    )
    require_unique(record, "diagnoses", diagnoses)
    comorbidity_list = [
        require_code(record, "comorbidities", item, Comorbidity)
        for item in json_list(record, "comorbidities", obj["comorbidities"])
    ]
    require_unique(record, "comorbidities", comorbidity_list)
    raw_prior = obj.get("prior_ivig_last_date")
    prior = (
        None if raw_prior is None else parse_date_field(record, "prior_ivig_last_date", raw_prior)
    )
    measurements = tuple(
        _parse_measurement(
            json_object(raw, record, "measurements", index),
            f"{record} measurement {index}",
        )
        for index, raw in enumerate(json_list(record, "measurements", obj["measurements"]), start=1)
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


def _refuse_future_patient(patient: Patient, now: datetime) -> None:
    """A measurement is documented after it was taken, as in the app."""
    for number, measurement in enumerate(patient.measurements, start=1):
        record = f"{patient_record(patient.mrn)} measurement {number}"
        require_not_future(record, "at", measurement.at, now=now)


def _refuse_future_infusion(infusion: Infusion, now: datetime) -> None:
    """Every time of an infusion has happened by `now`, as the bedside forms require."""
    record = infusion_record(infusion.id)
    require_not_future(record, "start", infusion.start, now=now)
    if infusion.end is not None:
        require_not_future(record, "end", infusion.end, now=now)
    parts: tuple[tuple[str, str, list[datetime]], ...] = (
        ("rate step", "at", [s.at for s in infusion.rate_steps]),
        ("premedication", "at", [p.at for p in infusion.premedications]),
        ("vital signs", "at", [v.at for v in infusion.vitals]),
        ("event", "onset", [e.onset for e in infusion.events]),
    )
    for kind, field, moments in parts:
        for number, moment in enumerate(moments, start=1):
            require_not_future(f"{record} {kind} {number}", field, moment, now=now)


def _parse_measurement(obj: dict[str, object], record: str) -> Measurement:
    check_keys(record, obj, MEASUREMENT_KEYS)
    return Measurement(
        at=parse_time_field(record, "at", obj["at"]),
        weight_kg=optional_number(record, "weight_kg", obj.get("weight_kg"), WEIGHT_KG),
        height_cm=optional_number(record, "height_cm", obj.get("height_cm"), HEIGHT_CM),
    )


def _parse_infusion(obj: dict[str, object], number: int) -> Infusion:
    record = record_label("infusion", obj.get("id"), number, INFUSION_ID_MAX)
    check_keys(record, obj, INFUSION_KEYS)
    infusion_id = require_identifier(record, "id", obj["id"], max_length=INFUSION_ID_MAX)
    mrn = require_mrn(record, "mrn", obj["mrn"])
    indication = require_code(record, "indication", obj["indication"], Diagnosis)
    label_use = require_code(record, "label_use", obj["label_use"], LabelUse)
    product = require_text(record, "product", obj["product"])
    lots = tuple(
        _parse_lot(json_object(raw, record, "lots", index), f"{record} lot {index}")
        for index, raw in enumerate(json_list(record, "lots", obj["lots"]), start=1)
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
        _parse_rate_step(
            json_object(raw, record, "rate_steps", index), f"{record} rate step {index}"
        )
        for index, raw in enumerate(json_list(record, "rate_steps", obj["rate_steps"]), start=1)
    )
    premeds = tuple(
        _parse_premedication(
            json_object(raw, record, "premedications", index), f"{record} premedication {index}"
        )
        for index, raw in enumerate(
            json_list(record, "premedications", obj["premedications"]), start=1
        )
    )
    vitals = tuple(
        _parse_vitals(json_object(raw, record, "vitals", index), f"{record} vital signs {index}")
        for index, raw in enumerate(json_list(record, "vitals", obj["vitals"]), start=1)
    )
    events = tuple(
        _parse_event(json_object(raw, record, "events", index), f"{record} event {index}")
        for index, raw in enumerate(json_list(record, "events", obj["events"]), start=1)
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
        notes=optional_text(record, "notes", obj.get("notes")),
        recorded_by=optional_text(record, "recorded_by", obj.get("recorded_by"), AUTHOR_MAX),
    )


def _parse_lot(obj: dict[str, object], record: str) -> Lot:
    check_keys(record, obj, LOT_KEYS)
    raw_expiry = obj.get("expiry")
    return Lot(
        lot=require_identifier(record, "lot", obj["lot"], max_length=LOT_MAX),
        expiry=None if raw_expiry is None else parse_date_field(record, "expiry", raw_expiry),
    )


def _parse_rate_step(obj: dict[str, object], record: str) -> RateStep:
    check_keys(record, obj, RATE_STEP_KEYS)
    return RateStep(
        at=parse_time_field(record, "at", obj["at"]),
        ml_per_h=require_in_limit(record, "ml_per_h", obj["ml_per_h"], PUMP_RATE_ML_H),
    )


def _parse_premedication(obj: dict[str, object], record: str) -> Premedication:
    check_keys(record, obj, PREMEDICATION_KEYS)
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
    check_keys(record, obj, VITALS_KEYS)
    return VitalSigns(
        at=parse_time_field(record, "at", obj["at"]),
        temp_c=optional_number(record, "temp_c", obj.get("temp_c"), TEMP_C),
        hr=optional_whole(record, "hr", obj.get("hr"), HEART_RATE),
        sbp=optional_whole(record, "sbp", obj.get("sbp"), SYSTOLIC),
        dbp=optional_whole(record, "dbp", obj.get("dbp"), DIASTOLIC),
        rr=optional_whole(record, "rr", obj.get("rr"), RESP_RATE),
        spo2=optional_whole(record, "spo2", obj.get("spo2"), SPO2),
    )


def _parse_event(obj: dict[str, object], record: str) -> AdverseEvent:
    check_keys(record, obj, EVENT_KEYS)
    return AdverseEvent(
        onset=parse_time_field(record, "onset", obj["onset"]),
        term=require_event_term(record, "term", obj["term"]),
        grade=require_whole_in_limit(record, "grade", obj["grade"], CTCAE_GRADE),
        ctcae_version=require_text(record, "ctcae_version", obj["ctcae_version"]),
        serious=require_bool(record, "serious", obj["serious"]),
        action=require_code(record, "action", obj["action"], EventAction),
        outcome=require_code(record, "outcome", obj["outcome"], EventOutcome),
        check_offset_h=optional_whole(
            record, "check_offset_h", obj.get("check_offset_h"), CHECK_OFFSET_H
        ),
        notes=optional_text(record, "notes", obj.get("notes")),
        seriousness=_seriousness(record, obj.get("seriousness")),
    )


def _seriousness(record: str, value: object) -> tuple[Seriousness, ...]:
    """SPEC 10.1: the optional list of ICH E2A criteria; absent or null means none named."""
    if value is None:
        return ()
    return tuple(
        require_code(record, "seriousness", item, Seriousness)
        for item in json_list(record, "seriousness", value)
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
        and usable_identifier(raw_id, INFUSION_ID_MAX)
        and isinstance(raw_offset, int)
        and not isinstance(raw_offset, bool)
        and abs(raw_offset) < 10**6
    ):
        record = check_record(raw_id, raw_offset)
    check_keys(record, obj, CHECK_KEYS)
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
            for item in json_list(record, "symptoms", raw_symptoms)
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
        else require_text(record, "done_by", raw_done_by, allow_empty=True, max_length=AUTHOR_MAX),
        mode=None if raw_mode is None else require_code(record, "mode", raw_mode, CheckMode),
        outcome=None
        if raw_outcome is None
        else require_code(record, "outcome", raw_outcome, CheckOutcome),
        symptoms=symptoms,
        notes=optional_text(record, "notes", obj.get("notes")),
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
