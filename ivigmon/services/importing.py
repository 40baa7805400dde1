"""Import of an `ivigmon/1` file: all or nothing, in bounded memory however large the file.

The file is read once, item by item, into a scratch database beside the ward's database
(`storage.staging`). Its shape is judged, then it is validated a group of patients at a time
(each with its infusions and their checks) against one snapshot of the database, without the
write lock; every group has passed before anything is written. The write then takes the
validated groups in one transaction that first re-checks what another program may have
added meanwhile, then the alert reviews (a short top-level list, held in memory), each against
the alerts the records now raise; any refusal rolls all of it back. A file of up to
`ROW_AUDIT_INFUSIONS` infusions is audited row by row, like a nurse's entries; a larger one by
the batch (`storage.bulk_audit`), so that the trail stays in proportion.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any

from ivigmon.domain.identifiers import identifier_key
from ivigmon.domain.import_authors import attribute_authors, attribute_reviewers
from ivigmon.domain.interchange import FORMAT, LISTS, Document
from ivigmon.domain.interchange_json import DuplicateKeys
from ivigmon.domain.interchange_read import parse_document
from ivigmon.domain.models import Infusion
from ivigmon.domain.roles import Permission, Role
from ivigmon.domain.start_flags import imported_course_flags
from ivigmon.domain.validation import Flag, ValidationError, infusion_record
from ivigmon.services.alerts import store_imported_reviews
from ivigmon.services.backup import default_backup_folder
from ivigmon.services.bulk.json_items import NotJson, TopLevel, read_items
from ivigmon.services.bulk.records_load import BatchWriter
from ivigmon.services.context import Context
from ivigmon.services.interchange import (
    MEGABYTE,
    mark_demo_records,
    open_import_file,
    refuse_owners,
    refuse_records_of_the_ward,
    refuse_taken,
    stored_owners,
    too_large,
)
from ivigmon.services.settings import import_max_mb
from ivigmon.storage import infusions as infusion_rows
from ivigmon.storage import patients as patient_rows
from ivigmon.storage.bulk_audit import ROWS_PER_ENTRY, audited_in_batches
from ivigmon.storage.engine import is_server
from ivigmon.storage.staging import Group, Staging
from ivigmon.storage.temp_copies import new_temp

# Patients validated (and held in memory) at a time: a service patient has about ten infusions
# with thirty checks, and 500 of them held 180 MB while validated; 100 hold about 40 MB.
GROUP_PATIENTS = 100
# Up to this many infusions a file is audited row by row; above, by the batch.
ROW_AUDIT_INFUSIONS = ROWS_PER_ENTRY


@dataclass(frozen=True)
class ImportResult:
    patients: int
    infusions: int
    checks_done: int
    flags: tuple[Flag, ...]


def import_file(
    ctx: Context, path: str | os.PathLike[str], progress: Callable[[str], None] | None = None
) -> ImportResult:
    """Import the file at `path` (a regular file within the import size limit)."""
    ctx.require(Permission.IMPORT)
    record = f"file {os.fspath(path)}"
    max_bytes = import_max_mb(ctx) * MEGABYTE
    with _staging(ctx) as staging, open_import_file(record, path, max_bytes) as raw:
        top = TopLevel()
        try:
            for kind, item in read_items(_Bounded(raw, record, max_bytes), top):
                _stage(staging, kind, item)
                if progress is not None and staging.counts[kind] % 50_000 == 0:
                    progress(f"read {staging.counts[kind]:,} {kind}")
        except NotJson as exc:
            raise ValidationError(exc.record or record, exc.field or "json", str(exc)) from None
        return _import_staged(ctx, staging, top.stand_in(), progress=progress)


def import_document(ctx: Context, data: Any) -> ImportResult:
    """Import decoded JSON (`interchange_json.decode_json`) already in memory."""
    ctx.require(Permission.IMPORT)
    with _staging(ctx) as staging:
        return _import_staged(ctx, staging, _stage_decoded(staging, data))


def import_demo_ward(ctx: Context, data: Any) -> ImportResult:
    """Import the synthetic demo ward, only into a database that holds nothing else.

    The demo's records name the author `demo`, nobody's name, and are kept so. A database with
    any patient or infusion that a demo import did not add is refused: synthetic patients in a
    ward's records could never be removed.
    """
    ctx.require(Permission.IMPORT)
    with ctx.store.read() as conn:
        refuse_records_of_the_ward(ctx, conn)
    with _staging(ctx) as staging:
        return _import_staged(ctx, staging, _stage_decoded(staging, data), demo=True)


@contextlib.contextmanager
def _staging(ctx: Context) -> Iterator[Staging]:
    # Beside the file (the same disk, removed with it if left); for a ward server, in this
    # workstation's folder for that server.
    if is_server(ctx.store.path):
        folder = default_backup_folder(ctx.store.path)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        db = folder / "ward"
    else:
        db = Path(ctx.store.path)
    path = new_temp(db.with_name(f"{db.name}.import"))
    staging = Staging(path)
    try:
        yield staging
    finally:
        staging.close()
        with contextlib.suppress(OSError):
            path.unlink()


def _stage(staging: Staging, kind: str, item: Any) -> None:
    try:
        _stage_item(staging, kind, item)
    except RecursionError:
        number = staging.counts[kind] + 1
        raise ValidationError(
            f"{kind.rstrip('s')} #{number}", "json", "nested too deeply"
        ) from None


def _stage_item(staging: Staging, kind: str, item: Any) -> None:
    obj = item if isinstance(item, dict) else {}
    if kind == "patients":
        staging.add(kind, item, _key(obj.get("mrn")))
    elif kind == "infusions":
        infusion_id = obj.get("id")
        staging.add(
            kind, item, infusion_id if isinstance(infusion_id, str) else None, _key(obj.get("mrn"))
        )
    else:
        infusion_id = obj.get("infusion_id")
        staging.add(kind, item, infusion_id if isinstance(infusion_id, str) else None)


def _key(mrn: object) -> str | None:
    return identifier_key(mrn) if isinstance(mrn, str) else None


def _stage_decoded(staging: Staging, data: Any) -> Any:
    """Stage the lists' items of decoded JSON; returns the stand-in of its top level."""
    if not isinstance(data, dict):
        return data
    pairs: list[tuple[str, Any]] = []
    for key, value in data.items():
        if key in LISTS and isinstance(value, list):
            for item in value:
                _stage(staging, key, item)
            value = []
        pairs.append((key, value))
    if isinstance(data, DuplicateKeys):
        return DuplicateKeys(pairs, data.duplicates)
    return dict(pairs)


