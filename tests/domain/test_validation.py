"""Field and record validators: plausibility limits are errors, risky values are flags."""

from __future__ import annotations

import contextlib
import pickle
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ivigmon.domain.codes import CheckMode, CheckOutcome, Diagnosis, LabelUse, Sex
from ivigmon.domain.models import (
    AdverseEvent,
    Check,
    Infusion,
    Lot,
    Measurement,
    Patient,
    RateStep,
    VitalSigns,
)
from ivigmon.domain.record_validation import (
    infusion_flags,
    latest_weight,
    validate_check,
    validate_infusion,
    validate_patient,
)
from ivigmon.domain.validation import (
    CTCAE_GRADE,
    DIASTOLIC,
    DOSE_G,
    HEART_RATE,
    HEIGHT_CM,
    PUMP_RATE_ML_H,
    RESP_RATE,
    SPO2,
    SYSTOLIC,
    TEMP_C,
    WEIGHT_KG,
    Flag,
    Limit,
    ValidationError,
    is_storable_text,
    parse_date_field,
    parse_number_text,
    parse_time_field,
    require_birth_date,
    require_blood_group,
    require_bool,
    require_code,
    require_in_limit,
    require_int,
    require_mrn,
    require_name,
    require_number,
    require_text,
    show,
)

R = "infusion inf-1"
TODAY = date(2026, 6, 1)
START = datetime(2026, 3, 1, 9, 0)
END = datetime(2026, 3, 1, 19, 30)


def raises(func: Any, *args: Any, **kwargs: Any) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        func(*args, **kwargs)
    return caught.value


# --------------------------------------------------------------------------------------------
# The error and the flag
# --------------------------------------------------------------------------------------------


def test_validation_error_is_one_plain_line() -> None:
    error = ValidationError("infusion inf-1", "dose_g", "must be more than 0 g (got -3)")
    assert isinstance(error, ValueError)
    assert (error.record, error.field, error.problem) == (
        "infusion inf-1",
        "dose_g",
        "must be more than 0 g (got -3)",
    )
    assert str(error) == "infusion inf-1: dose_g: must be more than 0 g (got -3)"


def test_validation_error_pickles() -> None:
    error = ValidationError("patient K-1", "name", "must not be empty")
    again = pickle.loads(pickle.dumps(error))
    assert str(again) == str(error)
    assert again.field == "name"


def test_flag_reads_like_an_error_line() -> None:
    flag = Flag("infusion inf-1", "dose_g", "3 g/kg")
    assert str(flag) == "infusion inf-1: dose_g: 3 g/kg"


# --------------------------------------------------------------------------------------------
# Plausibility limits at their boundaries
# --------------------------------------------------------------------------------------------

LIMIT_CASES: list[tuple[str, Limit, float, bool]] = [
    ("weight", WEIGHT_KG, 0, False),
    ("weight", WEIGHT_KG, -3, False),
    ("weight", WEIGHT_KG, 0.199, False),  # before: 1e-300 kg was taken, and BMI overflowed
    ("weight", WEIGHT_KG, 0.2, True),
    ("weight", WEIGHT_KG, 300, True),
    ("weight", WEIGHT_KG, 300.01, False),
    ("height", HEIGHT_CM, 19.9, False),
    ("height", HEIGHT_CM, 20, True),
    ("height", HEIGHT_CM, 250, True),
    ("height", HEIGHT_CM, 250.1, False),
    ("dose", DOSE_G, 0, False),
    ("dose", DOSE_G, 0.5, True),
    ("dose", DOSE_G, 500, True),
    ("dose", DOSE_G, 500.5, False),
    ("rate", PUMP_RATE_ML_H, 0, True),
    ("rate", PUMP_RATE_ML_H, -0.1, False),
    ("rate", PUMP_RATE_ML_H, 2000, True),
    ("rate", PUMP_RATE_ML_H, 2000.1, False),
    ("temp", TEMP_C, 24.9, False),
    ("temp", TEMP_C, 25, True),
    ("temp", TEMP_C, 45, True),
    ("temp", TEMP_C, 45.1, False),
    ("hr", HEART_RATE, -1, False),
    ("hr", HEART_RATE, 0, True),
    ("hr", HEART_RATE, 350, True),
    ("hr", HEART_RATE, 351, False),
    ("hr", HEART_RATE, 99.5, False),
    ("sbp", SYSTOLIC, 300, True),
    ("sbp", SYSTOLIC, 301, False),
    ("dbp", DIASTOLIC, 250, True),
    ("dbp", DIASTOLIC, 251, False),
    ("rr", RESP_RATE, 150, True),
    ("rr", RESP_RATE, 151, False),
    ("spo2", SPO2, 0, True),
    ("spo2", SPO2, 100, True),
    ("spo2", SPO2, 101, False),
    ("grade", CTCAE_GRADE, 0, False),
    ("grade", CTCAE_GRADE, 1, True),
    ("grade", CTCAE_GRADE, 5, True),
    ("grade", CTCAE_GRADE, 6, False),
]


