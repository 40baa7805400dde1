"""The audit trail seen from the ward: verify the chain, and read a record's history."""

from __future__ import annotations

from ivigmon.domain.roles import Permission
from ivigmon.services.context import Context
from ivigmon.services.errors import UnknownRecord
from ivigmon.storage import audit as trail
from ivigmon.storage.audit import AuditEntry, ChainReport, verify_chain
from ivigmon.storage.patients import patient_id_for

__all__ = [
    "AuditEntry",
    "ChainReport",
    "infusion_history",
    "patient_record_history",
    "verify",
]


def verify(ctx: Context) -> ChainReport:
    with ctx.store.read() as conn:
        return verify_chain(conn)


def infusion_history(ctx: Context, infusion_id: str) -> list[AuditEntry]:
    """Every insert and change of an infusion and of its parts, oldest first."""
    ctx.require(Permission.VIEW)
    with ctx.store.read() as conn:
        return trail.history(conn, "infusions", infusion_id, with_parts=True)


def patient_record_history(ctx: Context, mrn: str) -> list[AuditEntry]:
    """Every entry of the patient row, its measurements, and each infusion with its parts
    (steps, vitals, premedication, reactions, lots, checks), oldest first, including the
    entries of rows since marked entered in error."""
    ctx.require(Permission.VIEW)
    with ctx.store.read() as conn:
        patient_id = patient_id_for(conn, mrn.strip())
        if patient_id is None:
            raise UnknownRecord("patient", "mrn", f"no patient with MRN {mrn!r}")
        return trail.patient_history(conn, patient_id)
