"""The FHIR R4 export: a Bundle every resource of which validates as R4 (fhir.resources' R4B
models carry R4's element names), one resource per record, the LOINC and program codes, nothing
entered in error, and the file written patient by patient."""

from __future__ import annotations

import json
import re
import tracemalloc
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B import get_fhir_model_class
from fhir.resources.R4B.bundle import Bundle

from ivigmon.demo.ward import build_demo_document
from ivigmon.domain.roles import Role
from ivigmon.services import fhir_export, infusions
from ivigmon.services.errors import NotPermitted
from ivigmon.services.fhir_export import export_fhir
from ivigmon.services.history import load_histories
from ivigmon.services.importing import import_demo_ward
from tests.factories import NOW, make_patient, start_infusion

from .fhir_ward import RecordedWard, record_ward

LOINC = "http://loinc.org"
PROGRAM = "https://ivigmon.example/fhir/"
ZONED = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d([+-]\d\d:\d\d|Z)$")


@pytest.fixture
def ward(ctx) -> RecordedWard:
    return record_ward(ctx)


@pytest.fixture
def bundle(ctx, ward: RecordedWard, tmp_path: Path) -> dict[str, Any]:
    target = tmp_path / "ward.fhir.json"
    export_fhir(ctx, target)
    return json.loads(target.read_text(encoding="utf-8"))


