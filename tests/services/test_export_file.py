"""The export streams the record in batches: the document of one read, a record per line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ivigmon.demo.ward import build_demo_document
from ivigmon.services import export_file
from ivigmon.services.export_file import export_to_file
from ivigmon.services.importing import import_demo_ward
from ivigmon.services.interchange import export_document
from tests.factories import NOW, make_patient

from .export_layout import laid_out


@pytest.mark.parametrize("batch", [1, 7, 500])
def test_the_streamed_file_is_the_document_dumped_at_once(ctx, tmp_path: Path, monkeypatch, batch):
    monkeypatch.setattr(export_file, "BATCH_PATIENTS", batch)
    import_demo_ward(ctx, build_demo_document(patients=20, seed=3, now=NOW))
    out = tmp_path / "out"
    out.mkdir()
    target = out / "ward.json"
    exported = export_to_file(ctx, target)
    document = export_document(ctx)
    text = target.read_text(encoding="utf-8")
    assert json.loads(text) == document
    assert text == laid_out(document)
    assert (exported.patients, exported.infusions, exported.checks) == (
        20,
        len(document["infusions"]),
        len(document["checks"]),
    )
    assert [p.name for p in out.iterdir()] == ["ward.json"]  # no scratch file left


@pytest.mark.parametrize("patients", [0, 1])
def test_empty_lists_are_written_as_empty_lists(ctx, tmp_path: Path, patients):
    if patients:
        make_patient(ctx)
    target = tmp_path / "out.json"
    export_to_file(ctx, target)
    text = target.read_text(encoding="utf-8")
    assert json.loads(text) == export_document(ctx)
    assert text == laid_out(export_document(ctx))


def test_a_failed_export_leaves_the_old_file_and_nothing_else(ctx, tmp_path: Path, monkeypatch):
    make_patient(ctx)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "out.json"
    target.write_text("old", encoding="utf-8")

    def broken(*_args: object) -> dict[str, object]:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_file, "check_json", broken)
    monkeypatch.setattr(export_file, "infusion_json", broken)
    monkeypatch.setattr(export_file, "patient_json", broken)
    with pytest.raises(export_file.DiskFull):
        export_to_file(ctx, target)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in out.iterdir()] == ["out.json"]
