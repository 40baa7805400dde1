"""Import (all or nothing) and export of the `ivigmon/1` interchange format."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ivigmon.domain.followup import schedule_checks
from ivigmon.domain.identifiers import identifier_key
from ivigmon.domain.interchange_read import parse_document
from ivigmon.domain.interchange_write import to_document
from ivigmon.domain.roles import Permission
from ivigmon.domain.validation import Flag, ValidationError, look_alike, patient_record
from ivigmon.services.context import Context
from ivigmon.storage import checks as check_rows
from ivigmon.storage import infusions as infusion_rows
from ivigmon.storage import patients as patient_rows
from ivigmon.storage.records import load_records


@dataclass(frozen=True)
class ImportResult:
    patients: int
    infusions: int
    checks_done: int
    flags: tuple[Flag, ...]


def read_json_file(path: str | os.PathLike[str]) -> Any:
    """The JSON in a file, or a ValidationError that names the file and the problem."""
    record = f"file {os.fspath(path)}"
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ValidationError(record, "path", "no such file") from None
    except IsADirectoryError:
        raise ValidationError(record, "path", "is a folder, not a file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(record, "path", f"cannot be read ({exc})") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            record, "json", f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except RecursionError:
        raise ValidationError(record, "json", "nested too deeply") from None


def import_document(ctx: Context, data: Any) -> ImportResult:
    """Validate the whole document, then write it in one transaction, or write nothing."""
    ctx.require(Permission.IMPORT)
    settings = ctx.check_settings()
    stamp = ctx.stamp()
    with ctx.store.write() as conn:
        known = patient_rows.active_mrns(conn)
        # The stored patients the file's infusions name, by the MRN as the file writes it
        # (`k-0001` finds `K-0001`).
        referred = {
            mrn: patient_id
            for mrn in sorted(set(_infusion_field(data, "mrn")))
            if (patient_id := patient_rows.patient_id_for(conn, mrn)) is not None
        }
        stored = patient_rows.load_patients(conn, list(set(referred.values())))
        document = parse_document(
            data,
            product_ids=ctx.products().keys(),
            check_offsets=settings.offsets_h,
            today=ctx.now().date(),
            known_mrns=known,
            known_infusion_ids=infusion_rows.existing_infusion_ids(
                conn, _infusion_field(data, "id")
            ),
            known_patients={mrn: stored[patient_id] for mrn, patient_id in referred.items()},
        )
        for patient in document.patients:
            for other in patient_rows.look_alikes(conn, patient.mrn):
                if other.in_error:
                    raise ValidationError(
                        patient_record(patient.mrn),
                        "mrn",
                        look_alike(
                            patient.mrn,
                            other.mrn,
                            "the MRN of a patient record marked entered in error",
                        )
                        if other.mrn != patient.mrn
                        else "belongs to a patient record marked entered in error in the database",
                    )
        ids: dict[str, int] = {}
        for patient in document.patients:
            ids[identifier_key(patient.mrn)] = patient_rows.insert_patient(conn, patient, stamp)
        for infusion in document.infusions:
            patient_id = ids.get(identifier_key(infusion.mrn)) or referred.get(infusion.mrn)
            assert patient_id is not None  # parse_document checked every MRN
            infusion_rows.insert_infusion(conn, patient_id, infusion, stamp)
            if infusion.end is not None:
                check_rows.insert_checks(
                    conn, schedule_checks(infusion.id, infusion.end, settings), stamp
                )
        done = 0
        for check in document.checks:
            if check.done_at is not None:
                done += check_rows.complete_check(conn, check)
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
    """Write to a temporary file beside the target, sync it, then rename over the target."""
    target = Path(path)
    if not target.parent.is_dir():
        raise ValidationError(f"file {target}", "path", "its folder does not exist")
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, indent=1)
            handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
