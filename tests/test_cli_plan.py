"""`ivigmon plan` (SPEC 11.4): the JSON contract, the printed plan, a patient's factors, and bad
input ending with status 2 and nothing changed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ivigmon.cli import main
from ivigmon.domain.codes import Diagnosis
from ivigmon.services.context import open_context
from tests.factories import NOW, Clock, make_patient

from .test_cli import digest, run

SPEC_KEYS = {"product", "max", "max_set_by", "steps", "volume_ml", "expected_end", "notes"}
STEP_KEYS = {"from", "to", "ml_per_h", "ml_per_kg_h", "mg_per_kg_min", "volume_ml"}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "ward.db"
    assert main(["--db", str(path), "init"]) == 0
    return path


def test_octagam_10_in_dermatomyositis_is_capped_at_4_mg_per_kg_min(db: Path, capsys):
    code, out, err = run(
        capsys,
        "--db", str(db), "plan", "--product", "octagam_10", "--weight", "20", "--dose", "40",
        "--indication", "JDM", "--start", "2026-03-10T09:00", "--json",
    )  # fmt: skip
    assert (code, err) == (0, "")
    plan = json.loads(out)
    assert set(plan) >= SPEC_KEYS
    assert all(set(step) >= STEP_KEYS for step in plan["steps"])
    assert plan["product"] == "octagam_10"
    assert plan["max"]["mg_per_kg_min"] == 4.0 and plan["max"]["ml_per_h"] == 48.0
    assert plan["max_set_by"] == "indication_maximum"
    assert max(step["mg_per_kg_min"] for step in plan["steps"]) == 4.0
    assert [(s["from"], s["to"], s["ml_per_h"], s["volume_ml"]) for s in plan["steps"]] == [
        ("2026-03-10T09:00", "2026-03-10T09:30", 12.0, 6.0),
        ("2026-03-10T09:30", "2026-03-10T10:00", 24.0, 12.0),
        ("2026-03-10T10:00", "2026-03-10T17:58", 48.0, 382.0),
    ]
    assert (plan["volume_ml"], plan["expected_end"]) == (400.0, "2026-03-10T17:58")


def test_the_printed_plan_names_the_maximum_and_the_steps(db: Path, capsys):
    code, out, _ = run(
        capsys,
        "--db", str(db), "plan", "--product", "panzyga", "--weight", "20", "--dose", "2",
        "--start", "2026-03-10T09:00",
    )  # fmt: skip
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Panzyga: 2 g for 20 kg = 0.1 g/kg, 20 mL"
    assert lines[1] == (
        "maximum: 168 mL/h = 8.4 mL/kg/h = 14 mg/kg/min (label maximum: 14 mg/kg/min)"
    )
    assert lines[3].split() == ["09:00", "09:15", "12.0", "0.60", "1.00", "3"]
    assert lines[5].split() == ["09:30", "09:44", "48.0", "2.40", "4.00", "11"]
    assert "total 20 mL; expected end: 2026-03-10 09:44" in lines
    assert lines[-1].endswith("the clinician decides.")


def test_a_patient_brings_the_factors_and_the_indication(db: Path, capsys):
    ctx = open_context(db, clock=Clock(NOW), user="nurse.test")
    make_patient(ctx, diagnoses=(Diagnosis.CIDP,), comorbidities=frozenset({"kidney_failure"}))
    ctx.store.close()
    code, out, _ = run(
        capsys,
        "--db", str(db), "plan", "--product", "panzyga", "--weight", "20", "--dose", "40",
        "--mrn", "K-0001", "--start", "2026-03-10T13:00", "--json",
    )  # fmt: skip
    assert code == 0
    plan = json.loads(out)
    # Panzyga's at-risk maximum 3.3 mg/kg/min (39.6 mL/h) is below its CIDP maximum 12.
    assert plan["max_set_by"] == "at_risk_maximum"
    assert plan["max"]["ml_per_h"] == 39.6
    assert "indication CIDP: the patient's primary diagnosis" in plan["notes"]


def test_a_product_without_rates_prints_no_plan_and_the_reason(db: Path, capsys):
    code, out, _ = run(
        capsys, "--db", str(db), "plan", "--product", "gammagard_sd", "--weight", "20",
        "--dose", "20", "--json",
    )  # fmt: skip
    plan = json.loads(out)
    assert code == 0 and plan["steps"] == [] and plan["max"] is None
    assert plan["notes"][0].startswith("no plan: Gammagard S/D has no confirmed label rates")


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--product", "nope"], "--product: no product 'nope' in the catalogue"),
        (["--weight", "-1"], "--weight: must be at least 0.2 kg (got -1)"),
        (["--weight", "abc"], "--weight: type a number, got 'abc'"),
        (["--weight", "nan"], "--weight: must be a finite number"),
        (["--dose", "0"], "--dose: must be more than 0 g (got 0)"),
        (["--indication", "XYZ"], "--indication: unknown code 'XYZ'"),
        (["--start", "10:00"], "--start: expected a local time like 2026-03-01T08:00"),
        (["--mrn", "K-9999"], "no patient with MRN 'K-9999'"),
        (["--out", "plan.txt"], "--out: the file name must end in .pdf (got 'plan.txt')"),
        (["--out", "no-such-folder/plan.pdf"], "--out: the folder of 'no-such-folder/plan.pdf'"),
    ],
)
def test_bad_input_exits_2_with_one_line_and_changes_nothing(
    db: Path, capsys, args: list[str], expected: str
):
    values = {"--product": "privigen", "--weight": "20", "--dose": "40"}
    extra: list[str] = []
    for flag, value in zip(args[::2], args[1::2], strict=True):
        if flag in values:
            values[flag] = value
        else:
            extra += [flag, value]
    before = digest(db)
    given = [item for pair in values.items() for item in pair]
    code, out, err = run(capsys, "--db", str(db), "plan", *given, *extra)
    assert (code, out) == (2, "")
    assert len(err.strip().splitlines()) == 1 and expected in err, err
    assert digest(db) == before


def test_a_mistyped_database_is_not_created(tmp_path: Path, capsys):
    path = tmp_path / "typo.db"
    code, _, err = run(
        capsys, "--db", str(path), "plan", "--product", "privigen", "--weight", "20",
        "--dose", "40",
    )  # fmt: skip
    assert code == 2 and "no database" in err
    assert not path.exists()


def test_the_plan_is_written_as_a_printable_pdf(db: Path, tmp_path: Path, capsys):
    ctx = open_context(db, clock=Clock(NOW), user="nurse.test")
    make_patient(ctx)
    ctx.store.close()
    pdf = tmp_path / "plan.pdf"
    code, out, err = run(
        capsys,
        "--db", str(db), "plan", "--product", "privigen", "--weight", "16", "--dose", "32",
        "--mrn", "K-0001", "--start", "2026-03-10T09:00", "--out", str(pdf),
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out.splitlines()[-1] == f"written: {pdf}"
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert [p.name for p in tmp_path.iterdir() if "plan" in p.name] == ["plan.pdf"]
