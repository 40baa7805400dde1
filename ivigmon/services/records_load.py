"""Writing many validated records at once (an import, the demo service): all or nothing.

The records come in batches (a few hundred patients with their infusions and done checks), so
that memory stays bounded however large the whole is; they are written in one transaction and
audited by the batch (storage.bulk_audit), and the screens' state is built for each batch.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ivigmon.domain.followup import schedule_checks
from ivigmon.domain.models import Check, Infusion, Patient
from ivigmon.domain.roles import Permission
from ivigmon.domain.validation import ValidationError, infusion_record
from ivigmon.services.context import Context
from ivigmon.services.screen_state import refresh_patients
from ivigmon.storage import checks as check_rows
from ivigmon.storage import infusions as infusion_rows
from ivigmon.storage import patients as patient_rows
from ivigmon.storage.bulk_audit import audited_in_batches


@dataclass(frozen=True)
class RecordBatch:
    """Patients (with measurements), infusions (with every part) and the checks already done."""

    patients: list[Patient] = field(default_factory=list)
    infusions: list[Infusion] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)


@dataclass(frozen=True)
class LoadResult:
    patients: int
    infusions: int
    checks_done: int


def load_batches(
    ctx: Context,
    batches: Iterable[RecordBatch],
    *,
    source: str,
    progress: Callable[[LoadResult], None] | None = None,
) -> LoadResult:
    """Write every batch in one transaction, or nothing.

    The records must have passed the program's validation; MRNs and infusion ids must be new
    or (infusions) belong to a patient of an earlier batch or of the database.
    """
    ctx.require(Permission.IMPORT)
    stamp = ctx.stamp()
    settings = ctx.check_settings()
    counts = [0, 0, 0]
    with (
        ctx.store.write() as conn,
        audited_in_batches(conn, at=stamp.at, by=stamp.by, source=source),
    ):
        ids: dict[str, int] = {}
        for batch in batches:
            for patient in batch.patients:
                ids[patient.mrn] = patient_rows.insert_patient(conn, patient, stamp)
            done = {(c.infusion_id, c.offset_h): c for c in batch.checks}
            touched: set[int] = set()
            for infusion in batch.infusions:
                patient_id = ids.get(infusion.mrn) or patient_rows.patient_id_for(
                    conn, infusion.mrn
                )
                if patient_id is None:
                    raise ValidationError(
                        infusion_record(infusion.id), "mrn", f"no patient {infusion.mrn!r}"
                    )
                infusion_rows.insert_infusion(conn, patient_id, infusion, stamp)
                touched.add(patient_id)
                if infusion.end is not None:
                    scheduled = schedule_checks(infusion.id, infusion.end, settings)
                    check_rows.insert_checks(
                        conn, [done.pop((c.infusion_id, c.offset_h), c) for c in scheduled], stamp
                    )
            if done:
                (infusion_id, offset_h), _ = next(iter(done.items()))
                raise ValidationError(
                    f"check {infusion_id} +{offset_h} h",
                    "offset_h",
                    "no such check is scheduled for an infusion of this batch",
                )
            refresh_patients(ctx, conn, touched)
            counts[0] += len(batch.patients)
            counts[1] += len(batch.infusions)
            counts[2] += len(batch.checks)
            if progress is not None:
                progress(LoadResult(*counts))
    return LoadResult(*counts)
