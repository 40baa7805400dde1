"""`ivigmon ae-report`: one adverse event's safety report printed, as JSON, as CSV or PDF, a
patient's events listed with their ids; an unknown id or bad input ends with status 2 and
changes nothing; whoever may view records may print it."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from ivigmon.services import users
from ivigmon.services.context import open_context
from tests.factories import NOW, Clock
from tests.services.fhir_ward import RecordedWard, record_ward

from .test_cli import digest, run


@pytest.fixture
def recorded(tmp_path: Path) -> tuple[Path, RecordedWard]:
    path = tmp_path / "ward.db"
    ctx = open_context(path, clock=Clock(NOW), user="nurse.test")
    try:
        return path, record_ward(ctx)
    finally:
        ctx.store.close()


def test_the_report_is_printed_field_by_field(recorded, capsys):
    db, ward = recorded
    event_id = ward.kept_event_ids[0]
    code, out, err = run(capsys, "--db", str(db), "ae-report", str(event_id))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"Suspected adverse reaction report: adverse event {event_id}"
    for line in (
        "Patient",
        "  Patient initials: A.N.",
        "  Reaction: flushing",
        "  Grade: CTCAE 5.0 grade 1 (mild)",
        "  Route: intravenous",
        "  Lot number: P123, P124",
        "  Ward: not recorded",
    ):
        assert line in lines, line
    assert lines[-1].startswith("Pre-filled from the ward's record")


def test_json_names_each_field_with_its_section(recorded, capsys):
    db, ward = recorded
    event_id = ward.kept_event_ids[1]
    code, out, _ = run(capsys, "--db", str(db), "ae-report", str(event_id), "--json")
    assert code == 0
    found = json.loads(out)
    assert found["event_id"] == event_id
    fields = {f["field"]: f for f in found["fields"]}
    assert fields["Found"] == {
        "section": "Reaction",
        "field": "Found",
        "value": "reported at the +24 h follow-up check (done 2026-03-09 15:30)",
    }


@pytest.mark.parametrize("suffix", [".csv", ".CSV"])
def test_the_report_is_written_as_csv(recorded, tmp_path: Path, capsys, suffix):
    db, ward = recorded
    target = tmp_path / f"report{suffix}"
    code, out, _ = run(
        capsys, "--db", str(db), "ae-report", str(ward.kept_event_ids[0]), "--out", str(target)
    )
    assert code == 0 and out.splitlines()[-1] == f"written: {target}"
    with target.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["field", "value"]
    assert ["Reaction", "flushing"] in rows and ["Ward", "not recorded"] in rows


def test_the_report_is_written_as_pdf(recorded, tmp_path: Path, capsys):
    db, ward = recorded
    target = tmp_path / "report.pdf"
    code, out, err = run(
        capsys, "--db", str(db), "ae-report", str(ward.kept_event_ids[0]), "--out", str(target)
    )
    assert (code, err) == (0, "")
    assert out.splitlines()[-1] == f"written: {target}"
    data = target.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert sorted(p.name for p in tmp_path.iterdir() if "report" in p.name) == ["report.pdf"]


def test_a_patients_events_are_listed_with_their_ids(recorded, capsys):
    db, ward = recorded
    code, out, _ = run(capsys, "--db", str(db), "ae-report", "--list", "K-0001")
    assert code == 0
    first, second = ward.kept_event_ids
    assert out.splitlines() == [
        f"{first:>8}  2026-03-08 09:40  {ward.ended_id}  flushing (grade 1)",
        f"{second:>8}  2026-03-09 15:30  {ward.ended_id}  shortness of breath (dyspnoea) (grade 2)",
    ]
    code, out, _ = run(capsys, "--db", str(db), "ae-report", "--list", "K-0002", "--json")
    assert (code, json.loads(out)) == (0, [])


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["999"], "adverse event 999: id: no adverse event has this id"),
        (["VOIDED"], "it is marked entered in error: not reported"),
        (["abc"], "EVENT_ID: an adverse event id is a whole number as the history shows it"),
        (["-3"], "EVENT_ID: an adverse event id is a whole number"),
        (["0"], "EVENT_ID: an adverse event id is a whole number"),
        (["99999999999999999999"], "EVENT_ID: an adverse event id is a whole number"),
        ([], "EVENT_ID: give the adverse event's id (or --list MRN)"),
        (["KEPT", "--out", "report.txt"], "--out: the file name must end in .pdf or .csv"),
        (["KEPT", "--out", "no-such-folder/r.pdf"], "--out: the folder of 'no-such-folder/r.pdf'"),
        (["KEPT", "--list", "K-0001"], "--list: give either EVENT_ID or --list MRN"),
        (["--list", "K-9999"], "no patient with MRN 'K-9999'"),
    ],
)
def test_bad_input_exits_2_with_one_line_and_changes_nothing(
    recorded, capsys, args: list[str], expected: str
):
    db, ward = recorded
    names = {"VOIDED": str(ward.voided_event_id), "KEPT": str(ward.kept_event_ids[0])}
    given = [names.get(a, a) for a in args]
    before = digest(db)
    code, out, err = run(capsys, "--db", str(db), "ae-report", *given)
    assert (code, out) == (2, "")
    assert len(err.strip().splitlines()) == 1 and expected in err, err
    assert err.startswith("ivigmon ae-report: ")
    assert digest(db) == before


@pytest.mark.parametrize("role", ["nurse", "ward_staff", "admin"])
def test_every_role_may_print_it(recorded, capsys, monkeypatch, role):
    db, ward = recorded
    ctx = open_context(db, clock=Clock(NOW), user="setup")
    try:
        users.add_user(
            ctx, username="lead", display_name="Lena Lead", role="admin", password="lead-pass-1"
        )
        if role != "admin":
            users.add_user(
                ctx, username="someone", display_name="Some One", role=role, password="some-pass-1"
            )
    finally:
        ctx.store.close()
    name, password = ("lead", "lead-pass-1") if role == "admin" else ("someone", "some-pass-1")
    monkeypatch.setenv("IVIGMON_PASSWORD", password)
    code, out, err = run(
        capsys, "--db", str(db), "--user", name, "ae-report", str(ward.kept_event_ids[0])
    )
    assert (code, err) == (0, "")
    assert "  Prepared: 2026-" in out and f"by {name}" in out
