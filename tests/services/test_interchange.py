"""Import is all or nothing; export then import into a fresh database gives the same data."""

from __future__ import annotations

import copy
import getpass
import json
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from ivigmon.demo.ward import build_demo_document
from ivigmon.domain.validation import ValidationError
from ivigmon.services import importing, users
from ivigmon.services.amend import EntryKind, mark_entered_in_error
from ivigmon.services.context import Context, open_context
from ivigmon.services.errors import NotPermitted
from ivigmon.services.importing import import_demo_ward, import_document, import_file
from ivigmon.services.interchange import DEMO_KEY, export_document
from ivigmon.services.settings import DEFAULT_IMPORT_MAX_MB, import_max_mb, save_import_max_mb
from ivigmon.storage.settings_store import load_settings
from tests.dumps import dump as dump_rows
from tests.factories import NOW, Clock, make_patient, start_infusion

from ..spec_example import SPEC_EXAMPLE


def dump(ctx) -> list[str]:
    """Every row of every table, as SQL text: equal dumps mean an untouched database."""
    return dump_rows(ctx.store.conn)


def test_the_spec_example_imports(ctx):
    result = import_document(ctx, copy.deepcopy(SPEC_EXAMPLE))
    assert (result.patients, result.infusions, result.checks_done) == (1, 1, 1)
    exported = export_document(ctx)
    assert [c["offset_h"] for c in exported["checks"]] == [24, 48, 72]
    assert exported["patients"][0]["measurements"] == SPEC_EXAMPLE["patients"][0]["measurements"]


def test_export_then_import_into_a_fresh_database_gives_the_same_data(ctx, tmp_path: Path):
    import_demo_ward(ctx, build_demo_document(patients=40, seed=7, now=NOW))
    first = export_document(ctx)
    other = open_context(tmp_path / "other.db", clock=Clock(NOW))
    try:
        # The records name their author ("demo"): only an administrator imports them.
        users.add_user(
            other,
            username="pharmacist",
            display_name="P",
            role="admin",
            password="copper lantern meadow quartz",
        )
        import_document(other, json.loads(json.dumps(first)))
        second = export_document(other)
    finally:
        other.store.close()
    # The same data; each author now says who brought the record into this database.
    for infusion in first["infusions"]:
        infusion["recorded_by"] += " (imported by pharmacist)"
    for review in first["alert_reviews"]:
        review["by"] += " (imported by pharmacist)"
    assert first["alert_reviews"]  # the demo ward's nurses have reviewed its older alerts
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
    import_demo_ward(ctx, build_demo_document(patients=5, seed=3, now=NOW))
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
def test_unreadable_files_name_the_file(ctx, tmp_path: Path, content: str | None, field: str):
    path = tmp_path / "in.json"
    if content is not None:
        path.write_text(content)
    with pytest.raises(ValidationError) as err:
        import_file(ctx, path)
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
    # 20 kg against the stored measured 14.2 kg: more than 20 % apart, kept and flagged; and
    # 4 days after the stored 28 g it joins that course: 56 g for 14.2 kg (SPEC 11.3).
    assert [(f.record, f.field) for f in result.flags] == [
        ("infusion inf-2", "dosing_weight_kg"),
        ("infusion inf-2", "course_dose"),
    ]
    born_later = copy.deepcopy(later)
    born_later["infusions"][0].update(id="inf-3", start="2019-01-01T09:00", end="2019-01-01T18:00")
    with pytest.raises(ValidationError) as err:
        import_document(ctx, born_later)
    assert (err.value.record, err.value.field) == ("infusion inf-3", "start")


# --------------------------------------------------------------------------------------------
# Validation holds no lock; the short write re-checks what may have changed meanwhile
# --------------------------------------------------------------------------------------------


def _during_validation(monkeypatch, action) -> None:
    """Run `action` while the import validates the file (as another workstation would)."""
    real = importing._validate_group

    def parse_and_meanwhile(*args: Any, **kwargs: Any) -> Any:
        action()
        return real(*args, **kwargs)

    monkeypatch.setattr(importing, "_validate_group", parse_and_meanwhile)


