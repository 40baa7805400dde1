"""The `ivigmon/1` interchange format: files to import checked and read, what an import
must refuse under the write lock, the demo ward's marker, and the export as one document."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Collection
from typing import IO, Any

from ivigmon.domain.identifiers import identifier_key
from ivigmon.domain.interchange import Document
from ivigmon.domain.interchange_write import to_document
from ivigmon.domain.models import Patient
from ivigmon.domain.roles import Permission
from ivigmon.domain.validation import (
    ValidationError,
    infusion_record,
    look_alike,
    patient_record,
    show,
)
from ivigmon.services.alerts import reviews_to_export
from ivigmon.services.context import Context
from ivigmon.services.settings import IMPORT_MAX_MB_KEY
from ivigmon.storage import infusions as infusion_rows
from ivigmon.storage import patients as patient_rows
from ivigmon.storage.database import Connection
from ivigmon.storage.records import load_records
from ivigmon.storage.settings_store import load_settings, save_setting
from ivigmon.storage.stamp import Stamp

MEGABYTE = 1_000_000
# Written by the demo ward's import in its own transaction: how many patient and infusion rows
# the demo ward has added. Rows are never deleted, so more rows than that are someone's records.
DEMO_KEY = "demo.ward"
# Errors of a full disk or a file size limit: the disk's fault, not the file's.
_NO_SPACE = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})


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


def open_import_file(record: str, path: str | os.PathLike[str], max_bytes: int) -> IO[bytes]:
    """The regular file at `path`, open for reading, when it is within `max_bytes`.

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
        if info.st_size > max_bytes:
            raise too_large(record, max_bytes)
    except BaseException:
        os.close(fd)
        raise
    return os.fdopen(fd, "rb")


def too_large(record: str, max_bytes: int) -> ValidationError:
    return ValidationError(
        record,
        "size",
        f"larger than the import limit of {max_bytes // MEGABYTE} MB (setting "
        f"{IMPORT_MAX_MB_KEY}); an administrator can raise it under Settings > Screen lock "
        "and backups",
    )


def mark_demo_records(conn: Connection, stamp: Stamp) -> None:
    """Every patient and infusion row now in the database came from a demo import."""
    added = {
        "patients": patient_rows.count_patients(conn),
        "infusions": infusion_rows.count_infusions(conn),
    }
    save_setting(conn, DEMO_KEY, added, stamp.at, stamp.by)


def refuse_records_of_the_ward(ctx: Context, conn: Connection) -> None:
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


def stored_owners(conn: Connection, mrns: Collection[str]) -> dict[str, int]:
    """Stored patients (not in error) by the MRN as written; a look-alike finds its patient."""
    return {
        mrn: patient_id
        for mrn in sorted(set(mrns))
        if (patient_id := patient_rows.patient_id_for(conn, mrn)) is not None
    }


def refuse_taken(conn: Connection, patients: Collection[Patient]) -> None:
    """No patient of the file, nor one that looks the same, may exist by now: one entered in
    error keeps its MRN, and another program may have added one meanwhile."""
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


def refuse_owners(conn: Connection, document: Document) -> dict[str, int]:
    """Row ids of the stored patients the file's infusions belong to; refuses an infusion id
    that exists by now, or a patient marked entered in error meanwhile."""
    taken = infusion_rows.existing_infusion_ids(conn, [i.id for i in document.infusions])
    in_file = {identifier_key(p.mrn) for p in document.patients}
    stored = stored_owners(
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


def export_document(ctx: Context) -> dict[str, Any]:
    ctx.require(Permission.VIEW)
    with ctx.store.read() as conn:
        records = load_records(conn)
        reviews = reviews_to_export(conn, records.values())
    patients = [p for p, _, _ in records.values()]
    infusions = [i for _, items, _ in records.values() for i in items]
    checks = [c for _, _, items in records.values() for c in items]
    return to_document(patients, infusions, checks, reviews)