@pytest.mark.parametrize(("field", "limit", "value", "ok"), LIMIT_CASES)
def test_limits_at_their_boundaries(field: str, limit: Limit, value: float, ok: bool) -> None:
    if ok:
        assert require_in_limit(R, field, value, limit) == value
    else:
        error = raises(require_in_limit, R, field, value, limit)
        assert (error.record, error.field) == (R, field)


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        (-3, "must be more than 0 g (got -3)"),
        (0, "must be more than 0 g (got 0)"),
        (501, "must be at most 500 g (got 501)"),
        ("28", "must be a number, got text ('28')"),
        (True, "must be a number, got true/false (true)"),
        (None, "missing; this field is required"),
        (float("nan"), "must be a finite number (got NaN)"),
        ([28], "must be a number, got a list"),
    ],
)
def test_number_messages(value: object, problem: str) -> None:
    assert raises(require_in_limit, R, "dose_g", value, DOSE_G).problem == problem


def test_enormous_integers_never_crash() -> None:
    error = raises(require_number, R, "dose_g", 10**400, minimum=0, maximum=500, unit="g")
    assert "enormous" in error.problem
    error = raises(require_number, R, "dose_g", 10**400)
    assert "too large" in error.problem
    assert raises(require_int, R, "hr", -(10**400), minimum=0).field == "hr"


def test_require_number_exclusive_and_inclusive_bounds() -> None:
    assert require_number(R, "x", 1, minimum=1) == 1.0
    assert raises(require_number, R, "x", 1, minimum=1, min_inclusive=False).problem == (
        "must be more than 1 (got 1)"
    )
    assert raises(require_number, R, "x", 5, maximum=5, max_inclusive=False, unit="h").problem == (
        "must be less than 5 h (got 5)"
    )


def test_require_int_accepts_integral_floats_only() -> None:
    assert require_int(R, "hr", 112.0) == 112
    assert isinstance(require_int(R, "hr", 112.0), int)
    assert raises(require_int, R, "hr", 112.5).problem == "must be a whole number (got 112.5)"
    assert raises(require_int, R, "hr", float("inf")).field == "hr"
    assert raises(require_int, R, "hr", False).field == "hr"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("14.2", 14.2), (" 14,2 ", 14.2), ("300", 300.0), ("0.5", 0.5)],
)
def test_parse_number_text_reads_form_input(text: str, expected: float) -> None:
    assert parse_number_text("patient K-1", "weight_kg", text, WEIGHT_KG) == expected


@pytest.mark.parametrize("text", ["", "abc", "nan", "inf", "-1", "301", "1e400"])
def test_parse_number_text_refuses_nonsense(text: str) -> None:
    assert raises(parse_number_text, "patient K-1", "weight_kg", text, WEIGHT_KG).field == (
        "weight_kg"
    )


def test_parse_number_text_whole_limit() -> None:
    assert parse_number_text(R, "hr", "112", HEART_RATE) == 112
    assert raises(parse_number_text, R, "hr", "112.5", HEART_RATE).field == "hr"


# --------------------------------------------------------------------------------------------
# Text, codes, booleans, times and dates
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("K-0001", True),
        ("K" * 40, True),
        ("K" * 41, False),
        ("", False),
        ("   ", False),
        (" K-1", False),
        ("K-1 ", False),
        ("K-1\n", False),
        (1234, False),
        (None, False),
    ],
)
def test_mrn(value: object, ok: bool) -> None:
    if ok:
        assert require_mrn("patient #1", "mrn", value) == value
    else:
        assert raises(require_mrn, "patient #1", "mrn", value).field == "mrn"


