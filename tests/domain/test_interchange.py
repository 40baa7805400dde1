"""The ivigmon/1 interchange format: the SPEC example, broken files, round trip and fuzzing."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ivigmon.domain.codes import (
    CheckMode,
    CheckOutcome,
    Comorbidity,
    CourseOutcome,
    Diagnosis,
    EventAction,
    EventOutcome,
    EventTerm,
    LabelUse,
    PremedClass,
    Seriousness,
    Sex,
    WeightBasis,
)
from ivigmon.domain.identifiers import hidden_character, identifier_key
from ivigmon.domain.import_authors import attribute_authors, imported_author
from ivigmon.domain.interchange import FORMAT, Document
from ivigmon.domain.interchange_json import decode_json
from ivigmon.domain.interchange_read import parse_document
from ivigmon.domain.interchange_write import to_document
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
from ivigmon.domain.validation import (
    AUTHOR_MAX,
    FUTURE_TOLERANCE,
    SHORT_TEXT_MAX,
    ValidationError,
)

from ..spec_example import SPEC_EXAMPLE

TODAY = date(2026, 6, 1)
PRODUCT_IDS = frozenset({"privigen", "octagam_10", "gamunex_c", "gammagard_liquid"})
OFFSETS = (24, 48, 72)
DB_MRN = "DB-0001"


def example() -> dict[str, Any]:
    return copy.deepcopy(SPEC_EXAMPLE)


def parse(data: object, **overrides: Any) -> Document:
    kwargs: dict[str, Any] = {
        "product_ids": PRODUCT_IDS,
        "check_offsets": OFFSETS,
        "now": datetime.combine(TODAY, time(12)),
        "known_mrns": {DB_MRN},
    }
    kwargs.update(overrides)
    return parse_document(data, **kwargs)


# --------------------------------------------------------------------------------------------
# The SPEC example
# --------------------------------------------------------------------------------------------


def test_spec_example_parses_into_domain_records() -> None:
    document = parse(example())

    (patient,) = document.patients
    assert patient == Patient(
        mrn="K-0001",
        name="...",
        sex=Sex.F,
        birth_date=date(2019, 4, 2),
        diagnoses=(Diagnosis.KD,),
        blood_group="A+",
        measurements=(Measurement(at=datetime(2026, 3, 1, 8, 0), weight_kg=14.2, height_cm=98.0),),
    )
    (infusion,) = document.infusions
    assert infusion.product_id == "privigen"
    assert infusion.lots == (Lot("P123", date(2027, 1, 31)),)
    assert infusion.end == datetime(2026, 3, 1, 19, 30)
    assert infusion.dosing_weight_basis is WeightBasis.ACTUAL
    assert infusion.rate_steps == (RateStep(datetime(2026, 3, 1, 9, 0), 4.3),)
    assert infusion.premedications[0].drug_class is PremedClass.ANTIPYRETIC
    assert infusion.vitals == (VitalSigns(datetime(2026, 3, 1, 8, 45), 37.1, 112, 98, 61, 24, 98),)
    assert infusion.events[0].action is EventAction.RATE_REDUCED
    assert infusion.events[0].check_offset_h is None
    (check,) = document.checks
    # SPEC 5: due = infusion end + offset, on the wall clock.
    assert check.due_at == datetime(2026, 3, 2, 19, 30)
    assert check.outcome is CheckOutcome.NO_SYMPTOMS
    assert check.mode is CheckMode.PHONE
    assert document.flags == ()


def test_spec_example_round_trips_through_json() -> None:
    document = parse(example())
    written = json.loads(json.dumps(to_document(document.patients, document.infusions, [])))
    again = parse(written)
    assert again.patients == document.patients
    assert again.infusions == document.infusions


def test_to_document_writes_every_optional_key() -> None:
    document = parse(example())
    written: Any = to_document(document.patients, document.infusions, document.checks)
    assert written["format"] == FORMAT
    patient = written["patients"][0]
    assert patient["prior_ivig_last_date"] is None
    assert patient["blood_group"] == "A+"
    infusion = written["infusions"][0]
    assert infusion["course_outcome"] is None
    assert infusion["end"] == "2026-03-01T19:30"
    assert infusion["events"][0]["check_offset_h"] is None
    assert infusion["recorded_by"] == ""
    check = written["checks"][0]
    assert check["done_by"] is None
    assert set(check) == {
        "infusion_id",
        "offset_h",
        "done_at",
        "done_by",
        "mode",
        "outcome",
        "symptoms",
        "notes",
    }


def test_optional_keys_may_be_left_out() -> None:
    data = example()
    patient = data["patients"][0]
    del patient["blood_group"], patient["prior_ivig_last_date"]
    infusion = data["infusions"][0]
    del infusion["dosing_weight_basis"], infusion["course_outcome"], infusion["end"]
    data["checks"] = []
    document = parse(data)
    assert document.patients[0].blood_group is None
    assert document.infusions[0].end is None
    assert document.infusions[0].dosing_weight_basis is WeightBasis.ACTUAL


def test_open_checks_are_accepted() -> None:
    data = example()
    data["checks"].append({"infusion_id": "inf-1", "offset_h": 48, "done_at": None})
    document = parse(data)
    assert document.checks[1] == Check("inf-1", 48, datetime(2026, 3, 3, 19, 30))
    assert not document.checks[1].is_done


def test_infusion_may_belong_to_a_patient_already_in_the_database() -> None:
    data = example()
    data["patients"] = []
    data["infusions"][0]["mrn"] = DB_MRN
    assert parse(data).infusions[0].mrn == DB_MRN


def test_event_reported_at_a_check() -> None:
    data = example()
    data["checks"][0].update(outcome="symptoms", symptoms=["headache"])
    data["infusions"][0]["events"].append(
        {
            "onset": "2026-03-02T10:00",
            "term": "headache",
            "grade": 2,
            "ctcae_version": "5.0",
            "serious": False,
            "action": "treated",
            "outcome": "resolving",
            "check_offset_h": 24,
            "notes": "ibuprofen at home",
        }
    )
    event = parse(data).infusions[0].events[1]
    assert event.check_offset_h == 24
    assert event.notes == "ibuprofen at home"


def test_free_text_event_term_is_accepted() -> None:
    data = example()
    data["infusions"][0]["events"][0]["term"] = "itchy eyes"
    assert parse(data).infusions[0].events[0].term == "itchy eyes"


def test_integral_float_is_accepted_for_whole_numbers() -> None:
    data = example()
    data["infusions"][0]["vitals"][0]["hr"] = 112.0
    assert parse(data).infusions[0].vitals[0].hr == 112


# --------------------------------------------------------------------------------------------
# Flags: possible but suspicious values never refuse the file
# --------------------------------------------------------------------------------------------


def test_expired_lot_is_a_flag() -> None:
    data = example()
    data["infusions"][0]["lots"][0]["expiry"] = "2026-02-28"
    (flag,) = parse(data).flags
    assert (flag.record, flag.field) == ("infusion inf-1 lot 1", "expiry")
    assert "P123" in flag.message


def test_lot_expiring_on_the_day_of_infusion_is_not_a_flag() -> None:
    data = example()
    data["infusions"][0]["lots"][0]["expiry"] = "2026-03-01"
    assert parse(data).flags == ()


def test_dose_above_2_5_g_per_kg_is_a_flag() -> None:
    data = example()
    data["infusions"][0]["dose_g"] = 40.0  # 2.8 g/kg
    (flag,) = parse(data).flags
    assert (flag.record, flag.field) == ("infusion inf-1", "dose_g")
    assert "2.82 g/kg" in flag.message


def test_dose_of_exactly_2_5_g_per_kg_is_not_a_flag() -> None:
    data = example()
    data["infusions"][0]["dose_g"] = 35.5  # 35.5 / 14.2 = 2.5
    assert parse(data).flags == ()


def test_dosing_weight_far_from_measured_weight_is_a_flag() -> None:
    data = example()
    data["infusions"][0]["dosing_weight_kg"] = 18.0  # 27 % above 14.2 kg
    (flag,) = parse(data).flags
    assert (flag.record, flag.field) == ("infusion inf-1", "dosing_weight_kg")
    assert "14.2 kg" in flag.message


def test_weight_measured_after_the_start_is_not_compared() -> None:
    data = example()
    data["patients"][0]["measurements"][0]["at"] = "2026-03-01T09:01"
    data["infusions"][0]["dosing_weight_kg"] = 18.0
    assert parse(data).flags == ()


def test_fast_rate_is_not_an_error() -> None:
    data = example()
    data["infusions"][0]["rate_steps"].append({"at": "2026-03-01T10:00", "ml_per_h": 900.0})
    assert len(parse(data).infusions[0].rate_steps) == 2


# --------------------------------------------------------------------------------------------
# Broken files: each names the record and the field
# --------------------------------------------------------------------------------------------

Mutation = Callable[[dict[str, Any]], Any]


def put(*path: Any, value: Any) -> Mutation:
    def mutate(doc: dict[str, Any]) -> None:
        target: Any = doc
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value

    return mutate


def drop(*path: Any) -> Mutation:
    def mutate(doc: dict[str, Any]) -> None:
        target: Any = doc
        for step in path[:-1]:
            target = target[step]
        del target[path[-1]]

    return mutate


def append(*path: Any, value: Any) -> Mutation:
    def mutate(doc: dict[str, Any]) -> None:
        target: Any = doc
        for step in path:
            target = target[step]
        target.append(copy.deepcopy(value))

    return mutate


def copy_of(*path: Any) -> Any:
    target: Any = SPEC_EXAMPLE
    for step in path:
        target = target[step]
    return copy.deepcopy(target)


def both(*mutations: Mutation) -> Mutation:
    def mutate(doc: dict[str, Any]) -> None:
        for mutation in mutations:
            mutation(doc)

    return mutate


P = ("patients", 0)
M = ("patients", 0, "measurements", 0)
INF = ("infusions", 0)
LOT = ("infusions", 0, "lots", 0)
STEP = ("infusions", 0, "rate_steps", 0)
PRE = ("infusions", 0, "premedications", 0)
VIT = ("infusions", 0, "vitals", 0)
EV = ("infusions", 0, "events", 0)
CHK = ("checks", 0)

PATIENT = "patient K-0001"
INFUSION = "infusion inf-1"
CHECK = "check inf-1 +24 h"

# (case id, mutation, record, field, extra parse arguments)
BROKEN: list[tuple[str, Mutation, str, str, dict[str, Any]]] = [
    # the file
    ("top-level list", lambda d: [d], "file", "format", {}),
    ("format missing", drop("format"), "file", "format", {}),
    ("format wrong", put("format", value="ivigmon/2"), "file", "format", {}),
    ("unknown top key", put("extra", value=1), "file", "extra", {}),
    ("checks missing", drop("checks"), "file", "checks", {}),
    ("patients not a list", put("patients", value={}), "file", "patients", {}),
    ("patient not an object", put("patients", 0, value="K-0001"), "file", "patients", {}),
    # patients
    ("patient unknown key", put(*P, "nickname", value="Ada"), PATIENT, "nickname", {}),
    ("patient typo key", put(*P, "birthdate", value="2019-04-02"), PATIENT, "birthdate", {}),
    ("name missing", drop(*P, "name"), PATIENT, "name", {}),
    ("name blank", put(*P, "name", value="  "), PATIENT, "name", {}),
    ("mrn outer space", put(*P, "mrn", value=" K-0001"), "patient #1", "mrn", {}),
    ("mrn too long", put(*P, "mrn", value="K" * 41), "patient #1", "mrn", {}),
    ("mrn a number", put(*P, "mrn", value=1234), "patient #1", "mrn", {}),
    ("mrn empty", put(*P, "mrn", value=""), "patient #1", "mrn", {}),
    ("sex unknown", put(*P, "sex", value="X"), PATIENT, "sex", {}),
    ("sex lower case", put(*P, "sex", value="f"), PATIENT, "sex", {}),
    ("birth date future", put(*P, "birth_date", value="2026-06-02"), PATIENT, "birth_date", {}),
    ("birth date 1899", put(*P, "birth_date", value="1899-12-31"), PATIENT, "birth_date", {}),
    ("birth date format", put(*P, "birth_date", value="02/04/2019"), PATIENT, "birth_date", {}),
    ("birth date null", put(*P, "birth_date", value=None), PATIENT, "birth_date", {}),
    ("blood group C", put(*P, "blood_group", value="C+"), PATIENT, "blood_group", {}),
    ("blood group space", put(*P, "blood_group", value="A+ "), PATIENT, "blood_group", {}),
    ("blood group rh word", put(*P, "blood_group", value="A pos"), PATIENT, "blood_group", {}),
    ("diagnosis unknown", put(*P, "diagnoses", value=["XX"]), PATIENT, "diagnoses", {}),
    ("diagnoses not list", put(*P, "diagnoses", value="KD"), PATIENT, "diagnoses", {}),
    ("diagnosis twice", put(*P, "diagnoses", value=["KD", "KD"]), PATIENT, "diagnoses", {}),
    ("no diagnosis", put(*P, "diagnoses", value=[]), PATIENT, "diagnoses", {}),
    (
        "comorbidity unknown",
        put(*P, "comorbidities", value=["asthma"]),
        PATIENT,
        "comorbidities",
        {},
    ),
    ("comorbidities missing", drop(*P, "comorbidities"), PATIENT, "comorbidities", {}),
    (
        "prior ivig future",
        put(*P, "prior_ivig_last_date", value="2026-07-01"),
        PATIENT,
        "prior_ivig_last_date",
        {},
    ),
    (
        "prior ivig before birth",
        put(*P, "prior_ivig_last_date", value="2019-01-01"),
        PATIENT,
        "prior_ivig_last_date",
        {},
    ),
    ("duplicate mrn", append("patients", value=copy_of(*P)), PATIENT, "mrn", {}),
    ("mrn already in db", lambda d: None, PATIENT, "mrn", {"known_mrns": {"K-0001"}}),
    # measurements
    ("measurement unknown key", put(*M, "bmi", value=14.8), f"{PATIENT} measurement 1", "bmi", {}),
    ("weight zero", put(*M, "weight_kg", value=0), f"{PATIENT} measurement 1", "weight_kg", {}),
    (
        "weight negative",
        put(*M, "weight_kg", value=-3),
        f"{PATIENT} measurement 1",
        "weight_kg",
        {},
    ),
    (
        "weight as text",
        put(*M, "weight_kg", value="14.2"),
        f"{PATIENT} measurement 1",
        "weight_kg",
        {},
    ),
    (
        "weight as bool",
        put(*M, "weight_kg", value=True),
        f"{PATIENT} measurement 1",
        "weight_kg",
        {},
    ),
    (
        "weight in grams",
        put(*M, "weight_kg", value=14200),
        f"{PATIENT} measurement 1",
        "weight_kg",
        {},
    ),
    (
        "height in metres",
        put(*M, "height_cm", value=0.98),
        f"{PATIENT} measurement 1",
        "height_cm",
        {},
    ),
    (
        "no reading",
        both(drop(*M, "weight_kg"), put(*M, "height_cm", value=None)),
        f"{PATIENT} measurement 1",
        "weight_kg",
        {},
    ),
    (
        "time with zone",
        put(*M, "at", value="2026-03-01T08:00+01:00"),
        f"{PATIENT} measurement 1",
        "at",
        {},
    ),
    ("time without clock", put(*M, "at", value="2026-03-01"), f"{PATIENT} measurement 1", "at", {}),
    (
        "measured before birth",
        put(*M, "at", value="2019-04-01T08:00"),
        f"{PATIENT} measurement 1",
        "at",
        {},
    ),
    ("measurement not object", put(*P, "measurements", 0, value=[]), PATIENT, "measurements", {}),
    # infusions
    ("infusion unknown key", put(*INF, "rate", value=4), INFUSION, "rate", {}),
    ("dose missing", drop(*INF, "dose_g"), INFUSION, "dose_g", {}),
    ("dose negative", put(*INF, "dose_g", value=-3), INFUSION, "dose_g", {}),
    ("dose zero", put(*INF, "dose_g", value=0.0), INFUSION, "dose_g", {}),
    ("dose as text", put(*INF, "dose_g", value="28"), INFUSION, "dose_g", {}),
    ("dose NaN", put(*INF, "dose_g", value=float("nan")), INFUSION, "dose_g", {}),
    ("dose infinite", put(*INF, "dose_g", value=float("inf")), INFUSION, "dose_g", {}),
    ("dose in mg", put(*INF, "dose_g", value=28000), INFUSION, "dose_g", {}),
    ("dose enormous int", put(*INF, "dose_g", value=10**400), INFUSION, "dose_g", {}),
    (
        "dosing weight zero",
        put(*INF, "dosing_weight_kg", value=0),
        INFUSION,
        "dosing_weight_kg",
        {},
    ),
    (
        "weight basis unknown",
        put(*INF, "dosing_weight_basis", value="ideal"),
        INFUSION,
        "dosing_weight_basis",
        {},
    ),
    ("indication unknown", put(*INF, "indication", value="Kawasaki"), INFUSION, "indication", {}),
    ("label use yes", put(*INF, "label_use", value="yes"), INFUSION, "label_use", {}),
    ("product unknown", put(*INF, "product", value="privigenn"), INFUSION, "product", {}),
    ("product null", put(*INF, "product", value=None), INFUSION, "product", {}),
    ("no lots", put(*INF, "lots", value=[]), INFUSION, "lots", {}),
    ("same lot twice", append(*INF, "lots", value={"lot": "P123"}), INFUSION, "lots", {}),
    ("lot unknown key", put(*LOT, "batch", value="x"), f"{INFUSION} lot 1", "batch", {}),
    ("lot number missing", drop(*LOT, "lot"), f"{INFUSION} lot 1", "lot", {}),
    ("lot number blank", put(*LOT, "lot", value=""), f"{INFUSION} lot 1", "lot", {}),
    ("lot expiry bad", put(*LOT, "expiry", value="2027-02-30"), f"{INFUSION} lot 1", "expiry", {}),
    ("end before start", put(*INF, "end", value="2026-03-01T08:00"), INFUSION, "end", {}),
    ("end equals start", put(*INF, "end", value="2026-03-01T09:00"), INFUSION, "end", {}),
    ("start missing", drop(*INF, "start"), INFUSION, "start", {}),
    ("start utc", put(*INF, "start", value="2026-03-01T09:00Z"), INFUSION, "start", {}),
    ("start year 2300", put(*INF, "start", value="2300-03-01T09:00"), INFUSION, "start", {}),
    (
        "start before birth",
        both(
            put(*INF, "start", value="2019-04-01T09:00"), put(*STEP, "at", value="2019-04-01T09:00")
        ),
        INFUSION,
        "start",
        {},
    ),
    (
        "infection as text",
        put(*INF, "active_infection", value="no"),
        INFUSION,
        "active_infection",
        {},
    ),
    ("infection as 0", put(*INF, "active_infection", value=0), INFUSION, "active_infection", {}),
    ("mrn unknown", put(*INF, "mrn", value="K-0002"), INFUSION, "mrn", {}),
    ("duplicate infusion id", append("infusions", value=copy_of(*INF)), INFUSION, "id", {}),
    ("infusion id in db", lambda d: None, INFUSION, "id", {"known_infusion_ids": {"inf-1"}}),
    ("infusion id blank", put(*INF, "id", value=" "), "infusion #1", "id", {}),
    (
        "course outcome unknown",
        put(*INF, "course_outcome", value="excellent"),
        INFUSION,
        "course_outcome",
        {},
    ),
    ("notes a number", put(*INF, "notes", value=5), INFUSION, "notes", {}),
    ("events not a list", put(*INF, "events", value=None), INFUSION, "events", {}),
    # rate steps
    (
        "step before start",
        put(*STEP, "at", value="2026-03-01T08:59"),
        f"{INFUSION} rate step 1",
        "at",
        {},
    ),
    (
        "step after end",
        append(*INF, "rate_steps", value={"at": "2026-03-01T19:31", "ml_per_h": 0}),
        f"{INFUSION} rate step 2",
        "at",
        {},
    ),
    ("step negative", put(*STEP, "ml_per_h", value=-1), f"{INFUSION} rate step 1", "ml_per_h", {}),
    (
        "step too fast",
        put(*STEP, "ml_per_h", value=2500),
        f"{INFUSION} rate step 1",
        "ml_per_h",
        {},
    ),
    ("step unknown key", put(*STEP, "rate", value=4.3), f"{INFUSION} rate step 1", "rate", {}),
    # premedication
    (
        "premed class unknown",
        put(*PRE, "class", value="analgesic"),
        f"{INFUSION} premedication 1",
        "class",
        {},
    ),
    ("premed drug missing", drop(*PRE, "drug"), f"{INFUSION} premedication 1", "drug", {}),
    ("premed time bad", put(*PRE, "at", value="08:30"), f"{INFUSION} premedication 1", "at", {}),
    # vital signs
    (
        "temperature fahrenheit",
        put(*VIT, "temp_c", value=98.6),
        f"{INFUSION} vital signs 1",
        "temp_c",
        {},
    ),
    ("heart rate fraction", put(*VIT, "hr", value=112.5), f"{INFUSION} vital signs 1", "hr", {}),
    ("heart rate 400", put(*VIT, "hr", value=400), f"{INFUSION} vital signs 1", "hr", {}),
    (
        "diastolic above systolic",
        put(*VIT, "dbp", value=99),
        f"{INFUSION} vital signs 1",
        "dbp",
        {},
    ),
    ("systolic 301", put(*VIT, "sbp", value=301), f"{INFUSION} vital signs 1", "sbp", {}),
    ("resp rate negative", put(*VIT, "rr", value=-1), f"{INFUSION} vital signs 1", "rr", {}),
    ("spo2 101", put(*VIT, "spo2", value=101), f"{INFUSION} vital signs 1", "spo2", {}),
    ("vitals unknown key", put(*VIT, "bp", value="98/61"), f"{INFUSION} vital signs 1", "bp", {}),
    (
        "vitals empty",
        put(*INF, "vitals", 0, value={"at": "2026-03-01T08:45"}),
        f"{INFUSION} vital signs 1",
        "temp_c",
        {},
    ),
    # events
    (
        "event before start",
        put(*EV, "onset", value="2026-03-01T08:59"),
        f"{INFUSION} event 1",
        "onset",
        {},
    ),
    ("grade 0", put(*EV, "grade", value=0), f"{INFUSION} event 1", "grade", {}),
    ("grade 6", put(*EV, "grade", value=6), f"{INFUSION} event 1", "grade", {}),
    ("grade as text", put(*EV, "grade", value="1"), f"{INFUSION} event 1", "grade", {}),
    ("grade as bool", put(*EV, "grade", value=True), f"{INFUSION} event 1", "grade", {}),
    ("action unknown", put(*EV, "action", value="slowed"), f"{INFUSION} event 1", "action", {}),
    (
        "event outcome unknown",
        put(*EV, "outcome", value="better"),
        f"{INFUSION} event 1",
        "outcome",
        {},
    ),
    ("serious as text", put(*EV, "serious", value="no"), f"{INFUSION} event 1", "serious", {}),
    ("term empty", put(*EV, "term", value=""), f"{INFUSION} event 1", "term", {}),
    ("term too long", put(*EV, "term", value="x" * 201), f"{INFUSION} event 1", "term", {}),
    (
        "ctcae version missing",
        drop(*EV, "ctcae_version"),
        f"{INFUSION} event 1",
        "ctcae_version",
        {},
    ),
    (
        "event check not in file",
        put(*EV, "check_offset_h", value=48),
        f"{INFUSION} event 1",
        "check_offset_h",
        {},
    ),
    (
        "event check without symptoms",
        both(put(*EV, "onset", value="2026-03-02T10:00"), put(*EV, "check_offset_h", value=24)),
        f"{INFUSION} event 1",
        "check_offset_h",
        {},
    ),
    # checks
    (
        "check unknown infusion",
        put(*CHK, "infusion_id", value="inf-9"),
        "check inf-9 +24 h",
        "infusion_id",
        {},
    ),
    ("check of running infusion", put(*INF, "end", value=None), CHECK, "infusion_id", {}),
    (
        "check offset not in setting",
        put(*CHK, "offset_h", value=36),
        "check inf-1 +36 h",
        "offset_h",
        {},
    ),
    (
        "check offset changed setting",
        lambda d: None,
        CHECK,
        "offset_h",
        {"check_offsets": (12, 48)},
    ),
    ("check offset as text", put(*CHK, "offset_h", value="24"), "check #1", "offset_h", {}),
    ("check twice", append("checks", value=copy_of(*CHK)), CHECK, "offset_h", {}),
    ("check done before end", put(*CHK, "done_at", value="2026-03-01T19:00"), CHECK, "done_at", {}),
    ("no symptoms with symptoms", put(*CHK, "symptoms", value=["fever"]), CHECK, "symptoms", {}),
    ("symptoms without any", put(*CHK, "outcome", value="symptoms"), CHECK, "symptoms", {}),
    (
        "not reached with symptoms",
        both(put(*CHK, "outcome", value="not_reached"), put(*CHK, "symptoms", value=["rash"])),
        CHECK,
        "symptoms",
        {},
    ),
    (
        "symptom free text",
        both(put(*CHK, "outcome", value="symptoms"), put(*CHK, "symptoms", value=["bad headache"])),
        CHECK,
        "symptoms",
        {},
    ),
    (
        "symptom twice",
        both(put(*CHK, "outcome", value="symptoms"), put(*CHK, "symptoms", value=["rash", "rash"])),
        CHECK,
        "symptoms",
        {},
    ),
    ("mode missing when done", put(*CHK, "mode", value=None), CHECK, "mode", {}),
    ("outcome missing when done", drop(*CHK, "outcome"), CHECK, "outcome", {}),
    ("outcome on open check", put(*CHK, "done_at", value=None), CHECK, "done_at", {}),
    ("done_at missing", drop(*CHK, "done_at"), CHECK, "done_at", {}),
    ("check mode unknown", put(*CHK, "mode", value="email"), CHECK, "mode", {}),
    ("check unknown key", put(*CHK, "by", value="RN Lee"), CHECK, "by", {}),
    ("check not an object", put("checks", 0, value=None), "file", "checks", {}),
]


@pytest.mark.parametrize(
    ("mutation", "record", "field", "extra"),
    [pytest.param(m, r, f, x, id=name) for name, m, r, f, x in BROKEN],
)
def test_broken_document_names_record_and_field(
    mutation: Mutation, record: str, field: str, extra: dict[str, Any]
) -> None:
    data = example()
    replaced = mutation(data)
    if replaced is not None:
        data = replaced
    with pytest.raises(ValidationError) as caught:
        parse(data, **extra)
    error = caught.value
    assert (error.record, error.field) == (record, field), str(error)
    assert str(error) == f"{record}: {field}: {error.problem}"
    assert "\n" not in str(error)


def test_broken_table_is_large_enough() -> None:
    assert len(BROKEN) >= 40
    assert len({name for name, *_ in BROKEN}) == len(BROKEN)


def test_negative_dose_message_is_plain() -> None:
    data = example()
    data["infusions"][0]["dose_g"] = -3
    with pytest.raises(ValidationError) as caught:
        parse(data)
    assert str(caught.value) == "infusion inf-1: dose_g: must be more than 0 g (got -3)"


def test_unknown_key_suggests_the_right_one() -> None:
    data = example()
    data["infusions"][0]["dose"] = data["infusions"][0].pop("dose_g")
    with pytest.raises(ValidationError) as caught:
        parse(data)
    assert caught.value.field == "dose"
    assert "did you mean 'dose_g'?" in caught.value.problem


# --------------------------------------------------------------------------------------------
# The text of a file: a key given twice, a number too long to convert
# --------------------------------------------------------------------------------------------


def example_text() -> str:
    return json.dumps(example())


# (case id, text in the SPEC example, the same with a key given twice, record, field)
TWICE: list[tuple[str, str, str, str, str]] = [
    (
        "file",
        '"format": "ivigmon/1"',
        '"format": "ivigmon/1", "format": "ivigmon/1"',
        "file",
        "format",
    ),
    ("patient", '"sex": "F"', '"sex": "F", "sex": "M"', PATIENT, "sex"),
    (
        "measurement",
        '"weight_kg": 14.2',
        '"weight_kg": 14.2, "weight_kg": 142',
        f"{PATIENT} measurement 1",
        "weight_kg",
    ),
    ("infusion", '"dose_g": 28.0', '"dose_g": 28, "dose_g": 280', INFUSION, "dose_g"),
    ("lot", '"lot": "P123"', '"lot": "P123", "lot": "P124"', f"{INFUSION} lot 1", "lot"),
    (
        "rate step",
        '"ml_per_h": 4.3',
        '"ml_per_h": 4.3, "ml_per_h": 43',
        f"{INFUSION} rate step 1",
        "ml_per_h",
    ),
    (
        "premedication",
        '"drug": "paracetamol"',
        '"drug": "paracetamol", "drug": "ibuprofen"',
        f"{INFUSION} premedication 1",
        "drug",
    ),
    ("vital signs", '"hr": 112', '"hr": 112, "hr": 211', f"{INFUSION} vital signs 1", "hr"),
    ("event", '"grade": 1', '"grade": 1, "grade": 4', f"{INFUSION} event 1", "grade"),
    (
        "check",
        '"done_at": "2026-03-02T19:00"',
        '"done_at": "2026-03-02T19:00", "done_at": "2026-03-03T19:00"',
        CHECK,
        "done_at",
    ),
    (
        "unknown key twice",
        '"dose_g": 28.0',
        '"dose": 1, "dose": 2, "dose_g": 28.0',
        INFUSION,
        "dose",
    ),
]


@pytest.mark.parametrize(
    ("original", "twice", "record", "field"),
    [pytest.param(o, t, r, f, id=name) for name, o, t, r, f in TWICE],
)
def test_a_key_given_twice_is_refused_by_record_and_key(
    original: str, twice: str, record: str, field: str
) -> None:
    text = example_text()
    assert text.count(original) == 1
    with pytest.raises(ValidationError) as caught:
        parse(decode_json(text.replace(original, twice)))
    assert (caught.value.record, caught.value.field) == (record, field), str(caught.value)
    assert "appears twice" in caught.value.problem


def test_a_file_without_repeated_keys_decodes_as_plain_json() -> None:
    text = example_text()
    assert decode_json(text) == json.loads(text)
    assert parse(decode_json(text)) == parse(example())


HUGE = "__huge__"

# (case id, where the number goes, record, field)
LONG_NUMBERS: list[tuple[str, Mutation, str, str]] = [
    ("dose", put(*INF, "dose_g", value=HUGE), INFUSION, "dose_g"),
    (
        "negative weight",
        put(*INF, "dosing_weight_kg", value="-" + HUGE),
        INFUSION,
        "dosing_weight_kg",
    ),
    ("height", put(*M, "height_cm", value=HUGE), f"{PATIENT} measurement 1", "height_cm"),
    ("heart rate (whole)", put(*VIT, "hr", value=HUGE), f"{INFUSION} vital signs 1", "hr"),
    ("grade (whole)", put(*EV, "grade", value=HUGE), f"{INFUSION} event 1", "grade"),
    ("check offset", put(*CHK, "offset_h", value=HUGE), "check #1", "offset_h"),
    ("mrn", put(*P, "mrn", value=HUGE), "patient #1", "mrn"),
    ("format", put("format", value=HUGE), "file", "format"),
]


def _with_number(mutation: Mutation, digits: int) -> str:
    data = example()
    mutation(data)
    text = json.dumps(data).replace(f'"-{HUGE}"', "-" + "9" * digits)
    return text.replace(f'"{HUGE}"', "9" * digits)


@pytest.mark.parametrize(
    ("mutation", "record", "field"),
    [pytest.param(m, r, f, id=name) for name, m, r, f in LONG_NUMBERS],
)
def test_a_number_of_5000_digits_is_refused_by_record_and_field(
    mutation: Mutation, record: str, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        parse(decode_json(_with_number(mutation, 5000)))
    assert (caught.value.record, caught.value.field) == (record, field), str(caught.value)
    assert "5000 digits" in str(caught.value)


@pytest.mark.parametrize(
    ("digits", "said"),
    [(4300, "an enormous number"), (4301, "has 4301 digits")],  # Python's conversion limit
)
def test_numbers_are_converted_up_to_pythons_limit(digits: int, said: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse(decode_json(_with_number(put(*INF, "dose_g", value=HUGE), digits)))
    assert (caught.value.record, caught.value.field) == (INFUSION, "dose_g")
    assert said in caught.value.problem


# --------------------------------------------------------------------------------------------
# Times after the import's now (as in the app: FUTURE_TOLERANCE of clock drift)
# --------------------------------------------------------------------------------------------

NOON = datetime.combine(TODAY, time(12))


def _at(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M")


LATER = _at(NOON + FUTURE_TOLERANCE + timedelta(minutes=1))
ONLY_AN_INFUSION_IN_2199 = both(
    put(*INF, "start", value="2199-06-01T09:00"),
    put(*INF, "end", value=None),
    *(put(*INF, key, value=[]) for key in ("rate_steps", "premedications", "vitals", "events")),
    put("checks", value=[]),
)

# (case id, mutation, record, field)
FUTURE: list[tuple[str, Mutation, str, str]] = [
    ("check done in 2150", put(*CHK, "done_at", value="2150-01-01T08:00"), CHECK, "done_at"),
    (
        "measurement in 2190",
        put(*M, "at", value="2190-01-01T08:00"),
        f"{PATIENT} measurement 1",
        "at",
    ),
    ("infusion in 2199", ONLY_AN_INFUSION_IN_2199, INFUSION, "start"),
    ("end", put(*INF, "end", value=LATER), INFUSION, "end"),
    ("rate step", put(*STEP, "at", value=LATER), f"{INFUSION} rate step 1", "at"),
    ("premedication", put(*PRE, "at", value=LATER), f"{INFUSION} premedication 1", "at"),
    ("vital signs", put(*VIT, "at", value=LATER), f"{INFUSION} vital signs 1", "at"),
    ("event", put(*EV, "onset", value=LATER), f"{INFUSION} event 1", "onset"),
    ("measurement", put(*M, "at", value=LATER), f"{PATIENT} measurement 1", "at"),
    ("check", put(*CHK, "done_at", value=LATER), CHECK, "done_at"),
]


@pytest.mark.parametrize(
    ("mutation", "record", "field"),
    [pytest.param(m, r, f, id=name) for name, m, r, f in FUTURE],
)
def test_a_time_after_the_import_is_refused(mutation: Mutation, record: str, field: str) -> None:
    data = example()
    mutation(data)
    with pytest.raises(ValidationError) as caught:
        parse(data, now=NOON)
    assert (caught.value.record, caught.value.field) == (record, field), str(caught.value)
    assert "in the future" in caught.value.problem


@pytest.mark.parametrize(
    ("after_now", "accepted"),
    [
        (timedelta(0), True),
        (FUTURE_TOLERANCE, True),
        (FUTURE_TOLERANCE + timedelta(minutes=1), False),
    ],
)
def test_the_clock_drift_allowed_at_the_bedside_is_allowed_on_import(
    after_now: timedelta, accepted: bool
) -> None:
    data = example()
    data["patients"][0]["measurements"][0]["at"] = _at(NOON + after_now)
    data["checks"][0]["done_at"] = _at(NOON + after_now)
    if accepted:
        assert parse(data, now=NOON).checks[0].done_at == NOON + after_now
    else:
        with pytest.raises(ValidationError):
            parse(data, now=NOON)


# --------------------------------------------------------------------------------------------
# Who recorded an imported record
# --------------------------------------------------------------------------------------------

# (case id, name in the file, importer, may name others, stored, or None when refused)
AUTHORS: list[tuple[str, str, str, bool, str | None]] = [
    ("nobody", "", "os:alice", False, ""),
    ("blank", "  ", "os:alice", False, ""),
    ("the importer", "os:alice", "os:alice", False, "os:alice"),
    ("someone else, no administrator", "anna", "os:alice", False, None),
    ("someone else, an administrator", "anna", "lead", True, "anna (imported by lead)"),
    (
        "already imported, by an administrator",
        "anna (imported by lead)",
        "kim",
        True,
        "anna (imported by kim)",
    ),
    ("already imported, by the author", "anna (imported by lead)", "anna", False, "anna"),
    ("already imported, no administrator", "anna (imported by lead)", "os:bo", False, None),
    ("forged note", "anna (imported by lead)", "lead", False, None),
    (
        "longest name",
        "a" * SHORT_TEXT_MAX,
        "lead",
        True,
        "a" * SHORT_TEXT_MAX + " (imported by lead)",
    ),
    ("name too long", "a" * (SHORT_TEXT_MAX + 1), "lead", True, None),
]


@pytest.mark.parametrize(
    ("name", "importer", "may_name_others", "stored"),
    [pytest.param(n, i, m, s, id=case) for case, n, i, m, s in AUTHORS],
)
def test_an_imported_author_is_kept_only_as_the_rule_says(
    name: str, importer: str, may_name_others: bool, stored: str | None
) -> None:
    def author() -> str:
        return imported_author(
            INFUSION, "recorded_by", name, importer=importer, may_name_others=may_name_others
        )

    if stored is None:
        with pytest.raises(ValidationError) as caught:
            author()
        assert (caught.value.record, caught.value.field) == (INFUSION, "recorded_by")
    else:
        assert author() == stored
        assert len(stored) <= AUTHOR_MAX  # an export of it can be imported again


def test_authors_of_infusions_and_checks_are_attributed() -> None:
    data = example()
    data["infusions"][0]["recorded_by"] = "anna"
    data["checks"][0]["done_by"] = "ben"
    attributed = attribute_authors(parse(data), importer="lead", may_name_others=True)
    assert attributed.infusions[0].recorded_by == "anna (imported by lead)"
    assert attributed.checks[0].done_by == "ben (imported by lead)"
    with pytest.raises(ValidationError) as caught:
        attribute_authors(parse(data), importer="os:alice", may_name_others=False)
    assert (caught.value.record, caught.value.field) == (INFUSION, "recorded_by")
    data["infusions"][0]["recorded_by"] = "os:alice"
    with pytest.raises(ValidationError) as caught:
        attribute_authors(parse(data), importer="os:alice", may_name_others=False)
    assert (caught.value.record, caught.value.field) == (CHECK, "done_by")


# --------------------------------------------------------------------------------------------
# Hypothesis: valid documents round-trip; arbitrary input raises only ValidationError
# --------------------------------------------------------------------------------------------

MINUTE = timedelta(minutes=1)
EARLY = datetime(2026, 1, 1)
LATE = datetime(2026, 5, 1)

times = st.datetimes(min_value=EARLY, max_value=LATE).map(lambda t: t.replace(microsecond=0))
# Free text: anything a ward database can store (a NUL character is refused on reading).
texts = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=30)
# Names, identifiers and terms are one line: no control characters or line separators.
one_line = st.characters(exclude_categories=("Cc", "Cs", "Zl", "Zp"))
blank_free = st.text(one_line, min_size=1, max_size=30).filter(lambda s: bool(s.strip()))


# Identifiers also leave out what draws nothing or only marks the character before it.
visible = st.characters(exclude_categories=("Cc", "Cs", "Zl", "Zp", "Cf", "Mn", "Me", "Co", "Cn"))


def identifiers(max_size: int) -> st.SearchStrategy[str]:
    return st.text(visible, min_size=1, max_size=max_size).filter(
        lambda s: bool(s.strip()) and s == s.strip() and hidden_character(s) is None
    )


def weights() -> st.SearchStrategy[float]:
    return st.floats(min_value=0.2, max_value=300.0, allow_nan=False)


def after(moment: datetime, max_minutes: int) -> st.SearchStrategy[datetime]:
    return st.integers(0, max_minutes).map(lambda m: moment + m * MINUTE)


def optional(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


@st.composite
def measurements(draw: st.DrawFn) -> Measurement:
    weight = draw(optional(weights()))
    height = draw(optional(st.floats(min_value=20.0, max_value=250.0)))
    if weight is None and height is None:
        weight = 10.5
    return Measurement(at=draw(times), weight_kg=weight, height_cm=height)


@st.composite
def patients(draw: st.DrawFn, mrn: str) -> Patient:
    birth = draw(st.dates(min_value=date(1950, 1, 1), max_value=date(2025, 12, 31)))
    return Patient(
        mrn=mrn,
        name=draw(blank_free),
        sex=draw(st.sampled_from(Sex)),
        birth_date=birth,
        diagnoses=tuple(
            draw(st.lists(st.sampled_from(Diagnosis), unique=True, min_size=1, max_size=3))
        ),
        comorbidities=frozenset(draw(st.sets(st.sampled_from(Comorbidity), max_size=3))),
        blood_group=draw(optional(st.from_regex(r"\A(A|B|AB|O)[+-]?\Z"))),
        prior_ivig_last_date=draw(optional(st.dates(min_value=birth, max_value=TODAY))),
        measurements=tuple(draw(st.lists(measurements(), max_size=3))),
    )


@st.composite
def vital_signs(draw: st.DrawFn, start: datetime) -> VitalSigns:
    sbp = draw(optional(st.integers(0, 300)))
    dbp = draw(optional(st.integers(0, 250 if sbp is None else min(sbp, 250))))
    readings = {
        "temp_c": draw(optional(st.floats(min_value=25.0, max_value=45.0))),
        "hr": draw(optional(st.integers(0, 350))),
        "sbp": sbp,
        "dbp": dbp,
        "rr": draw(optional(st.integers(0, 150))),
        "spo2": draw(optional(st.integers(0, 100))),
    }
    if all(value is None for value in readings.values()):
        readings["hr"] = 100
    return VitalSigns(at=draw(after(start - timedelta(hours=2), 600)), **readings)


@st.composite
def checks_for(draw: st.DrawFn, infusion_id: str, end: datetime) -> list[Check]:
    result = []
    for offset in draw(st.lists(st.sampled_from(OFFSETS), unique=True)):
        due = end + timedelta(hours=offset)
        if not draw(st.booleans()):
            result.append(Check(infusion_id, offset, due, notes=draw(texts)))
            continue
        outcome = draw(st.sampled_from(CheckOutcome))
        symptoms: tuple[str, ...] = ()
        if outcome is CheckOutcome.SYMPTOMS:
            symptoms = tuple(
                draw(
                    st.lists(
                        st.sampled_from([t.value for t in EventTerm]),
                        min_size=1,
                        max_size=3,
                        unique=True,
                    )
                )
            )
        result.append(
            Check(
                infusion_id,
                offset,
                due,
                done_at=draw(after(end, 5 * 24 * 60)),
                done_by=draw(optional(texts)),
                mode=draw(st.sampled_from(CheckMode)),
                outcome=outcome,
                symptoms=symptoms,
                notes=draw(texts),
            )
        )
    return result


@st.composite
def events(draw: st.DrawFn, start: datetime, symptom_offsets: list[int]) -> AdverseEvent:
    term = draw(st.sampled_from([t.value for t in EventTerm]) | blank_free)
    # SPEC 10.1: grade 5 (death) goes with outcome fatal and is serious; fatal only with grade 5.
    grade = draw(st.integers(1, 5))
    living = [o for o in EventOutcome if o is not EventOutcome.FATAL]
    return AdverseEvent(
        onset=draw(after(start, 6000)),
        term=term,
        grade=grade,
        ctcae_version=draw(st.sampled_from(["5.0", "4.03"])),
        serious=True if grade == 5 else draw(st.booleans()),
        action=draw(st.sampled_from(EventAction)),
        outcome=EventOutcome.FATAL if grade == 5 else draw(st.sampled_from(living)),
        seriousness=tuple(draw(st.lists(st.sampled_from(Seriousness), unique=True, max_size=3))),
        check_offset_h=draw(optional(st.sampled_from(symptom_offsets)))
        if symptom_offsets
        else None,
        notes=draw(texts),
    )


@st.composite
def infusion_with_checks(
    draw: st.DrawFn, infusion_id: str, mrns: list[str]
) -> tuple[Infusion, list[Check]]:
    start = draw(times)
    end = draw(optional(after(start + MINUTE, 3000)))
    last = end if end is not None else start + timedelta(hours=12)
    span = int((last - start) / MINUTE)
    checks = [] if end is None else draw(checks_for(infusion_id, end))
    symptom_offsets = [c.offset_h for c in checks if c.outcome is CheckOutcome.SYMPTOMS]
    infusion = Infusion(
        id=infusion_id,
        mrn=draw(st.sampled_from(mrns)),
        indication=draw(st.sampled_from(Diagnosis)),
        label_use=draw(st.sampled_from(LabelUse)),
        product_id=draw(st.sampled_from(sorted(PRODUCT_IDS))),
        dosing_weight_kg=draw(weights()),
        dose_g=draw(st.floats(min_value=0.0, max_value=500.0, exclude_min=True)),
        start=start,
        end=end,
        dosing_weight_basis=draw(st.sampled_from(WeightBasis)),
        lots=tuple(
            Lot(lot, draw(optional(st.dates(date(2020, 1, 1), date(2199, 12, 31)))))
            for lot in draw(st.lists(identifiers(40), min_size=1, max_size=3, unique=True))
        ),
        active_infection=draw(st.booleans()),
        rate_steps=tuple(
            RateStep(at, rate)
            for at, rate in draw(
                st.lists(
                    st.tuples(after(start, span), st.floats(min_value=0.0, max_value=2000.0)),
                    max_size=4,
                )
            )
        ),
        premedications=tuple(
            Premedication(
                at=draw(after(start - timedelta(hours=1), 120)),
                drug=draw(blank_free),
                drug_class=draw(st.sampled_from(PremedClass)),
                dose=draw(texts),
                route=draw(texts),
            )
            for _ in range(draw(st.integers(0, 2)))
        ),
        vitals=tuple(draw(st.lists(vital_signs(start), max_size=3))),
        events=tuple(draw(st.lists(events(start, symptom_offsets), max_size=3))),
        course_outcome=draw(optional(st.sampled_from(CourseOutcome))),
        notes=draw(texts),
        recorded_by=draw(texts),
    )
    return infusion, checks


@st.composite
def documents(draw: st.DrawFn) -> tuple[list[Patient], list[Infusion], list[Check]]:
    mrns = draw(
        # MRNs that look alike are one patient: the file's differ from each other and the db's.
        st.lists(identifiers(40), max_size=3, unique_by=identifier_key).filter(
            lambda xs: identifier_key(DB_MRN) not in {identifier_key(x) for x in xs}
        )
    )
    people = [draw(patients(mrn)) for mrn in mrns]
    ids = draw(st.lists(identifiers(64), max_size=4, unique=True))
    infusions: list[Infusion] = []
    checks: list[Check] = []
    for infusion_id in ids:
        infusion, its_checks = draw(infusion_with_checks(infusion_id, [*mrns, DB_MRN]))
        infusions.append(infusion)
        checks.extend(its_checks)
    checks = draw(st.permutations(checks))
    return people, infusions, checks


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_round_trip_through_json(
    records: tuple[list[Patient], list[Infusion], list[Check]],
) -> None:
    people, infusions, checks = records
    text = json.dumps(to_document(people, infusions, checks))
    document = parse(json.loads(text))
    assert document.patients == tuple(people)
    assert document.infusions == tuple(infusions)
    assert document.checks == tuple(checks)


json_leaves = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=12)
    | st.sampled_from(
        ["", "2026-03-01T09:00", "2026-03-01", "KD", "F", "privigen", "inf-1", "K-0001", "phone"]
    )
)
json_values = st.recursive(
    json_leaves,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)


def _assert_only_validation_errors(data: object) -> None:
    try:
        parse(data)
    except ValidationError as error:
        assert str(error) == f"{error.record}: {error.field}: {error.problem}"


@settings(max_examples=200, deadline=None)
@given(json_values)
def test_arbitrary_json_raises_only_validation_error(data: object) -> None:
    _assert_only_validation_errors(data)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, child in value.items():
            found.extend(_paths(child, (*prefix, key)))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found.extend(_paths(child, (*prefix, index)))
    return found


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_valid_documents_raise_only_validation_error(data: st.DataObject) -> None:
    base = example()
    base["checks"].append({"infusion_id": "inf-1", "offset_h": 48, "done_at": None})
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from(_paths(base)))
        parent: Any = base
        for step in path[:-1]:
            parent = parent[step]
        if data.draw(st.booleans()) and isinstance(parent, dict):
            del parent[path[-1]]
        else:
            parent[path[-1]] = data.draw(json_values)
        if not _paths(base):
            break
    _assert_only_validation_errors(base)
