"""The whole record written to a file as one FHIR R4 Bundle (type `collection`), patient by
patient, in bounded memory.

Like the `ivigmon/1` export (`export_file`), the patients are read in MRN order a batch at a
time in one read snapshot, and each resource goes into the file as soon as it is made: memory
follows a batch, never the file. The file appears under its name only when complete and synced.
Records entered in error are left out (they are never read); the alerts are those open now.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO

from ivigmon.domain.fhir_base import Frame, Resource
from ivigmon.domain.fhir_record import PatientRecord, record_entries
from ivigmon.domain.models import Alert
from ivigmon.domain.roles import Permission
from ivigmon.services.alerts import open_alerts_of
from ivigmon.services.context import Context
from ivigmon.services.export_file import atomic_text_file
from ivigmon.storage.adverse_events import event_recorders
from ivigmon.storage.patients import patient_ids_by_mrn
from ivigmon.storage.records import load_records

# Patients read at a time. A FHIR record is several times the size of its `ivigmon/1` form
# (every vital sign is an Observation of its own), but only one resource is held at a time.
BATCH_PATIENTS = 500
# Opens the list of entries, before the first one.
FIRST_ENTRY = ', "entry": ['


@dataclass(frozen=True)
class FhirExported:
    """How many resources of each type were written."""

    counts: Mapping[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def local_zone(moment: datetime) -> datetime:
    """A wall-clock time of this workstation with its UTC offset at that moment (daylight
    saving included): FHIR requires a zone on every time with hours."""
    return moment.astimezone()


def export_fhir(ctx: Context, path: str | os.PathLike[str]) -> FhirExported:
    """Write every record to `path` as a FHIR R4 Bundle (replacing it only once complete)."""
    ctx.require(Permission.VIEW)
    now = ctx.now()
    frame = Frame(now=now, zoned=local_zone, products=ctx.products(), checks=ctx.check_settings())
    settings = ctx.alert_settings()
    counts: Counter[str] = Counter()
    with atomic_text_file(Path(path)) as out:
        head = {"resourceType": "Bundle", "type": "collection", "timestamp": frame.time(now)}
        # The head's closing brace is left open for the entries (an empty database has none:
        # FHIR allows no empty list).
        out.write(json.dumps(head, ensure_ascii=False)[:-1])
        with ctx.store.read() as conn:
            after = ""
            while batch := patient_ids_by_mrn(conn, after, BATCH_PATIENTS):
                after = batch[-1][1]
                ids = [pid for pid, _ in batch]
                records = load_records(conn, ids)
                recorders = event_recorders(conn, ids)
                alerts: dict[str, list[Alert]] = {}
                for alert in open_alerts_of(conn, ids, now, settings):
                    alerts.setdefault(alert.mrn, []).append(alert)
                for patient, infusions, checks in records.values():
                    record = PatientRecord(
                        patient=patient,
                        infusions=infusions,
                        checks=checks,
                        alerts=alerts.get(patient.mrn, ()),
                        event_recorders=recorders,
                    )
                    for item in record_entries(record, frame):
                        _write(out, item, counts)
        out.write("\n ]\n}\n" if counts else "}\n")
    return FhirExported(dict(counts))


def _write(out: IO[str], item: Resource, counts: Counter[str]) -> None:
    """One entry on a line of its own (the C encoder, no indent: see export_file)."""
    text = json.dumps(item, ensure_ascii=False)
    out.write(("," if counts else FIRST_ENTRY) + "\n  " + text)
    counts[item["resource"]["resourceType"]] += 1
