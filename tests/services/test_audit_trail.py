"""Tampering with the audit trail is found: anchors outside the file, rows against their newest
entry, the triggers, entries written by another program, keyed entries, times."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from ivigmon.services import audit, patients, settings
from ivigmon.services import backup as backups
from ivigmon.services.audit import Check
from ivigmon.services.context import Context, open_context
from ivigmon.storage.audit_key import KEY_FILE_ENV, AuditKeyUnusable
from tests.factories import NOW, Clock, make_patient, patient, start_infusion
from tests.storage.forgery import (
    attacker,
    delete_newest_entries,
    foreign_writer,
    forge_dose,
    without_trigger,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def checks(report: audit.AuditReport) -> set[Check]:
    return {f.check for f in report.findings}


def texts(report: audit.AuditReport, check: Check) -> str:
    return "\n".join(f.text for f in report.findings if f.check is check)


@pytest.fixture
def anchors(db_target: str) -> Path:
    return backups.default_backup_folder(db_target)


def reopen(target: str | Path, clock: Clock) -> Context:
    return open_context(target, clock=clock, user="nurse.test")


# --- (a) a rewritten trail, checked against heads kept outside the file ---------------------


def test_a_forged_dose_with_a_rehashed_chain_fails_against_an_earlier_anchor(
    ctx: Context, db_target: str, anchors: Path, clock: Clock
):
    make_patient(ctx)
    started = start_infusion(ctx, dose_g=28.0)
    anchored = audit.record_anchor(ctx, anchors)
    ctx.store.close()

    forge_dose(db_target, started.id, 14.0)

    forged = reopen(db_target, clock)
    try:
        # The file alone is consistent: chain, rows, triggers and times all agree ...
        assert audit.verify(forged).intact
        # ... but not with the head written to the anchors log before the forgery.
        report = audit.verify(forged, anchors_folder=anchors)
    finally:
        forged.store.close()
    assert checks(report) == {Check.ANCHORS}
    assert f"entry {anchored.entries} of the chain" in texts(report, Check.ANCHORS)
    assert "anchors.log line 1" in texts(report, Check.ANCHORS)


def test_a_given_head_is_checked_too(ctx: Context, db_target: str, clock: Clock):
    make_patient(ctx)
    started = start_infusion(ctx)
    written_down = audit.current_head(ctx)
    assert audit.verify(ctx, heads=[written_down]).intact
    ctx.store.close()
    forge_dose(db_target, started.id, 1.0)
    forged = reopen(db_target, clock)
    try:
        report = audit.verify(forged, heads=[written_down])
    finally:
        forged.store.close()
    assert "the head given does not match" in texts(report, Check.ANCHORS)


def test_deleting_the_newest_entries_is_found_by_an_anchor(
    ctx: Context, db_target: str, anchors: Path, clock: Clock
):
    make_patient(ctx)
    start_infusion(ctx)
    anchored = audit.record_anchor(ctx, anchors)
    ctx.store.close()

    delete_newest_entries(db_target, 3)

    cut = reopen(db_target, clock)
    try:
        report = audit.verify(cut, anchors_folder=anchors)
    finally:
        cut.store.close()
    assert (
        f"recorded {anchored.entries} entries ({anchored.text()}) but the chain now holds "
        f"{anchored.entries - 3}: entries were removed"
    ) in texts(report, Check.ANCHORS)
    assert Check.CHAIN not in checks(report)  # what is left is a valid chain


def test_every_backup_carries_the_head_of_its_copy(
    ctx: Context, db_path: Path, tmp_path: Path, anchors: Path
):
    # A copy of the file (a server's copies are made with the server's own tools).
    make_patient(ctx)
    copy = backups.backup(ctx, tmp_path / "usb" / "ward-copy.db")
    side = copy.with_name(copy.name + ".anchor")
    head = audit.current_head(ctx)
    assert head.text() in side.read_text()
    assert head.text() in (anchors / "anchors.log").read_text()
    if os.name == "posix":
        assert side.stat().st_mode & 0o777 == 0o400
    made = backups.automatic_backup(ctx, anchors, now=NOW)
    assert made is not None and made.with_name(made.name + ".anchor").is_file()


def test_the_anchors_log_is_only_appended_to_and_skips_a_repeated_head(
    ctx: Context, anchors: Path, clock: Clock
):
    make_patient(ctx)
    first = audit.record_anchor(ctx, anchors)
    audit.record_anchor(ctx, anchors)  # nothing written since: the same head
    clock.now = NOW + timedelta(minutes=1)
    make_patient(ctx, "K-0002")
    second = audit.record_anchor(ctx, anchors, "start")
    lines = (anchors / "anchors.log").read_text().splitlines()
    assert len(lines) == 2
    assert lines[0].endswith(first.text()) and " anchor " in lines[0]
    assert lines[1] == f"2026-03-10T12:01:00 start {second.text()}"
    assert audit.verify(ctx, anchors_folder=anchors).anchors_checked == 2


def test_a_line_of_the_anchors_log_without_a_head_is_noted_not_fatal(ctx: Context, anchors: Path):
    make_patient(ctx)
    audit.record_anchor(ctx, anchors)
    with (anchors / "anchors.log").open("a") as log:
        log.write("2026-03-10T12:00:00 anchor ivigmon-audit-head entries=1\n")
    report = audit.verify(ctx, anchors_folder=anchors)
    assert report.intact and report.notes == ["anchors.log line 2 holds no head"]


# --- (c) a row changed with the triggers dropped; the triggers themselves --------------------


def test_a_row_changed_with_its_trigger_dropped_and_recreated_is_named(
    ctx: Context, db_target: str, clock: Clock, engine: str
):
    make_patient(ctx)
    started = start_infusion(ctx, dose_g=28.0)
    ctx.store.close()
    conn = attacker(db_target)
    with without_trigger(conn, "audit_infusions_update"):
        conn.execute("UPDATE infusions SET dose_g = 56.0 WHERE id = ?", (started.id,))
    conn.close()

    changed = reopen(db_target, clock)
    try:
        report = audit.verify(changed)
    finally:
        changed.store.close()
    assert checks(report) == {Check.ROWS}
    found = texts(report, Check.ROWS)
    assert f"infusions {started.id} differs from its newest audit entry" in found
    # Each engine's JSON writes the numbers its own way (the server: a whole 28.0 as 28).
    shown = {"sqlite": "28.0 in the trail, 56.0", "postgresql": "28 in the trail, 56"}
    assert f"dose_g: {shown[engine]} in the table" in found


@pytest.mark.parametrize("attack", ["insert", "delete"])
def test_rows_written_or_deleted_without_triggers_are_named(
    ctx: Context, db_target: str, clock: Clock, attack: str
):
    make_patient(ctx)
    settings.save_workstation_settings(ctx, lock_minutes=10, keep_days=7)
    ctx.store.close()
    conn = attacker(db_target)
    if attack == "insert":
        with without_trigger(conn, "audit_patients_insert"):
            conn.execute(
                "INSERT INTO patients (id, mrn, name, sex, birth_date, recorded_at, recorded_by) "
                "VALUES (66, 'K-0066', 'Nobody', 'F', '2019-01-01', 'x', 'y')"
            )
        expected = "patients 66 has no audit entry: it was written with the audit triggers dropped"
    else:
        with without_trigger(conn, "no_delete_settings"):
            conn.execute("DELETE FROM settings")
        expected = "has audit entries but is no longer in the table: it was deleted"
    conn.close()
    reopened = reopen(db_target, clock)
    try:
        report = audit.verify(reopened)
    finally:
        reopened.store.close()
    assert checks(report) == {Check.ROWS}
    assert expected in texts(report, Check.ROWS)


@pytest.mark.parametrize(
    ("attack", "expected"),
    [
        ("DROP TRIGGER audit_vitals_insert", "trigger audit_vitals_insert on vitals is missing"),
        (
            "DROP TRIGGER no_delete_checks; CREATE TRIGGER no_delete_checks BEFORE DELETE ON "
            "checks BEGIN SELECT 1; END",
            "trigger no_delete_checks on checks differs from the one ivigmon creates",
        ),
        (
            "CREATE TRIGGER quiet AFTER INSERT ON audit_log BEGIN "
            "UPDATE audit_log SET user = 'someone' WHERE id = NEW.id; END",
            "trigger quiet on audit_log is not one of ivigmon's",
        ),
    ],
)
def test_a_missing_changed_or_extra_trigger_is_named(
    ctx: Context, db_path: Path, clock: Clock, attack: str, expected: str
):
    ctx.store.close()
    conn = attacker(db_path)
    conn.executescript(attack)
    conn.close()
    reopened = reopen(db_path, clock)
    try:
        report = audit.verify(reopened)
    finally:
        reopened.store.close()
    assert texts(report, Check.TRIGGERS) == expected


_QUIET = """CREATE FUNCTION quiet() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN UPDATE audit_log SET "user" = 'someone' WHERE id = NEW.id; RETURN NULL; END $$"""


@pytest.mark.parametrize("engine", ["postgresql"])
@pytest.mark.parametrize(
    ("attack", "expected"),
    [
        ("DROP TRIGGER audit_vitals ON vitals", "trigger audit_vitals on vitals is missing"),
        (
            "ALTER TABLE checks DISABLE TRIGGER no_delete_checks",
            "trigger no_delete_checks on checks is disabled",
        ),
        (
            "ALTER TABLE checks ENABLE REPLICA TRIGGER no_delete_checks",
            "trigger no_delete_checks on checks is disabled",
        ),
        (
            "DROP TRIGGER audit_infusions ON infusions; CREATE TRIGGER audit_infusions AFTER "
            "INSERT ON infusions FOR EACH ROW EXECUTE FUNCTION ivigmon_audit_row('id')",
            "trigger audit_infusions on infusions differs from the one ivigmon creates",
        ),
        (
            "DROP TRIGGER audit_infusion_lots ON infusion_lots; CREATE TRIGGER "
            "audit_infusion_lots AFTER INSERT OR UPDATE ON infusion_lots FOR EACH ROW "
            "EXECUTE FUNCTION ivigmon_audit_row('lot')",
            "trigger audit_infusion_lots on infusion_lots differs from the one ivigmon creates",
        ),
        (
            "DROP TRIGGER audit_patients ON patients; CREATE TRIGGER audit_patients AFTER "
            "INSERT OR UPDATE ON patients FOR EACH ROW WHEN (NEW.name <> 'x') "
            "EXECUTE FUNCTION ivigmon_audit_row('id')",
            "trigger audit_patients on patients differs from the one ivigmon creates",
        ),
        (
            f"{_QUIET}; CREATE TRIGGER quiet AFTER INSERT ON audit_log "
            "FOR EACH ROW EXECUTE FUNCTION quiet()",
            "trigger quiet on audit_log is not one of ivigmon's",
        ),
        (
            "CREATE OR REPLACE FUNCTION ivigmon_no_delete() RETURNS trigger LANGUAGE plpgsql "
            "SET search_path = pg_catalog, public, pg_temp AS $$BEGIN RETURN OLD; END$$",
            "function ivigmon_no_delete differs from the one ivigmon creates",
        ),
        (
            "ALTER FUNCTION ivigmon_audit_row() SECURITY INVOKER",
            "function ivigmon_audit_row differs from the one ivigmon creates",
        ),
        (
            "ALTER FUNCTION ivigmon_actor() RESET search_path",
            "function ivigmon_actor differs from the one ivigmon creates",
        ),
        (
            "DROP FUNCTION ivigmon_sign_in_failure(text, text)",
            "function ivigmon_sign_in_failure is missing",
        ),
        (
            "CREATE RULE hide AS ON INSERT TO audit_log WHERE NEW.table_name = 'vitals' "
            "DO INSTEAD NOTHING",
            "rule hide on audit_log is not one of ivigmon's",
        ),
        (
            "ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY",
            "row security is on for audit_log: rows of it may be hidden from this check",
        ),
    ],
)
def test_a_missing_changed_disabled_or_extra_server_trigger_is_named(
    ctx: Context, db_target: str, attack: str, expected: str
):
    assert audit.verify(ctx).intact
    conn = attacker(db_target)
    conn.execute(attack)
    conn.close()
    report = audit.verify(ctx)
    assert texts(report, Check.TRIGGERS) == expected


# --- (b) entries written by another program are never sealed by ivigmon ---------------------


def test_an_entry_written_by_another_program_stays_unsealed_and_is_named(
    ctx: Context, db_target: str
):
    make_patient(ctx)
    foreign = foreign_writer(db_target)
    foreign.execute("UPDATE patients SET name = 'Someone Else' WHERE mrn = 'K-0001'")
    planted = foreign.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    foreign.close()

    make_patient(ctx, "K-0002")  # ivigmon's next write must not seal the planted entry

    with ctx.store.read() as conn:
        assert (
            conn.execute("SELECT hash FROM audit_log WHERE id = ?", (planted,)).fetchone()[0]
            is None
        )
        newest = conn.execute("SELECT max(id) FROM audit_log WHERE hash IS NOT NULL").fetchone()[0]
    assert newest > planted  # ivigmon's own entries were sealed, after it
    report = audit.verify(ctx)
    assert checks(report) == {Check.OUTSIDE}
    assert texts(report, Check.OUTSIDE) == (
        f"entry {planted} (update of patients 1 by 'nurse.test') was never sealed: "
        "another program wrote it"
    )


# --- keyed entries (HMAC-SHA256) ---------------------------------------------------------------


@pytest.fixture
def key_file(tmp_path: Path) -> Path:
    folder = tmp_path / "secrets"
    folder.mkdir(mode=0o700)
    path = folder / "audit.key"
    path.write_text("9f" * 32 + "\n")
    path.chmod(0o600)
    return path


@pytest.fixture
def ward_db(tmp_path: Path) -> Path:
    """A database in its own folder, so that a key beside it is outside that folder."""
    folder = tmp_path / "ward"
    folder.mkdir()
    return folder / "ward.db"


@pytest.fixture
def keyed(monkeypatch: pytest.MonkeyPatch, key_file: Path) -> Iterator[Path]:
    monkeypatch.setenv(KEY_FILE_ENV, str(key_file))
    yield key_file


def _stored_hashes(target: str) -> list[str]:
    conn = attacker(target)
    try:
        return [r[0] for r in conn.execute("SELECT hash FROM audit_log ORDER BY id")]
    finally:
        conn.close()


def test_keyed_entries_verify_with_the_key_and_cannot_be_checked_without_it(
    empty_target: str, key_file: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
):
    clock = Clock(NOW)
    monkeypatch.setenv(KEY_FILE_ENV, str(key_file))
    with_key = reopen(empty_target, clock)
    try:
        make_patient(with_key)
        report = audit.verify(with_key)
    finally:
        with_key.store.close()
    assert report.intact and report.keyed == report.sealed > 0
    assert all(h.startswith("hmac-sha256:") for h in _stored_hashes(empty_target))

    monkeypatch.delenv(KEY_FILE_ENV)
    without = reopen(empty_target, clock)
    try:
        report = audit.verify(without)
    finally:
        without.store.close()
    assert checks(report) == {Check.KEY}
    assert "are keyed with HMAC-SHA256" in texts(report, Check.KEY)
    assert f"set {KEY_FILE_ENV}" in texts(report, Check.KEY)

    other = tmp_path / "secrets" / "other.key"
    other.write_text("a1" * 32)
    other.chmod(0o600)
    monkeypatch.setenv(KEY_FILE_ENV, str(other))
    wrong = reopen(empty_target, clock)
    try:
        report = audit.verify(wrong)
    finally:
        wrong.store.close()
    assert "the key given is another one" in texts(report, Check.KEY)


def test_older_plain_entries_still_verify_once_a_key_is_set(
    empty_target: str, key_file: Path, monkeypatch: pytest.MonkeyPatch
):
    clock = Clock(NOW)
    plain = reopen(empty_target, clock)
    make_patient(plain)
    plain.store.close()
    monkeypatch.setenv(KEY_FILE_ENV, str(key_file))
    with_key = reopen(empty_target, clock)
    try:
        make_patient(with_key, "K-0002")
        report = audit.verify(with_key)
    finally:
        with_key.store.close()
    assert report.intact and 0 < report.keyed < report.sealed


def test_a_keyed_trail_cannot_be_rewritten_without_the_key(empty_target: str, keyed: Path):
    clock = Clock(NOW)
    ctx = reopen(empty_target, clock)
    make_patient(ctx)
    started = start_infusion(ctx)
    ctx.store.close()

    forge_dose(empty_target, started.id, 1.0)  # the whole chain rehashed with plain SHA-256

    forged = reopen(empty_target, clock)
    try:
        report = audit.verify(forged)
    finally:
        forged.store.close()
    assert "the newest entry" in texts(report, Check.KEY)
    assert "is not keyed although the key" in texts(report, Check.KEY)


def test_plain_entries_after_keyed_ones_are_named(empty_target: str, keyed: Path):
    clock = Clock(NOW)
    ctx = reopen(empty_target, clock)
    make_patient(ctx)
    ctx.store.close()
    conn = foreign_writer(empty_target)
    conn.execute("UPDATE patients SET name = 'Someone Else' WHERE mrn = 'K-0001'")
    with without_trigger(conn, "audit_log_append_only"):
        # Seal the planted entry the published way, chained on the last keyed hash.
        last = conn.execute(
            "SELECT hash FROM audit_log WHERE hash IS NOT NULL ORDER BY id DESC LIMIT 1"
        ).fetchone()[0]
        conn.execute(
            "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE hash IS NULL", (last, "0" * 64)
        )
    conn.close()
    report_ctx = reopen(empty_target, clock)
    try:
        report = audit.verify(report_ctx)
    finally:
        report_ctx.store.close()
    assert "were sealed without the key after the trail became keyed" in texts(report, Check.KEY)


@posix_only
@pytest.mark.parametrize(
    ("setup", "problem"),
    [
        ("missing", "cannot be read"),
        ("group-readable", "can be read by other users; make it owner-only"),
        ("beside the database", "is in the database's folder"),
        ("too short", "holds 31 characters; a key needs at least 32"),
        ("a folder", "is not a regular file"),
    ],
)
def test_an_unusable_key_file_is_refused_before_anything_is_written(
    ward_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, setup: str, problem: str
):
    key = tmp_path / "secrets" / "audit.key"
    key.parent.mkdir()
    if setup == "beside the database":
        key = ward_db.parent / "audit.key"
    if setup == "a folder":
        key.mkdir()
    elif setup != "missing":
        key.write_text("x" * (31 if setup == "too short" else 64))
        key.chmod(0o640 if setup == "group-readable" else 0o600)
    monkeypatch.setenv(KEY_FILE_ENV, str(key))
    with pytest.raises(AuditKeyUnusable) as refused:
        open_context(ward_db)
    assert problem in str(refused.value) and KEY_FILE_ENV in str(refused.value)
    assert not ward_db.exists()


def test_a_key_of_exactly_32_characters_is_accepted(
    ward_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    key = tmp_path / "audit.key"
    key.write_text("k" * 32)
    key.chmod(0o600)
    monkeypatch.setenv(KEY_FILE_ENV, str(key))
    ctx = open_context(ward_db)
    try:
        assert ctx.store.audit_key is not None
        assert "k" * 32 not in repr(ctx.store.audit_key)
    finally:
        ctx.store.close()


# --- entry times -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("back", "reported"),
    [
        (timedelta(0), False),
        (timedelta(minutes=5), False),
        (timedelta(minutes=5, seconds=1), True),
        (timedelta(hours=3), True),
    ],
)
def test_an_entry_earlier_than_the_one_before_it_is_named(
    ctx: Context, clock: Clock, back: timedelta, reported: bool
):
    make_patient(ctx)
    clock.now = NOW - back
    patients.register_patient(ctx, patient("K-0002"))
    report = audit.verify(ctx)
    assert (Check.TIMES in checks(report)) is reported
    if reported:
        assert f"at {(NOW - back).isoformat()} is earlier than entry" in texts(report, Check.TIMES)


def test_a_tampered_chain_still_names_its_first_broken_entry(ctx: Context, db_target: str):
    make_patient(ctx)
    conn = attacker(db_target)
    with without_trigger(conn, "audit_log_append_only"):
        conn.execute("""UPDATE audit_log SET "user" = 'mallory' WHERE id = 3""")
    conn.close()
    report = audit.verify(ctx)
    assert report.first_broken_id == 3
    assert "entry 3 was changed after it was written" in texts(report, Check.CHAIN)
