"""A patient's whole history for the patient page: the patient, measurements, infusions."""

from __future__ import annotations

from ivigmon.domain.roles import Permission
from ivigmon.services.audit import AuditEntry
from ivigmon.services.context import Context
from ivigmon.services.errors import UnknownRecord
from ivigmon.storage.audit import patient_history
from ivigmon.storage.patients import patient_id_for


def patient_record_history(ctx: Context, mrn: str) -> list[AuditEntry]:
    """Every entry of the patient row, its measurements, and each infusion with its parts
    (steps, vitals, premedication, reactions, lots, checks), oldest first, including the
    entries of rows since marked entered in error."""
    ctx.require(Permission.VIEW)
    with ctx.store.read() as conn:
        patient_id = patient_id_for(conn, mrn.strip())
        if patient_id is None:
            raise UnknownRecord("patient", "mrn", f"no patient with MRN {mrn!r}")
        return patient_history(conn, patient_id)
