"""The safety report of one adverse event: every field the record holds, in words, and "not
recorded" for what it does not hold, never a guess."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from ivigmon.domain.codes import (
    Comorbidity,
    Diagnosis,
    EventAction,
    EventOutcome,
    LabelUse,
    PremedClass,
    Seriousness,
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
)
from ivigmon.domain.products import Product
from ivigmon.domain.safety_report import (
    NONE_RECORDED,
    NOT_RECORDED,
    EventRecord,
    Reporter,
    age_words,
    build_report,
    initials,
    rate_at_onset,
)

ONSET = datetime(2026, 3, 10, 10, 10)
PRINTED = datetime(2026, 3, 11, 9, 0)


def product(products: dict[str, Product]) -> Product:
    return products["privigen"]  # 10 %, CSL Behring


def record(
    products: dict[str, Product],
    *,
    event: AdverseEvent | None = None,
    infusion: dict[str, object] | None = None,
    patient: dict[str, object] | None = None,
    with_product: bool = True,
    found_at: Check | None = None,
    reporter: Reporter | None = None,
) -> EventRecord:
    child = {
        "mrn": "K-0001",
        "name": "Ada Maria Nowak",
        "sex": Sex.F,
        "birth_date": date(2019, 4, 2),
        "diagnoses": (Diagnosis.KD, Diagnosis.JIA),
        "comorbidities": frozenset({Comorbidity.DIABETES}),
        "measurements": (
            Measurement(datetime(2026, 2, 1, 8, 0), weight_kg=13.9, height_cm=97.0, id=1),
            Measurement(datetime(2026, 3, 1, 8, 0), weight_kg=14.2, id=2),
            Measurement(datetime(2026, 3, 11, 8, 0), weight_kg=15.0, id=3),  # after the onset
        ),
    }
    child.update(patient or {})
    given = {
        "id": "inf-000007",
        "mrn": "K-0001",
        "indication": Diagnosis.KD,
        "label_use": LabelUse.ON,
        "product_id": "privigen",
        "dosing_weight_kg": 14.2,
        "dose_g": 28.0,
        "start": datetime(2026, 3, 10, 9, 0),
        "end": datetime(2026, 3, 10, 19, 30),
        "lots": (Lot("P123", date(2027, 1, 31)),),
        "rate_steps": (
            RateStep(datetime(2026, 3, 10, 9, 0), 4.3, id=1),
            RateStep(datetime(2026, 3, 10, 9, 30), 8.5, id=2),
            RateStep(datetime(2026, 3, 10, 10, 30), 17.0, id=3),
        ),
        "premedications": (
            Premedication(
                datetime(2026, 3, 10, 8, 30),
                "cetirizine",
                PremedClass.ANTIHISTAMINE,
                "2.5 mg",
                "po",
                id=2,
            ),
            Premedication(
                datetime(2026, 3, 10, 8, 20),
                "paracetamol",
                PremedClass.ANTIPYRETIC,
                "210 mg",
                "po",
                id=1,
            ),
        ),
    }
    given.update(infusion or {})
    return EventRecord(
        event=event
        or AdverseEvent(
            ONSET,
            "flushing",
            2,
            action=EventAction.RATE_REDUCED,
            outcome=EventOutcome.RESOLVED,
            notes="face and neck, settled in 20 min",
            id=41,
        ),
        patient=Patient(**child),  # type: ignore[arg-type]
        infusion=Infusion(**given),  # type: ignore[arg-type]
        product=product(products) if with_product else None,
        found_at=found_at,
        reporter=reporter
        or Reporter("ann.nurse", datetime(2026, 3, 10, 10, 20), "Ann Nurse", "nurse"),
    )


def test_every_field_the_record_holds(products):
    report = build_report(record(products), printed_at=PRINTED, printed_by="ward.lead")
    assert report.event_id == 41
    expected = {
        "Adverse event id": "41",
        "Infusion": "inf-000007",
        "Prepared": "2026-03-11 09:00 by ward.lead",
        "Patient initials": "A.M.N.",
        "Age at onset": "6 years",
        "Sex": "female",
        # The latest weight measured at or before the onset, not the one after it.
        "Weight": "14.2 kg (measured 2026-03-01 08:00)",
        "Height": "97 cm (measured 2026-02-01 08:00)",
        "Diagnoses": "KD - Kawasaki disease (primary); JIA - juvenile idiopathic arthritis",
        "Comorbidities": "diabetes",
        "Reaction": "flushing",
        "Onset": "2026-03-10 10:10",
        "Found": "during the infusion",
        "Description": "face and neck, settled in 20 min",
        "Grade": "CTCAE 5.0 grade 2 (moderate)",
        "Serious": "no",
        "Seriousness criteria": "none (not serious)",
        "Outcome": "recovered / resolved",
        "Action taken": "infusion rate reduced",
        "Suspect product": "Privigen (privigen), 10 % human normal immunoglobulin",
        "Manufacturer": "CSL Behring",
        "Lot number": "P123",
        "Expiry": "2027-01-31",
        "Dose": "28 g = 1.97 g/kg (dosing weight 14.2 kg, actual weight); 280 mL",
        # 8.5 mL/h for 14.2 kg of a 10 % product: 0.60 mL/kg/h, 1.00 mg/kg/min.
        "Rate at onset": "8.5 mL/h = 0.60 mL/kg/h = 1.00 mg/kg/min (since 2026-03-10 09:30)",
        "Route": "intravenous",
        "Indication": "KD - Kawasaki disease (on label)",
        "Therapy start": "2026-03-10 09:00",
        "Therapy end": "2026-03-10 19:30",
        "Therapy duration": "10 h 30 min",
        "Premedication 1": "paracetamol 210 mg po at 2026-03-10 08:20 (antipyretic)",
        "Premedication 2": "cetirizine 2.5 mg po at 2026-03-10 08:30 (antihistamine)",
        "Recorded by": "Ann Nurse (ann.nurse)",
        "Reporter's role": "nurse",
        "Recorded on": "2026-03-10 10:20",
        "Ward": NOT_RECORDED,
    }
    assert {f.name: f.value for f in report.fields} == expected
    assert [section for section, _ in report.sections()] == [
        "Report",
        "Patient",
        "Reaction",
        "Suspect product",
        "Concomitant products",
        "Reporter",
    ]


def test_what_the_record_does_not_hold_is_not_recorded(products):
    found = record(
        products,
        event=AdverseEvent(ONSET, "headache", 3, serious=True, outcome=EventOutcome.UNKNOWN, id=42),
        patient={"measurements": (), "comorbidities": frozenset(), "diagnoses": ()},
        infusion={
            "end": None,
            "lots": (Lot("P1"), Lot("P2", date(2027, 5, 31))),
            "rate_steps": (),
            "premedications": (),
            "dosing_weight_basis": WeightBasis.ADJUSTED,
        },
        with_product=False,
        reporter=Reporter("os:root", datetime(2026, 3, 10, 10, 20)),
    )
    report = build_report(found, printed_at=PRINTED, printed_by="ward.lead")
    for name, value in {
        "Weight": NOT_RECORDED,
        "Height": NOT_RECORDED,
        "Diagnoses": NONE_RECORDED,
        "Comorbidities": NONE_RECORDED,
        "Description": NOT_RECORDED,
        "Seriousness criteria": NOT_RECORDED,  # serious, but the criteria were not recorded
        "Outcome": "unknown",  # recorded as unknown: that is what the record holds
        "Suspect product": "privigen",  # not in this catalogue: its id as recorded
        "Manufacturer": NOT_RECORDED,
        "Lot number": "P1, P2",
        "Expiry": f"P1: {NOT_RECORDED}; P2: 2027-05-31",
        "Dose": "28 g = 1.97 g/kg (dosing weight 14.2 kg, adjusted weight)",
        "Rate at onset": NOT_RECORDED,
        "Therapy end": f"{NOT_RECORDED} (running)",
        "Therapy duration": NOT_RECORDED,
        "Premedication": NONE_RECORDED,
        "Recorded by": "os:root",
        "Reporter's role": NOT_RECORDED,
        "Ward": NOT_RECORDED,
    }.items():
        assert report.value(name) == value, name


def test_serious_criteria_and_a_symptom_found_at_a_check(products):
    check = Check(
        "inf-000007", 24, datetime(2026, 3, 11, 19, 30), done_at=datetime(2026, 3, 11, 19, 40)
    )
    found = record(
        products,
        event=AdverseEvent(
            datetime(2026, 3, 11, 19, 40),
            "neck_stiffness",
            3,
            serious=True,
            seriousness=(Seriousness.HOSPITALISATION, Seriousness.OTHER_IMPORTANT),
            check_offset_h=24,
            outcome=EventOutcome.ONGOING,
            id=43,
        ),
        found_at=check,
    )
    report = build_report(found, printed_at=PRINTED, printed_by="ward.lead")
    assert report.value("Reaction") == "neck stiffness (aseptic meningitis?) (neck_stiffness)"
    assert report.value("Found") == (
        "reported at the +24 h follow-up check (done 2026-03-11 19:40)"
    )
    assert report.value("Seriousness criteria") == (
        "needed or prolonged a hospital stay; other medically important event"
    )
    assert report.value("Outcome") == "not recovered / not resolved (ongoing)"
    assert report.value("Rate at onset") == "not running at onset (ended 2026-03-10 19:30)"


@pytest.mark.parametrize(
    ("onset", "steps", "expected"),
    [
        (datetime(2026, 3, 10, 8, 59), None, "not running at onset (started 2026-03-10 09:00)"),
        (
            datetime(2026, 3, 10, 9, 0),
            None,
            "4.3 mL/h = 0.30 mL/kg/h = 0.50 mg/kg/min (since 2026-03-10 09:00)",
        ),
        (
            datetime(2026, 3, 10, 9, 29),
            None,
            "4.3 mL/h = 0.30 mL/kg/h = 0.50 mg/kg/min (since 2026-03-10 09:00)",
        ),
        (
            datetime(2026, 3, 10, 19, 30),
            None,
            "17 mL/h = 1.20 mL/kg/h = 2.00 mg/kg/min (since 2026-03-10 10:30)",
        ),
        (datetime(2026, 3, 10, 19, 31), None, "not running at onset (ended 2026-03-10 19:30)"),
        (datetime(2026, 3, 10, 9, 10), (), NOT_RECORDED),
        (
            datetime(2026, 3, 10, 9, 50),
            (RateStep(datetime(2026, 3, 10, 9, 0), 4.3), RateStep(datetime(2026, 3, 10, 9, 45), 0)),
            "paused (0 mL/h since 2026-03-10 09:45)",
        ),
    ],
)
def test_the_rate_at_onset_is_the_step_in_force(products, onset, steps, expected):
    changes: dict[str, object] = {} if steps is None else {"rate_steps": steps}
    found = record(products, event=AdverseEvent(onset, "fever", 1, id=1), infusion=changes)
    assert rate_at_onset(found) == expected


@pytest.mark.parametrize(
    ("born", "at", "expected"),
    [
        (date(2019, 4, 2), datetime(2026, 3, 10), "6 years"),
        (date(2024, 3, 10), datetime(2026, 3, 10), "2 years"),
        (date(2024, 3, 11), datetime(2026, 3, 10), "23 months"),
        (date(2026, 2, 10), datetime(2026, 3, 10), "1 month"),
        (date(2026, 2, 11), datetime(2026, 3, 10), "27 days"),
        (date(2026, 3, 9), datetime(2026, 3, 10), "1 day"),
    ],
)
def test_age_at_onset_in_years_then_months_then_days(born, at, expected):
    child = Patient("K-1", "A B", Sex.M, born)
    assert age_words(child, at) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ada Nowak", "A.N."),
        ("  ada   maria nowak ", "A.M.N."),
        ("Jean-Luc Picard", "J.P."),
        ("Łucja Żak", "Ł.Ż."),
        ("(Baby) Smith", "B.S."),
        ("...", NOT_RECORDED),
    ],
)
def test_initials(name, expected):
    assert initials(name) == expected
