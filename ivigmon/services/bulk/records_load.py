"""Writing many validated records at once (an import, the demo service): all or nothing.

The records come in batches (a few hundred patients with their infusions and done checks), so
that memory stays bounded however large the whole is; they are written in one transaction and
audited by the batch (storage.bulk_audit), and the screens' state is built for each batch.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from ivigmon.domain.followup import schedule_checks
from ivigmon.domain.identifiers import identifier_key
from ivigmon.domain.models import Alert, AlertReview, Check, Infusion, Patient
from ivigmon.domain.roles import Permission
from ivigmon.domain.settings import AlertSettings
from ivigmon.domain.validation import ValidationError, infusion_record
from ivigmon.services.context import Context
from ivigmon.services.interchange import mark_demo_records, refuse_records_of_the_ward
from ivigmon.services.state.screen_state import refresh_patients, store_loaded
from ivigmon.storage import alerts as alert_rows
from ivigmon.storage import checks as check_rows
from ivigmon.storage import infusions as infusion_rows
from ivigmon.storage import patients as patient_rows
from ivigmon.storage.bulk_audit import audited_in_batches
from ivigmon.storage.database import Connection, bulk_cache
from ivigmon.storage.records import Record
from ivigmon.storage.stamp import Stamp


class Records(Protocol):
    """What a batch holds: patients (with measurements), infusions (with every part), the
    checks already done and the reviews of the alerts these records raise; and perhaps
    `open_alerts` (OpenAlerts), those alerts no review closes."""

    @property
    def patients(self) -> Sequence[Patient]: ...
    @property
    def infusions(self) -> Sequence[Infusion]: ...
    @property
    def checks(self) -> Sequence[Check]: ...
    @property
    def alert_reviews(self) -> Sequence[AlertReview]: ...


@dataclass(frozen=True)
class OpenAlerts:
    """The alerts a batch's maker found its records raise and no review close, and the alert
    settings it used: a writer whose database has the same settings stores them as they are
    (the demo service works every alert out to review it; doing it again doubled its time)."""

    settings: AlertSettings
    alerts: list[Alert]


@dataclass(frozen=True)
class RecordBatch:
    """A batch built by hand (an import, a test)."""

    patients: list[Patient] = field(default_factory=list)
    infusions: list[Infusion] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    alert_reviews: list[AlertReview] = field(default_factory=list)
    open_alerts: OpenAlerts | None = None  # None: the writer works them out


@dataclass(frozen=True)
class LoadResult:
    patients: int
    infusions: int
    checks_done: int


def load_batches(
    ctx: Context,
    batches: Iterable[Records],
    *,
    source: str,
    progress: Callable[[LoadResult], None] | None = None,
    demo: bool = False,
) -> LoadResult:
    """Write every batch in one transaction, or nothing.

    The records must have passed the program's validation; MRNs and infusion ids must be new
    or (infusions) belong to a patient of an earlier batch or of the database. `demo`: only
    into a database that holds nothing but demo records, and marked as demo records.
    """
    ctx.require(Permission.IMPORT)
    stamp = ctx.stamp()
    if demo:
        with ctx.store.read() as conn:
            refuse_records_of_the_ward(ctx, conn)
    with (
        ctx.store.write() as conn,
        bulk_cache(conn),
        audited_in_batches(conn, at=stamp.at, by=stamp.by, source=source),
    ):
        if demo:
            refuse_records_of_the_ward(ctx, conn)
        writer = BatchWriter(ctx, conn, stamp)
        for batch in batches:
            writer.write(batch)
            if progress is not None:
                progress(writer.result())
        if demo:
            mark_demo_records(conn, stamp)
    return writer.result()


class BatchWriter:
    """Writes batches of validated records inside the caller's write transaction: one
    statement per table and batch, the screens' state of every patient it touches."""

    def __init__(self, ctx: Context, conn: Connection, stamp: Stamp) -> None:
        self.ctx = ctx
        self.conn = conn
        self.stamp = stamp
        self.settings = ctx.check_settings()
        self.alert_settings = ctx.alert_settings()
        # Row ids of the patients written, by MRN key: `k-0001` in an infusion is `K-0001`.
        self.ids: dict[str, int] = {}
        self.counts = [0, 0, 0]

    def result(self) -> LoadResult:
        return LoadResult(*self.counts)

    def write(self, batch: Records) -> None:
        conn, stamp = self.conn, self.stamp
        for patient in batch.patients:
            self.ids[identifier_key(patient.mrn)] = patient_rows.insert_patient(
                conn, patient, stamp
            )
        done = {(c.infusion_id, c.offset_h): c for c in batch.checks}
        owners: dict[str, int] = {}
        checks: list[Check] = []
        for infusion in batch.infusions:
            patient_id = self.ids.get(identifier_key(infusion.mrn)) or patient_rows.patient_id_for(
                conn, infusion.mrn
            )
            if patient_id is None:
                raise ValidationError(
                    infusion_record(infusion.id), "mrn", f"no patient {infusion.mrn!r}"
                )
            owners[infusion.id] = patient_id
            if infusion.end is not None:
                scheduled = schedule_checks(infusion.id, infusion.end, self.settings)
                checks += [done.pop((c.infusion_id, c.offset_h), c) for c in scheduled]
        if done:
            (infusion_id, offset_h), _ = next(iter(done.items()))
            raise ValidationError(
                f"check {infusion_id} +{offset_h} h",
                "offset_h",
                "no such check is scheduled for an infusion of this batch",
            )
        # One statement per table for the whole batch.
        infusion_rows.insert_infusions(conn, [(owners[i.id], i) for i in batch.infusions], stamp)
        check_rows.insert_checks(conn, checks, stamp)
        # Before the state is made: the alerts they close are never stored as open.
        alert_rows.insert_reviews(conn, batch.alert_reviews, stamp)
        loaded = _as_stored(conn, batch, self.ids, owners, checks)
        # A batch may say which of its alerts are open (the demo service's do); an import's
        # document does not.
        known = getattr(batch, "open_alerts", None)
        if not isinstance(known, OpenAlerts) or known.settings != self.alert_settings:
            known = None  # not said, or worked out under other settings: worked out here
        store_loaded(self.ctx, conn, loaded, None if known is None else known.alerts)
        # Infusions of patients already stored: their whole record is read again.
        refresh_patients(self.ctx, conn, set(owners.values()) - set(loaded))
        self.counts[0] += len(batch.patients)
        self.counts[1] += len(batch.infusions)
        self.counts[2] += sum(1 for c in batch.checks if c.done_at is not None)


def _as_stored(
    conn: Connection,
    batch: Records,
    ids: dict[str, int],
    owners: dict[str, int],
    checks: list[Check],
) -> dict[int, Record]:
    """The batch's records by patient row id, as the database now holds them: every scheduled
    check, the open ones with their row ids. Only patients of this batch, whole."""
    records: dict[int, Record] = {}
    for patient in batch.patients:
        row_id = ids[identifier_key(patient.mrn)]
        records[row_id] = (replace(patient, id=row_id), [], [])
    for infusion in batch.infusions:
        record = records.get(owners[infusion.id])
        if record is not None:
            record[1].append(infusion)
    for record in records.values():
        record[1].sort(key=lambda i: i.order_key)
    open_ids = check_rows.open_check_ids(conn, list(owners))
    for check in checks:
        record = records.get(owners[check.infusion_id])
        if record is not None:
            # Almost every check of a service is done: only the open ones get their row id.
            open_id = open_ids.get((check.infusion_id, check.offset_h))
            record[2].append(check if open_id is None else replace(check, id=open_id))
    return records