def test_other_workstations_can_save_while_a_file_is_validated(ctx, db_path, monkeypatch):
    saved: list[str] = []

    def save_elsewhere() -> None:
        other = sqlite3.connect(db_path, timeout=0)  # no waiting: a held lock fails at once
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
            saved.append("yes")
        finally:
            other.close()

    _during_validation(monkeypatch, save_elsewhere)
    assert import_document(ctx, copy.deepcopy(SPEC_EXAMPLE)).patients == 1
    assert saved == ["yes"]


def _other_workstation(db_target: str) -> Context:
    return open_context(db_target, clock=Clock(NOW), user="nurse.other")


def test_a_patient_added_meanwhile_is_refused_by_name(ctx, db_target, monkeypatch):
    after: list[list[str]] = []

    def register_the_same_mrn() -> None:
        other = _other_workstation(db_target)
        make_patient(other, "K-0001")
        # As the other workstation sees it: the import reads in its own snapshot meanwhile.
        after.append(dump(other))
        other.store.close()

    _during_validation(monkeypatch, register_the_same_mrn)
    with pytest.raises(ValidationError) as err:
        import_document(ctx, copy.deepcopy(SPEC_EXAMPLE))
    assert (err.value.record, err.value.field) == ("patient K-0001", "mrn")
    assert dump(ctx) == after[0]


def _infusion_of_a_stored_patient(infusion_id: str) -> dict[str, Any]:
    doc = copy.deepcopy(SPEC_EXAMPLE)
    doc["patients"] = []
    doc["checks"] = []
    doc["infusions"][0]["id"] = infusion_id
    return doc


def test_an_infusion_added_meanwhile_is_refused_by_name(ctx, db_target, monkeypatch):
    make_patient(ctx, "K-0001")
    after: list[list[str]] = []

    def start_an_infusion() -> None:
        other = _other_workstation(db_target)
        start_infusion(other, "K-0001")  # the next id: inf-000001
        # As the other workstation sees it: the import reads in its own snapshot meanwhile.
        after.append(dump(other))
        other.store.close()

    _during_validation(monkeypatch, start_an_infusion)
    with pytest.raises(ValidationError) as err:
        import_document(ctx, _infusion_of_a_stored_patient("inf-000001"))
    assert (err.value.record, err.value.field) == ("infusion inf-000001", "id")
    assert dump(ctx) == after[0]


def test_a_patient_marked_in_error_meanwhile_is_refused_by_name(ctx, db_target, monkeypatch):
    stored = make_patient(ctx, "K-0001")
    after: list[list[str]] = []

    def mark_in_error() -> None:
        other = _other_workstation(db_target)
        mark_entered_in_error(other, EntryKind.PATIENT, str(stored.id), "registered twice")
        # As the other workstation sees it: the import reads in its own snapshot meanwhile.
        after.append(dump(other))
        other.store.close()

    _during_validation(monkeypatch, mark_in_error)
    with pytest.raises(ValidationError) as err:
        import_document(ctx, _infusion_of_a_stored_patient("inf-9"))
    assert (err.value.record, err.value.field) == ("infusion inf-9", "mrn")
    assert dump(ctx) == after[0]


# --------------------------------------------------------------------------------------------
# Reading the file: a key twice, a number too long, the size limit, files that are not files
# --------------------------------------------------------------------------------------------


def test_a_key_given_twice_in_a_file_imports_nothing(ctx, tmp_path: Path):
    path = tmp_path / "in.json"
    text = json.dumps(SPEC_EXAMPLE).replace('"dose_g": 28.0', '"dose_g": 28, "dose_g": 280')
    path.write_text(text)
    before = dump(ctx)
    with pytest.raises(ValidationError) as err:
        import_file(ctx, path)
    assert (err.value.record, err.value.field) == ("infusion inf-1", "dose_g")
    assert dump(ctx) == before


def test_a_number_of_5000_digits_in_a_file_is_named(ctx, tmp_path: Path):
    path = tmp_path / "in.json"
    path.write_text(json.dumps(SPEC_EXAMPLE).replace('"hr": 112', '"hr": ' + "1" * 5000))
    before = dump(ctx)
    with pytest.raises(ValidationError) as err:
        import_file(ctx, path)
    # The reader takes numbers up to 2**63 - 1; past that it names the item and the key.
    assert (err.value.record, err.value.field) == ("infusion inf-1", "hr")
    assert err.value.problem == "a number too large to read"
    assert dump(ctx) == before


