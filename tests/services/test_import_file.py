"""Importing a file read item by item: groups judged as one file, names across groups, the
scratch copy, memory that follows a group rather than the file."""

from __future__ import annotations

import copy
import json
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from ivigmon.demo.ward import build_demo_document
from ivigmon.domain.validation import ValidationError
from ivigmon.services import importing
from ivigmon.services.context import Context, open_context
from ivigmon.services.importing import import_file
from ivigmon.services.interchange import export_document
from ivigmon.storage import audit, staging
from tests.dumps import dump
from tests.factories import NOW, Clock

from ..spec_example import SPEC_EXAMPLE


def _write(path: Path, document: dict[str, Any]) -> Path:
    path.write_text(json.dumps(document))
    return path


def _dump(ctx: Context) -> list[str]:
    return dump(ctx.store.conn)


def _scratch_copies(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".import." in p.name)


def _two_patients() -> dict[str, Any]:
    """The SPEC example and a second patient with an infusion and its checks."""
    doc = copy.deepcopy(SPEC_EXAMPLE)
    second = copy.deepcopy(doc["patients"][0])
    second["mrn"] = "K-0002"
    infusion = copy.deepcopy(doc["infusions"][0])
    infusion.update(id="inf-2", mrn="K-0002")
    checks = [dict(copy.deepcopy(c), infusion_id="inf-2") for c in doc["checks"]]
    doc["patients"].append(second)
    doc["infusions"].append(infusion)
    doc["checks"] += checks
    return doc


def _demo_context(path: Path) -> Context:
    """A fresh database acting as the author the demo ward's records name."""
    return open_context(path, clock=Clock(NOW), user="demo")