def resources(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def identified(bundle: dict[str, Any], kind: str, value: str) -> dict[str, Any]:
    """The resource of `kind` whose (first) identifier is `value`."""
    for resource in resources(bundle, kind):
        found = resource["identifier"]
        found = found if isinstance(found, dict) else found[0]
        if found["value"] == value:
            return resource
    raise AssertionError(f"no {kind} {value}")


def by_url(resource: dict[str, Any], url: str) -> list[dict[str, Any]]:
    return [x for x in resource.get("extension", []) if x["url"].endswith(url)]


def walk(value: Any) -> Any:
    if isinstance(value, dict):
        yield value
        for item in value.values():
            yield from walk(item)
    elif isinstance(value, list):
        for item in value:
            yield from walk(item)


def test_the_bundle_and_every_resource_validate_as_r4(bundle):
    assert bundle["resourceType"] == "Bundle" and bundle["type"] == "collection"
    Bundle.model_validate(bundle)
    for item in bundle["entry"]:
        resource = item["resource"]
        get_fhir_model_class(resource["resourceType"]).model_validate(resource)
        assert item["fullUrl"] == f"urn:uuid:{resource['id']}"


def test_one_resource_per_record_and_nothing_entered_in_error(bundle, ward: RecordedWard):
    counts = Counter(e["resource"]["resourceType"] for e in bundle["entry"])
    assert counts == {
        "Patient": 2,  # K-0003 is entered in error
        # K-0001 and K-0002 each a weight and a height (K-0001's second weight is in error);
        # the baseline: temperature, heart rate, respiratory rate, the pressure panel, SpO2;
        # the temperature of 10:00 (the heart rate of 10:05 is in error)
        "Observation": 4 + 5 + 1,
        "Medication": 2 + 1,  # two lots of the ended infusion, one of the running one
        "MedicationAdministration": 2 + 1,  # two infusions and a premedication
        "AdverseEvent": 2,  # the flushing, the dyspnoea found at the check (the rash is in error)
        "Task": 3,  # the ended infusion's checks; the running one has none yet
        "DetectedIssue": 1,  # the red flag (the vital-sign alert was reviewed)
    }
    text = json.dumps(bundle)
    assert "K-0003" not in text and "Cy Void" not in text
    assert ward.voided_infusion_id not in text
    assert all(
        r["identifier"]["value"] != str(ward.voided_event_id)
        for r in resources(bundle, "AdverseEvent")
    )
    values = [r.get("valueQuantity", {}).get("value") for r in resources(bundle, "Observation")]
    assert 222 not in values and 99.0 not in values
    assert "170" not in json.dumps(identified(bundle, "MedicationAdministration", ward.ended_id))


def test_references_resolve_inside_the_bundle(bundle):
    urls = {e["fullUrl"] for e in bundle["entry"]}
    references = [x["reference"] for x in walk(bundle) if "reference" in x]
    assert references and set(references) <= urls


def test_vital_signs_carry_loinc_codes_the_category_and_ucum_units(bundle):
    observations = resources(bundle, "Observation")
    codes = {
        c["code"]
        for r in observations
        for part in [r["code"], *[x["code"] for x in r.get("component", [])]]
        for c in part["coding"]
        if c["system"] == LOINC
    }
    assert codes >= {"8310-5", "8867-4", "9279-1", "8480-6", "8462-4", "2708-6", "59408-5"}
    assert codes >= {"29463-7", "8302-2", "85354-9"}  # weight, height, the pressure panel
    for r in observations:
        assert r["category"][0]["coding"][0]["code"] == "vital-signs"
        assert r["status"] == "final" and ZONED.match(r["effectiveDateTime"])
    temperature = next(
        r
        for r in observations
        if r["code"]["coding"][0]["code"] == "8310-5" and r["valueQuantity"]["value"] == 39.1
    )
    assert temperature["valueQuantity"]["code"] == "Cel"
    assert temperature["effectiveDateTime"].startswith("2026-03-08T10:00:00")
    pressure = next(r for r in observations if r["code"]["coding"][0]["code"] == "85354-9")
    assert [
        (c["code"]["coding"][0]["code"], c["valueQuantity"]["value"]) for c in pressure["component"]
    ] == [("8480-6", 98), ("8462-4", 61)]
    oxygen = next(r for r in observations if r["code"]["coding"][0]["code"] == "2708-6")
    assert [c["code"] for c in oxygen["code"]["coding"]] == ["2708-6", "59408-5"]
    assert oxygen["valueQuantity"]["code"] == "%"


def test_the_infusion_is_one_administration_with_its_lots_steps_period_and_performer(
    bundle, ward: RecordedWard
):
    given = identified(bundle, "MedicationAdministration", ward.ended_id)
    assert given["status"] == "completed"
    assert given["effectivePeriod"]["start"].startswith("2026-03-08T09:00:00")
    assert given["effectivePeriod"]["end"].startswith("2026-03-08T15:00:00")
    assert given["performer"][0]["actor"]["identifier"]["value"] == "nurse.test"
    dosage = given["dosage"]
    assert dosage["dose"] == {
        "value": 28.0,
        "unit": "g",
        "system": "http://unitsofmeasure.org",
        "code": "g",
    }
    assert dosage["route"]["text"] == "intravenous"
    assert dosage["rateQuantity"]["value"] == 17.0 and dosage["rateQuantity"]["code"] == "mL/h"
    steps = [({s["url"]: s for s in step["extension"]}) for step in by_url(dosage, "/rate-step")]
    assert [
        (s["at"]["valueDateTime"][:16], s["rate"]["valueQuantity"]["value"]) for s in steps
    ] == [
        ("2026-03-08T09:00", 8.5),
        ("2026-03-08T09:30", 17.0),
    ]
    medications = {f"urn:uuid:{m['id']}": m for m in resources(bundle, "Medication")}
    first = medications[given["medicationReference"]["reference"]]
    [more] = by_url(given, "/additional-lot")
    second = medications[more["valueReference"]["reference"]]
    assert first["batch"] == {"lotNumber": "P123", "expirationDate": "2027-01-31"}
    assert second["batch"] == {"lotNumber": "P124"}
    assert first["code"]["coding"][0] == {
        "system": PROGRAM + "CodeSystem/product",
        "code": "privigen",
        "display": "Privigen",
    }
    assert given["reasonCode"][0]["coding"][0]["code"] == "KD"
    running = identified(bundle, "MedicationAdministration", ward.running_id)
    assert running["status"] == "in-progress" and "end" not in running["effectivePeriod"]


def test_adverse_events_name_the_term_grade_seriousness_outcome_patient_and_infusion(
    bundle, ward: RecordedWard
):
    patient = resources(bundle, "Patient")[0]
    given = identified(bundle, "MedicationAdministration", ward.ended_id)
    flushing, dyspnoea = (
        identified(bundle, "AdverseEvent", str(event_id)) for event_id in ward.kept_event_ids
    )
    assert flushing["event"]["coding"][0] == {
        "system": PROGRAM + "CodeSystem/event-term",
        "code": "flushing",
        "display": "flushing",
    }
    assert flushing["subject"]["reference"] == f"urn:uuid:{patient['id']}"
    assert flushing["suspectEntity"][0]["instance"]["reference"] == f"urn:uuid:{given['id']}"
    assert flushing["actuality"] == "actual"
    assert flushing["date"].startswith("2026-03-08T09:40:00")
    assert flushing["seriousness"]["coding"][0]["code"] == "non-serious"
    assert [c["code"] for c in flushing["severity"]["coding"]] == ["mild", "1"]
    assert flushing["severity"]["coding"][1]["version"] == "5.0"
    assert flushing["outcome"]["coding"][0]["code"] == "resolved"
    assert by_url(flushing, "/action-taken")[0]["valueCodeableConcept"]["coding"][0]["code"] == (
        "rate_reduced"
    )
    assert flushing["recorder"]["identifier"]["value"] == "nurse.test"
    # Reported at the +24 h check: detected when the check was done.
    assert dyspnoea["event"]["coding"][0]["code"] == "dyspnoea"
    assert dyspnoea["detected"].startswith("2026-03-09T15:30:00")
    assert [c["code"] for c in dyspnoea["severity"]["coding"]] == ["moderate", "2"]
    assert dyspnoea["outcome"]["coding"][0]["code"] == "ongoing"
    assert "meddra" not in json.dumps(bundle).lower()


def test_checks_are_tasks_with_their_status_and_due_time(bundle, ward: RecordedWard):
    tasks = {t["identifier"][0]["value"]: t for t in resources(bundle, "Task")}
    done = tasks[f"{ward.ended_id}+24h"]
    assert done["status"] == "completed" and done["businessStatus"]["coding"][0]["code"] == "done"
    assert done["executionPeriod"]["end"].startswith("2026-03-09T15:30:00")
    outputs = {o["type"]["coding"][0]["code"]: o for o in done["output"]}
    assert outputs["outcome"]["valueCodeableConcept"]["coding"][0]["code"] == "symptoms"
    assert outputs["symptom"]["valueCodeableConcept"]["coding"][0]["code"] == "dyspnoea"
    assert outputs["notes"]["valueString"] == "short of breath on the stairs"
    # The running infusion started this morning, before the +48 h and +72 h checks fell due.
    for offset, due in ((48, datetime(2026, 3, 10, 15, 0)), (72, datetime(2026, 3, 11, 15, 0))):
        task = tasks[f"{ward.ended_id}+{offset}h"]
        assert task["status"] == "cancelled"
        assert task["businessStatus"]["coding"][0]["code"] == "superseded"
        assert by_url(task, "/due-at")[0]["valueDateTime"].startswith(due.isoformat())
        period = task["restriction"]["period"]
        assert period["start"].startswith((due - timedelta(hours=4)).isoformat())
        assert period["end"].startswith((due + timedelta(hours=8)).isoformat())
    for task in tasks.values():
        assert task["intent"] == "order"
        assert task["focus"]["reference"].endswith(
            identified(bundle, "MedicationAdministration", ward.ended_id)["id"]
        )


def test_open_checks_are_ready_tasks(ctx, tmp_path: Path):
    make_patient(ctx)
    given = start_infusion(ctx, start=datetime(2026, 3, 9, 9, 0))
    infusions.end_infusion(ctx, given.id, end=datetime(2026, 3, 9, 10, 0))
    target = tmp_path / "ward.json"
    export_fhir(ctx, target)
    tasks = resources(json.loads(target.read_text(encoding="utf-8")), "Task")
    # At 12:00 the +24 h check (10:00) is due, the others upcoming.
    assert [(t["status"], t["businessStatus"]["coding"][0]["code"]) for t in tasks] == [
        ("ready", "due"),
        ("ready", "upcoming"),
        ("ready", "upcoming"),
    ]
    assert all("executionPeriod" not in t and "output" not in t for t in tasks)


def test_open_alerts_are_detected_issues(bundle, ward: RecordedWard):
    [issue] = resources(bundle, "DetectedIssue")
    assert issue["code"]["coding"][0]["code"] == "red_flag"
    assert issue["severity"] == "high"
    assert issue["identifiedDateTime"].startswith("2026-03-09T15:30:00")
    assert "shortness of breath" in issue["detail"]
    assert issue["implicated"][0]["reference"].endswith(
        identified(bundle, "MedicationAdministration", ward.ended_id)["id"]
    )


def test_ids_are_the_same_in_every_export(ctx, ward, tmp_path: Path):
    export_fhir(ctx, tmp_path / "a.json")
    export_fhir(ctx, tmp_path / "b.json")
    a, b = (json.loads((tmp_path / n).read_text(encoding="utf-8")) for n in ("a.json", "b.json"))
    assert [e["fullUrl"] for e in a["entry"]] == [e["fullUrl"] for e in b["entry"]]


def test_an_empty_database_is_a_bundle_without_entries(ctx, tmp_path: Path):
    target = tmp_path / "empty.json"
    assert export_fhir(ctx, target).total == 0
    bundle = json.loads(target.read_text(encoding="utf-8"))
    assert "entry" not in bundle  # FHIR allows no empty list
    Bundle.model_validate(bundle)


@pytest.mark.parametrize("role", list(Role))
def test_every_role_may_export_and_nobody_unsigned(ctx, tmp_path: Path, role: Role):
    ctx.accounts = True
    ctx.act_as("someone", role)
    export_fhir(ctx, tmp_path / "ok.json")
    ctx.act_as("someone", None)
    with pytest.raises(NotPermitted):
        export_fhir(ctx, tmp_path / "refused.json")
    assert not (tmp_path / "refused.json").exists()


def test_the_file_is_written_a_batch_of_patients_at_a_time(ctx, tmp_path: Path, monkeypatch):
    """Memory follows a batch: never more than BATCH_PATIENTS records are read at once, and
    every resource of every patient still reaches the file."""
    import_demo_ward(ctx, build_demo_document(patients=60, seed=5, now=NOW))
    monkeypatch.setattr(fhir_export, "BATCH_PATIENTS", 7)
    loaded: list[int] = []
    real = fhir_export.load_records

    def spy(conn: Any, ids: Any, *rest: Any) -> Any:
        loaded.append(len(ids))
        return real(conn, ids, *rest)

    monkeypatch.setattr(fhir_export, "load_records", spy)
    target = tmp_path / "ward.json"
    exported = export_fhir(ctx, target)
    assert max(loaded) == 7 and sum(loaded) == 60
    bundle = json.loads(target.read_text(encoding="utf-8"))
    histories = list(load_histories(ctx).values())
    recorded = [i for h in histories for i in h.infusions]
    assert exported.counts["Patient"] == len(histories) == 60
    assert exported.counts["MedicationAdministration"] == len(recorded) + sum(
        len(i.premedications) for i in recorded
    )
    assert exported.counts["Medication"] == sum(max(1, len(i.lots)) for i in recorded)
    assert exported.counts["AdverseEvent"] == sum(len(i.events) for i in recorded)
    assert exported.counts["Task"] == sum(len(h.checks) for h in histories)
    assert Counter(e["resource"]["resourceType"] for e in bundle["entry"]) == exported.counts
    Bundle.model_validate(bundle)


def test_memory_follows_a_batch_not_the_file(ctx, tmp_path: Path, monkeypatch):
    """The largest amount of memory held while writing is a small part of the file written."""
    import_demo_ward(ctx, build_demo_document(patients=50, seed=6, now=NOW))
    monkeypatch.setattr(fhir_export, "BATCH_PATIENTS", 10)
    target = tmp_path / "ward.json"
    ctx.products()  # the catalogue is read once per context, not per export
    tracemalloc.start()
    try:
        export_fhir(ctx, target)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    size = target.stat().st_size
    assert size > 2_000_000
    assert peak < size / 4, (peak, size)