def test_name_must_not_be_blank_but_may_be_anything_else() -> None:
    assert require_name("patient K-1", "name", "Zoë O'Neil-Åberg") == "Zoë O'Neil-Åberg"
    assert raises(require_name, "patient K-1", "name", " ").problem == "must not be empty"


def test_require_text_length_and_empty() -> None:
    assert require_text(R, "notes", "", allow_empty=True) == ""
    assert (
        "at most 3 characters (got 4)"
        in raises(require_text, R, "lot", "ABCD", max_length=3).problem
    )


# Notes may hold tabs, line breaks and other controls; not a NUL, which a ward server's text
# cannot hold (and a file ward would then keep what the server refuses), nor a lone surrogate.
@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("chills", None),
        ("a\tb\r\nc", None),
        ("\x01", None),
        ("\x7f\x1b[31m", None),
        ("\x00", "contains a NUL character (\\x00), which cannot be stored"),
        ("chills\x00", "contains a NUL character (\\x00), which cannot be stored"),
        ("\x00chills\x00", "contains a NUL character (\\x00), which cannot be stored"),
        ("chills \ud800", "contains characters that are not valid text"),
    ],
)
def test_text_that_a_ward_database_can_store(value: str, problem: str | None) -> None:
    assert is_storable_text(value) is (problem is None)
    if problem is None:
        assert require_text(R, "notes", value) == value
    else:
        assert raises(require_text, R, "notes", value).problem == problem


def test_require_code_exact_spelling_with_hint() -> None:
    assert require_code("patient K-1", "sex", "F", Sex) is Sex.F
    error = raises(require_code, "patient K-1", "sex", "f", Sex)
    assert "did you mean 'F'?" in error.problem
    error = raises(require_code, R, "indication", "Kawasaki", Diagnosis)
    assert "must be one of JIA, KD" in error.problem
    error = raises(require_code, R, "label_use", True, LabelUse)
    assert error.problem.startswith("must be one of on, off")


@pytest.mark.parametrize("value", [0, 1, "false", "no", None])
def test_require_bool_refuses_lookalikes(value: object) -> None:
    assert raises(require_bool, R, "active_infection", value).field == "active_infection"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-03-01T08:00", datetime(2026, 3, 1, 8, 0)),
        ("2026-03-01T08:00:30", datetime(2026, 3, 1, 8, 0, 30)),
        ("2026-03-01 08:00", datetime(2026, 3, 1, 8, 0)),
    ],
)
def test_parse_time_field_reads_local_times(text: str, expected: datetime) -> None:
    assert parse_time_field(R, "start", text) == expected


@pytest.mark.parametrize(
    "value",
    [
        "2026-03-01T08:00+01:00",
        "2026-03-01T08:00Z",
        "2026-03-01",
        "08:00",
        "01/03/2026 08:00",
        "1899-12-31T23:59",
        "2200-01-01T00:00",
        1700000000,
        None,
    ],
)
def test_parse_time_field_refuses(value: object) -> None:
    error = raises(parse_time_field, R, "start", value)
    assert (error.record, error.field) == (R, "start")


def test_zone_offset_message_says_local_time() -> None:
    error = raises(parse_time_field, R, "start", "2026-03-01T08:00+01:00")
    assert "without a zone" in error.problem


@pytest.mark.parametrize("value", ["2019-02-30", "02/04/2019", "", 20190402, None, "1899-01-01"])
def test_parse_date_field_refuses(value: object) -> None:
    assert raises(parse_date_field, "patient K-1", "birth_date", value).field == "birth_date"


def test_birth_date_limits() -> None:
    assert require_birth_date("p", "birth_date", TODAY, today=TODAY) == TODAY
    assert (
        "future"
        in raises(
            require_birth_date, "p", "birth_date", TODAY + timedelta(days=1), today=TODAY
        ).problem
    )
    assert raises(require_birth_date, "p", "birth_date", date(1899, 12, 31), today=TODAY)


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        (None, True),
        ("A", True),
        ("B-", True),
        ("AB+", True),
        ("O-", True),
        ("O+", True),
        ("0+", False),
        ("a+", False),
        ("BA", False),
        ("AB++", False),
        ("A+\n", False),
        ("", False),
        (1, False),
    ],
)
def test_blood_group(value: object, ok: bool) -> None:
    if ok:
        assert require_blood_group("p", "blood_group", value) == value
    else:
        assert raises(require_blood_group, "p", "blood_group", value).field == "blood_group"


