"""Import (all or nothing) and export of the `ivigmon/1` interchange format."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import sqlite3
import stat
import tempfile
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ivigmon.domain.followup import schedule_checks
from ivigmon.domain.identifiers import identifier_key
from ivigmon.domain.import_authors import attribute_authors
from ivigmon.domain.interchange import Document
from ivigmon.domain.interchange_json import decode_json
from ivigmon.domain.interchange_read import parse_document
from ivigmon.domain.interchange_write import to_document
from ivigmon.domain.models import Patient
from ivigmon.domain.roles import Permission, Role
from ivigmon.domain.validation import (
    Flag,
    ValidationError,
    infusion_record,
    look_alike,
    patient_record,
    show,
)
from ivigmon.services.context import Context
from ivigmon.services.errors import DiskFull, EnvironmentFailure
from ivigmon.services.screen_state import refresh_patients
from ivigmon.services.settings import IMPORT_MAX_MB_KEY, import_max_mb
from ivigmon.storage import checks as check_rows
from ivigmon.storage import infusions as infusion_rows
from ivigmon.storage import patients as patient_rows
from ivigmon.storage.records import load_records
from ivigmon.storage.settings_store import load_settings, save_setting
from ivigmon.storage.stamp import Stamp

MEGABYTE = 1_000_000
# Written by the demo ward's import in its own transaction: how many patient and infusion rows
# the demo ward has added. Rows are never deleted, so more rows than that are someone's records.
DEMO_KEY = "demo.ward"
# Errors of a full disk or a file size limit: the disk's fault, not the file's.
_NO_SPACE = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})


@dataclass(frozen=True)
class ImportResult:
    patients: int
    infusions: int
    checks_done: int
    flags: tuple[Flag, ...]


def check_import_path(path: str | os.PathLike[str]) -> None:
    """Refuse, before anything is opened, a path that is missing or is not a regular file."""
    record = f"file {os.fspath(path)}"
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise ValidationError(record, "path", "no such file") from None
    except OSError as exc:
        raise ValidationError(record, "path", f"cannot be read ({exc.strerror})") from None
    _refuse_special(record, info)


def _refuse_special(record: str, info: os.stat_result) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise ValidationError(record, "path", "is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise ValidationError(
            record, "path", "is not a regular file (a device, pipe or socket cannot be imported)"
        )


def read_json_file(path: str | os.PathLike[str], *, max_bytes: int) -> Any:
    """The JSON in a regular file of at most `max_bytes`, or a ValidationError that names the
    file and the problem. Objects that repeat a key and numbers too long to convert are left
    marked for `parse_document` to refuse by record and field (`interchange_json`)."""
    record = f"file {os.fspath(path)}"
    raw = _read_regular_file(record, path, max_bytes)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValidationError(record, "path", f"cannot be read ({exc})") from None
    try:
        return decode_json(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            record, "json", f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except RecursionError:
        raise ValidationError(record, "json", "nested too deeply") from None


def _read_regular_file(record: str, path: str | os.PathLike[str], max_bytes: int) -> bytes:
    """At most `max_bytes` (+1 to notice more) from a regular file, checked on the open file.

    O_NONBLOCK: opening a named pipe must not wait for a writer; the check of the open file
    (not of the name, which may change in between) then refuses it.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except FileNotFoundError:
        raise ValidationError(record, "path", "no such file") from None
    except IsADirectoryError:
        raise ValidationError(record, "path", "is a folder, not a file") from None
    except OSError as exc:
        raise ValidationError(record, "path", f"cannot be read ({exc.strerror})") from None
    try:
        info = os.fstat(fd)
        _refuse_special(record, info)
        _refuse_larger(record, info.st_size, max_bytes)
    except BaseException:
        os.close(fd)
        raise
    with os.fdopen(fd, "rb") as handle:
        try:
            raw = handle.read(max_bytes + 1)
        except OSError as exc:
            raise ValidationError(record, "path", f"cannot be read ({exc.strerror})") from None
    _refuse_larger(record, len(raw), max_bytes)  # it grew after the check
    return raw


