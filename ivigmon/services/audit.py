"""The audit trail seen from the ward: verify it, anchor its head outside the database, and
read a record's history."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ivigmon.domain.roles import Permission
from ivigmon.domain.timefmt import to_stored
from ivigmon.services.context import Context
from ivigmon.services.errors import UnknownRecord
from ivigmon.storage import anchors as kept
from ivigmon.storage import audit as trail
from ivigmon.storage.audit import AuditEntry, Check, Finding, Head
from ivigmon.storage.audit_rows import file_batches, row_findings
from ivigmon.storage.audit_triggers import trigger_findings
from ivigmon.storage.audit_verify import Anchor, verify_chain
from ivigmon.storage.database import Store
from ivigmon.storage.errors import StorageError
from ivigmon.storage.patients import patient_id_for

__all__ = [
    "Anchor",
    "AuditEntry",
    "AuditReport",
    "Check",
    "Finding",
    "Head",
    "anchor_at_start",
    "anchor_copy",
    "anchors_log",
    "current_head",
    "heads_in",
    "infusion_history",
    "patient_record_history",
    "record_anchor",
    "verify",
]

log = logging.getLogger(__name__)

heads_in = kept.heads_in


@dataclass(frozen=True)
class AuditReport:
    """Everything `audit verify` checked; intact when nothing was found."""

    entries: int
    sealed: int
    keyed: int
    anchors_checked: int
    findings: list[Finding] = field(default_factory=list)
    # Anchors that could not be read (a line of the log that holds no head, ...).
    notes: list[str] = field(default_factory=list)
    # Checks of a file that a ward server cannot make, and what was checked instead.
    not_applicable: list[str] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        return not self.findings

    @property
    def first_broken_id(self) -> int | None:
        """The entry the chain check named first, if any."""
        return next((f.entry_id for f in self.findings if f.check is Check.CHAIN), None)


def verify(
    ctx: Context, *, anchors_folder: Path | None = None, heads: Sequence[Head] = ()
) -> AuditReport:
    """The chain (with its key when one is set), entries written outside ivigmon, every
    anchor in `anchors_folder` (its anchors log and backup sidecars) and in `heads`, every
    audited row against its newest entry, the audit triggers, and entry times."""
    anchors, notes = kept.read_anchors(anchors_folder) if anchors_folder else ([], [])
    anchors += [Anchor(h, "the head given") for h in heads]
    with ctx.store.read() as conn:
        chain = verify_chain(conn, key=ctx.store.audit_key, anchors=anchors)
        findings = chain.findings + row_findings(conn) + trigger_findings(conn)
        moved = file_batches(conn)
    not_applicable = []
    if moved:
        not_applicable.append(
            f"the digests of {moved} batch entries (rows written in bulk into a file before it "
            "moved to the server) are over the file's row images; only their row counts were "
            "checked here"
        )
    return AuditReport(
        entries=chain.entries,
        sealed=chain.sealed,
        keyed=chain.keyed,
        anchors_checked=chain.anchors_checked,
        findings=sorted(findings, key=lambda f: list(Check).index(f.check)),
        notes=notes,
        not_applicable=not_applicable,
    )


def anchors_log(folder: Path) -> Path:
    """Where the anchors log of a backup folder is."""
    return folder / kept.LOG_NAME


def current_head(ctx: Context) -> Head:
    with ctx.store.read() as conn:
        return trail.head(conn)


def record_anchor(ctx: Context, folder: Path, reason: str = "anchor") -> Head:
    """The head now, appended to the anchors log in `folder` (OSError when it cannot be)."""
    now = current_head(ctx)
    kept.append_to_log(folder, kept.log_line(to_stored(ctx.now()), reason, now))
    return now


def anchor_at_start(ctx: Context, folder: Path) -> Head | None:
    """At start: the head into the anchors log. A failure is logged, never stops the app."""
    try:
        return record_anchor(ctx, folder, "start")
    except (OSError, StorageError) as error:
        log.error("the audit head could not be written to %s: %s", folder, error)
        return None


def anchor_copy(store: Store, copy: Path, folder: Path) -> Head | None:
    """Every backup carries the head it was made at: read from the copy itself, written
    beside it (`<copy>.anchor`, read-only) and appended to the anchors log in `folder`.

    The copy is already made and checked, so a failure here is logged and the backup stands.
    """
    try:
        at_copy = kept.head_of_copy(copy)
        line = kept.log_line(to_stored(store.clock()), "backup", at_copy)
        kept.write_sidecar(copy, line)
        kept.append_to_log(folder, line)
    except (OSError, StorageError) as error:
        log.error("the audit head of the backup %s could not be written: %s", copy, error)
        return None
    return at_copy


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
