"""A patient's whole history for the patient page: the patient, measurements, infusions."""

from __future__ import annotations

from ivigmon.domain.roles import Permission
from ivigmon.services.audit import AuditEntry
from ivigmon.services.context import Context
from ivigmon.services.errors import UnknownRecord
from ivigmon.storage.audit import history
from ivigmon.storage.patients import patient_id_for
from ivigmon.storage.records import load_records


def patient_record_history(ctx: Context, mrn: str) -> list[AuditEntry]:
    """Every entry of the patient row, its measurements, and each infusion with its parts
    (steps, vitals, premedication, reactions, lots, checks), oldest first.

    Infusion parts marked entered in error are found through their infusion. A measurement
    marked entered in error is not found: storage has no query of the audit trail by
    patient id yet, and such a measurement is no longer among the patient's rows.
    """
    ctx.require(Permission.VIEW)
    with ctx.store.read() as conn:
        patient_id = patient_id_for(conn, mrn.strip())
        if patient_id is None:
            raise UnknownRecord("patient", "mrn", f"no patient with MRN {mrn!r}")
        patient, infusions, _checks = load_records(conn, [patient_id])[patient_id]
        entries = history(conn, "patients", str(patient_id))
        for measurement in patient.measurements:
            if measurement.id is not None:
                entries += history(conn, "measurements", str(measurement.id))
        for infusion in infusions:
            entries += history(conn, "infusions", infusion.id, with_parts=True)
    unique = {entry.id: entry for entry in entries}
    return [unique[key] for key in sorted(unique)]