def _refuse_larger(record: str, size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise ValidationError(
            record,
            "size",
            f"larger than the import limit of {max_bytes // MEGABYTE} MB (setting "
            f"{IMPORT_MAX_MB_KEY}); an administrator can raise it",
        )


def read_import_file(ctx: Context, path: str | os.PathLike[str]) -> Any:
    """The decoded JSON of a file to import, read only by who may import, within the limit."""
    ctx.require(Permission.IMPORT)
    return read_json_file(path, max_bytes=import_max_mb(ctx) * MEGABYTE)


def import_document(ctx: Context, data: Any) -> ImportResult:
    """Validate the whole document without holding the write lock, then write it in one short
    transaction that re-checks what another workstation may have added meanwhile; or write
    nothing. The authors a file names are kept as `domain/import_authors.py` says."""
    ctx.require(Permission.IMPORT)
    document = attribute_authors(
        _validate(ctx, data),
        importer=ctx.user,
        may_name_others=ctx.accounts and ctx.role is Role.ADMIN,
    )
    stamp = ctx.stamp()
    with ctx.store.write() as conn:
        done = _write(ctx, conn, document, stamp)
    return _result(document, done)


def import_demo_ward(ctx: Context, data: Any) -> ImportResult:
    """Import the synthetic demo ward, only into a database that holds nothing else.

    The demo's records name the author `demo`, nobody's name, and are kept so. A database with
    any patient or infusion that a demo import did not add is refused: synthetic patients in a
    ward's records could never be removed.
    """
    ctx.require(Permission.IMPORT)
    with ctx.store.read() as conn:
        refuse_records_of_the_ward(ctx, conn)
    document = _validate(ctx, data)
    stamp = ctx.stamp()
    with ctx.store.write() as conn:
        refuse_records_of_the_ward(ctx, conn)
        done = _write(ctx, conn, document, stamp)
        mark_demo_records(conn, stamp)
    return _result(document, done)


def mark_demo_records(conn: sqlite3.Connection, stamp: Stamp) -> None:
    """Every patient and infusion row now in the database came from a demo import."""
    added = {
        "patients": patient_rows.count_patients(conn),
        "infusions": infusion_rows.count_infusions(conn),
    }
    save_setting(conn, DEMO_KEY, added, stamp.at, stamp.by)


def refuse_records_of_the_ward(ctx: Context, conn: sqlite3.Connection) -> None:
    """A database holding any patient or infusion a demo import did not add is refused."""
    marker = load_settings(conn).get(DEMO_KEY)
    demo = marker if isinstance(marker, dict) else {}
    for kind, count in (
        ("patients", patient_rows.count_patients(conn)),
        ("infusions", infusion_rows.count_infusions(conn)),
    ):
        added = demo.get(kind)
        by_demo = added if isinstance(added, int) and not isinstance(added, bool) else 0
        if count > by_demo:
            raise ValidationError(
                f"database {ctx.store.path}",
                kind,
                f"holds {count - by_demo} {kind} that the demo ward did not add; the demo ward "
                "goes only into a new database or one that holds nothing but the demo ward",
            )


def _validate(ctx: Context, data: Any) -> Document:
    """Parse against a snapshot of what the database holds (no lock is kept meanwhile)."""
    with ctx.store.read() as conn:
        known = set(patient_rows.active_mrns(conn))
        # The stored patients the file's infusions name, by the MRN as the file writes it
        # (`k-0001` finds `K-0001`).
        referred = _stored_owners(conn, _infusion_field(data, "mrn"))
        stored = patient_rows.load_patients(conn, list(set(referred.values())))
        known_ids = infusion_rows.existing_infusion_ids(conn, _infusion_field(data, "id"))
    return parse_document(
        data,
        product_ids=ctx.products().keys(),
        check_offsets=ctx.check_settings().offsets_h,
        now=ctx.now(),
        known_mrns=known,
        known_infusion_ids=known_ids,
        known_patients={mrn: stored[patient_id] for mrn, patient_id in referred.items()},
    )


def _stored_owners(conn: sqlite3.Connection, mrns: Collection[str]) -> dict[str, int]:
    """Stored patients (not in error) by the MRN as written; a look-alike finds its patient."""
    return {
        mrn: patient_id
        for mrn in sorted(set(mrns))
        if (patient_id := patient_rows.patient_id_for(conn, mrn)) is not None
    }


def _write(ctx: Context, conn: sqlite3.Connection, document: Document, stamp: Stamp) -> int:
    """Insert a validated document inside the write transaction, with the screens' state of
    every patient it touches; returns the checks done."""
    settings = ctx.check_settings()
    _refuse_taken(conn, document.patients)
    stored = _owners(conn, document)
    ids: dict[str, int] = {}  # by look-alike key: `k-0001` in an infusion is `K-0001`
    for patient in document.patients:
        ids[identifier_key(patient.mrn)] = patient_rows.insert_patient(conn, patient, stamp)
    for infusion in document.infusions:
        patient_id = ids.get(identifier_key(infusion.mrn)) or stored[infusion.mrn]
        infusion_rows.insert_infusion(conn, patient_id, infusion, stamp)
        if infusion.end is not None:
            check_rows.insert_checks(
                conn, schedule_checks(infusion.id, infusion.end, settings), stamp
            )
    done = 0
    for check in document.checks:
        if check.done_at is not None:
            done += check_rows.complete_check(conn, check)
    refresh_patients(ctx, conn, set(ids.values()) | set(stored.values()))
    return done


def _refuse_taken(conn: sqlite3.Connection, patients: Collection[Patient]) -> None:
    """No patient of the file, nor one that looks the same, may exist by now: one entered in
    error keeps its MRN, and another workstation may have added one meanwhile."""
    for patient in patients:
        for other in patient_rows.look_alikes(conn, patient.mrn):
            if other.mrn == patient.mrn:
                problem = (
                    "belongs to a patient record marked entered in error in the database"
                    if other.in_error
                    else "already in the database; the file may not overwrite a patient"
                )
            else:
                whose = (
                    "the MRN of a patient record marked entered in error"
                    if other.in_error
                    else "the registered MRN"
                )
                problem = look_alike(patient.mrn, other.mrn, whose)
            raise ValidationError(patient_record(patient.mrn), "mrn", problem)


def _owners(conn: sqlite3.Connection, document: Document) -> dict[str, int]:
    """Row ids of the stored patients the file's infusions belong to; refuses an infusion id
    that exists by now, or a patient marked entered in error meanwhile."""
    taken = infusion_rows.existing_infusion_ids(conn, [i.id for i in document.infusions])
    in_file = {identifier_key(p.mrn) for p in document.patients}
    stored = _stored_owners(
        conn, [i.mrn for i in document.infusions if identifier_key(i.mrn) not in in_file]
    )
    for infusion in document.infusions:
        record = infusion_record(infusion.id)
        if infusion.id in taken:
            raise ValidationError(
                record, "id", "already in the database; the file may not overwrite an infusion"
            )
        if identifier_key(infusion.mrn) not in in_file and infusion.mrn not in stored:
            raise ValidationError(
                record, "mrn", f"no patient {show(infusion.mrn)} in this file or in the database"
            )
    return stored


def _result(document: Document, done: int) -> ImportResult:
    return ImportResult(
        patients=len(document.patients),
        infusions=len(document.infusions),
        checks_done=done,
        flags=document.flags,
    )


def _infusion_field(data: Any, key: str) -> list[str]:
    """A text field of every infusion in a document, read leniently (the parser judges)."""
    if not isinstance(data, dict) or not isinstance(data.get("infusions"), list):
        return []
    return [
        i[key] for i in data["infusions"] if isinstance(i, dict) and isinstance(i.get(key), str)
    ]


def export_document(ctx: Context) -> dict[str, Any]:
    ctx.require(Permission.VIEW)
    with ctx.store.read() as conn:
        records = load_records(conn)
    patients = [p for p, _, _ in records.values()]
    infusions = [i for _, items, _ in records.values() for i in items]
    checks = [c for _, _, items in records.values() for c in items]
    return to_document(patients, infusions, checks)


def write_json_atomically(path: str | os.PathLike[str], data: Any) -> None:
    """Write to a temporary file beside the target, sync it, then rename over the target.

    A full disk or any other refusal leaves the target as it was and no temporary file behind.
    """
    target = Path(path)
    record = f"file {target}"
    if not target.parent.is_dir():
        raise ValidationError(record, "path", "its folder does not exist")
    if target.is_dir():
        raise ValidationError(record, "path", "is a folder, not a file")
    temp: str | None = None
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, indent=1)
            handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
        temp = None
    except OSError as exc:
        if exc.errno in _NO_SPACE:
            raise DiskFull(f"the disk holding {target} is full; nothing was written") from exc
        raise EnvironmentFailure(f"cannot write {target} ({exc.strerror})") from exc
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    """The rename itself reaches the disk (a power cut keeps the new file, not a missing one).
    Some file systems cannot sync a folder; the file is written all the same."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