def _import_staged(
    ctx: Context,
    staging: Staging,
    stand_in: Any,
    *,
    demo: bool = False,
    progress: Callable[[str], None] | None = None,
) -> ImportResult:
    settings = _Rules(ctx)
    # The top level first: a file of another format or shape says so before any record. Its
    # alert reviews (a short list, kept with it) are judged once the records are written.
    reviews = parse_document(stand_in, **settings.arguments()).alert_reviews
    if not demo:
        reviews = attribute_reviewers(
            reviews, importer=ctx.user, may_name_others=ctx.accounts and ctx.role is Role.ADMIN
        )
    staging.finish()
    repeated = staging.repeated_infusion_id()
    if repeated is not None:
        raise ValidationError(infusion_record(repeated), "id", "appears twice in the file")
    flags: list[Flag] = []
    checked = 0
    with ctx.store.read() as conn:
        known = set(patient_rows.active_mrns(conn))
        judged = 0
        for group in staging.groups(GROUP_PATIENTS):
            judged += len(group.patients) + len(group.infusions) + len(group.checks)
            document = _validate_group(conn, group, known, settings)
            if not demo:
                document = attribute_authors(
                    document,
                    importer=ctx.user,
                    may_name_others=ctx.accounts and ctx.role is Role.ADMIN,
                )
            flags += document.flags
            staging.keep(replace(document, flags=()))
            checked += len(document.patients)
            if progress is not None:
                progress(f"validated {checked:,} of {staging.counts['patients']:,} patients")
    if judged != sum(staging.counts.values()):
        # Every item of the file is judged exactly once; anything else would drop records.
        raise RuntimeError(f"import judged {judged} items of {sum(staging.counts.values())}")
    stamp = ctx.stamp()
    per_row = staging.counts["infusions"] <= ROW_AUDIT_INFUSIONS
    with ctx.store.write() as conn:
        audit = (
            contextlib.nullcontext()
            if per_row
            else audited_in_batches(conn, at=stamp.at, by=stamp.by, source="import")
        )
        with audit:
            if demo:
                refuse_records_of_the_ward(ctx, conn)
            writer = BatchWriter(ctx, conn, stamp)
            for document in staging.validated():
                # Another program may have added a patient or an infusion meanwhile.
                refuse_taken(conn, document.patients)
                refuse_owners(conn, document)
                writer.write(document)
                if progress is not None:
                    progress(f"written {writer.counts[0]:,} patients")
            store_imported_reviews(ctx, conn, reviews)
            if demo:
                mark_demo_records(conn, stamp)
    done = writer.result()
    return ImportResult(done.patients, done.infusions, done.checks_done, tuple(flags))


