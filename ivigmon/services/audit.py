"""The audit trail seen from the ward: verify the chain, and read a record's history."""

from __future__ import annotations

from ivigmon.domain.roles import Permission
from ivigmon.services.context import Context
from ivigmon.storage.audit import AuditEntry, ChainReport, history, verify_chain

__all__ = ["AuditEntry", "ChainReport", "infusion_history", "patient_history", "verify"]


def verify(ctx: Context) -> ChainReport:
    with ctx.store.read() as conn:
        return verify_chain(conn)


def infusion_history(ctx: Context, infusion_id: str) -> list[AuditEntry]:
    """Every insert and change of an infusion and of its parts, oldest first."""
    ctx.require(Permission.VIEW)
    with ctx.store.read() as conn:
        return history(conn, "infusions", infusion_id, with_parts=True)


def patient_history(ctx: Context, patient_id: int) -> list[AuditEntry]:
    ctx.require(Permission.VIEW)
    with ctx.store.read() as conn:
        return history(conn, "patients", str(patient_id))
