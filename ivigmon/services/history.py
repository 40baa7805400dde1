"""A patient's whole record (patient, infusions, checks), loaded in one read."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ivigmon.domain.models import Check, Infusion, Patient
from ivigmon.domain.roles import Permission
from ivigmon.domain.validation import require_mrn
from ivigmon.services.context import Context
from ivigmon.services.errors import UnknownRecord
from ivigmon.storage.patients import patient_id_for
from ivigmon.storage.records import Needed, load_records


@dataclass(frozen=True)
class History:
    """What is recorded for one patient, infusions ordered by start then id: everything, or
    what an assessment needs (`storage.records.Needed`)."""

    patient: Patient
    infusions: tuple[Infusion, ...]
    checks: tuple[Check, ...]

    def infusion(self, infusion_id: str) -> Infusion:
        for infusion in self.infusions:
            if infusion.id == infusion_id:
                return infusion
        raise KeyError(infusion_id)


def load_history(ctx: Context, mrn: str, needed: Needed | None = None) -> History:
    """The patient's whole record, or only what `needed` says is enough."""
    ctx.require(Permission.VIEW)
    require_mrn("patient", "mrn", mrn.strip())
    with ctx.store.read() as conn:
        patient_id = patient_id_for(conn, mrn.strip())
        if patient_id is None:
            raise UnknownRecord("patient", "mrn", f"no patient with MRN {mrn!r}")
        patient, infusions, checks = load_records(conn, [patient_id], needed)[patient_id]
    return History(patient, tuple(infusions), tuple(checks))


def load_histories(
    ctx: Context, patient_ids: Sequence[int] | None = None, needed: Needed | None = None
) -> dict[int, History]:
    """Histories by patient id (every patient when `patient_ids` is None); whole, or only what
    `needed` says is enough."""
    ctx.require(Permission.VIEW)
    with ctx.store.read() as conn:
        records = load_records(conn, patient_ids, needed)
    return {pid: History(p, tuple(i), tuple(c)) for pid, (p, i, c) in records.items()}
