"""`ivigmon export --fhir FILE.json`: a FHIR R4 Bundle of the record, the count of each resource
type it holds; given both files or neither, status 2 and nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle

from ivigmon.services.context import open_context
from tests.factories import NOW, Clock
from tests.services.fhir_ward import record_ward

from .test_cli import digest, run


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "ward.db"
    ctx = open_context(path, clock=Clock(NOW), user="nurse.test")
    try:
        record_ward(ctx)
    finally:
        ctx.store.close()
    return path


def test_export_fhir_writes_a_bundle_and_counts_its_resources(db: Path, tmp_path: Path, capsys):
    target = tmp_path / "ward.fhir.json"
    code, out, err = run(capsys, "--db", str(db), "export", "--fhir", str(target))
    assert (code, err) == (0, "")
    bundle = json.loads(target.read_text(encoding="utf-8"))
    Bundle.model_validate(bundle)
    # The command runs on the computer's clock: the infusion started on 2026-03-10 may have
    # run for more than 24 h by now, an unended alert beside the red flag.
    issues = sum(1 for e in bundle["entry"] if e["resource"]["resourceType"] == "DetectedIssue")
    assert issues in (1, 2)
    assert out == (
        f"exported a FHIR R4 Bundle of {23 + issues} resources (2 Patient, 3 Medication, "
        "3 MedicationAdministration, 10 Observation, 2 AdverseEvent, 3 Task, "
        f"{issues} DetectedIssue) to {target}\n"
    )
    assert len(bundle["entry"]) == 23 + issues


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], "FILE.json: give the file to write (or --fhir FILE.json for FHIR R4)"),
        (["a.json", "--fhir", "b.json"], "FILE.json: give either FILE.json (ivigmon/1) or --fhir"),
        (["--fhir", "no-such-folder/b.json"], "its folder does not exist"),
    ],
)
def test_export_needs_one_file(db: Path, tmp_path: Path, capsys, monkeypatch, args, expected):
    monkeypatch.chdir(tmp_path)
    before = digest(db)
    code, out, err = run(capsys, "--db", str(db), "export", *args)
    assert (code, out) == (2, "")
    assert len(err.strip().splitlines()) == 1 and expected in err, err
    assert digest(db) == before
    assert not list(tmp_path.glob("*.json"))