@given(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=20)
    | st.lists(st.integers(), max_size=2)
)
@settings(max_examples=150, deadline=None)
def test_field_validators_raise_only_validation_error(value: object) -> None:
    for check in (
        lambda: require_in_limit(R, "f", value, WEIGHT_KG),
        lambda: require_in_limit(R, "f", value, HEART_RATE),
        lambda: require_code(R, "f", value, Diagnosis),
        lambda: parse_time_field(R, "f", value),
        lambda: parse_date_field(R, "f", value),
        lambda: require_blood_group(R, "f", value),
        lambda: require_mrn(R, "f", value),
        lambda: require_bool(R, "f", value),
    ):
        with contextlib.suppress(ValidationError):
            check()
    assert isinstance(show(value), str)


# --------------------------------------------------------------------------------------------
# Record validators on typed records (used by services and forms)
# --------------------------------------------------------------------------------------------


def patient(**overrides: Any) -> Patient:
    values: dict[str, Any] = {
        "mrn": "K-0001",
        "name": "Ada",
        "sex": Sex.F,
        "birth_date": date(2019, 4, 2),
        "diagnoses": (Diagnosis.KD,),
        "measurements": (Measurement(datetime(2026, 3, 1, 8, 0), 14.2, 98.0),),
    }
    values.update(overrides)
    return Patient(**values)


def infusion(**overrides: Any) -> Infusion:
    values: dict[str, Any] = {
        "id": "inf-1",
        "mrn": "K-0001",
        "indication": Diagnosis.KD,
        "label_use": LabelUse.ON,
        "product_id": "privigen",
        "dosing_weight_kg": 14.2,
        "dose_g": 28.0,
        "start": START,
        "end": END,
        "lots": (Lot("P123", date(2027, 1, 31)),),
        "rate_steps": (RateStep(START, 4.3),),
    }
    values.update(overrides)
    return Infusion(**values)


def test_valid_patient_passes() -> None:
    validate_patient(patient(), today=TODAY)


@pytest.mark.parametrize(
    ("overrides", "record", "field"),
    [
        ({"name": ""}, "patient K-0001", "name"),
        ({"birth_date": date(2026, 6, 2)}, "patient K-0001", "birth_date"),
        ({"blood_group": "C"}, "patient K-0001", "blood_group"),
        ({"diagnoses": (Diagnosis.KD, Diagnosis.KD)}, "patient K-0001", "diagnoses"),
        ({"prior_ivig_last_date": date(2026, 6, 2)}, "patient K-0001", "prior_ivig_last_date"),
        (
            {"measurements": (Measurement(datetime(2026, 3, 1), -1.0),)},
            "patient K-0001 measurement 1",
            "weight_kg",
        ),
        (
            {"measurements": (Measurement(datetime(2026, 3, 1)),)},
            "patient K-0001 measurement 1",
            "weight_kg",
        ),
    ],
)
def test_invalid_patient(overrides: dict[str, Any], record: str, field: str) -> None:
    error = raises(validate_patient, patient(**overrides), today=TODAY)
    assert (error.record, error.field) == (record, field)


def test_valid_infusion_passes_without_flags() -> None:
    assert validate_infusion(infusion(), product_ids={"privigen"}, patient=patient()) == ()


@pytest.mark.parametrize(
    ("overrides", "record", "field"),
    [
        ({"product_id": "nope"}, R, "product"),
        ({"lots": ()}, R, "lots"),
        ({"dose_g": -3.0}, R, "dose_g"),
        ({"dosing_weight_kg": 0.0}, R, "dosing_weight_kg"),
        ({"end": START}, R, "end"),
        ({"rate_steps": (RateStep(START - timedelta(minutes=1), 4.0),)}, f"{R} rate step 1", "at"),
        ({"rate_steps": (RateStep(END + timedelta(minutes=1), 0.0),)}, f"{R} rate step 1", "at"),
        ({"vitals": (VitalSigns(START, sbp=80, dbp=90),)}, f"{R} vital signs 1", "dbp"),
        ({"vitals": (VitalSigns(START, temp_c=98.6),)}, f"{R} vital signs 1", "temp_c"),
        (
            {"events": (AdverseEvent(START - timedelta(minutes=1), "fever", 1),)},
            f"{R} event 1",
            "onset",
        ),
        ({"events": (AdverseEvent(START, "fever", 0),)}, f"{R} event 1", "grade"),
        ({"events": (AdverseEvent(START, " ", 1),)}, f"{R} event 1", "term"),
        (
            {"end": None, "events": (AdverseEvent(START, "fever", 1, check_offset_h=24),)},
            f"{R} event 1",
            "check_offset_h",
        ),
    ],
)
def test_invalid_infusion(overrides: dict[str, Any], record: str, field: str) -> None:
    error = raises(validate_infusion, infusion(**overrides), product_ids={"privigen"})
    assert (error.record, error.field) == (record, field)