def test_a_file_read_in_small_groups_gives_the_same_ward_as_one_group(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    path = _write(tmp_path / "ward.json", build_demo_document(patients=12, now=NOW))
    whole = _demo_context(tmp_path / "whole.db")
    ctx = _demo_context(tmp_path / "grouped.db")
    try:
        one_group = import_file(whole, path)
        monkeypatch.setattr(importing, "GROUP_PATIENTS", 5)  # three groups
        grouped = import_file(ctx, path)
        assert (grouped.patients, grouped.infusions, grouped.checks_done) == (
            one_group.patients,
            one_group.infusions,
            one_group.checks_done,
        )
        assert grouped.patients == 12 and grouped.infusions > 12
        assert grouped.flags == one_group.flags
        assert export_document(ctx) == export_document(whole)
    finally:
        whole.store.close()
        ctx.store.close()


@pytest.mark.parametrize("group_size", [1, 500])
def test_an_infusion_id_in_two_groups_is_refused_by_name(
    ctx: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, group_size: int
):
    monkeypatch.setattr(importing, "GROUP_PATIENTS", group_size)
    doc = _two_patients()
    doc["infusions"][1]["id"] = "inf-1"  # the second patient's infusion takes the first's id
    doc["checks"] = doc["checks"][:1]
    before = _dump(ctx)
    with pytest.raises(ValidationError) as err:
        import_file(ctx, _write(tmp_path / "in.json", doc))
    assert (err.value.record, err.value.field) == ("infusion inf-1", "id")
    assert err.value.problem == "appears twice in the file"
    assert _dump(ctx) == before


def test_a_check_of_an_infusion_not_in_the_file_is_named(ctx: Context, tmp_path: Path):
    doc = _two_patients()
    doc["checks"][1]["infusion_id"] = "inf-9"  # the second check of the file
    before = _dump(ctx)
    with pytest.raises(ValidationError) as err:
        import_file(ctx, _write(tmp_path / "in.json", doc))
    assert (err.value.record, err.value.field) == ("check inf-9 +24 h", "infusion_id")
    assert _dump(ctx) == before


def test_a_fault_in_a_later_group_writes_nothing_of_the_earlier_ones(
    ctx: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(importing, "GROUP_PATIENTS", 1)
    doc = _two_patients()
    doc["infusions"][1]["dose_g"] = -5
    before = _dump(ctx)
    with pytest.raises(ValidationError) as err:
        import_file(ctx, _write(tmp_path / "in.json", doc))
    assert (err.value.record, err.value.field) == ("infusion inf-2", "dose_g")
    assert _dump(ctx) == before


@pytest.mark.parametrize("valid", [True, False])
def test_the_scratch_copy_is_removed_whatever_the_outcome(
    ctx: Context, db_path: Path, tmp_path: Path, valid: bool
):
    doc = _two_patients()
    if not valid:
        doc["patients"][1]["sex"] = "unknown"
    path = _write(tmp_path / "in.json", doc)
    seen: list[list[str]] = []
    real = importing._import_staged

    def staged(*args: Any, **kwargs: Any) -> Any:
        seen.append(_scratch_copies(db_path.parent))
        return real(*args, **kwargs)

    importing._import_staged = staged  # type: ignore[assignment]
    try:
        if valid:
            assert import_file(ctx, path).patients == 2
        else:
            with pytest.raises(ValidationError):
                import_file(ctx, path)
    finally:
        importing._import_staged = real  # type: ignore[assignment]
    assert len(seen) == 1 and len(seen[0]) == 1  # it existed while the file was judged
    assert seen[0][0].startswith(f".{db_path.name}.import.")
    assert _scratch_copies(db_path.parent) == []


def _peak_bytes(ctx: Context, path: Path) -> int:
    tracemalloc.start()
    try:
        import_file(ctx, path)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_follows_a_group_not_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    # Before: the whole file was decoded at once, so the peak grew with the file (4x here).
    monkeypatch.setattr(importing, "GROUP_PATIENTS", 4)
    # The read buffer and the sealing round: small like the group, so that a small file
    # already reaches every bound.
    monkeypatch.setattr(staging, "FLUSH_ROWS", 20)
    monkeypatch.setattr(audit, "SEAL_ROUND", 50)
    peaks = []
    for patients in (4, 16, 64):  # the first warms caches that live beyond one import
        path = _write(
            tmp_path / f"{patients}.json", build_demo_document(patients=patients, now=NOW)
        )
        ctx = _demo_context(tmp_path / f"{patients}.db")
        try:
            peaks.append(_peak_bytes(ctx, path))
        finally:
            ctx.store.close()
    assert peaks[2] < 1.5 * peaks[1], peaks


@pytest.mark.parametrize(
    ("path", "record"),
    [
        (("patients", 0, "mrn"), "patient"),
        (("infusions", 0, "id"), "infusion"),
        (("infusions", 0, "mrn"), "infusion"),
        (("checks", 0, "infusion_id"), "check"),
    ],
)
def test_a_lone_surrogate_in_a_name_is_refused_by_name(
    ctx: Context, path: tuple[str, int, str], record: str
):
    # Before: the scratch copy could not store the key (UnicodeEncodeError escaped).
    doc = copy.deepcopy(SPEC_EXAMPLE)
    kind, index, key = path
    doc[kind][index][key] = "K-\ud800"
    before = _dump(ctx)
    with pytest.raises(ValidationError) as err:
        importing.import_document(ctx, doc)
    assert err.value.record.startswith(record)
    assert str(err.value).encode("utf-8")  # a message that can be shown and logged
    assert _dump(ctx) == before


def test_an_item_nested_too_deeply_is_refused_by_its_place(ctx: Context):
    # Before: RecursionError escaped from the scratch copy.
    doc = copy.deepcopy(SPEC_EXAMPLE)
    deep: list[Any] = []
    for _ in range(100_000):
        deep = [deep]
    doc["infusions"][0]["notes"] = deep
    with pytest.raises(ValidationError) as err:
        importing.import_document(ctx, doc)
    assert (err.value.record, err.value.field) == ("infusion #1", "json")
    assert err.value.problem == "nested too deeply"


@pytest.mark.parametrize("mrn", ["", " "])
def test_a_blank_mrn_is_refused_never_skipped(ctx: Context, mrn: str):
    # Before: the scratch copy's groups began after the empty key, so a patient or infusion
    # whose MRN was blank was never judged and the rest of the file was imported without it.
    doc = copy.deepcopy(SPEC_EXAMPLE)
    doc["infusions"][0]["mrn"] = mrn
    before = _dump(ctx)
    with pytest.raises(ValidationError) as err:
        importing.import_document(ctx, doc)
    assert (err.value.record, err.value.field) == ("infusion inf-1", "mrn")
    assert _dump(ctx) == before


def test_every_item_is_judged_once(ctx: Context, monkeypatch: pytest.MonkeyPatch):
    real = staging.Staging.groups

    def one_lost(self: staging.Staging, size: int) -> Any:
        for group in real(self, size):
            yield staging.Group(group.patients, group.infusions, group.checks[1:])

    monkeypatch.setattr(staging.Staging, "groups", one_lost)
    before = _dump(ctx)
    with pytest.raises(RuntimeError, match="judged 2 items of 3"):
        importing.import_document(ctx, copy.deepcopy(SPEC_EXAMPLE))
    assert _dump(ctx) == before
