"""Import is all or nothing; export then import into a fresh database gives the same data."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from ivigmon.demo.ward import build_demo_document
from ivigmon.domain.validation import ValidationError
from ivigmon.services.context import open_context
from ivigmon.services.interchange import export_document, import_document, read_json_file
from tests.factories import NOW, Clock

from ..spec_example import SPEC_EXAMPLE


def dump(ctx) -> list[str]:
    """Every row of every table, as SQL text: equal dumps mean an untouched database."""
    return list(ctx.store.conn.iterdump())


def test_the_spec_example_imports(ctx):
    result = import_document(ctx, copy.deepcopy(SPEC_EXAMPLE))
    assert (result.patients, result.infusions, result.checks_done) == (1, 1, 1)
    exported = export_document(ctx)
    assert [c["offset_h"] for c in exported["checks"]] == [24, 48, 72]
    assert exported["patients"][0]["measurements"] == SPEC_EXAMPLE["patients"][0]["measurements"]


def test_export_then_import_into_a_fresh_database_gives_the_same_data(ctx, tmp_path: Path):
    import_document(ctx, build_demo_document(patients=40, seed=7, now=NOW))
    first = export_document(ctx)
    other = open_context(tmp_path / "other.db", clock=Clock(NOW), user="pharmacist")
    try:
        import_document(other, json.loads(json.dumps(first)))
        second = export_document(other)
    finally:
        other.store.close()
    assert second == first
    assert len(first["patients"]) == 40


def _broken(path: str, value: Any) -> dict[str, Any]:
    doc = copy.deepcopy(SPEC_EXAMPLE)
    target: Any = doc
    keys = path.split(".")
    for key in keys[:-1]:
        target = target[int(key)] if key.isdigit() else target[key]
    last = keys[-1]
    if last.isdigit():
        target[int(last)] = value
    else:
        target[last] = value
    return doc


@pytest.mark.parametrize(
    ("path", "value", "record", "field"),
    [
        ("infusions.0.dose_g", -3, "infusion inf-1", "dose_g"),
        ("infusions.0.dosing_weight_kg", 0, "infusion inf-1", "dosing_weight_kg"),
        ("infusions.0.end", "2026-03-01T08:00", "infusion inf-1", "end"),
        ("infusions.0.product", "nope", "infusion inf-1", "product"),
        ("patients.0.birth_date", "2027-01-01", "patient Z-0001", "birth_date"),
        ("patients.0.sex", "X", "patient Z-0001", "sex"),
        ("patients.0.diagnoses", ["KD", "FLU"], "patient Z-0001", "diagnoses"),
        ("checks.0.offset_h", 36, "check inf-1 +36 h", "offset_h"),
    ],
)
def test_a_wrong_import_leaves_the_database_as_it_was(ctx, path, value, record, field):
    import_document(ctx, build_demo_document(patients=5, seed=3, now=NOW))
    before = dump(ctx)
    broken = _broken(path, value)
    for item in broken["patients"] + broken["infusions"]:
        item["mrn"] = "Z-0001"
    with pytest.raises(ValidationError) as err:
        import_document(ctx, broken)
    assert err.value.record.startswith(record)
    assert err.value.field == field
    assert dump(ctx) == before


def test_existing_records_are_rejected_by_name(ctx):
    import_document(ctx, copy.deepcopy(SPEC_EXAMPLE))
    before = dump(ctx)
    with pytest.raises(ValidationError) as err:
        import_document(ctx, copy.deepcopy(SPEC_EXAMPLE))
    assert "K-0001" in str(err.value)
    other_patient = _broken("patients.0.mrn", "K-0002")
    other_patient["infusions"][0]["mrn"] = "K-0002"
    with pytest.raises(ValidationError) as err:
        import_document(ctx, other_patient)
    assert (err.value.record, err.value.field) == ("infusion inf-1", "id")
    assert dump(ctx) == before


@pytest.mark.parametrize(
    ("content", "field"),
    [("{not json", "json"), ("", "json"), (None, "path")],
)
def test_unreadable_files_name_the_file(tmp_path: Path, content: str | None, field: str):
    path = tmp_path / "in.json"
    if content is not None:
        path.write_text(content)
    with pytest.raises(ValidationError) as err:
        read_json_file(path)
    assert err.value.field == field
    assert str(path) in err.value.record


def test_an_infusion_of_a_stored_patient_is_checked_against_that_patient(ctx):
    import_document(ctx, copy.deepcopy(SPEC_EXAMPLE))
    later = {"format": "ivigmon/1", "patients": [], "checks": []}
    infusion = copy.deepcopy(SPEC_EXAMPLE["infusions"][0])
    infusion.update(id="inf-2", start="2026-03-05T09:00", end="2026-03-05T18:00", events=[])
    infusion.update(rate_steps=[], premedications=[], vitals=[], dosing_weight_kg=20.0)
    later["infusions"] = [infusion]
    result = import_document(ctx, later)
    # 20 kg against the stored measured 14.2 kg: more than 20 % apart, kept and flagged.
    assert [(f.record, f.field) for f in result.flags] == [("infusion inf-2", "dosing_weight_kg")]
    born_later = copy.deepcopy(later)
    born_later["infusions"][0].update(id="inf-3", start="2019-01-01T09:00", end="2019-01-01T18:00")
    with pytest.raises(ValidationError) as err:
        import_document(ctx, born_later)
    assert (err.value.record, err.value.field) == ("infusion inf-3", "start")