def test_infusion_before_birth_is_refused_when_the_patient_is_known() -> None:
    early = datetime(2019, 4, 1, 9, 0)
    record = infusion(start=early, end=early + timedelta(hours=2), rate_steps=())
    validate_infusion(record, product_ids={"privigen"})
    error = raises(validate_infusion, record, product_ids={"privigen"}, patient=patient())
    assert error.field == "start"


def test_infusion_flags() -> None:
    record = infusion(
        dose_g=60.0,
        dosing_weight_kg=20.0,
        lots=(Lot("OK1", date(2027, 1, 1)), Lot("OLD", date(2026, 2, 28))),
    )
    flags = infusion_flags(record, patient())
    assert [(f.record, f.field) for f in flags] == [
        ("infusion inf-1 lot 2", "expiry"),
        ("infusion inf-1", "dose_g"),
        ("infusion inf-1", "dosing_weight_kg"),
    ]
    assert "41 %" in flags[2].message


def test_weight_within_20_percent_is_not_flagged() -> None:
    assert infusion_flags(infusion(dosing_weight_kg=17.0), patient()) == ()  # 19.7 %


def test_latest_weight_ignores_heights_and_later_measurements() -> None:
    measurements = (
        Measurement(datetime(2026, 1, 1), 12.0),
        Measurement(datetime(2026, 2, 1), None, 97.0),
        Measurement(datetime(2026, 2, 15), 13.0),
        Measurement(datetime(2026, 3, 2), 15.0),
    )
    assert latest_weight(measurements, START) == (datetime(2026, 2, 15), 13.0)
    assert latest_weight(measurements, datetime(2025, 1, 1)) is None


def done_check(**overrides: Any) -> Check:
    values: dict[str, Any] = {
        "infusion_id": "inf-1",
        "offset_h": 24,
        "due_at": END + timedelta(hours=24),
        "done_at": END + timedelta(hours=23),
        "mode": CheckMode.PHONE,
        "outcome": CheckOutcome.NO_SYMPTOMS,
    }
    values.update(overrides)
    return Check(**values)


def test_valid_checks_pass() -> None:
    validate_check(done_check(), infusion(), check_offsets=(24, 48, 72))
    open_check = Check("inf-1", 48, END + timedelta(hours=48))
    validate_check(open_check, infusion(), check_offsets=(24, 48, 72))


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"offset_h": 36, "due_at": END + timedelta(hours=36)}, "offset_h"),
        ({"due_at": END}, "due_at"),
        ({"done_at": END - timedelta(minutes=1)}, "done_at"),
        ({"mode": None}, "mode"),
        ({"outcome": None}, "outcome"),
        ({"outcome": CheckOutcome.SYMPTOMS}, "symptoms"),
        ({"symptoms": ("fever",)}, "symptoms"),
        ({"outcome": CheckOutcome.SYMPTOMS, "symptoms": ("sore",)}, "symptoms"),
        ({"done_at": None}, "done_at"),
        ({"done_at": None, "mode": None, "outcome": None, "done_by": "RN Lee"}, "done_at"),
    ],
)
def test_invalid_check(overrides: dict[str, Any], field: str) -> None:
    error = raises(validate_check, done_check(**overrides), infusion(), check_offsets=(24, 48, 72))
    assert error.field == field


def test_check_of_running_infusion_is_refused() -> None:
    error = raises(validate_check, done_check(), infusion(end=None), check_offsets=(24,))
    assert (error.record, error.field) == ("check inf-1 +24 h", "infusion_id")