def _file_of(path: Path, size: int) -> Path:
    """The SPEC example, padded with spaces to exactly `size` bytes."""
    text = json.dumps(SPEC_EXAMPLE)
    path.write_text(text + " " * (size - len(text.encode())))
    assert path.stat().st_size == size
    return path


@pytest.mark.parametrize(
    ("size", "accepted"),
    [(1_000_000, True), (1_000_001, False)],  # the limit set to 1 MB
)
def test_the_import_size_limit_is_a_setting(ctx, tmp_path: Path, size: int, accepted: bool):
    save_import_max_mb(ctx, 1)
    path = _file_of(tmp_path / "in.json", size)
    if accepted:
        assert import_file(ctx, path).patients == 1
    else:
        with pytest.raises(ValidationError) as err:
            import_file(ctx, path)
        assert err.value.field == "size"
        assert "1 MB" in err.value.problem and "import.max_mb" in err.value.problem


@pytest.mark.parametrize(
    ("megabytes", "valid"), [(0, False), (1, True), (100_000, True), (100_001, False)]
)
def test_the_import_size_limit_has_bounds(ctx, megabytes: int, valid: bool):
    if valid:
        save_import_max_mb(ctx, megabytes)
        assert import_max_mb(ctx) == megabytes
    else:
        with pytest.raises(ValidationError):
            save_import_max_mb(ctx, megabytes)
        assert import_max_mb(ctx) == DEFAULT_IMPORT_MAX_MB == 200


@pytest.mark.parametrize(
    ("megabytes", "refused"),
    [(None, True), (200, True), (201, False), (5_000, False)],  # None: never set
)
def test_a_file_over_200_mb_needs_an_administrator_to_raise_the_limit(
    ctx, tmp_path: Path, megabytes: int | None, refused: bool
):
    # A sparse file of 200 MB and one byte: its size is all that is looked at before reading.
    path = tmp_path / "national.json"
    with path.open("wb") as handle:
        handle.truncate(200_000_001)
    if megabytes is not None:
        save_import_max_mb(ctx, megabytes)
    with pytest.raises(ValidationError) as err:
        import_file(ctx, path)
    if refused:
        assert err.value.field == "size"
        assert f"import limit of {megabytes or 200} MB" in err.value.problem
        assert "an administrator can raise it" in err.value.problem
    else:  # read, and refused for what it holds (a file of zero bytes is no JSON)
        assert err.value.field != "size"


def _fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.json"
    os.mkfifo(path)
    return path


@pytest.mark.timeout(20)  # before: opening a pipe waited for a writer forever
@pytest.mark.parametrize(
    ("make", "problem"),
    [
        (_fifo, "not a regular file"),
        (lambda _: Path(os.devnull), "not a regular file"),
        (lambda tmp: tmp, "is a folder"),
    ],
)
def test_only_regular_files_are_read(ctx, tmp_path: Path, make, problem: str):
    with pytest.raises(ValidationError) as err:
        import_file(ctx, make(tmp_path))
    assert err.value.field == "path"
    assert problem in err.value.problem


# --------------------------------------------------------------------------------------------
# Roles and authors
# --------------------------------------------------------------------------------------------

ACCOUNTS = {"lead": "admin", "anna": "nurse", "desk": "ward_staff"}


def _sign_in(ctx: Context, username: str) -> None:
    if not users.accounts_exist(ctx):
        for name, role in ACCOUNTS.items():
            users.add_user(
                ctx,
                username=name,
                display_name=name,
                role=role,
                password="copper lantern meadow quartz",
            )
    users.sign_in(ctx, username, "copper lantern meadow quartz")