class _Rules:
    """What validation judges against: the catalogue, the check offsets and the clock."""

    def __init__(self, ctx: Context) -> None:
        self.products = ctx.products().keys()
        self.offsets = ctx.check_settings().offsets_h
        self.now = ctx.now()
        self.course_window_h = ctx.risk_settings().course_window_h

    def arguments(self) -> dict[str, Any]:
        return {"product_ids": self.products, "check_offsets": self.offsets, "now": self.now}


def _validate_group(conn: Any, group: Group, known: Collection[str], rules: _Rules) -> Document:
    """One group, parsed against the snapshot as the whole file would be."""
    in_file = {
        identifier_key(p["mrn"])
        for _, p in group.patients
        if isinstance(p, dict) and isinstance(p.get("mrn"), str)
    }
    mrns = [
        i["mrn"]
        for _, i in group.infusions
        if isinstance(i, dict)
        and isinstance(i.get("mrn"), str)
        and identifier_key(i["mrn"]) not in in_file
    ]
    referred = stored_owners(conn, mrns)
    stored = patient_rows.load_patients(conn, list(set(referred.values())))
    ids = [
        i["id"] for _, i in group.infusions if isinstance(i, dict) and isinstance(i.get("id"), str)
    ]
    document = parse_document(
        {"format": FORMAT, **{kind: [item for _, item in getattr(group, kind)] for kind in LISTS}},
        known_mrns=known,
        known_infusion_ids=infusion_rows.existing_infusion_ids(conn, ids),
        known_patients={mrn: stored[pid] for mrn, pid in referred.items()},
        numbers={kind: [n for n, _ in getattr(group, kind)] for kind in LISTS},
        **rules.arguments(),
    )
    flags = _course_flags(conn, document, referred, rules.course_window_h)
    return replace(document, flags=document.flags + tuple(flags)) if flags else document


def _course_flags(
    conn: Any, document: Document, referred: dict[str, int], window_h: float
) -> list[Flag]:
    """SPEC 11.3: the file's courses above 2.5 g/kg, with the stored infusions of a patient
    already in the database (all of a patient's infusions in the file are in one group)."""
    stored = (
        infusion_rows.load_infusions(conn, patient_ids=sorted(set(referred.values())), detailed=())
        if referred
        else {}
    )
    by_patient: dict[str, list[Infusion]] = {}
    for infusion in document.infusions:
        by_patient.setdefault(identifier_key(infusion.mrn), []).append(infusion)
    flags: list[Flag] = []
    for items in by_patient.values():
        pid = referred.get(items[0].mrn)
        earlier = stored.get(pid, []) if pid is not None else []
        new_ids = {i.id for i in items}
        flags += imported_course_flags([*earlier, *items], new_ids, window_h=window_h)
    return flags


class _Bounded:
    """A file read no further than the import limit (it may grow after it was checked)."""

    def __init__(self, raw: IO[bytes], record: str, max_bytes: int) -> None:
        self.raw = raw
        self.record = record
        self.max_bytes = max_bytes
        self.read_so_far = 0

    def read(self, size: int = -1) -> bytes:
        try:
            data = self.raw.read(size)
        except OSError as exc:
            raise ValidationError(self.record, "path", f"cannot be read ({exc.strerror})") from None
        self.read_so_far += len(data)
        if self.read_so_far > self.max_bytes:
            raise too_large(self.record, self.max_bytes)
        return data
