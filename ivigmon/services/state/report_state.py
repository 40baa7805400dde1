"""Keeps what the cohort report reads current: each patient's figures and share of the safety
counts, made again in the transaction of every change to that patient (as the worklist's
state is), so that the report reads one row per patient and the totals by diagnosis."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from ivigmon.domain.report_facts import PatientFacts, patient_facts
from ivigmon.domain.timefmt import to_stored
from ivigmon.storage import report_facts as facts_rows
from ivigmon.storage import report_state as state
from ivigmon.storage import screen_state as counters
from ivigmon.storage.database import Connection

if TYPE_CHECKING:  # the context opens a database by building its state (an import cycle)
    from ivigmon.services.context import Context

# What the stored facts hold: raise it when their meaning changes, and every database builds
# them again when next opened.
FACTS_VERSION = 2  # 2: the counts by month of the infusion's start
# Patients per transaction when the whole state is built (another program saving waits
# well under a second).
BUILD_BATCH = 500


def window_seconds(ctx: Context) -> int:
    return round(ctx.risk_settings().course_window_h * 3600)


def facts_of(
    conn: Connection,
    patient_ids: Sequence[int],
    course_window_h: float,
    *,
    started_from: str | None = None,
    started_before: str | None = None,
) -> list[PatientFacts]:
    """The facts of these patients (those entered in error left out), from their infusions
    that start in [`started_from`, `started_before`) (stored times; None: no bound)."""
    records = facts_rows.read_patients(
        conn, patient_ids, started_from=started_from, started_before=started_before
    )
    return [
        patient_facts(r.patient, r.infusions, r.measurements, course_window_h=course_window_h)
        for r in records.values()
    ]


def refresh(
    ctx: Context,
    conn: Connection,
    patient_ids: Collection[int],
    *,
    from_start: datetime | None = None,
) -> None:
    """Make these patients' report facts again, inside the caller's write transaction. A patient
    entered in error counts no more. An entry on one patient's infusion starting at
    `from_start` counts again only the infusions from the patient's settled point on, when
    `from_start` is not before it (see domain.report_facts.Settled)."""
    ids = sorted(set(patient_ids))
    if not ids:
        return
    window = ctx.risk_settings().course_window_h
    settled = state.settled_of(conn, ids[0]) if from_start and len(ids) == 1 else None
    if settled is not None and from_start is not None and from_start >= settled.before:
        records = facts_rows.read_patients(conn, ids, detail_from=to_stored(settled.before))
        made = [
            patient_facts(
                r.patient, r.infusions, r.measurements, course_window_h=window, settled=settled
            )
            for r in records.values()
        ]
    else:
        made = facts_of(conn, ids, window)
    found = {f.patient_id for f in made}
    # A patient entered in error is read as no one: stored as counting nothing.
    made += [PatientFacts(pid, diagnosis="", boy=False) for pid in ids if pid not in found]
    state.store_facts(conn, made)


def is_current(ctx: Context, conn: Connection) -> bool:
    """Whether every patient's facts are stored, made with this version and course window."""
    return counters.counter(conn, state.FACTS_VERSION) == FACTS_VERSION and counters.counter(
        conn, state.WINDOW_S
    ) == window_seconds(ctx)


def ensure_built(ctx: Context, progress: Callable[[int], None] | None = None) -> int:
    """Build the report's state of every patient once (a new or upgraded database, a changed
    course window), in short transactions; returns the number of patients done."""
    with ctx.store.read() as conn:
        if is_current(ctx, conn):
            return 0
    with ctx.store.write() as conn:
        # Until the build ends, the state counts nobody twice: every share starts from zero,
        # and a change meanwhile stores its patient's share as it does at any time.
        counters.set_counter(conn, state.FACTS_VERSION, 0)
        state.forget_all(conn)
    done = 0
    for batch in _batches(ctx):
        with ctx.store.write() as conn:
            refresh(ctx, conn, batch)
        done += len(batch)
        if progress is not None:
            progress(done)
    with ctx.store.write() as conn:
        counters.set_counter(conn, state.FACTS_VERSION, FACTS_VERSION)
        counters.set_counter(conn, state.WINDOW_S, window_seconds(ctx))
    return done


def _batches(ctx: Context) -> Iterator[list[int]]:
    last = 0
    while True:
        with ctx.store.read() as conn:
            ids = counters.patient_ids_after(conn, last, BUILD_BATCH)
        if not ids:
            return
        yield ids
        last = ids[-1]