@pytest.mark.parametrize(
    ("username", "allowed"), [("lead", True), ("anna", False), ("desk", False)]
)
def test_only_administrators_import(ctx, tmp_path: Path, username: str, allowed: bool):
    _sign_in(ctx, username)
    before = dump(ctx)
    path = _file_of(tmp_path / "in.json", 10_000)
    demo = build_demo_document(patients=2, seed=1, now=NOW)
    if allowed:
        assert import_file(ctx, path).patients == 1
        return
    for action in (
        lambda: import_file(ctx, path),
        lambda: import_document(ctx, copy.deepcopy(SPEC_EXAMPLE)),
        lambda: import_demo_ward(ctx, demo),
    ):
        with pytest.raises(NotPermitted):
            action()
    assert dump(ctx) == before


def _authored(recorded_by: str, done_by: str) -> dict[str, Any]:
    doc = copy.deepcopy(SPEC_EXAMPLE)
    doc["infusions"][0]["recorded_by"] = recorded_by
    doc["checks"][0]["done_by"] = done_by
    return doc


def test_without_accounts_a_file_may_name_no_one_but_the_importer(ctx):
    before = dump(ctx)
    with pytest.raises(ValidationError) as err:
        import_document(ctx, _authored("anna", "nurse.test"))
    assert (err.value.record, err.value.field) == ("infusion inf-1", "recorded_by")
    with pytest.raises(ValidationError) as err:
        import_document(ctx, _authored("nurse.test", "anna"))
    assert (err.value.record, err.value.field) == ("check inf-1 +24 h", "done_by")
    assert dump(ctx) == before
    import_document(ctx, _authored("nurse.test", "nurse.test"))
    exported = export_document(ctx)
    assert exported["infusions"][0]["recorded_by"] == "nurse.test"
    assert exported["checks"][0]["done_by"] == "nurse.test"


def test_an_administrator_imports_authors_named_beside_the_importer(ctx):
    _sign_in(ctx, "lead")
    import_document(ctx, _authored("anna", "ben"))
    exported = export_document(ctx)
    assert exported["infusions"][0]["recorded_by"] == "anna (imported by lead)"
    assert exported["checks"][0]["done_by"] == "ben (imported by lead)"


def test_without_accounts_the_operating_system_user_is_marked(db_path: Path):
    ctx = open_context(db_path, clock=Clock(NOW))
    try:
        assert ctx.user == f"os:{getpass.getuser()}"
        import_document(ctx, copy.deepcopy(SPEC_EXAMPLE))  # names no author
        assert export_document(ctx)["infusions"][0]["recorded_by"] == ctx.user
    finally:
        ctx.store.close()


# --------------------------------------------------------------------------------------------
# The demo ward goes only into a database of its own
# --------------------------------------------------------------------------------------------


def test_the_demo_ward_is_refused_by_a_database_with_a_patient(ctx):
    make_patient(ctx, "W-0001")
    before = dump(ctx)
    with pytest.raises(ValidationError) as err:
        import_demo_ward(ctx, build_demo_document(patients=3, seed=1, now=NOW))
    assert err.value.field == "patients" and "did not add" in err.value.problem
    assert dump(ctx) == before


@pytest.mark.parametrize(
    ("added", "field"),
    [
        (lambda ctx: make_patient(ctx, "W-0001"), "patients"),
        (lambda ctx: start_infusion(ctx, "K-0001"), "infusions"),
    ],
)
def test_the_demo_ward_is_refused_once_the_ward_records_in_it(ctx, added, field: str):
    import_demo_ward(ctx, build_demo_document(patients=3, seed=1, now=NOW))
    added(ctx)
    before = dump(ctx)
    with pytest.raises(ValidationError) as err:
        import_demo_ward(ctx, build_demo_document(patients=3, seed=2, now=NOW))
    assert err.value.field == field
    assert dump(ctx) == before


def test_the_demo_ward_records_what_it_added(ctx):
    result = import_demo_ward(ctx, build_demo_document(patients=3, seed=1, now=NOW))
    with ctx.store.read() as conn:
        marker = load_settings(conn)[DEMO_KEY]
    assert marker["patients"] == result.patients == 3
    assert marker["infusions"] == result.infusions
    # Another demo ward is refused only by its own MRNs (the same K-0001...).
    with pytest.raises(ValidationError) as err:
        import_demo_ward(ctx, build_demo_document(patients=3, seed=2, now=NOW))
    assert (err.value.record, err.value.field) == ("patient K-0001", "mrn")
