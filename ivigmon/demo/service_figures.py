"""The figures of a generated service: counts of records, reactions and checks, batch by batch."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from ivigmon.demo.service import ServiceBatch
from ivigmon.domain.codes import CheckOutcome, CheckStatus, Diagnosis
from ivigmon.domain.followup import open_status, schedule_checks
from ivigmon.domain.models import Infusion
from ivigmon.domain.settings import CheckSettings

# Diagnoses treated by regular maintenance infusions (immunodeficiency, chronic neuropathies).
MAINTENANCE_DIAGNOSES = frozenset({Diagnosis.PID, Diagnosis.CIDP, Diagnosis.MMN})


@dataclass
class ServiceFigures:
    """Running totals over the batches of one service (add each batch once)."""

    now: datetime
    settings: CheckSettings = field(default_factory=CheckSettings)
    patients: int = 0
    maintenance_patients: int = 0
    measurements: int = 0
    infusions: int = 0
    running: int = 0
    rate_steps: int = 0
    vitals: int = 0
    premedicated: int = 0
    lots: int = 0
    reactions: int = 0  # infusions with an event during them
    late_symptoms: int = 0  # infusions with an event reported at a check
    events: int = 0
    serious_events: int = 0
    checks_done: int = 0
    checks_superseded: int = 0
    checks_open: Counter[CheckStatus] = field(default_factory=Counter)
    outcomes: Counter[CheckOutcome] = field(default_factory=Counter)
    by_diagnosis: Counter[Diagnosis] = field(default_factory=Counter)
    batches: int = 0
    largest_batch: int = 0

    def add(self, batch: ServiceBatch) -> None:
        self.batches += 1
        self.largest_batch = max(self.largest_batch, len(batch.patients))
        self.patients += len(batch.patients)
        for patient in batch.patients:
            self.measurements += len(patient.measurements)
            primary = patient.diagnoses[0]
            self.by_diagnosis[primary] += 1
            self.maintenance_patients += primary in MAINTENANCE_DIAGNOSES
        done = {(c.infusion_id, c.offset_h) for c in batch.checks}
        self.checks_done += len(done)
        self.outcomes.update(c.outcome for c in batch.checks if c.outcome is not None)
        starts: dict[str, list[datetime]] = {}
        for infusion in batch.infusions:
            starts.setdefault(infusion.mrn, []).append(infusion.start)
        for infusion in batch.infusions:
            self._add_infusion(infusion, done, starts[infusion.mrn])

    def _add_infusion(
        self, infusion: Infusion, done: set[tuple[str, int]], starts: list[datetime]
    ) -> None:
        self.infusions += 1
        self.rate_steps += len(infusion.rate_steps)
        self.vitals += len(infusion.vitals)
        self.premedicated += bool(infusion.premedications)
        self.lots += len(infusion.lots)
        self.events += len(infusion.events)
        self.serious_events += sum(e.serious for e in infusion.events)
        self.reactions += any(e.check_offset_h is None for e in infusion.events)
        self.late_symptoms += any(e.check_offset_h is not None for e in infusion.events)
        if infusion.end is None:
            self.running += 1
            return
        for check in schedule_checks(infusion.id, infusion.end, self.settings):
            if (infusion.id, check.offset_h) in done:
                continue
            if any(infusion.start < start < check.due_at for start in starts):
                self.checks_superseded += 1
            else:
                self.checks_open[open_status(check.due_at, self.now, self.settings)] += 1

    def lines(self) -> list[str]:
        """The figures, one per line, for a person to read."""
        share = self._share
        open_total = sum(self.checks_open.values())
        statuses = ", ".join(f"{s.value} {n:,}" for s, n in sorted(self.checks_open.items()))
        outcomes = ", ".join(f"{o.value} {n:,}" for o, n in sorted(self.outcomes.items()))
        return [
            f"patients {self.patients:,} in {self.batches} batches of at most"
            f" {self.largest_batch}; maintenance diagnoses (PID, CIDP, MMN)"
            f" {share(self.maintenance_patients, self.patients)}",
            f"infusions {self.infusions:,} ({self.infusions / max(1, self.patients):.2f} per"
            f" patient); running now {self.running}",
            f"parts: measurements {self.measurements:,}, rate steps {self.rate_steps:,}, vital"
            f" signs {self.vitals:,}, lots {self.lots:,}, events {self.events:,}"
            f" ({self.serious_events:,} serious)",
            f"premedicated {share(self.premedicated, self.infusions)}; reactions during"
            f" {share(self.reactions, self.infusions)}; symptoms at checks"
            f" {share(self.late_symptoms, self.infusions)}",
            f"checks done {self.checks_done:,} ({outcomes}); open {open_total:,} ({statuses});"
            f" superseded {self.checks_superseded:,}",
        ]

    @staticmethod
    def _share(part: int, whole: int) -> str:
        return f"{part:,} ({100 * part / max(1, whole):.1f} %)"
